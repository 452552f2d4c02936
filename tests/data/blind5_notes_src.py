"""Source of tests/data/blind5_notes.jsonl: 12 notes and clippings in the style of samples/ (multi-point visit
notes with roles, stances, incumbents and channels; two English notes; two clippings), new industries (logistics,
water utility, brokerage, auto parts, pharma, education, tobacco, airport, retail, insurance) and invented
vendors whose short forms must resolve.  Written at the start of session 13 and measured once BEFORE any change
(first-pass figures in the closing note), then used as the development set for that session's work.  After the first pass two annotations were aligned
with samples/ (a vendor-prefixed product such as 用友U9 is one PRODUCT, as 博衍MES and 枢点云链 are; "branch GM"
is a TITLE).
Same conventions as samples/README.md: negated roles yield nothing, hedged roles and stances are kept, only
the latest stance per (person, target) within a note, units may hold roles.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.annotate import US, O, P, R, T, W, rel, write  # noqa: F401

NOTES = [
 dict(id="h01", kind="visit_note", date="2026-09-02", author="周航", customer="南通江海物流集团",
      text="江海物流 二访，见了信息中心总监阎立新和运营部副经理符晓。\n"
           "1、这次数据中台的需求是运营部提的，阎总监负责牵头选型，下月初出招标文件。\n"
           "2、现有的TMS是杭州数衡科技做的，合同到今年12月；符经理吐槽数衡的报表太慢。\n"
           "3、阎总监对我们的方案比较认可，说澜湖中台的实时能力是加分项。\n"
           "4、最终由总裁办公会决定，阎总监只有建议权。\n"
           "5、数衡最近来得很勤，想续约。",
      ents=[("江海物流", O), ("信息中心总监", T), ("阎立新", P), ("运营部副经理", T), ("符晓", P), ("阎总监", P),
            ("杭州数衡科技", O), ("符经理", P), ("数衡", O), ("阎总监", P), ("澜湖中台", R), ("阎总监", P), ("数衡", O)],
      persons=[dict(name="阎立新", mentions=["阎立新", "阎总监"], org="南通江海物流集团", title="信息中心总监"),
               dict(name="符晓", mentions=["符晓", "符经理"], org="南通江海物流集团", title="运营部副经理")],
      orgs=[dict(name="南通江海物流集团", mentions=["江海物流"], kind="customer"),
            dict(name="杭州数衡科技", mentions=["杭州数衡科技", "数衡"], kind="competitor")],
      roles=[dict(person="运营部", role="INITIATOR", org="南通江海物流集团"),
             dict(person="阎立新", role="SEARCHER", org="南通江海物流集团"),
             dict(person="总裁办公会", role="DECIDER", org="南通江海物流集团")],
      stances=[dict(person="符晓", toward="杭州数衡科技", stance="OPPOSED", evidence="吐槽数衡的报表太慢"),
               dict(person="阎立新", toward="US", stance="SUPPORTIVE", evidence="对我们的方案比较认可")],
      relations=[W("阎立新", "南通江海物流集团"), W("符晓", "南通江海物流集团"),
                 rel("INCUMBENT_AT", "杭州数衡科技", "南通江海物流集团"),
                 rel("ENGAGED_WITH", "杭州数衡科技", "南通江海物流集团")]),
 dict(id="h02", kind="visit_note", date="2026-09-03", author="周航", customer="台州椒江水务集团",
      text="椒江水务 智慧水务平台 初访\n"
           "接待的是调度中心主任卢振华，他下面的管网所所长薛工一起参加。\n"
           "- 卢主任说这事他说了算，预算已经报上去了，大约450万。\n"
           "- 薛工是实际用系统的人，他比较倾向宁波汇川信息，因为汇川给他们做过SCADA。\n"
           "- 汇川的维保明年4月到期。卢主任对汇川没什么好感，觉得他们响应慢。\n"
           "下步：两周内提交方案，邀请卢主任参观台州的样板项目。",
      ents=[("椒江水务", O), ("调度中心主任", T), ("卢振华", P), ("管网所所长", T), ("薛工", P), ("卢主任", P),
            ("薛工", P), ("宁波汇川信息", O), ("汇川", O), ("汇川", O), ("卢主任", P), ("汇川", O), ("卢主任", P)],
      persons=[dict(name="卢振华", mentions=["卢振华", "卢主任"], org="台州椒江水务集团", title="调度中心主任"),
               dict(name="薛工", mentions=["薛工"], org="台州椒江水务集团", title="管网所所长")],
      orgs=[dict(name="台州椒江水务集团", mentions=["椒江水务"], kind="customer"),
            dict(name="宁波汇川信息", mentions=["宁波汇川信息", "汇川"], kind="competitor")],
      roles=[dict(person="卢振华", role="DECIDER", org="台州椒江水务集团"),
             dict(person="薛工", role="USER", org="台州椒江水务集团")],
      stances=[dict(person="薛工", toward="宁波汇川信息", stance="SUPPORTIVE", evidence="比较倾向宁波汇川信息"),
               dict(person="卢振华", toward="宁波汇川信息", stance="OPPOSED", evidence="对汇川没什么好感")],
      relations=[W("卢振华", "台州椒江水务集团"), W("薛工", "台州椒江水务集团"), rel("REPORTS_TO", "薛工", "卢振华"),
                 rel("INCUMBENT_AT", "宁波汇川信息", "台州椒江水务集团")]),
 dict(id="h03", kind="visit_note", date="2026-09-04", author="Kevin Xu", customer="东吴证券经纪",
      text="东吴经纪 — meeting with Ms. Lu Jiayi (Head of Data) and her deputy Mr. Fei.\n"
           "- Ms. Lu initiated the data-lake project after the regulator's inspection; she will sign off on the vendor.\n"
           "- Mr. Fei runs the evaluation and is clearly leaning towards 星澜科技, who built their current risk mart.\n"
           "- Ms. Lu was lukewarm at first but after our demo she said we are the strongest option.\n"
           "- 星澜 has been pushing hard for a sole-source renewal.",
      ents=[("东吴经纪", O), ("Lu Jiayi", P), ("Head of Data", T), ("Mr. Fei", P), ("Ms. Lu", P), ("Mr. Fei", P),
            ("星澜科技", O), ("Ms. Lu", P), ("星澜", O)],
      persons=[dict(name="Lu Jiayi", mentions=["Lu Jiayi", "Ms. Lu"], org="东吴证券经纪", title="Head of Data"),
               dict(name="Mr. Fei", mentions=["Mr. Fei"], org="东吴证券经纪", title=None)],
      orgs=[dict(name="东吴证券经纪", mentions=["东吴经纪"], kind="customer"),
            dict(name="星澜科技", mentions=["星澜科技", "星澜"], kind="competitor")],
      roles=[dict(person="Lu Jiayi", role="INITIATOR", org="东吴证券经纪"),
             dict(person="Lu Jiayi", role="DECIDER", org="东吴证券经纪"),
             dict(person="Mr. Fei", role="EVALUATOR", org="东吴证券经纪")],
      stances=[dict(person="Mr. Fei", toward="星澜科技", stance="SUPPORTIVE", evidence="clearly leaning towards 星澜科技"),
               dict(person="Lu Jiayi", toward="US", stance="SUPPORTIVE", evidence="we are the strongest option")],
      relations=[W("Lu Jiayi", "东吴证券经纪"), W("Mr. Fei", "东吴证券经纪"), rel("REPORTS_TO", "Mr. Fei", "Lu Jiayi"),
                 rel("INCUMBENT_AT", "星澜科技", "东吴证券经纪"), rel("ENGAGED_WITH", "星澜科技", "东吴证券经纪")]),
 dict(id="h04", kind="visit_note", date="2026-09-07", author="周航", customer="宁波北仑汽配",
      text="北仑汽配 质量追溯项目 三访\n"
           "1. 质量部部长许国栋是这次项目的发起人，他对我们一直很支持，还主动帮我们约了生产副总。\n"
           "2. 生产副总金总态度比较冷淡，认为现有的用友U9够用，不想折腾。\n"
           "3. 采购部负责组织比选，要求三家报价，常州博衍也被邀请了。\n"
           "4. 许部长私下透露博衍的报价在180万左右。",
      ents=[("北仑汽配", O), ("质量部部长", T), ("许国栋", P), ("生产副总", T), ("生产副总", T), ("金总", P),
            ("用友U9", R), ("常州博衍", O), ("许部长", P), ("博衍", O)],
      persons=[dict(name="许国栋", mentions=["许国栋", "许部长"], org="宁波北仑汽配", title="质量部部长"),
               dict(name="金总", mentions=["金总"], org="宁波北仑汽配", title="生产副总")],
      orgs=[dict(name="宁波北仑汽配", mentions=["北仑汽配"], kind="customer"),
            dict(name="用友网络", mentions=[], kind="competitor"),
            dict(name="常州博衍科技", mentions=["常州博衍", "博衍"], kind="competitor")],
      roles=[dict(person="许国栋", role="INITIATOR", org="宁波北仑汽配"),
             dict(person="许国栋", role="COACH", org="宁波北仑汽配"),
             dict(person="采购部", role="SEARCHER", org="宁波北仑汽配")],
      stances=[dict(person="许国栋", toward="US", stance="SUPPORTIVE", evidence="对我们一直很支持"),
               dict(person="金总", toward="US", stance="OPPOSED", evidence="态度比较冷淡")],
      relations=[W("许国栋", "宁波北仑汽配"), W("金总", "宁波北仑汽配"), rel("INCUMBENT_AT", "用友网络", "宁波北仑汽配"),
                 rel("USES_PRODUCT", "宁波北仑汽配", "用友U9"), rel("MAKES", "用友网络", "用友U9"),
                 rel("ENGAGED_WITH", "常州博衍科技", "宁波北仑汽配")]),
 dict(id="h05", kind="visit_note", date="2026-09-08", author="周航", customer="湖州德清制药",
      text="德清制药 GMP数据合规 回访\n"
           "见了QA总监潘慧敏和信息部经理韦工。\n"
           "- 潘总监原先觉得我们不懂制药，这次看完批记录模块后改口了，说可以往下谈。\n"
           "- 韦工负责技术评估，他对上海药云科技评价很高，药云去年给他们做了LIMS。\n"
           "- 项目最终拍板的是总经理戚总，潘总监是他的老部下，说话有分量。",
      ents=[("德清制药", O), ("QA总监", T), ("潘慧敏", P), ("信息部经理", T), ("韦工", P), ("潘总监", P),
            ("韦工", P), ("上海药云科技", O), ("药云", O), ("总经理", T), ("戚总", P), ("潘总监", P)],
      persons=[dict(name="潘慧敏", mentions=["潘慧敏", "潘总监"], org="湖州德清制药", title="QA总监"),
               dict(name="韦工", mentions=["韦工"], org="湖州德清制药", title="信息部经理"),
               dict(name="戚总", mentions=["戚总"], org="湖州德清制药", title="总经理")],
      orgs=[dict(name="湖州德清制药", mentions=["德清制药"], kind="customer"),
            dict(name="上海药云科技", mentions=["上海药云科技", "药云"], kind="competitor")],
      roles=[dict(person="韦工", role="EVALUATOR", org="湖州德清制药"),
             dict(person="戚总", role="DECIDER", org="湖州德清制药")],
      stances=[dict(person="潘慧敏", toward="US", stance="SUPPORTIVE", evidence="说可以往下谈"),
               dict(person="韦工", toward="上海药云科技", stance="SUPPORTIVE", evidence="对上海药云科技评价很高")],
      relations=[W("潘慧敏", "湖州德清制药"), W("韦工", "湖州德清制药"), W("戚总", "湖州德清制药"),
                 rel("INFLUENCES", "潘慧敏", "戚总"), rel("INCUMBENT_AT", "上海药云科技", "湖州德清制药")]),
 dict(id="h06", kind="visit_note", date="2026-09-09", author="Kevin Xu", customer="杭州之江职业学院",
      text="之江学院 campus data platform — first call.\n"
           "Met Dr. Shen Ruoxi, director of the IT centre, and Mr. Bao from the academic affairs office.\n"
           "- The request came from the academic affairs office; Dr. Shen's team will shortlist vendors.\n"
           "- Final approval sits with the president's office meeting.\n"
           "- Dr. Shen is not the decision maker, but she is open to us.\n"
           "- Mr. Bao dislikes the current system from 正方软件 and wants it replaced.",
      ents=[("之江学院", O), ("Shen Ruoxi", P), ("director of the IT centre", T), ("Mr. Bao", P), ("Dr. Shen", P),
            ("Dr. Shen", P), ("Mr. Bao", P), ("正方软件", O)],
      persons=[dict(name="Shen Ruoxi", mentions=["Shen Ruoxi", "Dr. Shen"], org="杭州之江职业学院",
                    title="director of the IT centre"),
               dict(name="Mr. Bao", mentions=["Mr. Bao"], org="杭州之江职业学院", title=None)],
      orgs=[dict(name="杭州之江职业学院", mentions=["之江学院"], kind="customer"),
            dict(name="正方软件", mentions=["正方软件"], kind="competitor")],
      roles=[dict(person="academic affairs office", role="INITIATOR", org="杭州之江职业学院"),
             dict(person="Shen Ruoxi", role="SEARCHER", org="杭州之江职业学院"),
             dict(person="president's office meeting", role="DECIDER", org="杭州之江职业学院")],
      stances=[dict(person="Shen Ruoxi", toward="US", stance="NEUTRAL", evidence="she is open to us"),
               dict(person="Mr. Bao", toward="正方软件", stance="OPPOSED", evidence="dislikes the current system from 正方软件")],
      relations=[W("Shen Ruoxi", "杭州之江职业学院"), W("Mr. Bao", "杭州之江职业学院"),
                 rel("INCUMBENT_AT", "正方软件", "杭州之江职业学院")]),
 dict(id="h07", kind="visit_note", date="2026-09-10", author="周航", customer="浙江钱塘烟草",
      text="钱塘烟草 营销数据分析 二访\n"
           "1、营销中心的任处长是需求方，对现在金蝶的报表很不满意，原话“一个月出一次数还老错”。\n"
           "2、信息中心副主任邢雪松负责技术选型，他跟我们关系不错，经常给我们透露内部进展。\n"
           "3、邢主任说局长办公会最后拍板，时间在11月。\n"
           "4、杭州数衡科技也来投了，邢主任对数衡印象一般。",
      ents=[("钱塘烟草", O), ("任处长", P), ("金蝶", O), ("信息中心副主任", T), ("邢雪松", P), ("邢主任", P),
            ("杭州数衡科技", O), ("邢主任", P), ("数衡", O)],
      persons=[dict(name="任处长", mentions=["任处长"], org="浙江钱塘烟草", title="处长"),
               dict(name="邢雪松", mentions=["邢雪松", "邢主任"], org="浙江钱塘烟草", title="信息中心副主任")],
      orgs=[dict(name="浙江钱塘烟草", mentions=["钱塘烟草"], kind="customer"), dict(name="金蝶", mentions=["金蝶"], kind="competitor"),
            dict(name="杭州数衡科技", mentions=["杭州数衡科技", "数衡"], kind="competitor")],
      roles=[dict(person="任处长", role="INITIATOR", org="浙江钱塘烟草"),
             dict(person="邢雪松", role="SEARCHER", org="浙江钱塘烟草"),
             dict(person="邢雪松", role="COACH", org="浙江钱塘烟草"),
             dict(person="局长办公会", role="DECIDER", org="浙江钱塘烟草")],
      stances=[dict(person="任处长", toward="金蝶", stance="OPPOSED", evidence="对现在金蝶的报表很不满意"),
               dict(person="邢雪松", toward="US", stance="SUPPORTIVE", evidence="跟我们关系不错"),
               dict(person="邢雪松", toward="杭州数衡科技", stance="NEUTRAL", evidence="对数衡印象一般")],
      relations=[W("任处长", "浙江钱塘烟草"), W("邢雪松", "浙江钱塘烟草"), rel("INCUMBENT_AT", "金蝶", "浙江钱塘烟草"),
                 rel("ENGAGED_WITH", "杭州数衡科技", "浙江钱塘烟草")]),
 dict(id="h08", kind="clipping", date="2026-09-11", author=None, customer=None,
      text="【签约】9月10日，宁波汇川信息与杭州云栖数联签署战略合作协议，双方将在水务、燃气行业联合推出数字孪生解决方案。"
           "汇川信息总经理倪海涛表示，云栖数联的时序数据库“栖川TSDB”将作为方案底座。据悉，绍兴越城燃气已成为首个试点用户。",
      ents=[("宁波汇川信息", O), ("杭州云栖数联", O), ("汇川信息", O), ("总经理", T), ("倪海涛", P), ("云栖数联", O),
            ("栖川TSDB", R), ("绍兴越城燃气", O)],
      persons=[dict(name="倪海涛", mentions=["倪海涛"], org="宁波汇川信息", title="总经理")],
      orgs=[dict(name="宁波汇川信息", mentions=["宁波汇川信息", "汇川信息"], kind="competitor"),
            dict(name="杭州云栖数联", mentions=["杭州云栖数联", "云栖数联"], kind="other"),
            dict(name="绍兴越城燃气", mentions=["绍兴越城燃气"], kind="other")],
      roles=[], stances=[],
      relations=[W("倪海涛", "宁波汇川信息"), rel("PARTNERS_WITH", "宁波汇川信息", "杭州云栖数联"),
                 rel("MAKES", "杭州云栖数联", "栖川TSDB")]),
 dict(id="h09", kind="clipping", date="2026-09-14", author=None, customer=None,
      text="杭州数衡科技9月13日公告，以1.2亿元收购南京图灵智算60%股权。图灵智算主营数据标注与模型训练服务。"
           "数衡科技董事长温启明称，此次收购有助于公司切入AI数据服务市场。分析人士认为，数衡此举将与中太数据在金融客户中正面竞争。"
           "另悉，图灵智算的服务器主要由苏州云途计算供货。",
      ents=[("杭州数衡科技", O), ("南京图灵智算", O), ("图灵智算", O), ("数衡科技", O), ("董事长", T), ("温启明", P),
            ("数衡", O), ("中太数据", O), ("图灵智算", O), ("苏州云途计算", O)],
      persons=[dict(name="温启明", mentions=["温启明"], org="杭州数衡科技", title="董事长")],
      orgs=[dict(name="杭州数衡科技", mentions=["杭州数衡科技", "数衡科技", "数衡"], kind="competitor"),
            dict(name="南京图灵智算", mentions=["南京图灵智算", "图灵智算"], kind="other"),
            dict(name="中太数据", mentions=["中太数据"], kind="us"),
            dict(name="苏州云途计算", mentions=["苏州云途计算"], kind="supplier")],
      roles=[], stances=[],
      relations=[W("温启明", "杭州数衡科技"), rel("ACQUIRES", "杭州数衡科技", "南京图灵智算"),
                 rel("SUPPLIES", "苏州云途计算", "南京图灵智算")]),
 dict(id="h10", kind="visit_note", date="2026-09-15", author="周航", customer="萧山国际机场",
      text="萧山机场 旅客数据平台 四访\n"
           "- 信息部的齐经理原来一直替华为云说话，上周去了华为的展厅后反而犹豫了，这次明确说还是我们的方案更贴合机场业务。\n"
           "- 运行指挥中心是最终用户，中心主任庞总要求先做一个航班保障看板的试点。\n"
           "- 齐经理提醒我们：合同要过集团法务，采购由集团招采中心统一组织。\n"
           "- 华为云也在跟，报了一个很低的价格。",
      ents=[("萧山机场", O), ("齐经理", P), ("华为云", O), ("华为", O), ("中心主任", T), ("庞总", P), ("齐经理", P),
            ("华为云", O)],
      persons=[dict(name="齐经理", mentions=["齐经理"], org="萧山国际机场", title="经理"),
               dict(name="庞总", mentions=["庞总"], org="萧山国际机场", title="中心主任")],
      orgs=[dict(name="萧山国际机场", mentions=["萧山机场"], kind="customer"),
            dict(name="华为云", mentions=["华为云", "华为"], kind="competitor")],
      roles=[dict(person="运行指挥中心", role="USER", org="萧山国际机场"),
             dict(person="招采中心", role="SEARCHER", org="萧山国际机场")],
      stances=[dict(person="齐经理", toward="US", stance="SUPPORTIVE", evidence="明确说还是我们的方案更贴合机场业务")],
      relations=[W("齐经理", "萧山国际机场"), W("庞总", "萧山国际机场"), rel("ENGAGED_WITH", "华为云", "萧山国际机场")]),
 dict(id="h11", kind="visit_note", date="2026-09-16", author="周航", customer="嘉兴南湖百货",
      text="南湖百货 会员营销平台 初访\n"
           "见了总经理助理杭晓东（原在杭州数衡科技做售前，今年3月跳槽过来）和电商部经理龚丽。\n"
           "1、杭助理对数衡很了解，认为数衡的产品不适合零售，倾向于我们。\n"
           "2、龚经理是需求提出方，她的团队每天用会员系统，对现有的有赞系统意见不大。\n"
           "3、据杭助理说，董事长可能会亲自拍板，但还没定。",
      ents=[("南湖百货", O), ("总经理助理", T), ("杭晓东", P), ("杭州数衡科技", O), ("售前", T), ("电商部经理", T), ("龚丽", P),
            ("杭助理", P), ("数衡", O), ("数衡", O), ("龚经理", P), ("有赞", O), ("杭助理", P), ("董事长", T)],
      persons=[dict(name="杭晓东", mentions=["杭晓东", "杭助理"], org="嘉兴南湖百货", title="总经理助理"),
               dict(name="龚丽", mentions=["龚丽", "龚经理"], org="嘉兴南湖百货", title="电商部经理")],
      orgs=[dict(name="嘉兴南湖百货", mentions=["南湖百货"], kind="customer"),
            dict(name="杭州数衡科技", mentions=["杭州数衡科技", "数衡"], kind="competitor"),
            dict(name="有赞", mentions=["有赞"], kind="competitor")],
      roles=[dict(person="龚丽", role="INITIATOR", org="嘉兴南湖百货"),
             dict(person="龚丽", role="USER", org="嘉兴南湖百货")],
      stances=[dict(person="杭晓东", toward="杭州数衡科技", stance="OPPOSED", evidence="认为数衡的产品不适合零售"),
               dict(person="杭晓东", toward="US", stance="SUPPORTIVE", evidence="倾向于我们"),
               dict(person="龚丽", toward="有赞", stance="NEUTRAL", evidence="对现有的有赞系统意见不大")],
      relations=[W("杭晓东", "嘉兴南湖百货"), W("龚丽", "嘉兴南湖百货"), rel("INCUMBENT_AT", "有赞", "嘉兴南湖百货")]),
 dict(id="h12", kind="visit_note", date="2026-09-17", author="Kevin Xu", customer="太平洋财险宁波分公司",
      text="太保宁波 claims analytics — call with Mr. Dai (claims director) and 邵工 (IT).\n"
           "- Mr. Dai raised the need and will decide together with the branch GM.\n"
           "- 邵工 will run the POC scoring; he is sceptical of us because of our lack of insurance references.\n"
           "- Their current BI is from 帆软, reseller is 宁波讯达集成. 帆软 is bidding again.",
      ents=[("太保宁波", O), ("Mr. Dai", P), ("claims director", T), ("邵工", P), ("Mr. Dai", P), ("GM", T), ("邵工", P),
            ("帆软", O), ("宁波讯达集成", O), ("帆软", O)],
      persons=[dict(name="Mr. Dai", mentions=["Mr. Dai"], org="太平洋财险宁波分公司", title="claims director"),
               dict(name="邵工", mentions=["邵工"], org="太平洋财险宁波分公司", title=None)],
      orgs=[dict(name="太平洋财险宁波分公司", mentions=["太保宁波"], kind="customer"),
            dict(name="帆软", mentions=["帆软"], kind="competitor"),
            dict(name="宁波讯达集成", mentions=["宁波讯达集成"], kind="channel")],
      roles=[dict(person="Mr. Dai", role="INITIATOR", org="太平洋财险宁波分公司"),
             dict(person="Mr. Dai", role="DECIDER", org="太平洋财险宁波分公司"),
             dict(person="邵工", role="EVALUATOR", org="太平洋财险宁波分公司")],
      stances=[dict(person="邵工", toward="US", stance="OPPOSED", evidence="he is sceptical of us")],
      relations=[W("Mr. Dai", "太平洋财险宁波分公司"), W("邵工", "太平洋财险宁波分公司"),
                 rel("INCUMBENT_AT", "帆软", "太平洋财险宁波分公司"), rel("CHANNEL_FOR", "宁波讯达集成", "帆软"),
                 rel("ENGAGED_WITH", "帆软", "太平洋财险宁波分公司")]),
]


if __name__ == "__main__":
    write(NOTES, Path(__file__).with_name("blind5_notes.jsonl"))
