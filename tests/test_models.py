"""The shipped models load offline and find the entities / relations of a few fixed sentences."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from ingest.models import NER_LABELS, NER_MODEL_DIR, ORGREL_MODEL_DIR, load_ner
from ingest.relations import PUBLIC_LABELS, load_relation_classifier


@pytest.fixture(scope="module")
def no_network() -> Iterator[None]:
    """Any attempt to open a socket while loading fails the test."""
    real = socket.socket.connect

    def guard(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access while loading a shipped model")

    socket.socket.connect = guard  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        socket.socket.connect = real  # type: ignore[method-assign]


@pytest.fixture(scope="module")
def nlp(no_network: None):
    return load_ner()


def _ents(nlp, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in nlp(text).ents}


def test_shipped_ner_is_small_and_has_the_agreed_labels(nlp) -> None:
    size = sum(p.stat().st_size for p in NER_MODEL_DIR.rglob("*") if p.is_file())
    assert size < 30 * 1024 * 1024
    assert nlp.pipe_names[-1] == "ner"
    assert set(nlp.get_pipe("ner").labels) == set(NER_LABELS)


def test_ner_tokens_are_characters_with_ascii_runs(nlp) -> None:
    doc = nlp("Mr. Tang说ZT Insight 6不错")
    assert [t.text for t in doc] == ["Mr", ".", "Tang", "说", "ZT", "Insight", "6", "不", "错"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("拜访苏州通衢农商银行，见了科技部总经理邵嘉禾。", {("邵嘉禾", "PERSON"), ("科技部总经理", "TITLE")}),
        (
            "浙商银行企业信贷部叶老桂博士则从另一个角度对五道门槛进行了解读。",
            {("浙商银行", "ORG"), ("叶老桂", "PERSON")},
        ),
        ("张总说预算大概300万，李工负责技术评估。", {("张总", "PERSON"), ("李工", "PERSON")}),
        ("阿里巴巴集团董事局主席马云表示，将继续加大投入。", {("马云", "PERSON")}),
    ],
)
def test_ner_finds_fixed_entities(nlp, text: str, expected: set[tuple[str, str]]) -> None:
    found = _ents(nlp, text)
    missing = expected - found
    assert not missing, f"missing {missing}; found {found}"


def test_ner_finds_some_org_in_a_clipping(nlp) -> None:
    found = _ents(nlp, "中太数据与无锡澜芯存储在无锡联合发布金融数据解决方案，澜芯存储总裁骆闻笛介绍了方案。")
    labels = {lab for _, lab in found}
    assert "ORG" in labels and ("骆闻笛", "PERSON") in found


def test_relation_classifier_loads_offline(no_network: None) -> None:
    assert (ORGREL_MODEL_DIR / "model.json").exists()
    clf = load_relation_classifier()
    label, conf = clf.predict("万科与华润签署战略合作协议，双方将在多个城市合作开发项目。", "万科", "华润")
    assert label in PUBLIC_LABELS and 0.0 <= conf <= 1.0
    assert label == "PARTNERS_WITH"


def test_relation_classifier_direction(no_network: None) -> None:
    clf = load_relation_classifier()
    text = "联想集团宣布以23亿美元收购IBM的x86服务器业务。"
    label, src, dst, _ = clf.predict_directed(text, "IBM", "联想集团")
    if label == "ACQUIRES":
        assert (src, dst) == ("联想集团", "IBM")
