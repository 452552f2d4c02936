"""Source of tests/data/blind8_notes.jsonl: 10 notes and clippings written at the end of session 13, after the
blind7 round of changes, and measured once as the final uncontaminated check of that session (figures in the
closing note); then kept as a regression set.  New industries (water treatment, bank branch, steel, tourism
group, e-commerce, power plant, insurance clipping, city brain, pharma chain, vocational school).
Same conventions as samples/README.md.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.annotate import US, O, P, R, T, W, rel, write  # noqa: F401

NOTES = [
 dict(id="n01", kind="visit_note", date="2026-11-16", author="邹宇", customer="绍兴柯岩水处理",
      text="柯岩水处理 三访\n"
           "1、见了运营总监欧阳明和化验室的谭工。\n"
           "2、欧阳总监说加药优化的需求是他提的，最后也是他说了算，预算80万左右。\n"
           "3、谭工负责验收，她对现有的博控系统很依赖，担心换系统影响化验数据。\n"
           "4、博控科技这次也来报价了，欧阳总监对博控没什么好感。",
      ents=[("柯岩水处理", O), ("运营总监", T), ("欧阳明", P), ("谭工", P), ("欧阳总监", P), ("谭工", P), ("博控", O), ("博控科技", O),
            ("欧阳总监", P), ("博控", O)],
      persons=[dict(name="欧阳明", mentions=["欧阳明", "欧阳总监"], org="绍兴柯岩水处理", title="运营总监"),
               dict(name="谭工", mentions=["谭工"], org="绍兴柯岩水处理", title=None)],
      orgs=[dict(name="绍兴柯岩水处理", mentions=["柯岩水处理"], kind="customer"),
            dict(name="博控科技", mentions=["博控", "博控科技"], kind="competitor")],
      roles=[dict(person="欧阳明", role="INITIATOR", org="绍兴柯岩水处理"),
             dict(person="欧阳明", role="DECIDER", org="绍兴柯岩水处理"),
             dict(person="谭工", role="EVALUATOR", org="绍兴柯岩水处理")],
      stances=[dict(person="谭工", toward="博控科技", stance="SUPPORTIVE", evidence="很依赖"),
               dict(person="欧阳明", toward="博控科技", stance="OPPOSED", evidence="没什么好感")],
      relations=[W("欧阳明", "绍兴柯岩水处理"), W("谭工", "绍兴柯岩水处理"), rel("INCUMBENT_AT", "博控科技", "绍兴柯岩水处理"),
                 rel("ENGAGED_WITH", "博控科技", "绍兴柯岩水处理")]),
 dict(id="n02", kind="visit_note", date="2026-11-17", author="邹宇", customer="宁波鄞州农商银行",
      text="鄞州农商行 监管报送 初访\n"
           "科技部副总经理潘立新接待，他是分管数据的，这次选型由他牵头。\n"
           "潘总说现在的报送系统是长亮科技做的，运行快五年了，问题不少。\n"
           "最终要上行长办公会，潘总估计年底前能定下来。潘总对我们的态度还不明朗。",
      ents=[("鄞州农商行", O), ("科技部副总经理", T), ("潘立新", P), ("潘总", P), ("长亮科技", O), ("潘总", P), ("潘总", P)],
      persons=[dict(name="潘立新", mentions=["潘立新", "潘总"], org="宁波鄞州农商银行", title="科技部副总经理")],
      orgs=[dict(name="宁波鄞州农商银行", mentions=["鄞州农商行"], kind="customer"),
            dict(name="长亮科技", mentions=["长亮科技"], kind="competitor")],
      roles=[dict(person="潘立新", role="SEARCHER", org="宁波鄞州农商银行"),
             dict(person="行长办公会", role="DECIDER", org="宁波鄞州农商银行")],
      stances=[dict(person="潘立新", toward="US", stance="NEUTRAL", evidence="态度还不明朗")],
      relations=[W("潘立新", "宁波鄞州农商银行"), rel("INCUMBENT_AT", "长亮科技", "宁波鄞州农商银行")]),
 dict(id="n03", kind="visit_note", date="2026-11-18", author="Grace Lin", customer="马鞍山江东钢铁",
      text="江东钢铁 — energy data platform, follow-up.\n"
           "- Met Mr. Zhu (deputy head of the energy department). He says the GM, Wang Lei, will make the call.\n"
           "- Mr. Zhu is our main supporter inside; he keeps sharing the tender timeline with us.\n"
           "- 宝信软件 runs their MES and is also bidding; Zhu thinks 宝信 is overpriced.",
      ents=[("江东钢铁", O), ("Mr. Zhu", P), ("deputy head of the energy department", T), ("GM", T), ("Wang Lei", P), ("Mr. Zhu", P), ("宝信软件", O), ("Zhu", P), ("宝信", O)],
      persons=[dict(name="Mr. Zhu", mentions=["Mr. Zhu", "Zhu"], org="马鞍山江东钢铁",
                    title="deputy head of the energy department"),
               dict(name="Wang Lei", mentions=["Wang Lei"], org="马鞍山江东钢铁", title="GM")],
      orgs=[dict(name="马鞍山江东钢铁", mentions=["江东钢铁"], kind="customer"),
            dict(name="宝信软件", mentions=["宝信软件", "宝信"], kind="competitor")],
      roles=[dict(person="Wang Lei", role="DECIDER", org="马鞍山江东钢铁"),
             dict(person="Mr. Zhu", role="COACH", org="马鞍山江东钢铁")],
      stances=[dict(person="Mr. Zhu", toward="US", stance="SUPPORTIVE", evidence="our main supporter"),
               dict(person="Mr. Zhu", toward="宝信软件", stance="OPPOSED", evidence="宝信 is overpriced")],
      relations=[W("Mr. Zhu", "马鞍山江东钢铁"), W("Wang Lei", "马鞍山江东钢铁"), rel("INCUMBENT_AT", "宝信软件", "马鞍山江东钢铁"),
                 rel("ENGAGED_WITH", "宝信软件", "马鞍山江东钢铁")]),
 dict(id="n04", kind="visit_note", date="2026-11-19", author="邹宇", customer="黄山旅游集团",
      text="黄山旅游 智慧景区 二访\n"
           "- 集团数字化办公室的石主任是牵头人，他对我们的客流预测很认可。\n"
           "- 景区管委会那边用的是深圳景联的票务系统，石主任说景联不太配合开放接口。\n"
           "- 石主任提醒，集团总经理办公会最后定，分管副总余总的意见很关键。",
      ents=[("黄山旅游", O), ("石主任", P), ("深圳景联", O), ("石主任", P), ("景联", O), ("石主任", P), ("分管副总", T), ("余总", P)],
      persons=[dict(name="石主任", mentions=["石主任"], org="黄山旅游集团", title="主任"),
               dict(name="余总", mentions=["余总"], org="黄山旅游集团", title="分管副总")],
      orgs=[dict(name="黄山旅游集团", mentions=["黄山旅游"], kind="customer"),
            dict(name="深圳景联", mentions=["深圳景联", "景联"], kind="competitor")],
      roles=[dict(person="石主任", role="SEARCHER", org="黄山旅游集团"),
             dict(person="集团总经理办公会", role="DECIDER", org="黄山旅游集团")],
      stances=[dict(person="石主任", toward="US", stance="SUPPORTIVE", evidence="对我们的客流预测很认可"),
               dict(person="石主任", toward="深圳景联", stance="OPPOSED", evidence="景联不太配合开放接口")],
      relations=[W("石主任", "黄山旅游集团"), W("余总", "黄山旅游集团"), rel("INCUMBENT_AT", "深圳景联", "黄山旅游集团")]),
 dict(id="n05", kind="visit_note", date="2026-11-20", author="邹宇", customer="杭州云集电商",
      text="云集电商 用户数据平台 首访\n"
           "见了CTO何俊和数据部负责人葛敏。需求是葛敏团队提出来的，他们每天都要跑用户分群。\n"
           "何总明确说预算他批，但要看POC效果。\n"
           "葛敏对阿里云的方案比较熟，但她说愿意给我们一个POC机会。",
      ents=[("云集电商", O), ("CTO", T), ("何俊", P), ("数据部负责人", T), ("葛敏", P), ("葛敏", P), ("何总", P), ("葛敏", P), ("阿里云", O)],
      persons=[dict(name="何俊", mentions=["何俊", "何总"], org="杭州云集电商", title="CTO"),
               dict(name="葛敏", mentions=["葛敏"], org="杭州云集电商", title="数据部负责人")],
      orgs=[dict(name="杭州云集电商", mentions=["云集电商"], kind="customer"),
            dict(name="阿里云", mentions=["阿里云"], kind="competitor")],
      roles=[dict(person="葛敏", role="INITIATOR", org="杭州云集电商"),
             dict(person="葛敏", role="USER", org="杭州云集电商"),
             dict(person="何俊", role="DECIDER", org="杭州云集电商")],
      stances=[dict(person="葛敏", toward="US", stance="SUPPORTIVE", evidence="愿意给我们一个POC机会")],
      relations=[W("何俊", "杭州云集电商"), W("葛敏", "杭州云集电商")]),
 dict(id="n06", kind="visit_note", date="2026-11-23", author="邹宇", customer="国能北仑电厂",
      text="北仑电厂 设备预测性维护 回访\n"
           "1. 设备部主任章海涛说这次项目是他发起的，设备部的人是主要用户。\n"
           "2. 章主任之前倾向南瑞，这次看了我们的振动分析演示后，改口说我们更贴近现场。\n"
           "3. 南瑞继保的DCS在厂里跑了十年，这次也在积极争取。\n"
           "4. 决策在集团采购部，章主任只有推荐权。",
      ents=[("北仑电厂", O), ("设备部主任", T), ("章海涛", P), ("章主任", P), ("南瑞", O), ("南瑞继保", O), ("章主任", P)],
      persons=[dict(name="章海涛", mentions=["章海涛", "章主任"], org="国能北仑电厂", title="设备部主任")],
      orgs=[dict(name="国能北仑电厂", mentions=["北仑电厂"], kind="customer"),
            dict(name="南瑞继保", mentions=["南瑞", "南瑞继保"], kind="competitor")],
      roles=[dict(person="章海涛", role="INITIATOR", org="国能北仑电厂"),
             dict(person="设备部", role="USER", org="国能北仑电厂"),
             dict(person="集团采购部", role="DECIDER", org="国能北仑电厂")],
      stances=[dict(person="章海涛", toward="US", stance="SUPPORTIVE", evidence="改口说我们更贴近现场")],
      relations=[W("章海涛", "国能北仑电厂"), rel("INCUMBENT_AT", "南瑞继保", "国能北仑电厂"),
                 rel("ENGAGED_WITH", "南瑞继保", "国能北仑电厂")]),
 dict(id="n07", kind="clipping", date="2026-11-24", author=None, customer=None,
      text="11月23日，众安保险宣布与北京明略科技签署战略合作协议，双方将在智能营销领域展开合作。"
           "明略科技副总裁卜晓峰表示，众安将率先在车险业务中使用明略的营销云产品“明略营销云”。",
      ents=[("众安保险", O), ("北京明略科技", O), ("明略科技", O), ("副总裁", T), ("卜晓峰", P), ("众安", O), ("明略", O), ("明略营销云", R)],
      persons=[dict(name="卜晓峰", mentions=["卜晓峰"], org="北京明略科技", title="副总裁")],
      orgs=[dict(name="众安保险", mentions=["众安保险", "众安"], kind="other"),
            dict(name="北京明略科技", mentions=["北京明略科技", "明略科技", "明略"], kind="competitor")],
      roles=[], stances=[],
      relations=[W("卜晓峰", "北京明略科技"), rel("PARTNERS_WITH", "众安保险", "北京明略科技"),
                 rel("USES_PRODUCT", "众安保险", "明略营销云"), rel("MAKES", "北京明略科技", "明略营销云")]),
 dict(id="n08", kind="visit_note", date="2026-11-25", author="Grace Lin", customer="衢州城市大脑运营公司",
      text="衢州城市大脑 — call with Ms. Fang Jing (ops director) and engineer 祝工.\n"
           "- Ms. Fang owns the budget and has the final say.\n"
           "- 祝工 will run the acceptance tests; he told us in confidence that 数梦工场 is pushing hard.\n"
           "- 数梦 built the first phase; Ms. Fang is frustrated with their delays.",
      ents=[("衢州城市大脑", O), ("Fang Jing", P), ("ops director", T), ("祝工", P), ("Ms. Fang", P), ("祝工", P), ("数梦工场", O),
            ("数梦", O), ("Ms. Fang", P)],
      persons=[dict(name="Fang Jing", mentions=["Fang Jing", "Ms. Fang"], org="衢州城市大脑运营公司", title="ops director"),
               dict(name="祝工", mentions=["祝工"], org="衢州城市大脑运营公司", title=None)],
      orgs=[dict(name="衢州城市大脑运营公司", mentions=["衢州城市大脑"], kind="customer"),
            dict(name="数梦工场", mentions=["数梦工场", "数梦"], kind="competitor")],
      roles=[dict(person="Fang Jing", role="DECIDER", org="衢州城市大脑运营公司"),
             dict(person="祝工", role="EVALUATOR", org="衢州城市大脑运营公司"),
             dict(person="祝工", role="COACH", org="衢州城市大脑运营公司")],
      stances=[dict(person="Fang Jing", toward="数梦工场", stance="OPPOSED", evidence="frustrated with their delays")],
      relations=[W("Fang Jing", "衢州城市大脑运营公司"), W("祝工", "衢州城市大脑运营公司"),
                 rel("ENGAGED_WITH", "数梦工场", "衢州城市大脑运营公司"), rel("INCUMBENT_AT", "数梦工场", "衢州城市大脑运营公司")]),
 dict(id="n09", kind="visit_note", date="2026-11-26", author="邹宇", customer="浙江英特药业",
      text="英特药业 供应链数据 二访\n"
           "物流中心经理詹洁说，仓库这块一直是她在提需求，她的团队是日常使用者。\n"
           "财务总监许总并不拍板，最终由总裁办公会决定；许总对我们还是比较冷淡，觉得价格高。\n"
           "他们的ERP是SAP，由上海汉得信息负责运维。",
      ents=[("英特药业", O), ("物流中心经理", T), ("詹洁", P), ("财务总监", T), ("许总", P), ("许总", P), ("SAP", O), ("上海汉得信息", O)],
      persons=[dict(name="詹洁", mentions=["詹洁"], org="浙江英特药业", title="物流中心经理"),
               dict(name="许总", mentions=["许总"], org="浙江英特药业", title="财务总监")],
      orgs=[dict(name="浙江英特药业", mentions=["英特药业"], kind="customer"), dict(name="SAP", mentions=["SAP"], kind="competitor"),
            dict(name="上海汉得信息", mentions=["上海汉得信息"], kind="channel")],
      roles=[dict(person="詹洁", role="INITIATOR", org="浙江英特药业"),
             dict(person="詹洁", role="USER", org="浙江英特药业"),
             dict(person="总裁办公会", role="DECIDER", org="浙江英特药业")],
      stances=[dict(person="许总", toward="US", stance="OPPOSED", evidence="比较冷淡")],
      relations=[W("詹洁", "浙江英特药业"), W("许总", "浙江英特药业"), rel("INCUMBENT_AT", "SAP", "浙江英特药业"),
                 rel("CHANNEL_FOR", "上海汉得信息", "SAP")]),
 dict(id="n10", kind="visit_note", date="2026-11-27", author="邹宇", customer="温州职业技术学院",
      text="温州职院 教学数据平台 初访\n"
           "- 信息中心主任缪永和说需求来自教务处，教务处的老师每天都要用排课数据。\n"
           "- 缪主任负责组织选型，可能会邀请正方和我们两家做演示。\n"
           "- 院长办公会最终审定。缪主任对我们有兴趣，但还要比较。",
      ents=[("温州职院", O), ("信息中心主任", T), ("缪永和", P), ("缪主任", P), ("正方", O), ("缪主任", P)],
      persons=[dict(name="缪永和", mentions=["缪永和", "缪主任"], org="温州职业技术学院", title="信息中心主任")],
      orgs=[dict(name="温州职业技术学院", mentions=["温州职院"], kind="customer"),
            dict(name="正方软件", mentions=["正方"], kind="competitor")],
      roles=[dict(person="教务处", role="INITIATOR", org="温州职业技术学院"),
             dict(person="教务处", role="USER", org="温州职业技术学院"),
             dict(person="缪永和", role="SEARCHER", org="温州职业技术学院"),
             dict(person="院长办公会", role="DECIDER", org="温州职业技术学院")],
      stances=[dict(person="缪永和", toward="US", stance="NEUTRAL", evidence="还要比较")],
      relations=[W("缪永和", "温州职业技术学院"), rel("ENGAGED_WITH", "正方软件", "温州职业技术学院")]),
]


if __name__ == "__main__":
    write(NOTES, Path(__file__).with_name("blind8_notes.jsonl"))
