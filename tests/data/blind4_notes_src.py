"""Source of tests/data/blind4_notes.jsonl: a fifth hand-annotated set (college, airport, pharma, mining, e-commerce,
brewery, shipping, car dealers, tobacco, TV, securities, chemicals, rural bank, government, TCM hospital, logistics),
heavy on stances and competitor engagement, written BEFORE the stance-scorer work and measured first pass with the
code as it was then; then kept as a regression set.
Same conventions as dev_notes_src.py / blind_notes_src.py (and samples/README.md): negated roles yield
nothing, hedged roles and stances are kept, only the latest stance per (person, target) within a note.
"""

from __future__ import annotations

import json
from pathlib import Path

US = "中太数据"
P, O, T, R = "PERSON", "ORG", "TITLE", "PRODUCT"  # noqa: E741


def W(s, o):
    return {"type": "WORKS_AT", "source": s, "target": o}


def rel(t, s, o):
    return {"type": t, "source": s, "target": o}


NOTES = [
 dict(id="f01", kind="visit_note", date="2026-07-01", author="周航", customer="杭州钱塘职业技术学院",
      text="钱塘职院 智慧校园数据平台\n见了信息中心的潘主任。潘主任说星环科技也在接触学校，上个月来做过交流。\n潘主任很看重我们，对星环的报价有些顾虑。",
      ents=[("钱塘职院", O), ("潘主任", P), ("星环科技", O), ("潘主任", P), ("星环", O)],
      persons=[dict(name="潘主任", mentions=["潘主任"], org="杭州钱塘职业技术学院", title="主任")],
      orgs=[dict(name="杭州钱塘职业技术学院", mentions=["钱塘职院"], kind="customer"), dict(name="星环科技", mentions=["星环科技", "星环"], kind="competitor")],
      roles=[],
      stances=[dict(person="潘主任", toward="US", stance="SUPPORTIVE", evidence="很看重我们"),
               dict(person="潘主任", toward="星环科技", stance="OPPOSED", evidence="有些顾虑")],
      relations=[W("潘主任", "杭州钱塘职业技术学院"), rel("ENGAGED_WITH", "星环科技", "杭州钱塘职业技术学院")]),
 dict(id="f02", kind="visit_note", date="2026-07-02", author="Kevin Zhou", customer="宁波栎社机场",
      text="栎社机场 ops data hub — met Ms. Lin (IT Director) and duty manager 包经理.\n- Ms. Lin is enthusiastic about us after the demo, but the GM makes the call.\n"
           "- 华为 is also bidding; 包经理 doubts 华为's delivery team.\n- The current flight-info system was built by 民航信息, maintenance contract ends in December.",
      ents=[("栎社机场", O), ("Ms. Lin", P), ("IT Director", T), ("duty manager", T), ("包经理", P), ("Ms. Lin", P), ("GM", T), ("华为", O), ("包经理", P), ("华为", O), ("民航信息", O)],
      persons=[dict(name="Ms. Lin", mentions=["Ms. Lin"], org="宁波栎社机场", title="IT Director"),
               dict(name="包经理", mentions=["包经理"], org="宁波栎社机场", title="duty manager")],
      orgs=[dict(name="宁波栎社机场", mentions=["栎社机场"], kind="customer"), dict(name="华为", mentions=["华为"], kind="competitor"),
            dict(name="民航信息", mentions=["民航信息"], kind="competitor")],
      roles=[],
      stances=[dict(person="Ms. Lin", toward="US", stance="SUPPORTIVE", evidence="enthusiastic about us"),
               dict(person="包经理", toward="华为", stance="OPPOSED", evidence="doubts 华为's delivery team")],
      relations=[W("Ms. Lin", "宁波栎社机场"), W("包经理", "宁波栎社机场"), rel("ENGAGED_WITH", "华为", "宁波栎社机场"),
                 rel("INCUMBENT_AT", "民航信息", "宁波栎社机场")]),
 dict(id="f03", kind="visit_note", date="2026-07-03", author="吴磊", customer="台州康正药业",
      text="康正药业 质量数据平台 二访\n1. 需求是质量部的邬经理提的，质量部也是主要使用部门。\n2. 现有LIMS是金蝶做的，合同到明年5月。邬经理对金蝶一肚子火，说响应太慢。\n"
           "3. 生产副总蒋总上次对我们挺热情，这次明显冷淡了，说要再比一比。\n4. 帆软在跟这个项目，已经报了价。",
      ents=[("康正药业", O), ("邬经理", P), ("金蝶", O), ("邬经理", P), ("金蝶", O), ("蒋总", P), ("帆软", O)],
      persons=[dict(name="邬经理", mentions=["邬经理"], org="台州康正药业", title="经理"),
               dict(name="蒋总", mentions=["蒋总"], org="台州康正药业", title="生产副总")],
      orgs=[dict(name="台州康正药业", mentions=["康正药业"], kind="customer"), dict(name="金蝶", mentions=["金蝶"], kind="competitor"),
            dict(name="帆软", mentions=["帆软"], kind="competitor")],
      roles=[dict(person="邬经理", role="INITIATOR", org="台州康正药业"), dict(person="质量部", role="USER", org="台州康正药业")],
      stances=[dict(person="邬经理", toward="金蝶", stance="OPPOSED", evidence="一肚子火"),
               dict(person="蒋总", toward="US", stance="NEUTRAL", evidence="这次明显冷淡了")],
      relations=[W("邬经理", "台州康正药业"), W("蒋总", "台州康正药业"), rel("INCUMBENT_AT", "金蝶", "台州康正药业"),
                 rel("ENGAGED_WITH", "帆软", "台州康正药业")]),
 dict(id="f04", kind="visit_note", date="2026-07-06", author="周航", customer="淮南泰岳矿业",
      text="泰岳矿业 安全生产数据平台\n调度中心的钱主任说选型由集团总工室牵头。钱主任本人不表明立场，说两家都看看。\n"
           "浪潮来过两次，还在做POC。总工室的葛总工更中意浪潮，觉得他们懂煤矿。",
      ents=[("泰岳矿业", O), ("钱主任", P), ("钱主任", P), ("浪潮", O), ("葛总工", P), ("浪潮", O)],
      persons=[dict(name="钱主任", mentions=["钱主任"], org="淮南泰岳矿业", title="主任"),
               dict(name="葛总工", mentions=["葛总工"], org="淮南泰岳矿业", title="总工")],
      orgs=[dict(name="淮南泰岳矿业", mentions=["泰岳矿业"], kind="customer"), dict(name="浪潮集团", mentions=["浪潮"], kind="competitor")],
      roles=[dict(person="总工室", role="SEARCHER", org="淮南泰岳矿业")],
      stances=[dict(person="钱主任", toward="US", stance="NEUTRAL", evidence="不表明立场"),
               dict(person="钱主任", toward="浪潮集团", stance="NEUTRAL", evidence="不表明立场"),
               dict(person="葛总工", toward="浪潮集团", stance="SUPPORTIVE", evidence="更中意浪潮")],
      relations=[W("钱主任", "淮南泰岳矿业"), W("葛总工", "淮南泰岳矿业"), rel("ENGAGED_WITH", "浪潮集团", "淮南泰岳矿业")]),
 dict(id="f05", kind="visit_note", date="2026-07-07", author="Kevin Zhou", customer="杭州拾贝电商",
      text="拾贝电商 — call with CTO Derek Xu.\n- Derek is unimpressed with us: thinks our pricing is too high.\n- 阿里云 is also pitching, with a free first year.\n"
           "- Derek hasn't picked a side between 阿里云 and 腾讯云 yet; 腾讯云 came by last week too.",
      ents=[("拾贝电商", O), ("CTO", T), ("Derek Xu", P), ("Derek", P), ("阿里云", O), ("Derek", P), ("阿里云", O), ("腾讯云", O), ("腾讯云", O)],
      persons=[dict(name="Derek Xu", mentions=["Derek Xu", "Derek"], org="杭州拾贝电商", title="CTO")],
      orgs=[dict(name="杭州拾贝电商", mentions=["拾贝电商"], kind="customer"), dict(name="阿里云", mentions=["阿里云"], kind="competitor"),
            dict(name="腾讯云", mentions=["腾讯云"], kind="competitor")],
      roles=[],
      stances=[dict(person="Derek Xu", toward="US", stance="OPPOSED", evidence="unimpressed with us"),
               dict(person="Derek Xu", toward="阿里云", stance="NEUTRAL", evidence="hasn't picked a side"),
               dict(person="Derek Xu", toward="腾讯云", stance="NEUTRAL", evidence="hasn't picked a side")],
      relations=[W("Derek Xu", "杭州拾贝电商"), rel("ENGAGED_WITH", "阿里云", "杭州拾贝电商"), rel("ENGAGED_WITH", "腾讯云", "杭州拾贝电商")]),
 dict(id="f06", kind="visit_note", date="2026-07-08", author="吴磊", customer="青岛崂峰啤酒",
      text="崂峰啤酒 渠道数据项目\n营销中心的韩总监是这个项目的发起人，韩总监很买我们的账，说我们的方案最贴合。\n"
           "财务部的曲经理对我们还没拿定主意，要先看报价。\n目前用的是用友的U8，用友这次也在投标。",
      ents=[("崂峰啤酒", O), ("韩总监", P), ("韩总监", P), ("曲经理", P), ("用友", O), ("U8", R), ("用友", O)],
      persons=[dict(name="韩总监", mentions=["韩总监"], org="青岛崂峰啤酒", title="总监"),
               dict(name="曲经理", mentions=["曲经理"], org="青岛崂峰啤酒", title="经理")],
      orgs=[dict(name="青岛崂峰啤酒", mentions=["崂峰啤酒"], kind="customer"), dict(name="用友网络", mentions=["用友"], kind="competitor")],
      roles=[dict(person="韩总监", role="INITIATOR", org="青岛崂峰啤酒")],
      stances=[dict(person="韩总监", toward="US", stance="SUPPORTIVE", evidence="很买我们的账"),
               dict(person="曲经理", toward="US", stance="NEUTRAL", evidence="还没拿定主意")],
      relations=[W("韩总监", "青岛崂峰啤酒"), W("曲经理", "青岛崂峰啤酒"), rel("INCUMBENT_AT", "用友网络", "青岛崂峰啤酒"),
                 rel("ENGAGED_WITH", "用友网络", "青岛崂峰啤酒"), rel("USES_PRODUCT", "青岛崂峰啤酒", "U8"), rel("MAKES", "用友网络", "U8")]),
 dict(id="f07", kind="visit_note", date="2026-07-09", author="周航", customer="厦门鹭远航运",
      text="鹭远航运 船舶数据平台 三访\n信息部的温经理以前偏向SAP，后来改口了，现在完全倒向我们。\n"
           "运营部的卓总对SAP牢骚不少，嫌实施周期太长。SAP的维保合同到年底。\n另：软通动力最近也在接触运营部，给了卓总不少压力。",
      ents=[("鹭远航运", O), ("温经理", P), ("SAP", O), ("卓总", P), ("SAP", O), ("SAP", O), ("软通动力", O), ("卓总", P)],
      persons=[dict(name="温经理", mentions=["温经理"], org="厦门鹭远航运", title="经理"),
               dict(name="卓总", mentions=["卓总"], org="厦门鹭远航运", title="总")],
      orgs=[dict(name="厦门鹭远航运", mentions=["鹭远航运"], kind="customer"), dict(name="SAP", mentions=["SAP"], kind="competitor"),
            dict(name="软通动力", mentions=["软通动力"], kind="competitor")],
      roles=[],
      stances=[dict(person="温经理", toward="US", stance="SUPPORTIVE", evidence="现在完全倒向我们"),
               dict(person="卓总", toward="SAP", stance="OPPOSED", evidence="牢骚不少")],
      relations=[W("温经理", "厦门鹭远航运"), W("卓总", "厦门鹭远航运"), rel("INCUMBENT_AT", "SAP", "厦门鹭远航运"),
                 rel("ENGAGED_WITH", "软通动力", "厦门鹭远航运")]),
 dict(id="f08", kind="visit_note", date="2026-07-10", author="吴磊", customer="南昌赣通汽车集团",
      text="赣通汽车 客户数据平台\n集团数字化部的龚部长牵头选型，龚部长很关照我们，帮我们约了总裁。\n"
           "售后事业部的严经理不太待见我们，觉得我们没做过汽车行业。\n亚信科技已经入围，上周报了价。",
      ents=[("赣通汽车", O), ("龚部长", P), ("龚部长", P), ("总裁", T), ("严经理", P), ("亚信科技", O)],
      persons=[dict(name="龚部长", mentions=["龚部长"], org="南昌赣通汽车集团", title="部长"),
               dict(name="严经理", mentions=["严经理"], org="南昌赣通汽车集团", title="经理")],
      orgs=[dict(name="南昌赣通汽车集团", mentions=["赣通汽车"], kind="customer"), dict(name="亚信科技", mentions=["亚信科技"], kind="competitor")],
      roles=[dict(person="龚部长", role="SEARCHER", org="南昌赣通汽车集团")],
      stances=[dict(person="龚部长", toward="US", stance="SUPPORTIVE", evidence="很关照我们"),
               dict(person="严经理", toward="US", stance="OPPOSED", evidence="不太待见我们")],
      relations=[W("龚部长", "南昌赣通汽车集团"), W("严经理", "南昌赣通汽车集团"), rel("ENGAGED_WITH", "亚信科技", "南昌赣通汽车集团")]),
 dict(id="f09", kind="visit_note", date="2026-07-13", author="周航", customer="云南滇红烟草",
      text="滇红烟草 营销数据项目\n信息中心的万主任说，项目是营销处提出的，营销处是主要用户。\n"
           "万主任对我们有所保留，说还要看看。营销处的保处长对我们并不看好。\n太极股份也参与竞标了。",
      ents=[("滇红烟草", O), ("万主任", P), ("万主任", P), ("保处长", P), ("太极股份", O)],
      persons=[dict(name="万主任", mentions=["万主任"], org="云南滇红烟草", title="主任"),
               dict(name="保处长", mentions=["保处长"], org="云南滇红烟草", title="处长")],
      orgs=[dict(name="云南滇红烟草", mentions=["滇红烟草"], kind="customer"), dict(name="太极股份", mentions=["太极股份"], kind="competitor")],
      roles=[dict(person="营销处", role="INITIATOR", org="云南滇红烟草"), dict(person="营销处", role="USER", org="云南滇红烟草")],
      stances=[dict(person="万主任", toward="US", stance="NEUTRAL", evidence="有所保留"),
               dict(person="保处长", toward="US", stance="OPPOSED", evidence="并不看好")],
      relations=[W("万主任", "云南滇红烟草"), W("保处长", "云南滇红烟草"), rel("ENGAGED_WITH", "太极股份", "云南滇红烟草")]),
 dict(id="f10", kind="visit_note", date="2026-07-14", author="Kevin Zhou", customer="湖州广播电视台",
      text="湖州广电 media asset analytics — met Mr. Fei (信息中心主任) and editor 房老师.\n- Mr. Fei is wary of 新华三's proposal, and he is warming up to us.\n"
           "- 房老师 is rooting for us.\n- 新华三 currently runs their storage and is competing for this one as well.",
      ents=[("湖州广电", O), ("Mr. Fei", P), ("信息中心主任", T), ("editor", T), ("房老师", P), ("Mr. Fei", P), ("新华三", O), ("房老师", P), ("新华三", O)],
      persons=[dict(name="Mr. Fei", mentions=["Mr. Fei"], org="湖州广播电视台", title="信息中心主任"),
               dict(name="房老师", mentions=["房老师"], org="湖州广播电视台", title="editor")],
      orgs=[dict(name="湖州广播电视台", mentions=["湖州广电"], kind="customer"), dict(name="新华三", mentions=["新华三"], kind="competitor")],
      roles=[],
      stances=[dict(person="Mr. Fei", toward="新华三", stance="OPPOSED", evidence="wary of 新华三's proposal"),
               dict(person="Mr. Fei", toward="US", stance="SUPPORTIVE", evidence="warming up to us"),
               dict(person="房老师", toward="US", stance="SUPPORTIVE", evidence="rooting for us")],
      relations=[W("Mr. Fei", "湖州广播电视台"), W("房老师", "湖州广播电视台"), rel("INCUMBENT_AT", "新华三", "湖州广播电视台"),
                 rel("ENGAGED_WITH", "新华三", "湖州广播电视台")]),
 dict(id="f11", kind="visit_note", date="2026-07-15", author="吴磊", customer="苏州恒信证券",
      text="恒信证券 风控数据集市\n需求是风险管理部的尹总提出的。尹总原来对我们很满意，现在转而支持长亮科技，说长亮的报价低一半。\n"
           "合规部的芮经理对长亮持怀疑态度，对我们比较认可。\n长亮科技最近拜访了三次。",
      ents=[("恒信证券", O), ("尹总", P), ("尹总", P), ("长亮科技", O), ("长亮", O), ("芮经理", P), ("长亮", O), ("长亮科技", O)],
      persons=[dict(name="尹总", mentions=["尹总"], org="苏州恒信证券", title="总"),
               dict(name="芮经理", mentions=["芮经理"], org="苏州恒信证券", title="经理")],
      orgs=[dict(name="苏州恒信证券", mentions=["恒信证券"], kind="customer"), dict(name="长亮科技", mentions=["长亮科技", "长亮"], kind="competitor")],
      roles=[dict(person="尹总", role="INITIATOR", org="苏州恒信证券")],
      stances=[dict(person="尹总", toward="长亮科技", stance="SUPPORTIVE", evidence="现在转而支持长亮科技"),
               dict(person="芮经理", toward="长亮科技", stance="OPPOSED", evidence="持怀疑态度"),
               dict(person="芮经理", toward="US", stance="SUPPORTIVE", evidence="比较认可")],
      relations=[W("尹总", "苏州恒信证券"), W("芮经理", "苏州恒信证券"), rel("ENGAGED_WITH", "长亮科技", "苏州恒信证券")]),
 dict(id="f12", kind="visit_note", date="2026-07-16", author="周航", customer="宁夏金沙化工",
      text="金沙化工 设备数据平台 初访\n设备部的单部长说，现有的设备管理系统是普元信息建的，普元还在维保。单部长对普元挺有意见，但对我们也没有好感，觉得国产厂商都差不多。\n"
           "生产部的闵经理更中意我们的方案，愿意帮我们在总经理面前说话。",
      ents=[("金沙化工", O), ("单部长", P), ("普元信息", O), ("普元", O), ("单部长", P), ("普元", O), ("闵经理", P), ("总经理", T)],
      persons=[dict(name="单部长", mentions=["单部长"], org="宁夏金沙化工", title="部长"),
               dict(name="闵经理", mentions=["闵经理"], org="宁夏金沙化工", title="经理")],
      orgs=[dict(name="宁夏金沙化工", mentions=["金沙化工"], kind="customer"), dict(name="普元信息", mentions=["普元信息", "普元"], kind="competitor")],
      roles=[],
      stances=[dict(person="单部长", toward="普元信息", stance="OPPOSED", evidence="挺有意见"),
               dict(person="单部长", toward="US", stance="OPPOSED", evidence="没有好感"),
               dict(person="闵经理", toward="US", stance="SUPPORTIVE", evidence="更中意我们的方案")],
      relations=[W("单部长", "宁夏金沙化工"), W("闵经理", "宁夏金沙化工"), rel("INCUMBENT_AT", "普元信息", "宁夏金沙化工")]),
 dict(id="f13", kind="visit_note", date="2026-07-17", author="Kevin Zhou", customer="台州椒江农商银行",
      text="椒江农商行 — follow-up with 戚行长 (vice president) and Ms. Ren from IT.\n- 戚行长 is now firmly behind us; since then 宇信科技 has been pushing hard with a lower bid.\n"
           "- Ms. Ren is not convinced by 宇信's roadmap and is still undecided about us.\n- 宇信 also did a PoC here last month.",
      ents=[("椒江农商行", O), ("戚行长", P), ("vice president", T), ("Ms. Ren", P), ("戚行长", P), ("宇信科技", O), ("Ms. Ren", P), ("宇信", O), ("宇信", O)],
      persons=[dict(name="戚行长", mentions=["戚行长"], org="台州椒江农商银行", title="vice president"),
               dict(name="Ms. Ren", mentions=["Ms. Ren"], org="台州椒江农商银行", title=None)],
      orgs=[dict(name="台州椒江农商银行", mentions=["椒江农商行"], kind="customer"), dict(name="宇信科技", mentions=["宇信科技", "宇信"], kind="competitor")],
      roles=[],
      stances=[dict(person="戚行长", toward="US", stance="SUPPORTIVE", evidence="firmly behind us"),
               dict(person="Ms. Ren", toward="宇信科技", stance="OPPOSED", evidence="not convinced by 宇信's roadmap"),
               dict(person="Ms. Ren", toward="US", stance="NEUTRAL", evidence="still undecided about us")],
      relations=[W("戚行长", "台州椒江农商银行"), W("Ms. Ren", "台州椒江农商银行"), rel("ENGAGED_WITH", "宇信科技", "台州椒江农商银行")]),
 dict(id="f14", kind="visit_note", date="2026-07-20", author="吴磊", customer="绍兴市柯桥区大数据中心",
      text="柯桥区大数据中心 一网统管项目\n刘主任说项目由区政府办提出，最后区长办公会定。刘主任对太极股份和我们都没有偏向。\n"
           "技术科的支科长私下讲，太极股份做了上一期平台，这次也在投标，但支科长对太极的服务一直不满意。",
      ents=[("柯桥区大数据中心", O), ("刘主任", P), ("刘主任", P), ("太极股份", O), ("支科长", P), ("太极股份", O), ("支科长", P), ("太极", O)],
      persons=[dict(name="刘主任", mentions=["刘主任"], org="绍兴市柯桥区大数据中心", title="主任"),
               dict(name="支科长", mentions=["支科长"], org="绍兴市柯桥区大数据中心", title="科长")],
      orgs=[dict(name="绍兴市柯桥区大数据中心", mentions=["柯桥区大数据中心"], kind="customer"),
            dict(name="太极股份", mentions=["太极股份", "太极"], kind="competitor")],
      roles=[dict(person="区政府办", role="INITIATOR", org="绍兴市柯桥区大数据中心"), dict(person="区长办公会", role="DECIDER", org="绍兴市柯桥区大数据中心"),
             dict(person="支科长", role="COACH", org="绍兴市柯桥区大数据中心")],
      stances=[dict(person="刘主任", toward="US", stance="NEUTRAL", evidence="都没有偏向"),
               dict(person="刘主任", toward="太极股份", stance="NEUTRAL", evidence="都没有偏向"),
               dict(person="支科长", toward="太极股份", stance="OPPOSED", evidence="一直不满意")],
      relations=[W("刘主任", "绍兴市柯桥区大数据中心"), W("支科长", "绍兴市柯桥区大数据中心"),
                 rel("INCUMBENT_AT", "太极股份", "绍兴市柯桥区大数据中心"), rel("ENGAGED_WITH", "太极股份", "绍兴市柯桥区大数据中心")]),
 dict(id="f15", kind="visit_note", date="2026-07-21", author="周航", customer="金华婺城中医院",
      text="婺城中医院 科研数据平台\n科教科的明科长对我们印象很好，一直在推这个项目。\n"
           "信息科的殷科长本来中立，现在偏向卫宁健康了。卫宁在这里做的HIS，这次也在报价。\n院长对价格很敏感。",
      ents=[("婺城中医院", O), ("明科长", P), ("殷科长", P), ("卫宁健康", O), ("卫宁", O), ("院长", T)],
      persons=[dict(name="明科长", mentions=["明科长"], org="金华婺城中医院", title="科长"),
               dict(name="殷科长", mentions=["殷科长"], org="金华婺城中医院", title="科长")],
      orgs=[dict(name="金华婺城中医院", mentions=["婺城中医院"], kind="customer"), dict(name="卫宁健康", mentions=["卫宁健康", "卫宁"], kind="competitor")],
      roles=[],
      stances=[dict(person="明科长", toward="US", stance="SUPPORTIVE", evidence="对我们印象很好"),
               dict(person="殷科长", toward="卫宁健康", stance="SUPPORTIVE", evidence="现在偏向卫宁健康了")],
      relations=[W("明科长", "金华婺城中医院"), W("殷科长", "金华婺城中医院"), rel("INCUMBENT_AT", "卫宁健康", "金华婺城中医院"),
                 rel("ENGAGED_WITH", "卫宁健康", "金华婺城中医院")]),
 dict(id="f16", kind="visit_note", date="2026-07-22", author="Kevin Zhou", customer="嘉兴运达物流",
      text="运达物流 TMS analytics — met Ops VP Gordon Shi and planner 喻工.\n- Gordon hardly trusts 顺丰科技 after last year's outage, though their system is still installed there.\n"
           "- 喻工 used to like us, but now he is lukewarm about us.\n- 京东科技 is also bidding.",
      ents=[("运达物流", O), ("Ops VP", T), ("Gordon Shi", P), ("planner", T), ("喻工", P), ("Gordon", P), ("顺丰科技", O), ("喻工", P), ("京东科技", O)],
      persons=[dict(name="Gordon Shi", mentions=["Gordon Shi", "Gordon"], org="嘉兴运达物流", title="Ops VP"),
               dict(name="喻工", mentions=["喻工"], org="嘉兴运达物流", title="planner")],
      orgs=[dict(name="嘉兴运达物流", mentions=["运达物流"], kind="customer"), dict(name="顺丰科技", mentions=["顺丰科技"], kind="competitor"),
            dict(name="京东科技", mentions=["京东科技"], kind="competitor")],
      roles=[],
      stances=[dict(person="Gordon Shi", toward="顺丰科技", stance="OPPOSED", evidence="hardly trusts 顺丰科技"),
               dict(person="喻工", toward="US", stance="NEUTRAL", evidence="now he is lukewarm about us")],
      relations=[W("Gordon Shi", "嘉兴运达物流"), W("喻工", "嘉兴运达物流"), rel("INCUMBENT_AT", "顺丰科技", "嘉兴运达物流"),
                 rel("ENGAGED_WITH", "京东科技", "嘉兴运达物流")]),
]


def build() -> list[dict]:
    out = []
    for n in NOTES:
        text = n["text"]
        ents = []
        pos = 0
        for surface, typ in n["ents"]:
            i = text.find(surface, pos)
            if i < 0:
                raise ValueError(f"{n['id']}: {surface!r} not found after {pos}")
            ents.append({"text": surface, "type": typ, "start": i, "end": i + len(surface)})
            pos = i + len(surface)
        out.append({"id": n["id"], "kind": n["kind"], "date": n["date"], "author": n["author"],
                    "customer": n["customer"], "text": text, "entities": ents, "persons": n["persons"],
                    "orgs": n["orgs"], "roles": n["roles"], "stances": n["stances"], "relations": n["relations"]})
    return out


if __name__ == "__main__":
    path = Path(__file__).with_name("blind4_notes.jsonl")
    with path.open("w", encoding="utf-8") as fh:
        for rec in build():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {path}")
