"""CLUENER2020 conversion: JSON lines with END-INCLUSIVE offsets -> spaCy Docs with mapped labels."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from ingest.training.paths import CLUENER_TRAIN

# Mapping used by Guanxi's evaluation (see ../shared/data/README.md).
MAPPED: dict[str, str] = {
    "name": "PERSON",
    "company": "ORG",
    "organization": "ORG",
    "government": "ORG",
    "position": "TITLE",
}
SCORED_LABELS = ("PERSON", "ORG", "TITLE")
DEV_SIZE = 1000  # the last 1,000 lines of train are our held-out dev split


def read_cluener(path: Path = CLUENER_TRAIN) -> list[dict]:
    with path.open(encoding="utf8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def split_train_dev(records: list[dict], dev_size: int = DEV_SIZE) -> tuple[list[dict], list[dict]]:
    """Deterministic split: the last ``dev_size`` lines are dev, everything before is train."""
    return records[:-dev_size], records[-dev_size:]


def gold_spans(record: dict, mapping: dict[str, str] | None = MAPPED) -> list[tuple[int, int, str]]:
    """Character spans (start, end-exclusive, label) of a record, mapped; unmapped classes dropped.

    ``mapping=None`` keeps the ten original CLUENER classes.
    """
    spans: set[tuple[int, int, str]] = set()
    for cls, entities in record.get("label", {}).items():
        label = cls if mapping is None else mapping.get(cls)
        if label is None:
            continue
        for offsets in entities.values():
            for start, end in offsets:
                spans.add((int(start), int(end) + 1, label))
    return sorted(spans)


def record_to_doc(nlp: Language, text: str, spans: list[tuple[int, int, str]]) -> tuple[Doc, int]:
    """Tokenise ``text`` and set entities; returns the doc and the number of spans that did not align."""
    doc = nlp.make_doc(text)
    ents = []
    dropped = 0
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label, alignment_mode="strict")
        if span is None:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            dropped += 1
        if span is not None:
            ents.append(span)
    kept = filter_spans(ents)
    dropped += len(ents) - len(kept)
    doc.ents = kept
    return doc, dropped


def cluener_docs(
    nlp: Language, records: list[dict], mapping: dict[str, str] | None = MAPPED
) -> Iterator[Doc]:
    for rec in records:
        doc, _ = record_to_doc(nlp, rec["text"], gold_spans(rec, mapping))
        yield doc
