"""Value types: the limits a read runs under and the document it returns."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from .dedupe import Fingerprint

__all__ = ["DEFAULT_LIMITS", "DocumentFormat", "DocumentLimits", "ParsedDocument"]

DocumentFormat = Literal["txt", "md", "html", "docx", "pdf", "eml", "jsonl"]

MIB = 1024 * 1024


class DocumentLimits(BaseModel):
    """Resource limits for reading one upload.  Every limit breach is a ``DocumentError``."""

    model_config = ConfigDict(frozen=True)

    max_bytes: int = Field(default=10 * MIB, gt=0, description="size of the upload itself")
    max_text_chars: int = Field(default=2_000_000, gt=0, description="length of the extracted text")
    max_zip_uncompressed: int = Field(default=50 * MIB, gt=0, description="sum of docx members' sizes")
    max_zip_ratio: float = Field(default=100.0, gt=1, description="uncompressed/compressed, docx")
    max_zip_members: int = Field(default=2_000, gt=0, description="entries in a docx package")
    max_pdf_pages: int = Field(default=2_000, gt=0, description="pages read from a PDF")
    max_email_parts: int = Field(default=200, gt=0, description="MIME parts walked in an .eml")
    max_records: int = Field(default=100_000, gt=0, description="lines in a JSONL batch")


DEFAULT_LIMITS = DocumentLimits()


class ParsedDocument(BaseModel):
    """One uploaded file turned into clean text.

    ``text`` keeps the original characters (no width or script folding: extraction offsets refer to it);
    only line endings are unified to ``\\n`` and control characters other than ``\\n``/``\\t`` dropped.
    ``content_hash`` and ``simhash`` are computed on the *normalised* text (full-width -> half-width,
    Traditional -> Simplified, whitespace collapsed, case-folded), so re-pastes that differ only in
    those respects hash the same.
    """

    model_config = ConfigDict(frozen=True)

    text: str
    format: DocumentFormat
    encoding: str | None = Field(description="detected character encoding; None for PDF")
    title: str | None = None
    metadata: dict[str, str] = Field(default_factory=dict)
    content_hash: str = Field(description="sha256 hex of the normalised text")
    simhash: int = Field(description="64-bit simhash (unsigned) over character 3-gram shingles")
    shingle_count: int = Field(description="number of distinct character 3-gram shingles")
    minhash: list[int] = Field(default_factory=list, description="MinHash signature (96 x 32 bit)")
    filename: str | None = None
    size_bytes: int = 0
    warnings: list[str] = Field(default_factory=list)

    @property
    def fingerprint(self) -> Fingerprint:
        from .dedupe import Fingerprint

        return Fingerprint(self.simhash, self.shingle_count, tuple(self.minhash))

    @property
    def simhash_signed(self) -> int:
        """The simhash as a signed 64-bit int (Neo4j integers are signed)."""
        from .dedupe import to_signed64

        return to_signed64(self.simhash)

    @property
    def band_keys(self) -> list[int]:
        """MinHash LSH keys for near-duplicate candidate lookups (see ``dedupe``)."""
        from .dedupe import band_keys

        return band_keys(self.fingerprint)
