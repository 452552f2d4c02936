from __future__ import annotations

import asyncio
import datetime as dt
import threading
from functools import lru_cache
from typing import Annotated, Any

import strawberry

from api.errors import ValidationFailed
from api.types.domain import Info
from api.types.enums import DocumentKind
from api.types.extraction import TextAnalysis

MAX_TEXT_CHARS = 20_000
_lock = threading.Lock()  # spaCy pipelines are not safe to call from two threads at once


@lru_cache(maxsize=1)
def _extractor() -> Any:
    from ingest.extract import Extractor

    return Extractor()


def _analyze(record: dict[str, Any]) -> dict[str, Any]:
    with _lock:
        result: dict[str, Any] = _extractor().extract(record).to_contract()
    return result


@strawberry.type
class ExtractionQueries:
    @strawberry.field(
        description="Run the extraction on a text without writing anything (same output as kg extract)"
    )
    async def analyze_text(
        self,
        info: Info,
        text: str,
        kind: DocumentKind = DocumentKind.VISIT_NOTE,
        date: dt.date | None = None,
        customer: Annotated[
            str | None, strawberry.argument(description="account the note is filed under")
        ] = (None),
        author: str | None = None,
    ) -> TextAnalysis:
        if not text.strip():
            raise ValidationFailed("`text` must not be empty", field="text")
        if len(text) > MAX_TEXT_CHARS:
            raise ValidationFailed(f"`text` is at most {MAX_TEXT_CHARS} characters", field="text")
        record = {
            "id": "analyze",
            "kind": kind.value,
            "date": (date or dt.date.today()).isoformat(),
            "author": author,
            "customer": customer,
            "text": text,
        }
        contract = await asyncio.to_thread(_analyze, record)
        return TextAnalysis.from_contract(contract)
