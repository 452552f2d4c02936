"""Hard cases pinned with small texts (rules-only pipeline, so NER retraining does not move them)."""

from __future__ import annotations

from typing import Any

import pytest

from ingest.extract import Extractor
from ingest.gazetteer import Gazetteer, GazOrg, GazPerson
from ingest.pipeline import load_pipeline


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(nlp=load_pipeline(use_ner=False))


def run(
    ex: Extractor,
    text: str,
    customer: str | None = "苏州华信银行",
    kind: str = "visit_note",
    date: str = "2025-05-01",
) -> dict[str, Any]:
    return ex.extract(
        {"id": "t", "kind": kind, "date": date, "author": "rep", "customer": customer, "text": text}
    ).to_contract()


def roles(out: dict[str, Any]) -> set[tuple[str, str]]:
    return {(r["person"], r["role"]) for r in out["roles"]}


def rels(out: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(r["type"], r["source"], r["target"]) for r in out["relations"]}


def test_negated_decider_yields_no_role(ex: Extractor) -> None:
    out = run(ex, "见了信息科技部总经理邵嘉禾。需求是邵总提的，但邵总并不拍板，最后要上行长办公会。")
    assert ("邵嘉禾", "INITIATOR") in roles(out)
    assert ("邵嘉禾", "DECIDER") not in roles(out)
    assert ("行长办公会", "DECIDER") in roles(out)
    out2 = run(ex, "冉总说了不算，要报公司信息化委员会。", customer="温州瓯安财产保险")
    assert ("冉总", "DECIDER") not in roles(out2)
    assert ("信息化委员会", "DECIDER") in roles(out2)


def test_title_forms_resolve_to_full_names(ex: Extractor) -> None:
    out = run(ex, "见了科技部总经理邵嘉禾、副总经理戴若岚（戴总是邵总副手）。选型戴总牵头。")
    persons = {p["name"]: set(p["mentions"]) for p in out["persons"]}
    assert persons["邵嘉禾"] == {"邵嘉禾", "邵总"}
    assert persons["戴若岚"] == {"戴若岚", "戴总"}
    assert ("REPORTS_TO", "戴若岚", "邵嘉禾") in rels(out)
    assert ("戴若岚", "SEARCHER") in roles(out)


def test_same_surname_in_two_orgs_not_merged(ex: Extractor) -> None:
    out = run(
        ex,
        "商务走鉴湖数码（我们在绍兴的代理），鉴湖的邱经理已经跟采购部邱主任打过招呼。",
        customer="绍兴越禾纺织集团",
    )
    persons = {p["name"]: p for p in out["persons"]}
    assert set(persons) == {"邱经理", "邱主任"}
    assert persons["邱经理"]["org"] == "绍兴鉴湖数码"
    assert persons["邱主任"]["org"] == "绍兴越禾纺织集团"
    assert ("CHANNEL_FOR", "绍兴鉴湖数码", "中太数据") in rels(out)


def test_same_surname_same_org_kept_apart(ex: Extractor) -> None:
    out = run(
        ex,
        "这次见到信息部宋经理（宋知遥）。销售公司总经理宋总（宋嘉石）去年就提过。宋经理负责找方案。",
        customer="扬州琼花乳业",
    )
    persons = {p["name"]: set(p["mentions"]) for p in out["persons"]}
    assert persons["宋知遥"] == {"宋知遥", "宋经理"}
    assert persons["宋嘉石"] == {"宋嘉石", "宋总"}
    assert ("宋知遥", "SEARCHER") in roles(out)


def test_unit_roles(ex: Extractor) -> None:
    out = run(ex, "项目已立项，集团采购中心统一挂网招标。技术方案交给评审专家组打分。决策：走院长办公会。")
    r = roles(out)
    assert ("集团采购中心", "SEARCHER") in r
    assert ("评审专家组", "EVALUATOR") in r
    assert ("院长办公会", "DECIDER") in r


def test_stance_change_latest_wins(ex: Extractor) -> None:
    text = (
        "见了金融科技部总经理滕予安。滕总原先对合肥智川的方案挺满意，上周智川现场演示时跑崩两次，"
        "现在明确说不考虑智川了。"
    )
    out = run(ex, text, customer="苏州锦帆证券")
    st = {(s["person"], s["toward"]): s["stance"] for s in out["stances"]}
    assert st == {("滕予安", "合肥智川"): "OPPOSED"}
    out2 = run(
        ex,
        "见了信息科科长俞景川。俞科之前一直替东软说话；今天看完演示，他说“你们的数据质量模块比东软强”。",
        customer="嘉兴澄湖医院",
    )
    st2 = {(s["person"], s["toward"]): s["stance"] for s in out2["stances"]}
    assert st2 == {("俞景川", "US"): "SUPPORTIVE"}


