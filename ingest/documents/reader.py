"""``read_document``: bytes of one upload -> ``ParsedDocument``, or a ``DocumentError``."""

from __future__ import annotations

import logging
import re
from typing import Any

from .cleanup import clean_text
from .dedupe import fingerprint
from .encoding import decode_bytes
from .errors import DocumentError
from .formats.base import Extracted
from .hashing import content_hash
from .models import DEFAULT_LIMITS, DocumentFormat, DocumentLimits, ParsedDocument
from .records import read_records
from .sniff import Hint, hint_from, looks_like_email, sniff_binary, sniff_text_format

__all__ = ["read_document", "read_upload"]

log = logging.getLogger(__name__)


def _declared_charset(declared_type: str | None) -> str | None:
    """``charset=`` of a MIME type such as ``text/plain; charset=GBK``."""
    if not declared_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", declared_type, re.IGNORECASE)
    return m.group(1) if m else None


def _extract(
    data: bytes, hint: Hint, limits: DocumentLimits, charset: str | None = None
) -> tuple[DocumentFormat, Extracted]:
    kind = sniff_binary(data)
    if kind == "docx":
        from .formats.docx import read_docx

        return "docx", read_docx(data, limits)
    if kind == "pdf":
        from .formats.pdf import read_pdf

        return "pdf", read_pdf(data, limits)
    if looks_like_email(data[:16384].decode("latin-1")):
        from .formats.eml import read_eml

        return "eml", read_eml(data, limits)
    if charset:
        decoded = decode_bytes(data, declared=charset)
    elif hint.format == "html" or b"<" in data[:4096]:
        from .formats.html import decode_html

        decoded = decode_html(data)
    else:
        decoded = decode_bytes(data)
    fmt = sniff_text_format(decoded.text, hint)
    if fmt == "jsonl":
        raise DocumentError(
            "UNSUPPORTED_TYPE",
            "the file is a JSONL batch of records; read it with read_records()/read_upload()",
        )
    if fmt == "html":
        from .formats.html import read_html

        ex = read_html(decoded.text)
    elif fmt == "md":
        from .formats.text import read_markdown

        ex = read_markdown(decoded.text)
    else:
        from .formats.text import read_plain

        ex = read_plain(decoded.text)
    ex.encoding = decoded.encoding
    ex.warnings[:0] = decoded.warnings
    return fmt, ex


def read_document(
    data: bytes,
    filename: str | None = None,
    *,
    declared_type: str | None = None,
    limits: DocumentLimits = DEFAULT_LIMITS,
) -> ParsedDocument:
    """Read one uploaded file (txt, md, html, docx, pdf, eml) into clean text plus metadata.

    The format is decided by content; ``filename`` and ``declared_type`` (a MIME type or an extension)
    are hints.  Every failure, however hostile the input, is a ``DocumentError`` with a stable code.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise DocumentError("UNSUPPORTED_TYPE", f"expected bytes, got {type(data).__name__}")
    data = bytes(data)
    if not data or not data.strip(b" \t\r\n\x00\x0b\x0c"):
        raise DocumentError("EMPTY", "the file is empty")
    if len(data) > limits.max_bytes:
        raise DocumentError("TOO_LARGE", f"the file is {len(data)} bytes (limit {limits.max_bytes})")
    hint = hint_from(filename, declared_type)
    try:
        fmt, ex = _extract(data, hint, limits, _declared_charset(declared_type))
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError("CORRUPT_FILE", "the file is nested too deeply to read") from None
    except MemoryError:
        raise DocumentError("TOO_LARGE", "the file needs too much memory to read") from None
    except Exception as exc:  # a reader bug must not leak as a raw exception
        log.exception("unexpected error reading %r", filename)
        raise DocumentError("CORRUPT_FILE", f"the file could not be read ({type(exc).__name__})") from None
    text = clean_text(ex.text)
    if len(text) > limits.max_text_chars:
        raise DocumentError(
            "TOO_LARGE", f"the text is {len(text)} characters (limit {limits.max_text_chars})"
        )
    if not text.strip():
        if fmt in ("txt", "md"):
            raise DocumentError("EMPTY", "the file has no text")
        raise DocumentError("NO_TEXT", f"the {fmt} file contains no extractable text")
    warnings = list(ex.warnings)
    if hint.format and hint.format != fmt and not (hint.format == "txt" and fmt == "md"):
        warnings.append(f"the {hint.source} says {hint.format} but the content is {fmt}; read as {fmt}")
    elif hint.unsupported:
        warnings.append(
            f"the {hint.source} names an unsupported type but the content is {fmt}; read as {fmt}"
        )
    fp = fingerprint(text)
    return ParsedDocument(
        text=text,
        format=fmt,
        encoding=ex.encoding,
        title=(ex.title or None),
        metadata={k: v for k, v in ex.metadata.items() if v},
        content_hash=content_hash(text),
        simhash=fp.simhash,
        shingle_count=fp.shingle_count,
        minhash=list(fp.minhash),
        filename=filename,
        size_bytes=len(data),
        warnings=warnings,
    )


def read_upload(
    data: bytes,
    filename: str | None = None,
    *,
    declared_type: str | None = None,
    limits: DocumentLimits = DEFAULT_LIMITS,
) -> list[ParsedDocument]:
    """Like ``read_document`` but a JSONL batch yields one ParsedDocument (format ``jsonl``) per record;
    the record's id/kind/date/author/customer go into ``metadata``."""
    hint = hint_from(filename, declared_type)
    head = bytes(data[:4096]).lstrip(b"\xef\xbb\xbf \t\r\n")
    if hint.format == "jsonl" or (head.startswith(b"{") and b'"text"' in head):
        try:
            records = read_records(bytes(data), limits=limits)
        except DocumentError as exc:
            if hint.format == "jsonl" or exc.code != "INVALID_RECORD" or head.startswith(b"{"):
                raise
            records = None
        if records is not None:
            return [_record_document(r, len(data), filename) for r in records]
    return [read_document(data, filename, declared_type=declared_type, limits=limits)]


def _record_document(rec: dict[str, Any], size: int, filename: str | None) -> ParsedDocument:
    text = clean_text(rec["text"])
    meta = {
        k: str(rec[k])
        for k in ("id", "kind", "date", "author", "customer", "title", "source", "url")
        if rec.get(k) not in (None, "")
    }
    fp = fingerprint(text)
    return ParsedDocument(
        text=text,
        format="jsonl",
        encoding="utf-8",
        title=rec.get("title") or None,
        metadata=meta,
        content_hash=content_hash(text),
        simhash=fp.simhash,
        shingle_count=fp.shingle_count,
        minhash=list(fp.minhash),
        filename=filename,
        size_bytes=size,
        warnings=[],
    )
