"""The extraction contract holds for every shared sample and every dev note (schema + offsets)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ingest.extract import Extractor

SAMPLES = Path("/work/shared/samples/domain_samples.jsonl")
DEV = Path(__file__).parent / "data" / "dev_notes.jsonl"
BLIND = Path(__file__).parent / "data" / "blind_notes.jsonl"
KEYS = {"id", "entities", "persons", "orgs", "roles", "stances", "relations"}
ENT_TYPES = {"PERSON", "ORG", "TITLE", "PRODUCT"}
KINDS = {"customer", "competitor", "supplier", "channel", "us", "other"}
ROLES = {"INITIATOR", "SEARCHER", "DECIDER", "USER", "EVALUATOR", "SPONSOR", "COACH"}
STANCES = {"SUPPORTIVE", "NEUTRAL", "OPPOSED"}
RELS = {
    "WORKS_AT",
    "REPORTS_TO",
    "INFLUENCES",
    "INCUMBENT_AT",
    "ENGAGED_WITH",
    "SUPPLIES",
    "CHANNEL_FOR",
    "USES_PRODUCT",
    "MAKES",
    "PARTNERS_WITH",
    "ACQUIRES",
}


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check_contract(rec: dict[str, Any], out: dict[str, Any]) -> None:
    assert set(out) == KEYS
    assert out["id"] == rec["id"]
    text = rec["text"]
    last_end = -1
    for e in out["entities"]:
        assert set(e) == {"text", "type", "start", "end"}
        assert e["type"] in ENT_TYPES
        assert 0 <= e["start"] < e["end"] <= len(text)
        assert text[e["start"] : e["end"]] == e["text"]
        assert e["start"] >= last_end, "entities must not overlap"
        last_end = e["end"]
    for p in out["persons"]:
        assert set(p) == {"name", "mentions", "org", "title"}
        assert isinstance(p["name"], str) and p["name"]
        assert all(isinstance(m, str) for m in p["mentions"])
    for o in out["orgs"]:
        assert set(o) == {"name", "mentions", "kind"}
        assert o["kind"] in KINDS
    for r in out["roles"]:
        assert set(r) == {"person", "role", "org"} and r["role"] in ROLES
    for s in out["stances"]:
        assert set(s) == {"person", "toward", "stance", "evidence"} and s["stance"] in STANCES
        assert s["toward"] == "US" or any(o["name"] == s["toward"] for o in out["orgs"])
    for r in out["relations"]:
        assert set(r) == {"type", "source", "target"} and r["type"] in RELS
    json.dumps(out, ensure_ascii=False)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("path", [SAMPLES, DEV, BLIND], ids=["shared-samples", "dev-notes", "blind-notes"])
def test_contract_batch(extractor: Extractor, path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} not available")
    recs = _load(path)
    outs = extractor.extract_batch(recs)
    assert len(outs) == len(recs)
    for rec, ex in zip(recs, outs, strict=True):
        check_contract(rec, ex.to_contract())


def test_contract_single_record(extractor: Extractor) -> None:
    recs = _load(SAMPLES)[:3] if SAMPLES.exists() else _load(DEV)[:3]
    for rec in recs:
        check_contract(rec, extractor.extract(rec).to_contract())


def test_rich_output_has_evidence_and_dates(extractor: Extractor) -> None:
    rec = {
        "id": "x",
        "kind": "visit_note",
        "date": "2025-03-12",
        "author": "a",
        "customer": "苏州华信银行",
        "text": "拜访华信银行，见了科技部总经理邵嘉禾。需求是邵总提的，预算约380万，明年6月上线，下周出规范书。",
    }
    ex = extractor.extract(rec)
    rich = ex.to_rich()
    assert rich["amounts"][0]["value"] == 3_800_000
    values = {d["text"]: d["value"] for d in rich["dates"]}
    assert values["明年6月"] == "2026-06-01"
    assert values["下周"] == "2025-03-17"
    role = next(r for r in ex.roles if r.role == "INITIATOR")
    assert role.evidence is not None and "提" in role.evidence.sentence


def test_dev_set_quality_floor(extractor: Extractor) -> None:
    """Regression floor on the dev set (well under current figures so a retrained NER does not break it)."""
    from ingest.evaluation import evaluate

    recs = _load(DEV)
    res = evaluate(recs, [e.to_contract() for e in extractor.extract_batch(recs)])
    assert res["entities"]["micro"]["f1"] >= 0.8
    assert res["roles"]["micro"]["f1"] >= 0.6
    assert res["relations"]["micro"]["f1"] >= 0.6
    assert res["stances"]["accuracy"] >= 0.6
    assert res["resolution"]["accuracy"] >= 0.8
