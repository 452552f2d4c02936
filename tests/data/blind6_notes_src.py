"""Source of tests/data/blind6_notes.jsonl: 10 notes and clippings written at the END of session 13, after that
session's extraction work on blind5, and measured once as its uncontaminated check (figures in the closing
note); then kept as a regression set.  New industries (cold chain, mining, hotel group, TV network, bus company,
seed company, chip design, court), invented vendors and people.  Same conventions as samples/README.md.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.annotate import US, O, P, R, T, W, rel, write

NOTES = [
 dict(id="k01", kind="visit_note", date="2026-10-12", author="邹宇", customer="舟山海鲜冷链物流",
      text="海鲜冷链 温控数据平台 首访\n"
           "1. 见了副总经理詹海波和IT主管卓工。需求是詹总提的，他想把冷库和车辆温度数据打通。\n"
           "2. 卓工负责出技术方案，对我们的IoT接入能力很有兴趣。\n"
           "3. 现在的WMS是宁波港信软件做的，卓工说港信的系统经常掉线。\n"
           "4. 预算要总经理办公会批。",
      ents=[("海鲜冷链", O), ("副总经理", T), ("詹海波", P), ("IT主管", T), ("卓工", P), ("詹总", P), ("卓工", P),
            ("宁波港信软件", O), ("卓工", P), ("港信", O)],
      persons=[dict(name="詹海波", mentions=["詹海波", "詹总"], org="舟山海鲜冷链物流", title="副总经理"),
               dict(name="卓工", mentions=["卓工"], org="舟山海鲜冷链物流", title="IT主管")],
      orgs=[dict(name="舟山海鲜冷链物流", mentions=["海鲜冷链"], kind="customer"),
            dict(name="宁波港信软件", mentions=["宁波港信软件", "港信"], kind="competitor")],
      roles=[dict(person="詹海波", role="INITIATOR", org="舟山海鲜冷链物流"),
             dict(person="卓工", role="SEARCHER", org="舟山海鲜冷链物流"),
             dict(person="总经理办公会", role="DECIDER", org="舟山海鲜冷链物流")],
      stances=[dict(person="卓工", toward="US", stance="SUPPORTIVE", evidence="很有兴趣"),
               dict(person="卓工", toward="宁波港信软件", stance="OPPOSED", evidence="港信的系统经常掉线")],
      relations=[W("詹海波", "舟山海鲜冷链物流"), W("卓工", "舟山海鲜冷链物流"),
                 rel("INCUMBENT_AT", "宁波港信软件", "舟山海鲜冷链物流")]),
 dict(id="k02", kind="visit_note", date="2026-10-13", author="邹宇", customer="铜陵有色矿业集团",
      text="铜陵矿业 安全监测 二访\n"
           "- 安环部部长鲍立群说这个项目他做不了主，要集团党委会定。\n"
           "- 鲍部长本人比较认可我们，但他的副手滕工一直替合肥矿智说话。\n"
           "- 矿智去年在井下装了一套定位系统，这次也在积极投标。\n"
           "- 技术评审由集团信息中心负责。",
      ents=[("铜陵矿业", O), ("安环部部长", T), ("鲍立群", P), ("鲍部长", P), ("滕工", P), ("合肥矿智", O), ("矿智", O)],
      persons=[dict(name="鲍立群", mentions=["鲍立群", "鲍部长"], org="铜陵有色矿业集团", title="安环部部长"),
               dict(name="滕工", mentions=["滕工"], org="铜陵有色矿业集团", title=None)],
      orgs=[dict(name="铜陵有色矿业集团", mentions=["铜陵矿业"], kind="customer"),
            dict(name="合肥矿智", mentions=["合肥矿智", "矿智"], kind="competitor")],
      roles=[dict(person="集团党委会", role="DECIDER", org="铜陵有色矿业集团"),
             dict(person="集团信息中心", role="EVALUATOR", org="铜陵有色矿业集团")],
      stances=[dict(person="鲍立群", toward="US", stance="SUPPORTIVE", evidence="比较认可我们"),
               dict(person="滕工", toward="合肥矿智", stance="SUPPORTIVE", evidence="一直替合肥矿智说话")],
      relations=[W("鲍立群", "铜陵有色矿业集团"), W("滕工", "铜陵有色矿业集团"), rel("REPORTS_TO", "滕工", "鲍立群"),
                 rel("INCUMBENT_AT", "合肥矿智", "铜陵有色矿业集团"), rel("ENGAGED_WITH", "合肥矿智", "铜陵有色矿业集团")]),
 dict(id="k03", kind="visit_note", date="2026-10-14", author="Grace Lin", customer="开元旅业集团",
      text="开元旅业 — revenue management data, second meeting.\n"
           "- Met Mr. Qiu (VP Finance) and Jenny Mao from revenue management.\n"
           "- Jenny's team asked for the project and will be the daily users.\n"
           "- Mr. Qiu holds the budget and will make the final decision; he is still on the fence about us.\n"
           "- 石基信息 runs their PMS and has offered a bundled discount.",
      ents=[("开元旅业", O), ("Mr. Qiu", P), ("VP Finance", T), ("Jenny Mao", P), ("Jenny", P), ("Mr. Qiu", P),
            ("石基信息", O)],
      persons=[dict(name="Mr. Qiu", mentions=["Mr. Qiu"], org="开元旅业集团", title="VP Finance"),
               dict(name="Jenny Mao", mentions=["Jenny Mao", "Jenny"], org="开元旅业集团", title=None)],
      orgs=[dict(name="开元旅业集团", mentions=["开元旅业"], kind="customer"),
            dict(name="石基信息", mentions=["石基信息"], kind="competitor")],
      roles=[dict(person="Jenny Mao", role="INITIATOR", org="开元旅业集团"),
             dict(person="Jenny Mao", role="USER", org="开元旅业集团"),
             dict(person="Mr. Qiu", role="DECIDER", org="开元旅业集团")],
      stances=[dict(person="Mr. Qiu", toward="US", stance="NEUTRAL", evidence="still on the fence about us")],
      relations=[W("Mr. Qiu", "开元旅业集团"), W("Jenny Mao", "开元旅业集团"), rel("INCUMBENT_AT", "石基信息", "开元旅业集团"),
                 rel("ENGAGED_WITH", "石基信息", "开元旅业集团")]),
 dict(id="k04", kind="visit_note", date="2026-10-15", author="邹宇", customer="华数传媒网络",
      text="华数传媒 用户画像平台 三访\n"
           "1、大数据中心主任俞晓峰这次表态很积极，说我们的方案是目前看到最好的。\n"
           "2、俞主任的上级、分管副总裁季总还没见过，据说季总更看重价格。\n"
           "3、运营中心是这个平台的主要使用部门。\n"
           "4、杭州数衡科技前两周来做过演示，俞主任觉得一般。",
      ents=[("华数传媒", O), ("大数据中心主任", T), ("俞晓峰", P), ("俞主任", P), ("分管副总裁", T), ("季总", P), ("季总", P),
            ("杭州数衡科技", O), ("俞主任", P)],
      persons=[dict(name="俞晓峰", mentions=["俞晓峰", "俞主任"], org="华数传媒网络", title="大数据中心主任"),
               dict(name="季总", mentions=["季总"], org="华数传媒网络", title="分管副总裁")],
      orgs=[dict(name="华数传媒网络", mentions=["华数传媒"], kind="customer"),
            dict(name="杭州数衡科技", mentions=["杭州数衡科技"], kind="competitor")],
      roles=[dict(person="运营中心", role="USER", org="华数传媒网络")],
      stances=[dict(person="俞晓峰", toward="US", stance="SUPPORTIVE", evidence="说我们的方案是目前看到最好的"),
               dict(person="俞晓峰", toward="杭州数衡科技", stance="NEUTRAL", evidence="觉得一般")],
      relations=[W("俞晓峰", "华数传媒网络"), W("季总", "华数传媒网络"), rel("REPORTS_TO", "俞晓峰", "季总"),
                 rel("ENGAGED_WITH", "杭州数衡科技", "华数传媒网络")]),
 dict(id="k05", kind="visit_note", date="2026-10-16", author="邹宇", customer="温州公交集团",
      text="温州公交 智能调度 初访\n"
           "调度中心的胡主任接待。胡主任说换系统是董事长的意思，董事长亲自抓，最后也是他拍板。\n"
           "胡主任这边负责组织各家厂商交流，他对我们的客流分析模块很感兴趣，但担心实施周期。\n"
           "目前的调度系统是杭州公交云做的，维保今年年底到期。",
      ents=[("温州公交", O), ("胡主任", P), ("胡主任", P), ("董事长", T), ("董事长", T), ("胡主任", P), ("杭州公交云", O)],
      persons=[dict(name="胡主任", mentions=["胡主任"], org="温州公交集团", title="主任")],
      orgs=[dict(name="温州公交集团", mentions=["温州公交"], kind="customer"),
            dict(name="杭州公交云", mentions=["杭州公交云"], kind="competitor")],
      roles=[dict(person="胡主任", role="SEARCHER", org="温州公交集团")],
      stances=[dict(person="胡主任", toward="US", stance="SUPPORTIVE", evidence="很感兴趣")],
      relations=[W("胡主任", "温州公交集团"), rel("INCUMBENT_AT", "杭州公交云", "温州公交集团")]),
 dict(id="k06", kind="clipping", date="2026-10-19", author=None, customer=None,
      text="10月18日，南京图灵智算宣布完成B轮融资，由杭州数衡科技领投。图灵智算CEO柏文渊表示，资金将用于扩充数据标注产能。"
           "同日，图灵智算与苏州云途计算签署合作协议，云途将为其提供GPU算力。",
      ents=[("南京图灵智算", O), ("杭州数衡科技", O), ("图灵智算", O), ("CEO", T), ("柏文渊", P), ("图灵智算", O), ("苏州云途计算", O),
            ("云途", O)],
      persons=[dict(name="柏文渊", mentions=["柏文渊"], org="南京图灵智算", title="CEO")],
      orgs=[dict(name="南京图灵智算", mentions=["南京图灵智算", "图灵智算"], kind="other"),
            dict(name="杭州数衡科技", mentions=["杭州数衡科技"], kind="competitor"),
            dict(name="苏州云途计算", mentions=["苏州云途计算", "云途"], kind="supplier")],
      roles=[], stances=[],
      relations=[W("柏文渊", "南京图灵智算"), rel("PARTNERS_WITH", "南京图灵智算", "苏州云途计算"),
                 rel("SUPPLIES", "苏州云途计算", "南京图灵智算")]),
 dict(id="k07", kind="visit_note", date="2026-10-20", author="邹宇", customer="浙江农科种业",
      text="农科种业 育种数据平台 回访\n"
           "- 育种研究院院长申教授是项目的发起人，也是最终拍板的人。\n"
           "- 申院长手下的数据组组长柳博士负责测试，她对我们的算法模块评价很高。\n"
           "- 之前申院长对我们有些顾虑，这次看完案例后已经转向我们。\n"
           "- 我们在当地的代理商杭州禾信集成会负责实施。",
      ents=[("农科种业", O), ("育种研究院院长", T), ("申教授", P), ("申院长", P), ("数据组组长", T), ("柳博士", P), ("申院长", P), ("杭州禾信集成", O)],
      persons=[dict(name="申教授", mentions=["申教授", "申院长"], org="浙江农科种业", title="育种研究院院长"),
               dict(name="柳博士", mentions=["柳博士"], org="浙江农科种业", title="数据组组长")],
      orgs=[dict(name="浙江农科种业", mentions=["农科种业"], kind="customer"),
            dict(name="杭州禾信集成", mentions=["杭州禾信集成"], kind="channel")],
      roles=[dict(person="申教授", role="INITIATOR", org="浙江农科种业"),
             dict(person="申教授", role="DECIDER", org="浙江农科种业"),
             dict(person="柳博士", role="EVALUATOR", org="浙江农科种业")],
      stances=[dict(person="柳博士", toward="US", stance="SUPPORTIVE", evidence="评价很高"),
               dict(person="申教授", toward="US", stance="SUPPORTIVE", evidence="已经转向我们")],
      relations=[W("申教授", "浙江农科种业"), W("柳博士", "浙江农科种业"), rel("REPORTS_TO", "柳博士", "申教授"),
                 rel("CHANNEL_FOR", "杭州禾信集成", US)]),
 dict(id="k08", kind="visit_note", date="2026-10-21", author="Grace Lin", customer="杭州芯原微电子",
      text="芯原微 — design data lake, call with Steven Gao (CIO).\n"
           "- Steven says the R&D centre raised the need; he leads the vendor selection himself.\n"
           "- The CEO signs off on anything above 3M.\n"
           "- Steven is positive about us, but his architect 倪工 prefers 华为云.\n"
           "- 华为云 has been pushing a free trial.",
      ents=[("芯原微", O), ("Steven Gao", P), ("CIO", T), ("Steven", P), ("CEO", T), ("Steven", P), ("倪工", P), ("华为云", O),
            ("华为云", O)],
      persons=[dict(name="Steven Gao", mentions=["Steven Gao", "Steven"], org="杭州芯原微电子", title="CIO"),
               dict(name="倪工", mentions=["倪工"], org="杭州芯原微电子", title=None)],
      orgs=[dict(name="杭州芯原微电子", mentions=["芯原微"], kind="customer"),
            dict(name="华为云", mentions=["华为云"], kind="competitor")],
      roles=[dict(person="R&D centre", role="INITIATOR", org="杭州芯原微电子"),
             dict(person="Steven Gao", role="SEARCHER", org="杭州芯原微电子")],
      stances=[dict(person="Steven Gao", toward="US", stance="SUPPORTIVE", evidence="positive about us"),
               dict(person="倪工", toward="华为云", stance="SUPPORTIVE", evidence="prefers 华为云")],
      relations=[W("Steven Gao", "杭州芯原微电子"), W("倪工", "杭州芯原微电子"), rel("REPORTS_TO", "倪工", "Steven Gao"),
                 rel("ENGAGED_WITH", "华为云", "杭州芯原微电子")]),
 dict(id="k09", kind="visit_note", date="2026-10-22", author="邹宇", customer="宁波海曙区人民法院",
      text="海曙法院 档案数字化 二访\n"
           "信息技术科的柯科长说，需求来自审判管理办公室，他们每天要查卷宗。\n"
           "柯科长对目前在用的通达海系统颇有怨言，说检索太慢；但通达海的合同还有两年。\n"
           "柯科长私下跟我们说，院党组会最后定，院领导倾向于国产化方案。",
      ents=[("海曙法院", O), ("柯科长", P), ("柯科长", P), ("通达海", O), ("通达海", O), ("柯科长", P)],
      persons=[dict(name="柯科长", mentions=["柯科长"], org="宁波海曙区人民法院", title="科长")],
      orgs=[dict(name="宁波海曙区人民法院", mentions=["海曙法院"], kind="customer"),
            dict(name="通达海", mentions=["通达海"], kind="competitor")],
      roles=[dict(person="审判管理办公室", role="INITIATOR", org="宁波海曙区人民法院"),
             dict(person="审判管理办公室", role="USER", org="宁波海曙区人民法院"),
             dict(person="柯科长", role="COACH", org="宁波海曙区人民法院"),
             dict(person="院党组会", role="DECIDER", org="宁波海曙区人民法院")],
      stances=[dict(person="柯科长", toward="通达海", stance="OPPOSED", evidence="颇有怨言")],
      relations=[W("柯科长", "宁波海曙区人民法院"), rel("INCUMBENT_AT", "通达海", "宁波海曙区人民法院")]),
 dict(id="k10", kind="clipping", date="2026-10-23", author=None, customer=None,
      text="合肥矿智10月22日晚间公告，公司拟以8600万元收购淮南煤联软件51%股权。煤联软件主营矿山生产管控系统，"
           "客户包括淮河能源等。矿智董事长汤世杰表示，收购完成后双方产品线将整合为“矿智云”平台。",
      ents=[("合肥矿智", O), ("淮南煤联软件", O), ("煤联软件", O), ("淮河能源", O), ("矿智", O), ("董事长", T), ("汤世杰", P),
            ("矿智云", R)],
      persons=[dict(name="汤世杰", mentions=["汤世杰"], org="合肥矿智", title="董事长")],
      orgs=[dict(name="合肥矿智", mentions=["合肥矿智", "矿智"], kind="competitor"),
            dict(name="淮南煤联软件", mentions=["淮南煤联软件", "煤联软件"], kind="other"),
            dict(name="淮河能源", mentions=["淮河能源"], kind="other")],
      roles=[], stances=[],
      relations=[W("汤世杰", "合肥矿智"), rel("ACQUIRES", "合肥矿智", "淮南煤联软件"),
                 rel("MAKES", "合肥矿智", "矿智云")]),
]


if __name__ == "__main__":
    write(NOTES, Path(__file__).with_name("blind6_notes.jsonl"))
