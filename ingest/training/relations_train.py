"""FinRE -> organisation-relation classifier (numpy softmax regression over hashed features)."""

from __future__ import annotations

import random
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ingest.relations import CLASSES, RelationClassifier, extract_features, hash_features
from ingest.training.paths import FINRE_DIR, ORGREL_MODEL

# FinRE relation -> internal class (head -> tail).  "被X" is the passive form: tail X head.
FINRE_MAP: dict[str, str] = {
    "合作": "PARTNERS_WITH",
    "签约": "PARTNERS_WITH",
    "合资": "PARTNERS_WITH",
    "收购": "ACQUIRES",
    "拟收购": "ACQUIRES",
    "买资": "ACQUIRES",
    "被收购": "ACQUIRES_REV",
    "被拟收购": "ACQUIRES_REV",
    "被买资": "ACQUIRES_REV",
    "订单": "SUPPLIES",
    "竞争": "COMPETES_WITH",
    "持股": "INVESTS_IN",
    "拥有": "INVESTS_IN",
    "增持": "INVESTS_IN",
    "减持": "INVESTS_IN",
    "入股": "INVESTS_IN",
    "注资": "INVESTS_IN",
    "被持股": "INVESTS_IN_REV",
    "被拥有": "INVESTS_IN_REV",
    "被增持": "INVESTS_IN_REV",
    "被减持": "INVESTS_IN_REV",
    "被入股": "INVESTS_IN_REV",
    "被注资": "INVESTS_IN_REV",
}
EVAL_LABELS = ("PARTNERS_WITH", "ACQUIRES", "SUPPLIES", "COMPETES_WITH", "INVESTS_IN")


@dataclass
class RelExample:
    head: str
    tail: str
    relation: str  # FinRE relation
    text: str

    @property
    def label(self) -> str:
        return FINRE_MAP.get(self.relation, "NONE")


def read_finre(path: Path) -> list[RelExample]:
    out = []
    with path.open(encoding="utf8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4:
                continue
            out.append(RelExample(parts[0], parts[1], parts[2], parts[3]))
    return out


def train_classifier(
    examples: list[RelExample],
    *,
    n_buckets: int = 1 << 18,
    epochs: int = 8,
    lr: float = 0.2,
    l2: float = 1e-6,
    seed: int = 7,
    none_weight: float = 1.0,
) -> RelationClassifier:
    """Multinomial logistic regression with Adagrad over hashed sparse features."""
    n_classes = len(CLASSES)
    W = np.zeros((n_buckets, n_classes), dtype=np.float32)
    b = np.zeros(n_classes, dtype=np.float32)
    G = np.full((n_buckets, n_classes), 1e-6, dtype=np.float32)
    Gb = np.full(n_classes, 1e-6, dtype=np.float32)
    data = [
        (hash_features(extract_features(ex.text, ex.head, ex.tail), n_buckets), CLASSES.index(ex.label))
        for ex in examples
    ]
    rng = random.Random(seed)  # noqa: S311
    for _ in range(epochs):
        rng.shuffle(data)
        for idx, y in data:
            logits = W[idx].sum(axis=0) + b
            logits -= logits.max()
            p = np.exp(logits)
            p /= p.sum()
            grad = p
            grad[y] -= 1.0
            if y == 0:
                grad *= none_weight
            g_rows = grad[None, :] + l2 * W[idx]
            G[idx] += g_rows * g_rows
            W[idx] -= lr * g_rows / np.sqrt(G[idx])
            Gb += grad * grad
            b -= lr * grad / np.sqrt(Gb)
    return RelationClassifier(W, b, CLASSES, n_buckets)


def _public(label: str) -> str:
    return "NONE" if label.endswith("_REV") else label


def evaluate_classifier(clf: RelationClassifier, examples: list[RelExample]) -> dict[str, dict[str, float]]:
    """Per-relation P/R/F1 (head -> tail), micro and macro over the five positive relations.

    Also ``UNDIRECTED_MICRO``: a reversed prediction (tail acquires head) counts as correct when the
    gold relation is the reversed one too.
    """
    counts = {lab: Counter[str]() for lab in EVAL_LABELS}
    und = Counter[str]()
    for ex in examples:
        internal, _ = clf.predict_internal(ex.text, ex.head, ex.tail)
        gold, pred = _public(ex.label), _public(internal)
        if gold == pred and gold != "NONE":
            counts[gold]["tp"] += 1
        else:
            if pred != "NONE":
                counts[pred]["fp"] += 1
            if gold != "NONE":
                counts[gold]["fn"] += 1
        g_u, p_u = ex.label, internal
        if g_u == p_u and g_u != "NONE":
            und["tp"] += 1
        else:
            if p_u != "NONE":
                und["fp"] += 1
            if g_u != "NONE":
                und["fn"] += 1

    def prf(c: Counter[str]) -> dict[str, float]:
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": p, "r": r, "f1": f, "support": float(tp + fn)}

    res = {lab: prf(c) for lab, c in counts.items()}
    total: Counter[str] = Counter()
    for c in counts.values():
        total.update(c)
    res["MICRO"] = prf(total)
    res["MACRO"] = {
        "p": float(np.mean([res[lab]["p"] for lab in EVAL_LABELS])),
        "r": float(np.mean([res[lab]["r"] for lab in EVAL_LABELS])),
        "f1": float(np.mean([res[lab]["f1"] for lab in EVAL_LABELS])),
        "support": res["MICRO"]["support"],
    }
    res["DIRECTED_ALL_MICRO"] = prf(und)
    return res


def format_rel_scores(res: dict[str, dict[str, float]]) -> str:
    lines = [f"{'relation':20s} {'P':>6s} {'R':>6s} {'F1':>6s} {'support':>8s}"]
    for lab, s in res.items():
        lines.append(f"{lab:20s} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f} {int(s['support']):8d}")
    return "\n".join(lines)


def train_relations(
    output: Path = ORGREL_MODEL,
    *,
    finre_dir: Path = FINRE_DIR,
    limit: int | None = None,
    epochs: int = 8,
) -> tuple[RelationClassifier, dict[str, dict[str, float]], float]:
    """Train on FinRE train, evaluate on FinRE valid, save to ``output``."""
    train = read_finre(finre_dir / "train.txt")
    valid = read_finre(finre_dir / "valid.txt")
    if limit is not None:
        train, valid = train[:limit], valid[: max(20, limit // 5)]
    start = time.time()
    clf = train_classifier(train, epochs=epochs)
    elapsed = time.time() - start
    res = evaluate_classifier(clf, valid)
    clf.save(output)
    return clf, res, elapsed
