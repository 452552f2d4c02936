"""Decide an upload's format from its bytes; the filename and declared MIME type are only hints.

Rules: binary containers are recognised by magic bytes (``PK`` zip with ``word/document.xml`` -> docx,
``%PDF-`` -> pdf, known image/archive/office signatures -> UNSUPPORTED_TYPE).  Anything else must be
text; whether it is eml, html, md, jsonl or txt is decided from the decoded text, with the name as a
tie-breaker (a ``.md`` whose body has no markdown is still read as markdown, a ``.html`` without tags is
read as plain text, a ``.docx`` that is really plain text is read as text with a warning).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Literal

from .errors import DocumentError

__all__ = ["BinaryKind", "Hint", "hint_from", "sniff_binary", "sniff_text_format"]

BinaryKind = Literal["docx", "pdf"]
TextFormat = Literal["eml", "html", "md", "jsonl", "txt"]

_EXT_FORMAT = {
    "txt": "txt",
    "text": "txt",
    "log": "txt",
    "csv": "txt",
    "md": "md",
    "markdown": "md",
    "html": "html",
    "htm": "html",
    "xhtml": "html",
    "docx": "docx",
    "pdf": "pdf",
    "eml": "eml",
    "mht": "eml",
    "jsonl": "jsonl",
    "ndjson": "jsonl",
}
_MIME_FORMAT = {
    "text/plain": "txt",
    "text/markdown": "md",
    "text/x-markdown": "md",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/pdf": "pdf",
    "message/rfc822": "eml",
    "application/jsonl": "jsonl",
    "application/x-ndjson": "jsonl",
    "application/json-lines": "jsonl",
}

# (magic prefix, offset, human name) of formats recognised but not read.
_UNSUPPORTED_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "a legacy Office file (.doc/.xls/.ppt); save it as .docx"),
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"BM", 0, ""),  # checked specially below (too short a magic on its own)
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"RIFF", 0, "a RIFF media file (WebP/WAV/AVI)"),
    (b"\x1f\x8b", 0, "a gzip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"BZh", 0, ""),
    (b"\xfd7zXZ\x00", 0, "an xz archive"),
    (b"\x7fELF", 0, "an executable"),
    (b"MZ", 0, ""),
    (b"{\\rtf", 0, "an RTF document; save it as .docx"),
    (b"ftyp", 4, "an MP4/HEIC media file"),
    (b"ID3", 0, "an MP3 file"),
    (b"OggS", 0, "an Ogg media file"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"\x00\x00\x01\x00", 0, "an icon file"),
    (b"wOFF", 0, "a font file"),
    (b"\x00\x01\x00\x00\x00", 0, "a font file"),
)


@dataclass(frozen=True, slots=True)
class Hint:
    """What the name / declared type suggests (None: nothing)."""

    format: str | None
    source: str  # "filename", "declared type" or ""
    unsupported: bool = False  # the name says a known non-document (xlsx, png, ...)


_UNSUPPORTED_EXT = {
    "doc", "xls", "xlsx", "ppt", "pptx", "odt", "rtf", "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff",
    "webp", "heic", "zip", "rar", "7z", "gz", "tgz", "exe", "dll", "mp3", "mp4", "wav", "msg", "pages",
}  # fmt: skip


def hint_from(filename: str | None, declared_type: str | None) -> Hint:
    if declared_type:
        key = declared_type.split(";")[0].strip().lower()
        fmt = _MIME_FORMAT.get(key) or _EXT_FORMAT.get(key.lstrip("."))
        if fmt:
            return Hint(fmt, "declared type")
    if filename:
        base = filename.replace("\\", "/").rsplit("/", 1)[-1]
        if "." in base:
            ext = base.rsplit(".", 1)[-1].strip().lower()
            if ext in _EXT_FORMAT:
                return Hint(_EXT_FORMAT[ext], "filename")
            if ext in _UNSUPPORTED_EXT:
                return Hint(None, "filename", unsupported=True)
    return Hint(None, "")


def _zip_kind(data: bytes) -> BinaryKind:
    """docx, or a clear error for other zip-based files."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise DocumentError("CORRUPT_FILE", f"the file is a damaged zip/docx package ({exc})") from None
    if "word/document.xml" in names:
        return "docx"
    if "[Content_Types].xml" in names:
        # find the main part from [Content_Types].xml-less heuristics: Office packages
        if any(n.startswith("xl/") for n in names):
            raise DocumentError("UNSUPPORTED_TYPE", "the file is an Excel workbook (.xlsx), not a document")
        if any(n.startswith("ppt/") for n in names):
            raise DocumentError("UNSUPPORTED_TYPE", "the file is a PowerPoint deck (.pptx), not a document")
        raise DocumentError("CORRUPT_FILE", "the file is an Office package without word/document.xml")
    if "mimetype" in names and "content.xml" in names:
        raise DocumentError("UNSUPPORTED_TYPE", "the file is an OpenDocument file; save it as .docx")
    raise DocumentError(
        "UNSUPPORTED_TYPE", "the file is a zip archive, not a document; upload the files inside"
    )


