"""Static catalogue for the demo: industry profiles, our products, competitors, channels, suppliers.

Everything here is fictional except a handful of well-known vendor names (浪潮, 东软, 用友) used only as
competitor company names.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Topic:
    name: str  # 监管报送平台
    en: str  # regulatory reporting platform
    category: str  # product category it needs
    keyword: str  # short search keyword, e.g. 监管报送


@dataclass(frozen=True, slots=True)
class Industry:
    key: str
    industry: str  # stored on the organisation
    names: tuple[tuple[str, tuple[str, ...]], ...]  # (full-name pattern, alias patterns); {region} {core}
    en: str  # English alias pattern: {Core} {Region}
    top: tuple[str, str]  # (title, English)
    deputy: tuple[str, str]
    it_unit: tuple[str, str]  # (unit name, English)
    it_head: str  # appended to the unit name: 总经理 / 主任 / 科长
    it_deputy: str
    proc_unit: tuple[str, str]
    proc_head: str
    biz_units: tuple[tuple[str, str, str], ...]  # (unit, head title suffix, English)
    committee: str  # 行长办公会 ...
    eval_committee: str
    engineers: tuple[tuple[str, str], ...]
    topics: tuple[Topic, ...]
    legacy: tuple[str, ...]  # names of legacy systems, e.g. 数仓, 核心系统
    decide_rule: str = "超过{n}万的项目都要上会"
    extra: tuple[str, ...] = field(default_factory=tuple)


T = Topic

INDUSTRIES: tuple[Industry, ...] = (
    Industry(
        key="bank_city",
        industry="银行/城商行",
        names=(("{region}{core}银行", ("{core}银行", "{core}")),),
        en="{Core} Bank",
        top=("行长", "President"),
        deputy=("副行长", "VP IT"),
        it_unit=("信息科技部", "IT"),
        it_head="总经理",
        it_deputy="副总经理",
        proc_unit=("集中采购中心", "Procurement"),
        proc_head="主任",
        biz_units=(
            ("零售业务部", "总经理", "Retail Banking"),
            ("风险管理部", "总经理", "Risk"),
            ("数据管理部", "总经理", "Data Management"),
        ),
        committee="行长办公会",
        eval_committee="评标委员会",
        engineers=(
            ("架构师", "Architect"),
            ("数据组组长", "Data Team Lead"),
            ("数据开发工程师", "Data Engineer"),
        ),
        topics=(
            T("监管报送平台", "regulatory reporting platform", "数据治理", "监管报送"),
            T("数据仓库替换", "data warehouse replacement", "湖仓", "数仓"),
            T("实时风控数据平台", "real-time risk data platform", "实时计算", "风控"),
            T("指标管理平台", "KPI platform", "BI", "指标"),
        ),
        legacy=("数仓", "报送系统", "ODS"),
    ),
    Industry(
        key="bank_rural",
        industry="银行/农商行",
        names=(
            ("{region}{core}农村商业银行", ("{core}农商行", "{core}农商银行")),
            ("{region}{core}农商银行", ("{core}农商行",)),
        ),
        en="{Core} Rural Commercial Bank",
        top=("行长", "President"),
        deputy=("副行长", "Vice President"),
        it_unit=("科技部", "IT"),
        it_head="总经理",
        it_deputy="副总经理",
        proc_unit=("采购管理部", "Procurement"),
        proc_head="经理",
        biz_units=(
            ("普惠金融部", "总经理", "Inclusive Finance"),
            ("计划财务部", "总经理", "Finance"),
            ("风险合规部", "总经理", "Risk & Compliance"),
        ),
        committee="党委会",
        eval_committee="评标委员会",
        engineers=(
            ("系统架构师", "Architect"),
            ("数据分析岗", "Data Analyst"),
            ("运维工程师", "Ops Engineer"),
        ),
        topics=(
            T("监管报送系统", "regulatory reporting system", "数据治理", "监管报送"),
            T("数据中台建设", "data middle-platform", "数据中台", "数据中台"),
            T("客户营销画像", "customer profiling", "BI", "画像"),
            T("数据治理项目", "data governance", "数据治理", "数据治理"),
        ),
        legacy=("数仓", "报表平台", "监管报送系统"),
    ),
    Industry(
        key="insurance",
        industry="保险",
        names=(
            ("{core}财产保险股份有限公司", ("{core}保险", "{core}财险")),
            ("{core}人寿保险股份有限公司", ("{core}人寿", "{core}保险")),
        ),
        en="{Core} Insurance",
        top=("总经理", "General Manager"),
        deputy=("副总经理", "Deputy GM"),
        it_unit=("信息技术部", "IT"),
        it_head="总经理",
        it_deputy="副总经理",
        proc_unit=("采购部", "Procurement"),
        proc_head="经理",
        biz_units=(
            ("理赔部", "经理", "Claims"),
            ("精算部", "总经理", "Actuarial"),
            ("客户服务部", "经理", "Service"),
        ),
        committee="信息化委员会",
        eval_committee="评标委员会",
        engineers=(("架构组组长", "Architecture Lead"), ("数据工程师", "Data Engineer"), ("DBA", "DBA")),
        topics=(
            T("理赔数据平台", "claims data platform", "数据中台", "理赔"),
            T("精算数据集市", "actuarial data mart", "湖仓", "精算"),
            T("反欺诈数据平台", "anti-fraud data platform", "实时计算", "反欺诈"),
        ),
        legacy=("理赔库", "核心系统数据仓库", "报表平台"),
    ),
    Industry(
        key="power",
        industry="电力/电网",
        names=(
            ("{region}{core}电力集团", ("{core}电力",)),
            ("{region}{core}供电公司", ("{core}供电", "{core}电力")),
        ),
        en="{Core} Power",
        top=("总经理", "General Manager"),
        deputy=("副总经理", "Deputy GM"),
        it_unit=("数字化部", "Digital"),
        it_head="主任",
        it_deputy="副主任",
        proc_unit=("物资部", "Materials & Procurement"),
        proc_head="主任",
        biz_units=(
            ("营销部", "主任", "Marketing & Billing"),
            ("调度控制中心", "主任", "Dispatch"),
            ("财务资产部", "主任", "Finance"),
        ),
        committee="总经理办公会",
        eval_committee="评标委员会",
        engineers=(("信息专责", "IT Specialist"), ("数据专责", "Data Specialist"), ("运维班长", "Ops Lead")),
        topics=(
            T("营销计费数据中台", "billing data platform", "计费结算", "计费"),
            T("用电信息采集数据平台", "metering data platform", "实时计算", "用电采集"),
            T("电费结算系统改造", "electricity settlement upgrade", "计费结算", "电费结算"),
        ),
        legacy=("营销系统", "采集系统", "计费系统"),
    ),
    Industry(
        key="water",
        industry="水务/公用事业",
        names=(("{region}{core}水务集团", ("{core}水务",)),),
        en="{Core} Water",
        top=("董事长", "Chairman"),
        deputy=("副总经理", "Deputy GM"),
        it_unit=("信息中心", "IT Center"),
        it_head="主任",
        it_deputy="副主任",
        proc_unit=("招标采购部", "Procurement"),
        proc_head="经理",
        biz_units=(("营业收费部", "经理", "Billing"), ("管网运营部", "部长", "Network Operations")),
        committee="总经理办公会",
        eval_committee="评审专家组",
        engineers=(("GIS工程师", "GIS Engineer"), ("信息工程师", "IT Engineer")),
        topics=(
            T("智能水表数据平台", "smart-metering data platform", "实时计算", "水表"),
            T("水费计费系统改造", "water billing upgrade", "计费结算", "计费"),
            T("管网数据治理", "pipe network data governance", "数据治理", "管网"),
        ),
        legacy=("营收系统", "抄表系统", "GIS平台"),
    ),
    Industry(
        key="telecom",
        industry="电信运营商",
        names=(
            ("{region}{core}通信集团", ("{core}通信",)),
            ("{core}通信{region}分公司", ("{core}通信", "{region}{core}通信")),
        ),
        en="{Core} Telecom",
        top=("总经理", "General Manager"),
        deputy=("副总经理", "Deputy GM"),
        it_unit=("IT支撑中心", "IT Support Center"),
        it_head="主任",
        it_deputy="副主任",
        proc_unit=("采购供应链中心", "Procurement"),
        proc_head="主任",
        biz_units=(
            ("市场经营部", "总经理", "Marketing"),
            ("网络部", "总经理", "Network"),
            ("政企客户部", "总经理", "Enterprise"),
        ),
        committee="总经理办公会",
        eval_committee="评标委员会",
        engineers=(
            ("计费组组长", "Billing Lead"),
            ("规划室工程师", "Planning Engineer"),
            ("数据架构师", "Architect"),
        ),
        topics=(
            T("计费系统扩容", "billing system expansion", "计费结算", "计费"),
            T("经营分析系统升级", "BI / business analytics upgrade", "BI", "经分"),
            T("客户画像平台", "customer profiling platform", "数据中台", "画像"),
        ),
        legacy=("计费系统", "经分系统", "BOSS"),
    ),
    Industry(
        key="manufacturing",
        industry="制造业",
        names=(
            ("{region}{core}精工集团", ("{core}精工",)),
            ("{region}{core}机械股份有限公司", ("{core}机械", "{core}股份")),
            ("{region}{core}新材料股份有限公司", ("{core}新材", "{core}新材料")),
        ),
        en="{Core} Manufacturing",
        top=("董事长", "Chairman"),
        deputy=("总经理", "General Manager"),
        it_unit=("信息部", "IT"),
        it_head="经理",
        it_deputy="副经理",
        proc_unit=("采购部", "Procurement"),
        proc_head="部长",
        biz_units=(
            ("生产运营部", "部长", "Operations"),
            ("质量部", "经理", "Quality"),
            ("财务部", "总监", "Finance"),
        ),
        committee="总经理办公会",
        eval_committee="采购委员会",
        engineers=(
            ("MES工程师", "MES Engineer"),
            ("设备主管", "Equipment Lead"),
            ("数据分析师", "Data Analyst"),
        ),
        topics=(
            T("设备稼动率分析平台", "OEE analytics platform", "BI", "稼动率"),
            T("质量追溯数据平台", "quality traceability platform", "数据中台", "质量追溯"),
            T("供应链数据看板", "supply-chain dashboard", "BI", "供应链"),
            T("主数据治理", "master data management", "主数据", "主数据"),
        ),
        legacy=("MES", "ERP报表", "数采网关"),
    ),
    Industry(
        key="hospital",
        industry="医疗/医院",
        names=(
            ("{region}{core}医院", ("{core}医院",)),
            ("{region}市{core}人民医院", ("{core}人民医院", "{core}医院")),
        ),
        en="{Core} Hospital",
        top=("院长", "President"),
        deputy=("副院长", "Vice President"),
        it_unit=("信息科", "IT Dept"),
        it_head="科长",
        it_deputy="副科长",
        proc_unit=("招标办", "Tendering Office"),
        proc_head="主任",
        biz_units=(("医务处", "处长", "Medical Affairs"), ("质控科", "科长", "Quality Control")),
        committee="院长办公会",
        eval_committee="评审专家组",
        engineers=(("数据组工程师", "Data Engineer"), ("接口工程师", "Integration Engineer")),
        topics=(
            T("临床数据中心", "clinical data repository", "数据中台", "临床数据"),
            T("DRG分析平台", "DRG analytics platform", "BI", "DRG"),
            T("医院运营数据平台", "hospital operations data platform", "BI", "运营数据"),
        ),
        legacy=("HIS", "集成平台", "数据中心"),
        decide_rule="超过{n}万要上院长办公会",
    ),
    Industry(
        key="logistics",
        industry="物流",
        names=(
            ("{region}{core}物流集团", ("{core}物流",)),
            ("{region}{core}供应链有限公司", ("{core}供应链",)),
        ),
        en="{Core} Logistics",
        top=("董事长", "Chairman"),
        deputy=("总经理", "General Manager"),
        it_unit=("数字化中心", "Digital Center"),
        it_head="总监",
        it_deputy="副总监",
        proc_unit=("采购中心", "Procurement"),
        proc_head="经理",
        biz_units=(("运营管理部", "总经理", "Operations"), ("财务结算部", "经理", "Settlement")),
        committee="总经理办公会",
        eval_committee="评标委员会",
        engineers=(("调度系统工程师", "Dispatch Engineer"), ("数据工程师", "Data Engineer")),
        topics=(
            T("仓储计费结算系统", "warehouse billing system", "计费结算", "计费"),
            T("运输调度数据平台", "transport dispatch data platform", "实时计算", "调度"),
            T("物流经营看板", "logistics BI dashboard", "BI", "看板"),
        ),
        legacy=("WMS", "TMS", "手工台账"),
    ),
    Industry(
        key="government",
        industry="政府/数据资源局",
        names=(("{region}市{core}区数据资源局", ("{core}区数据局", "{core}区数据资源局")),),
        en="{Core} District Data Bureau",
        top=("局长", "Director-General"),
        deputy=("副局长", "Deputy Director-General"),
        it_unit=("数据应用处", "Data Applications Division"),
        it_head="处长",
        it_deputy="副处长",
        proc_unit=("办公室", "General Office"),
        proc_head="主任",
        biz_units=(("数据资源处", "处长", "Data Resources"), ("大数据中心", "主任", "Big Data Center")),
        committee="局务会",
        eval_committee="评审专家组",
        engineers=(("科员", "Officer"), ("技术骨干", "Tech Lead")),
        topics=(
            T("城市数据底座", "city data foundation", "数据中台", "数据底座"),
            T("政务数据共享平台", "government data-sharing platform", "数据治理", "数据共享"),
            T("公共数据开放平台", "open data platform", "数据治理", "数据开放"),
        ),
        legacy=("共享交换平台", "政务云数据库"),
        decide_rule="{n}万以上的项目要上局务会",
    ),
    Industry(
        key="energy",
        industry="能源",
        names=(
            ("{region}{core}能源集团", ("{core}能源",)),
            ("{region}{core}新能源股份有限公司", ("{core}新能源",)),
        ),
        en="{Core} Energy",
        top=("总经理", "General Manager"),
        deputy=("副总经理", "Deputy GM"),
        it_unit=("数字化办公室", "Digital Office"),
        it_head="主任",
        it_deputy="副主任",
        proc_unit=("集团采购中心", "Group Procurement"),
        proc_head="主任",
        biz_units=(("生产运营部", "部长", "Operations"), ("安全环保部", "部长", "HSE")),
        committee="总经理办公会",
        eval_committee="评标委员会",
        engineers=(("数据工程师", "Data Engineer"), ("场站运维主管", "Site Ops Lead")),
        topics=(
            T("集团数据中台", "group data platform", "数据中台", "数据中台"),
            T("新能源场站数据平台", "renewable site data platform", "实时计算", "场站"),
            T("能耗分析平台", "energy analytics", "BI", "能耗"),
        ),
        legacy=("SCADA数据", "生产报表系统"),
    ),
    Industry(
        key="securities",
        industry="证券",
        names=(("{core}证券股份有限公司", ("{core}证券",)),),
        en="{Core} Securities",
        top=("总裁", "CEO"),
        deputy=("副总裁", "VP Technology"),
        it_unit=("金融科技部", "FinTech"),
        it_head="总经理",
        it_deputy="副总经理",
        proc_unit=("采购管理部", "Procurement"),
        proc_head="总经理",
        biz_units=(("零售业务总部", "总经理", "Retail Brokerage"), ("合规部", "总经理", "Compliance")),
        committee="经营管理委员会",
        eval_committee="评标委员会",
        engineers=(("数据平台组负责人", "Data Platform Lead"), ("数据开发工程师", "Data Engineer")),
        topics=(
            T("营销数据平台", "marketing data platform", "数据中台", "营销"),
            T("客户360平台", "customer 360 platform", "BI", "客户360"),
            T("实时数仓", "real-time data warehouse", "湖仓", "实时数仓"),
        ),
        legacy=("数仓", "CRM"),
    ),
    Industry(
        key="retail",
        industry="零售",
        names=(("{region}{core}百货集团", ("{core}百货",)), ("{region}{core}商业集团", ("{core}商业",))),
        en="{Core} Retail",
        top=("总裁", "CEO"),
        deputy=("副总裁", "VP"),
        it_unit=("信息部", "IT"),
        it_head="总监",
        it_deputy="副总监",
        proc_unit=("采购部", "Procurement"),
        proc_head="经理",
        biz_units=(("电商中心", "总监", "E-commerce"), ("会员中心", "总监", "Membership")),
        committee="总裁办公会",
        eval_committee="评标小组",
        engineers=(("数据分析师", "Data Analyst"), ("开发主管", "Dev Lead")),
        topics=(
            T("会员数据平台", "membership data platform", "数据中台", "会员"),
            T("经营分析看板", "BI dashboard", "BI", "经营分析"),
        ),
        legacy=("会员系统", "POS报表"),
    ),
)

# industry cycle: the first accounts cover all industries, banks twice
INDUSTRY_CYCLE = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0, 1, 6, 12, 3, 7)

# -- our own company -----------------------------------------------------------------------------

US_ID = "org-zhongtai"
US_NAME = "中太数据"
US_ALIASES = ("中太数据科技有限公司", "中太", "Zhongtai Data", "我司")

# (id suffix, name, aliases, category)
OUR_PRODUCTS: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("xinghe", "中太星河数据中台 V5", ("星河数据中台", "星河中台", "Xinghe DataHub"), "数据中台"),
    ("guanxiang", "中太观象BI 4.2", ("观象BI", "Guanxiang BI"), "BI"),
    ("jingwei", "中太经纬主数据平台", ("经纬主数据", "经纬MDM"), "主数据"),
    ("mingjing", "中太明镜数据治理平台", ("明镜治理", "明镜数据治理"), "数据治理"),
    ("liuguang", "中太流光实时计算引擎", ("流光引擎", "流光实时计算"), "实时计算"),
    ("lakehouse", "ZT Lakehouse 3", ("中太湖仓", "ZT湖仓"), "湖仓"),
    ("suanpan", "中太算盘计费结算平台", ("算盘计费", "算盘计费平台"), "计费结算"),
)


@dataclass(frozen=True, slots=True)
class CompetitorSpec:
    key: str
    name: str
    short: str
    aliases: tuple[str, ...]
    region: str
    position: str  # CompetitivePosition value
    products: tuple[tuple[str, tuple[str, ...], str], ...]  # (name, aliases, category)
    real: bool = False


C = CompetitorSpec
COMPETITORS: tuple[CompetitorSpec, ...] = (
    C(
        "c01",
        "杭州数衡科技有限公司",
        "数衡",
        ("数衡科技", "Shuheng Tech"),
        "杭州",
        "CHALLENGER",
        (("数衡DataOne 5", ("DataOne",), "数据中台"), ("数衡BI 3.2", ("数衡BI",), "BI")),
    ),
    C(
        "c02",
        "南京云栈信息技术有限公司",
        "云栈",
        ("云栈信息", "Yunzhan Info"),
        "南京",
        "FOLLOWER",
        (("云栈数仓 V4", ("云栈数仓",), "湖仓"), ("云栈数据治理平台", ("云栈治理",), "数据治理")),
    ),
    C(
        "c03",
        "深圳睿图数据股份有限公司",
        "睿图",
        ("睿图数据", "Ruitu Data"),
        "深圳",
        "LEADER",
        (
            ("睿图BI 7", ("睿图BI",), "BI"),
            ("睿图指标平台", ("睿图指标",), "BI"),
            ("睿图实时引擎", ("RT-Stream",), "实时计算"),
        ),
    ),
    C(
        "c04",
        "武汉星阑软件有限公司",
        "星阑",
        ("星阑软件", "Xinglan Soft"),
        "武汉",
        "SPECIALIST",
        (("星阑MDM 3", ("星阑主数据",), "主数据"),),
    ),
    C(
        "c05",
        "成都观岭科技有限公司",
        "观岭",
        ("观岭科技", "Guanling Tech"),
        "成都",
        "CHALLENGER",
        (("观岭实时湖仓", ("观岭湖仓",), "湖仓"), ("观岭流计算平台", ("观岭流计算",), "实时计算")),
    ),
    C(
        "c06",
        "上海拓穹数据科技有限公司",
        "拓穹",
        ("拓穹数据", "Tuoqiong Data"),
        "上海",
        "CHALLENGER",
        (("拓穹 TQ-Lake 2", ("TQ-Lake",), "湖仓"), ("拓穹标签平台", ("拓穹标签",), "数据中台")),
    ),
    C(
        "c07",
        "北京明棱信息技术有限公司",
        "明棱",
        ("明棱信息", "Mingleng Info"),
        "北京",
        "SPECIALIST",
        (("明棱监管报送系统", ("明棱报送",), "数据治理"), ("明棱风控数据集市", ("明棱集市",), "实时计算")),
    ),
    C(
        "c08",
        "苏州汇岚软件有限公司",
        "汇岚",
        ("汇岚软件", "Huilan Software"),
        "苏州",
        "FOLLOWER",
        (("汇岚HL-Health医疗数据平台", ("HL-Health",), "数据中台"), ("汇岚DRG分析系统", ("汇岚DRG",), "BI")),
    ),
    C(
        "c09",
        "厦门澍野科技有限公司",
        "澍野",
        ("澍野科技", "Shuye Tech"),
        "厦门",
        "SPECIALIST",
        (("澍野计费结算系统 6", ("澍野计费",), "计费结算"),),
    ),
    C(
        "c10",
        "西安秦砺数据有限公司",
        "秦砺",
        ("秦砺数据", "Qinli Data"),
        "西安",
        "FOLLOWER",
        (("秦砺政务数据底座", ("秦砺底座",), "数据中台"), ("秦砺共享交换平台", ("秦砺交换",), "数据治理")),
    ),
    C(
        "c11",
        "广州岭拓信息科技有限公司",
        "岭拓",
        ("岭拓信息", "Lingtuo Info"),
        "广州",
        "SPECIALIST",
        (("岭拓营收管理系统", ("岭拓营收",), "计费结算"), ("岭拓GIS数据平台", ("岭拓GIS",), "数据治理")),
    ),
    C(
        "c12",
        "青岛海稷软件有限公司",
        "海稷",
        ("海稷软件", "Haiji Software"),
        "青岛",
        "FOLLOWER",
        (("海稷MES数据平台", ("海稷MES",), "数据中台"), ("海稷质量追溯系统", ("海稷追溯",), "BI")),
    ),
    C(
        "c13",
        "长沙湘钧科技有限公司",
        "湘钧",
        ("湘钧科技", "Xiangjun Tech"),
        "长沙",
        "FOLLOWER",
        (("湘钧低代码平台", ("湘钧低代码",), "BI"),),
    ),
    C(
        "c14",
        "浪潮软件股份有限公司",
        "浪潮",
        ("浪潮软件", "Inspur Software"),
        "济南",
        "LEADER",
        (("浪潮大数据平台", ("浪潮数据平台",), "数据中台"),),
        real=True,
    ),
    C(
        "c15",
        "东软集团股份有限公司",
        "东软",
        ("东软集团", "Neusoft"),
        "沈阳",
        "LEADER",
        (
            ("东软医疗数据中心", ("东软数据中心",), "数据中台"),
            ("东软数据治理平台", ("东软治理",), "数据治理"),
        ),
        real=True,
    ),
    C(
        "c16",
        "用友网络科技股份有限公司",
        "用友",
        ("用友网络", "Yonyou"),
        "北京",
        "LEADER",
        (("用友数据中台", ("用友中台",), "数据中台"),),
        real=True,
    ),
)

# small firms that get acquired in clippings: (key, name, short, business)
TARGETS: tuple[tuple[str, str, str, str], ...] = (
    ("x01", "扬州云渡数据科技有限公司", "云渡数据", "数据仓库与BI"),
    ("x02", "镇江数岸科技有限公司", "数岸科技", "数据质量与元数据管理"),
    ("x03", "绍兴青穗软件有限公司", "青穗软件", "医院数据集成"),
    ("x04", "泉州砺行数据有限公司", "砺行数据", "计费结算"),
)

# channels: (key, name, short, region, channel_type, vendor keys ("us" or competitor key))
CHANNELS: tuple[tuple[str, str, str, str, str, tuple[str, ...]], ...] = (
    ("ch01", "宁波甬晖系统集成有限公司", "甬晖集成", "宁波", "INTEGRATOR", ("us", "c03")),
    ("ch02", "苏州拓远系统集成有限公司", "拓远集成", "苏州", "INTEGRATOR", ("us",)),
    ("ch03", "合肥皖通信息集成有限公司", "皖通集成", "合肥", "INTEGRATOR", ("us", "c14")),
    ("ch04", "杭州钱塘数智科技有限公司", "钱塘数智", "杭州", "INTEGRATOR", ("c01", "c06")),
    ("ch05", "扬州广陵数码科技有限公司", "广陵数码", "扬州", "AGENT", ("us",)),
    ("ch06", "绍兴越州信息技术有限公司", "越州信息", "绍兴", "AGENT", ("us", "c02")),
    ("ch07", "南京金陵云联科技有限公司", "云联科技", "南京", "AGENT", ("c02", "c07")),
    ("ch08", "上海申泓科技发展有限公司", "申泓科技", "上海", "DISTRIBUTOR", ("us", "c03", "c15")),
    ("ch09", "深圳鹏讯科技有限公司", "鹏讯科技", "深圳", "DISTRIBUTOR", ("c05", "c11")),
    ("ch10", "武汉楚联数码有限公司", "楚联数码", "武汉", "DISTRIBUTOR", ("us", "c04")),
)

# suppliers: (key, name, short, what)
SUPPLIERS: tuple[tuple[str, str, str, str], ...] = (
    ("s01", "无锡芯岳存储科技有限公司", "芯岳存储", "存储设备"),
    ("s02", "杭州云擎云计算有限公司", "云擎云", "私有云平台"),
    ("s03", "南京锐盾网络安全有限公司", "锐盾安全", "安全设备"),
    ("s04", "苏州恒光服务器有限公司", "恒光服务器", "服务器"),
    ("s05", "合肥蓝湾网络科技有限公司", "蓝湾网络", "网络设备"),
)

REP_TITLES: tuple[tuple[str, str], ...] = (
    ("华东区销售总监", "Sales Director, East China"),
    ("大客户经理", "Key Account Manager"),
    ("大客户经理", "Key Account Manager"),
    ("客户经理", "Account Manager"),
    ("客户经理", "Account Manager"),
    ("客户经理", "Account Manager"),
    ("行业销售经理", "Industry Sales Manager"),
    ("售前工程师", "Presales Engineer"),
    ("售前工程师", "Presales Engineer"),
    ("解决方案架构师", "Solution Architect"),
)
