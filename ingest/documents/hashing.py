"""Normalised form of a text for exact and near-duplicate matching.

``hash_form(text)``: ``ingest.normalize.normalize`` (full-width -> half-width, Traditional -> Simplified),
then case-folding, CJK punctuation folded to ASCII, whitespace removed next to CJK characters and
collapsed to one space elsewhere.  So a clipping re-pasted in Traditional characters, with full-width
punctuation or with different line wrapping gets the same ``content_hash``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = ["content_hash", "hash_form"]

_PUNCT = str.maketrans(
    {
        "。": ".",
        "、": ",",
        "「": '"',
        "」": '"',
        "『": '"',
        "』": '"',
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "【": "[",
        "】": "]",
        "〔": "[",
        "〕": "]",
        "《": "<",
        "》": ">",
        "〈": "<",
        "〉": ">",
        "—": "-",
        "–": "-",
        "―": "-",
        "…": "...",
        "・": ".",
        "·": ".",
        "\u00a0": " ",
    }
)
_CJK = r"\u2e80-\u9fff\uf900-\ufaff"
_WS_NEAR_CJK = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")
_WS = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _normalizer() -> Callable[[str], str]:
    try:
        from ingest.normalize import normalize
    except ImportError:  # pragma: no cover - the module is part of this package's project
        from opencc import OpenCC

        cc = OpenCC("t2s")

        def fallback(text: str) -> str:
            return str(cc.convert(unicodedata.normalize("NFKC", text)))

        return fallback

    def via_project(text: str) -> str:
        return normalize(text).text

    return via_project


def hash_form(text: str) -> str:
    """The canonical form hashed by ``content_hash`` and shingled by the near-duplicate fingerprint."""
    s = _normalizer()(text)
    s = s.translate(_PUNCT).casefold()
    s = _WS_NEAR_CJK.sub("", s)
    return _WS.sub(" ", s).strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(hash_form(text).encode("utf-8")).hexdigest()