def test_job_change_works_at_new_employer(ex: Extractor) -> None:
    text = "【人事】合肥智川信息技术有限公司宣布，原东软集团华东区医疗事业部副总经理邝宁远正式加盟，出任智川高级副总裁。"
    res = ex.extract(
        {"id": "j", "kind": "clipping", "date": "2025-11-20", "author": None, "customer": None, "text": text}
    )
    out = res.to_contract()
    assert ("WORKS_AT", "邝宁远", "合肥智川信息技术") in rels(out)
    assert ("WORKS_AT", "邝宁远", "东软集团") not in rels(out)
    p = next(p for p in res.persons if p.name == "邝宁远")
    assert p.title == "高级副总裁"
    assert any(f["org"] == "东软集团" for f in p.former_orgs)


def test_english_note(ex: Extractor) -> None:
    text = (
        "Met Gu Chengyan (IT Director) + his MES lead 廖工.\n- Pain point raised by Gu himself.\n"
        "- 常州博衍科技 also pitching; 廖工 seems to like them.\n- final sign-off: Chairman 曹总 (per Gu)."
    )
    out = run(ex, text, customer="无锡鼎岳精工集团")
    persons = {p["name"]: p for p in out["persons"]}
    assert set(persons["Gu Chengyan"]["mentions"]) == {"Gu Chengyan", "Gu"}
    assert persons["Gu Chengyan"]["title"] == "IT Director"
    assert ("Gu Chengyan", "INITIATOR") in roles(out)
    assert ("曹总", "DECIDER") in roles(out)
    assert ("REPORTS_TO", "廖工", "Gu Chengyan") in rels(out)
    assert ("ENGAGED_WITH", "常州博衍科技", "无锡鼎岳精工集团") in rels(out)
    st = {(s["person"], s["toward"]): s["stance"] for s in out["stances"]}
    assert st[("廖工", "常州博衍科技")] == "SUPPORTIVE"


def test_mixed_note_pinyin_and_hanzi(ex: Extractor) -> None:
    text = (
        "1. Deputy GM Ji Wanqing (季婉清) is our internal sponsor, keeps telling the GM we're the safer choice.\n"
        "2. GM Hua Zhenyu signs off anything above RMB 1M."
    )
    out = run(ex, text, customer="无锡澄江水务")
    persons = {p["name"]: set(p["mentions"]) for p in out["persons"]}
    assert persons["季婉清"] == {"Ji Wanqing", "季婉清"}
    assert ("季婉清", "SPONSOR") in roles(out)
    assert ("Hua Zhenyu", "DECIDER") in roles(out)
    assert ("INFLUENCES", "季婉清", "Hua Zhenyu") in rels(out)


def test_gazetteer_contact_and_alias(ex: Extractor) -> None:
    gaz = Gazetteer(
        organisations=[GazOrg("国家电网有限公司", ["国网"], ["customer"])],
        persons=[GazPerson("王建国", org="国家电网", title="处长")],
    )
    ex2 = Extractor(nlp=load_pipeline(use_ner=False), gazetteer=gaz)
    out = ex2.extract(
        {
            "id": "g",
            "kind": "visit_note",
            "date": "2025-01-01",
            "author": "a",
            "customer": "国家电网",
            "text": "去国网拜访，王处长说预算还没批。",
        }
    ).to_contract()
    orgs = {o["name"]: o for o in out["orgs"]}
    assert "国家电网" in orgs and orgs["国家电网"]["kind"] == "customer"
    assert any(p["name"] == "王建国" and "王处长" in p["mentions"] for p in out["persons"])


def test_traditional_and_fullwidth_input(ex: Extractor) -> None:
    text = "見了科技部總經理邵嘉禾。需求是邵總提的，預算約３００萬。"
    out = run(ex, text)
    ents = {(e["text"], e["type"]) for e in out["entities"]}
    assert ("邵嘉禾", "PERSON") in ents and ("邵總", "PERSON") in ents
    for e in out["entities"]:
        assert text[e["start"] : e["end"]] == e["text"]


def test_incumbent_and_acquisition_clipping(ex: Extractor) -> None:
    text = "【并购】苏州枢点软件7月14日公告，拟以现金2.6亿元收购扬州砚石数据科技有限公司100%股权。"
    out = run(ex, text, customer=None, kind="clipping")
    assert ("ACQUIRES", "苏州枢点软件", "扬州砚石数据科技") in rels(out)
    out2 = run(ex, "现状：数仓是芜湖云衡软件19年建的，维保签到明年3月。", customer="苏州通衢农商银行")
    assert ("INCUMBENT_AT", "芜湖云衡软件", "苏州通衢农商银行") in rels(out2)


