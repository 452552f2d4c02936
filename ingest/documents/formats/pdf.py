"""PDF -> text with pypdf, every pypdf failure mapped to a DocumentError.

Bounded by ``max_pdf_pages`` and ``max_text_chars`` (extraction stops once the text is too long);
pypdf itself caps inflated stream sizes.  A PDF whose pages yield (almost) no text is a scan: NO_TEXT.
"""

from __future__ import annotations

import io
import re
import warnings as _warnings

from ..cleanup import clean_text, normalise_date
from ..errors import DocumentError
from ..models import DocumentLimits
from .base import Extracted

__all__ = ["read_pdf"]

_PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?")


def _pdf_date(raw: str) -> str:
    m = _PDF_DATE.match(raw.strip())
    if not m:
        return normalise_date(raw)
    y, mo, d = m.group(1), m.group(2) or "01", m.group(3) or "01"
    if m.group(4):
        return f"{y}-{mo}-{d}T{m.group(4)}:{m.group(5) or '00'}:{m.group(6) or '00'}"
    return f"{y}-{mo}-{d}"


def read_pdf(data: bytes, limits: DocumentLimits) -> Extracted:
    try:
        from pypdf import PdfReader
        from pypdf.errors import FileNotDecryptedError, PdfReadError
    except ImportError:  # pragma: no cover - declared dependency
        raise DocumentError("UNSUPPORTED_TYPE", "PDF support is not installed") from None

    warnings: list[str] = []
    if b"%%EOF" not in data[-2048:]:
        warnings.append("the PDF has no end-of-file marker (truncated?); text may be incomplete")
    try:
        with _warnings.catch_warnings():
            _warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    ok = bool(reader.decrypt(""))
                except Exception:
                    ok = False
                if not ok:
                    raise DocumentError(
                        "ENCRYPTED", "the PDF is password-protected; upload an unprotected copy"
                    )
            n_pages = len(reader.pages)
            if n_pages == 0:
                raise DocumentError("CORRUPT_FILE", "the PDF has no pages (damaged or truncated file)")
            if n_pages > limits.max_pdf_pages:
                warnings.append(f"only the first {limits.max_pdf_pages} of {n_pages} pages were read")
            parts: list[str] = []
            total = 0
            failed = 0
            for i in range(min(n_pages, limits.max_pdf_pages)):
                try:
                    page_text = reader.pages[i].extract_text() or ""
                except (RecursionError, MemoryError):
                    raise
                except Exception:
                    failed += 1
                    continue
                parts.append(page_text)
                total += len(page_text)
                if total > limits.max_text_chars:
                    raise DocumentError(
                        "TOO_LARGE", f"the PDF's text exceeds {limits.max_text_chars} characters"
                    )
            if failed:
                warnings.append(f"{failed} page(s) could not be read")
                if failed == min(n_pages, limits.max_pdf_pages):
                    raise DocumentError("CORRUPT_FILE", "no page of the PDF could be read")
            meta: dict[str, str] = {}
            title = None
            try:
                info = reader.metadata
            except Exception:
                info = None
            if info:
                for key, name in (("/Title", "title"), ("/Author", "author"), ("/Subject", "subject")):
                    value = info.get(key)
                    if value and str(value).strip():
                        meta[name] = str(value).strip()
                created = info.get("/CreationDate")
                if created:
                    meta["date"] = _pdf_date(str(created))
            title = meta.pop("title", None)
            meta["pages"] = str(n_pages)
    except DocumentError:
        raise
    except FileNotDecryptedError:
        raise DocumentError(
            "ENCRYPTED", "the PDF is password-protected; upload an unprotected copy"
        ) from None
    except (RecursionError, MemoryError):
        raise DocumentError("CORRUPT_FILE", "the PDF is too deeply nested or too large to read") from None
    except PdfReadError as exc:
        raise DocumentError("CORRUPT_FILE", f"the PDF is damaged or truncated ({exc})") from None
    except Exception as exc:
        raise DocumentError(
            "CORRUPT_FILE", f"the PDF is damaged or truncated ({type(exc).__name__})"
        ) from None
    text = clean_text("\n\n".join(p.strip("\n") for p in parts))
    if not text.strip():
        raise DocumentError(
            "NO_TEXT", "the PDF contains no extractable text (a scan?); OCR it or upload the source"
        )
    return Extracted(text, title=title, metadata=meta, warnings=warnings)
