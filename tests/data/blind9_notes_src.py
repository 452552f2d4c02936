"""Source of tests/data/blind9_notes.jsonl: 8 notes written at the very end of session 13, after all but its final
small round of changes (industry synonyms, 3-character 字号), and measured once as the last uncontaminated check
(figures in the closing note and docs/extraction.md).  New industries (cement, metro, paper mill, county hospital, freight forwarder, lab instruments, city gas
clipping, bank clipping).  Same conventions as samples/README.md.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.annotate import US, O, P, T, W, rel, write

NOTES = [
 dict(id="p01", kind="visit_note", date="2026-11-30", author="邹宇", customer="安徽海螺水泥",
      text="海螺水泥 生产数据平台 二访\n"
           "1、数字化部部长韩光明说项目由他牵头，需求来自生产管理部。\n"
           "2、韩部长对我们的窑况预测挺满意，但担心实施团队不够。\n"
           "3、中控技术的DCS是现有系统，中控这次也来交流过。\n"
           "4、最终由集团总经理办公会定。",
      ents=[("海螺水泥", O), ("数字化部部长", T), ("韩光明", P), ("韩部长", P), ("中控技术", O), ("中控", O)],
      persons=[dict(name="韩光明", mentions=["韩光明", "韩部长"], org="安徽海螺水泥", title="数字化部部长")],
      orgs=[dict(name="安徽海螺水泥", mentions=["海螺水泥"], kind="customer"),
            dict(name="中控技术", mentions=["中控技术", "中控"], kind="competitor")],
      roles=[dict(person="韩光明", role="SEARCHER", org="安徽海螺水泥"),
             dict(person="生产管理部", role="INITIATOR", org="安徽海螺水泥"),
             dict(person="集团总经理办公会", role="DECIDER", org="安徽海螺水泥")],
      stances=[dict(person="韩光明", toward="US", stance="SUPPORTIVE", evidence="挺满意")],
      relations=[W("韩光明", "安徽海螺水泥"), rel("INCUMBENT_AT", "中控技术", "安徽海螺水泥"),
                 rel("ENGAGED_WITH", "中控技术", "安徽海螺水泥")]),
 dict(id="p02", kind="visit_note", date="2026-11-30", author="Grace Lin", customer="宁波轨道交通集团",
      text="宁波地铁 — asset management data, kickoff.\n"
           "- Met Mr. He Jun (head of maintenance) and Susan Qian from IT.\n"
           "- Mr. He initiated it and his maintenance crews will be the daily users.\n"
           "- Susan leads the vendor selection; she is sceptical of us after our last delay.\n"
           "- The group's investment committee approves projects above 5M.",
      ents=[("宁波地铁", O), ("He Jun", P), ("head of maintenance", T), ("Susan Qian", P), ("Mr. He", P), ("Susan", P)],
      persons=[dict(name="He Jun", mentions=["He Jun", "Mr. He"], org="宁波轨道交通集团", title="head of maintenance"),
               dict(name="Susan Qian", mentions=["Susan Qian", "Susan"], org="宁波轨道交通集团", title=None)],
      orgs=[dict(name="宁波轨道交通集团", mentions=["宁波地铁"], kind="customer")],
      roles=[dict(person="He Jun", role="INITIATOR", org="宁波轨道交通集团"),
             dict(person="He Jun", role="USER", org="宁波轨道交通集团"),
             dict(person="Susan Qian", role="SEARCHER", org="宁波轨道交通集团"),
             dict(person="investment committee", role="DECIDER", org="宁波轨道交通集团")],
      stances=[dict(person="Susan Qian", toward="US", stance="OPPOSED", evidence="she is sceptical of us")],
      relations=[W("He Jun", "宁波轨道交通集团"), W("Susan Qian", "宁波轨道交通集团")]),
 dict(id="p03", kind="visit_note", date="2026-12-01", author="邹宇", customer="浙江景兴纸业",
      text="景兴纸业 能耗数据 初访\n"
           "见了设备部经理邵永强和信息部的蒋工。\n"
           "邵经理说这事是总经理朱总亲自抓的，最后也是朱总拍板。\n"
           "蒋工负责技术评估，他对用友的方案评价一般，对我们还没有明确态度。\n"
           "用友是他们ERP的厂商，也在跟这个项目。",
      ents=[("景兴纸业", O), ("设备部经理", T), ("邵永强", P), ("蒋工", P), ("邵经理", P), ("总经理", T), ("朱总", P), ("朱总", P),
            ("蒋工", P), ("用友", O), ("用友", O)],
      persons=[dict(name="邵永强", mentions=["邵永强", "邵经理"], org="浙江景兴纸业", title="设备部经理"),
               dict(name="蒋工", mentions=["蒋工"], org="浙江景兴纸业", title=None),
               dict(name="朱总", mentions=["朱总"], org="浙江景兴纸业", title="总经理")],
      orgs=[dict(name="浙江景兴纸业", mentions=["景兴纸业"], kind="customer"),
            dict(name="用友网络", mentions=["用友"], kind="competitor")],
      roles=[dict(person="朱总", role="DECIDER", org="浙江景兴纸业"),
             dict(person="蒋工", role="EVALUATOR", org="浙江景兴纸业")],
      stances=[dict(person="蒋工", toward="用友网络", stance="NEUTRAL", evidence="评价一般"),
               dict(person="蒋工", toward="US", stance="NEUTRAL", evidence="还没有明确态度")],
      relations=[W("邵永强", "浙江景兴纸业"), W("蒋工", "浙江景兴纸业"), W("朱总", "浙江景兴纸业"),
                 rel("INCUMBENT_AT", "用友网络", "浙江景兴纸业"), rel("ENGAGED_WITH", "用友网络", "浙江景兴纸业")]),
 dict(id="p04", kind="visit_note", date="2026-12-01", author="邹宇", customer="开化县人民医院",
      text="开化医院 数据中心 回访\n"
           "- 信息科科长范志明以前一直替创业慧康说话，这次看了我们的互认平台演示后，明确表示支持我们。\n"
           "- 院长办公会审定，分管副院长洪院长的意见分量很重。\n"
           "- 创业慧康是现在HIS的厂商，维保到明年。",
      ents=[("开化医院", O), ("信息科科长", T), ("范志明", P), ("创业慧康", O), ("分管副院长", T), ("洪院长", P), ("创业慧康", O)],
      persons=[dict(name="范志明", mentions=["范志明"], org="开化县人民医院", title="信息科科长"),
               dict(name="洪院长", mentions=["洪院长"], org="开化县人民医院", title="分管副院长")],
      orgs=[dict(name="开化县人民医院", mentions=["开化医院"], kind="customer"),
            dict(name="创业慧康", mentions=["创业慧康"], kind="competitor")],
      roles=[dict(person="院长办公会", role="DECIDER", org="开化县人民医院")],
      stances=[dict(person="范志明", toward="US", stance="SUPPORTIVE", evidence="明确表示支持我们")],
      relations=[W("范志明", "开化县人民医院"), W("洪院长", "开化县人民医院"),
                 rel("INCUMBENT_AT", "创业慧康", "开化县人民医院")]),
 dict(id="p05", kind="visit_note", date="2026-12-01", author="邹宇", customer="宁波中远货代",
      text="中远货代 单证数据 二访\n"
           "1. 操作部总监谢丽华是需求方，她手下的单证组每天都要用系统。\n"
           "2. 谢总监对我们很支持，还私下跟我们说了竞争对手的报价。\n"
           "3. 上海货讯通的系统用了六年，货讯通这次想续约。\n"
           "4. 采购由总部招标办统一组织。",
      ents=[("中远货代", O), ("操作部总监", T), ("谢丽华", P), ("谢总监", P), ("上海货讯通", O), ("货讯通", O)],
      persons=[dict(name="谢丽华", mentions=["谢丽华", "谢总监"], org="宁波中远货代", title="操作部总监")],
      orgs=[dict(name="宁波中远货代", mentions=["中远货代"], kind="customer"),
            dict(name="上海货讯通", mentions=["上海货讯通", "货讯通"], kind="competitor")],
      roles=[dict(person="谢丽华", role="INITIATOR", org="宁波中远货代"),
             dict(person="单证组", role="USER", org="宁波中远货代"),
             dict(person="谢丽华", role="COACH", org="宁波中远货代"),
             dict(person="招标办", role="SEARCHER", org="宁波中远货代")],
      stances=[dict(person="谢丽华", toward="US", stance="SUPPORTIVE", evidence="对我们很支持")],
      relations=[W("谢丽华", "宁波中远货代"), rel("INCUMBENT_AT", "上海货讯通", "宁波中远货代"),
                 rel("ENGAGED_WITH", "上海货讯通", "宁波中远货代")]),
 dict(id="p06", kind="visit_note", date="2026-12-01", author="Grace Lin", customer="杭州聚光仪器",
      text="聚光仪器 — lab data platform, second call with CTO Alan Zhou.\n"
           "- Alan has the final say and is clearly on our side now.\n"
           "- His QA lead, Ms. Pan, will run the PoC scoring; she still prefers LabWare, their current LIMS vendor.",
      ents=[("聚光仪器", O), ("CTO", T), ("Alan Zhou", P), ("Alan", P), ("Ms. Pan", P), ("LabWare", O)],
      persons=[dict(name="Alan Zhou", mentions=["Alan Zhou", "Alan"], org="杭州聚光仪器", title="CTO"),
               dict(name="Ms. Pan", mentions=["Ms. Pan"], org="杭州聚光仪器", title=None)],
      orgs=[dict(name="杭州聚光仪器", mentions=["聚光仪器"], kind="customer"),
            dict(name="LabWare", mentions=["LabWare"], kind="competitor")],
      roles=[dict(person="Alan Zhou", role="DECIDER", org="杭州聚光仪器"),
             dict(person="Ms. Pan", role="EVALUATOR", org="杭州聚光仪器")],
      stances=[dict(person="Alan Zhou", toward="US", stance="SUPPORTIVE", evidence="clearly on our side now"),
               dict(person="Ms. Pan", toward="LabWare", stance="SUPPORTIVE", evidence="she still prefers LabWare")],
      relations=[W("Alan Zhou", "杭州聚光仪器"), W("Ms. Pan", "杭州聚光仪器"), rel("REPORTS_TO", "Ms. Pan", "Alan Zhou"),
                 rel("INCUMBENT_AT", "LabWare", "杭州聚光仪器")]),
 dict(id="p07", kind="clipping", date="2026-12-01", author=None, customer=None,
      text="11月30日，杭州天然气集团与中太数据签约，中太数据将为其建设燃气管网数据中台。"
           "杭州天然气集团信息中心主任褚建国表示，项目由杭州本地的集成商杭州数安集成负责实施，预计明年6月上线。",
      ents=[("杭州天然气集团", O), ("中太数据", O), ("中太数据", O), ("杭州天然气集团", O), ("信息中心主任", T), ("褚建国", P),
            ("杭州数安集成", O)],
      persons=[dict(name="褚建国", mentions=["褚建国"], org="杭州天然气集团", title="信息中心主任")],
      orgs=[dict(name="杭州天然气集团", mentions=["杭州天然气集团"], kind="customer"),
            dict(name="中太数据", mentions=["中太数据"], kind="us"),
            dict(name="杭州数安集成", mentions=["杭州数安集成"], kind="channel")],
      roles=[], stances=[],
      relations=[W("褚建国", "杭州天然气集团"), rel("CHANNEL_FOR", "杭州数安集成", US)]),
 dict(id="p08", kind="clipping", date="2026-12-01", author=None, customer=None,
      text="苏州长亮数科近日宣布收购杭州融核软件70%股权。融核软件主要为城商行提供核心系统，此前与金蝶在财务云领域有合作。"
           "长亮数科总裁邱文涛称，交易有助于完善其银行软件产品线。",
      ents=[("苏州长亮数科", O), ("杭州融核软件", O), ("融核软件", O), ("金蝶", O), ("长亮数科", O), ("总裁", T), ("邱文涛", P)],
      persons=[dict(name="邱文涛", mentions=["邱文涛"], org="苏州长亮数科", title="总裁")],
      orgs=[dict(name="苏州长亮数科", mentions=["苏州长亮数科", "长亮数科"], kind="competitor"),
            dict(name="杭州融核软件", mentions=["杭州融核软件", "融核软件"], kind="other"),
            dict(name="金蝶", mentions=["金蝶"], kind="other")],
      roles=[], stances=[],
      relations=[W("邱文涛", "苏州长亮数科"), rel("ACQUIRES", "苏州长亮数科", "杭州融核软件"),
                 rel("PARTNERS_WITH", "杭州融核软件", "金蝶")]),
]


if __name__ == "__main__":
    write(NOTES, Path(__file__).with_name("blind9_notes.jsonl"))
