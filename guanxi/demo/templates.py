"""Phrasings for visit notes and clippings.

Placeholders: {a}/{b} person references (full form on first use in a note, honorific after), {u} unit,
{c} competitor short name, {cf} competitor full name, {p} product, {cust} customer short name,
{topic} project topic, {amt} amount in 万, {end} contract end (relative wording), {ch} channel short name.
Every template in a list is interchangeable for the fact it states; the generator picks one at random.
"""

from __future__ import annotations

# ---------------------------------------------------------------- decision roles (Chinese) -------
ROLE_P: dict[str, tuple[str, ...]] = {
    "INITIATOR": (
        "需求是{a}提的：{topic}要推倒重做，{when}必须上线",
        "{topic}这事最早是{a}提出来的，{why}",
        "{a}是这个项目的发起人，{why}",
        "换系统是{a}提的，{why}",
        "{a}牵头提的需求，想先把{topic}做起来",
        "项目起因：{a}{why}，年初就提了{topic}的需求",
        "{a}自己提的需求，{why}",
    ),
    "SEARCHER": (
        "选型{a}牵头，下周出技术规范书",
        "方案比选由{a}负责，已经接触了{n}家",
        "{a}负责找方案，让我们{next}",
        "具体是{a}在跑，{aside}",
        "技术规范书由{a}来出，供应商短名单也是{a2}定",
        "{a}负责组织选型，要求年内完成",
        "厂商对接统一找{a}，{aside}",
    ),
    "DECIDER": (
        "最终{a}拍板",
        "{a}说了算，{aside}",
        "{rule}，所以最后是{a}定",
        "项目启不启动{a}来拍板",
        "最后还是{a}拍，{aside}",
        "决策权在{a}手里，{aside}",
        "签字的是{a}，别人说了都不算",
    ),
    "EVALUATOR": (
        "技术评估由{a}负责，当场列了{n}多个问题",
        "{a}只管技术评估，不管钱",
        "{a}在技术评分组里，POC结论要过{a2}这关",
        "POC验收{a}说了算",
        "{a}负责方案评审，{aside}",
        "测试用例是{a}定的，评估报告也由{a2}出",
    ),
    "USER": (
        "{a}是实际用数据的人，以后天天要用",
        "{a}那边是上线后的主要使用部门",
        "{a}以后是平台的主要用户，提了不少{detail}的细节需求",
        "上线后主要是{a}团队在用，关心{detail}",
        "{a}的人是最终用户，{detail}必须满足",
    ),
    "SPONSOR": (
        "{a}是我们的内部赞助人，已经把项目挤进了明年预算",
        "{a}是这个项目的推手，愿意帮我们往前推",
        "{a}几次在会上提到我们，愿意站台",
        "{a}在高层那边替项目背书，预算是{a2}争取来的",
    ),
    "COACH": (
        "{a}是我们的内线，评分细则一出来会先发给我们",
        "{a}（老熟人）私下透露了各家的报价区间",
        "{a}会提前告诉我们评标安排",
        "{a}愿意给我们通风报信，上次的需求变更就是{a2}先说的",
    ),
}
ROLE_U: dict[str, tuple[str, ...]] = {
    "INITIATOR": (
        "需求来自{u}，{u}的人一直在催",
        "{u}去年底提的需求，{topic}排进了今年计划",
        "{topic}的需求是{u}提的，不是IT部门的需求",
    ),
    "SEARCHER": (
        "选型由{u}统一组织，{aside}",
        "{u}负责挂网招标，评分细则由他们出",
        "供应商入围由{u}管，{aside}",
    ),
    "DECIDER": (
        "最后要上{u}",
        "决策走{u}，{aside}",
        "{rule}，最终报{u}审定",
        "不是哪个人拍板，要{u}集体决策",
    ),
    "EVALUATOR": (
        "评标由{u}负责，{n}人打分",
        "技术方案交给{u}打分，技术分占{pct}%",
        "{u}负责评标，专家从库里随机抽",
        "方案评审走{u}，{aside}",
    ),
    "USER": (
        "{u}是上线后的主要使用部门",
        "主要用户在{u}，关心{detail}",
        "平台建好以后{u}用得最多",
    ),
}

