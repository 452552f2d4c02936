"""Organisation-relation classifier for clippings (trained on FinRE, see ingest/models/README.md).

Usage::

    from ingest.relations import load_relation_classifier
    clf = load_relation_classifier()
    label, conf = clf.predict("中太数据与无锡澜芯存储签署战略合作协议", "中太数据", "无锡澜芯存储")
    # -> ("PARTNERS_WITH", 0.9...)

Labels are for the ordered pair head -> tail: PARTNERS_WITH, ACQUIRES (head acquires tail), SUPPLIES
(an order/supply link between the two; FinRE does not give its direction), COMPETES_WITH, INVESTS_IN
(head invests in / owns shares of tail) or NONE.  ``predict_directed`` also recognises the reverse
direction ("tail acquires head") and says which way the relation goes.

The model is a multinomial logistic regression over hashed character n-gram features of the sentence
and of the text between / around the two mentions.  It is stored as ``weights.npz`` + ``model.json``
and needs only numpy (no network, no pickle).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable
from pathlib import Path

import numpy as np

DEFAULT_PATH = Path(__file__).resolve().parent / "models" / "orgrel-zh"
PUBLIC_LABELS = ("PARTNERS_WITH", "ACQUIRES", "SUPPLIES", "COMPETES_WITH", "INVESTS_IN", "NONE")
# Internal classes: the directed relations also have a reversed form (tail -> head).
CLASSES = (
    "NONE",
    "PARTNERS_WITH",
    "ACQUIRES",
    "ACQUIRES_REV",
    "SUPPLIES",
    "COMPETES_WITH",
    "INVESTS_IN",
    "INVESTS_IN_REV",
)
SYMMETRIC = {"PARTNERS_WITH", "SUPPLIES", "COMPETES_WITH"}


def _ngrams(text: str, prefix: str, ns: Iterable[int] = (1, 2)) -> list[str]:
    out = []
    for n in ns:
        for i in range(len(text) - n + 1):
            out.append(f"{prefix}{n}:{text[i : i + n]}")
    return out


def _locate(text: str, mention: str, avoid: tuple[int, int] | None = None) -> tuple[int, int]:
    """Span of ``mention`` in ``text`` (first occurrence not overlapping ``avoid``), or (-1, -1)."""
    if not mention:
        return (-1, -1)
    start = text.find(mention)
    while start != -1 and avoid is not None and start < avoid[1] and start + len(mention) > avoid[0]:
        start = text.find(mention, start + 1)
    return (start, start + len(mention)) if start != -1 else (-1, -1)


def extract_features(text: str, head: str, tail: str) -> list[str]:
    """String features of a (sentence, head, tail) triple; order-aware so direction can be learned."""
    h = _locate(text, head)
    t = _locate(text, tail, avoid=h if h[0] >= 0 else None)
    feats = ["bias"]
    if h[0] < 0 or t[0] < 0:
        feats.append("missing_mention")
        masked = text
        feats += _ngrams(masked, "S", (1, 2))
        return feats
    first, second = (h, t) if h[0] <= t[0] else (t, h)
    order = "HT" if h[0] <= t[0] else "TH"
    between = text[first[1] : second[0]]
    before = text[max(0, first[0] - 6) : first[0]]
    after = text[second[1] : second[1] + 8]
    masked = text[: first[0]] + "Ⓐ" + between + "Ⓑ" + text[second[1] :]
    feats.append(f"order:{order}")
    gap = len(between)
    feats.append(f"gap:{min(gap, 30) // 3}")
    feats += _ngrams(masked, "S", (1, 2))
    feats += _ngrams(between, "B", (1, 2, 3))
    feats += [f"{order}|{f}" for f in _ngrams(between, "B", (2,))]
    feats += _ngrams(before, "L", (1, 2))
    feats += [f"{order}|{f}" for f in _ngrams(after, "R", (1, 2))]
    feats += [f"{order}|{f}" for f in _ngrams(after[:3], "R3", (2,))]
    # mention-internal cues: suffixes of the mentions (集团, 银行, 证券 ...)
    feats.append(f"hsuf:{head[-2:]}")
    feats.append(f"tsuf:{tail[-2:]}")
    if head in tail or tail in head:
        feats.append("nested_mentions")
    return feats


def hash_features(feats: list[str], n_buckets: int) -> np.ndarray:
    idx = {zlib.crc32(f.encode("utf8")) % n_buckets for f in feats}
    return np.fromiter(idx, dtype=np.int64, count=len(idx))


class RelationClassifier:
    """Linear softmax classifier over hashed features."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, classes: tuple[str, ...], n_buckets: int):
        self.W = weights
        self.b = bias
        self.classes = classes
        self.n_buckets = n_buckets

    def probs(self, text: str, head: str, tail: str) -> np.ndarray:
        idx = hash_features(extract_features(text, head, tail), self.n_buckets)
        logits = self.W[idx].sum(axis=0) + self.b
        logits = logits - logits.max()
        e = np.exp(logits)
        return e / e.sum()

    def predict_internal(self, text: str, head: str, tail: str) -> tuple[str, float]:
        p = self.probs(text, head, tail)
        k = int(p.argmax())
        return self.classes[k], float(p[k])

    def predict(self, text: str, head: str, tail: str) -> tuple[str, float]:
        """Relation head -> tail as (label, confidence); reversed directed relations give NONE."""
        p = self.probs(text, head, tail)
        k = int(p.argmax())
        label = self.classes[k]
        if label.endswith("_REV"):
            none_p = float(p[self.classes.index("NONE")]) + float(p[k])
            return "NONE", none_p
        return label, float(p[k])

    def predict_directed(self, text: str, a: str, b: str) -> tuple[str, str, str, float]:
        """(label, source, target, confidence) for the pair in either direction."""
        label, conf = self.predict_internal(text, a, b)
        if label.endswith("_REV"):
            return label[: -len("_REV")], b, a, conf
        return label, a, b, conf

    def save(self, path: str | Path) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path / "weights.npz", W=self.W.astype(np.float16), b=self.b.astype(np.float32))
        meta = {"classes": list(self.classes), "n_buckets": self.n_buckets, "format": "guanxi-orgrel-v1"}
        (path / "model.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf8")

    @classmethod
    def load(cls, path: str | Path) -> RelationClassifier:
        path = Path(path)
        meta = json.loads((path / "model.json").read_text(encoding="utf8"))
        with np.load(path / "weights.npz") as data:
            W = data["W"].astype(np.float32)
            b = data["b"].astype(np.float32)
        return cls(W, b, tuple(meta["classes"]), int(meta["n_buckets"]))


def load_relation_classifier(path: str | Path | None = None) -> RelationClassifier:
    """Load the shipped classifier (``ingest/models/orgrel-zh``) or one saved at ``path``."""
    return RelationClassifier.load(Path(path) if path is not None else DEFAULT_PATH)
