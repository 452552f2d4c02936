"""Normalised names used as lookup keys (aliases, gazetteer, dedupe of curated entities)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_DROP = re.compile(r"[\s\-_.,，。、·•'\"“”‘’()（）【】\[\]]+")


def norm_name(name: str) -> str:
    """NFKC (full-width → half-width), case-folded, spaces and punctuation removed."""
    return _DROP.sub("", unicodedata.normalize("NFKC", name)).casefold()


def search_names(name: str, aliases: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in (name, *aliases):
        key = norm_name(value)
        if key:
            seen.setdefault(key, None)
    return list(seen)


def natural_id(prefix: str, *parts: str | None) -> str:
    """A deterministic id from a natural key (normalised name parts): the same key, the same node."""
    key = "|".join(norm_name(p) for p in parts if p)
    return f"{prefix}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"  # noqa: S324 - an id, not security
