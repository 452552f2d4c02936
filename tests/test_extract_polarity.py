"""Stance polarity beyond the cue lexicon: word lists with negation scope, change markers, the n-gram scorer."""

from __future__ import annotations

import time
from typing import Any

import pytest

from ingest.extract import Extractor
from ingest.extract.polarity import StanceScorer, polarity_hits, scorer
from ingest.pipeline import load_pipeline


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(nlp=load_pipeline(use_ner=False))


def run(ex: Extractor, text: str, customer: str = "苏州华信银行") -> dict[str, Any]:
    rec = {"id": "t", "kind": "visit_note", "date": "2026-05-01", "author": "rep", "customer": customer, "text": text}
    return ex.extract(rec).to_contract()


def stances(out: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {(s["person"], s["toward"]): s["stance"] for s in out["stances"]}


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("对我们很看重", "SUPPORTIVE"),
        ("不太买账", "OPPOSED"),
        ("对我们也没有好感", "OPPOSED"),
        ("还没有倾向", "NEUTRAL"),  # a negated commitment word stays NEUTRAL
        ("不表明立场", "NEUTRAL"),
        ("并不反对", "NEUTRAL"),  # a negated negative word is not support
        ("对东软一肚子火", "OPPOSED"),
        ("she hardly trusts them", "OPPOSED"),
        ("he is not convinced by their roadmap", "OPPOSED"),
        ("hasn't picked a side", "NEUTRAL"),
        ("is rooting for us", "SUPPORTIVE"),
        ("is lukewarm about us", "NEUTRAL"),
    ],
)
def test_polarity_with_negation_scope(clause: str, stance: str) -> None:
    hits = polarity_hits(clause)
    assert hits, clause
    assert hits[-1].stance == stance


def test_no_polarity_in_plain_facts() -> None:
    assert polarity_hits("潘主任说星环科技也在接触学校") == []
    assert polarity_hits("he is frustrated with the vendor's slow support")[-1].stance == "OPPOSED"


def test_scorer_ships_and_is_fast() -> None:
    nb = scorer()
    assert isinstance(nb, StanceScorer)
    assert nb.predict("预算大约三百万")[0] == "NONE"
    t = time.perf_counter()
    for _ in range(200):
        nb.predict("李处长对我们的方案赞不绝口，说下周再来")
    assert (time.perf_counter() - t) / 200 < 0.0005


def test_unlisted_phrasings_in_notes(ex: Extractor) -> None:
    out = run(ex, "见了信息部的韩总监和财务部的曲经理。韩总监很买我们的账。曲经理对我们还没拿定主意，要先看报价。")
    st = stances(out)
    assert st[("韩总监", "US")] == "SUPPORTIVE"
    assert st[("曲经理", "US")] == "NEUTRAL"


def test_switch_drops_past_stance_toward_other_target(ex: Extractor) -> None:
    out = run(ex, "见了风险管理部的尹总。尹总原来对我们很满意，现在转而支持长亮科技，说长亮的报价低一半。")
    st = stances(out)
    assert st.get(("尹总", "长亮科技")) == "SUPPORTIVE"
    assert ("尹总", "US") not in st


def test_cooling_down_overrides_earlier_support(ex: Extractor) -> None:
    out = run(ex, "见了生产副总蒋总。蒋总上次对我们挺热情，这次明显冷淡了，说要再比一比。")
    assert stances(out)[("蒋总", "US")] == "NEUTRAL"


def test_engagement_and_incumbency_cues(ex: Extractor) -> None:
    out = run(ex, "见了信息部的龚部长。亚信科技已经入围，上周报了价。现有系统是东软做的，维保到年底。")
    got = {(r["type"], r["source"]) for r in out["relations"] if r["target"] == "苏州华信银行"}
    assert ("ENGAGED_WITH", "亚信科技") in got
    assert ("INCUMBENT_AT", "东软集团") in got
    out = run(ex, "Met Ms. Ren from IT.\n- 华为 currently runs their storage and is competing for this one as well.")
    got = {(r["type"], r["source"]) for r in out["relations"]}
    assert {("INCUMBENT_AT", "华为"), ("ENGAGED_WITH", "华为")} <= got