def test_job_change_in_visit_note_and_hedged_decider(ex: Extractor) -> None:
    res = ex.extract(
        {
            "id": "h",
            "kind": "visit_note",
            "date": "2025-05-01",
            "author": "a",
            "customer": "国家电网",
            "text": "去国网拜访。王处长原在华为做售前，现任国网信息中心副主任，据说他可能是最终拍板的人。张总并非决策人。",
        }
    )
    out = res.to_contract()
    p = next(p for p in res.persons if p.name == "王处长")
    assert p.org == "国家电网" and p.title == "信息中心副主任"
    assert any(f["org"] == "华为" for f in p.former_orgs)
    assert ("WORKS_AT", "王处长", "国家电网") in rels(out)
    role = next(r for r in res.roles if r.person == "王处长")
    assert role.role == "DECIDER" and role.hedged and role.confidence < 0.8
    assert ("张总", "DECIDER") not in roles(out)
    assert {o["name"]: o["kind"] for o in out["orgs"]}["国家电网"] == "customer"


def test_english_title_form_resolves_to_full_name(ex: Extractor) -> None:
    out = run(ex, "Met Liu Wei (IT). Director Liu has the final say; the board approves the budget.")
    persons = {p["name"]: set(p["mentions"]) for p in out["persons"]}
    assert persons["Liu Wei"] == {"Liu Wei", "Director Liu"}
    assert ("Liu Wei", "DECIDER") in roles(out)
    assert ("the board", "DECIDER") in roles(out)


def test_contract_end_and_incumbent(ex: Extractor) -> None:
    res = ex.extract(
        {
            "id": "c",
            "kind": "visit_note",
            "date": "2025-05-01",
            "author": "a",
            "customer": "苏州华信银行",
            "text": "目前用的是浪潮的计费系统，合同到明年6月。东软也在接触。",
        }
    )
    inc = next(r for r in res.relations if r.type == "INCUMBENT_AT")
    assert inc.source == "浪潮集团" and inc.attrs.get("contract_end") == "明年6月"
    assert any(r.type == "ENGAGED_WITH" and r.source == "东软集团" for r in res.relations)


def test_customer_abbreviation_dropping_inner_characters_resolves_to_the_customer(ex: Extractor) -> None:
    out = run(ex, "萧山机场 旅客数据平台 四访\n运行指挥中心是最终用户。", customer="萧山国际机场")
    orgs = {o["name"]: set(o["mentions"]) for o in out["orgs"]}
    assert orgs.get("萧山国际机场") == {"萧山机场"}
    assert ("运行指挥中心", "USER") in roles(out)
    # an unrelated phrase that merely shares characters is not the customer
    out2 = run(ex, "去了萧山看机场。", customer="萧山国际机场")
    assert "萧山国际机场" not in {o["name"] for o in out2["orgs"]}


def test_honorific_with_full_pinyin_name_and_later_short_form_are_one_person(ex: Extractor) -> None:
    out = run(
        ex,
        "东吴经纪 — meeting with Ms. Lu Jiayi (Head of Data).\n- Ms. Lu initiated the project; she will sign off.",
        customer="东吴证券经纪",
    )
    persons = {p["name"]: set(p["mentions"]) for p in out["persons"]}
    assert persons["Lu Jiayi"] == {"Lu Jiayi", "Ms. Lu"}
    assert {("Lu Jiayi", "INITIATOR"), ("Lu Jiayi", "DECIDER")} <= roles(out)


def test_subordinate_introduced_as_his_report_and_daily_users(ex: Extractor) -> None:
    out = run(
        ex,
        "接待的是调度中心主任卢振华，他下面的管网所所长薛工一起参加。\n薛工是实际用系统的人。",
        customer="台州椒江水务集团",
    )
    assert ("REPORTS_TO", "薛工", "卢振华") in rels(out)
    assert ("薛工", "USER") in roles(out)