# ---------------------------------------------------------------- stances (Chinese) --------------
STANCE_US: dict[str, tuple[str, ...]] = {
    "SUPPORTIVE": (
        "{a}这次明确站我们",
        "{a}态度明显积极，说会推动尽快上会",
        "{a}对我们印象不错",
        "{a}会上说“{quote}”，让我们下周出方案",
        "{a}明确说倾向我们，回来主动要了报价",
        "{a}表态支持我们的方案",
        "{a}对{p}很认可",
    ),
    "NEUTRAL": (
        "{a}对我们中立，只关心{concern}",
        "{a}没表态，担心{concern}",
        "{a}态度一般，“先看报价再说”",
        "{a}比较谨慎，说“国产厂商都差不多”",
        "问{a}倾向哪家，{a2}说“都在比”",
        "{a}嘴上说“看数据说话”，没有明确倾向",
    ),
    "OPPOSED": (
        "{a}对我们的方案有意见，觉得{concern}没解决",
        "{a}明确不看好我们，说我们“案例不够”",
        "{a}对我们不太感冒，几次会上都在挑{concern}的毛病",
        "{a}不支持换我们，原话“没必要折腾”",
    ),
}
STANCE_US_CHANGE: dict[str, tuple[str, ...]] = {
    "SUPPORTIVE": (
        "{a}之前对我们比较保留，这次口风变了，算是站到我们这边了",
        "{a}的态度从观望转为支持，主动提出帮我们约高层",
        "看完演示{a}态度明显转变，现在支持我们",
        "{a}对我们的态度有了明显好转，说“你们的{detail}比别家强”",
    ),
    "NEUTRAL": (
        "{a}最近对我们有点降温，说{concern}还要再看看",
        "{a}不再像之前那样反对了，态度缓和，说“可以再比一比”",
        "{a}这次态度变得中立，说最后看综合评分",
    ),
    "OPPOSED": (
        "{a}态度变了，开始对我们有意见，嫌我们{concern}",
        "{a}这次明显不支持我们了，怪我们上次交付拖期",
        "上次POC出了问题之后，{a}转而反对我们",
    ),
}
STANCE_COMP: dict[str, tuple[str, ...]] = {
    "SUPPORTIVE": (
        "{a}对{c}好感明显",
        "{a}更愿意继续用{c}，怕迁移影响业务",
        "{a}似乎挺喜欢{c}的方案",
        "听说{a}更看好{c}",
        "{a}一直替{c}说话，理由是接口熟",
        "{a}跟{c}的人走得很近",
    ),
    "NEUTRAL": (
        "{a}对{c}没什么倾向",
        "{a}对{c}的评价是“能用，但不出彩”",
        "{a}说{c}和我们各有长短",
    ),
    "OPPOSED": (
        "{a}对{c}意见很大，原话“{quote_neg}”",
        "{a}明确说不考虑{c}了",
        "{a}对{c}没有好脸色",
        "{a}说{c}的东西“演示好看、落地难”",
        "{a}对{c}评价一般，说报表全靠导Excel",
    ),
}

