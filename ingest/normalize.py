"""Text normalisation with an offset map back to the original text.

``normalize(text)`` folds full-width ASCII to half-width and Traditional Chinese to Simplified
(opencc-python-reimplemented).  Spans found on ``Normalized.text`` map back to the original with
``Normalized.to_original(start, end)`` (END EXCLUSIVE, Python slice offsets).

The common case (no full-width characters, no Traditional characters) costs one ``str.translate``
and a set test; the offset map is then the identity and no array is allocated.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = ["Normalized", "normalize", "to_simplified"]

# Full-width ASCII block U+FF01..U+FF5E -> U+0021..U+007E, ideographic space -> space.
_WIDTH_MAP: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH_MAP[0x3000] = 0x20


@lru_cache(maxsize=1)
def _t2s_tables() -> tuple[dict[int, str], frozenset[str]]:
    """Character-level Traditional->Simplified table from opencc's TSCharacters dictionary."""
    import opencc

    path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", "TSCharacters.txt")
    table: dict[int, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            src, dst = parts[0], parts[1].split(" ")[0]
            if len(src) == 1 and len(dst) == 1 and src != dst:
                table[ord(src)] = dst
    return table, frozenset(chr(c) for c in table)


@lru_cache(maxsize=1)
def _opencc() -> object:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional -> Simplified; length-preserving (falls back to per-character mapping)."""
    table, trad = _t2s_tables()
    if trad.isdisjoint(text):
        return text
    converted: str = _opencc().convert(text)  # type: ignore[attr-defined]
    if len(converted) == len(text):
        return converted
    return text.translate(table)


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text plus the mapping of its offsets to the original text."""

    original: str
    text: str
    # _starts[i] = original offset of normalised char i; None means identity mapping.
    _starts: tuple[int, ...] | None = field(default=None, repr=False)

    @property
    def identity(self) -> bool:
        return self._starts is None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised slice [start, end) to the original text's slice."""
        if self._starts is None:
            return start, end
        n = len(self.text)
        s = self._starts[start] if start < n else len(self.original)
        if end <= start:
            return s, s
        e = self._starts[end] if end < n else len(self.original)
        return s, e


def normalize(text: str) -> Normalized:
    """Full-width -> half-width, Traditional -> Simplified; offsets stay aligned (1:1 characters)."""
    folded = text.translate(_WIDTH_MAP)
    simplified = to_simplified(folded)
    # Both steps are length-preserving, so the offset map is the identity.
    return Normalized(original=text, text=simplified)
