"""HTML -> text with block structure kept as line breaks; <title>, dates and og:url as metadata."""

from __future__ import annotations

import re
from typing import Any

from ..cleanup import normalise_date, tidy_lines
from ..encoding import Decoded, decode_bytes
from .base import Extracted

__all__ = ["declared_html_charset", "decode_html", "html_to_text", "read_html"]

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE
)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

_SKIP = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
     "head", "nav", "footer", "aside", "form", "button", "select", "option", "input", "textarea",
     "-comment", "link", "meta"}
)  # fmt: skip
_BLOCK = frozenset(
    {"p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
     "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "blockquote", "pre", "figure",
     "figcaption", "address", "hr", "body", "html", "center", "caption", "details", "summary", "fieldset",
     "legend"}
)  # fmt: skip
_CELL = frozenset({"td", "th"})
_WS = re.compile(r"[ \t\r\n\f]+")

_DATE_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "pubdate", "publishdate",
    "publish_date", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.date", "sailthru.date",
    "parsely-pub-date", "weibo:article:create_at", "datepublished",
)  # fmt: skip


def declared_html_charset(data: bytes) -> str | None:
    head = data[:4096]
    m = _XML_DECL.search(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def decode_html(data: bytes) -> Decoded:
    return decode_bytes(data, declared=declared_html_charset(data))


def _attrs(node: Any) -> dict[str, str]:
    try:
        return {str(k).lower(): (v or "") for k, v in node.attributes.items()}
    except Exception:
        return {}


def _children(node: Any) -> list[Any]:
    out = []
    child = node.first_child
    while child is not None:
        out.append(child)
        child = child.next
    return out


def html_to_text(root: Any) -> str:
    """Iterative walk (no recursion: hostile nesting depth cannot overflow the stack).

    Source whitespace collapses to one space as in a browser (except inside <pre>); block elements and
    <br> become line breaks; table cells are separated by a space.
    """
    parts: list[str] = []
    stack: list[tuple[Any, bool]] = [(root, False)]
    pre_depth = 0
    while stack:
        node, leaving = stack.pop()
        tag = node.tag
        if leaving:
            if tag == "pre":
                pre_depth -= 1
            if tag in _BLOCK:
                parts.append("\n")
            elif tag in _CELL:
                parts.append(" ")
            continue
        if tag == "-text":
            chunk = node.text_content or ""
            parts.append(chunk if pre_depth else _WS.sub(" ", chunk))
            continue
        if tag is None or tag in _SKIP or tag.startswith("-"):
            continue
        if tag == "br":
            parts.append("\n")
            continue
        if tag in _BLOCK:
            parts.append("\n")
        if tag == "pre":
            pre_depth += 1
        if tag == "img":
            alt = _attrs(node).get("alt", "").strip()
            if alt:
                parts.append(alt)
            continue
        stack.append((node, True))
        stack.extend((c, False) for c in reversed(_children(node)))
    return tidy_lines("".join(parts))


def read_html(text: str) -> Extracted:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(text)
    meta: dict[str, str] = {}
    title = None
    t = tree.css_first("title")
    if t is not None:
        title = re.sub(r"\s+", " ", t.text() or "").strip() or None
    for m in tree.css("meta"):
        a = _attrs(m)
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
        content = a.get("content", "").strip()
        if not key or not content:
            continue
        if key in _DATE_META and "date" not in meta:
            meta["date"] = normalise_date(content)
        elif key == "og:url":
            meta["url"] = content
        elif key == "og:title" and not title:
            title = content
        elif key in ("author", "article:author") and "author" not in meta:
            meta["author"] = content
        elif key in ("og:site_name", "source") and "source" not in meta:
            meta["source"] = content
        elif key == "description" and "description" not in meta:
            meta["description"] = content[:500]
    if "url" not in meta:
        canon = tree.css_first('link[rel="canonical"]')
        if canon is not None and _attrs(canon).get("href"):
            meta["url"] = _attrs(canon)["href"].strip()
    if "date" not in meta:
        tm = tree.css_first("time[datetime]")
        if tm is not None and _attrs(tm).get("datetime"):
            meta["date"] = normalise_date(_attrs(tm)["datetime"])
    body = tree.body
    root = body if body is not None else tree.root
    # Prefer the article when the page has one with most of the text (drops site chrome).
    article = tree.css_first("article") or tree.css_first("main")
    text_out = html_to_text(root) if root is not None else ""
    if article is not None:
        art_text = html_to_text(article)
        if len(art_text) >= 0.5 * len(text_out) or len(art_text) >= 300:
            text_out = art_text
    return Extracted(text_out, title=title, metadata=meta)
