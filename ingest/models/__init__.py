"""Shipped models and their loaders.

* ``ner-zh/``    - spaCy pipeline (character tokens) with an ``ner`` component: PERSON, ORG, TITLE, PRODUCT.
* ``orgrel-zh/`` - organisation-relation classifier for clippings (see :mod:`ingest.relations`).

Both load offline.  Downstream code may also ``spacy.load(NER_MODEL_DIR)`` directly after importing
this package (the import registers the custom tokenizer and embedding layer).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from ingest.models import spacy_components as spacy_components  # registers guanxi.* spaCy functions

MODELS_DIR = Path(__file__).resolve().parent
NER_MODEL_DIR = MODELS_DIR / "ner-zh"
ORGREL_MODEL_DIR = MODELS_DIR / "orgrel-zh"
NER_LABELS = ("PERSON", "ORG", "TITLE", "PRODUCT")


def load_ner(path: str | Path | None = None, **kwargs: Any) -> Language:
    """Load the shipped Chinese NER pipeline (no network access needed)."""
    return spacy.load(Path(path) if path is not None else NER_MODEL_DIR, **kwargs)


__all__ = ["NER_LABELS", "NER_MODEL_DIR", "ORGREL_MODEL_DIR", "load_ner"]