def sniff_binary(data: bytes) -> BinaryKind | None:
    """'docx' / 'pdf' for those containers; raises for recognised unsupported formats; None for text."""
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    head = data[:1024]
    if b"%PDF-" in head:
        # PDF readers accept junk before the header; require it near the start and before text content
        pos = head.index(b"%PDF-")
        prefix = head[:pos]
        if pos == 0 or any(b < 0x09 or 0x0E <= b < 0x20 for b in prefix):
            return "pdf"
    for magic, offset, name in _UNSUPPORTED_MAGIC:
        if data[offset : offset + len(magic)] == magic and name:
            raise DocumentError("UNSUPPORTED_TYPE", f"the file is {name}, not a text document")
    if data.startswith(b"BM") and len(data) > 14 and data[6:10] == b"\x00\x00\x00\x00":
        raise DocumentError("UNSUPPORTED_TYPE", "the file is a BMP image, not a text document")
    if data.startswith(b"MZ") and b"This program cannot be run in DOS mode" in data[:512]:
        raise DocumentError("UNSUPPORTED_TYPE", "the file is a Windows executable, not a document")
    return None


# --------------------------------------------------------------------------- text formats

_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9-]{0,76}):[ \t]*(.*)$")
_MAIL_HEADERS = {
    "from", "to", "cc", "bcc", "subject", "date", "message-id", "mime-version", "received", "return-path",
    "reply-to", "sender", "delivered-to", "content-type", "content-transfer-encoding", "in-reply-to",
    "references", "x-mailer", "thread-topic", "thread-index", "importance", "x-priority", "user-agent",
    "dkim-signature", "authentication-results", "arc-seal", "x-originating-ip", "envelope-to",
}  # fmt: skip
_MAIL_KEY = {"from", "to", "subject", "date", "message-id", "mime-version", "received", "return-path"}

_HTML_STRONG = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"<(p|div|br|span|table|tr|td|h[1-6]|ul|ol|li|a\s|meta|title|strong|em|b|i|font|article|section)[\s/>]",
    re.IGNORECASE,
)
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_MD_SIGNAL = re.compile(
    r"^(#{1,6} \S|```|\* \S|\d+\. \S|> \S)|\*\*\S.*?\S\*\*|\[[^\]\n]+\]\([^)\s]+\)", re.MULTILINE
)


def looks_like_email(text: str) -> bool:
    """A header block of RFC 5322 fields (From/To/Subject/Date/...) up to the first blank line."""
    lines = text.lstrip("\ufeff\r\n").splitlines()
    if lines and lines[0].startswith("From ") and not lines[0].startswith("From:"):
        lines = lines[1:]  # mbox separator
    names: list[str] = []
    for line in lines[:200]:
        if not line.strip():
            break
        if line[:1] in (" ", "\t") and names:
            continue  # folded continuation
        m = _HEADER_LINE.match(line)
        if not m:
            return False
        names.append(m.group(1).lower())
    else:
        if len(lines) > 200 or not names:
            return False
    known = [n for n in names if n in _MAIL_HEADERS or n.startswith("x-")]
    return len(names) >= 2 and len(known) >= 0.7 * len(names) and any(n in _MAIL_KEY for n in names)


def looks_like_jsonl(text: str) -> bool:
    for line in text.lstrip("\ufeff").splitlines():
        s = line.strip()
        if not s:
            continue
        return s.startswith("{") and s.endswith("}") and '"text"' in s
    return False


def sniff_text_format(text: str, hint: Hint) -> TextFormat:
    """eml | html | md | jsonl | txt for decoded text."""
    head = text[:4096]
    if looks_like_email(text):
        return "eml"
    if looks_like_jsonl(head) or (hint.format == "jsonl" and head.lstrip("\ufeff \r\n").startswith("{")):
        return "jsonl"
    if _HTML_STRONG.search(head.lstrip()[:2048]) and hint.format != "md":
        return "html"
    if hint.format == "html" and _HTML_TAG.search(head):
        return "html"
    if _FRONT_MATTER.match(text) or hint.format == "md":
        return "md"
    if hint.format is None and len(_MD_SIGNAL.findall(head)) >= 2:
        return "md"
    if hint.format is None and len(_HTML_TAG.findall(head)) >= 3:
        return "html"
    return "txt"
