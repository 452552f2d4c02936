"""Figures for the model card: dev F1, speed (1 and 2 processes), sizes, relation F1."""

from __future__ import annotations

import json
import time
from pathlib import Path

from ingest.training.cluener import DEV_SIZE, read_cluener, split_train_dev
from ingest.training.paths import FINRE_DIR, NER_MODEL, ORGREL_MODEL


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def notes_of(texts: list[str], size: int = 300) -> list[str]:
    """Concatenate sentences into ~``size``-char notes (the product's typical input)."""
    notes, cur = [], ""
    for t in texts:
        cur += t
        if len(cur) >= size:
            notes.append(cur)
            cur = ""
    return notes


def ner_speed(model: Path = NER_MODEL, n_process: int = 1, repeats: int = 3) -> dict[str, float]:
    from ingest.models import load_ner

    nlp = load_ner(model)
    _, dev = split_train_dev(read_cluener(), DEV_SIZE)
    notes = notes_of([r["text"] for r in dev]) * repeats
    n_chars = sum(len(n) for n in notes)
    list(nlp.pipe(notes[:20]))
    start = time.perf_counter()
    for _ in nlp.pipe(notes, batch_size=32, n_process=n_process):
        pass
    dt = time.perf_counter() - start
    return {"chars_per_s": n_chars / dt, "notes_per_s": len(notes) / dt, "n_process": n_process}


def full_report(model: Path = NER_MODEL, orgrel: Path = ORGREL_MODEL) -> dict:
    from ingest.models import load_ner
    from ingest.relations import load_relation_classifier
    from ingest.training.ner import evaluate_ner
    from ingest.training.relations_train import evaluate_classifier, read_finre

    nlp = load_ner(model)
    res = evaluate_ner(nlp)
    report: dict = {
        "ner_dev": {k: {"p": v.p, "r": v.r, "f1": v.f, "support": v.tp + v.fn} for k, v in res.items()},
        "ner_size_bytes": dir_size(model),
        "ner_speed_1proc": ner_speed(model, 1),
        "ner_speed_2proc": ner_speed(model, 2),
    }
    if (orgrel / "model.json").exists():
        clf = load_relation_classifier(orgrel)
        report["orgrel_valid"] = evaluate_classifier(clf, read_finre(FINRE_DIR / "valid.txt"))
        report["orgrel_size_bytes"] = dir_size(orgrel)
    return report


if __name__ == "__main__":
    import sys

    out = full_report(Path(sys.argv[1]) if len(sys.argv) > 1 else NER_MODEL)
    print(json.dumps(out, ensure_ascii=False, indent=1))
