"""The one exception that document reading raises, with stable machine-readable codes."""

from __future__ import annotations

from typing import Final

__all__ = ["ERROR_CODES", "DocumentError"]

#: Stable codes.  Callers (API, pipeline) may switch on these; never rename one.
ERROR_CODES: Final[dict[str, str]] = {
    "EMPTY": "the upload has no bytes, or only whitespace",
    "TOO_LARGE": "the upload or its extracted text exceeds DocumentLimits",
    "UNSUPPORTED_TYPE": "a recognised format that is not read (legacy .doc, xlsx, images, archives, ...)",
    "BINARY_CONTENT": "binary bytes that are no known document format",
    "BAD_ENCODING": "text whose character encoding cannot be determined",
    "CORRUPT_FILE": "a docx/pdf/eml that is broken or truncated",
    "ENCRYPTED": "a password-protected PDF",
    "ZIP_BOMB": "a docx whose uncompressed size or compression ratio exceeds DocumentLimits",
    "NO_TEXT": "a well-formed document with no extractable text (e.g. a scanned PDF)",
    "INVALID_RECORD": "a JSONL batch with malformed lines (see DocumentError.details)",
}


class DocumentError(Exception):
    """Raised for every failure to read an uploaded document.

    ``code`` is one of :data:`ERROR_CODES`; ``message`` is a human-readable English sentence safe to show
    to the uploader; ``details`` carries per-item problems (JSONL line errors: ``{"line": n, "error": ...}``).
    """

    def __init__(self, code: str, message: str, *, details: list[dict[str, object]] | None = None) -> None:
        if code not in ERROR_CODES:  # pragma: no cover - programming error
            raise ValueError(f"unknown DocumentError code {code!r}")
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.details: list[dict[str, object]] = details or []

    def __reduce__(self) -> tuple[object, ...]:  # picklable for worker pools
        return (_rebuild, (self.code, self.message, self.details))


def _rebuild(code: str, message: str, details: list[dict[str, object]]) -> DocumentError:
    return DocumentError(code, message, details=details)
