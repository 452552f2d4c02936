"""Source of tests/data/blind4_heldout_notes.jsonl: 10 more notes (hospital, textiles, port, food, fishery, city
investment, market operator, grid, chemical fibre, insurance), heavy on stances and competitor engagement, written AFTER
the stance-scorer and relation-cue work and measured once, as an uncontaminated check of blind4's after-figures
(the word lists were written knowing blind4's misses); then kept as a regression set.
Same conventions as dev_notes_src.py / blind_notes_src.py (and samples/README.md): negated roles yield
nothing, hedged roles and stances are kept, only the latest stance per (person, target) within a note.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.annotate import US, O, P, R, T, W, rel, write  # noqa: F401

NOTES = [
 dict(id="g01", kind="visit_note", date="2026-08-03", author="林峰", customer="丽水莲都人民医院",
      text="莲都医院 临床科研平台\n信息科的曹科长对我们的产品赞不绝口，说比卫宁的好用多了。\n卫宁健康最近也在找院里推他们的新版本。",
      ents=[("莲都医院", O), ("曹科长", P), ("卫宁", O), ("卫宁健康", O)],
      persons=[dict(name="曹科长", mentions=["曹科长"], org="丽水莲都人民医院", title="科长")],
      orgs=[dict(name="丽水莲都人民医院", mentions=["莲都医院"], kind="customer"), dict(name="卫宁健康", mentions=["卫宁", "卫宁健康"], kind="competitor")],
      roles=[],
      stances=[dict(person="曹科长", toward="US", stance="SUPPORTIVE", evidence="赞不绝口")],
      relations=[W("曹科长", "丽水莲都人民医院"), rel("ENGAGED_WITH", "卫宁健康", "丽水莲都人民医院")]),
 dict(id="g02", kind="visit_note", date="2026-08-04", author="Lisa Wang", customer="常熟虞山纺织",
      text="虞山纺织 — call with Ms. Zhou (CFO) and 蒋工 from IT.\n- Ms. Zhou is cool towards us; she thinks the ROI case is weak.\n"
           "- 蒋工 is a big fan of our lineage feature.\n- 金蝶 runs their ERP and is pushing its own BI add-on.",
      ents=[("虞山纺织", O), ("Ms. Zhou", P), ("CFO", T), ("蒋工", P), ("Ms. Zhou", P), ("蒋工", P), ("金蝶", O)],
      persons=[dict(name="Ms. Zhou", mentions=["Ms. Zhou"], org="常熟虞山纺织", title="CFO"),
               dict(name="蒋工", mentions=["蒋工"], org="常熟虞山纺织", title=None)],
      orgs=[dict(name="常熟虞山纺织", mentions=["虞山纺织"], kind="customer"), dict(name="金蝶", mentions=["金蝶"], kind="competitor")],
      roles=[],
      stances=[dict(person="Ms. Zhou", toward="US", stance="OPPOSED", evidence="cool towards us"),
               dict(person="蒋工", toward="US", stance="SUPPORTIVE", evidence="a big fan of our lineage feature")],
      relations=[W("Ms. Zhou", "常熟虞山纺织"), W("蒋工", "常熟虞山纺织"), rel("INCUMBENT_AT", "金蝶", "常熟虞山纺织"),
                 rel("ENGAGED_WITH", "金蝶", "常熟虞山纺织")]),
 dict(id="g03", kind="visit_note", date="2026-08-05", author="林峰", customer="芜湖长江港务",
      text="长江港务 码头数据治理\n调度室的侯主任对浪潮颇有微词，说他们的人换得太勤。侯主任对我们倒是挺放得开，主动要了案例。\n"
           "浪潮这次又来投标了。",
      ents=[("长江港务", O), ("侯主任", P), ("浪潮", O), ("侯主任", P), ("浪潮", O)],
      persons=[dict(name="侯主任", mentions=["侯主任"], org="芜湖长江港务", title="主任")],
      orgs=[dict(name="芜湖长江港务", mentions=["长江港务"], kind="customer"), dict(name="浪潮集团", mentions=["浪潮"], kind="competitor")],
      roles=[],
      stances=[dict(person="侯主任", toward="浪潮集团", stance="OPPOSED", evidence="颇有微词"),
               dict(person="侯主任", toward="US", stance="SUPPORTIVE", evidence="挺放得开")],
      relations=[W("侯主任", "芜湖长江港务"), rel("ENGAGED_WITH", "浪潮集团", "芜湖长江港务")]),
 dict(id="g04", kind="visit_note", date="2026-08-06", author="林峰", customer="嘉善银河食品",
      text="银河食品 供应链看板 二访\n1. 采购部的柴经理两边都不得罪，说最后看综合评分。\n2. 生产总监麦总对我们很不以为然，觉得我们太贵。\n"
           "3. 帆软上周来演示过，麦总对帆软很感兴趣。",
      ents=[("银河食品", O), ("柴经理", P), ("生产总监", T), ("麦总", P), ("帆软", O), ("麦总", P), ("帆软", O)],
      persons=[dict(name="柴经理", mentions=["柴经理"], org="嘉善银河食品", title="经理"),
               dict(name="麦总", mentions=["麦总"], org="嘉善银河食品", title="生产总监")],
      orgs=[dict(name="嘉善银河食品", mentions=["银河食品"], kind="customer"), dict(name="帆软", mentions=["帆软"], kind="competitor")],
      roles=[],
      stances=[dict(person="柴经理", toward="US", stance="NEUTRAL", evidence="两边都不得罪"),
               dict(person="柴经理", toward="帆软", stance="NEUTRAL", evidence="两边都不得罪"),
               dict(person="麦总", toward="US", stance="OPPOSED", evidence="很不以为然"),
               dict(person="麦总", toward="帆软", stance="SUPPORTIVE", evidence="对帆软很感兴趣")],
      relations=[W("柴经理", "嘉善银河食品"), W("麦总", "嘉善银河食品"), rel("ENGAGED_WITH", "帆软", "嘉善银河食品")]),
 dict(id="g05", kind="visit_note", date="2026-08-07", author="Lisa Wang", customer="温岭东海渔业",
      text="东海渔业 — met GM Paul Ye.\n- Paul has warmed to us since the site visit, and now calls us his preferred vendor.\n"
           "- 腾讯云 has approached him twice; he is not keen on them.",
      ents=[("东海渔业", O), ("GM", T), ("Paul Ye", P), ("Paul", P), ("腾讯云", O)],
      persons=[dict(name="Paul Ye", mentions=["Paul Ye", "Paul"], org="温岭东海渔业", title="GM")],
      orgs=[dict(name="温岭东海渔业", mentions=["东海渔业"], kind="customer"), dict(name="腾讯云", mentions=["腾讯云"], kind="competitor")],
      roles=[],
      stances=[dict(person="Paul Ye", toward="US", stance="SUPPORTIVE", evidence="now calls us his preferred vendor"),
               dict(person="Paul Ye", toward="腾讯云", stance="OPPOSED", evidence="he is not keen on them")],
      relations=[W("Paul Ye", "温岭东海渔业"), rel("ENGAGED_WITH", "腾讯云", "温岭东海渔业")]),
 dict(id="g06", kind="visit_note", date="2026-08-10", author="林峰", customer="湖州吴兴城投",
      text="吴兴城投 项目管理数据平台\n财务部的卜总一开始很抗拒，这两次沟通下来松动了，现在愿意让我们做POC。\n"
           "工程部的桂经理对现有的太极股份系统很依赖，不太想动。太极的合同还有一年。",
      ents=[("吴兴城投", O), ("卜总", P), ("桂经理", P), ("太极股份", O), ("太极", O)],
      persons=[dict(name="卜总", mentions=["卜总"], org="湖州吴兴城投", title="总"),
               dict(name="桂经理", mentions=["桂经理"], org="湖州吴兴城投", title="经理")],
      orgs=[dict(name="湖州吴兴城投", mentions=["吴兴城投"], kind="customer"), dict(name="太极股份", mentions=["太极股份", "太极"], kind="competitor")],
      roles=[],
      stances=[dict(person="卜总", toward="US", stance="SUPPORTIVE", evidence="现在愿意让我们做POC"),
               dict(person="桂经理", toward="太极股份", stance="SUPPORTIVE", evidence="很依赖")],
      relations=[W("卜总", "湖州吴兴城投"), W("桂经理", "湖州吴兴城投"), rel("INCUMBENT_AT", "太极股份", "湖州吴兴城投")]),
 dict(id="g07", kind="visit_note", date="2026-08-11", author="林峰", customer="义乌小商品城",
      text="小商品城 商户数据平台\n数据部的俞总说阿里云和我们他都愿意试试，暂时没有偏好。\n市场部的邝经理跟阿里云的人很熟，明显向着阿里云。阿里云已经进了短名单。",
      ents=[("小商品城", O), ("俞总", P), ("阿里云", O), ("邝经理", P), ("阿里云", O), ("阿里云", O), ("阿里云", O)],
      persons=[dict(name="俞总", mentions=["俞总"], org="义乌小商品城", title="总"),
               dict(name="邝经理", mentions=["邝经理"], org="义乌小商品城", title="经理")],
      orgs=[dict(name="义乌小商品城", mentions=["小商品城"], kind="customer"), dict(name="阿里云", mentions=["阿里云"], kind="competitor")],
      roles=[],
      stances=[dict(person="俞总", toward="US", stance="NEUTRAL", evidence="暂时没有偏好"),
               dict(person="俞总", toward="阿里云", stance="NEUTRAL", evidence="暂时没有偏好"),
               dict(person="邝经理", toward="阿里云", stance="SUPPORTIVE", evidence="明显向着阿里云")],
      relations=[W("俞总", "义乌小商品城"), W("邝经理", "义乌小商品城"), rel("ENGAGED_WITH", "阿里云", "义乌小商品城")]),
 dict(id="g08", kind="visit_note", date="2026-08-12", author="Lisa Wang", customer="扬州广陵电网",
      text="广陵电网 asset data — met Mr. Tan (deputy director) and 季工.\n- Mr. Tan remains doubtful about our scale; he wants references from other grid companies.\n"
           "- 季工 speaks well of us.\n- 南瑞 built the current dispatch platform and is quoting for the upgrade.",
      ents=[("广陵电网", O), ("Mr. Tan", P), ("deputy director", T), ("季工", P), ("Mr. Tan", P), ("季工", P), ("南瑞", O)],
      persons=[dict(name="Mr. Tan", mentions=["Mr. Tan"], org="扬州广陵电网", title="deputy director"),
               dict(name="季工", mentions=["季工"], org="扬州广陵电网", title=None)],
      orgs=[dict(name="扬州广陵电网", mentions=["广陵电网"], kind="customer"), dict(name="南瑞", mentions=["南瑞"], kind="competitor")],
      roles=[],
      stances=[dict(person="Mr. Tan", toward="US", stance="OPPOSED", evidence="remains doubtful about our scale"),
               dict(person="季工", toward="US", stance="SUPPORTIVE", evidence="speaks well of us")],
      relations=[W("Mr. Tan", "扬州广陵电网"), W("季工", "扬州广陵电网"), rel("INCUMBENT_AT", "南瑞", "扬州广陵电网"),
                 rel("ENGAGED_WITH", "南瑞", "扬州广陵电网")]),
 dict(id="g09", kind="visit_note", date="2026-08-13", author="林峰", customer="绍兴上虞化纤",
      text="上虞化纤 能耗数据项目\n设备部的甘部长以前对我们挺冷的，这次态度大转弯，说我们的方案最实在。\n"
           "信息部的欧阳经理还是拿不准，想再看看用友的方案。用友也在跟这个单子。",
      ents=[("上虞化纤", O), ("甘部长", P), ("欧阳经理", P), ("用友", O), ("用友", O)],
      persons=[dict(name="甘部长", mentions=["甘部长"], org="绍兴上虞化纤", title="部长"),
               dict(name="欧阳经理", mentions=["欧阳经理"], org="绍兴上虞化纤", title="经理")],
      orgs=[dict(name="绍兴上虞化纤", mentions=["上虞化纤"], kind="customer"), dict(name="用友网络", mentions=["用友"], kind="competitor")],
      roles=[],
      stances=[dict(person="甘部长", toward="US", stance="SUPPORTIVE", evidence="说我们的方案最实在"),
               dict(person="欧阳经理", toward="US", stance="NEUTRAL", evidence="还是拿不准")],
      relations=[W("甘部长", "绍兴上虞化纤"), W("欧阳经理", "绍兴上虞化纤"), rel("ENGAGED_WITH", "用友网络", "绍兴上虞化纤")]),
 dict(id="g10", kind="visit_note", date="2026-08-14", author="Lisa Wang", customer="镇江金山保险",
      text="金山保险 — lunch with Mr. Qin (IT head).\n- Mr. Qin is not against us, he just needs more proof.\n"
           "- He is fed up with SAP's licence audits; SAP's contract renews next March.",
      ents=[("金山保险", O), ("Mr. Qin", P), ("IT head", T), ("Mr. Qin", P), ("SAP", O), ("SAP", O)],
      persons=[dict(name="Mr. Qin", mentions=["Mr. Qin"], org="镇江金山保险", title="IT head")],
      orgs=[dict(name="镇江金山保险", mentions=["金山保险"], kind="customer"), dict(name="SAP", mentions=["SAP"], kind="competitor")],
      roles=[],
      stances=[dict(person="Mr. Qin", toward="US", stance="NEUTRAL", evidence="not against us"),
               dict(person="Mr. Qin", toward="SAP", stance="OPPOSED", evidence="fed up with SAP's licence audits")],
      relations=[W("Mr. Qin", "镇江金山保险"), rel("INCUMBENT_AT", "SAP", "镇江金山保险")]),
]


if __name__ == "__main__":
    write(NOTES, Path(__file__).with_name("blind4_heldout_notes.jsonl"))