# ---------------------------------------------------------------- other facts (Chinese) ----------
INCUMBENT = (
    "现状：{legacy}是{cf}{year}年建的，维保签到{end}",
    "{cust}现在用的是{c}的{p}，合同{end}到期",
    "{p}（{c}）{year}年上线，维保{end}到期，续不续还没定",
    "现有{legacy}跑在{c}的{p}上，{end}合同到期",
    "{legacy}是{c}做的，用的{p}，{end}到期",
)
ENGAGED = (
    "{c}也在跟，听说报价压得很低",
    "{c}上周去做了技术交流，主推{p}",
    "{c}最近来得很勤，想靠降价保住位置",
    "{c}这次也报了名，折扣给得很低",
    "听说{c}走的是上面的关系，来过两次",
    "{c}也在找{a}，想借“升级”名义切进来",
    "{c}也来讲过，带了两个同行业案例",
    "{c}的sales上周来过，push得很紧，还承诺免费POC",
    "听说{c}给了很aggressive的报价，想先把demo做进去",
)
BUDGET = (
    "预算约{amt}万（年初已批）",
    "项目已立项，预算{amt}万，{month}月开标",
    "{topic}一期{amt}万左右",
    "预算没给数，估计{amt}万上下",
    "区里/集团给了专项，约{amt}万",
    "预算{amt}万，{month}月立项",
)
REPORTS = (
    "{a}是{b}的副手，分管{area}",
    "{a}向{b}汇报",
    "{a}归{b}管",
    "{a}是{b}手下的人",
)
INFLUENCE_POS = (
    "{b}很信任{a}，{a2}说什么{b2}基本都听",
    "{a}能在{b}面前替我们说话",
    "{a}和{b}走得很近，{b2}会听{a2}的意见",
    "{a}的意见对{b}影响很大",
)
INFLUENCE_NEG = (
    "{a}和{b}在这事上意见不合，{a2}支持的{b2}往往反对",
    "{a}跟{b}不太对付，{a2}越推{b2}越犹豫",
)
KNOWS_REP = (
    "{a}是老熟人，说话比较直接",
    "晚上和{a}吃了饭，聊了不少{topic}的细节",
    "{a}跟我们关系不错，私下聊得比较透",
    "和{a}加了微信，之后可以直接约",
    "{a}和我是老乡，这次聊得很开",
)
KNOWS_PEER = (
    "{a}和{b}是老同学",
    "{a}以前和{b}在一个部门，关系很好",
    "{a}跟{b}私交不错，经常一起打球",
)
SERVES = (
    "这单打算走{ch}（我们在{region}的{chtype}）",
    "商务按老规矩走{ch}，{ch}的人已经跟{a}打过招呼",
    "{ch}做总包、我们出平台软件",
    "实施交给{ch}，{ch}在{cust}做过两期项目",
)
SUPPLIES = (
    "机房服务器和存储是{s}供的货，维保也是{s}在做",
    "{what}用的是{s}的，{s}最近也在推数据方案",
    "基础设施这块{s}是老供应商",
)
MOVER = (
    "{a}去年从{prev}过来（在{prev}时做{prev_title}）",
    "新来的{a}，之前是{prev}的{prev_title}，今年跳槽过来",
    "{a}是从{prev}挖过来的，原来在那边做{prev_title}",
)
OURS = (
    "约{a}来我司看{p}演示",
    "今天演示了{p}，{a}问了很多细节",
    "把{p}的同行业案例发给了{a}",
    "{a}想先试用{p}，POC环境月底前搭好",
    "给{a}做了{p}的demo，feedback还不错",
    "{a}要了{p}的roadmap和reference case",
)
NEXT = (
    "下步：月底前搭POC环境",
    "下步：周五前出报价",
    "下步：准备上会材料",
    "下步：约高层互访",
    "下步：发同行业案例",
    "下步：整理需求清单，下周回访",
    "下步：出技术方案初稿",
    "下步：和渠道对一下商务条款",
    "下步：安排售前做一次专题交流",
    "下步：确认POC测试用例",
    "下步：follow up报价，周五前send给采购",
    "下步：准备kick-off会议材料",
    "Next step：和presales对一下PoC scope",
)
FILLER = (
    "对方很关心国产化适配，问了信创认证",
    "机房明年要扩容，存储也在看",
    "等保测评下个月开始，项目节奏可能受影响",
    "会议室里挂着今年的数字化规划图，{topic}排在第二",
    "顺带聊了下明年的预算编制，四季度开始报",
    "对方IT团队不到二十人，外包占一半",
    "去年换过一次机房，数据迁移出过问题，所以比较谨慎",
    "提到集团明年要统一数据标准",
)
NOISE = (
    "节前去{cust}拜访，带了两盒年货。{u}的人都在忙年终结账，没聊项目，坐了二十分钟就撤了。",
    "{cust}例行回访。原约的{u}负责人临时被叫去开会，前台代收了宣传册和{p}新版资料。",
    "去{cust}送了中秋礼盒，{u}的同事说最近在忙迎检，项目的事等月底再说。",
    "{cust}园区路过，顺便去{u}坐了坐，没见到负责人，约了下周再来。",
)
NOISE_TAIL = (
    "大厅里看到{c}的易拉宝，问了前台，是行业展会留下的，不代表{c}在跟项目。",
    "约了下个月第二周再来，到时带上技术同事一起。",
    "顺路看了一下他们新装修的数据中心，机柜还空着一半。",
    "听说{u}年底有人事调整，具体还不清楚。",
)

