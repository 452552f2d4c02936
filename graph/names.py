"""Normalised names used as lookup keys (aliases, gazetteer, dedupe of curated entities)."""

from __future__ import annotations

import re
import unicodedata

_DROP = re.compile(r"[\s\-_.,，。·•'\"“”‘’()（）【】\[\]]+")


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
