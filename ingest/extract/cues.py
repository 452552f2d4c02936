"""Cue lexicons (compiled once) for decision roles, stances and relations, Chinese and English."""

from __future__ import annotations

import re

__all__ = [
    "HEDGE_RE",
    "NEG_BEFORE_RE",
    "ROLE_CUES",
    "STANCE_CUES",
    "STANCE_NEG_RE",
    "TITLE_BLOCK_RE",
    "UNIT_RE",
    "US_MARK_RE",
]


def _c(p: str) -> re.Pattern[str]:
    return re.compile(p)


# (regex, role, where the holder is: "before" the cue, "after" it, or "in" the named group)
ROLE_CUES: list[tuple[re.Pattern[str], str, str]] = [
    # INITIATOR
    (
        _c(
            r"提出来的|提出的|提的|提出(?!了?(?:实质性|一些|不少|很多)?的?(?:疑虑|问题|意见|质疑|异议|"
            r"顾虑|担忧|要求))|就提过|提过|一直在催|在催|主动提|开场就讲|asked for (?:this|it|the project)|"
            r"[Ww]ants (?:a|an) (?:[a-z-]+ ){0,3}(?:platform|system|solution|tool|dashboard|report|model|"
            r"data lake)"
        ),
        "INITIATOR",
        "before",
    ),
    (
        _c(
            r"需求来自|需求是|需求由|需求方是|需求方为|需求部门是|需求部门为|raised by|requested by|"
            r"asked for by|"
            r"initiated by|came from|comes from"
        ),
        "INITIATOR",
        "after",
    ),
    (
        _c(
            r"\binitiated\b|\bkicked off\b|\bproposed the\b|发起人|项目发起|发起方|"
            r"要求的|点名要做|要求做|发起的|牵头提出|主动要做|提的需求|最早提出"
        ),
        "INITIATOR",
        "before",
    ),
    (_c(r"(?:提需求|提出需求|发起)的(?:是|人是)"), "INITIATOR", "after"),
    (
        _c(
            r"(?:是|为)(?:这次的?|本次的?|项目的?)?需求(?:提出)?方|"
            r"(?:is|was) the one (?:asking|who asked) for|\basking for (?:it|this)\b"
        ),
        "INITIATOR",
        "before",
    ),
    (_c(r"(?:负责选型|牵头|组织选型|负责找方案)的(?:是|人是)"), "SEARCHER", "after"),
    (_c(r"(?:最终|最后)?(?:拍板|决策|做决定|说了算|定夺)的(?:是|人是|还是)"), "DECIDER", "after"),
    (_c(r"由(?P<x>[^，,。；;]{2,16}?)(?:统一)?组织(?:公开)?(?:招标|选型|比选|采购)?"), "SEARCHER", "in"),
    (_c(r"(?:老板|一把手)想(?:看|上|做|要)"), "INITIATOR", "in_boss"),
    (_c(r"想先上|想上|想做|想建"), "INITIATOR", "before"),
    # SEARCHER
    (
        _c(
            r"牵头|组织评标|负责寻找|负责[^，,。；;]{0,10}(?:选型|比选|招标|找方案|寻找|调研|方案比较)|负责选型|负责找方案|"
            r"负责组织[^，,。；;]{0,6}(?:厂商|厂家|供应商)|"
            r"负责比选|组织选型|"
            r"组织完选型|在跑|跑选型|负责招标|组织(?:公开)?招标|挂网招标|"
            r"runs? the (?:vendor )?(?:shortlist|tender|selection|RFP|evaluation|selection process)|"
            r"leads? the (?:vendor )?(?:selection|evaluation of vendors)"
        ),
        "SEARCHER",
        "before",
    ),
    # DECIDER
    (
        _c(
            r"拍板|说了算|最终他拍|他来拍|她来拍|做主|一锤定音|签字|审定|最终决策|决策人|"
            r"has the final say|final say|signs? off|(?:his|her) call|approves?|decision maker|"
            r"makes? the (?:final )?(?:call|decision)|decides"
        ),
        "DECIDER",
        "before",
    ),
    (_c(r"一把手定"), "DECIDER", "in_boss"),
    # 预算他批 / 最后要她点头 / 有一票否决权
    (_c(r"(?<=[他她])(?:来)?(?:批|点头)(?![评量次准示])|一票否决"), "DECIDER", "before"),
    (_c(r"(?:最终|最后)(?:来)?定(?![了下好])|(?:最终|最后)(?:来)?决定(?![了下好])"), "DECIDER", "before"),
    (
        _c(
            r"最后要上|最终要上|要上|要报|报(?=[\u4e00-\u9fff]{0,4}(?:委员会|办公会|党委会|董事会))|"
            r"决策[:：]\s*走|"
            r"final sign-off[:：]?|sign-off (?:by|from)|decision (?:by|with)"
        ),
        "DECIDER",
        "after",
    ),
    (
        _c(r"(?:最终|最后)(?P<x>[\u4e00-\u9fff]{2,8}?)(?:定|决定|拍板|审定|说了算|决策|审批|批准|审议)"),
        "DECIDER",
        "in",
    ),
    (
        _c(r"(?<=办公会|党委会|委员会|董事会|党组会|常委会)(?:来)?(?:定|决定|审定|拍板|决策|审批|批准|审议|批(?!评))"),
        "DECIDER",
        "before",
    ),
    (_c(r"(?:will|to|shall|would) (?:decide|approve|make the (?:final )?call)"), "DECIDER", "before"),
    (_c(r"\b(?:owns?|holds?|controls?) the budget|预算(?:归|在)(?:他|她)"), "DECIDER", "before"),
    (_c(r"(?:拍板权|决策权|决定权|最终决定权|最终决策权)(?:在|归)"), "DECIDER", "after"),
    (_c(r"(?<=有)(?:拍板权|决策权|最终决定权|决定权)"), "DECIDER", "before"),
    (
        _c(
            r"final decision (?:is )?(?:with|by)|decision rests with|decided by|delegated the decision to|"
            r"decision (?:will be |is |was )?(?:taken|made) by"
        ),
        "DECIDER",
        "after",
    ),
    (_c(r"(?:will be |is |are )?evaluated by|assessed by|scored by"), "EVALUATOR", "after"),
    (
        _c(
            r"(?:技术评估|评估|测评|验收|评分|打分|评标|评审)(?:也|都|还是|仍|仍然|"
            r"依然)?由(?P<x>[^，,。；;]{1,16}?)(?:负责|组织|来做|牵头)"
        ),
        "EVALUATOR",
        "in",
    ),
    (
        _c(
            r"(?:选型|招标|比选|方案比选|采购)(?:也|都|还是|仍然)?由(?P<x>[^，,。；;]{1,16}?)(?:负责|"
            r"(?:统一)?组织|牵头|代理)"
        ),
        "SEARCHER",
        "in",
    ),
    (
        _c(r"(?:推动|推)(?P<x>[\u4e00-\u9fff]{2,8}?(?:委员会|办公会|党委会|董事会))(?:尽快)?上会"),
        "DECIDER",
        "in",
    ),
    (_c(r"由(?P<x>[^，,。；;]{2,16}?)负责(?:寻找|选型|找|比选|招标)"), "SEARCHER", "in"),
    (_c(r"(?:选型|比选|找方案)(?P<x>[^，,。；;由会部委]{1,6}?)(?:来)?(?:负责|牵头)"), "SEARCHER", "in"),
    (_c(r"作为使用部门的?(?=[\u4e00-\u9fff]{2,6}(?:部|处|科|中心))"), "USER", "after"),
    # -- general cues by meaning (added after the blind2 first pass) ------------------------------
    # decide: X定夺 / X最终审批 / the one who signs; 由X定夺; approval sits with X
    (
        _c(
            r"定夺|最终决定|最后决定|(?:最终|最后)(?:审批|批准|签批|审定)|签批|说话算数|"
            r"(?:is|was) the one who (?:signs|decides|approves|makes the call)|has the last word|"
            r"calls the shots|gives? the final (?:approval|sign-off)"
        ),
        "DECIDER",
        "before",
    ),
    (
        _c(
            r"由(?P<x>[^，,。；;]{2,16}?)(?:来)?(?:最终|最后)?(?:定夺|拍板|决定|决策|审批|批准|审定|签字|"
            r"一锤定音|说了算)"
        ),
        "DECIDER",
        "in",
    ),
    (
        _c(
            r"(?:final |budget )?approval (?:sits|rests|lies|is) with|[Ff]inal approval[:：]|"
            r"[Ff]inal (?:call|say|decision) (?:is |sits |rests |lies )?with(?: the [a-z ]{2,24},)?|"
            r"(?:决定权|审批权|签字权)(?:在|归)"
        ),
        "DECIDER",
        "after",
    ),
    # search / organise the selection
    (
        _c(
            r"调研厂商|厂商调研|调研了?[^，,。；;]{0,4}(?:厂商|厂家|供应商)|出短名单|短名单|组织比选|"
            r"负责(?:组织)?(?:选型|比选|招标)|"
            r"(?:is |are )?running the (?:RFP|tender|selection|bid|bidding|vendor selection)|"
            r"shortlist(?:s|ing)?|organi[sz]es? the (?:bidding|tender|selection|RFP)|"
            r"will organi[sz]e the|owns? the (?:RFP|selection|tender)"
        ),
        "SEARCHER",
        "before",
    ),
    (_c(r"(?:选型|招标|比选)?(?:牵头人|负责人|组织者)(?:是|为)"), "SEARCHER", "after"),
    # initiate
    (
        _c(
            r"提需求|提了需求|提出了?需求|提的需求|发起了?(?!招标|采购|询价|比选|公开)|"
            r"(?:came|comes) up with|"
            r"raised the (?:requirement|need|request|idea|issue)|pushed for (?:this|the|a)\b"
        ),
        "INITIATOR",
        "before",
    ),
    (_c(r"痛点来自|需求(?:最早)?(?:来自|出自|源于|源自)"), "INITIATOR", "after"),
    (
        _c(
            r"负责对接(?:厂商|厂家|供应商|各家)|对接各家厂商|负责收集(?:方案|资料)|(?:出|写|编制|起草)招标文件|"
            r"出技术规范书|写技术规范书"
        ),
        "SEARCHER",
        "before",
    ),
    # evaluate
    (
        _c(
            r"负责[^，,。；;]{0,8}?(?:评估|评审|测试|验收|评标|打分|测评|POC|PoC)|做(?:测试|评估|评审)|"
            r"参与(?:验收|评估|评审|评标|测试)|(?:技术|方案)评审|测试验收|POC评估|评估各家|"
            r"\b(?:will |to )?(?:evaluate|assess|test|score)s? (?:the |both |all )?(?:vendors?|systems?|"
            r"solutions?|bids?|PoC|POC|products?)|evaluat(?:es|ing) (?:the )?vendors|"
            r"runs? the (?:PoC|POC|pilot|trial)|leads? the (?:technical )?evaluation"
        ),
        "EVALUATOR",
        "before",
    ),
    # use
    (
        _c(
            r"一线用户|实际用户|核心用户|使用科室|一线使用|(?:是|为)[^，,。；;]{0,8}?(?:的)?(?:用户|使用者)(?!体验)|"
            r"\b(?:the )?(?:real|main|end|primary|daily) users?\b|will be the (?:end )?users"
        ),
        "USER",
        "before",
    ),
    # sponsor
    (
        _c(
            r"力挺|在内部(?:推|推动|支持|力挺)|内部推动|支持我们立项|最大的支持者|"
            r"(?:will |to )?champion(?:s|ing)? us|advocat(?:es?|ing) for us|pushes for us|is pushing for us"
        ),
        "SPONSOR",
        "before",
    ),
    # coach
    (
        _c(
            r"私下(?:跟|和|对|给)我们(?:讲|说|透露|通气)|跟我们通气|给我们透露|偷偷(?:告诉|透露)|悄悄(?:告诉|说)|"
            r"told us (?:privately|in confidence|off the record)|privately told us|tipped us off|"
            r"gave us a heads-up|leaked (?:us )?"
        ),
        "COACH",
        "before",
    ),
    # USER
    (
        _c(
            r"使用部门|使用方|使用单位|用户方|用数据的人|主要用户|(?:real|main|primary|key|"
            r"actual) users? of|最终用户|业务用户|"
            r"day-to-day users?|end users?|main users?|天天用|每天(?:都)?(?:要)?(?:在)?(?:用|跑|查|看)|"
            r"日常(?:在)?用|"
            r"(?:实际|真正)(?:在)?用(?:系统|平台)?的人|用系统的人|"
            r"will use (?:it|this|the [a-z]+) (?:every day|daily)|uses? it (?:every day|daily)"
        ),
        "USER",
        "before",
    ),
    # EVALUATOR
    (
        _c(
            r"技术评估|技术把关|把关|打分|负责评标|验收评价|scores? the vendors|score vendors|重新评估|"
            r"评估(?:所有|各家)厂商|evaluates|"
            r"\bassesses|评估报告|验收|过(?:她|他)这关|测试结果|联合验证|"
            r"scoring panel|owns? UAT|evaluation panel|technical evaluation|runs? the PoC|在里面|"
            r"只管[^，,。；;]{0,8}评估|(?:技术)?方案评估|technical assessment|acceptance test(?:ing|s)?|"
            r"(?:POC|PoC) scoring"
        ),
        "EVALUATOR",
        "before",
    ),
    # SPONSOR
    (
        _c(
            r"推手|往前推|会推动|推动.{0,8}上会|支持我们上会|推我们上会|全力推动|力推我们|"
            r"internal sponsor|our sponsor|our champion|\bchampion internally|will push|pushing for us|"
            r"champion(?:s|ing)? (?:us|the project)|(?:is )?driving the project|keeps pushing (?:the|his|her)"
        ),
        "SPONSOR",
        "before",
    ),
    # COACH
    (
        _c(
            r"内线|线人|私下透露|透露|私下讲|私下告诉|通风报信|通气|透底|"
            r"our coach|inside (?:info|information)|tipped us|"
            r"(?:keeps? |kept )?(?:shar|pass|leak|feed)(?:es|ing|ed|s)? (?:us )?(?:the |internal |inside )?"
            r"[a-z ]{0,24}(?:with|to) us\b"
        ),
        "COACH",
        "before",
    ),
]

