"""Throughput benchmark of the extraction (``kg bench ingest`` calls ``measure``)."""

from __future__ import annotations

import random
import time
from typing import Any

__all__ = ["measure", "synthetic_notes"]

_TEMPLATES = [
    "拜访{c}信息科技部，见了信息科技部总经理{p1}、副总经理{p2}（{s2}总是{s1}总副手）。需求是{s1}总提的：数据治理要重做，"
    "预算约{n}万，明年6月上线。现状：数仓是{v}建的，维保签到明年3月；{s1}总对{vs}意见很大。选型{s2}总牵头，下周出技术规范书。"
    "但{s1}总并不拍板，最后要上行长办公会。{v2}也在接触，{s2}总私下透露{v2}报价很低。下步：月底前搭POC环境，约{s2}总来我司看演示。",
    "Visit @ {c} w/ our presales engineer Amy. Met {e1} (IT Director) + his MES lead {s3}工. "
    "Pain point raised by {e1s} "
    "himself; wants a platform by Q4. {v} also pitching, {s3}工 seems to like them. ~RMB 2M, final sign-off: "
    "Chairman {s1}总 (per {e1s}). Next: quote by Fri. 数据平台 budget 约{n}万，{v2} is off the list.",
]
_SUR = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
_GIV = "嘉禾若岚思齐北辰宛如绍棠屹然书衡以澄清禾慕白予安启舟怀璞"
_ORG = ["苏州恒润农商银行", "嘉兴明湖医院", "无锡天衡精工集团", "宁波海曙物流集团", "温州瓯江电气集团"]
_VEN = ["芜湖星衡软件", "常州博远科技", "合肥智恒信息技术", "东软", "浪潮"]
_PIN = ["Gu Chengyan", "Fang Yutong", "Hou Qiyuan", "Tang Mingyu"]


def synthetic_notes(n: int, seed: int = 7) -> list[dict[str, Any]]:
    rnd = random.Random(seed)  # noqa: S311 - synthetic benchmark data
    out = []
    for i in range(n):
        s1, s2, s3 = rnd.sample(_SUR, 3)
        v, v2 = rnd.sample(_VEN, 2)
        e1 = rnd.choice(_PIN)
        text = rnd.choice(_TEMPLATES).format(
            c=rnd.choice(_ORG),
            p1=s1 + rnd.choice(_GIV[::2]) + rnd.choice(_GIV[1::2]),
            p2=s2 + rnd.choice(_GIV[::2]) + rnd.choice(_GIV[1::2]),
            s1=s1,
            s2=s2,
            s3=s3,
            v=v,
            vs=v[2:4],
            v2=v2,
            n=rnd.randint(100, 900),
            e1=e1,
            e1s=e1.split()[0],
        )
        out.append(
            {
                "id": f"b{i}",
                "kind": "visit_note",
                "date": "2025-06-01",
                "author": "bench",
                "customer": None,
                "text": text,
            }
        )
    return out


def measure(n_notes: int = 500, use_ner: bool = True, batch: bool = True) -> dict[str, Any]:
    """Notes/s and chars/s of ``Extractor.extract_batch`` over ``n_notes`` synthetic ~300-char notes."""
    from ingest.extract import Extractor
    from ingest.pipeline import load_pipeline, ner_model_path

    notes = synthetic_notes(n_notes)
    ex = Extractor(nlp=load_pipeline(use_ner=use_ner))
    ex.extract_batch(notes[:5])  # warm-up (lexicons, jieba dictionary)
    chars = sum(len(r["text"]) for r in notes)
    t0 = time.perf_counter()
    if batch:
        ex.extract_batch(notes)
    else:
        for r in notes:
            ex.extract(r)
    dt = time.perf_counter() - t0
    return {
        "notes": n_notes,
        "seconds": round(dt, 3),
        "notes_per_s": round(n_notes / dt, 1),
        "chars_per_s": round(chars / dt, 1),
        "avg_chars": round(chars / n_notes, 1),
        "ner": bool(use_ner and ner_model_path() is not None),
    }
