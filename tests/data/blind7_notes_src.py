"""Source of tests/data/blind7_notes.jsonl: 10 notes and clippings written at the very end of session 13, after all
of that session's extraction changes, and measured once as the final uncontaminated check (figures in the closing
note); then kept as a regression set.  New industries (ceramics, gas utility, provincial archive, dairy, private
hospital, securities IT, shipyard, logistics park, textiles clipping, vendor funding clipping), hedges, negations,
a Traditional-script note and a mixed-language note.  Same conventions as samples/README.md.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.annotate import US, O, P, R, T, W, rel, write

NOTES = [
 dict(id="m01", kind="visit_note", date="2026-11-02", author="邹宇", customer="景德镇华瓷集团",
      text="华瓷集团 生产数据平台 二访\n"
           "1. 接待人是信息部经理顾长青，他说项目是生产副总贺总提出的，贺总希望明年3月前看到窑炉能耗的分析。\n"
           "2. 顾经理并非决策人，最终要报集团董事会审议。\n"
           "3. 顾经理对我们比较认同，但提醒我们江西赣数科技也在接触贺总。\n"
           "4. 现有的MES是赣数做的，据说贺总对赣数的售后很不满意。",
      ents=[("华瓷集团", O), ("信息部经理", T), ("顾长青", P), ("生产副总", T), ("贺总", P), ("贺总", P), ("顾经理", P),
            ("顾经理", P), ("江西赣数科技", O), ("贺总", P), ("赣数", O), ("贺总", P), ("赣数", O)],
      persons=[dict(name="顾长青", mentions=["顾长青", "顾经理"], org="景德镇华瓷集团", title="信息部经理"),
               dict(name="贺总", mentions=["贺总"], org="景德镇华瓷集团", title="生产副总")],
      orgs=[dict(name="景德镇华瓷集团", mentions=["华瓷集团"], kind="customer"),
            dict(name="江西赣数科技", mentions=["江西赣数科技", "赣数"], kind="competitor")],
      roles=[dict(person="贺总", role="INITIATOR", org="景德镇华瓷集团"),
             dict(person="集团董事会", role="DECIDER", org="景德镇华瓷集团")],
      stances=[dict(person="顾长青", toward="US", stance="SUPPORTIVE", evidence="对我们比较认同"),
               dict(person="贺总", toward="江西赣数科技", stance="OPPOSED", evidence="对赣数的售后很不满意")],
      relations=[W("顾长青", "景德镇华瓷集团"), W("贺总", "景德镇华瓷集团"),
                 rel("ENGAGED_WITH", "江西赣数科技", "景德镇华瓷集团"), rel("INCUMBENT_AT", "江西赣数科技", "景德镇华瓷集团")]),
 dict(id="m02", kind="visit_note", date="2026-11-03", author="邹宇", customer="嘉兴港区燃气",
      text="港区燃气 — 第一次见面\n"
           "- 总经理助理兼信息中心主任孔令辉负责这次的选型。\n"
           "- 孔主任说用气大户的抄表数据目前都在浙江智表云上，合同到2027年底。\n"
           "- 孔主任原在杭州数衡科技做项目经理，去年才过来，对数衡那一套很熟，但表示不会因此偏向数衡。\n"
           "- 客服中心是主要用户。",
      ents=[("港区燃气", O), ("总经理助理", T), ("信息中心主任", T), ("孔令辉", P), ("孔主任", P), ("浙江智表云", O), ("孔主任", P),
            ("杭州数衡科技", O), ("项目经理", T), ("数衡", O), ("数衡", O)],
      persons=[dict(name="孔令辉", mentions=["孔令辉", "孔主任"], org="嘉兴港区燃气", title="信息中心主任")],
      orgs=[dict(name="嘉兴港区燃气", mentions=["港区燃气"], kind="customer"),
            dict(name="浙江智表云", mentions=["浙江智表云"], kind="competitor"),
            dict(name="杭州数衡科技", mentions=["杭州数衡科技", "数衡"], kind="competitor")],
      roles=[dict(person="孔令辉", role="SEARCHER", org="嘉兴港区燃气"),
             dict(person="客服中心", role="USER", org="嘉兴港区燃气")],
      stances=[dict(person="孔令辉", toward="杭州数衡科技", stance="NEUTRAL", evidence="不会因此偏向数衡")],
      relations=[W("孔令辉", "嘉兴港区燃气"), rel("INCUMBENT_AT", "浙江智表云", "嘉兴港区燃气")]),
 dict(id="m03", kind="visit_note", date="2026-11-04", author="邹宇", customer="浙江省档案馆",
      text="省档案馆 数字档案平台 三访\n"
           "技术处的邬处长这次明确表示支持我们，说我们的OCR准确率最高。\n"
           "馆里的采购由办公室统一组织，技术评估由技术处负责，最后馆长办公会拍板。\n"
           "拓尔思的人上周也来了，邬处长对拓尔思的印象还可以，但觉得他们价格偏高。",
      ents=[("省档案馆", O), ("邬处长", P), ("拓尔思", O), ("邬处长", P), ("拓尔思", O)],
      persons=[dict(name="邬处长", mentions=["邬处长"], org="浙江省档案馆", title="处长")],
      orgs=[dict(name="浙江省档案馆", mentions=["省档案馆"], kind="customer"),
            dict(name="拓尔思", mentions=["拓尔思"], kind="competitor")],
      roles=[dict(person="办公室", role="SEARCHER", org="浙江省档案馆"),
             dict(person="技术处", role="EVALUATOR", org="浙江省档案馆"),
             dict(person="馆长办公会", role="DECIDER", org="浙江省档案馆")],
      stances=[dict(person="邬处长", toward="US", stance="SUPPORTIVE", evidence="明确表示支持我们"),
               dict(person="邬处长", toward="拓尔思", stance="NEUTRAL", evidence="印象还可以")],
      relations=[W("邬处长", "浙江省档案馆"), rel("ENGAGED_WITH", "拓尔思", "浙江省档案馆")]),
 dict(id="m04", kind="visit_note", date="2026-11-05", author="Grace Lin", customer="宁波牧原乳业",
      text="牧原乳业 — cold-chain quality analytics.\n"
           "- Met the quality director, Ms. Xie Wanru, and Tony Fan from IT.\n"
           "- Ms. Xie raised the requirement after two recalls; she also signs off on the budget.\n"
           "- Tony runs the technical evaluation and told us privately that 用友 is offering a discount.\n"
           "- Ms. Xie is leaning towards us; Tony is neutral.",
      ents=[("牧原乳业", O), ("quality director", T), ("Xie Wanru", P), ("Tony Fan", P), ("Ms. Xie", P), ("Tony", P), ("用友", O),
            ("Ms. Xie", P), ("Tony", P)],
      persons=[dict(name="Xie Wanru", mentions=["Xie Wanru", "Ms. Xie"], org="宁波牧原乳业", title="quality director"),
               dict(name="Tony Fan", mentions=["Tony Fan", "Tony"], org="宁波牧原乳业", title=None)],
      orgs=[dict(name="宁波牧原乳业", mentions=["牧原乳业"], kind="customer"),
            dict(name="用友网络", mentions=["用友"], kind="competitor")],
      roles=[dict(person="Xie Wanru", role="INITIATOR", org="宁波牧原乳业"),
             dict(person="Xie Wanru", role="DECIDER", org="宁波牧原乳业"),
             dict(person="Tony Fan", role="EVALUATOR", org="宁波牧原乳业"),
             dict(person="Tony Fan", role="COACH", org="宁波牧原乳业")],
      stances=[dict(person="Xie Wanru", toward="US", stance="SUPPORTIVE", evidence="leaning towards us"),
               dict(person="Tony Fan", toward="US", stance="NEUTRAL", evidence="Tony is neutral")],
      relations=[W("Xie Wanru", "宁波牧原乳业"), W("Tony Fan", "宁波牧原乳业"), rel("ENGAGED_WITH", "用友网络", "宁波牧原乳业")]),
 dict(id="m05", kind="visit_note", date="2026-11-06", author="邹宇", customer="温州康宁医院",
      text="康寧醫院 臨床數據中心 初訪\n"
           "見了信息科主任蔣立平。蔣主任說需求是醫務部提的，信息科負責選型。\n"
           "蔣主任對衛寧的系統意見很大，說接口改一次要等半個月。衛寧是現在HIS的廠商。",
      ents=[("康寧醫院", O), ("信息科主任", T), ("蔣立平", P), ("蔣主任", P), ("蔣主任", P), ("衛寧", O), ("衛寧", O)],
      persons=[dict(name="蔣立平", mentions=["蔣立平", "蔣主任"], org="温州康宁医院", title="信息科主任")],
      orgs=[dict(name="温州康宁医院", mentions=["康寧醫院"], kind="customer"),
            dict(name="卫宁健康", mentions=["衛寧"], kind="competitor")],
      roles=[dict(person="醫務部", role="INITIATOR", org="温州康宁医院"),
             dict(person="信息科", role="SEARCHER", org="温州康宁医院")],
      stances=[dict(person="蔣立平", toward="卫宁健康", stance="OPPOSED", evidence="意見很大")],
      relations=[W("蔣立平", "温州康宁医院"), rel("INCUMBENT_AT", "卫宁健康", "温州康宁医院")]),
 dict(id="m06", kind="visit_note", date="2026-11-09", author="邹宇", customer="财通证券",
      text="财通证券 数据治理 回访\n"
           "1、金融科技部总经理单一鸣是这次项目的推动者，在内部一直力挺我们。\n"
           "2、他手下的架构师阮工负责POC测试，阮工对恒生的方案更熟悉，态度中立。\n"
           "3、恒生电子是他们核心交易系统的供应商，这次也报了价。\n"
           "4、最后由公司信息技术委员会决策。",
      ents=[("财通证券", O), ("金融科技部总经理", T), ("单一鸣", P), ("架构师", T), ("阮工", P), ("阮工", P), ("恒生", O),
            ("恒生电子", O)],
      persons=[dict(name="单一鸣", mentions=["单一鸣"], org="财通证券", title="金融科技部总经理"),
               dict(name="阮工", mentions=["阮工"], org="财通证券", title="架构师")],
      orgs=[dict(name="财通证券", mentions=["财通证券"], kind="customer"),
            dict(name="恒生电子", mentions=["恒生", "恒生电子"], kind="competitor")],
      roles=[dict(person="单一鸣", role="SPONSOR", org="财通证券"),
             dict(person="阮工", role="EVALUATOR", org="财通证券"),
             dict(person="信息技术委员会", role="DECIDER", org="财通证券")],
      stances=[dict(person="单一鸣", toward="US", stance="SUPPORTIVE", evidence="一直力挺我们"),
               dict(person="阮工", toward="US", stance="NEUTRAL", evidence="态度中立")],
      relations=[W("单一鸣", "财通证券"), W("阮工", "财通证券"), rel("REPORTS_TO", "阮工", "单一鸣"),
                 rel("INCUMBENT_AT", "恒生电子", "财通证券"), rel("ENGAGED_WITH", "恒生电子", "财通证券")]),
 dict(id="m07", kind="visit_note", date="2026-11-10", author="Grace Lin", customer="舟山长宏船舶",
      text="长宏船舶 shipyard production data — site visit.\n"
           "- Mr. Yu, the production director, wants a real-time dashboard of block welding; his team will use it daily.\n"
           "- Final call is with the general manager, Lin Haoran, who we have not met.\n"
           "- Mr. Yu says Siemens built their current PLM and keeps pitching an upgrade; Yu is not keen on Siemens.",
      ents=[("长宏船舶", O), ("Mr. Yu", P), ("production director", T), ("general manager", T), ("Lin Haoran", P), ("Mr. Yu", P),
            ("Siemens", O), ("Yu", P), ("Siemens", O)],
      persons=[dict(name="Mr. Yu", mentions=["Mr. Yu", "Yu"], org="舟山长宏船舶", title="production director"),
               dict(name="Lin Haoran", mentions=["Lin Haoran"], org="舟山长宏船舶", title="general manager")],
      orgs=[dict(name="舟山长宏船舶", mentions=["长宏船舶"], kind="customer"),
            dict(name="Siemens", mentions=["Siemens"], kind="competitor")],
      roles=[dict(person="Mr. Yu", role="INITIATOR", org="舟山长宏船舶"),
             dict(person="Mr. Yu", role="USER", org="舟山长宏船舶"),
             dict(person="Lin Haoran", role="DECIDER", org="舟山长宏船舶")],
      stances=[dict(person="Mr. Yu", toward="Siemens", stance="OPPOSED", evidence="Yu is not keen on Siemens")],
      relations=[W("Mr. Yu", "舟山长宏船舶"), W("Lin Haoran", "舟山长宏船舶"), rel("INCUMBENT_AT", "Siemens", "舟山长宏船舶"),
                 rel("ENGAGED_WITH", "Siemens", "舟山长宏船舶")]),
 dict(id="m08", kind="visit_note", date="2026-11-11", author="邹宇", customer="金华义东物流园",
      text="义东物流园 园区大脑 二访\n"
           "园区管委会的钱副主任是这个项目的发起人，也是最终拍板的人。\n"
           "钱副主任私下跟我们说，阿里云给的方案太重，他不太感冒；另外杭州城云也在跟，城云跟管委会关系不错。\n"
           "实施的话我们打算找金华本地的集成商金华星联信息。",
      ents=[("义东物流园", O), ("钱副主任", P), ("钱副主任", P), ("阿里云", O), ("杭州城云", O), ("城云", O), ("金华星联信息", O)],
      persons=[dict(name="钱副主任", mentions=["钱副主任"], org="金华义东物流园", title="副主任")],
      orgs=[dict(name="金华义东物流园", mentions=["义东物流园"], kind="customer"),
            dict(name="阿里云", mentions=["阿里云"], kind="competitor"),
            dict(name="杭州城云", mentions=["杭州城云", "城云"], kind="competitor"),
            dict(name="金华星联信息", mentions=["金华星联信息"], kind="channel")],
      roles=[dict(person="钱副主任", role="INITIATOR", org="金华义东物流园"),
             dict(person="钱副主任", role="DECIDER", org="金华义东物流园"),
             dict(person="钱副主任", role="COACH", org="金华义东物流园")],
      stances=[dict(person="钱副主任", toward="阿里云", stance="OPPOSED", evidence="他不太感冒")],
      relations=[W("钱副主任", "金华义东物流园"), rel("ENGAGED_WITH", "阿里云", "金华义东物流园"),
                 rel("ENGAGED_WITH", "杭州城云", "金华义东物流园"), rel("CHANNEL_FOR", "金华星联信息", US)]),
 dict(id="m09", kind="clipping", date="2026-11-12", author=None, customer=None,
      text="11月11日，绍兴柯桥纺织集团与中太数据签署数字化转型合作协议，中太数据将为其建设面料供应链数据平台。"
           "柯桥纺织集团副总裁傅明达表示，平台将基于中太数据的澜湖数据中台V3，并由绍兴本地的越信集成负责落地实施。",
      ents=[("绍兴柯桥纺织集团", O), ("中太数据", O), ("中太数据", O), ("柯桥纺织集团", O), ("副总裁", T), ("傅明达", P), ("中太数据", O),
            ("澜湖数据中台V3", R), ("越信集成", O)],
      persons=[dict(name="傅明达", mentions=["傅明达"], org="绍兴柯桥纺织集团", title="副总裁")],
      orgs=[dict(name="绍兴柯桥纺织集团", mentions=["绍兴柯桥纺织集团", "柯桥纺织集团"], kind="customer"),
            dict(name="中太数据", mentions=["中太数据"], kind="us"),
            dict(name="越信集成", mentions=["越信集成"], kind="channel")],
      roles=[], stances=[],
      relations=[W("傅明达", "绍兴柯桥纺织集团"),
                 rel("USES_PRODUCT", "绍兴柯桥纺织集团", "澜湖数据中台V3"), rel("MAKES", "中太数据", "澜湖数据中台V3"),
                 rel("CHANNEL_FOR", "越信集成", "中太数据")]),
 dict(id="m10", kind="clipping", date="2026-11-13", author=None, customer=None,
      text="江西赣数科技11月12日宣布与华为云达成战略合作，双方将联合推出面向陶瓷、有色行业的工业数据平台。"
           "赣数科技总经理龚振宇介绍，公司此前已被南昌洪城控股收购，目前员工约400人。",
      ents=[("江西赣数科技", O), ("华为云", O), ("赣数科技", O), ("总经理", T), ("龚振宇", P), ("南昌洪城控股", O)],
      persons=[dict(name="龚振宇", mentions=["龚振宇"], org="江西赣数科技", title="总经理")],
      orgs=[dict(name="江西赣数科技", mentions=["江西赣数科技", "赣数科技"], kind="competitor"),
            dict(name="华为云", mentions=["华为云"], kind="competitor"),
            dict(name="南昌洪城控股", mentions=["南昌洪城控股"], kind="other")],
      roles=[], stances=[],
      relations=[W("龚振宇", "江西赣数科技"), rel("PARTNERS_WITH", "江西赣数科技", "华为云"),
                 rel("ACQUIRES", "南昌洪城控股", "江西赣数科技")]),
]


if __name__ == "__main__":
    write(NOTES, Path(__file__).with_name("blind7_notes.jsonl"))
