"""Source of tests/data/blind2_notes.jsonl: a third hand-annotated set (hospitals, utilities, logistics,
insurance, government, manufacturing, telecom), written by a new engineer before looking at the cue lexicons'
coverage and measured once, first pass, before any fix; then kept as a regression set.
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
 dict(id="c01", kind="visit_note", date="2026-03-02", author="孙浩", customer="徐州彭城人民医院",
      text="彭城医院 临床数据中心 二访\n见了信息科孔主任（孔德明）和医务处处长邵颖。孔主任牵头选型，已经调研了四家厂商。\n"
           "据说最后由分管副院长范立群定夺。邵处长对东华软件的老系统意见很大，对我们比较认可。",
      ents=[("彭城医院", O), ("孔主任", P), ("孔德明", P), ("医务处处长", T), ("邵颖", P), ("孔主任", P), ("分管副院长", T),
            ("范立群", P), ("邵处长", P), ("东华软件", O)],
      persons=[dict(name="孔德明", mentions=["孔主任", "孔德明"], org="徐州彭城人民医院", title="主任"),
               dict(name="邵颖", mentions=["邵颖", "邵处长"], org="徐州彭城人民医院", title="医务处处长"),
               dict(name="范立群", mentions=["范立群"], org="徐州彭城人民医院", title="分管副院长")],
      orgs=[dict(name="徐州彭城人民医院", mentions=["彭城医院"], kind="customer"),
            dict(name="东华软件", mentions=["东华软件"], kind="competitor")],
      roles=[dict(person="孔德明", role="SEARCHER", org="徐州彭城人民医院"), dict(person="范立群", role="DECIDER", org="徐州彭城人民医院")],
      stances=[dict(person="邵颖", toward="东华软件", stance="OPPOSED", evidence="意见很大"),
               dict(person="邵颖", toward="US", stance="SUPPORTIVE", evidence="对我们比较认可")],
      relations=[W("孔德明", "徐州彭城人民医院"), W("邵颖", "徐州彭城人民医院"), W("范立群", "徐州彭城人民医院"),
                 rel("INCUMBENT_AT", "东华软件", "徐州彭城人民医院")]),
 dict(id="c02", kind="visit_note", date="2026-03-05", author="周明", customer="绍兴越州水务集团",
      text="越州水务 管网数据平台 周报补记\n1. 调度中心是实际使用部门，那边的钱工对上海同济信科的老系统抱怨很多。\n"
           "2. 这次由集团招标采购中心组织招标。\n3. 总经理严卫东并非决策人，真正拍板的是集团董事会。\n"
           "4. 杭州数澜科技也在跟，严总对数澜挺有好感。",
      ents=[("越州水务", O), ("钱工", P), ("上海同济信科", O), ("总经理", T), ("严卫东", P), ("杭州数澜科技", O), ("严总", P), ("数澜", O)],
      persons=[dict(name="钱工", mentions=["钱工"], org="绍兴越州水务集团", title=None),
               dict(name="严卫东", mentions=["严卫东", "严总"], org="绍兴越州水务集团", title="总经理")],
      orgs=[dict(name="绍兴越州水务集团", mentions=["越州水务"], kind="customer"),
            dict(name="上海同济信科", mentions=["上海同济信科"], kind="competitor"),
            dict(name="杭州数澜科技", mentions=["杭州数澜科技", "数澜"], kind="competitor")],
      roles=[dict(person="调度中心", role="USER", org="绍兴越州水务集团"),
             dict(person="集团招标采购中心", role="SEARCHER", org="绍兴越州水务集团"),
             dict(person="集团董事会", role="DECIDER", org="绍兴越州水务集团")],
      stances=[dict(person="钱工", toward="上海同济信科", stance="OPPOSED", evidence="抱怨很多"),
               dict(person="严卫东", toward="杭州数澜科技", stance="SUPPORTIVE", evidence="挺有好感")],
      relations=[W("钱工", "绍兴越州水务集团"), W("严卫东", "绍兴越州水务集团"),
                 rel("INCUMBENT_AT", "上海同济信科", "绍兴越州水务集团"), rel("ENGAGED_WITH", "杭州数澜科技", "绍兴越州水务集团")]),
 dict(id="c03", kind="visit_note", date="2026-03-09", author="Kevin Luo", customer="宁波北仑港物流",
      text="北仑港物流 — visit with Mr. Zhang (COO) and Ms. Fang from the IT team.\n"
           "- Mr. Zhang has the final say on the budget.\n- Ms. Fang is running the RFP and will shortlist three vendors.\n"
           "- Ms. Fang used to prefer 星环科技, but after our demo she now leans toward us.",
      ents=[("北仑港物流", O), ("Mr. Zhang", P), ("COO", T), ("Ms. Fang", P), ("Mr. Zhang", P), ("Ms. Fang", P), ("Ms. Fang", P),
            ("星环科技", O)],
      persons=[dict(name="Mr. Zhang", mentions=["Mr. Zhang"], org="宁波北仑港物流", title="COO"),
               dict(name="Ms. Fang", mentions=["Ms. Fang"], org="宁波北仑港物流", title=None)],
      orgs=[dict(name="宁波北仑港物流", mentions=["北仑港物流"], kind="customer"), dict(name="星环科技", mentions=["星环科技"], kind="competitor")],
      roles=[dict(person="Mr. Zhang", role="DECIDER", org="宁波北仑港物流"), dict(person="Ms. Fang", role="SEARCHER", org="宁波北仑港物流")],
      stances=[dict(person="Ms. Fang", toward="US", stance="SUPPORTIVE", evidence="she now leans toward us")],
      relations=[W("Mr. Zhang", "宁波北仑港物流"), W("Ms. Fang", "宁波北仑港物流"), rel("ENGAGED_WITH", "星环科技", "宁波北仑港物流")]),
 dict(id="c04", kind="visit_note", date="2026-03-11", author="赵一", customer="南通江海财产保险",
      text="江海保险 理赔数据集市 初访\n对接人是信息技术部总经理黎文涛。黎总说需求最早是理赔部提出来的，理赔部的人天天手工拉报表。\n"
           "黎总本人没有拍板权，预算要报总裁办公会审批。\n黎总对我们的方案很感兴趣，但觉得报价偏高。",
      ents=[("江海保险", O), ("信息技术部总经理", T), ("黎文涛", P), ("黎总", P), ("黎总", P), ("黎总", P)],
      persons=[dict(name="黎文涛", mentions=["黎文涛", "黎总"], org="南通江海财产保险", title="信息技术部总经理")],
      orgs=[dict(name="南通江海财产保险", mentions=["江海保险"], kind="customer")],
      roles=[dict(person="理赔部", role="INITIATOR", org="南通江海财产保险"),
             dict(person="总裁办公会", role="DECIDER", org="南通江海财产保险")],
      stances=[dict(person="黎文涛", toward="US", stance="SUPPORTIVE", evidence="对我们的方案很感兴趣")],
      relations=[W("黎文涛", "南通江海财产保险")]),
 dict(id="c05", kind="visit_note", date="2026-03-13", author="林晓", customer="嘉兴市数据资源局",
      text="嘉兴数据局 一网统管项目\n今天和应用推进处姜处长、技术处万工交流。姜处长负责组织比选，万工做技术评估。\n"
           "听说局里最终是党组会说了算。万工私下告诉我们，南威软件上个月来做过汇报，局领导反应平平。\n"
           "姜处长原来倾向南威软件，这次改口说更看好我们的方案。",
      ents=[("嘉兴数据局", O), ("姜处长", P), ("万工", P), ("姜处长", P), ("万工", P), ("万工", P), ("南威软件", O), ("姜处长", P),
            ("南威软件", O)],
      persons=[dict(name="姜处长", mentions=["姜处长"], org="嘉兴市数据资源局", title="处长"),
               dict(name="万工", mentions=["万工"], org="嘉兴市数据资源局", title=None)],
      orgs=[dict(name="嘉兴市数据资源局", mentions=["嘉兴数据局"], kind="customer"), dict(name="南威软件", mentions=["南威软件"], kind="competitor")],
      roles=[dict(person="姜处长", role="SEARCHER", org="嘉兴市数据资源局"), dict(person="万工", role="EVALUATOR", org="嘉兴市数据资源局"),
             dict(person="党组会", role="DECIDER", org="嘉兴市数据资源局"), dict(person="万工", role="COACH", org="嘉兴市数据资源局")],
      stances=[dict(person="姜处长", toward="US", stance="SUPPORTIVE", evidence="更看好我们的方案")],
      relations=[W("姜处长", "嘉兴市数据资源局"), W("万工", "嘉兴市数据资源局"), rel("ENGAGED_WITH", "南威软件", "嘉兴市数据资源局")]),
 dict(id="c06", kind="visit_note", date="2026-03-16", author="孙浩", customer="常州武进精密机械",
      text="武进精机 MES数据采集 三访\n- 生产部孟部长是一线用户，对现在的系统意见不大，但也不排斥换。\n"
           "- 设备处的卢工负责POC评估，测试下周开始。\n- 采购由集团采购部组织，董事长蒋建国签字。\n"
           "- 苏州汇博工业软件报价比我们低三成，卢工对他们评价不高。",
      ents=[("武进精机", O), ("孟部长", P), ("卢工", P), ("董事长", T), ("蒋建国", P), ("苏州汇博工业软件", O), ("卢工", P)],
      persons=[dict(name="孟部长", mentions=["孟部长"], org="常州武进精密机械", title="部长"),
               dict(name="卢工", mentions=["卢工"], org="常州武进精密机械", title=None),
               dict(name="蒋建国", mentions=["蒋建国"], org="常州武进精密机械", title="董事长")],
      orgs=[dict(name="常州武进精密机械", mentions=["武进精机"], kind="customer"),
            dict(name="苏州汇博工业软件", mentions=["苏州汇博工业软件"], kind="competitor")],
      roles=[dict(person="孟部长", role="USER", org="常州武进精密机械"), dict(person="卢工", role="EVALUATOR", org="常州武进精密机械"),
             dict(person="集团采购部", role="SEARCHER", org="常州武进精密机械"), dict(person="蒋建国", role="DECIDER", org="常州武进精密机械")],
      stances=[dict(person="孟部长", toward="US", stance="NEUTRAL", evidence="也不排斥换"),
               dict(person="卢工", toward="苏州汇博工业软件", stance="OPPOSED", evidence="对他们评价不高")],
      relations=[W("孟部长", "常州武进精密机械"), W("卢工", "常州武进精密机械"), W("蒋建国", "常州武进精密机械"),
                 rel("ENGAGED_WITH", "苏州汇博工业软件", "常州武进精密机械")]),
 dict(id="c07", kind="visit_note", date="2026-03-18", author="Tom Li", customer="江苏紫金电信",
      text="紫金电信 BSS data lake — call with Director Hu and engineer Xiao Wen.\n"
           "- Hu pushed for this project after the outage last year and will champion us internally.\n"
           "- Xiao Wen will evaluate the vendors' PoC results; he is frustrated with 亚信's slow support.\n"
           "- Budget approval sits with the CFO, Mr. Yan.",
      ents=[("紫金电信", O), ("Director Hu", P), ("engineer", T), ("Xiao Wen", P), ("Hu", P), ("Xiao Wen", P), ("亚信", O), ("CFO", T),
            ("Mr. Yan", P)],
      persons=[dict(name="Director Hu", mentions=["Director Hu", "Hu"], org="江苏紫金电信", title="Director"),
               dict(name="Xiao Wen", mentions=["Xiao Wen"], org="江苏紫金电信", title="engineer"),
               dict(name="Mr. Yan", mentions=["Mr. Yan"], org="江苏紫金电信", title="CFO")],
      orgs=[dict(name="江苏紫金电信", mentions=["紫金电信"], kind="customer"), dict(name="亚信科技", mentions=["亚信"], kind="competitor")],
      roles=[dict(person="Director Hu", role="INITIATOR", org="江苏紫金电信"), dict(person="Director Hu", role="SPONSOR", org="江苏紫金电信"),
             dict(person="Xiao Wen", role="EVALUATOR", org="江苏紫金电信"), dict(person="Mr. Yan", role="DECIDER", org="江苏紫金电信")],
      stances=[dict(person="Director Hu", toward="US", stance="SUPPORTIVE", evidence="will champion us internally"),
               dict(person="Xiao Wen", toward="亚信科技", stance="OPPOSED", evidence="frustrated with 亚信's slow support")],
      relations=[W("Director Hu", "江苏紫金电信"), W("Xiao Wen", "江苏紫金电信"), W("Mr. Yan", "江苏紫金电信"),
                 rel("INCUMBENT_AT", "亚信科技", "江苏紫金电信")]),
 dict(id="c08", kind="visit_note", date="2026-03-20", author="周明", customer="合肥庐阳区人民政府",
      text="庐阳区政府 城市大脑 二期\n区大数据中心主任葛秀兰是项目发起人，也是我们在区里最大的支持者。\n"
           "可能由区长办公会一锤定音。数梦工场在一期做得不好，葛主任对他们很失望。\n"
           "区里负责预算审核的施科长目前还在观望。",
      ents=[("庐阳区政府", O), ("区大数据中心主任", T), ("葛秀兰", P), ("数梦工场", O), ("葛主任", P), ("施科长", P)],
      persons=[dict(name="葛秀兰", mentions=["葛秀兰", "葛主任"], org="合肥庐阳区人民政府", title="区大数据中心主任"),
               dict(name="施科长", mentions=["施科长"], org="合肥庐阳区人民政府", title="科长")],
      orgs=[dict(name="合肥庐阳区人民政府", mentions=["庐阳区政府"], kind="customer"), dict(name="数梦工场", mentions=["数梦工场"], kind="competitor")],
      roles=[dict(person="葛秀兰", role="INITIATOR", org="合肥庐阳区人民政府"), dict(person="葛秀兰", role="SPONSOR", org="合肥庐阳区人民政府"),
             dict(person="区长办公会", role="DECIDER", org="合肥庐阳区人民政府")],
      stances=[dict(person="葛秀兰", toward="US", stance="SUPPORTIVE", evidence="我们在区里最大的支持者"),
               dict(person="葛秀兰", toward="数梦工场", stance="OPPOSED", evidence="葛主任对他们很失望"),
               dict(person="施科长", toward="US", stance="NEUTRAL", evidence="还在观望")],
      relations=[W("葛秀兰", "合肥庐阳区人民政府"), W("施科长", "合肥庐阳区人民政府"), rel("INCUMBENT_AT", "数梦工场", "合肥庐阳区人民政府")]),
 dict(id="c09", kind="visit_note", date="2026-03-23", author="林晓", customer="无锡太湖第一医院",
      text="太湖一院 科研数据平台\n院长办主任柏杨说，这个项目是科研处提出的需求，科研处的蒲教授是主要用户。\n"
           "蒲教授对卫宁健康的方案不太满意，嫌太重；对我们倒是很有好感。\n柏主任提醒：设备科会参与验收，最后还是院长说了算。",
      ents=[("太湖一院", O), ("院长办主任", T), ("柏杨", P), ("蒲教授", P), ("蒲教授", P), ("卫宁健康", O), ("柏主任", P), ("院长", T)],
      persons=[dict(name="柏杨", mentions=["柏杨", "柏主任"], org="无锡太湖第一医院", title="院长办主任"),
               dict(name="蒲教授", mentions=["蒲教授"], org="无锡太湖第一医院", title="教授")],
      orgs=[dict(name="无锡太湖第一医院", mentions=["太湖一院"], kind="customer"), dict(name="卫宁健康", mentions=["卫宁健康"], kind="competitor")],
      roles=[dict(person="科研处", role="INITIATOR", org="无锡太湖第一医院"), dict(person="蒲教授", role="USER", org="无锡太湖第一医院"),
             dict(person="设备科", role="EVALUATOR", org="无锡太湖第一医院")],
      stances=[dict(person="蒲教授", toward="卫宁健康", stance="OPPOSED", evidence="不太满意"),
               dict(person="蒲教授", toward="US", stance="SUPPORTIVE", evidence="对我们倒是很有好感")],
      relations=[W("柏杨", "无锡太湖第一医院"), W("蒲教授", "无锡太湖第一医院"), rel("ENGAGED_WITH", "卫宁健康", "无锡太湖第一医院")]),
 dict(id="c10", kind="visit_note", date="2026-03-25", author="Vivian Xu", customer="上海浦东燃气集团",
      text="浦东燃气 meter-data platform, meeting notes\n"
           "- Ms. Lu (customer service centre) is the main user and likes our dashboard a lot.\n"
           "- Director Qian is not the decision maker; the general manager Mr. Dai signs off.\n"
           "- Qian tipped us off that Oracle will cut its price by 20%. Qian himself is on the fence.",
      ents=[("浦东燃气", O), ("Ms. Lu", P), ("Director Qian", P), ("general manager", T), ("Mr. Dai", P), ("Qian", P), ("Oracle", O),
            ("Qian", P)],
      persons=[dict(name="Ms. Lu", mentions=["Ms. Lu"], org="上海浦东燃气集团", title=None),
               dict(name="Director Qian", mentions=["Director Qian", "Qian"], org="上海浦东燃气集团", title="Director"),
               dict(name="Mr. Dai", mentions=["Mr. Dai"], org="上海浦东燃气集团", title="general manager")],
      orgs=[dict(name="上海浦东燃气集团", mentions=["浦东燃气"], kind="customer"), dict(name="Oracle", mentions=["Oracle"], kind="competitor")],
      roles=[dict(person="Ms. Lu", role="USER", org="上海浦东燃气集团"), dict(person="Mr. Dai", role="DECIDER", org="上海浦东燃气集团"),
             dict(person="Director Qian", role="COACH", org="上海浦东燃气集团")],
      stances=[dict(person="Ms. Lu", toward="US", stance="SUPPORTIVE", evidence="likes our dashboard a lot"),
               dict(person="Director Qian", toward="US", stance="NEUTRAL", evidence="is on the fence")],
      relations=[W("Ms. Lu", "上海浦东燃气集团"), W("Director Qian", "上海浦东燃气集团"), W("Mr. Dai", "上海浦东燃气集团"),
                 rel("ENGAGED_WITH", "Oracle", "上海浦东燃气集团")]),
]
NOTES += [
 dict(id="c11", kind="visit_note", date="2026-03-27", author="赵一", customer="青岛海融物流集团",
      text="海融物流 运输数据中台 首访\n对接人：数字化部邹经理。邹经理说，这个项目是集团副总裁饶志刚亲自发起的，饶总一直在催。\n"
           "选型工作邹经理来负责，评标会请外部专家。饶总对用友不太感冒，听说比较信任我们。",
      ents=[("海融物流", O), ("邹经理", P), ("邹经理", P), ("集团副总裁", T), ("饶志刚", P), ("饶总", P), ("邹经理", P), ("饶总", P), ("用友", O)],
      persons=[dict(name="邹经理", mentions=["邹经理"], org="青岛海融物流集团", title="经理"),
               dict(name="饶志刚", mentions=["饶志刚", "饶总"], org="青岛海融物流集团", title="集团副总裁")],
      orgs=[dict(name="青岛海融物流集团", mentions=["海融物流"], kind="customer"), dict(name="用友网络", mentions=["用友"], kind="competitor")],
      roles=[dict(person="饶志刚", role="INITIATOR", org="青岛海融物流集团"), dict(person="邹经理", role="SEARCHER", org="青岛海融物流集团")],
      stances=[dict(person="饶志刚", toward="用友网络", stance="OPPOSED", evidence="不太感冒"),
               dict(person="饶志刚", toward="US", stance="SUPPORTIVE", evidence="比较信任我们")],
      relations=[W("邹经理", "青岛海融物流集团"), W("饶志刚", "青岛海融物流集团")]),
 dict(id="c12", kind="visit_note", date="2026-03-30", author="Kevin Luo", customer="深圳鹏城人寿保险",
      text="鹏城人寿 — lunch with Ms. Wei (actuarial).\n- Ms. Wei says the CIO, Mr. Han, makes the final decision; she only gives input.\n"
           "- She complained that SAP's reports are too slow and said she prefers our product.\n"
           "- Mr. Han reportedly still favours SAP.",
      ents=[("鹏城人寿", O), ("Ms. Wei", P), ("Ms. Wei", P), ("CIO", T), ("Mr. Han", P), ("SAP", O), ("Mr. Han", P), ("SAP", O)],
      persons=[dict(name="Ms. Wei", mentions=["Ms. Wei"], org="深圳鹏城人寿保险", title=None),
               dict(name="Mr. Han", mentions=["Mr. Han"], org="深圳鹏城人寿保险", title="CIO")],
      orgs=[dict(name="深圳鹏城人寿保险", mentions=["鹏城人寿"], kind="customer"), dict(name="SAP", mentions=["SAP"], kind="competitor")],
      roles=[dict(person="Mr. Han", role="DECIDER", org="深圳鹏城人寿保险")],
      stances=[dict(person="Ms. Wei", toward="SAP", stance="OPPOSED", evidence="complained that SAP's reports are too slow"),
               dict(person="Ms. Wei", toward="US", stance="SUPPORTIVE", evidence="prefers our product"),
               dict(person="Mr. Han", toward="SAP", stance="SUPPORTIVE", evidence="still favours SAP")],
      relations=[W("Ms. Wei", "深圳鹏城人寿保险"), W("Mr. Han", "深圳鹏城人寿保险"), rel("INCUMBENT_AT", "SAP", "深圳鹏城人寿保险")]),
 dict(id="c13", kind="visit_note", date="2026-04-01", author="林晓", customer="国网泰州供电公司",
      text="泰州供电 营销数据治理\n营销部史主任提需求，痛点来自抄表数据质量差。\n"
           "信通中心的褚工负责技术把关，褚工对华为云评价很高，对我们持保留态度。\n拍板的是公司总经理聂海波。",
      ents=[("泰州供电", O), ("史主任", P), ("褚工", P), ("褚工", P), ("华为云", O), ("总经理", T), ("聂海波", P)],
      persons=[dict(name="史主任", mentions=["史主任"], org="国网泰州供电公司", title="主任"),
               dict(name="褚工", mentions=["褚工"], org="国网泰州供电公司", title=None),
               dict(name="聂海波", mentions=["聂海波"], org="国网泰州供电公司", title="总经理")],
      orgs=[dict(name="国网泰州供电公司", mentions=["泰州供电"], kind="customer"), dict(name="华为", mentions=["华为云"], kind="competitor")],
      roles=[dict(person="史主任", role="INITIATOR", org="国网泰州供电公司"), dict(person="褚工", role="EVALUATOR", org="国网泰州供电公司"),
             dict(person="聂海波", role="DECIDER", org="国网泰州供电公司")],
      stances=[dict(person="褚工", toward="华为", stance="SUPPORTIVE", evidence="评价很高"),
               dict(person="褚工", toward="US", stance="NEUTRAL", evidence="持保留态度")],
      relations=[W("史主任", "国网泰州供电公司"), W("褚工", "国网泰州供电公司"), W("聂海波", "国网泰州供电公司"),
                 rel("ENGAGED_WITH", "华为", "国网泰州供电公司")]),
 dict(id="c14", kind="visit_note", date="2026-04-03", author="孙浩", customer="温州瓯海阀门集团",
      text="瓯海阀门 质量追溯系统\n质量部的谷部长是使用方，谷部长说他们部门每天要追几十单客诉。\n"
           "IT负责人蓝工在做厂商调研，目前在比较我们和鼎捷软件。\n"
           "老板邬总做主，邬总跟鼎捷软件的老板是朋友，不过据说邬总不是很满意鼎捷上次的实施。",
      ents=[("瓯海阀门", O), ("谷部长", P), ("谷部长", P), ("IT负责人", T), ("蓝工", P), ("鼎捷软件", O), ("邬总", P), ("邬总", P),
            ("鼎捷软件", O), ("邬总", P), ("鼎捷", O)],
      persons=[dict(name="谷部长", mentions=["谷部长"], org="温州瓯海阀门集团", title="部长"),
               dict(name="蓝工", mentions=["蓝工"], org="温州瓯海阀门集团", title="IT负责人"),
               dict(name="邬总", mentions=["邬总"], org="温州瓯海阀门集团", title=None)],
      orgs=[dict(name="温州瓯海阀门集团", mentions=["瓯海阀门"], kind="customer"),
            dict(name="鼎捷软件", mentions=["鼎捷软件", "鼎捷"], kind="competitor")],
      roles=[dict(person="谷部长", role="USER", org="温州瓯海阀门集团"), dict(person="蓝工", role="SEARCHER", org="温州瓯海阀门集团"),
             dict(person="邬总", role="DECIDER", org="温州瓯海阀门集团")],
      stances=[dict(person="邬总", toward="鼎捷软件", stance="OPPOSED", evidence="不是很满意")],
      relations=[W("谷部长", "温州瓯海阀门集团"), W("蓝工", "温州瓯海阀门集团"), W("邬总", "温州瓯海阀门集团"),
                 rel("INCUMBENT_AT", "鼎捷软件", "温州瓯海阀门集团")]),
 dict(id="c15", kind="clipping", date="2026-04-06", author=None, customer=None,
      text="4月3日，福州闽江电信与北京九章云极签署战略合作协议，双方将在算力调度领域开展合作。"
           "闽江电信副总经理陶建明表示，九章云极的平台已在其三个地市分公司上线使用。",
      ents=[("福州闽江电信", O), ("北京九章云极", O), ("闽江电信", O), ("副总经理", T), ("陶建明", P), ("九章云极", O)],
      persons=[dict(name="陶建明", mentions=["陶建明"], org="福州闽江电信", title="副总经理")],
      orgs=[dict(name="福州闽江电信", mentions=["福州闽江电信", "闽江电信"], kind="customer"),
            dict(name="北京九章云极", mentions=["北京九章云极", "九章云极"], kind="competitor")],
      roles=[], stances=[],
      relations=[W("陶建明", "福州闽江电信"), rel("PARTNERS_WITH", "福州闽江电信", "北京九章云极"),
                 rel("INCUMBENT_AT", "北京九章云极", "福州闽江电信")]),
 dict(id="c16", kind="visit_note", date="2026-04-08", author="周明", customer="苏州工业园区管委会",
      text="园区管委会 企业服务数据平台\n经发处的龙处长是内线，透露评分标准偏向本地企业。\n"
           "项目由信息中心负责组织招标，信息中心的闻主任不是决策人，最终要报管委会主任办公会。\n"
           "龙处长说闻主任之前对我们有顾虑，现在转向支持我们了。",
      ents=[("园区管委会", O), ("龙处长", P), ("闻主任", P), ("龙处长", P), ("闻主任", P)],
      persons=[dict(name="龙处长", mentions=["龙处长"], org="苏州工业园区管委会", title="处长"),
               dict(name="闻主任", mentions=["闻主任"], org="苏州工业园区管委会", title="主任")],
      orgs=[dict(name="苏州工业园区管委会", mentions=["园区管委会"], kind="customer")],
      roles=[dict(person="龙处长", role="COACH", org="苏州工业园区管委会"), dict(person="信息中心", role="SEARCHER", org="苏州工业园区管委会"),
             dict(person="主任办公会", role="DECIDER", org="苏州工业园区管委会")],
      stances=[dict(person="闻主任", toward="US", stance="SUPPORTIVE", evidence="现在转向支持我们了")],
      relations=[W("龙处长", "苏州工业园区管委会"), W("闻主任", "苏州工业园区管委会")]),
 dict(id="c17", kind="visit_note", date="2026-04-10", author="Tom Li", customer="广州南沙港务集团",
      text="南沙港务 — terminal ops analytics\nMet Mr. Liang (deputy GM) and Ms. Ou (ops planning).\n"
           "- Ms. Ou raised the requirement; her team will be the end users.\n"
           "- Mr. Liang will sign off the contract. He is unhappy with 腾讯云's delivery and said he trusts us more.\n"
           "- Procurement dept runs the tender.",
      ents=[("南沙港务", O), ("Mr. Liang", P), ("deputy GM", T), ("Ms. Ou", P), ("Ms. Ou", P), ("Mr. Liang", P), ("腾讯云", O)],
      persons=[dict(name="Mr. Liang", mentions=["Mr. Liang"], org="广州南沙港务集团", title="deputy GM"),
               dict(name="Ms. Ou", mentions=["Ms. Ou"], org="广州南沙港务集团", title=None)],
      orgs=[dict(name="广州南沙港务集团", mentions=["南沙港务"], kind="customer"), dict(name="腾讯云", mentions=["腾讯云"], kind="competitor")],
      roles=[dict(person="Ms. Ou", role="INITIATOR", org="广州南沙港务集团"), dict(person="Ms. Ou", role="USER", org="广州南沙港务集团"),
             dict(person="Mr. Liang", role="DECIDER", org="广州南沙港务集团"),
             dict(person="Procurement dept", role="SEARCHER", org="广州南沙港务集团")],
      stances=[dict(person="Mr. Liang", toward="腾讯云", stance="OPPOSED", evidence="unhappy with 腾讯云's delivery"),
               dict(person="Mr. Liang", toward="US", stance="SUPPORTIVE", evidence="he trusts us more")],
      relations=[W("Mr. Liang", "广州南沙港务集团"), W("Ms. Ou", "广州南沙港务集团"), rel("INCUMBENT_AT", "腾讯云", "广州南沙港务集团")]),
 dict(id="c18", kind="visit_note", date="2026-04-13", author="赵一", customer="济南齐鲁重工",
      text="齐鲁重工 设备预测性维护 二访\n1）设备动力部段部长提的需求，他们部门是主要用户。\n"
           "2）选型牵头人是信息部副部长解明，解部长向CIO韦国栋汇报。\n"
           "3）韦总可能有最终决定权，但他目前没表态。\n4）段部长对树根互联很排斥，觉得他们只会讲故事。",
      ents=[("齐鲁重工", O), ("段部长", P), ("信息部副部长", T), ("解明", P), ("解部长", P), ("CIO", T), ("韦国栋", P), ("韦总", P),
            ("段部长", P), ("树根互联", O)],
      persons=[dict(name="段部长", mentions=["段部长"], org="济南齐鲁重工", title="部长"),
               dict(name="解明", mentions=["解明", "解部长"], org="济南齐鲁重工", title="信息部副部长"),
               dict(name="韦国栋", mentions=["韦国栋", "韦总"], org="济南齐鲁重工", title="CIO")],
      orgs=[dict(name="济南齐鲁重工", mentions=["齐鲁重工"], kind="customer"), dict(name="树根互联", mentions=["树根互联"], kind="competitor")],
      roles=[dict(person="段部长", role="INITIATOR", org="济南齐鲁重工"), dict(person="设备动力部", role="USER", org="济南齐鲁重工"),
             dict(person="解明", role="SEARCHER", org="济南齐鲁重工"), dict(person="韦国栋", role="DECIDER", org="济南齐鲁重工")],
      stances=[dict(person="韦国栋", toward="US", stance="NEUTRAL", evidence="没表态"),
               dict(person="段部长", toward="树根互联", stance="OPPOSED", evidence="很排斥")],
      relations=[W("段部长", "济南齐鲁重工"), W("解明", "济南齐鲁重工"), W("韦国栋", "济南齐鲁重工"), rel("REPORTS_TO", "解明", "韦国栋"),
                 rel("ENGAGED_WITH", "树根互联", "济南齐鲁重工")]),
 dict(id="c19", kind="visit_note", date="2026-04-15", author="林晓", customer="成都天府农商银行",
      text="天府农商行 监管报送 复盘\n风险部葛经理负责评标打分；合规部的路总没有拍板权，只是提意见。\n"
           "葛经理之前一直看好长亮科技，后来看了我们的演示，转向我方。\n"
           "行长办公会最终审批。路总对长亮有些不满，吐槽过他们的售后。",
      ents=[("天府农商行", O), ("葛经理", P), ("路总", P), ("葛经理", P), ("长亮科技", O), ("路总", P), ("长亮", O)],
      persons=[dict(name="葛经理", mentions=["葛经理"], org="成都天府农商银行", title="经理"),
               dict(name="路总", mentions=["路总"], org="成都天府农商银行", title=None)],
      orgs=[dict(name="成都天府农商银行", mentions=["天府农商行"], kind="customer"), dict(name="长亮科技", mentions=["长亮科技", "长亮"], kind="competitor")],
      roles=[dict(person="葛经理", role="EVALUATOR", org="成都天府农商银行"), dict(person="行长办公会", role="DECIDER", org="成都天府农商银行")],
      stances=[dict(person="葛经理", toward="US", stance="SUPPORTIVE", evidence="转向我方"),
               dict(person="路总", toward="长亮科技", stance="OPPOSED", evidence="有些不满")],
      relations=[W("葛经理", "成都天府农商银行"), W("路总", "成都天府农商银行"), rel("ENGAGED_WITH", "长亮科技", "成都天府农商银行")]),
 dict(id="c20", kind="visit_note", date="2026-04-17", author="Vivian Xu", customer="杭州钱塘智能制造",
      text="钱塘智造 visit. Mr. Zhang has the final say; 李工 leads the technical evaluation.\n"
           "李工 likes our edge module but thinks 研华's hardware is more stable. 张总 said he is open to both vendors.\n"
           "Purchasing will organise the bidding in May.",
      ents=[("钱塘智造", O), ("Mr. Zhang", P), ("李工", P), ("李工", P), ("研华", O), ("张总", P)],
      persons=[dict(name="Mr. Zhang", mentions=["Mr. Zhang", "张总"], org="杭州钱塘智能制造", title=None),
               dict(name="李工", mentions=["李工"], org="杭州钱塘智能制造", title=None)],
      orgs=[dict(name="杭州钱塘智能制造", mentions=["钱塘智造"], kind="customer"), dict(name="研华", mentions=["研华"], kind="competitor")],
      roles=[dict(person="Mr. Zhang", role="DECIDER", org="杭州钱塘智能制造"), dict(person="李工", role="EVALUATOR", org="杭州钱塘智能制造"),
             dict(person="Purchasing", role="SEARCHER", org="杭州钱塘智能制造")],
      stances=[dict(person="李工", toward="US", stance="SUPPORTIVE", evidence="likes our edge module"),
               dict(person="Mr. Zhang", toward="US", stance="NEUTRAL", evidence="open to both vendors"),
               dict(person="Mr. Zhang", toward="研华", stance="NEUTRAL", evidence="open to both vendors")],
      relations=[W("Mr. Zhang", "杭州钱塘智能制造"), W("李工", "杭州钱塘智能制造"), rel("ENGAGED_WITH", "研华", "杭州钱塘智能制造")]),
]
NOTES += [
 dict(id="c21", kind="visit_note", date="2026-04-20", author="孙浩", customer="昆山锦溪电子",
      text="锦溪电子 良率分析平台\n工艺部汤经理是这个项目的推动者，他在内部力挺我们。\n"
           "品质部车主任做测试验收，车主任对我们的算法挺满意。\n"
           "总经理说了不算，要集团总部定。另外听说上海望海数据也在接触他们。",
      ents=[("锦溪电子", O), ("汤经理", P), ("车主任", P), ("车主任", P), ("总经理", T), ("上海望海数据", O)],
      persons=[dict(name="汤经理", mentions=["汤经理"], org="昆山锦溪电子", title="经理"),
               dict(name="车主任", mentions=["车主任"], org="昆山锦溪电子", title="主任")],
      orgs=[dict(name="昆山锦溪电子", mentions=["锦溪电子"], kind="customer"), dict(name="上海望海数据", mentions=["上海望海数据"], kind="competitor")],
      roles=[dict(person="汤经理", role="SPONSOR", org="昆山锦溪电子"), dict(person="车主任", role="EVALUATOR", org="昆山锦溪电子")],
      stances=[dict(person="汤经理", toward="US", stance="SUPPORTIVE", evidence="力挺我们"),
               dict(person="车主任", toward="US", stance="SUPPORTIVE", evidence="挺满意")],
      relations=[W("汤经理", "昆山锦溪电子"), W("车主任", "昆山锦溪电子"), rel("ENGAGED_WITH", "上海望海数据", "昆山锦溪电子")]),
 dict(id="c22", kind="visit_note", date="2026-04-22", author="周明", customer="南京金陵第二医院",
      text="金陵二院 DRG数据分析\n病案科房主任是使用科室负责人，房主任说医保办提的需求。\n"
           "信息科的包工负责评估各家方案，他跟我们私下讲，东软集团给了院领导很大压力。\n"
           "包工本人更倾向我们，房主任对东软也没什么好感。",
      ents=[("金陵二院", O), ("房主任", P), ("房主任", P), ("包工", P), ("东软集团", O), ("包工", P), ("房主任", P), ("东软", O)],
      persons=[dict(name="房主任", mentions=["房主任"], org="南京金陵第二医院", title="主任"),
               dict(name="包工", mentions=["包工"], org="南京金陵第二医院", title=None)],
      orgs=[dict(name="南京金陵第二医院", mentions=["金陵二院"], kind="customer"), dict(name="东软集团", mentions=["东软集团", "东软"], kind="competitor")],
      roles=[dict(person="房主任", role="USER", org="南京金陵第二医院"), dict(person="医保办", role="INITIATOR", org="南京金陵第二医院"),
             dict(person="包工", role="EVALUATOR", org="南京金陵第二医院"), dict(person="包工", role="COACH", org="南京金陵第二医院")],
      stances=[dict(person="包工", toward="US", stance="SUPPORTIVE", evidence="更倾向我们"),
               dict(person="房主任", toward="东软集团", stance="OPPOSED", evidence="没什么好感")],
      relations=[W("房主任", "南京金陵第二医院"), W("包工", "南京金陵第二医院"), rel("ENGAGED_WITH", "东软集团", "南京金陵第二医院")]),
 dict(id="c23", kind="visit_note", date="2026-04-24", author="Kevin Luo", customer="厦门鹭岛航空物流",
      text="鹭岛航空物流 — follow-up call\n- Ms. Qiu (finance) initiated the project; she is our sponsor and is pushing for us with the board.\n"
           "- Mr. Hong in IT is not the decision maker, but he scores the vendors.\n"
           "- The board will decide in June. Mr. Hong seems to favour 金蝶, since they already run 金蝶EAS.",
      ents=[("鹭岛航空物流", O), ("Ms. Qiu", P), ("Mr. Hong", P), ("Mr. Hong", P), ("金蝶", O), ("金蝶EAS", R)],
      persons=[dict(name="Ms. Qiu", mentions=["Ms. Qiu"], org="厦门鹭岛航空物流", title=None),
               dict(name="Mr. Hong", mentions=["Mr. Hong"], org="厦门鹭岛航空物流", title=None)],
      orgs=[dict(name="厦门鹭岛航空物流", mentions=["鹭岛航空物流"], kind="customer"), dict(name="金蝶", mentions=["金蝶"], kind="competitor")],
      roles=[dict(person="Ms. Qiu", role="INITIATOR", org="厦门鹭岛航空物流"), dict(person="Ms. Qiu", role="SPONSOR", org="厦门鹭岛航空物流"),
             dict(person="Mr. Hong", role="EVALUATOR", org="厦门鹭岛航空物流"), dict(person="the board", role="DECIDER", org="厦门鹭岛航空物流")],
      stances=[dict(person="Ms. Qiu", toward="US", stance="SUPPORTIVE", evidence="she is our sponsor"),
               dict(person="Mr. Hong", toward="金蝶", stance="SUPPORTIVE", evidence="seems to favour 金蝶")],
      relations=[W("Ms. Qiu", "厦门鹭岛航空物流"), W("Mr. Hong", "厦门鹭岛航空物流"), rel("USES_PRODUCT", "厦门鹭岛航空物流", "金蝶EAS"),
                 rel("MAKES", "金蝶", "金蝶EAS"), rel("INCUMBENT_AT", "金蝶", "厦门鹭岛航空物流")]),
 dict(id="c24", kind="visit_note", date="2026-04-27", author="赵一", customer="烟台芝罘供热公司",
      text="芝罘供热 热网监控升级\n客服中心是一线使用部门。总工程师庞立新负责技术评审，庞总工对我们的方案评价不错。\n"
           "经理办公会决定最终方案。生产技术科的卜科长好像对现在的北京华热科技还挺满意，不想换。",
      ents=[("芝罘供热", O), ("总工程师", T), ("庞立新", P), ("庞总工", P), ("卜科长", P), ("北京华热科技", O)],
      persons=[dict(name="庞立新", mentions=["庞立新", "庞总工"], org="烟台芝罘供热公司", title="总工程师"),
               dict(name="卜科长", mentions=["卜科长"], org="烟台芝罘供热公司", title="科长")],
      orgs=[dict(name="烟台芝罘供热公司", mentions=["芝罘供热"], kind="customer"), dict(name="北京华热科技", mentions=["北京华热科技"], kind="competitor")],
      roles=[dict(person="客服中心", role="USER", org="烟台芝罘供热公司"), dict(person="庞立新", role="EVALUATOR", org="烟台芝罘供热公司"),
             dict(person="经理办公会", role="DECIDER", org="烟台芝罘供热公司")],
      stances=[dict(person="庞立新", toward="US", stance="SUPPORTIVE", evidence="评价不错"),
               dict(person="卜科长", toward="北京华热科技", stance="SUPPORTIVE", evidence="还挺满意"),
               dict(person="卜科长", toward="US", stance="OPPOSED", evidence="不想换")],
      relations=[W("庞立新", "烟台芝罘供热公司"), W("卜科长", "烟台芝罘供热公司"), rel("INCUMBENT_AT", "北京华热科技", "烟台芝罘供热公司")]),
 dict(id="c25", kind="visit_note", date="2026-04-29", author="林晓", customer="浙江之江财产保险",
      text="之江财险 反欺诈数据平台\n见了科技部甘总和风控部的阮经理。\n- 甘总：拍板的是总裁，他自己负责组织选型。\n"
           "- 阮经理是风控条线的实际用户，原来对我们不太放心，现在态度缓和了，比较认可。\n- 同盾科技报价很激进，甘总担心他们的数据合规问题。",
      ents=[("之江财险", O), ("甘总", P), ("阮经理", P), ("甘总", P), ("总裁", T), ("阮经理", P), ("同盾科技", O), ("甘总", P)],
      persons=[dict(name="甘总", mentions=["甘总"], org="浙江之江财产保险", title=None),
               dict(name="阮经理", mentions=["阮经理"], org="浙江之江财产保险", title="经理")],
      orgs=[dict(name="浙江之江财产保险", mentions=["之江财险"], kind="customer"), dict(name="同盾科技", mentions=["同盾科技"], kind="competitor")],
      roles=[dict(person="甘总", role="SEARCHER", org="浙江之江财产保险"), dict(person="阮经理", role="USER", org="浙江之江财产保险")],
      stances=[dict(person="阮经理", toward="US", stance="SUPPORTIVE", evidence="比较认可"),
               dict(person="甘总", toward="同盾科技", stance="OPPOSED", evidence="担心他们的数据合规问题")],
      relations=[W("甘总", "浙江之江财产保险"), W("阮经理", "浙江之江财产保险"), rel("ENGAGED_WITH", "同盾科技", "浙江之江财产保险")]),
 dict(id="c26", kind="visit_note", date="2026-05-04", author="Tom Li", customer="中国移动扬州分公司",
      text="移动扬州分公司 — network KPI platform\nMr. Ge (network dept) runs the PoC and evaluates vendors. He told us privately that 华为 already has a draft contract.\n"
           "The branch GM, Mr. Mao, approves the purchase. Mao is reportedly skeptical of 华为's pricing.\n"
           "Ge is neutral for now.",
      ents=[("移动扬州分公司", O), ("Mr. Ge", P), ("华为", O), ("GM", T), ("Mr. Mao", P), ("Mao", P), ("华为", O), ("Ge", P)],
      persons=[dict(name="Mr. Ge", mentions=["Mr. Ge", "Ge"], org="中国移动扬州分公司", title=None),
               dict(name="Mr. Mao", mentions=["Mr. Mao", "Mao"], org="中国移动扬州分公司", title="GM")],
      orgs=[dict(name="中国移动扬州分公司", mentions=["移动扬州分公司"], kind="customer"), dict(name="华为", mentions=["华为"], kind="competitor")],
      roles=[dict(person="Mr. Ge", role="EVALUATOR", org="中国移动扬州分公司"), dict(person="Mr. Ge", role="COACH", org="中国移动扬州分公司"),
             dict(person="Mr. Mao", role="DECIDER", org="中国移动扬州分公司")],
      stances=[dict(person="Mr. Mao", toward="华为", stance="OPPOSED", evidence="skeptical of 华为's pricing"),
               dict(person="Mr. Ge", toward="US", stance="NEUTRAL", evidence="Ge is neutral for now")],
      relations=[W("Mr. Ge", "中国移动扬州分公司"), W("Mr. Mao", "中国移动扬州分公司"), rel("ENGAGED_WITH", "华为", "中国移动扬州分公司")]),
 dict(id="c27", kind="clipping", date="2026-05-06", author=None, customer=None,
      text="5月5日，湖州南太湖医院信息化项目公开招标结果公示，创业慧康中标。据悉，该院信息中心主任殷志强负责此次项目的技术评审，"
           "项目最终由院党委会审定。",
      ents=[("湖州南太湖医院", O), ("创业慧康", O), ("信息中心主任", T), ("殷志强", P)],
      persons=[dict(name="殷志强", mentions=["殷志强"], org="湖州南太湖医院", title="信息中心主任")],
      orgs=[dict(name="湖州南太湖医院", mentions=["湖州南太湖医院"], kind="customer"), dict(name="创业慧康", mentions=["创业慧康"], kind="competitor")],
      roles=[dict(person="殷志强", role="EVALUATOR", org="湖州南太湖医院"), dict(person="院党委会", role="DECIDER", org="湖州南太湖医院")],
      stances=[],
      relations=[W("殷志强", "湖州南太湖医院"), rel("SUPPLIES", "创业慧康", "湖州南太湖医院")]),
 dict(id="c28", kind="visit_note", date="2026-05-08", author="孙浩", customer="河北沧州港口集团",
      text="沧州港 智慧码头 三访\n集团数字化办的詹主任负责比选，但她说选哪家她做不了主，决策权在集团总经理甄向东手里。\n"
           "甄总以前比较偏向浪潮，据詹主任讲，最近甄总改口了，现在支持我们。\n码头作业部是最终用户。",
      ents=[("沧州港", O), ("詹主任", P), ("集团总经理", T), ("甄向东", P), ("甄总", P), ("浪潮", O), ("詹主任", P), ("甄总", P)],
      persons=[dict(name="詹主任", mentions=["詹主任"], org="河北沧州港口集团", title="主任"),
               dict(name="甄向东", mentions=["甄向东", "甄总"], org="河北沧州港口集团", title="集团总经理")],
      orgs=[dict(name="河北沧州港口集团", mentions=["沧州港"], kind="customer"), dict(name="浪潮集团", mentions=["浪潮"], kind="competitor")],
      roles=[dict(person="詹主任", role="SEARCHER", org="河北沧州港口集团"), dict(person="甄向东", role="DECIDER", org="河北沧州港口集团"),
             dict(person="码头作业部", role="USER", org="河北沧州港口集团")],
      stances=[dict(person="甄向东", toward="US", stance="SUPPORTIVE", evidence="现在支持我们")],
      relations=[W("詹主任", "河北沧州港口集团"), W("甄向东", "河北沧州港口集团"), rel("ENGAGED_WITH", "浪潮集团", "河北沧州港口集团")]),
 dict(id="c29", kind="visit_note", date="2026-05-11", author="Vivian Xu", customer="重庆渝州城投集团",
      text="渝州城投 项目数据平台 — 和财务部冷总、投资部的乔经理开会。\n- 冷总 is the one who signs; 乔经理 only collects requirements.\n"
           "- 乔经理 is worried about our delivery capacity in 重庆; she prefers 重庆两江数智 because they are local.\n"
           "- 冷总 没有明确态度。",
      ents=[("渝州城投", O), ("冷总", P), ("乔经理", P), ("冷总", P), ("乔经理", P), ("乔经理", P), ("重庆两江数智", O), ("冷总", P)],
      persons=[dict(name="冷总", mentions=["冷总"], org="重庆渝州城投集团", title=None),
               dict(name="乔经理", mentions=["乔经理"], org="重庆渝州城投集团", title="经理")],
      orgs=[dict(name="重庆渝州城投集团", mentions=["渝州城投"], kind="customer"), dict(name="重庆两江数智", mentions=["重庆两江数智"], kind="competitor")],
      roles=[dict(person="冷总", role="DECIDER", org="重庆渝州城投集团")],
      stances=[dict(person="乔经理", toward="US", stance="OPPOSED", evidence="worried about our delivery capacity"),
               dict(person="乔经理", toward="重庆两江数智", stance="SUPPORTIVE", evidence="she prefers 重庆两江数智"),
               dict(person="冷总", toward="US", stance="NEUTRAL", evidence="没有明确态度")],
      relations=[W("冷总", "重庆渝州城投集团"), W("乔经理", "重庆渝州城投集团"), rel("ENGAGED_WITH", "重庆两江数智", "重庆渝州城投集团")]),
 dict(id="c30", kind="visit_note", date="2026-05-13", author="周明", customer="安徽皖江电力",
      text="皖江电力 设备台账治理\n本次见了生技部主任夏明远、信息中心的柴工。\n"
           "夏主任不是决策人，但需求是他提的，他想尽快上线。柴工负责技术评估，对普元信息的方案不看好。\n"
           "公司总经理会听夏主任的意见，最后总经理办公会定。",
      ents=[("皖江电力", O), ("生技部主任", T), ("夏明远", P), ("柴工", P), ("夏主任", P), ("柴工", P), ("普元信息", O), ("总经理", T),
            ("夏主任", P)],
      persons=[dict(name="夏明远", mentions=["夏明远", "夏主任"], org="安徽皖江电力", title="生技部主任"),
               dict(name="柴工", mentions=["柴工"], org="安徽皖江电力", title=None)],
      orgs=[dict(name="安徽皖江电力", mentions=["皖江电力"], kind="customer"), dict(name="普元信息", mentions=["普元信息"], kind="competitor")],
      roles=[dict(person="夏明远", role="INITIATOR", org="安徽皖江电力"), dict(person="柴工", role="EVALUATOR", org="安徽皖江电力"),
             dict(person="总经理办公会", role="DECIDER", org="安徽皖江电力")],
      stances=[dict(person="柴工", toward="普元信息", stance="OPPOSED", evidence="不看好")],
      relations=[W("夏明远", "安徽皖江电力"), W("柴工", "安徽皖江电力"), rel("ENGAGED_WITH", "普元信息", "安徽皖江电力")]),
 dict(id="c31", kind="visit_note", date="2026-05-15", author="赵一", customer="大连星海保险经纪",
      text="星海保险经纪 客户画像项目\n对接人是运营总监雷晓菲。雷总监说公司的CEO戴维宁一锤定音，她自己负责调研厂商、出短名单。\n"
           "雷总监对我们的印象挺好，但估计戴总更看重价格。渠道部是使用方。",
      ents=[("星海保险经纪", O), ("运营总监", T), ("雷晓菲", P), ("雷总监", P), ("CEO", T), ("戴维宁", P), ("雷总监", P), ("戴总", P)],
      persons=[dict(name="雷晓菲", mentions=["雷晓菲", "雷总监"], org="大连星海保险经纪", title="运营总监"),
               dict(name="戴维宁", mentions=["戴维宁", "戴总"], org="大连星海保险经纪", title="CEO")],
      orgs=[dict(name="大连星海保险经纪", mentions=["星海保险经纪"], kind="customer")],
      roles=[dict(person="戴维宁", role="DECIDER", org="大连星海保险经纪"), dict(person="雷晓菲", role="SEARCHER", org="大连星海保险经纪"),
             dict(person="渠道部", role="USER", org="大连星海保险经纪")],
      stances=[dict(person="雷晓菲", toward="US", stance="SUPPORTIVE", evidence="对我们的印象挺好")],
      relations=[W("雷晓菲", "大连星海保险经纪"), W("戴维宁", "大连星海保险经纪")]),
 dict(id="c32", kind="visit_note", date="2026-05-18", author="Kevin Luo", customer="东莞松湖光电",
      text="松湖光电 AOI data project, notes:\n- Plant manager 唐厂长 came up with the idea; he is the real driver.\n"
           "- 蒋工 from quality will test both systems; 蒋工 says 康耐视 is better on accuracy but likes our UI.\n"
           "- Final approval: 董事长 彭总. 彭总 is fine with either vendor.",
      ents=[("松湖光电", O), ("Plant manager", T), ("唐厂长", P), ("蒋工", P), ("蒋工", P), ("康耐视", O), ("董事长", T), ("彭总", P),
            ("彭总", P)],
      persons=[dict(name="唐厂长", mentions=["唐厂长"], org="东莞松湖光电", title="Plant manager"),
               dict(name="蒋工", mentions=["蒋工"], org="东莞松湖光电", title=None),
               dict(name="彭总", mentions=["彭总"], org="东莞松湖光电", title="董事长")],
      orgs=[dict(name="东莞松湖光电", mentions=["松湖光电"], kind="customer"), dict(name="康耐视", mentions=["康耐视"], kind="competitor")],
      roles=[dict(person="唐厂长", role="INITIATOR", org="东莞松湖光电"), dict(person="蒋工", role="EVALUATOR", org="东莞松湖光电"),
             dict(person="彭总", role="DECIDER", org="东莞松湖光电")],
      stances=[dict(person="蒋工", toward="US", stance="SUPPORTIVE", evidence="likes our UI"),
               dict(person="彭总", toward="US", stance="NEUTRAL", evidence="is fine with either vendor"),
               dict(person="彭总", toward="康耐视", stance="NEUTRAL", evidence="is fine with either vendor")],
      relations=[W("唐厂长", "东莞松湖光电"), W("蒋工", "东莞松湖光电"), W("彭总", "东莞松湖光电"), rel("ENGAGED_WITH", "康耐视", "东莞松湖光电")]),
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
    path = Path(__file__).with_name("blind2_notes.jsonl")
    with path.open("w", encoding="utf-8") as fh:
        for rec in build():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {path}")
