"""Small text helpers shared by the format readers."""

from __future__ import annotations

import re
from datetime import date, datetime

__all__ = ["clean_text", "first_line_title", "normalise_date", "tidy_lines"]

# C0/C1 controls other than \t \n, plus zero-width/bidi format characters that break matching.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060\ufeff]")
_BLANKS = re.compile(r"\n{3,}")
_TRAILING = re.compile(r"[ \t\u3000]+\n")


def clean_text(text: str) -> str:
    """Unify line endings, drop control/zero-width characters, trim trailing blanks and blank runs.

    Characters themselves are kept as they are (no width or script folding).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.replace("\f", "\n").replace("\v", "\n")
    text = _CONTROLS.sub("", text)
    text = _TRAILING.sub("\n", text)
    text = _BLANKS.sub("\n\n", text)
    return text.strip("\n ").rstrip()


def tidy_lines(text: str) -> str:
    """For markup-derived text: collapse runs of spaces inside lines, strip each line."""
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.split("\n")]
    return clean_text("\n".join(lines))


def first_line_title(text: str, max_len: int = 80) -> str | None:
    for line in text.split("\n"):
        s = line.strip()
        if s:
            return s if len(s) <= max_len else None
    return None


_CN_DATE = re.compile(r"(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?")


def normalise_date(raw: str) -> str:
    """ISO form of a date/datetime string when it can be read unambiguously; else the stripped input."""
    s = raw.strip().strip("\"'")
    if not s:
        return s
    m = _CN_DATE.fullmatch(s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return s
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        from dateutil import parser as du

        dt = du.parse(s, fuzzy=False)
    except (ValueError, OverflowError, TypeError, ImportError):
        m = _CN_DATE.search(s)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            except ValueError:
                return s
        return s
    if dt.hour == dt.minute == dt.second == 0 and dt.tzinfo is None and ":" not in s:
        return dt.date().isoformat()
    return dt.isoformat()
