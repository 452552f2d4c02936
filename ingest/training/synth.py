"""Synthetic visit-note / clipping sentences for the domain classes (PERSON, ORG, TITLE, PRODUCT).

CLUENER has no PRODUCT class and few sales-note idioms (张总, 李工, 王处, short company names, product
names with versions, mixed English).  This generator composes such sentences from templates and
invented names, with exact character spans.  Everything is invented; nothing is copied from the
annotated samples in ../shared/samples (those are kept as regression examples only).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass

SURNAMES = [
    *list(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
        "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
        "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
        "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
        "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
        "苑迟邝"
    ),
    *["欧阳", "上官", "司马", "诸葛", "慕容", "东方"],
]
GIVEN = list(
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱"
    "妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉"
    "君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜"
    "可姬舒影荔枝思丽浩宇轩然子涵博文昊天辰逸晨阳睿泽一鸣景川清禾若岚嘉石予淮鸣远书衡以澄知白砺川望舒绍棠"
    "屹然婉清振宇启舟怀璞南笙初霁宁远汀兰青崖北辰慕白之言闻笛岱书思齐宛如承志立新建国海峰志强国庆永刚俊杰"
)
ENGLISH_GIVEN = [
    "Amy",
    "Kevin",
    "Linda",
    "Jason",
    "Grace",
    "Tony",
    "Helen",
    "David",
    "Cathy",
    "Eric",
    "Vivian",
    "Frank",
    "Jenny",
    "Leo",
    "Sophie",
    "Michael",
    "Iris",
    "Peter",
    "Coco",
    "Ben",
]
PINYIN_SURNAMES = [
    "Wang",
    "Li",
    "Zhang",
    "Liu",
    "Chen",
    "Yang",
    "Huang",
    "Zhao",
    "Wu",
    "Zhou",
    "Xu",
    "Sun",
    "Ma",
    "Zhu",
    "Hu",
    "Guo",
    "He",
    "Lin",
    "Luo",
    "Gu",
    "Tang",
    "Fang",
    "Hou",
    "Ji",
    "Hua",
    "Shen",
    "Qian",
    "Jiang",
    "Cao",
    "Peng",
    "Deng",
    "Xie",
    "Song",
    "Tan",
    "Lu",
    "Pan",
]
PINYIN_GIVEN = [
    "Wei",
    "Min",
    "Jing",
    "Lei",
    "Yutong",
    "Chengyan",
    "Qiyuan",
    "Wanqing",
    "Zhenyu",
    "Haoran",
    "Xiaoming",
    "Jianguo",
    "Ruolan",
    "Jiahe",
    "Yifan",
    "Zihan",
    "Mingyuan",
    "Shuheng",
    "Yan",
    "Lan",
    "Tao",
    "Jun",
    "Bo",
    "Hui",
    "Ning",
    "Qing",
]

# Title suffixes that make a PERSON mention out of a surname (张总, 李工, 王处 ...).
PERSON_SUFFIX = [
    "总",
    "总",
    "总",
    "工",
    "工",
    "经理",
    "经理",
    "处",
    "处长",
    "局",
    "局长",
    "主任",
    "科长",
    "部长",
    "行长",
    "院长",
    "总监",
    "董",
    "老师",
    "博士",
    "组长",
    "主管",
    "书记",
    "行",
    "科",
    "总工",
    "秘书长",
]
PERSON_PREFIX = ["小", "老"]
TITLES_CORE = [
    "总经理",
    "副总经理",
    "董事长",
    "副董事长",
    "总裁",
    "副总裁",
    "高级副总裁",
    "CIO",
    "CEO",
    "CTO",
    "CFO",
    "COO",
    "主任",
    "副主任",
    "总监",
    "信息总监",
    "财务总监",
    "技术总监",
    "交付总监",
    "销售总监",
    "部长",
    "副部长",
    "科长",
    "副科长",
    "处长",
    "副处长",
    "局长",
    "副局长",
    "行长",
    "副行长",
    "院长",
    "副院长",
    "经理",
    "项目经理",
    "采购经理",
    "产品经理",
    "架构师",
    "首席架构师",
    "工程师",
    "负责人",
    "组长",
    "主管",
    "创始人",
    "合伙人",
    "董事会秘书",
    "党委书记",
    "总工程师",
    "首席数据官",
    "分管副总",
]
DEPARTMENTS = [
    "信息部",
    "信息中心",
    "科技部",
    "信息技术部",
    "金融科技部",
    "数据中心",
    "数字化办",
    "采购部",
    "财务部",
    "运营部",
    "生产部",
    "设备部",
    "质量部",
    "市场部",
    "销售部",
    "IT部",
    "数据管理部",
    "风险管理部",
    "办公室",
    "架构组",
    "数据平台组",
    "网络安全处",
    "数据应用处",
    "零售业务部",
    "华东区",
    "集团",
    "研发中心",
    "供应链管理部",
    "理赔部",
    "医务处",
    "信息科",
]
ENGLISH_TITLES = [
    "IT Director",
    "GM",
    "Deputy GM",
    "VP Operations",
    "CIO",
    "CTO",
    "IT manager",
    "Head of Data",
    "Procurement Manager",
    "presales engineer",
    "Sales Director",
    "Chairman",
    "CFO",
    "VP Engineering",
    "Project Manager",
]
CITIES = [
    "苏州",
    "无锡",
    "常州",
    "南京",
    "扬州",
    "镇江",
    "南通",
    "宁波",
    "温州",
    "杭州",
    "嘉兴",
    "湖州",
    "绍兴",
    "台州",
    "金华",
    "合肥",
    "芜湖",
    "上海",
    "北京",
    "深圳",
    "广州",
    "成都",
    "武汉",
    "西安",
    "青岛",
    "厦门",
    "福州",
    "长沙",
    "郑州",
    "济南",
    "天津",
    "重庆",
    "昆山",
    "义乌",
    "佛山",
    "东莞",
]
NAME_CHARS = list(
    "云衡澜湖镜川砚石枢点智港晟甬翔鼎岳博衍麟越禾鉴琼花稽山锦帆瓯安鄞丰晶岚澄江泓远东瓯舟曜"
    "巢宇栖工运河庐衡华通衢迅鸿科岭屹辰天正恒信达瑞启明汇凯德润泰安盛宏祥和远嘉联创新海蓝星辉"
    "金源鑫鹏飞腾龙凤中兴亚太普惠诚立方圆卓越维尔拓朗睿思航宸峰朴然易凡"
)
INDUSTRY = [
    "科技",
    "软件",
    "数据",
    "信息技术",
    "信息",
    "系统集成",
    "电子",
    "机械",
    "精工",
    "纺织",
    "电气",
    "钢材",
    "新能源",
    "半导体",
    "物流",
    "乳业",
    "医药",
    "汽车部件",
    "电缆",
    "百货",
    "仪表",
    "存储",
    "数码",
    "网络",
    "智能",
    "云计算",
    "能源",
    "化工",
    "建设",
    "食品",
    "环保",
    "通信",
]
FIN_INDUSTRY = ["银行", "农商银行", "农商行", "城商行", "证券", "保险", "财产保险", "信托", "基金", "租赁"]
ORG_SUFFIX = ["有限公司", "股份有限公司", "集团", "集团有限公司", "有限责任公司"]
PUBLIC_ORGS = ["医院", "人民医院", "中医院", "妇幼保健院", "大学", "职业技术学院", "中学"]
GOV_UNITS = [
    "数据资源局",
    "大数据局",
    "卫健委",
    "发改委",
    "财政局",
    "税务局",
    "人社局",
    "公安局",
    "市场监管局",
    "教育局",
    "交通运输局",
    "水务局",
    "政务服务中心",
    "经信委",
]
DISTRICTS = [
    "江湾区",
    "鹿城区",
    "高新区",
    "经开区",
    "滨江区",
    "新区",
    "工业园区",
    "姑苏区",
    "鄞州区",
    "西湖区",
]
KNOWN_VENDORS = [
    "东软",
    "用友",
    "浪潮",
    "神州数码",
    "华为",
    "阿里云",
    "腾讯云",
    "金蝶",
    "帆软",
    "中软国际",
    "Oracle",
    "SAP",
    "IBM",
    "Microsoft",
    "Salesforce",
    "Teradata",
    "Cloudera",
    "新华三",
    "曙光",
    "宇信科技",
    "长亮科技",
    "东华软件",
    "卫宁健康",
    "万达信息",
    "中科软",
    "星环科技",
]
ENGLISH_ORGS = [
    "Dingyue Precision",
    "Zhongtai Data",
    "Hengzhou Machinery",
    "Lanxin Storage",
    "Acme Corp",
    "Northwind",
    "BluePeak Tech",
    "Sino Data",
    "Everbright Systems",
    "Jinfan Securities",
]
PRODUCT_TYPES = [
    "数据中台",
    "BI",
    "数仓",
    "主数据平台",
    "MES",
    "ERP",
    "云链",
    "结算系统",
    "CRM",
    "数据治理平台",
    "湖仓一体平台",
    "实时数仓",
    "指标平台",
    "数采网关",
    "全闪存储",
    "一体机",
    "监管报送系统",
    "风控平台",
    "数据交换平台",
    "医疗数据平台",
    "低代码平台",
    "标签平台",
    "数据湖",
]
VERSIONS = ["", "", "", "V3", "V2", " V5", "5.0", "3.2", " 6", "2024", " Pro", " 云版", "企业版", " 7", "4.1"]
ENGLISH_PRODUCTS = [
    "ZT Insight 6",
    "NC Cloud",
    "GS Cloud",
    "Oracle EBS",
    "Exadata",
    "SAP S/4HANA",
    "Power BI",
    "Tableau",
    "FineBI",
    "Snowflake",
    "Greenplum",
    "TDH",
    "DataWorks",
    "MaxCompute",
    "Kylin",
    "LX-9000",
    "ZC-Bill 7",
    "QuickBI",
    "YonBIP",
    "Smart Hub 3",
]
OUR_ORGS = ["中太数据", "我司"]


@dataclass
class Piece:
    text: str
    label: str | None = None


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2, 2])))


def _person_title_form(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return rng.choice(PERSON_PREFIX) + rng.choice([s for s in SURNAMES if len(s) == 1])
    return rng.choice(SURNAMES) + rng.choice(PERSON_SUFFIX)


def _english_person(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return rng.choice(ENGLISH_GIVEN)
    if r < 0.5:
        return rng.choice(["Mr. ", "Ms. "]) + rng.choice(PINYIN_SURNAMES)
    return rng.choice(PINYIN_SURNAMES) + " " + rng.choice(PINYIN_GIVEN)


def _title(rng: random.Random) -> str:
    core = rng.choice(TITLES_CORE)
    if rng.random() < 0.4:
        return rng.choice(DEPARTMENTS) + core
    return core


def _core(rng: random.Random) -> str:
    return "".join(rng.choice(NAME_CHARS) for _ in range(2))


def _org(rng: random.Random, short: bool = False) -> str:
    r = rng.random()
    core = _core(rng)
    if r < 0.1:
        return rng.choice(KNOWN_VENDORS)
    if r < 0.15:
        return rng.choice(ENGLISH_ORGS)
    if r < 0.25:
        return rng.choice(["", rng.choice(CITIES)]) + rng.choice(DISTRICTS) + rng.choice(GOV_UNITS)
    if r < 0.32:
        return rng.choice(["", rng.choice(CITIES)]) + core + rng.choice(PUBLIC_ORGS)
    industry = rng.choice(FIN_INDUSTRY if r < 0.5 else INDUSTRY)
    if short:
        return rng.choice([core, core, core + industry])
    city = rng.choice(CITIES) if rng.random() < 0.6 else ""
    suffix = rng.choice(ORG_SUFFIX) if rng.random() < 0.35 else ""
    return city + core + industry + suffix


def _product(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.25:
        return rng.choice(ENGLISH_PRODUCTS)
    ver = rng.choice(VERSIONS)
    if r < 0.35:
        code = rng.choice(["ZT", "ZC", "LX", "YS", "HX", "DS"])
        return code + "-" + rng.choice(["Bill", "Health", "Flow", "Hub"]) + ver
    return _core(rng) + rng.choice(PRODUCT_TYPES) + ver


# Templates: {P} full name, {Q} title-form person (张总), {E} English person, {T} title, {ET} English
# title, {O} full org, {S} short org, {R} product, {U} us (unlabelled ORG-like mention).  Literal text
# otherwise.  The same slot letter may appear several times (filled independently).
TEMPLATES = [
    "拜访{O}，见了{T}{P}和{T}{P}。",
    "今天去{S}，{T}{P}接待，{Q}对我们的方案比较认可。",
    "{Q}说预算大概{N}万，年内要上线，{Q}负责选型。",
    "现状：数仓是{O}{Y}年建的，维保到明年{M}月；{Q}对{S}意见很大。",
    "{Q}牵头选型，下周出技术规范书，{R}可以进短名单。",
    "{S}也在跟，{Q}私下透露{S}报价已经压到{N}万以内。",
    "约{Q}下周来{U}看{R}的演示。",
    "{T}{P}（{Q}）是这个项目的推手，愿意在{T}面前替我们说话。",
    "最后要上总经理办公会，{T}{P}拍板。",
    "{O}与{O}签署战略合作协议，双方将共建数字化平台。",
    "{O}{M}月{D}日公告，拟以现金{N}亿元收购{O}100%股权。",
    "{S}董事长{P}表示，此次收购将补齐{S}在数据领域的短板。",
    "据悉，该项目由{O}以{N}万元中标，第二名为{O}。",
    "{O}{T}{P}在发布会上介绍了{R}的最新进展。",
    "{P}此前任{O}{T}，今年{M}月加盟{S}，出任{T}。",
    "机房服务器是{O}供的货，维保也是{S}在做。",
    "商务走{O}（我们在{C}的代理），{S}的{Q}已经跟采购部{Q}打过招呼。",
    "{Q}原话“再出一次问题就换掉{S}”。",
    "{Q}对{R}印象不错，但说选哪家他做不了主。",
    "数据组的{Q}（{P}）比较务实，只关心接口工作量。",
    "{T}{P}向{T}{P}汇报，{Q}很信任{Q}。",
    "ERP用的{S}，财务在{R}上，{Q}不想动。",
    "{O}的{R}已经在{O}上线，{Q}评价一般。",
    "{O}宣布，原{O}{T}{P}正式加盟，出任{T}。",
    "上午见了{T}{P}，以及他手下{T}{P}（小{X}，老熟人）。",
    "{S}近期在{C}多家医院密集投标，其中包括{O}的项目。",
    "Visit @ {O} w/ our {ET} {E}. Met {E} ({ET}) + his lead {Q}.",
    "{E} ({ET}) reports to {E}, runs the vendor shortlist; {S} is off the list.",
    "{E} wants a platform by Q{M}; finance is on {R} ({S}).",
    "{O} said it has signed a framework agreement with {O} to build a data platform based on {R}.",
    "{O} ({EO}) and {S} agreed to co-sell {R} in {C}.",
    "Call w/ {S} re yield analytics. Met {E} ({ET}) + 设备部 {Q}.",
    "{Q}的团队是{R}的主要用户，{Q}说他听{Q}的。",
    "{O}{T}{P}透露，项目将由{O}负责落地实施。",
    "{Q}、{Q}和{Q}都参加了周例会，{Q}主持。",
    "{C}{S}这次也报了名，主推{R}，听说折扣给得很低。",
    "钢材主要从{O}进，{S}在推供应链协同，要求{S}开放库存数据。",
    "{T}{P}是我们的内线，评分细则一出来会先发给我们。",
    "下步：发{R}案例给{Q}，约{Q}面谈。",
    "{O}是{O}的全资子公司，{T}由{P}兼任。",
]


# Free composition: mention + predicate (+ object) so that mentions are followed by varied text.
PREDICATES = [
    "对我们印象不错",
    "偏好国产大厂",
    "技术上不太懂",
    "是他副手",
    "说了不算",
    "最后拍板",
    "私下透露",
    "比较务实",
    "态度一般",
    "很认可",
    "意见很大",
    "负责技术评估",
    "牵头选型",
    "分管数据",
    "一直在催",
    "没表态",
    "明确站我们",
    "比较谨慎",
    "刚从外企过来",
    "下周出差",
    "想先做试点",
    "要求年底上线",
    "让我们出方案",
    "觉得报价太高",
    "关心接口工作量",
    "不会考虑老东家",
    "听领导的",
    "主要看数据",
    "在跟项目",
    "报了名",
    "也在跟",
    "降价很凶",
    "做过类似项目",
    "口风变了",
    "愿意帮忙",
    "管预算",
    "是实际用户",
    "对接采购",
    "说话很直",
    "是老熟人",
]
FILLERS = [
    "下步：月底前出方案。",
    "预算还没定。",
    "约了下周再聊。",
    "会上没有结论。",
    "项目大概率年后启动。",
    "需要补充案例材料。",
    "今天没见到关键人。",
    "对方要求先做POC。",
    "合同条款还在谈。",
    "报价单周五前发出。",
    "Next steps: send the proposal by Fri.",
    "Budget not confirmed yet.",
    "Pain point: data in silos.",
    "Follow-up call next week.",
    "They want a PoC first.",
    "Finance team will review the quote.",
    "No decision yet; waiting for procurement.",
    "Demo went well, integration is the concern.",
]
ORDER_TEMPLATES = [
    "{P}{T}{V}。",
    "见了{P}{T}和{Q}，{Q}{V}。",
    "{S}的{P}{T}{V}，{Q}{V}。",
    "{Q}{V}，{Q}{V}。",
    "{E} {EV}.",
    "{E} ({ET}, {S}) {EV}; {E} {EV}.",
]
ENGLISH_PREDICATES = [
    "backs us after the PoC",
    "is neutral for now",
    "has the final say",
    "runs the shortlist",
    "reports to the GM",
    "prefers the incumbent",
    "asked for a quote",
    "is our coach",
    "will sign off the budget",
    "is pushing for a local vendor",
]


def _fill(template: str, rng: random.Random) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for part in re.split(r"(\{[A-Z]{1,2}\})", template):
        if not part:
            continue
        label: str | None = None
        if part.startswith("{") and part.endswith("}"):
            key = part[1:-1]
            if key == "P":
                text, label = _name(rng), "PERSON"
            elif key == "Q":
                text, label = _person_title_form(rng), "PERSON"
            elif key == "E":
                text, label = _english_person(rng), "PERSON"
            elif key == "T":
                text, label = _title(rng), "TITLE"
            elif key == "ET":
                text, label = rng.choice(ENGLISH_TITLES), "TITLE"
            elif key == "O":
                text, label = _org(rng), "ORG"
            elif key == "S":
                text, label = _org(rng, short=True), "ORG"
            elif key == "EO":
                text, label = rng.choice(ENGLISH_ORGS), "ORG"
            elif key == "R":
                text, label = _product(rng), "PRODUCT"
            elif key == "U":
                text = rng.choice(OUR_ORGS)
                label = "ORG" if text == "中太数据" else None
            elif key == "C":
                text = rng.choice(CITIES)
            elif key == "N":
                text = str(rng.choice([12, 35, 80, 150, 200, 260, 320, 380, 480, 600, 1200, 2.6, 5.2]))
            elif key == "Y":
                text = str(rng.randint(10, 24))
            elif key == "M":
                text = str(rng.randint(1, 12))
            elif key == "D":
                text = str(rng.randint(1, 28))
            elif key == "V":
                text = rng.choice(PREDICATES)
            elif key == "EV":
                text = rng.choice(ENGLISH_PREDICATES)
            elif key == "X":
                text = rng.choice(SURNAMES[:100])
            else:
                text = part
        else:
            text = part
        if label is not None:
            spans.append((pos, pos + len(text), label))
        out.append(text)
        pos += len(text)
    return "".join(out), spans


def generate(n: int, seed: int = 13) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """Yield ``n`` synthetic notes of 1-4 template sentences as (text, [(start, end, label)])."""
    rng = random.Random(seed)  # noqa: S311
    for _ in range(n):
        parts: list[str] = []
        spans: list[tuple[int, int, str]] = []
        sp: list[tuple[int, int, str]]
        offset = 0
        for k in range(rng.choice([1, 1, 2, 2, 3, 4])):
            if k and rng.random() < 0.3:
                sep = rng.choice(["\n", " ", "\n- ", "\n1. "])
                parts.append(sep)
                offset += len(sep)
            r = rng.random()
            if r < 0.12:
                text, sp = rng.choice(FILLERS), []
            elif r < 0.4:
                text, sp = _fill(rng.choice(ORDER_TEMPLATES), rng)
            else:
                text, sp = _fill(rng.choice(TEMPLATES), rng)
            parts.append(text)
            spans.extend((s + offset, e + offset, lab) for s, e, lab in sp)
            offset += len(text)
        yield "".join(parts), spans