NEG_BEFORE_RE = _c(
    r"(?:并不|不是|并非|从不|不会|没有|不|没|未|非|无|(?:\bnot|n't|\bnever|\bno longer) (?:the |a |an )?)$"
)
HEDGE_RE = _c(
    r"据说|听说|听.{0,6}(?:讲|说)|可能|估计|好像|似乎|应该是|传闻|\bper\b|seems?|hinted|reportedly|"
    r"apparently|rumou?r|maybe|probably|might"
)

# stance cues: (regex, stance, needs_explicit_target)
# needs_target: True = an explicit target must be found; False = default to us; "US" = always toward us;
# "ALL" = toward us and every competitor of the note (两家都行, open to both vendors)
STANCE_CUES: list[tuple[re.Pattern[str], str, bool | str]] = [
    (
        _c(
            r"反对(?:上|换|做|引入)?(?:新系统|新平台|这个项目|该项目|项目|替换|更换|换系统)|"
            r"不想换|不愿意换|against the project"
        ),
        "OPPOSED",
        "US",
    ),
    (
        _c(
            r"不排斥|未必站台|印象一般|感觉一般|反应平平|不置可否|没什么倾向|看不出倾向|态度暧昧|"
            r"不一定选|未必选|不一定用|不冷不热|"
            r"不一定支持|没表态|不表态|未表态|态度一般|评价一般|觉得一般|一般般|中立|都在比|还在比|观望|很保留|"
            r"有所保留|保留意见|看数据再说|先看报价再说|能力一般|实力一般|水平一般|表现一般|都行|"
            r"都可以|看价格|看报价|比较谨慎|很谨慎|"
            r"先看看其他|再看看|没有成见|意见不大|没什么意见|没有?倾向|open to us|还要比较|还在比较|要再比较|"
            r"没成见|不偏不倚|一视同仁|公平对待|"
            r"\bneutral\b|on the fence|undecided|non-?committal|sitting on the fence"
        ),
        "NEUTRAL",
        False,
    ),
    (
        _c(
            r"(?:open to|fine with|ok with|okay with) (?:both|either|all)|两家都(?:行|可以|能接受)|"
            r"哪家都(?:行|可以)|(?:两边|两家|谁)都不得罪|不站队|not taking sides|"
            r"(?:我们|我方|我司)(?:跟|和|与)[^，,。；;]{1,8}差不多|"
            r"都能接受|没有偏向|不偏向任何"
        ),
        "NEUTRAL",
        "ALL",
    ),
    (
        _c(
            r"持保留|保留态度|没(?:有)?(?:明确)?表态|没有明确态度|态度不明(?:确)?|态度模糊|还在犹豫|"
            r"wait(?:ing)? and see|wait-and-see|has(?:n't| not) (?:taken|picked|chosen) a side|"
            r"has(?:n't| not) committed|is noncommittal"
        ),
        "NEUTRAL",
        False,
    ),
    (
        _c(
            r"态度(?:比较|很|非常|有点|有些|一直)?(?:冷淡|冷漠|消极)|对我们(?:比较|很|非常|有点|有些)?冷淡|"
            r"(?:is |was |remains? )?(?:cool|cold) (?:towards?|to) us"
        ),
        "OPPOSED",
        False,
    ),
    (
        _c(
            r"评价不高|评价很低|评价很差|评价差|没(?:什么|啥)?好感|很失望|失望|担心|担忧|不放心|"
            r"complain(?:s|ed|ing)?\b|frustrat(?:ed|ion)|worried about|concerned about|disappointed|"
            r"not happy with|not impressed|unimpressed|has doubts about"
        ),
        "OPPOSED",
        True,
    ),
    (
        _c(
            r"信任|信赖|印象(?:挺|很|非常|比较|还|还算)?(?:好|不错|深刻)|(?:忠实|坚定)?支持者|"
            r"放心|trusts?\b|leans? towards?|leaning towards?|impressed (?:by|with)|"
            r"(?:a |an )?(?:big |huge |great )?fan of|"
            r"照顾|关照|偏袒|护着"
        ),
        "SUPPORTIVE",
        True,
    ),
    (
        _c(
            r"意见很大|意见大|不太感冒|不感冒|没兴趣|不太认可|有顾虑|顾虑很多|不放心|嫌弃|吐槽|抱怨|失望|冷淡|冷漠|"
            r"overpriced|too expensive|not convinced|unconvinced|不以为然|不买账|该换了|要换掉|"
            r"必须换掉|不会考虑|不考虑|"
            r"没有好脸色|没好脸色|有戒心|不会再续|不再续|不满|反对|抵触|不认可|不信任|"
            r"不看好|排斥|negative on|against|dislikes?|opposes?|不适合|不太适合|不合适|not a (?:good )?fit|"
            r"(?:经常|老是?|总是?|动不动就?)(?:掉线|宕机|出问题|出错|卡顿?|崩)|颇有怨言|有怨言|怨言|不(?:太|怎么)?配合|"
            r"won't consider|will not consider|hates?|unhappy with|"
            r"skeptical of|sceptical of|ruled out"
        ),
        "OPPOSED",
        True,
    ),
    (
        _c(
            r"倾向(?:于)?(?=我们|我方|我司|中太)|转向(?:我方|我们|我司)|站我们|站到我们这边|"
            r"站在我们这边|站我方|支持我们|替我们说话|帮我们|可以往下谈|愿意(?:继续)?(?:往下)?谈|愿意让我们|愿意给我们|"
            r"(?:表态|态度)(?:很|非常|比较|相当)?积极|"
            r"(?:we are|we're|us) the (?:strongest|best|preferred|top) (?:option|choice|vendor|candidate)|"
            r"preferred vendor|warm(?:ed|ing)? to us|"
            r"印象不错|印象很好|关系不错|关系很好|关系好|态度友好|很友好|warming up to us|warmed up to us|"
            r"backs? us|supports? us|in our corner|our internal sponsor|on our side|favou?rs? us|"
            r"our best supporter|our supporter|our champion|our (?:\w+ )?sponsor|champion(?:s|ing)? us"
        ),
        "SUPPORTIVE",
        False,
    ),
    (
        _c(
            r"看好|好感|满意|认可|更愿意|偏好|推荐|力挺|走得很近|替(?=[\u4e00-\u9fffA-Za-z]{1,8}说话)|"
            r"比(?!较)[^，,。；;]{1,12}?强|"
            r"倾向(?:于)?|偏向|更偏向|评价很高|评价不错|评价挺高|很欣赏|欣赏|赞赏|青睐|感兴趣|有兴趣|"
            r"likes?|prefers?|supportive of|loyal to|"
            r"favou?rs?|backs?|(?<!'s )(?<!slow )(?<!poor )(?<!good )(?<!local )(?<!of )supports?\b|"
            r"keen on|happy with"
        ),
        "SUPPORTIVE",
        True,
    ),
]