HEADERS = (
    "拜访{cust}{u}，见了{people}。",
    "{cust} {topic} 拜访纪要\n见：{people}。",
    "{cust} {topic} 第{nth}次交流\n参会：{people}。",
    "{cust}例行回访，见了{people}。",
    "{md} {cust}{u}交流，参会：{people}",
    "电话沟通 {cust} {topic}，对方：{people}。",
    "{cust} {topic} 周例会后补记：",
    "{cust} {topic} 项目推进会，{people}参加。",
    "去{cust}{u}，和{people}聊了一个多小时。",
)
HEADERS_FIRST = (
    "{cust}初访，接待人是{people}。",
    "第一次拜访{cust}{u}，见了{people}。",
    "{cust}首次交流（{md}），对方：{people}。",
)
NUMBERING = ("{i}、", "{i}. ", "{i}）", "- ", "（{i}）", "")

QUOTES_POS = ("你们的数据质量模块比别家强", "你们的方案最落地", "性能测试你们最好", "你们服务响应快")
QUOTES_NEG = ("出了问题找不到人", "再出一次批量失败就换", "二次开发太贵", "服务基本断档")
CONCERNS = ("停机窗口", "迁移工作量", "接口改造", "报价", "信创适配", "交付周期", "数据迁移风险", "运维成本")
DETAILS = ("追溯粒度", "报表口径", "实时性", "权限管控", "数据质量", "指标口径", "移动端", "数据血缘")
WHY = (
    "嫌现有系统二次开发太贵",
    "监管检查提了整改意见",
    "老系统批量经常跑不完",
    "业务部门天天抱怨取数慢",
    "集团要求统一数据口径",
    "原厂服务基本断档",
    "想把报表从Excel里解放出来",
)
ASIDES = (
    "技术上不太懂，主要听第三方监理的",
    "要求年内组织完选型",
    "这周在出评分细则",
    "说得很清楚，他不干预技术方案",
    "节奏很快，春节前要有结论",
    "招标文件下月初挂网",
)
AREAS = ("数据", "开发", "运维", "架构", "采购", "数据治理")