def test_system_in_place_names_its_maker_and_english_incumbent_phrasing(ex: Extractor) -> None:
    out = run(ex, "北仑汽配 三访\n生产副总金总认为现有的用友U9够用，不想折腾。", customer="宁波北仑汽配")
    assert {
        ("USES_PRODUCT", "宁波北仑汽配", "用友U9"),
        ("MAKES", "用友网络", "用友U9"),
        ("INCUMBENT_AT", "用友网络", "宁波北仑汽配"),
    } <= rels(out)
    out2 = run(ex, "太保宁波 call.\n- Their current BI is from 帆软.", customer="太平洋财险宁波分公司")
    assert ("INCUMBENT_AT", "帆软", "太平洋财险宁波分公司") in rels(out2)
    out3 = run(ex, "德清制药 回访\n韦工对上海药云科技评价很高，药云去年给他们做了LIMS。", customer="湖州德清制药")
    assert ("INCUMBENT_AT", "上海药云科技", "湖州德清制药") in rels(out3)


def test_english_given_name_with_pinyin_surname_is_one_person(ex: Extractor) -> None:
    out = run(
        ex,
        "拾贝电商 — call with CTO Derek Xu.\n- Derek is unimpressed with us: thinks our pricing is too high.",
        customer="杭州拾贝电商",
    )
    persons = {p["name"]: set(p["mentions"]) for p in out["persons"]}
    assert persons["Derek Xu"] == {"Derek Xu", "Derek"}
    assert {(s["person"], s["toward"], s["stance"]) for s in out["stances"]} == {("Derek Xu", "US", "OPPOSED")}


def test_unit_glued_to_a_title_is_part_of_the_title_not_an_employer(ex: Extractor) -> None:
    out = run(ex, "华数传媒 三访\n大数据中心主任俞晓峰这次表态很积极。", customer="华数传媒网络")
    assert ("大数据中心主任", "TITLE") in {(e["text"], e["type"]) for e in out["entities"]}
    assert ("WORKS_AT", "俞晓峰", "华数传媒网络") in rels(out)
    assert "大数据中心" not in {o["name"] for o in out["orgs"]}


def test_region_plus_short_name_before_a_verb_is_an_organisation(ex: Extractor) -> None:
    out = run(ex, "合肥矿智10月22日晚间公告，拟收购淮南煤联软件51%股权。", customer=None, kind="clipping")
    assert "合肥矿智" in {e["text"] for e in out["entities"] if e["type"] == "ORG"}


def test_unknown_vendor_named_by_the_system_in_use(ex: Extractor) -> None:
    out = run(
        ex,
        "海曙法院 二访\n柯科长对目前在用的通达海系统颇有怨言，说检索太慢；但通达海的合同还有两年。",
        customer="宁波海曙区人民法院",
    )
    assert ("INCUMBENT_AT", "通达海", "宁波海曙区人民法院") in rels(out)
    assert {(s["person"], s["toward"], s["stance"]) for s in out["stances"]} == {("柯科长", "通达海", "OPPOSED")}


def test_reporting_lines_from_deputy_superior_and_english_possessives(ex: Extractor) -> None:
    out = run(ex, "见了安环部部长鲍立群。鲍部长比较认可我们，但他的副手滕工一直替合肥矿智说话。", customer="铜陵有色矿业集团")
    assert ("REPORTS_TO", "滕工", "鲍立群") in rels(out)
    out2 = run(ex, "见了大数据中心主任俞晓峰。俞主任的上级、分管副总裁季总还没见过。", customer="华数传媒网络")
    assert ("REPORTS_TO", "俞晓峰", "季总") in rels(out2)
    out3 = run(ex, "对接人：数据管理部总经理侯思源，副经理纪蓝（纪经理是侯总的副手）。", customer="苏州华信银行")
    assert ("REPORTS_TO", "纪蓝", "侯思源") in rels(out3)


def test_decider_and_searcher_from_budget_and_tender_documents(ex: Extractor) -> None:
    out = run(ex, "见了CTO何俊。何总明确说预算他批，但要看POC效果。数据部的葛经理负责写招标文件。", customer="杭州云集电商")
    assert {("何俊", "DECIDER"), ("葛经理", "SEARCHER")} <= roles(out)
    out2 = run(ex, "Call with Ms. Fang Jing (ops director).\n- Ms. Fang owns the budget.", customer="衢州城市大脑运营公司")
    assert ("Fang Jing", "DECIDER") in roles(out2)


def test_customer_named_by_a_synonym_and_unknown_vendor_with_a_three_character_name(ex: Extractor) -> None:
    out = run(
        ex,
        "宁波地铁 — asset data.\n上海货讯通的系统用了六年，货讯通这次想续约。",
        customer="宁波轨道交通集团",
    )
    orgs = {o["name"]: set(o["mentions"]) for o in out["orgs"]}
    assert orgs.get("宁波轨道交通集团") == {"宁波地铁"}
    assert ("INCUMBENT_AT", "上海货讯通", "宁波轨道交通集团") in rels(out)
