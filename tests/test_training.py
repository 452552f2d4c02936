"""Training code: data conversion, synthetic data, and end-to-end training on a tiny slice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

from ingest.training import synth
from ingest.training.cluener import gold_spans, record_to_doc, split_train_dev
from ingest.training.ner import PRF, blank_nlp, score_spans
from ingest.training.paths import CLUENER_TRAIN, FINRE_DIR

needs_data = pytest.mark.skipif(
    not CLUENER_TRAIN.exists() or not (FINRE_DIR / "train.txt").exists(),
    reason="shared training data not available",
)


def test_cluener_offsets_are_end_inclusive() -> None:
    rec = {
        "text": "浙商银行企业信贷部叶老桂博士则从另一个角度",
        "label": {
            "name": {"叶老桂": [[9, 11]]},
            "company": {"浙商银行": [[0, 3]]},
            "address": {"x": [[0, 0]]},
        },
    }
    spans = gold_spans(rec)
    assert [(rec["text"][s:e], lab) for s, e, lab in spans] == [("浙商银行", "ORG"), ("叶老桂", "PERSON")]
    doc, dropped = record_to_doc(blank_nlp(), rec["text"], spans)
    assert dropped == 0
    assert [(e.text, e.label_) for e in doc.ents] == [("浙商银行", "ORG"), ("叶老桂", "PERSON")]


def test_dev_split_is_the_tail() -> None:
    records = [{"i": i} for i in range(2000)]
    train, dev = split_train_dev(records, 1000)
    assert len(dev) == 1000 and dev[0]["i"] == 1000 and train[-1]["i"] == 999


def test_synthetic_spans_are_exact() -> None:
    labels = set()
    for text, spans in synth.generate(300, seed=3):
        for s, e, lab in spans:
            assert 0 <= s < e <= len(text)
            assert text[s:e].strip() == text[s:e]
            labels.add(lab)
    assert labels == {"PERSON", "ORG", "TITLE", "PRODUCT"}


def test_tokenizer_keeps_ascii_runs() -> None:
    nlp = blank_nlp()
    words = [t.text for t in nlp("Mr. Tang说ZT Insight 6不错，预算380万（V3）")]
    assert words == [
        "Mr",
        ".",
        "Tang",
        "说",
        "ZT",
        "Insight",
        "6",
        "不",
        "错",
        "，",
        "预",
        "算",
        "380",
        "万",
        "（",
        "V3",
        "）",
    ]


def test_score_spans_micro() -> None:
    gold = [{(0, 2, "PERSON"), (3, 5, "ORG")}]
    pred = [{(0, 2, "PERSON"), (3, 6, "ORG"), (7, 8, "PRODUCT")}]
    res = score_spans(gold, pred)
    assert res["PERSON"].f == 1.0
    assert res["ORG"].tp == 0 and res["ORG"].fp == 1 and res["ORG"].fn == 1
    assert isinstance(res["MICRO"], PRF) and res["MICRO"].tp == 1


@needs_data
def test_ner_training_end_to_end_tiny(tmp_path: Path) -> None:
    from ingest.training.cli import app

    out = tmp_path / "ner"
    result = CliRunner().invoke(
        app,
        [
            "ner",
            "--output",
            str(out),
            "--work-dir",
            str(tmp_path / "work"),
            "--limit",
            "40",
            "--n-synth",
            "20",
            "--max-steps",
            "6",
            "--eval-frequency",
            "3",
            "--no-evaluate",
        ],
    )
    assert result.exit_code == 0, result.output
    nlp = spacy.load(out)
    assert set(nlp.get_pipe("ner").labels) == {"PERSON", "ORG", "TITLE", "PRODUCT"}
    meta = json.loads((out / "meta.json").read_text(encoding="utf8"))
    assert meta["guanxi_training"]["limit"] == 40
    nlp("拜访通衢农商行，见了科技部总经理邵嘉禾。")


@needs_data
def test_relations_training_end_to_end_tiny(tmp_path: Path) -> None:
    from ingest.relations import PUBLIC_LABELS, load_relation_classifier
    from ingest.training.cli import app

    out = tmp_path / "orgrel"
    result = CliRunner().invoke(app, ["relations", "--output", str(out), "--limit", "400", "--epochs", "2"])
    assert result.exit_code == 0, result.output
    assert "MACRO" in result.output
    clf = load_relation_classifier(out)
    label, conf = clf.predict("甲公司与乙公司签署战略合作协议", "甲公司", "乙公司")
    assert label in PUBLIC_LABELS and 0.0 <= conf <= 1.0
