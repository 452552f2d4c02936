"""spaCy pipeline for Guanxi notes: character tokens, gazetteer/rule layer, optional statistical NER.

``load_pipeline(gazetteer=None)`` builds the pipeline from ``ingest/config.cfg`` once and reuses it; the
NER model is sourced from ``ingest/models/ner-zh`` (or ``$GUANXI_NER_MODEL``) when present.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import threading
from pathlib import Path

import spacy
from spacy.language import Language

from ingest.gazetteer import Gazetteer
from ingest.pipeline import components as _components  # noqa: F401  (registers factories)
from ingest.pipeline.components import USER_KEY
from ingest.pipeline.rules import Ent, EntityRules

__all__ = [
    "CONFIG_PATH",
    "NER_MODEL_DIR",
    "USER_KEY",
    "Ent",
    "EntityRules",
    "load_pipeline",
    "ner_model_path",
]

log = logging.getLogger(__name__)
INGEST_DIR = Path(__file__).resolve().parent.parent
CONFIG_PATH = INGEST_DIR / "config.cfg"
NER_MODEL_DIR = INGEST_DIR / "models" / "ner-zh"

_lock = threading.Lock()
_base: dict[str, Language] = {}


def ner_model_path() -> Path | None:
    """The NER model directory to source, or None (env GUANXI_NER_MODEL='' disables it)."""
    env = os.environ.get("GUANXI_NER_MODEL")
    if env is not None:
        return Path(env) if env and Path(env, "config.cfg").exists() else None
    return NER_MODEL_DIR if (NER_MODEL_DIR / "config.cfg").exists() else None


def _build(use_ner: bool) -> Language:
    """Rules-only pipeline from config.cfg; with the NER model present, the model's own pipeline (its
    tokenizer and trained components) with the guanxi components added around it."""
    path = ner_model_path() if use_ner else None
    if path is not None:
        try:
            with contextlib.suppress(ImportError):  # the model's tokenizer/embedding registrations
                importlib.import_module("ingest.models")
            nlp = spacy.load(path)
            nlp.add_pipe("guanxi_rules", first=True)
            nlp.add_pipe("guanxi_merge", last=True)
            log.info("NER pipeline %s loaded from %s", nlp.pipe_names, path)
            return nlp
        except Exception as exc:  # a broken/partially written model must not break extraction
            log.warning("could not load NER model from %s (%s); using rules only", path, exc)
    config = spacy.util.load_config(CONFIG_PATH)
    return spacy.util.load_model_from_config(config, auto_fill=True, validate=True)


def load_pipeline(gazetteer: Gazetteer | None = None, use_ner: bool = True) -> Language:
    """The shared pipeline (built once per process) with ``gazetteer`` installed in the rule layer.

    The gazetteer is merged with the built-in lexicon.  Calling again with another gazetteer swaps it in
    place (the spaCy components are not rebuilt).
    """
    key = "ner" if use_ner else "rules"
    with _lock:
        nlp = _base.get(key)
        if nlp is None:
            nlp = _build(use_ner)
            _base[key] = nlp
        rules = nlp.get_pipe("guanxi_rules")
        rules.set_gazetteer(gazetteer)  # type: ignore[attr-defined]
    return nlp
