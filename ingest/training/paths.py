"""Default locations of training data, caches and shipped models."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("GUANXI_SHARED", REPO_ROOT.parent / "shared"))
DATA = SHARED / "data"
CLUENER_TRAIN = DATA / "cluener" / "train.json"
FINRE_DIR = DATA / "finre"
CACHE = REPO_ROOT / ".cache" / "training"
MODELS = REPO_ROOT / "ingest" / "models"
NER_MODEL = MODELS / "ner-zh"
ORGREL_MODEL = MODELS / "orgrel-zh"
NER_CONFIG = Path(__file__).resolve().parent / "ner.cfg"
