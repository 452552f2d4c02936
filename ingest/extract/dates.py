"""Relative date and amount resolution against the note's date (明年6月, 下周, 月底, 预算约300万)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["AmountMention", "DateMention", "find_amounts", "find_dates", "parse_note_date"]

_CN_NUM = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "十一": 11,
    "十二": 12,
}


@dataclass(slots=True)
class DateMention:
    text: str
    start: int
    end: int
    value: str  # ISO date (start of the period)
    end_value: str | None = None  # ISO date (end of the period) when a period


@dataclass(slots=True)
class AmountMention:
    text: str
    start: int
    end: int
    value: float  # in yuan
    currency: str = "CNY"
    approximate: bool = False


def parse_note_date(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _num(s: str) -> int:
    return int(s) if s.isdigit() else _CN_NUM.get(s, 0)


_M = r"(\d{1,2}|十[一二]?|[一二三四五六七八九])"
_DATE_RE = re.compile(
    rf"(?P<full>(?P<y>\d{{4}}|\d{{2}})年(?:{_M}月(?:(?P<d>\d{{1,2}})[日号])?)?)"
    rf"|(?P<rel>(?P<ry>今年|明年|去年|后年)(?:{_M}月(?:份|底|初|中)?|底|初|年底|年内|内)?)"
    rf"|(?P<md>{_M}月(?P<md_d>\d{{1,2}})[日号])"
    rf"|(?P<mo>(?<!\d){_M}月(?:份|底|初|中)?)"
    r"|(?P<week>下周[一二三四五六日天]?|本周[一二三四五六日天]?|上周[一二三四五六日天]?|这周|下下周)"
    r"|(?P<mon>下个?月|本月|上个?月|月底|月初|年底|年内|年初)"
    r"|(?P<q>(?:Q|第)(?P<qn>[1-4一二三四])(?:季度)?)"
    r"|(?P<en>(?:by |in )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? ?(?P<en_d>\d{1,2})?)"
)
_EN_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1
    )
}
_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def find_dates(text: str, ref: date | None) -> list[DateMention]:
    """Date expressions resolved against ``ref`` (the note's date); unresolvable ones are skipped."""
    out: list[DateMention] = []
    if ref is None:
        return out
    for m in _DATE_RE.finditer(text):
        s, e = m.span()
        t = m.group(0)
        try:
            val, end_val = _resolve(m, t, ref)
        except (ValueError, OverflowError):
            continue
        if val is None:
            continue
        out.append(DateMention(t, s, e, val.isoformat(), end_val.isoformat() if end_val else None))
    return out


def _resolve(m: re.Match[str], t: str, ref: date) -> tuple[date | None, date | None]:
    mon_groups = [g for g in m.groups() if g is not None]
    del mon_groups
    if m.group("full"):
        y = int(m.group("y"))
        y = y + 2000 if y < 100 else y
        month_s = next((g for g in m.groups()[2:4] if g), None)
        if month_s:
            mo = _num(month_s)
            if m.group("d"):
                return date(y, mo, int(m.group("d"))), None
            return date(y, mo, 1), _month_end(y, mo)
        return date(y, 1, 1), date(y, 12, 31)
    if m.group("rel"):
        y = ref.year + {"今年": 0, "明年": 1, "去年": -1, "后年": 2}[m.group("ry")]
        mo_s = re.search(r"(\d{1,2}|十[一二]?|[一二三四五六七八九])月", t)
        if mo_s:
            mo = _num(mo_s.group(1))
            if t.endswith("底"):
                return _month_end(y, mo), None
            return date(y, mo, 1), _month_end(y, mo)
        if t.endswith(("底", "年底")):
            return date(y, 12, 31), None
        if t.endswith("初"):
            return date(y, 1, 1), date(y, 3, 31)
        return date(y, 1, 1), date(y, 12, 31)
    if m.group("md"):
        mo_s = re.match(r"(\d{1,2}|十[一二]?|[一二三四五六七八九])月", t)
        mo = _num(mo_s.group(1)) if mo_s else 0
        d = int(m.group("md_d"))
        y = ref.year if mo >= ref.month - 6 else ref.year + 1
        return date(y, mo, d), None
    if m.group("mo"):
        mo_s = re.match(r"(\d{1,2}|十[一二]?|[一二三四五六七八九])月", t)
        mo = _num(mo_s.group(1)) if mo_s else 0
        if not 1 <= mo <= 12:
            return None, None
        y = ref.year if mo >= ref.month - 6 else ref.year + 1
        if t.endswith("底"):
            return _month_end(y, mo), None
        return date(y, mo, 1), _month_end(y, mo)
    if m.group("week"):
        base = ref - timedelta(days=ref.weekday())
        off = (
            7 if t.startswith("下周") else 14 if t.startswith("下下周") else -7 if t.startswith("上周") else 0
        )
        start = base + timedelta(days=off)
        if t[-1] in _WD:
            return start + timedelta(days=_WD[t[-1]]), None
        return start, start + timedelta(days=6)
    if m.group("mon"):
        if t in ("月底",):
            return _month_end(ref.year, ref.month), None
        if t == "月初":
            return date(ref.year, ref.month, 1), None
        if t == "年底":
            return date(ref.year, 12, 31), None
        if t == "年内":
            return ref, date(ref.year, 12, 31)
        if t == "年初":
            return date(ref.year, 1, 1), None
        if t.startswith("下"):
            y, mo = (ref.year + 1, 1) if ref.month == 12 else (ref.year, ref.month + 1)
            return date(y, mo, 1), _month_end(y, mo)
        if t.startswith("上"):
            y, mo = (ref.year - 1, 12) if ref.month == 1 else (ref.year, ref.month - 1)
            return date(y, mo, 1), _month_end(y, mo)
        return date(ref.year, ref.month, 1), _month_end(ref.year, ref.month)
    if m.group("q"):
        q = _num(m.group("qn")) if not m.group("qn").isdigit() else int(m.group("qn"))
        y = ref.year if q >= (ref.month - 1) // 3 + 1 else ref.year + 1
        return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    if m.group("en"):
        mon = re.search(r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", t)
        if not mon:
            return None, None
        mo = _EN_MONTHS[mon.group(1).lower()]
        y = ref.year if mo >= ref.month - 6 else ref.year + 1
        if m.group("en_d"):
            return date(y, mo, int(m.group("en_d"))), None
        return date(y, mo, 1), _month_end(y, mo)
    return None, None


_AMOUNT_RE = re.compile(
    r"(?P<approx>约|大约|左右|上下|~|约合|about |around |approx\.? )?"
    r"(?:(?P<cur>RMB|CNY|USD|\$|¥|￥)\s?)?"
    r"(?P<num>\d+(?:\.\d+)?)\s?(?P<unit>亿元|亿|万元|万|千万|百万|元|[MK]\b|million\b|mn\b|bn\b|billion\b)"
    r"(?P<approx2>左右|上下|以内)?"
)
_UNITS = {
    "亿元": 1e8,
    "亿": 1e8,
    "万元": 1e4,
    "万": 1e4,
    "千万": 1e7,
    "百万": 1e6,
    "元": 1.0,
    "M": 1e6,
    "K": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "billion": 1e9,
}


def find_amounts(text: str) -> list[AmountMention]:
    out: list[AmountMention] = []
    for m in _AMOUNT_RE.finditer(text):
        unit = m.group("unit")
        if unit in ("M", "K") and not m.group("cur") and not m.group("approx"):
            continue
        val = float(m.group("num")) * _UNITS[unit]
        cur = m.group("cur") or "CNY"
        cur = {"RMB": "CNY", "¥": "CNY", "￥": "CNY", "$": "USD"}.get(cur, cur)
        approx = (
            bool(m.group("approx") or m.group("approx2")) or text[max(0, m.start() - 1) : m.start()] == "~"
        )
        out.append(AmountMention(m.group(0), m.start(), m.end(), val, cur, approx))
    return out