# ---------------------------------------------------------------- English ------------------------
EN_HEADERS = (
    "Visit @ {cust} ({city}). Met {people}.",
    "Call w/ {cust} re {topic_en}. Spoke to {people}.",
    "{cust} {topic_en} follow-up. Met {people}.",
    "Meeting notes – {cust}, {date_en}. Attendees: {people}.",
    "{cust} – {topic_en}, 2nd round. With {people}.",
)
EN_ROLE_P: dict[str, tuple[str, ...]] = {
    "INITIATOR": (
        "Pain point raised by {a} directly: {why_en}.",
        "{a} asked for this personally.",
        "The need came from {a}.",
    ),
    "SEARCHER": (
        "{a} runs the vendor shortlist.",
        "{a} owns the selection process, RFP due soon.",
        "Shortlist is {a}'s call.",
    ),
    "DECIDER": (
        "Final sign-off: {a}.",
        "{a} has the final say.",
        "Anything above RMB 1M needs {a}'s sign-off.",
    ),
    "EVALUATOR": (
        "{a} is on the tech scoring panel.",
        "Tech evaluation led by {a}.",
        "{a} owns the PoC acceptance.",
    ),
    "USER": ("{a}'s team = day-to-day users.", "{a} will be the main user.", "Users sit with {a}."),
    "SPONSOR": (
        "{a} is our internal sponsor, got it into next year's capex.",
        "{a} keeps pushing this internally for us.",
    ),
    "COACH": ("{a} is our coach, shares tender details early.", "{a} tips us off on scoring rules."),
}
EN_ROLE_U: dict[str, tuple[str, ...]] = {
    "INITIATOR": ("Need came from {u}.", "{u} raised the requirement."),
    "SEARCHER": ("{u} runs the tender.", "Procurement via {u}."),
    "DECIDER": ("Decision goes to {u}.", "Final call at {u}."),
    "EVALUATOR": ("{u} scores the bids.", "Tech scoring by {u}."),
    "USER": ("{u} = main users.", "{u} will use it daily."),
}
EN_STANCE_US = {
    "SUPPORTIVE": ("{a} now backs us.", "{a} clearly prefers us after the PoC.", "{a} is supportive of {p}."),
    "NEUTRAL": (
        "{a} neutral for now.",
        "{a} noncommittal, worried about {concern_en}.",
        "{a} says 'show me the price'.",
    ),
    "OPPOSED": ("{a} is negative on us.", "{a} pushing back on our proposal.", "{a} doesn't want to switch."),
}
EN_STANCE_COMP = {
    "SUPPORTIVE": ("{a} seems to like {c}.", "{a} leans towards {c}.", "{a} close to the {c} team."),
    "NEUTRAL": ("{a} has no view on {c}.",),
    "OPPOSED": ("{a} is negative on {c}.", "{a} won't touch {c} again.", "{a} says {c} 'didn't deliver'."),
}
EN_INCUMBENT = (
    "Currently on {p} ({c}), contract ends {end_en}.",
    "{legacy} runs on {c}'s {p}; maintenance until {end_en}.",
)
EN_ENGAGED = ("{c} also pitching (cheaper).", "{c} bidding this one too.", "{c} approached them last month.")
EN_BUDGET = ("~RMB {amt_en}M budget.", "Budget ~{amt}万, approved.", "~RMB {amt_en}M, tender in {month_en}.")
EN_REPORTS = ("{a} reports to {b}.", "{a} is {b}'s deputy.")
EN_NEXT = (
    "Next: quote by Fri.",
    "Next: PoC env by month end.",
    "Next: exec visit.",
    "Next: send case studies.",
)
EN_SERVES = ("{ch} (our partner) to do onsite delivery.", "Deal via {ch}.")
EN_KNOWS = ("{a} is an old contact, very direct.", "Dinner with {a}, good chat.")
EN_FILLER = (
    "They asked about 信创 certification.",
    "IT team < 20 people, half outsourced.",
    "Data center expansion planned next year.",
    "等保 review next month may slow things down.",
    "Group wants unified data standards next year.",
    "Budget planning for next year starts in Q4.",
    "They had a bad data migration last year, so very cautious.",
    "Asked for two reference customers in the same industry.",
)
CONCERNS_EN = ("downtime", "migration effort", "pricing", "interfaces", "delivery time")
WHY_EN = (
    "data in silos, no single view",
    "legacy batch jobs keep failing",
    "regulator asked for fixes",
    "reports still built in Excel",
)
