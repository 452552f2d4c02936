"""Stance polarity beyond the cue lexicon: broad polarity word lists grouped by meaning, negation scope,
temporal change markers, and a character n-gram Naive Bayes scorer (weights in ingest/resources/stance_nb.npz,
trained by ``python -m ingest.extract.train_stance``).

``polarity_hits(clause)`` finds polarity predicates in a clause and returns their effective stance after
negation: a negated SUPPORTIVE word is OPPOSED (不买账, hardly trusts), a negated OPPOSED word is NEUTRAL
(不反对, 没意见), a negated commitment word is NEUTRAL (没有倾向, 不站队, hasn't picked a side).
``StanceScorer.predict(clause)`` gives SUPPORTIVE / OPPOSED / NEUTRAL / NONE with a probability, for clauses
no word list covers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

__all__ = [
    "CHANGE_RE",
    "COMMIT_WORDS",
    "LABELS",
    "NEG_WORDS",
    "NEU_WORDS",
    "PAST_RE",
    "POS_WORDS",
    "Hit",
    "StanceScorer",
    "char_ngrams",
    "polarity_hits",
    "scorer",
]

LABELS = ("SUPPORTIVE", "OPPOSED", "NEUTRAL", "NONE")
MODEL_PATH = Path(__file__).resolve().parent.parent / "resources" / "stance_nb.npz"

# -- word lists by meaning (regex fragments allowed) -----------------------------------------------
POS_WORDS: dict[str, list[str]] = {
    "support": [
        "支持",
        "力挺",
        "挺我们",
        "撑我们",
        "撑腰",
        "站台",
        "背书",
        "捧场",
        "拥护",
        "护着我们",
        "向着我们",
        "帮我们",
        "帮着我们",
        "替我们",
        "为我们说话",
        "帮我们说话",
        "站在我们这边",
        "站我们这边",
        "站我们",
        "站到我们这边",
        "倒向",
        "靠向我们",
        "偏向我们",
        "是我们的人",
        "自己人",
        "铁杆",
        "支持者",
    ],
    "approve": [
        "认可",
        "认同",
        "赞同",
        "赞成",
        "肯定",
        "称赞",
        "好评",
        "点赞",
        "赞赏",
        "欣赏",
        "佩服",
        "服气",
        "推崇",
        "看得上",
            "待见",
            "赞不绝口",
            "赞不离口",
            "竖大拇指",
            "依赖",
            "向着",
            "护着",
            "偏袒",
            "好感",
        "看上了",
        "瞧得上",
        "评价(?:很|挺|比较|非常)?(?:高|好|不错|正面|积极)",
        "印象(?:很|挺|非常|比较|还|还算|相当)?(?:好|不错|深刻|正面)",
        "好印象",
        "口碑(?:很|挺)?好",
    ],
    "trust": [
        "信任",
        "信赖",
        "信得过",
        "放心",
        "有信心",
        "信心(?:十足|很足|满满)",
        "托底",
        "靠谱",
    ],
    "satisfied": ["满意", "称心", "顺心", "高兴", "开心", "舒服"],
    "favour": [
        "看好",
        "看重",
        "器重",
        "青睐",
        "偏爱",
        "偏好",
        "喜欢",
        "中意",
        "钟意",
        "倾心",
        "心仪",
        "首选",
        "优先考虑",
        "更愿意",
        "愿意(?:选|用|上|合作)",
        "想(?:选|用)",
        "感兴趣",
        "有兴趣",
        "兴趣(?:很|挺)?(?:大|浓)",
        "对胃口",
        "对路",
        "买(?:我们|我方|我司|中太)?(?:的)?账",
        "买单",
        "认准",
        "押(?:宝|注)在",
    ],
    "warm": [
        "热情",
        "上心",
        "热心",
        "关照",
        "照顾",
        "亲近",
        "走得(?:很|挺|比较)?近",
        "关系(?:很|挺|比较|非常)?(?:好|不错|铁|近)",
        "合得来",
        "友好",
    ],
    "en": [
        r"positive (?:about|on|towards?)",
        r"enthusiastic",
        r"keen",
        r"likes?",
        r"loves?",
        r"prefers?",
        r"favou?rs?",
        r"backs? (?:us|them|our|the (?:project|proposal))",
        r"backing",
        r"supports? (?:us|them|our|the (?:project|proposal))",
        r"supportive",
        r"behind us",
        r"on our side",
        r"rooting for",
        r"in favou?r of",
        r"warm(?:ing)? (?:up )?to",
        r"warmed (?:up )?to",
        r"trusts?",
        r"confident (?:in|about)",
        r"impressed",
        r"happy with",
        r"pleased with",
        r"satisfied with",
        r"a fan of",
        r"champions?",
        r"advocat(?:es?|ing) for",
        r"endorses?",
        r"sold on",
        r"bullish on",
        r"convinced",
        r"leaning towards?",
        r"leans? towards?",
        r"likes? what (?:we|they)",
        r"appreciates?",
        r"speaks? (?:highly|well) of",
        r"preferred (?:vendor|supplier|partner)",
        r"first choice",
        r"vouch(?:es)? for",
        r"open to us",
    ],
}
NEG_WORDS: dict[str, list[str]] = {
    "complain": [
        "不满意?",
        "意见(?:很|挺|非常|比较)?大",
        "有意见",
        "意见不少",
        "抱怨",
            "微词",
            "抗拒",
        "怨言",
        "埋怨",
        "牢骚",
        "吐槽",
        "诟病",
        "批评",
        "指责",
        "挑刺",
        "差评",
        "一肚子(?:火|气|意见)",
        "火大",
        "恼火",
        "生气",
        "不爽",
        "不高兴",
        "有气",
        "窝火",
        "头疼",
        "受够",
    ],
    "distrust": [
        "质疑",
        "怀疑",
        "持怀疑",
        "戒心",
        "防备",
        "提防",
        "警惕",
        "疑虑",
        "顾虑",
        "担心",
        "担忧",
        "忧虑",
        "不放心",
        "不靠谱",
        "没底",
    ],
    "reject": [
        "排斥",
        "抵触",
        "反感",
        "厌烦",
        "嫌弃",
        "反对",
        "唱反调",
        "拆台",
        "泼冷水",
        "刁难",
        "为难",
        "卡我们",
        "设卡",
        "看不上",
        "瞧不上",
        "看不惯",
        "看不起",
        "不感冒",
        "没兴趣",
        "否定",
        "否掉",
        "拒绝",
        "换掉",
        "踢掉",
        "不考虑",
        "不会考虑",
        "有成见",
        "偏见",
        "不屑",
        "敌意",
        "打压",
        "失望",
        "不待见",
        "冷眼",
        "针对我们",
    ],
    "en": [
        r"s[ck]eptical",
        r"doubts?",
        r"doubtful",
        r"wary",
        r"suspicious",
        r"distrusts?",
        r"mistrusts?",
        r"unhappy",
        r"dissatisfied",
        r"disappointed",
        r"frustrated",
        r"annoyed",
        r"angry",
        r"upset",
        r"complain(?:s|ed|ing)?",
        r"critical of",
        r"negative (?:about|on|towards?)",
        r"hostile",
        r"opposes?",
        r"opposed to",
        r"against",
        r"dislikes?",
        r"hates?",
        r"unimpressed",
        r"reservations",
        r"concerns? about",
        r"concerned about",
        r"worried about",
        r"cold on",
        r"cool (?:on|towards?|to)",
        r"cooled on",
        r"turned against",
        r"fed up",
        r"resist(?:s|ant|ing)?",
        r"reluctant",
        r"push(?:es|ing)? back",
        r"blocks?",
        r"not a fan",
        r"ruled (?:us|them|it) out",
        r"unconvinced",
    ],
}
NEU_WORDS: dict[str, list[str]] = {
    "wait": [
        "观望",
            "不得罪",
            "两边都",
        "中立",
        "未表态",
        "没表态",
        "不表态",
        "不置可否",
        "犹豫",
        "拿不准",
        "吃不准",
        "摇摆",
        "两可",
        "待定",
        "未定",
        "不确定",
        "说不好",
        "不好说",
        "看看再说",
        "再看看",
        "再比一?比",
        "比比看",
        "看情况",
        "看数据",
        "看报价",
        "看价格",
        "还在比",
        "都在比",
        "都看看",
        "两家都看",
        "没拿定主意",
        "拿不定主意",
        "未拿定主意",
        "还没想好",
    ],
    "lukewarm": [
        "冷淡",
        "冷下来",
        "降温",
        "淡了",
        "不冷不热",
        "一般般?(?!来说|情况|是|都|会|要|不)",
        "平平",
        "还行",
        "凑合",
        "无所谓",
        "保留(?:意见|态度)",
        "有所保留",
        "谨慎",
        "不偏不倚",
        "一视同仁",
        "公平对待",
        "都行",
        "都可以",
        "都能接受",
    ],
    "en": [
        r"undecided",
        r"neutral",
        r"on the fence",
        r"non-?committal",
        r"no preference",
        r"ambivalent",
        r"lukewarm",
        r"wait(?:ing)?[- ]and[- ]see",
        r"unsure",
        r"still evaluating",
        r"keeping (?:his|her|their) options open",
        r"hesitant",
        r"cautious",
        r"reserved",
        r"open to (?:both|either|all)",
        r"hasn't decided",
        r"has not decided",
        r"hasn't picked a side",
        r"hasn't taken a side",
    ],
}
# commitment words: SUPPORTIVE (倾向/偏向) or no stance (表态/立场) on their own; negated -> NEUTRAL
COMMIT_WORDS: dict[str, str | None] = {
    "倾向": "SUPPORTIVE",
    "偏向": "SUPPORTIVE",
    "偏好": "SUPPORTIVE",
    "站队": None,
    "表态": None,
    "表明立场": None,
    "立场": None,
    "拿定主意": None,
    "选边": None,
    "定下来": None,
    "决定": None,
    r"picked a side": None,
    r"taken a side": None,
    r"committed": None,
    r"made up (?:his|her|their) mind": None,
    r"a preference": None,
}

_ZH_NEG = r"(?:并不|并非|并没有?|不是|从不|从没有?|毫无|谈不上|算不上|绝非|没有|不|没|未|无)"
_ZH_GAP = r"(?:太|很|是很|是太|怎么|那么|大|特别|十分|什么|啥|多少|是特别|那么|一点|明确|任何|明显|再)?"
_EN_NEG = r"(?:\bnot|n't|\bnever|\bhardly|\bbarely|\bscarcely|\bno longer|\bno)"
_EN_GAP = r"(?:\s+(?:really|very|too|that|particularly|so|entirely|fully|yet|at all|much|exactly|been))*"
NEG_SCOPE_RE = re.compile(rf"(?:{_ZH_NEG}{_ZH_GAP}|{_EN_NEG}{_EN_GAP}\s+(?:\w+\s+)?)$")
CHANGE_RE = re.compile(
    r"后来|现在|如今|目前|这次|这回|转而|转向|改口|变了|变成|回心转意|冷下来|松口|最近|now\b|since then|"
    r"has (?:since|now)|changed|switched|turned|anymore|no longer"
)
PAST_RE = re.compile(
    r"以前|之前|原来|原先|本来|起初|一开始|最初|上次|曾经|曾|used to|originally|at first|initially"
)


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _word_re(words: list[str], english: bool) -> str:
    return rf"\b(?:{_alt(words)})\b" if english else f"(?:{_alt(words)})"


def _build() -> tuple[re.Pattern[str], dict[str, str]]:
    groups: list[tuple[str, str, list[str]]] = []
    for pol, table in (("SUPPORTIVE", POS_WORDS), ("OPPOSED", NEG_WORDS), ("NEUTRAL", NEU_WORDS)):
        zh = [w for k, ws in table.items() if k != "en" for w in ws]
        groups.append((pol, "zh", zh))
        groups.append((pol, "en", table["en"]))
    commit_zh = [w for w in COMMIT_WORDS if not w.isascii()]
    commit_en = [w for w in COMMIT_WORDS if w.isascii()]
    parts = []
    names: dict[str, str] = {}
    for i, (pol, lang, ws) in enumerate([*groups, ("COMMIT", "zh", commit_zh), ("COMMIT", "en", commit_en)]):
        name = f"g{i}"
        names[name] = pol
        parts.append((len(max(ws, key=len)), f"(?P<{name}>{_word_re(ws, lang == 'en')})"))
    # one alternation; Python regex takes the first alternative that matches at a position, so the
    # negative/neutral groups (which hold 不满, 没表态, 不考虑 ...) come before the positive ones
    order = [2, 3, 4, 5, 6, 7, 0, 1]
    rx = re.compile("|".join(parts[i][1] for i in order))
    return rx, names


_HIT_RE, _GROUP_POL = _build()


class Hit(NamedTuple):
    start: int
    end: int
    stance: str
    negated: bool
    word: str


def polarity_hits(clause: str, offset: int = 0) -> list[Hit]:
    """Polarity predicates of ``clause`` with their stance after negation scope."""
    out: list[Hit] = []
    for m in _HIT_RE.finditer(clause):
        grp = m.lastgroup or ""
        pol = _GROUP_POL.get(grp, "")
        word = m.group(0)
        pre = clause[max(0, m.start() - 24) : m.start()]
        negated = bool(NEG_SCOPE_RE.search(pre))
        if word.startswith(("不", "没", "未", "无")) and pol != "SUPPORTIVE":
            negated = False  # the negation is part of the word (不满, 没表态)
        if pol == "COMMIT":
            key = next((k for k in COMMIT_WORDS if re.fullmatch(k, word)), "")
            if negated:
                eff: str | None = "NEUTRAL"
            else:
                eff = COMMIT_WORDS.get(key)
        elif negated:
            eff = {"SUPPORTIVE": "OPPOSED", "OPPOSED": "NEUTRAL", "NEUTRAL": "NEUTRAL"}[pol]
        else:
            eff = pol
        if eff is None:
            continue
        out.append(Hit(offset + m.start(), offset + m.end(), eff, negated, word))
    return out


# -- character n-gram Naive Bayes ------------------------------------------------------------------
_NORM_RE = re.compile(r"[A-Za-z][A-Za-z.'\- ]*[A-Za-z]|\d+")


def char_ngrams(s: str, n_max: int = 3) -> list[str]:
    """Character 1..n-grams of ``s`` (ASCII lower-cased, with boundary marks)."""
    s = "^" + s.lower() + "$"
    return [s[i : i + n] for n in range(1, n_max + 1) for i in range(len(s) - n + 1)]


class StanceScorer:
    """Multinomial Naive Bayes over character 1-3-grams; four classes (LABELS)."""

    def __init__(self, vocab: list[str], logp: np.ndarray, prior: np.ndarray) -> None:
        self.index = {g: i for i, g in enumerate(vocab)}
        self.logp = logp.astype(np.float32)
        self.prior = prior.astype(np.float32)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> StanceScorer | None:
        if not path.exists():
            return None
        with np.load(path, allow_pickle=False) as z:
            return cls([str(v) for v in z["vocab"]], z["logp"], z["prior"])

    def predict(self, clause: str) -> tuple[str, float]:
        idx = [i for i in map(self.index.get, char_ngrams(clause)) if i is not None]
        scores = self.prior + (self.logp[idx].sum(axis=0) if idx else 0.0)
        scores = scores - scores.max()
        p = np.exp(scores)
        p /= p.sum()
        k = int(p.argmax())
        return LABELS[k], float(p[k])


@lru_cache(maxsize=1)
def scorer() -> StanceScorer | None:
    return StanceScorer.load()
