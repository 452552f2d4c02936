"""Plain text and Markdown (with YAML-ish front matter)."""

from __future__ import annotations

import re

from ..cleanup import clean_text, first_line_title, normalise_date
from .base import Extracted

__all__ = ["parse_front_matter", "read_markdown", "read_plain"]

# Front-matter keys (and common Chinese spellings) -> metadata keys.
_KEY_ALIASES = {
    "customer": "customer",
    "client": "customer",
    "account": "customer",
    "客户": "customer",
    "客户名称": "customer",
    "author": "author",
    "rep": "author",
    "作者": "author",
    "拜访人": "author",
    "记录人": "author",
    "销售": "author",
    "date": "date",
    "日期": "date",
    "拜访日期": "date",
    "时间": "date",
    "kind": "kind",
    "type": "kind",
    "类型": "kind",
    "source": "source",
    "来源": "source",
    "媒体": "source",
    "url": "url",
    "link": "url",
    "链接": "url",
    "网址": "url",
    "原文链接": "url",
    "title": "title",
    "标题": "title",
    "subject": "title",
}
_FM_LINE = re.compile(r"^\s*([^\s:：#][^:：]{0,40}?)\s*[:：]\s?(.*)$")


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split ``---\\nkey: value\\n---`` off the top; returns (metadata, body).  Not a YAML parser:
    flat ``key: value`` lines only (lists become comma-joined, nested blocks are ignored)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    end = None
    for i in range(1, min(len(lines), 200)):
        if lines[i].strip() in ("---", "..."):
            end = i
            break
    if end is None:
        return {}, text
    meta: dict[str, str] = {}
    last_key: str | None = None
    for raw in lines[1:end]:
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw.lstrip().startswith("- ") and last_key:  # YAML list item under the previous key
            item = _unquote(raw.lstrip()[2:])
            meta[last_key] = f"{meta[last_key]}, {item}" if meta.get(last_key) else item
            continue
        m = _FM_LINE.match(raw)
        if not m or raw[:1] in (" ", "\t"):
            continue
        key = m.group(1).strip().lower()
        key = _KEY_ALIASES.get(key, key)
        value = m.group(2).strip()
        if value.startswith("[") and value.endswith("]"):
            value = ", ".join(_unquote(v) for v in value[1:-1].split(",") if v.strip())
        else:
            value = _unquote(value)
        if value in ("~", "null", "Null", "NULL"):
            value = ""
        meta[key] = value
        last_key = key
    if meta.get("date"):
        meta["date"] = normalise_date(meta["date"])
    body = "\n".join(lines[end + 1 :])
    return meta, body


def _unquote(v: str) -> str:
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return v[1:-1]
    # strip a trailing YAML comment
    return re.sub(r"\s+#.*$", "", v)


def read_plain(text: str) -> Extracted:
    meta, body = parse_front_matter(text)
    body = clean_text(body)
    title = meta.pop("title", None) or first_line_title(body)
    return Extracted(body, title=title, metadata=meta)


_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"<!--.*?-->", re.DOTALL), ""),
    (re.compile(r"^```[^\n]*$", re.MULTILINE), ""),
    (re.compile(r"^~~~[^\n]*$", re.MULTILINE), ""),
    (re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE), r"\1"),
    (re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),
    (re.compile(r"^ {0,3}> ?", re.MULTILINE), ""),
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),
    (re.compile(r"^ {0,3}\[[^\]\n]+\]:\s+\S+.*$", re.MULTILINE), ""),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![*\w])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\*)"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"^(\s*)[*+] (?=\S)", re.MULTILINE), r"\1- "),
    (re.compile(r"^\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.MULTILINE), ""),
)


def strip_markdown(body: str) -> str:
    """Drop Markdown syntax, keep the words: headings, emphasis, links, code fences, quotes, rules."""
    for pattern, repl in _MD_RULES:
        body = pattern.sub(repl, body)
    return body


def read_markdown(text: str) -> Extracted:
    meta, body = parse_front_matter(text)
    heading = re.search(r"^ {0,3}# +(.+?)\s*#*\s*$", body, re.MULTILINE)
    cleaned = clean_text(strip_markdown(body))
    title = (
        meta.pop("title", None)
        or (heading.group(1).strip() if heading else None)
        or first_line_title(cleaned)
    )
    return Extracted(cleaned, title=title, metadata=meta)