US_MARK_RE = _c(r"我们|我方|我司|咱们|中太|你们|Zhongtai|\b[Uu]s\b|\b[Oo]ur\b|\b[Ww]e\b|\b[Oo]urs\b")

# decision units (行长办公会, 采购中心, 信息化委员会, 医务处, 零售条线, procurement)
UNIT_RE = _c(
    r"(?:集团|院|局|区|市|县|公司|馆|站|台)?(?:(?:行长|院长|总经理|总裁|局长|主任|董事长|党委|经理|区长|市长|县长|厂长|校长|"
    r"所长|馆长|站长|台长|社长)?办公会|党委会|党组会|董事会|行务会|总办会|常委会)|"
    r"(?:集团|公司)?(?:信息化|采购|评标|评审|招标|技术|投资|预算|信息技术|数字化|科技|战略|风险|审计|网信|IT)"
    r"(?:领导小组|委员会)|评审专家组|专家组(?!成)|"
    r"(?:集团)?(?:招标采购中心|采购中心|招标中心|招采中心)|采购部|采购处|采购办|"
    r"[\u4e00-\u9fff]{2,4}?(?:处|科|部|中心|条线|办(?!公|法|理|事))(?=[^\u4e00-\u9fff]|去年|今年|那边|负责|提|"
    r"牵头|是|每天|"
    r"作为|参与|也|和|与|为|会|将|要|仍|还|已|在|说|认为|觉得|对|"
    r"的人|组织)|"
    r"[\u4e00-\u9fff]{2,4}?公司(?=那边|提|的人|负责)|销售公司|零售条线|\b[Tt]he board\b|"
    r"(?<=来自)[\u4e00-\u9fff]{2,6}办公室|"
    r"\b(?:R&D|IT|[Dd]ata|[Ff]inance|[Mm]arketing|[Oo]perations|[Ss]ales) (?:centre|center|office)\b|"
    r"\b(?:sales|finance|marketing|operations|production|quality|HR|IT) (?:department|dept|team)\b|"
    r"\b(?:IT |digital |data )?(?:steering|investment|procurement|tender|evaluation|credit|risk|"
    r"executive|management)"
    r" committee\b|"
    r"\b[Pp]rocurement(?: dept| department| team)?\b|\b[Pp]urchasing\b|IT department|"
    r"\bIT\b(?= (?:team|dept))|"
    r"(?<=\bthe )(?:[a-z]+(?:'s)? ){1,2}(?:office meeting|affairs office|office|committee|council)\b"
)

# negation in front of a positive stance cue: 不太满意, 不是很满意, 没什么好感, doesn't really like
STANCE_NEG_RE = _c(
    r"(?:并不|不是|并非|没有|不|没|未|毫无|谈不上)(?:太|很|是很|怎么|大|那么|特别|十分|什么|啥|太多|多少)?$|"
    r"不会(?:因此|为此|因为[^，,。；;]{1,6})?$|"
    r"(?:\bnot|n't|\bnever|\bno longer)\s+(?:really\s+|very\s+|too\s+|that\s+|go\s+|be\s+)?$"
)
# a bare collective/title subject that is nobody of the note (局领导反应平平, 院领导, 高层)
TITLE_BLOCK_RE = _c(r"[\u4e00-\u9fff]?领导|高层|管理层|老板们|\bmanagement\b|\bleadership\b")
