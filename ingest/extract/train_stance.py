"""Train the character n-gram Naive Bayes stance scorer: ``python -m ingest.extract.train_stance``.

Training data: the clause around every stance evidence span of the annotated sets (shared samples, dev, blind,
blind2 -- blind3/blind4 stay held out) with its label, the other clauses of their visit notes as NONE, and a
synthetic set composed from templates (subject x intensifier x polarity word x target, with negation flipping,
Chinese and English) over the word lists of ``ingest.extract.polarity``. Deterministic (seeded); writes
ingest/resources/stance_nb.npz.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from ingest.extract.polarity import (
    COMMIT_WORDS,
    LABELS,
    MODEL_PATH,
    NEG_WORDS,
    NEU_WORDS,
    POS_WORDS,
    char_ngrams,
)

ROOT = Path(__file__).resolve().parents[2]
SETS = [
    Path("/work/shared/samples/domain_samples.jsonl"),
    ROOT / "tests/data/dev_notes.jsonl",
    ROOT / "tests/data/blind_notes.jsonl",
    ROOT / "tests/data/blind2_notes.jsonl",
]
_SPLIT = re.compile(r"[，,；;。！!？?\n]|\s[-–—]\s")

ZH_SUBJ = [
    "王总",
    "李处长",
    "陈主任",
    "她",
    "他",
    "张经理",
    "刘科长",
    "赵工",
    "孙部长",
    "周院长",
    "吴行长",
    "郑总监",
]
EN_SUBJ = ["Mr. Wang", "Ms. Li", "She", "He", "Chen", "the CIO", "Director Zhao", "Gu"]
ZH_TGT = ["我们", "我方", "我司", "中太", "东软", "华为", "浪潮", "用友", "星环", "他们", "这家", "对方"]
EN_TGT = ["us", "our proposal", "Huawei", "Neusoft", "them", "the incumbent", "Inspur", "our team"]
ZH_INT = ["", "很", "挺", "比较", "非常", "一直", "还是", "明显", "有些", "有点", "相当", "越来越", "始终"]
ZH_NEG = ["不", "不太", "没", "没有", "并不", "并非", "不是很", "谈不上", "不怎么", "从不", "未"]
EN_INT = ["", "very ", "quite ", "really ", "clearly ", "still ", "increasingly ", "somewhat "]
EN_NEG = ["not ", "never ", "hardly ", "not really ", "no longer "]
ZH_PRE = ["", "这次", "现在", "后来", "会上", "私下", "最近", "听说"]
ZH_TAIL = ["", "了", "的", "，说得很直接", "，原话如此", "，理由是价格"]
ZH_NONE = [
    "{s}说项目今年要启动",
    "{s}负责技术评估",
    "{s}牵头选型",
    "{s}下周出差",
    "{s}提出了需求",
    "{s}约我们下周再来",
    "{s}让我们准备方案",
    "{s}在会上介绍了现状",
    "{s}是信息中心的负责人",
    "{t}也来过两次",
    "{t}上周报了价",
    "现有系统是{t}做的",
    "预算大约三百万",
    "下周三做演示",
    "{s}向总经理汇报",
    "{s}管预算",
    "{s}要求月底前给报价",
    "{t}在做POC",
    "合同到明年6月",
    "{s}把我们介绍给了采购部",
    "{s}去年从{t}跳槽过来",
    "{s}问了{t}的案例",
    "{s}对接口工作量很关心",
]
EN_NONE = [
    "{s} runs the tender",
    "{s} asked for a quote by Friday",
    "{t} is also bidding",
    "{s} reports to the GM",
    "budget is about RMB 2M",
    "{s} will sign off",
    "{s} joined from {t} last year",
    "demo next Tuesday",
    "{s} raised the requirement",
    "{t} did the integration last year",
    "{s} owns UAT",
]


def _expand(word: str) -> list[str]:
    """Concrete strings for a regex fragment of the word lists (a few alternatives, optional parts)."""
    w = word.replace(r"\b", "")
    outs = [w]
    for _ in range(4):
        nxt: list[str] = []
        for s in outs:
            m = re.search(r"\((?:\?:)?([^()]*)\)(\?)?", s)
            if not m:
                nxt.append(s)
                continue
            alts = m.group(1).split("|")[:3]
            if m.group(2):
                alts = ["", *alts]
            nxt.extend(s[: m.start()] + a + s[m.end() :] for a in alts)
        outs = nxt
    return [
        re.sub(r"[?\\]|\w\?", lambda x: x.group(0)[0] if x.group(0)[0].isalnum() else "", s) for s in outs
    ]


def _synthetic(rng: random.Random, n_per: int = 6) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    flip = {"SUPPORTIVE": "OPPOSED", "OPPOSED": "NEUTRAL", "NEUTRAL": "NEUTRAL"}
    for pol, table in (("SUPPORTIVE", POS_WORDS), ("OPPOSED", NEG_WORDS), ("NEUTRAL", NEU_WORDS)):
        for grp, words in table.items():
            en = grp == "en"
            for word in words:
                for w in _expand(word):
                    for _ in range(n_per):
                        if en:
                            s, t = rng.choice(EN_SUBJ), rng.choice(EN_TGT)
                            neg = rng.random() < 0.3
                            pre = rng.choice(EN_NEG) if neg else rng.choice(EN_INT)
                            verb = "" if re.match(r"\w+s\b", w) else "is "
                            out.append((f"{s} {verb}{pre}{w} {t}", flip[pol] if neg else pol))
                        else:
                            s, t = rng.choice(ZH_SUBJ), rng.choice(ZH_TGT)
                            neg = rng.random() < 0.3 and not w.startswith(("不", "没", "未"))
                            mid = rng.choice(ZH_NEG) if neg else rng.choice(ZH_INT)
                            lab = flip[pol] if neg else pol
                            if rng.random() < 0.5:
                                txt = f"{s}{rng.choice(ZH_PRE)}对{t}{mid}{w}{rng.choice(ZH_TAIL)}"
                            else:
                                txt = f"{s}{rng.choice(ZH_PRE)}{mid}{w}{t}{rng.choice(ZH_TAIL)}"
                            out.append((txt, lab))
    for cw, cpol in COMMIT_WORDS.items():
        for x in _expand(cw):
            for _ in range(n_per * 2):
                if x.isascii():
                    s = rng.choice(EN_SUBJ)
                    out.append((f"{s} hasn't {x} yet", "NEUTRAL"))
                    if cpol:
                        out.append((f"{s} {x} {rng.choice(EN_TGT)}", cpol))
                else:
                    s, t = rng.choice(ZH_SUBJ), rng.choice(ZH_TGT)
                    out.append(
                        (
                            f"{s}对{t}{rng.choice(['还没有', '没有', '没', '不', '还未', '并没有'])}{x}",
                            "NEUTRAL",
                        )
                    )
                    if cpol:
                        out.append((f"{s}{rng.choice(ZH_INT)}{x}{t}", cpol))
    for _ in range(len(out) // 3):
        if rng.random() < 0.6:
            out.append((rng.choice(ZH_NONE).format(s=rng.choice(ZH_SUBJ), t=rng.choice(ZH_TGT[4:])), "NONE"))
        else:
            out.append((rng.choice(EN_NONE).format(s=rng.choice(EN_SUBJ), t=rng.choice(EN_TGT[2:])), "NONE"))
    return out


def _annotated() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for path in SETS:
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec.get("kind") != "visit_note":
                continue
            text = rec["text"]
            cuts = [0, *(m.end() for m in _SPLIT.finditer(text)), len(text)]
            clauses = [(a, b) for a, b in itertools.pairwise(cuts) if b - a > 1]
            labelled: set[tuple[int, int]] = set()
            for st in rec.get("stances", []):
                ev = st.get("evidence") or ""
                i = text.find(ev) if ev else -1
                if i < 0:
                    continue
                for a, b in clauses:
                    if a < i + len(ev) and i < b:
                        out.append((text[a:b].strip("，,；;。 \n-"), st["stance"]))
                        labelled.add((a, b))
            for a, b in clauses:
                if (a, b) not in labelled:
                    out.append((text[a:b].strip("，,；;。 \n-"), "NONE"))
    return [(t, y) for t, y in out if t]


def train(data: list[tuple[str, str]], alpha: float = 0.5, min_count: int = 2) -> dict[str, np.ndarray]:
    counts = [Counter[str]() for _ in LABELS]
    docs = Counter[str]()
    for text, y in data:
        k = LABELS.index(y)
        counts[k].update(char_ngrams(text))
        docs[y] += 1
    total = Counter[str]()
    for c in counts:
        total.update(c)
    vocab = sorted(g for g, n in total.items() if n >= min_count)
    mat = np.array([[c.get(g, 0) for c in counts] for g in vocab], dtype=np.float64) + alpha
    logp = np.log(mat / mat.sum(axis=0, keepdims=True))
    prior = np.log(np.array([docs[y] + 1 for y in LABELS], dtype=np.float64) / (sum(docs.values()) + 4))
    return {"vocab": np.array(vocab, dtype="<U3"), "logp": logp.astype(np.float32), "prior": prior}


def main(argv: list[str] | None = None) -> int:
    rng = random.Random(13)  # noqa: S311 - reproducible synthetic data, not crypto
    ann = _annotated()
    syn = _synthetic(rng)
    data = ann * 3 + syn
    model = train(data)
    out = Path(argv[0]) if argv else MODEL_PATH
    np.savez_compressed(out, vocab=model["vocab"], logp=model["logp"], prior=model["prior"])
    by = Counter(y for _, y in data)
    print(
        f"annotated {len(ann)} clauses, synthetic {len(syn)}; classes {dict(by)}; vocab {len(model['vocab'])}"
    )
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
