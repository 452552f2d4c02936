"""Source of tests/data/blind3_notes.jsonl: a fourth hand-annotated set (hospitals, utilities, logistics,
insurance, government, manufacturing, telecom), written AFTER the blind2 fixes and measured once, first pass, with
the code as it was then; then kept as a regression set.
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
 dict(id="e01", kind="visit_note", date="2026-06-01", author="孙浩", customer="温州鹿城人民医院",
      text="鹿城医院 互联网医院数据平台\n信息科的蔡科长说，项目是门诊部提的，门诊部天天用。\n"
           "这事最后要院长办公会拍板，蔡科长自己只管技术方案评估。蔡科长对我们挺认可的，对东华软件的售后一直有怨言。",
      ents=[("鹿城医院", O), ("蔡科长", P), ("蔡科长", P), ("蔡科长", P), ("东华软件", O)],
      persons=[dict(name="蔡科长", mentions=["蔡科长"], org="温州鹿城人民医院", title="科长")],
      orgs=[dict(name="温州鹿城人民医院", mentions=["鹿城医院"], kind="customer"), dict(name="东华软件", mentions=["东华软件"], kind="competitor")],
      roles=[dict(person="门诊部", role="INITIATOR", org="温州鹿城人民医院"), dict(person="门诊部", role="USER", org="温州鹿城人民医院"),
             dict(person="院长办公会", role="DECIDER", org="温州鹿城人民医院"), dict(person="蔡科长", role="EVALUATOR", org="温州鹿城人民医院")],
      stances=[dict(person="蔡科长", toward="US", stance="SUPPORTIVE", evidence="挺认可的"),
               dict(person="蔡科长", toward="东华软件", stance="OPPOSED", evidence="一直有怨言")],
      relations=[W("蔡科长", "温州鹿城人民医院"), rel("INCUMBENT_AT", "东华软件", "温州鹿城人民医院")]),
 dict(id="e02", kind="visit_note", date="2026-06-03", author="Tom Li", customer="南京秦淮燃气",
      text="秦淮燃气 — meeting with Mr. Wu (deputy GM) and engineer 贺工.\n- Mr. Wu will make the call, but only after the board reviews the budget.\n"
           "- 贺工 is leading the vendor comparison and is quite positive about us.\n- Mr. Wu has reservations about 华为's price.",
      ents=[("秦淮燃气", O), ("Mr. Wu", P), ("deputy GM", T), ("engineer", T), ("贺工", P), ("Mr. Wu", P), ("贺工", P), ("Mr. Wu", P), ("华为", O)],
      persons=[dict(name="Mr. Wu", mentions=["Mr. Wu"], org="南京秦淮燃气", title="deputy GM"),
               dict(name="贺工", mentions=["贺工"], org="南京秦淮燃气", title="engineer")],
      orgs=[dict(name="南京秦淮燃气", mentions=["秦淮燃气"], kind="customer"), dict(name="华为", mentions=["华为"], kind="competitor")],
      roles=[dict(person="Mr. Wu", role="DECIDER", org="南京秦淮燃气"), dict(person="贺工", role="SEARCHER", org="南京秦淮燃气")],
      stances=[dict(person="贺工", toward="US", stance="SUPPORTIVE", evidence="quite positive about us"),
               dict(person="Mr. Wu", toward="华为", stance="OPPOSED", evidence="has reservations about 华为's price")],
      relations=[W("Mr. Wu", "南京秦淮燃气"), W("贺工", "南京秦淮燃气"), rel("ENGAGED_WITH", "华为", "南京秦淮燃气")]),
 dict(id="e03", kind="visit_note", date="2026-06-05", author="周明", customer="宁波甬港物流集团",
      text="甬港物流 仓储数据看板\n1. 仓储部的尤经理是实际使用者，需求也是她提的。\n2. 集团信息部负责选型，部长计海峰说他们会在下月组织三家做POC。\n"
           "3. 计部长没有最终决定权，要上总经理办公会。\n4. 尤经理原先比较中意帆软，看完我们的demo后改口说更喜欢我们的。",
      ents=[("甬港物流", O), ("尤经理", P), ("部长", T), ("计海峰", P), ("计部长", P), ("尤经理", P), ("帆软", O)],
      persons=[dict(name="尤经理", mentions=["尤经理"], org="宁波甬港物流集团", title="经理"),
               dict(name="计海峰", mentions=["计海峰", "计部长"], org="宁波甬港物流集团", title="部长")],
      orgs=[dict(name="宁波甬港物流集团", mentions=["甬港物流"], kind="customer"), dict(name="帆软", mentions=["帆软"], kind="competitor")],
      roles=[dict(person="尤经理", role="USER", org="宁波甬港物流集团"), dict(person="尤经理", role="INITIATOR", org="宁波甬港物流集团"),
             dict(person="集团信息部", role="SEARCHER", org="宁波甬港物流集团"), dict(person="总经理办公会", role="DECIDER", org="宁波甬港物流集团")],
      stances=[dict(person="尤经理", toward="US", stance="SUPPORTIVE", evidence="更喜欢我们的")],
      relations=[W("尤经理", "宁波甬港物流集团"), W("计海峰", "宁波甬港物流集团"), rel("ENGAGED_WITH", "帆软", "宁波甬港物流集团")]),
 dict(id="e04", kind="visit_note", date="2026-06-08", author="林晓", customer="江苏金港人寿保险",
      text="金港人寿 客户数据平台 二访\n见了运营部总经理郁红梅、IT部的孔工。郁总是这次的发起方，也是主要业务用户。\n"
           "孔工私下说，其实分管副总裁钟伟已经定了方向，最终钟总签字。孔工本人对IBM比较抵触，觉得太贵。\n"
           "郁总对我们一直很支持。",
      ents=[("金港人寿", O), ("运营部总经理", T), ("郁红梅", P), ("孔工", P), ("郁总", P), ("孔工", P), ("分管副总裁", T), ("钟伟", P),
            ("钟总", P), ("孔工", P), ("IBM", O), ("郁总", P)],
      persons=[dict(name="郁红梅", mentions=["郁红梅", "郁总"], org="江苏金港人寿保险", title="运营部总经理"),
               dict(name="孔工", mentions=["孔工"], org="江苏金港人寿保险", title=None),
               dict(name="钟伟", mentions=["钟伟", "钟总"], org="江苏金港人寿保险", title="分管副总裁")],
      orgs=[dict(name="江苏金港人寿保险", mentions=["金港人寿"], kind="customer"), dict(name="IBM", mentions=["IBM"], kind="competitor")],
      roles=[dict(person="郁红梅", role="INITIATOR", org="江苏金港人寿保险"), dict(person="郁红梅", role="USER", org="江苏金港人寿保险"),
             dict(person="孔工", role="COACH", org="江苏金港人寿保险"), dict(person="钟伟", role="DECIDER", org="江苏金港人寿保险")],
      stances=[dict(person="孔工", toward="IBM", stance="OPPOSED", evidence="比较抵触"),
               dict(person="郁红梅", toward="US", stance="SUPPORTIVE", evidence="一直很支持")],
      relations=[W("郁红梅", "江苏金港人寿保险"), W("孔工", "江苏金港人寿保险"), W("钟伟", "江苏金港人寿保险"),
                 rel("ENGAGED_WITH", "IBM", "江苏金港人寿保险")]),
 dict(id="e05", kind="visit_note", date="2026-06-10", author="Vivian Xu", customer="杭州萧山区卫健委",
      text="萧山卫健委 区域健康数据平台\n- Director Ye (信息科) owns the technical assessment; she told us off the record that 卫宁 has the inside track.\n"
           "- The decision will be taken by the 党委会, not by Ye.\n- Ye personally prefers us but won't go against the leadership.",
      ents=[("萧山卫健委", O), ("Director Ye", P), ("卫宁", O), ("Ye", P), ("Ye", P)],
      persons=[dict(name="Director Ye", mentions=["Director Ye", "Ye"], org="杭州萧山区卫健委", title="Director")],
      orgs=[dict(name="杭州萧山区卫健委", mentions=["萧山卫健委"], kind="customer"), dict(name="卫宁健康", mentions=["卫宁"], kind="competitor")],
      roles=[dict(person="Director Ye", role="EVALUATOR", org="杭州萧山区卫健委"), dict(person="Director Ye", role="COACH", org="杭州萧山区卫健委"),
             dict(person="党委会", role="DECIDER", org="杭州萧山区卫健委")],
      stances=[dict(person="Director Ye", toward="US", stance="SUPPORTIVE", evidence="personally prefers us")],
      relations=[W("Director Ye", "杭州萧山区卫健委"), rel("ENGAGED_WITH", "卫宁健康", "杭州萧山区卫健委")]),
 dict(id="e06", kind="visit_note", date="2026-06-12", author="赵一", customer="山东齐河电缆集团",
      text="齐河电缆 能耗管理\n生产副总付建军拍板，付总对用友的实施队伍不太信任。\n"
           "能源科的卫工负责前期调研和出方案比较，目前他觉得我们跟用友差不多，还没有倾向。\n车间主任们是最终用户。",
      ents=[("齐河电缆", O), ("生产副总", T), ("付建军", P), ("付总", P), ("用友", O), ("卫工", P), ("用友", O), ("车间主任", T)],
      persons=[dict(name="付建军", mentions=["付建军", "付总"], org="山东齐河电缆集团", title="生产副总"),
               dict(name="卫工", mentions=["卫工"], org="山东齐河电缆集团", title=None)],
      orgs=[dict(name="山东齐河电缆集团", mentions=["齐河电缆"], kind="customer"), dict(name="用友网络", mentions=["用友"], kind="competitor")],
      roles=[dict(person="付建军", role="DECIDER", org="山东齐河电缆集团"), dict(person="卫工", role="SEARCHER", org="山东齐河电缆集团")],
      stances=[dict(person="付建军", toward="用友网络", stance="OPPOSED", evidence="不太信任"),
               dict(person="卫工", toward="US", stance="NEUTRAL", evidence="还没有倾向"),
               dict(person="卫工", toward="用友网络", stance="NEUTRAL", evidence="还没有倾向")],
      relations=[W("付建军", "山东齐河电缆集团"), W("卫工", "山东齐河电缆集团"), rel("ENGAGED_WITH", "用友网络", "山东齐河电缆集团")]),
 dict(id="e07", kind="visit_note", date="2026-06-15", author="Kevin Luo", customer="广东珠海电信",
      text="珠海电信 — customer churn model\n- Ms. Gao from marketing is the one asking for it; her team will use the model every day.\n"
           "- Mr. Lin (IT) has no say in the final decision; the provincial company decides.\n- Mr. Lin is sceptical about us, he thinks we lack telecom references.",
      ents=[("珠海电信", O), ("Ms. Gao", P), ("Mr. Lin", P), ("Mr. Lin", P)],
      persons=[dict(name="Ms. Gao", mentions=["Ms. Gao"], org="广东珠海电信", title=None),
               dict(name="Mr. Lin", mentions=["Mr. Lin"], org="广东珠海电信", title=None)],
      orgs=[dict(name="广东珠海电信", mentions=["珠海电信"], kind="customer")],
      roles=[dict(person="Ms. Gao", role="INITIATOR", org="广东珠海电信"), dict(person="Ms. Gao", role="USER", org="广东珠海电信")],
      stances=[dict(person="Mr. Lin", toward="US", stance="OPPOSED", evidence="sceptical about us")],
      relations=[W("Ms. Gao", "广东珠海电信"), W("Mr. Lin", "广东珠海电信")]),
 dict(id="e08", kind="visit_note", date="2026-06-17", author="孙浩", customer="苏州吴江区政务服务管理局",
      text="吴江政务局 一网通办数据治理\n殷科长是我们的线人，他说这次招标由区采购中心代理，评审请的是外部专家。\n"
           "局长华志远最终定，华局对本地的苏州数智城建挺照顾的。殷科长也提醒，分管副局长对我们的印象不算好。",
      ents=[("吴江政务局", O), ("殷科长", P), ("局长", T), ("华志远", P), ("华局", P), ("苏州数智城建", O), ("殷科长", P), ("分管副局长", T)],
      persons=[dict(name="殷科长", mentions=["殷科长"], org="苏州吴江区政务服务管理局", title="科长"),
               dict(name="华志远", mentions=["华志远", "华局"], org="苏州吴江区政务服务管理局", title="局长")],
      orgs=[dict(name="苏州吴江区政务服务管理局", mentions=["吴江政务局"], kind="customer"),
            dict(name="苏州数智城建", mentions=["苏州数智城建"], kind="competitor")],
      roles=[dict(person="殷科长", role="COACH", org="苏州吴江区政务服务管理局"), dict(person="区采购中心", role="SEARCHER", org="苏州吴江区政务服务管理局"),
             dict(person="华志远", role="DECIDER", org="苏州吴江区政务服务管理局")],
      stances=[dict(person="华志远", toward="苏州数智城建", stance="SUPPORTIVE", evidence="挺照顾的")],
      relations=[W("殷科长", "苏州吴江区政务服务管理局"), W("华志远", "苏州吴江区政务服务管理局"),
                 rel("ENGAGED_WITH", "苏州数智城建", "苏州吴江区政务服务管理局")]),
 dict(id="e09", kind="visit_note", date="2026-06-19", author="周明", customer="合肥长丰汽车零部件",
      text="长丰汽配 质量大数据\n质量总监邱永强牵头这个项目，从需求到选型都是他在推。邱总监对西门子的方案不太买账，说太重。\n"
           "采购部会组织商务谈判，总经理冯斌最后签字。据说冯总跟西门子那边关系不错。",
      ents=[("长丰汽配", O), ("质量总监", T), ("邱永强", P), ("邱总监", P), ("西门子", O), ("总经理", T), ("冯斌", P), ("冯总", P), ("西门子", O)],
      persons=[dict(name="邱永强", mentions=["邱永强", "邱总监"], org="合肥长丰汽车零部件", title="质量总监"),
               dict(name="冯斌", mentions=["冯斌", "冯总"], org="合肥长丰汽车零部件", title="总经理")],
      orgs=[dict(name="合肥长丰汽车零部件", mentions=["长丰汽配"], kind="customer"), dict(name="Siemens", mentions=["西门子"], kind="competitor")],
      roles=[dict(person="邱永强", role="SEARCHER", org="合肥长丰汽车零部件"), dict(person="邱永强", role="INITIATOR", org="合肥长丰汽车零部件"),
             dict(person="冯斌", role="DECIDER", org="合肥长丰汽车零部件")],
      stances=[dict(person="邱永强", toward="Siemens", stance="OPPOSED", evidence="不太买账"),
               dict(person="冯斌", toward="Siemens", stance="SUPPORTIVE", evidence="关系不错")],
      relations=[W("邱永强", "合肥长丰汽车零部件"), W("冯斌", "合肥长丰汽车零部件"), rel("ENGAGED_WITH", "Siemens", "合肥长丰汽车零部件")]),
 dict(id="e10", kind="visit_note", date="2026-06-22", author="Tom Li", customer="青岛黄海保险",
      text="黄海保险 quick notes: 张总 (CIO) told me the claims department raised this need, and the claims team are the daily users. "
           "张总 will decide together with the CFO. Our competitor 软通动力 has been visiting 张总 a lot, but 张总 says he is not impressed by them.",
      ents=[("黄海保险", O), ("张总", P), ("CIO", T), ("张总", P), ("CFO", T), ("软通动力", O), ("张总", P), ("张总", P)],
      persons=[dict(name="张总", mentions=["张总"], org="青岛黄海保险", title="CIO")],
      orgs=[dict(name="青岛黄海保险", mentions=["黄海保险"], kind="customer"), dict(name="软通动力", mentions=["软通动力"], kind="competitor")],
      roles=[dict(person="张总", role="DECIDER", org="青岛黄海保险")],
      stances=[dict(person="张总", toward="软通动力", stance="OPPOSED", evidence="not impressed by them")],
      relations=[W("张总", "青岛黄海保险"), rel("ENGAGED_WITH", "软通动力", "青岛黄海保险")]),
 dict(id="e11", kind="visit_note", date="2026-06-24", author="林晓", customer="无锡新吴供水",
      text="新吴供水 漏损分析\n调度所的薛所长负责验收，薛所长比较务实，说谁家效果好用谁，现在不站队。\n"
           "项目是公司副总经理曹晓东发起的，曹总也是最后拍板的人，他对我们的方案很有信心。",
      ents=[("新吴供水", O), ("薛所长", P), ("薛所长", P), ("副总经理", T), ("曹晓东", P), ("曹总", P)],
      persons=[dict(name="薛所长", mentions=["薛所长"], org="无锡新吴供水", title="所长"),
               dict(name="曹晓东", mentions=["曹晓东", "曹总"], org="无锡新吴供水", title="副总经理")],
      orgs=[dict(name="无锡新吴供水", mentions=["新吴供水"], kind="customer")],
      roles=[dict(person="薛所长", role="EVALUATOR", org="无锡新吴供水"), dict(person="曹晓东", role="INITIATOR", org="无锡新吴供水"),
             dict(person="曹晓东", role="DECIDER", org="无锡新吴供水")],
      stances=[dict(person="薛所长", toward="US", stance="NEUTRAL", evidence="现在不站队"),
               dict(person="曹晓东", toward="US", stance="SUPPORTIVE", evidence="对我们的方案很有信心")],
      relations=[W("薛所长", "无锡新吴供水"), W("曹晓东", "无锡新吴供水")]),
 dict(id="e12", kind="clipping", date="2026-06-26", author=None, customer=None,
      text="6月25日，常州龙城农商银行与北京宇信科技签约，宇信将为该行建设新一代信贷风控平台。龙城农商行副行长秦立表示，项目由该行科技部牵头选型，"
           "经行长办公会审议通过。",
      ents=[("常州龙城农商银行", O), ("北京宇信科技", O), ("宇信", O), ("龙城农商行", O), ("副行长", T), ("秦立", P)],
      persons=[dict(name="秦立", mentions=["秦立"], org="常州龙城农商银行", title="副行长")],
      orgs=[dict(name="常州龙城农商银行", mentions=["常州龙城农商银行", "龙城农商行"], kind="customer"),
            dict(name="宇信科技", mentions=["北京宇信科技", "宇信"], kind="competitor")],
      roles=[dict(person="科技部", role="SEARCHER", org="常州龙城农商银行"), dict(person="行长办公会", role="DECIDER", org="常州龙城农商银行")],
      stances=[],
      relations=[W("秦立", "常州龙城农商银行"), rel("SUPPLIES", "宇信科技", "常州龙城农商银行")]),
 dict(id="e13", kind="visit_note", date="2026-06-29", author="赵一", customer="河南中原重机",
      text="中原重机 设备数字孪生\n技术中心主任詹国庆说了，他不是拍板的人，方案要报集团党委会。\n"
           "詹主任负责组织评审，他之前对阿里云很有好感，最近听说阿里云项目延期后态度冷下来了。\n"
           "售后服务部是使用部门。",
      ents=[("中原重机", O), ("技术中心主任", T), ("詹国庆", P), ("詹主任", P), ("阿里云", O), ("阿里云", O)],
      persons=[dict(name="詹国庆", mentions=["詹国庆", "詹主任"], org="河南中原重机", title="技术中心主任")],
      orgs=[dict(name="河南中原重机", mentions=["中原重机"], kind="customer"), dict(name="阿里云", mentions=["阿里云"], kind="competitor")],
      roles=[dict(person="集团党委会", role="DECIDER", org="河南中原重机"), dict(person="詹国庆", role="EVALUATOR", org="河南中原重机"),
             dict(person="售后服务部", role="USER", org="河南中原重机")],
      stances=[dict(person="詹国庆", toward="阿里云", stance="NEUTRAL", evidence="态度冷下来了")],
      relations=[W("詹国庆", "河南中原重机"), rel("ENGAGED_WITH", "阿里云", "河南中原重机")]),
 dict(id="e14", kind="visit_note", date="2026-07-01", author="Vivian Xu", customer="深圳前海物流",
      text="前海物流 — follow-up with Director Pan.\n- Pan is driving the project internally and keeps pushing the GM to approve it; he's clearly on our side.\n"
           "- Ms. Luo (warehouse ops) will run acceptance testing.\n- Ms. Luo still prefers 顺丰科技 since they built the old WMS.",
      ents=[("前海物流", O), ("Director Pan", P), ("Pan", P), ("GM", T), ("Ms. Luo", P), ("Ms. Luo", P), ("顺丰科技", O), ("WMS", R)],
      persons=[dict(name="Director Pan", mentions=["Director Pan", "Pan"], org="深圳前海物流", title="Director"),
               dict(name="Ms. Luo", mentions=["Ms. Luo"], org="深圳前海物流", title=None)],
      orgs=[dict(name="深圳前海物流", mentions=["前海物流"], kind="customer"), dict(name="顺丰科技", mentions=["顺丰科技"], kind="competitor")],
      roles=[dict(person="Director Pan", role="SPONSOR", org="深圳前海物流"), dict(person="Ms. Luo", role="EVALUATOR", org="深圳前海物流")],
      stances=[dict(person="Director Pan", toward="US", stance="SUPPORTIVE", evidence="he's clearly on our side"),
               dict(person="Ms. Luo", toward="顺丰科技", stance="SUPPORTIVE", evidence="still prefers 顺丰科技")],
      relations=[W("Director Pan", "深圳前海物流"), W("Ms. Luo", "深圳前海物流"), rel("INCUMBENT_AT", "顺丰科技", "深圳前海物流")]),
 dict(id="e15", kind="visit_note", date="2026-07-03", author="周明", customer="浙江舟山港务",
      text="舟山港务 集装箱数据中台 四访\n- 何部长（信息部）：选型他牵头，但决策在集团总经理手里，集团总经理是褚卫国。\n"
           "- 何部长透露，褚总担心国产厂商的稳定性，对我们还在观望。\n- 码头公司提的需求，码头公司的人也是主要用户。",
      ents=[("舟山港务", O), ("何部长", P), ("集团总经理", T), ("集团总经理", T), ("褚卫国", P), ("何部长", P), ("褚总", P)],
      persons=[dict(name="何部长", mentions=["何部长"], org="浙江舟山港务", title="部长"),
               dict(name="褚卫国", mentions=["褚卫国", "褚总"], org="浙江舟山港务", title="集团总经理")],
      orgs=[dict(name="浙江舟山港务", mentions=["舟山港务"], kind="customer")],
      roles=[dict(person="何部长", role="SEARCHER", org="浙江舟山港务"), dict(person="褚卫国", role="DECIDER", org="浙江舟山港务"),
             dict(person="何部长", role="COACH", org="浙江舟山港务"), dict(person="码头公司", role="INITIATOR", org="浙江舟山港务"),
             dict(person="码头公司", role="USER", org="浙江舟山港务")],
      stances=[dict(person="褚卫国", toward="US", stance="NEUTRAL", evidence="对我们还在观望")],
      relations=[W("何部长", "浙江舟山港务"), W("褚卫国", "浙江舟山港务")]),
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
    path = Path(__file__).with_name("blind3_notes.jsonl")
    with path.open("w", encoding="utf-8") as fh:
        for rec in build():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {path}")
