"""Uploaded files -> clean documents, safely.

Main entry points::

    read_document(data, filename=None, *, declared_type=None, limits=DEFAULT_LIMITS) -> ParsedDocument
    read_upload(data, filename=None, ...) -> list[ParsedDocument]     # JSONL batches too
    read_records(data) -> list[dict]                                   # JSONL {id, kind, date, ...}

Every failure is a ``DocumentError`` with a stable ``code`` (see ``ERROR_CODES``).  Near-duplicate
detection lives in ``ingest.documents.dedupe``.
"""

from .dedupe import (
    NEAR_DUP_JACCARD,
    Fingerprint,
    NearDuplicateIndex,
    band_keys,
    fingerprint,
    graph_properties,
    is_near_duplicate,
    similarity,
)
from .errors import ERROR_CODES, DocumentError
from .hashing import content_hash, hash_form
from .models import DEFAULT_LIMITS, DocumentFormat, DocumentLimits, ParsedDocument
from .reader import read_document, read_upload
from .records import read_records

__all__ = [
    "DEFAULT_LIMITS",
    "ERROR_CODES",
    "NEAR_DUP_JACCARD",
    "DocumentError",
    "DocumentFormat",
    "DocumentLimits",
    "Fingerprint",
    "NearDuplicateIndex",
    "ParsedDocument",
    "band_keys",
    "content_hash",
    "fingerprint",
    "graph_properties",
    "hash_form",
    "is_near_duplicate",
    "read_document",
    "read_records",
    "read_upload",
    "similarity",
]
