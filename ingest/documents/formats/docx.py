"""DOCX (Office Open XML) -> text, read straight from the zip with size caps (no python-docx at run time).

Zip-bomb defences, before anything is inflated:
* entry count <= ``max_zip_members``;
* the sum of the members' *declared* uncompressed sizes <= ``max_zip_uncompressed``;
* each member's declared ratio (uncompressed / compressed) <= ``max_zip_ratio`` for members over 1 MiB,
  and the package's overall ratio likewise;
then only the parts we need are inflated, streamed in 64 KiB chunks with a hard cap equal to the
declared size and the global budget (a member that lies about its size is cut off and refused).
XML is parsed with entity resolution, DTD loading and network access off (no billion-laughs / XXE).
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from ..cleanup import clean_text, normalise_date
from ..errors import DocumentError
from ..models import DocumentLimits
from .base import Extracted

__all__ = ["read_docx"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CHUNK = 64 * 1024
_RATIO_MIN_SIZE = 1024 * 1024  # small parts can legitimately compress very well


def _check_package(zf: zipfile.ZipFile, limits: DocumentLimits, packed_size: int) -> None:
    infos = zf.infolist()
    if len(infos) > limits.max_zip_members:
        raise DocumentError(
            "ZIP_BOMB", f"the docx package has {len(infos)} entries (limit {limits.max_zip_members})"
        )
    total = 0
    for info in infos:
        if info.file_size < 0 or info.compress_size < 0:
            raise DocumentError("CORRUPT_FILE", "the docx package has an entry with a negative size")
        total += info.file_size
        if info.file_size > _RATIO_MIN_SIZE:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_zip_ratio:
                raise DocumentError(
                    "ZIP_BOMB",
                    f"docx member {info.filename!r} expands {ratio:.0f}x (limit {limits.max_zip_ratio:.0f}x)",
                )
    if total > limits.max_zip_uncompressed:
        raise DocumentError(
            "ZIP_BOMB",
            f"the docx package would expand to {total} bytes (limit {limits.max_zip_uncompressed})",
        )
    if total > _RATIO_MIN_SIZE and total / max(packed_size, 1) > limits.max_zip_ratio:
        raise DocumentError(
            "ZIP_BOMB", f"the docx package expands {total / max(packed_size, 1):.0f}x overall"
        )


class _Budget:
    def __init__(self, limit: int) -> None:
        self.left = limit


def _read_member(zf: zipfile.ZipFile, name: str, budget: _Budget) -> bytes | None:
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    cap = min(info.file_size, budget.left)
    buf = bytearray()
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    break
                buf += chunk
                if len(buf) > cap:
                    raise DocumentError("ZIP_BOMB", f"docx member {name!r} inflates beyond its declared size")
    except DocumentError:
        raise
    except NotImplementedError as exc:
        raise DocumentError("CORRUPT_FILE", f"the docx uses an unsupported compression ({exc})") from None
    except RuntimeError as exc:  # encrypted member
        raise DocumentError("CORRUPT_FILE", f"the docx member {name!r} cannot be read ({exc})") from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zipfile.LargeZipFile) as exc:
        raise DocumentError("CORRUPT_FILE", f"the docx package is damaged ({exc})") from None
    except Exception as exc:  # zlib.error and friends
        raise DocumentError("CORRUPT_FILE", f"the docx package is damaged ({type(exc).__name__})") from None
    budget.left -= len(buf)
    return bytes(buf)


def _parse_xml(data: bytes, name: str) -> Any:
    from lxml import etree

    if b"<!DOCTYPE" in data[:2048] or b"<!ENTITY" in data[:4096]:
        raise DocumentError(
            "CORRUPT_FILE", f"docx part {name} declares a DTD/entities, which Word never writes"
        )
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
    )
    try:
        return etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise DocumentError("CORRUPT_FILE", f"docx part {name} is not well-formed XML ({exc})") from None


def _ns(root: Any) -> str:
    tag = root.tag if isinstance(root.tag, str) else ""
    return tag.split("}", 1)[0] + "}" if tag.startswith("{") else W  # transitional or strict OOXML


def _paragraph_text(p: Any, w: str) -> str:
    out: list[str] = []
    for el in p.iter():
        tag = el.tag
        if tag == w + "t":
            out.append(el.text or "")
        elif tag in (w + "tab", w + "ptab"):
            out.append("\t")
        elif tag in (w + "br", w + "cr"):
            out.append("\n")
        elif tag == w + "noBreakHyphen":
            out.append("-")
    return "".join(out)


def _body_text(root: Any) -> tuple[str, str | None]:
    """Paragraphs and table rows in document order; also the first Title/Heading paragraph."""
    w = _ns(root)
    body = root.find(w + "body")
    if body is None:
        return "", None
    lines: list[str] = []
    title: str | None = None
    # iterate top-level blocks; nested tables inside cells are flattened per row
    for el in body:
        if el.tag == w + "p":
            text = _paragraph_text(el, w)
            lines.append(text)
            if title is None and text.strip():
                style = el.find(f"{w}pPr/{w}pStyle")
                val = style.get(w + "val", "") if style is not None else ""
                if re.match(r"(?i)^(title|heading ?1|标题 ?1?)$", val):
                    title = text.strip()
        elif el.tag == w + "tbl":
            for tr in el.findall(w + "tr"):
                cells = []
                for tc in tr.findall(w + "tc"):
                    cells.append(" ".join(_paragraph_text(p, w) for p in tc.iter(w + "p")).strip())
                lines.append(" | ".join(c for c in cells if c))
        elif el.tag == w + "sdt":
            for p in el.iter(w + "p"):
                lines.append(_paragraph_text(p, w))
    return "\n".join(lines), title


def _core_properties(zf: zipfile.ZipFile, budget: _Budget) -> dict[str, str]:
    data = _read_member(zf, "docProps/core.xml", budget)
    if not data:
        return {}
    try:
        root = _parse_xml(data, "docProps/core.xml")
    except DocumentError:
        return {}
    meta: dict[str, str] = {}
    for el in root:
        local = el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""
        value = (el.text or "").strip()
        if not value:
            continue
        if local == "title":
            meta["title"] = value
        elif local == "creator":
            meta["author"] = value
        elif local == "created":
            meta["date"] = normalise_date(value)
        elif local == "modified":
            meta["modified"] = normalise_date(value)
        elif local == "subject":
            meta["subject"] = value
    return meta


def read_docx(data: bytes, limits: DocumentLimits) -> Extracted:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise DocumentError("CORRUPT_FILE", f"the docx is damaged or truncated ({exc})") from None
    with zf:
        _check_package(zf, limits, len(data))
        budget = _Budget(limits.max_zip_uncompressed)
        doc = _read_member(zf, "word/document.xml", budget)
        if doc is None:
            raise DocumentError("CORRUPT_FILE", "the docx has no word/document.xml")
        root = _parse_xml(doc, "word/document.xml")
        text, heading = _body_text(root)
        notes: list[str] = []
        for part in ("word/footnotes.xml", "word/endnotes.xml"):
            raw = _read_member(zf, part, budget)
            if raw:
                try:
                    proot = _parse_xml(raw, part)
                except DocumentError:
                    continue
                w = _ns(proot)
                for p in proot.iter(w + "p"):
                    t = _paragraph_text(p, w).strip()
                    if t:
                        notes.append(t)
        meta = _core_properties(zf, budget)
    if notes:
        text = text + "\n\n" + "\n".join(notes)
    title = meta.pop("title", None) or heading
    return Extracted(clean_text(text), title=title, metadata=meta, encoding="utf-8")
