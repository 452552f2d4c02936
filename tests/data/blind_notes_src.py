"""Source of tests/data/blind_notes.jsonl: a second hand-annotated set written after the extractor was
tuned, measured once before any fix ("blind" figures are reported in the hand-over), then kept as a
regression set.  Same conventions as dev_notes_src.py.
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
 dict(id="b01", kind="visit_note", date="2025-03-03", author="赵一", customer="济南泉城农商银行",
      text="泉城农商行 监管数据集市 首次拜访\n对接人：数据管理部总经理侯思源，副经理纪蓝（纪经理是侯总的副手）。\n"
           "侯总介绍，这个项目是行领导点名要做的，预算大概260万，下个月立项。\n数据集市现在用的是北京京华信科的老系统，合同年底到期。"
           "侯总对京华信科印象一般。\n最终拍板的是分管副行长阎正则。",
      ents=[("泉城农商行", O), ("数据管理部总经理", T), ("侯思源", P), ("副经理", T), ("纪蓝", P), ("纪经理", P), ("侯总", P),
            ("侯总", P), ("北京京华信科", O), ("侯总", P), ("京华信科", O), ("分管副行长", T), ("阎正则", P)],
      persons=[dict(name="侯思源", mentions=["侯思源", "侯总"], org="济南泉城农商银行", title="数据管理部总经理"),
               dict(name="纪蓝", mentions=["纪蓝", "纪经理"], org="济南泉城农商银行", title="副经理"),
               dict(name="阎正则", mentions=["阎正则"], org="济南泉城农商银行", title="分管副行长")],
      orgs=[dict(name="济南泉城农商银行", mentions=["泉城农商行"], kind="customer"),
            dict(name="北京京华信科", mentions=["北京京华信科", "京华信科"], kind="competitor")],
      roles=[dict(person="阎正则", role="DECIDER", org="济南泉城农商银行")],
      stances=[dict(person="侯思源", toward="北京京华信科", stance="NEUTRAL", evidence="印象一般")],
      relations=[W("侯思源", "济南泉城农商银行"), W("纪蓝", "济南泉城农商银行"), W("阎正则", "济南泉城农商银行"),
                 rel("REPORTS_TO", "纪蓝", "侯思源"), rel("INCUMBENT_AT", "北京京华信科", "济南泉城农商银行")]),
 dict(id="b02", kind="visit_note", date="2025-04-14", author="Tom Li", customer="昆明滇池制药",
      text="Visit to 滇池制药 with our solution architect Grace. Met Director Liu (IT) and Ms. Yang from QA.\n"
           "- Liu owns the budget and has the final say.\n- Yang runs the vendor evaluation; she prefers 金蝶 because finance already uses 金蝶云星空.\n"
           "- 深圳鹏程数据科技 is also bidding.",
      ents=[("滇池制药", O), ("solution architect", T), ("Grace", P), ("Director Liu", P), ("Ms. Yang", P),
            ("Liu", P), ("Yang", P), ("金蝶", O), ("金蝶云星空", R), ("深圳鹏程数据科技", O)],
      persons=[dict(name="Grace", mentions=["Grace"], org=US, title="solution architect"),
               dict(name="Director Liu", mentions=["Director Liu", "Liu"], org="昆明滇池制药", title="Director"),
               dict(name="Ms. Yang", mentions=["Ms. Yang", "Yang"], org="昆明滇池制药", title=None)],
      orgs=[dict(name="昆明滇池制药", mentions=["滇池制药"], kind="customer"), dict(name="金蝶", mentions=["金蝶"], kind="competitor"),
            dict(name="深圳鹏程数据科技", mentions=["深圳鹏程数据科技"], kind="competitor"), dict(name=US, mentions=[], kind="us")],
      roles=[dict(person="Director Liu", role="DECIDER", org="昆明滇池制药"), dict(person="Ms. Yang", role="SEARCHER", org="昆明滇池制药")],
      stances=[dict(person="Ms. Yang", toward="金蝶", stance="SUPPORTIVE", evidence="she prefers 金蝶")],
      relations=[W("Grace", US), W("Director Liu", "昆明滇池制药"), W("Ms. Yang", "昆明滇池制药"),
                 rel("USES_PRODUCT", "昆明滇池制药", "金蝶云星空"), rel("MAKES", "金蝶", "金蝶云星空"),
                 rel("INCUMBENT_AT", "金蝶", "昆明滇池制药"), rel("ENGAGED_WITH", "深圳鹏程数据科技", "昆明滇池制药")]),
 dict(id="b03", kind="clipping", date="2025-05-08", author=None, customer=None,
      text="据证券时报报道，南京栖霞软件5月7日晚间公告，公司拟以1.2亿元收购杭州西溪数联科技有限公司51%股权。西溪数联主营数据标注与治理服务，"
           "创始人、总经理叶知秋将继续留任。栖霞软件董事长程砚表示，本次收购有助于完善公司在数据要素领域的布局。",
      ents=[("南京栖霞软件", O), ("杭州西溪数联科技有限公司", O), ("西溪数联", O), ("创始人", T), ("总经理", T), ("叶知秋", P),
            ("栖霞软件", O), ("董事长", T), ("程砚", P)],
      persons=[dict(name="叶知秋", mentions=["叶知秋"], org="杭州西溪数联科技", title="创始人、总经理"),
               dict(name="程砚", mentions=["程砚"], org="南京栖霞软件", title="董事长")],
      orgs=[dict(name="南京栖霞软件", mentions=["南京栖霞软件", "栖霞软件"], kind="competitor"),
            dict(name="杭州西溪数联科技", mentions=["杭州西溪数联科技有限公司", "西溪数联"], kind="other")],
      roles=[], stances=[],
      relations=[W("叶知秋", "杭州西溪数联科技"), W("程砚", "南京栖霞软件"), rel("ACQUIRES", "南京栖霞软件", "杭州西溪数联科技")]),
 dict(id="b04", kind="visit_note", date="2025-06-09", author="赵一", customer="石家庄冀中能源集团",
      text="冀中能源 二访。\n信息中心主任龙啸天说：这次数据平台是集团董事会要求的，由信息中心负责组织选型，评标请外部专家组。\n"
           "龙主任个人比较认可我们的方案，但他强调自己说了不算，最终由集团总经理办公会决定。\n"
           "另外，浪潮在集团有多年的ERP项目，这次也来投标了。",
      ents=[("冀中能源", O), ("信息中心主任", T), ("龙啸天", P), ("龙主任", P), ("浪潮", O)],
      persons=[dict(name="龙啸天", mentions=["龙啸天", "龙主任"], org="石家庄冀中能源集团", title="信息中心主任")],
      orgs=[dict(name="石家庄冀中能源集团", mentions=["冀中能源"], kind="customer"), dict(name="浪潮集团", mentions=["浪潮"], kind="competitor")],
      roles=[dict(person="集团董事会", role="INITIATOR", org="石家庄冀中能源集团"),
             dict(person="信息中心", role="SEARCHER", org="石家庄冀中能源集团"),
             dict(person="专家组", role="EVALUATOR", org="石家庄冀中能源集团"),
             dict(person="集团总经理办公会", role="DECIDER", org="石家庄冀中能源集团")],
      stances=[dict(person="龙啸天", toward="US", stance="SUPPORTIVE", evidence="比较认可我们的方案")],
      relations=[W("龙啸天", "石家庄冀中能源集团"), rel("INCUMBENT_AT", "浪潮集团", "石家庄冀中能源集团"),
                 rel("ENGAGED_WITH", "浪潮集团", "石家庄冀中能源集团")]),
 dict(id="b05", kind="visit_note", date="2025-07-21", author="Tom Li", customer="台州黄岩模具集团",
      text="黄岩模具，见了生产部经理蔡文博和IT主管包晴。\n蔡经理是主要使用方，提了很多设备联网的需求；包主管私下告诉我们，东软上周来过，报价比我们低一成。\n"
           "包主管原来在常州博衍科技做实施顾问，去年才跳槽过来，对博衍的产品不太感冒。\n最后还是要老板拍板。",
      ents=[("黄岩模具", O), ("生产部经理", T), ("蔡文博", P), ("IT主管", T), ("包晴", P), ("蔡经理", P), ("包主管", P), ("东软", O),
            ("包主管", P), ("常州博衍科技", O), ("实施顾问", T), ("博衍", O)],
      persons=[dict(name="蔡文博", mentions=["蔡文博", "蔡经理"], org="台州黄岩模具集团", title="生产部经理"),
               dict(name="包晴", mentions=["包晴", "包主管"], org="台州黄岩模具集团", title="IT主管")],
      orgs=[dict(name="台州黄岩模具集团", mentions=["黄岩模具"], kind="customer"), dict(name="东软集团", mentions=["东软"], kind="competitor"),
            dict(name="常州博衍科技", mentions=["常州博衍科技", "博衍"], kind="competitor")],
      roles=[dict(person="蔡文博", role="USER", org="台州黄岩模具集团"), dict(person="包晴", role="COACH", org="台州黄岩模具集团")],
      stances=[dict(person="包晴", toward="常州博衍科技", stance="OPPOSED", evidence="对博衍的产品不太感冒")],
      relations=[W("蔡文博", "台州黄岩模具集团"), W("包晴", "台州黄岩模具集团"), rel("ENGAGED_WITH", "东软集团", "台州黄岩模具集团")]),
 dict(id="b06", kind="clipping", date="2025-08-12", author=None, customer=None,
      text="8月11日，中太数据与上海浦江云算科技签署战略合作协议，双方将在金融信创数据库适配、联合解决方案等方面开展合作。"
           "浦江云算CTO闻一多表示，其分布式数据库PJ-DB 3.0已完成与中太数据澜湖数据中台的兼容认证。",
      ents=[("中太数据", O), ("上海浦江云算科技", O), ("浦江云算", O), ("CTO", T), ("闻一多", P), ("PJ-DB 3.0", R), ("中太数据", O),
            ("澜湖数据中台", R)],
      persons=[dict(name="闻一多", mentions=["闻一多"], org="上海浦江云算科技", title="CTO")],
      orgs=[dict(name=US, mentions=["中太数据"], kind="us"), dict(name="上海浦江云算科技", mentions=["上海浦江云算科技", "浦江云算"], kind="supplier")],
      roles=[], stances=[],
      relations=[W("闻一多", "上海浦江云算科技"), rel("PARTNERS_WITH", US, "上海浦江云算科技"),
                 rel("MAKES", "上海浦江云算科技", "PJ-DB 3.0"), rel("MAKES", US, "澜湖数据中台")]),
 dict(id="b07", kind="visit_note", date="2025-09-02", author="赵一", customer="贵阳筑城水务",
      text="筑城水务 季度回访\n1. 客服中心邵主任是我们的老朋友，这次主动说会在总经理面前帮我们争取。\n"
           "2. 营收系统跑在用友NC上，维保到明年6月，暂时不动。\n3. 管网监测的传感器都是成都蓉芯仪表供货。\n"
           "4. 总经理彭万里还没见到，听说他更信任信息部的骆工。",
      ents=[("筑城水务", O), ("邵主任", P), ("总经理", T), ("用友NC", R), ("成都蓉芯仪表", O), ("总经理", T), ("彭万里", P), ("骆工", P)],
      persons=[dict(name="邵主任", mentions=["邵主任"], org="贵阳筑城水务", title="客服中心主任"),
               dict(name="彭万里", mentions=["彭万里"], org="贵阳筑城水务", title="总经理"),
               dict(name="骆工", mentions=["骆工"], org="贵阳筑城水务", title=None)],
      orgs=[dict(name="贵阳筑城水务", mentions=["筑城水务"], kind="customer"),
            dict(name="成都蓉芯仪表", mentions=["成都蓉芯仪表"], kind="supplier")],
      roles=[],
      stances=[dict(person="邵主任", toward="US", stance="SUPPORTIVE", evidence="帮我们争取")],
      relations=[W("邵主任", "贵阳筑城水务"), W("彭万里", "贵阳筑城水务"), W("骆工", "贵阳筑城水务"),
                 rel("INFLUENCES", "邵主任", "彭万里"), rel("INFLUENCES", "骆工", "彭万里"),
                 rel("USES_PRODUCT", "贵阳筑城水务", "用友NC"), rel("SUPPLIES", "成都蓉芯仪表", "贵阳筑城水务")]),
 dict(id="b08", kind="visit_note", date="2025-10-15", author="周明", customer="南昌赣江证券",
      text="贛江證券 數據中台項目\n見了金融科技部總經理鄧明遠。鄧總說需求來自經紀業務部，選型由他負責。\n"
           "鄧總對華為的方案評價很高，但覺得價格太貴；對我們態度中立。",
      ents=[("贛江證券", O), ("金融科技部總經理", T), ("鄧明遠", P), ("鄧總", P), ("鄧總", P), ("華為", O)],
      persons=[dict(name="鄧明遠", mentions=["鄧明遠", "鄧總"], org="南昌赣江证券", title="金融科技部總經理")],
      orgs=[dict(name="南昌赣江证券", mentions=["贛江證券"], kind="customer"), dict(name="华为", mentions=["華為"], kind="competitor")],
      roles=[dict(person="經紀業務部", role="INITIATOR", org="南昌赣江证券"), dict(person="鄧明遠", role="SEARCHER", org="南昌赣江证券")],
      stances=[dict(person="鄧明遠", toward="华为", stance="SUPPORTIVE", evidence="對華為的方案評價很高"),
               dict(person="鄧明遠", toward="US", stance="NEUTRAL", evidence="對我們態度中立")],
      relations=[W("鄧明遠", "南昌赣江证券")]),
 dict(id="b09", kind="clipping", date="2025-11-03", author=None, customer=None,
      text="【人事】原浪潮集团华东区总经理司马青云已于近日加盟武汉光谷信息技术有限公司，出任执行副总裁，负责金融行业。"
           "光谷信息总裁费南星表示，司马青云的加入将加速公司全国化布局。",
      ents=[("浪潮集团", O), ("华东区总经理", T), ("司马青云", P), ("武汉光谷信息技术有限公司", O), ("执行副总裁", T),
            ("光谷信息", O), ("总裁", T), ("费南星", P), ("司马青云", P)],
      persons=[dict(name="司马青云", mentions=["司马青云"], org="武汉光谷信息技术", title="执行副总裁"),
               dict(name="费南星", mentions=["费南星"], org="武汉光谷信息技术", title="总裁")],
      orgs=[dict(name="浪潮集团", mentions=["浪潮集团"], kind="competitor"),
            dict(name="武汉光谷信息技术", mentions=["武汉光谷信息技术有限公司", "光谷信息"], kind="competitor")],
      roles=[], stances=[],
      relations=[W("司马青云", "武汉光谷信息技术"), W("费南星", "武汉光谷信息技术")]),
 dict(id="b10", kind="visit_note", date="2025-12-01", author="Lily Chen", customer="无锡太湖半导体",
      text="太湖半导体 call. Mr. Zhang (CIO) confirmed the project; budget ~RMB 4M, decision by the CEO Wu Tianyi.\n"
           "Zhang is clearly supportive of us after the PoC, but the fab team lead 曹工 prefers the incumbent SAP.\n"
           "苏州金鸡湖电子 supplies the edge servers. Our reseller 杭州之江系统集成 will do the delivery.",
      ents=[("太湖半导体", O), ("Mr. Zhang", P), ("CIO", T), ("CEO", T), ("Wu Tianyi", P), ("Zhang", P), ("fab team lead", T),
            ("曹工", P), ("SAP", O), ("苏州金鸡湖电子", O), ("杭州之江系统集成", O)],
      persons=[dict(name="Mr. Zhang", mentions=["Mr. Zhang", "Zhang"], org="无锡太湖半导体", title="CIO"),
               dict(name="Wu Tianyi", mentions=["Wu Tianyi"], org="无锡太湖半导体", title="CEO"),
               dict(name="曹工", mentions=["曹工"], org="无锡太湖半导体", title="fab team lead")],
      orgs=[dict(name="无锡太湖半导体", mentions=["太湖半导体"], kind="customer"), dict(name="SAP", mentions=["SAP"], kind="competitor"),
            dict(name="苏州金鸡湖电子", mentions=["苏州金鸡湖电子"], kind="supplier"),
            dict(name="杭州之江系统集成", mentions=["杭州之江系统集成"], kind="channel"), dict(name=US, mentions=[], kind="us")],
      roles=[dict(person="Wu Tianyi", role="DECIDER", org="无锡太湖半导体")],
      stances=[dict(person="Mr. Zhang", toward="US", stance="SUPPORTIVE", evidence="clearly supportive of us"),
               dict(person="曹工", toward="SAP", stance="SUPPORTIVE", evidence="prefers the incumbent SAP")],
      relations=[W("Mr. Zhang", "无锡太湖半导体"), W("Wu Tianyi", "无锡太湖半导体"), W("曹工", "无锡太湖半导体"),
                 rel("INCUMBENT_AT", "SAP", "无锡太湖半导体"), rel("SUPPLIES", "苏州金鸡湖电子", "无锡太湖半导体"),
                 rel("CHANNEL_FOR", "杭州之江系统集成", US)]),
 dict(id="b11", kind="visit_note", date="2026-01-12", author="王卓", customer="郑州中原烟草",
      text="中原烟草 年后第一次拜访。柴主任调去了物流中心，新来的营销中心主任叫石磊，之前在华为做客户经理。\n"
           "石主任对华为很熟，但明确说不一定选老东家；技术评估还是由信息科的吕工负责。",
      ents=[("中原烟草", O), ("柴主任", P), ("营销中心主任", T), ("石磊", P), ("华为", O), ("客户经理", T), ("石主任", P), ("华为", O),
            ("吕工", P)],
      persons=[dict(name="柴主任", mentions=["柴主任"], org="郑州中原烟草", title="主任"),
               dict(name="石磊", mentions=["石磊", "石主任"], org="郑州中原烟草", title="营销中心主任"),
               dict(name="吕工", mentions=["吕工"], org="郑州中原烟草", title=None)],
      orgs=[dict(name="郑州中原烟草", mentions=["中原烟草"], kind="customer"), dict(name="华为", mentions=["华为"], kind="competitor")],
      roles=[dict(person="吕工", role="EVALUATOR", org="郑州中原烟草")],
      stances=[dict(person="石磊", toward="华为", stance="NEUTRAL", evidence="不一定选老东家")],
      relations=[W("柴主任", "郑州中原烟草"), W("石磊", "郑州中原烟草"), W("吕工", "郑州中原烟草")]),
 dict(id="b12", kind="clipping", date="2026-02-09", author=None, customer=None,
      text="重庆两江银行近日发布数据中台项目中标结果，浪潮以528万元中标，南京栖霞软件、中太数据分列二、三位。"
           "该项目由两江银行招标采购中心组织，评审委员会由9名专家组成。",
      ents=[("重庆两江银行", O), ("浪潮", O), ("南京栖霞软件", O), ("中太数据", O), ("两江银行", O)],
      persons=[],
      orgs=[dict(name="重庆两江银行", mentions=["重庆两江银行", "两江银行"], kind="customer"),
            dict(name="浪潮集团", mentions=["浪潮"], kind="competitor"), dict(name="南京栖霞软件", mentions=["南京栖霞软件"], kind="competitor"),
            dict(name=US, mentions=["中太数据"], kind="us")],
      roles=[dict(person="招标采购中心", role="SEARCHER", org="重庆两江银行"),
             dict(person="评审委员会", role="EVALUATOR", org="重庆两江银行")],
      stances=[],
      relations=[rel("ENGAGED_WITH", "浪潮集团", "重庆两江银行"), rel("ENGAGED_WITH", "南京栖霞软件", "重庆两江银行")]),
 dict(id="b13", kind="visit_note", date="2026-03-02", author="赵一", customer="青岛崂山啤酒集团",
      text="崂山啤酒 渠道数据平台\n见了数字化部部长苗青和他的下属栾工。苗部长说这个项目他说了算，预算300万左右，下半年招标。\n"
           "栾工负责技术评估，对我们的实时数仓比较感兴趣。苗部长之前用过帆软的报表，对帆软挺有好感。\n帆软最近也在频繁拜访。",
      ents=[("崂山啤酒", O), ("数字化部部长", T), ("苗青", P), ("栾工", P), ("苗部长", P), ("栾工", P), ("苗部长", P), ("帆软", O),
            ("帆软", O), ("帆软", O)],
      persons=[dict(name="苗青", mentions=["苗青", "苗部长"], org="青岛崂山啤酒集团", title="数字化部部长"),
               dict(name="栾工", mentions=["栾工"], org="青岛崂山啤酒集团", title=None)],
      orgs=[dict(name="青岛崂山啤酒集团", mentions=["崂山啤酒"], kind="customer"), dict(name="帆软", mentions=["帆软"], kind="competitor")],
      roles=[dict(person="苗青", role="DECIDER", org="青岛崂山啤酒集团"), dict(person="栾工", role="EVALUATOR", org="青岛崂山啤酒集团")],
      stances=[dict(person="栾工", toward="US", stance="SUPPORTIVE", evidence="对我们的实时数仓比较感兴趣"),
               dict(person="苗青", toward="帆软", stance="SUPPORTIVE", evidence="对帆软挺有好感")],
      relations=[W("苗青", "青岛崂山啤酒集团"), W("栾工", "青岛崂山啤酒集团"), rel("REPORTS_TO", "栾工", "苗青"),
                 rel("ENGAGED_WITH", "帆软", "青岛崂山啤酒集团")]),
 dict(id="b14", kind="visit_note", date="2026-03-09", author="Kevin Luo", customer="宁波北仑港物流",
      text="Met the new CFO Ms. Ye Lanxin at 北仑港物流. She initiated the cost analytics project and will sign off the budget herself.\n"
           "Their IT head Mr. Hu is skeptical of us and still favours 用友 since the ERP runs on YonBIP.\n"
           "Channel: 宁波甬江数码 is our partner here.",
      ents=[("CFO", T), ("Ms. Ye Lanxin", P), ("北仑港物流", O), ("IT head", T), ("Mr. Hu", P), ("用友", O), ("YonBIP", R),
            ("宁波甬江数码", O)],
      persons=[dict(name="Ms. Ye Lanxin", mentions=["Ms. Ye Lanxin"], org="宁波北仑港物流", title="CFO"),
               dict(name="Mr. Hu", mentions=["Mr. Hu"], org="宁波北仑港物流", title="IT head")],
      orgs=[dict(name="宁波北仑港物流", mentions=["北仑港物流"], kind="customer"), dict(name="用友网络", mentions=["用友"], kind="competitor"),
            dict(name="宁波甬江数码", mentions=["宁波甬江数码"], kind="channel"), dict(name=US, mentions=[], kind="us")],
      roles=[dict(person="Ms. Ye Lanxin", role="INITIATOR", org="宁波北仑港物流"), dict(person="Ms. Ye Lanxin", role="DECIDER", org="宁波北仑港物流")],
      stances=[dict(person="Mr. Hu", toward="US", stance="OPPOSED", evidence="skeptical of us"),
               dict(person="Mr. Hu", toward="用友网络", stance="SUPPORTIVE", evidence="still favours 用友")],
      relations=[W("Ms. Ye Lanxin", "宁波北仑港物流"), W("Mr. Hu", "宁波北仑港物流"), rel("USES_PRODUCT", "宁波北仑港物流", "YonBIP"),
                 rel("MAKES", "用友网络", "YonBIP"), rel("INCUMBENT_AT", "用友网络", "宁波北仑港物流"),
                 rel("CHANNEL_FOR", "宁波甬江数码", US)]),
 dict(id="b15", kind="clipping", date="2026-03-20", author=None, customer=None,
      text="3月19日，合肥庐州农商银行“新一代数据仓库”项目完成验收。该项目由中太数据承建，采用澜湖数据中台，实施伙伴为合肥巢湖系统集成。"
           "庐州农商银行副行长詹明轩表示，新数仓上线后监管报送效率提升一倍。",
      ents=[("合肥庐州农商银行", O), ("中太数据", O), ("澜湖数据中台", R), ("合肥巢湖系统集成", O), ("庐州农商银行", O), ("副行长", T),
            ("詹明轩", P)],
      persons=[dict(name="詹明轩", mentions=["詹明轩"], org="合肥庐州农商银行", title="副行长")],
      orgs=[dict(name="合肥庐州农商银行", mentions=["合肥庐州农商银行", "庐州农商银行"], kind="customer"),
            dict(name=US, mentions=["中太数据"], kind="us"), dict(name="合肥巢湖系统集成", mentions=["合肥巢湖系统集成"], kind="channel")],
      roles=[], stances=[],
      relations=[W("詹明轩", "合肥庐州农商银行"), rel("USES_PRODUCT", "合肥庐州农商银行", "澜湖数据中台"), rel("MAKES", US, "澜湖数据中台"),
                 rel("CHANNEL_FOR", "合肥巢湖系统集成", US)]),
 dict(id="b16", kind="visit_note", date="2026-04-07", author="王卓", customer="绍兴柯桥纺织城",
      text="柯桥纺织城 回访\n- 信息部万经理说，他们的数据平台选型由集团信息化领导小组牵头，最终由董事长冯远山定。\n"
           "- 万经理跟我们关系不错，私下透露光谷报价比我们高。\n- 财务部钱主任反对上新系统，觉得现有的金蝶够用。",
      ents=[("柯桥纺织城", O), ("万经理", P), ("董事长", T), ("冯远山", P), ("万经理", P), ("光谷", O), ("钱主任", P), ("金蝶", O)],
      persons=[dict(name="万经理", mentions=["万经理"], org="绍兴柯桥纺织城", title="信息部经理"),
               dict(name="冯远山", mentions=["冯远山"], org="绍兴柯桥纺织城", title="董事长"),
               dict(name="钱主任", mentions=["钱主任"], org="绍兴柯桥纺织城", title="财务部主任")],
      orgs=[dict(name="绍兴柯桥纺织城", mentions=["柯桥纺织城"], kind="customer"),
            dict(name="武汉光谷信息技术", mentions=["光谷"], kind="competitor"), dict(name="金蝶", mentions=["金蝶"], kind="other")],
      roles=[dict(person="集团信息化领导小组", role="SEARCHER", org="绍兴柯桥纺织城"), dict(person="冯远山", role="DECIDER", org="绍兴柯桥纺织城"),
             dict(person="万经理", role="COACH", org="绍兴柯桥纺织城")],
      stances=[dict(person="万经理", toward="US", stance="SUPPORTIVE", evidence="跟我们关系不错"),
               dict(person="钱主任", toward="US", stance="OPPOSED", evidence="反对上新系统")],
      relations=[W("万经理", "绍兴柯桥纺织城"), W("冯远山", "绍兴柯桥纺织城"), W("钱主任", "绍兴柯桥纺织城"),
                 rel("ENGAGED_WITH", "武汉光谷信息技术", "绍兴柯桥纺织城"), rel("INCUMBENT_AT", "金蝶", "绍兴柯桥纺织城")]),
 dict(id="b17", kind="clipping", date="2026-04-22", author=None, customer=None,
      text="Hangzhou, Apr 21 - 南京栖霞软件 announced it will acquire 苏州吴中数智科技 for RMB 90 million. "
           "Qixia CEO 汪伯庸 said the deal adds a strong manufacturing analytics team. 吴中数智 will keep its WZ-MOM 2 product line.",
      ents=[("南京栖霞软件", O), ("苏州吴中数智科技", O), ("Qixia", O), ("CEO", T), ("汪伯庸", P), ("吴中数智", O), ("WZ-MOM 2", R)],
      persons=[dict(name="汪伯庸", mentions=["汪伯庸"], org="南京栖霞软件", title="CEO")],
      orgs=[dict(name="南京栖霞软件", mentions=["南京栖霞软件", "Qixia"], kind="competitor"),
            dict(name="苏州吴中数智科技", mentions=["苏州吴中数智科技", "吴中数智"], kind="competitor")],
      roles=[], stances=[],
      relations=[W("汪伯庸", "南京栖霞软件"), rel("ACQUIRES", "南京栖霞软件", "苏州吴中数智科技"),
                 rel("MAKES", "苏州吴中数智科技", "WZ-MOM 2")]),
 dict(id="b18", kind="visit_note", date="2026-05-06", author="周明", customer="杭州钱塘农商银行",
      text="钱塘农商行 三访\n严总已经调任总行办公室，接替他的是原风险管理部总经理邱一鸣。邱总对栖霞没有成见，但表示会重新评估所有厂商。\n"
           "陶总这次明确支持我们，并愿意在党委会上替我们说话。栖霞仍在积极跟进，报价又降了一轮。",
      ents=[("钱塘农商行", O), ("严总", P), ("风险管理部总经理", T), ("邱一鸣", P), ("邱总", P), ("栖霞", O), ("陶总", P), ("栖霞", O)],
      persons=[dict(name="严总", mentions=["严总"], org="杭州钱塘农商银行", title=None),
               dict(name="邱一鸣", mentions=["邱一鸣", "邱总"], org="杭州钱塘农商银行", title="风险管理部总经理"),
               dict(name="陶总", mentions=["陶总"], org="杭州钱塘农商银行", title=None)],
      orgs=[dict(name="杭州钱塘农商银行", mentions=["钱塘农商行"], kind="customer"), dict(name="南京栖霞软件", mentions=["栖霞"], kind="competitor")],
      roles=[dict(person="邱一鸣", role="EVALUATOR", org="杭州钱塘农商银行")],
      stances=[dict(person="邱一鸣", toward="南京栖霞软件", stance="NEUTRAL", evidence="对栖霞没有成见"),
               dict(person="陶总", toward="US", stance="SUPPORTIVE", evidence="明确支持我们")],
      relations=[W("严总", "杭州钱塘农商银行"), W("邱一鸣", "杭州钱塘农商银行"), W("陶总", "杭州钱塘农商银行"),
                 rel("ENGAGED_WITH", "南京栖霞软件", "杭州钱塘农商银行")]),
 dict(id="b19", kind="visit_note", date="2026-05-12", author="Kevin Luo", customer="苏州吴江丝绸集团",
      text="吴江丝绸 call recap.\n- Met Mr. Shen Zhiyuan (Head of IT). He is not the decision maker; the board approves anything above RMB 2M.\n"
           "- The request came from the sales department, who want a dealer analytics dashboard.\n"
           "- Shen likes our demo but worries about migration risk. 南京栖霞软件 has also approached them.\n"
           "- Ms. Gao from procurement will run the RFP.",
      ents=[("吴江丝绸", O), ("Mr. Shen Zhiyuan", P), ("Head of IT", T), ("Shen", P), ("南京栖霞软件", O), ("Ms. Gao", P)],
      persons=[dict(name="Mr. Shen Zhiyuan", mentions=["Mr. Shen Zhiyuan", "Shen"], org="苏州吴江丝绸集团", title="Head of IT"),
               dict(name="Ms. Gao", mentions=["Ms. Gao"], org="苏州吴江丝绸集团", title=None)],
      orgs=[dict(name="苏州吴江丝绸集团", mentions=["吴江丝绸"], kind="customer"),
            dict(name="南京栖霞软件", mentions=["南京栖霞软件"], kind="competitor")],
      roles=[dict(person="the board", role="DECIDER", org="苏州吴江丝绸集团"),
             dict(person="sales department", role="INITIATOR", org="苏州吴江丝绸集团"),
             dict(person="Ms. Gao", role="SEARCHER", org="苏州吴江丝绸集团")],
      stances=[dict(person="Mr. Shen Zhiyuan", toward="US", stance="SUPPORTIVE", evidence="Shen likes our demo")],
      relations=[W("Mr. Shen Zhiyuan", "苏州吴江丝绸集团"), W("Ms. Gao", "苏州吴江丝绸集团"),
                 rel("ENGAGED_WITH", "南京栖霞软件", "苏州吴江丝绸集团")]),
 dict(id="b20", kind="clipping", date="2026-05-25", author=None, customer=None,
      text="据徐州淮海银行官网消息，该行近日与中太数据签署数据治理咨询服务合同，合同金额约210万元。淮海银行行长助理潘文涛表示，"
           "本次合作是该行数字化转型的重要一步。此前，淮海银行的数据仓库由北京京华信科建设，运行已近八年。",
      ents=[("徐州淮海银行", O), ("中太数据", O), ("淮海银行", O), ("行长助理", T), ("潘文涛", P), ("淮海银行", O), ("北京京华信科", O)],
      persons=[dict(name="潘文涛", mentions=["潘文涛"], org="徐州淮海银行", title="行长助理")],
      orgs=[dict(name="徐州淮海银行", mentions=["徐州淮海银行", "淮海银行"], kind="customer"), dict(name=US, mentions=["中太数据"], kind="us"),
            dict(name="北京京华信科", mentions=["北京京华信科"], kind="competitor")],
      roles=[], stances=[],
      relations=[W("潘文涛", "徐州淮海银行"), rel("INCUMBENT_AT", "北京京华信科", "徐州淮海银行")]),
 dict(id="b21", kind="visit_note", date="2026-06-02", author="王卓", customer="温州瓯海鞋业",
      text="瓯海鞋业 初访\n总经理助理葛明轩接待。葛助理说，老板林总对数字化很重视，但具体由IT部孙经理负责选型和技术把关。\n"
           "孙经理对华为云有点偏好，觉得大厂稳；葛助理则站在我们这边，说会帮我们约林总。\n另：他们现在的ERP是金蝶K3。",
      ents=[("瓯海鞋业", O), ("总经理助理", T), ("葛明轩", P), ("葛助理", P), ("林总", P), ("孙经理", P), ("孙经理", P), ("华为云", O),
            ("葛助理", P), ("林总", P), ("金蝶K3", R)],
      persons=[dict(name="葛明轩", mentions=["葛明轩", "葛助理"], org="温州瓯海鞋业", title="总经理助理"),
               dict(name="林总", mentions=["林总"], org="温州瓯海鞋业", title=None),
               dict(name="孙经理", mentions=["孙经理"], org="温州瓯海鞋业", title="IT部经理")],
      orgs=[dict(name="温州瓯海鞋业", mentions=["瓯海鞋业"], kind="customer"), dict(name="华为", mentions=["华为云"], kind="competitor")],
      roles=[dict(person="孙经理", role="SEARCHER", org="温州瓯海鞋业"), dict(person="孙经理", role="EVALUATOR", org="温州瓯海鞋业")],
      stances=[dict(person="孙经理", toward="华为", stance="SUPPORTIVE", evidence="孙经理对华为云有点偏好"),
               dict(person="葛明轩", toward="US", stance="SUPPORTIVE", evidence="站在我们这边")],
      relations=[W("葛明轩", "温州瓯海鞋业"), W("林总", "温州瓯海鞋业"), W("孙经理", "温州瓯海鞋业"),
                 rel("USES_PRODUCT", "温州瓯海鞋业", "金蝶K3")]),
 dict(id="b22", kind="visit_note", date="2026-06-18", author="赵一", customer="济南泉城农商银行",
      text="泉城农商行 二访（POC后）\n侯总这次态度转变很大，原来对京华信科还算认可，现在公开说京华信科的系统“该换了”，并表示会全力支持我们上会。\n"
           "纪经理透露，阎行长上周听了汇报，初步同意立项；预算可能上调到300万。",
      ents=[("泉城农商行", O), ("侯总", P), ("京华信科", O), ("京华信科", O), ("纪经理", P), ("阎行长", P)],
      persons=[dict(name="侯总", mentions=["侯总"], org="济南泉城农商银行", title=None),
               dict(name="纪经理", mentions=["纪经理"], org="济南泉城农商银行", title="经理"),
               dict(name="阎行长", mentions=["阎行长"], org="济南泉城农商银行", title="行长")],
      orgs=[dict(name="济南泉城农商银行", mentions=["泉城农商行"], kind="customer"),
            dict(name="北京京华信科", mentions=["京华信科"], kind="competitor")],
      roles=[dict(person="侯总", role="SPONSOR", org="济南泉城农商银行"), dict(person="纪经理", role="COACH", org="济南泉城农商银行")],
      stances=[dict(person="侯总", toward="北京京华信科", stance="OPPOSED", evidence="该换了"),
               dict(person="侯总", toward="US", stance="SUPPORTIVE", evidence="全力支持我们")],
      relations=[W("侯总", "济南泉城农商银行"), W("纪经理", "济南泉城农商银行"), W("阎行长", "济南泉城农商银行"),
                 rel("INCUMBENT_AT", "北京京华信科", "济南泉城农商银行")]),
 dict(id="b23", kind="visit_note", date="2026-07-01", author="周明", customer="江门侨乡电器集团",
      text="侨乡电器 售后数据项目 初访\n1、接待：客服总监谭雅琴、信息部高级经理梁志坚（梁经理向谭总汇报）。\n"
           "2、需求方是售后服务中心，谭总亲自抓，说今年三季度必须见效，预算约180万。\n3、梁经理负责方案比选，目前在比我们和帆软两家；他个人更偏向帆软，觉得便宜。\n"
           "4、最终由总裁办公会审批。",
      ents=[("侨乡电器", O), ("客服总监", T), ("谭雅琴", P), ("信息部高级经理", T), ("梁志坚", P), ("梁经理", P), ("谭总", P), ("谭总", P),
            ("梁经理", P), ("帆软", O), ("帆软", O)],
      persons=[dict(name="谭雅琴", mentions=["谭雅琴", "谭总"], org="江门侨乡电器集团", title="客服总监"),
               dict(name="梁志坚", mentions=["梁志坚", "梁经理"], org="江门侨乡电器集团", title="信息部高级经理")],
      orgs=[dict(name="江门侨乡电器集团", mentions=["侨乡电器"], kind="customer"), dict(name="帆软", mentions=["帆软"], kind="competitor")],
      roles=[dict(person="售后服务中心", role="INITIATOR", org="江门侨乡电器集团"), dict(person="梁志坚", role="SEARCHER", org="江门侨乡电器集团"),
             dict(person="总裁办公会", role="DECIDER", org="江门侨乡电器集团")],
      stances=[dict(person="梁志坚", toward="帆软", stance="SUPPORTIVE", evidence="他个人更偏向帆软")],
      relations=[W("谭雅琴", "江门侨乡电器集团"), W("梁志坚", "江门侨乡电器集团"), rel("REPORTS_TO", "梁志坚", "谭雅琴"),
                 rel("ENGAGED_WITH", "帆软", "江门侨乡电器集团")]),
 dict(id="b24", kind="clipping", date="2026-07-09", author=None, customer=None,
      text="7月8日，深圳鹏程数据科技宣布与东莞松湖电子达成战略合作，双方将联合推出面向制造企业的“边云一体”数据方案。"
           "松湖电子总经理黎晓峰表示，公司的SH-Edge 2网关将预装鹏程的PC-Stream流处理引擎。",
      ents=[("深圳鹏程数据科技", O), ("东莞松湖电子", O), ("松湖电子", O), ("总经理", T), ("黎晓峰", P), ("SH-Edge 2", R), ("鹏程", O),
            ("PC-Stream", R)],
      persons=[dict(name="黎晓峰", mentions=["黎晓峰"], org="东莞松湖电子", title="总经理")],
      orgs=[dict(name="深圳鹏程数据科技", mentions=["深圳鹏程数据科技", "鹏程"], kind="competitor"),
            dict(name="东莞松湖电子", mentions=["东莞松湖电子", "松湖电子"], kind="supplier")],
      roles=[], stances=[],
      relations=[W("黎晓峰", "东莞松湖电子"), rel("PARTNERS_WITH", "深圳鹏程数据科技", "东莞松湖电子"),
                 rel("MAKES", "东莞松湖电子", "SH-Edge 2"), rel("MAKES", "深圳鹏程数据科技", "PC-Stream")]),
 dict(id="b25", kind="visit_note", date="2026-07-15", author="Lily Chen", customer="厦门鹭岛证券",
      text="鹭岛证券 follow-up with 施总 and his deputy Mr. Kong.\n- 施总 confirmed the 总裁办公会 will decide in August.\n"
           "- Mr. Kong leads the technical evaluation and seems neutral.\n- 光谷信息 offered a free upgrade to keep the account; 施总 is not convinced.",
      ents=[("鹭岛证券", O), ("施总", P), ("deputy", T), ("Mr. Kong", P), ("施总", P), ("Mr. Kong", P), ("光谷信息", O), ("施总", P)],
      persons=[dict(name="施总", mentions=["施总"], org="厦门鹭岛证券", title=None),
               dict(name="Mr. Kong", mentions=["Mr. Kong"], org="厦门鹭岛证券", title="deputy")],
      orgs=[dict(name="厦门鹭岛证券", mentions=["鹭岛证券"], kind="customer"),
            dict(name="武汉光谷信息技术", mentions=["光谷信息"], kind="competitor")],
      roles=[dict(person="总裁办公会", role="DECIDER", org="厦门鹭岛证券"), dict(person="Mr. Kong", role="EVALUATOR", org="厦门鹭岛证券")],
      stances=[dict(person="Mr. Kong", toward="US", stance="NEUTRAL", evidence="seems neutral"),
               dict(person="施总", toward="武汉光谷信息技术", stance="OPPOSED", evidence="施总 is not convinced")],
      relations=[W("施总", "厦门鹭岛证券"), W("Mr. Kong", "厦门鹭岛证券"), rel("REPORTS_TO", "Mr. Kong", "施总"),
                 rel("INCUMBENT_AT", "武汉光谷信息技术", "厦门鹭岛证券"), rel("ENGAGED_WITH", "武汉光谷信息技术", "厦门鹭岛证券")]),
 dict(id="b26", kind="visit_note", date="2026-08-03", author="周明", customer="常熟虞山纺机",
      text="虞山纺机 初访，和蒋文韬、柏晓雯两位聊了一个多小时。蒋文韬是设备部负责人，设备联网的需求是他提的；柏晓雯管IT，选型由她负责。\n"
           "蒋文韬对我们的方案很感兴趣，柏晓雯比较谨慎，说要先看看其他家。最后拍板的是总经理程立群。",
      ents=[("虞山纺机", O), ("蒋文韬", P), ("柏晓雯", P), ("蒋文韬", P), ("设备部负责人", T), ("柏晓雯", P), ("蒋文韬", P), ("柏晓雯", P),
            ("总经理", T), ("程立群", P)],
      persons=[dict(name="蒋文韬", mentions=["蒋文韬"], org="常熟虞山纺机", title="设备部负责人"),
               dict(name="柏晓雯", mentions=["柏晓雯"], org="常熟虞山纺机", title=None),
               dict(name="程立群", mentions=["程立群"], org="常熟虞山纺机", title="总经理")],
      orgs=[dict(name="常熟虞山纺机", mentions=["虞山纺机"], kind="customer")],
      roles=[dict(person="蒋文韬", role="INITIATOR", org="常熟虞山纺机"), dict(person="柏晓雯", role="SEARCHER", org="常熟虞山纺机"),
             dict(person="程立群", role="DECIDER", org="常熟虞山纺机")],
      stances=[dict(person="蒋文韬", toward="US", stance="SUPPORTIVE", evidence="对我们的方案很感兴趣"),
               dict(person="柏晓雯", toward="US", stance="NEUTRAL", evidence="比较谨慎")],
      relations=[W("蒋文韬", "常熟虞山纺机"), W("柏晓雯", "常熟虞山纺机"), W("程立群", "常熟虞山纺机")]),
 dict(id="b27", kind="clipping", date="2026-08-10", author=None, customer=None,
      text="【中标】8月9日，无锡梁溪城投集团“智慧园区数据平台”项目公示中标结果，杭州之江系统集成以312万元中标，所投产品为中太数据的镜川BI。"
           "未中标的投标人包括深圳鹏程数据科技和南京栖霞软件。",
      ents=[("无锡梁溪城投集团", O), ("杭州之江系统集成", O), ("中太数据", O), ("镜川BI", R), ("深圳鹏程数据科技", O), ("南京栖霞软件", O)],
      persons=[],
      orgs=[dict(name="无锡梁溪城投集团", mentions=["无锡梁溪城投集团"], kind="customer"),
            dict(name="杭州之江系统集成", mentions=["杭州之江系统集成"], kind="channel"), dict(name=US, mentions=["中太数据"], kind="us"),
            dict(name="深圳鹏程数据科技", mentions=["深圳鹏程数据科技"], kind="competitor"),
            dict(name="南京栖霞软件", mentions=["南京栖霞软件"], kind="competitor")],
      roles=[], stances=[],
      relations=[rel("CHANNEL_FOR", "杭州之江系统集成", US), rel("MAKES", US, "镜川BI"),
                 rel("ENGAGED_WITH", "深圳鹏程数据科技", "无锡梁溪城投集团"), rel("ENGAGED_WITH", "南京栖霞软件", "无锡梁溪城投集团")]),
 dict(id="b28", kind="visit_note", date="2026-08-17", author="Lily Chen", customer="无锡太湖半导体",
      text="太湖半导体 weekly sync. Zhang said Wu Tianyi has now delegated the decision to the IT steering committee.\n"
           "Cao (fab team lead) is still loyal to SAP but agreed to join the PoC; the PoC will be evaluated by the quality team.\n"
           "Rumour: 深圳鹏程数据科技 is pitching a cheaper offer.",
      ents=[("太湖半导体", O), ("Zhang", P), ("Wu Tianyi", P), ("Cao", P), ("fab team lead", T), ("SAP", O), ("深圳鹏程数据科技", O)],
      persons=[dict(name="Zhang", mentions=["Zhang"], org="无锡太湖半导体", title=None),
               dict(name="Wu Tianyi", mentions=["Wu Tianyi"], org="无锡太湖半导体", title=None),
               dict(name="Cao", mentions=["Cao"], org="无锡太湖半导体", title="fab team lead")],
      orgs=[dict(name="无锡太湖半导体", mentions=["太湖半导体"], kind="customer"), dict(name="SAP", mentions=["SAP"], kind="competitor"),
            dict(name="深圳鹏程数据科技", mentions=["深圳鹏程数据科技"], kind="competitor")],
      roles=[dict(person="IT steering committee", role="DECIDER", org="无锡太湖半导体"),
             dict(person="quality team", role="EVALUATOR", org="无锡太湖半导体")],
      stances=[dict(person="Cao", toward="SAP", stance="SUPPORTIVE", evidence="still loyal to SAP")],
      relations=[W("Zhang", "无锡太湖半导体"), W("Wu Tianyi", "无锡太湖半导体"), W("Cao", "无锡太湖半导体"),
                 rel("INCUMBENT_AT", "SAP", "无锡太湖半导体"), rel("ENGAGED_WITH", "深圳鹏程数据科技", "无锡太湖半导体")]),
 dict(id="b29", kind="visit_note", date="2026-09-01", author="赵一", customer="烟台蓬莱葡萄酒",
      text="蓬莱葡萄酒 经销商数据项目\n· 营销副总经理曲海涛：项目发起人，之前在用友做过顾问，对用友、金蝶都不感冒，明确表示更看好我们。\n"
           "· 信息部经理曲明（和曲总同姓，但不是一家）负责技术评估，说「两家都行，看价格」。\n"
           "· 渠道：烟台芝罘数码的曲经理（又一个曲！）是我们在当地的合作伙伴，跟曲总很熟。",
      ents=[("蓬莱葡萄酒", O), ("营销副总经理", T), ("曲海涛", P), ("用友", O), ("顾问", T), ("用友", O), ("金蝶", O), ("信息部经理", T), ("曲明", P),
            ("曲总", P), ("烟台芝罘数码", O), ("曲经理", P), ("曲总", P)],
      persons=[dict(name="曲海涛", mentions=["曲海涛", "曲总"], org="烟台蓬莱葡萄酒", title="营销副总经理"),
               dict(name="曲明", mentions=["曲明"], org="烟台蓬莱葡萄酒", title="信息部经理"),
               dict(name="曲经理", mentions=["曲经理"], org="烟台芝罘数码", title="经理")],
      orgs=[dict(name="烟台蓬莱葡萄酒", mentions=["蓬莱葡萄酒"], kind="customer"), dict(name="用友网络", mentions=["用友"], kind="competitor"),
            dict(name="金蝶", mentions=["金蝶"], kind="competitor"), dict(name="烟台芝罘数码", mentions=["烟台芝罘数码"], kind="channel"),
            dict(name=US, mentions=[], kind="us")],
      roles=[dict(person="曲海涛", role="INITIATOR", org="烟台蓬莱葡萄酒"), dict(person="曲明", role="EVALUATOR", org="烟台蓬莱葡萄酒")],
      stances=[dict(person="曲海涛", toward="用友网络", stance="OPPOSED", evidence="不感冒"),
               dict(person="曲海涛", toward="金蝶", stance="OPPOSED", evidence="不感冒"),
               dict(person="曲海涛", toward="US", stance="SUPPORTIVE", evidence="更看好我们"),
               dict(person="曲明", toward="US", stance="NEUTRAL", evidence="两家都行，看价格")],
      relations=[W("曲海涛", "烟台蓬莱葡萄酒"), W("曲明", "烟台蓬莱葡萄酒"), W("曲经理", "烟台芝罘数码"),
                 rel("CHANNEL_FOR", "烟台芝罘数码", US), rel("INFLUENCES", "曲经理", "曲海涛")]),
 dict(id="b30", kind="visit_note", date="2026-09-08", author="Tom Li", customer="成都锦官医院",
      text="锦官医院 quick call with Manager Wang (IT). Wang confirmed the hospital president makes the final call.\n"
           "- Dr. Xie (research office) is the real user of the platform and strongly supports us.\n"
           "- 卫宁 still pushing hard; Wang thinks 卫宁 is overpriced.",
      ents=[("锦官医院", O), ("Manager Wang", P), ("Wang", P), ("Dr. Xie", P), ("卫宁", O), ("Wang", P), ("卫宁", O)],
      persons=[dict(name="Manager Wang", mentions=["Manager Wang", "Wang"], org="成都锦官医院", title="Manager"),
               dict(name="Dr. Xie", mentions=["Dr. Xie"], org="成都锦官医院", title=None)],
      orgs=[dict(name="成都锦官医院", mentions=["锦官医院"], kind="customer"), dict(name="卫宁健康", mentions=["卫宁"], kind="competitor")],
      roles=[dict(person="Dr. Xie", role="USER", org="成都锦官医院")],
      stances=[dict(person="Dr. Xie", toward="US", stance="SUPPORTIVE", evidence="strongly supports us"),
               dict(person="Manager Wang", toward="卫宁健康", stance="OPPOSED", evidence="卫宁 is overpriced")],
      relations=[W("Manager Wang", "成都锦官医院"), W("Dr. Xie", "成都锦官医院"), rel("ENGAGED_WITH", "卫宁健康", "成都锦官医院")]),
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
    path = Path(__file__).with_name("blind_notes.jsonl")
    with path.open("w", encoding="utf-8") as fh:
        for rec in build():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {path}")
