"""NER training / evaluation helpers (CLUENER + synthetic domain data -> spaCy pipeline)."""

from __future__ import annotations

import json
import os
import random
import shutil
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import DocBin

import ingest.models.spacy_components  # noqa: F401  (registers the tokenizer / embedding layer)
from ingest.training import synth
from ingest.training.cluener import (
    DEV_SIZE,
    SCORED_LABELS,
    gold_spans,
    read_cluener,
    record_to_doc,
    split_train_dev,
)
from ingest.training.paths import CACHE, CLUENER_TRAIN, NER_CONFIG, NER_MODEL

VAL_SIZE = 500  # lines before the dev split, used by spaCy for checkpoint selection


@dataclass
class CorpusPaths:
    train: Path
    val: Path
    stats: dict[str, int] = field(default_factory=dict)


def blank_nlp() -> Language:
    """A blank pipeline with the shipped tokenizer (for conversion and tokenisation checks)."""
    config = spacy.util.load_config(NER_CONFIG)
    nlp_cfg = {"nlp": {"lang": "zh", "tokenizer": config["nlp"]["tokenizer"]}}
    return spacy.blank("zh", config=nlp_cfg)


def build_corpora(
    out_dir: Path,
    *,
    cluener_path: Path = CLUENER_TRAIN,
    limit: int | None = None,
    n_synth: int = 2500,
    include_dev: bool = False,
    seed: int = 13,
) -> CorpusPaths:
    """Write train.spacy / val.spacy.

    Train = CLUENER train minus [val + dev] tail (plus dev when ``include_dev``) + synthetic notes.
    Val   = the ``VAL_SIZE`` CLUENER lines before the dev tail + a few synthetic notes (checkpointing).
    Dev (the last ``DEV_SIZE`` lines) is never written here unless ``include_dev`` is set.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp = blank_nlp()
    records = read_cluener(cluener_path)
    rest, dev = split_train_dev(records, DEV_SIZE)
    train_recs, val_recs = rest[:-VAL_SIZE], rest[-VAL_SIZE:]
    if include_dev:
        train_recs = train_recs + dev
    if limit is not None:
        train_recs, val_recs = train_recs[:limit], val_recs[: max(10, limit // 5)]
        n_synth = min(n_synth, limit)
    synth_items = list(synth.generate(n_synth + max(50, n_synth // 10), seed=seed))
    synth_train, synth_val = synth_items[:n_synth], synth_items[n_synth:]
    stats: Counter[str] = Counter()

    def write(path: Path, recs: list[dict], synth_part: list) -> None:
        db = DocBin(store_user_data=False)
        docs = []
        for rec in recs:
            doc, dropped = record_to_doc(nlp, rec["text"], gold_spans(rec))
            stats["misaligned"] += dropped
            docs.append(doc)
        for text, spans in synth_part:
            doc, dropped = record_to_doc(nlp, text, spans)
            stats["misaligned"] += dropped
            docs.append(doc)
        random.Random(seed).shuffle(docs)  # noqa: S311
        for doc in docs:
            db.add(doc)
            stats[f"{path.stem}_docs"] += 1
        db.to_disk(path)

    paths = CorpusPaths(out_dir / "train.spacy", out_dir / "val.spacy")
    write(paths.train, train_recs, synth_train)
    write(paths.val, val_recs, synth_val)
    paths.stats = dict(stats)
    return paths


def train_ner(
    output: Path = NER_MODEL,
    *,
    config: Path = NER_CONFIG,
    work_dir: Path = CACHE / "ner",
    limit: int | None = None,
    n_synth: int = 2500,
    include_dev: bool = False,
    overrides: dict | None = None,
) -> Path:
    """Train from scratch and copy the best model to ``output``. Returns ``output``."""
    from spacy.cli.train import train as spacy_train

    corpora = build_corpora(work_dir / "corpus", limit=limit, n_synth=n_synth, include_dev=include_dev)
    all_overrides = {"paths.train": str(corpora.train), "paths.dev": str(corpora.val)}
    all_overrides.update(overrides or {})
    run_dir = work_dir / "run"
    if run_dir.exists():
        shutil.rmtree(run_dir)
    start = time.time()
    spacy_train(config, run_dir, use_gpu=-1, overrides=all_overrides)
    elapsed = time.time() - start
    best = run_dir / "model-best"
    if not best.exists():
        best = run_dir / "model-last"
    if output.exists():
        shutil.rmtree(output)
    shutil.copytree(best, output)
    meta_path = output / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf8"))
    meta.update(
        {
            "name": "guanxi_ner_zh",
            "version": "0.1.0",
            "description": "Guanxi Chinese NER (PERSON, ORG, TITLE, PRODUCT); char tokens, CNN, CPU",
            "license": "Proprietary (trained on CLUENER2020 train + synthetic notes)",
            "guanxi_training": {
                "train_seconds": round(elapsed, 1),
                "include_dev": include_dev,
                "limit": limit,
                "n_synth": n_synth,
                "threads": os.environ.get("OMP_NUM_THREADS", "unset"),
                **corpora.stats,
            },
        }
    )
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf8")
    return output


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def score_spans(
    gold: Iterable[set[tuple[int, int, str]]],
    pred: Iterable[set[tuple[int, int, str]]],
    labels: Iterable[str] = SCORED_LABELS,
) -> dict[str, PRF]:
    """Exact-span P/R/F1 per label and micro ('MICRO') over ``labels``."""
    labels = tuple(labels)
    res = {lab: PRF() for lab in labels}
    for g, p in zip(gold, pred, strict=True):
        g = {s for s in g if s[2] in labels}
        p = {s for s in p if s[2] in labels}
        for s in g & p:
            res[s[2]].tp += 1
        for s in p - g:
            res[s[2]].fp += 1
        for s in g - p:
            res[s[2]].fn += 1
    micro = PRF(
        sum(x.tp for x in res.values()), sum(x.fp for x in res.values()), sum(x.fn for x in res.values())
    )
    res["MICRO"] = micro
    return res


def evaluate_ner(
    nlp: Language, *, cluener_path: Path = CLUENER_TRAIN, limit: int | None = None
) -> dict[str, PRF]:
    """Score ``nlp`` on the held-out dev split (last DEV_SIZE CLUENER lines), mapped classes only."""
    _, dev = split_train_dev(read_cluener(cluener_path), DEV_SIZE)
    if limit is not None:
        dev = dev[:limit]
    gold = [set(gold_spans(rec)) for rec in dev]
    docs = nlp.pipe([rec["text"] for rec in dev], batch_size=256)
    pred = [{(e.start_char, e.end_char, e.label_) for e in doc.ents} for doc in docs]
    return score_spans(gold, pred)


def format_scores(res: dict[str, PRF]) -> str:
    lines = [f"{'label':8s} {'P':>6s} {'R':>6s} {'F1':>6s} {'support':>8s}"]
    for lab, s in res.items():
        lines.append(f"{lab:8s} {s.p:6.3f} {s.r:6.3f} {s.f:6.3f} {s.tp + s.fn:8d}")
    return "\n".join(lines)


def benchmark_speed(nlp: Language, texts: list[str], repeats: int = 1, batch_size: int = 64) -> float:
    """Characters per second of ``nlp.pipe`` over ``texts`` (single process)."""
    n_chars = sum(len(t) for t in texts) * repeats
    list(nlp.pipe(texts[:50]))  # warm up
    start = time.perf_counter()
    for _ in range(repeats):
        for _doc in nlp.pipe(texts, batch_size=batch_size):
            pass
    return n_chars / (time.perf_counter() - start)


def evaluate_samples(nlp: Language, path: Path | None = None) -> dict[str, PRF]:
    """Exact-span scores on the hand-annotated domain samples (regression check only; never tuned on)."""
    from ingest.training.paths import SHARED

    path = path or SHARED / "samples" / "domain_samples.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf8").splitlines() if line.strip()]
    gold = [{(e["start"], e["end"], e["type"]) for e in rec["entities"]} for rec in records]
    pred = [
        {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        for doc in nlp.pipe(r["text"] for r in records)
    ]
    return score_spans(gold, pred, labels=("PERSON", "ORG", "TITLE", "PRODUCT"))
