"""Rule layer for entity recognition: lexicon automata + patterns over Chinese/English notes.

``EntityRules(gazetteer).find(text)`` returns non-overlapping ``Ent`` candidates (PERSON, ORG, TITLE,
PRODUCT) over ``text`` (normalised text: half-width punctuation, Simplified characters).  Everything
heavy (regexes, Aho-Corasick automata, lexicon sets) is compiled once per gazetteer.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from ingest.gazetteer import Gazetteer, lexicon

__all__ = ["Ent", "EntityRules", "Lex", "get_lex", "org_core", "strip_legal"]

CJK = "\u4e00-\u9fff"
_CJK_RE = re.compile(f"[{CJK}]")


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


@dataclass(slots=True)
class Ent:
    start: int
    end: int
    label: str  # PERSON | ORG | TITLE | PRODUCT
    text: str
    source: str = "rule"  # rule | gaz | ner
    canonical: str | None = None  # gazetteer canonical name when known
    score: float = 1.0
    sub: str = ""  # PERSON: full | titleform | pinyin | english ; ORG: known | pattern ...


# Characters that end/begin a name context.
STOP_CHARS = set(
    "的了是在和与及、,，。;；:：!！?？()（）“”\"'‘’《》【】[] \n"
    "\t说称等也都就对把被向跟给从为由将已曾现任兼这那个位并而但且或还又再很最更太"
)
# Surnames that are too often function characters to start a name in free text.
AMBIG_SURNAMES = set(
    "和于向从由来那都在原全相初门利居但信国时明成平海能可也就对把被给为及与跟文安万方白金石常温康易齐乐云容华元展幸衡富植战伏宁商"
)
TITLE_STOP_WORDS = {
    "手下",
    "下属",
    "他手下",
    "她手下",
    "新来",
    "新来的",
    "见",
    "了",
    "见了",
    "和",
    "与",
    "及",
    "以及",
    "的",
    "是",
    "由",
    "原",
    "为",
    "任",
    "新任",
    "出任",
    "现任",
    "担任",
    "接待",
    "人",
    "兼",
    "找",
    "约",
    "拜访",
    "会见",
    "参会",
    "陪同",
    "带",
    "一起",
    "还有",
    "包括",
    "其中",
    "他",
    "她",
    "其",
    "我们",
    "来",
    "去",
    "到",
    "在",
    "向",
    "跟",
    "给",
    "对",
    "把",
    "前",
    "后",
    "这位",
    "那位",
    "该",
    "此",
    "即",
    "就",
    "也",
    "又",
    "上午",
    "下午",
    "晚上",
    "今天",
    "昨天",
    "今年",
    "之前",
    "之后",
    "目前",
    "现在",
    "刚",
    "已",
    "已经",
    "主要",
    "负责",
    "见到",
    "这次",
    "终于",
    "本次",
    "首次",
    "第一次",
    "看到",
    "遇到",
    "认识",
    "通过",
    "联系",
    "拜会",
    "约见",
    "见面",
    "同",
    "问",
    "听",
    "让",
    "请",
    "叫",
    "说",
    "讲",
    "告诉",
}
DEPT_SUFFIXES = (
    "事业部",
    "分公司",
    "子公司",
    "公司",
    "集团",
    "中心",
    "条线",
    "车间",
    "团队",
    "小组",
    "分行",
    "支行",
    "总行",
    "总部",
    "大区",
    "部",
    "办",
    "组",
    "科",
    "处",
    "室",
    "委",
    "局",
    "院",
    "所",
    "厂",
    "区",
    "线",
)
TITLE_MODIFIERS = r"(?:分管|主管|常务|执行|高级|首席|资深|代理|临时|前任|兼职|区域|大区)?(?:副)?"


@dataclass(frozen=True)
class Lex:
    surnames1: frozenset[str]
    surnames2: frozenset[str]
    pinyin: frozenset[str]
    regions: tuple[str, ...]
    region_set: frozenset[str]
    industry: tuple[str, ...]
    terminal: frozenset[str]
    legal: tuple[str, ...]
    gov: tuple[str, ...]
    generic: frozenset[str]
    english_given: frozenset[str]
    title_re: re.Pattern[str]
    en_title_re: re.Pattern[str]
    titleform_re: re.Pattern[str]
    org_pattern_re: re.Pattern[str]
    gov_re: re.Pattern[str]
    pinyin_name_re: re.Pattern[str]
    honorific_re: re.Pattern[str]
    product_code_re: re.Pattern[str]
    version_re: re.Pattern[str]
    freq: dict[str, int]
    ind_re: re.Pattern[str]
    industry_set: frozenset[str]
    legal_re: re.Pattern[str]
    region_re: re.Pattern[str]
    terminal_end_re: re.Pattern[str]


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def get_lex() -> Lex:
    lx = lexicon()
    s1 = frozenset(lx["surnames_single"])
    s2 = frozenset(lx["surnames_double"])
    regions = tuple(sorted(lx["regions"], key=len, reverse=True))
    industry = tuple(sorted(lx["industry_words"], key=len, reverse=True))
    legal = tuple(sorted(lx["legal_suffixes"], key=len, reverse=True))
    gov = tuple(sorted(lx["gov_suffixes"], key=len, reverse=True))
    zh_titles = [t for t in lx["titles"] if _CJK_RE.search(t)]
    title_core = _alt(zh_titles)
    # 创始人兼总经理 / 董事长兼CEO are one TITLE.
    title_re = re.compile(
        f"(?:(?<![A-Za-z])(?:IT|HR|MES|ERP|CRM|BI|QA|PMO)(?=主管|经理|总监|负责人))?{TITLE_MODIFIERS}(?:{title_core})(?:助理)?(?:兼{TITLE_MODIFIERS}(?:{title_core}|CEO|CIO|CTO|CFO|COO|总裁))?"
    )
    dept_words = (
        "Operations|Engineering|Process|IT|Finance|Sales|Marketing|Procurement|Manufacturing|Technology|Data|"
        "Supply Chain|Quality|HR|Production|Strategy|Digital|Information|Equipment|R&D|Analytics|Logistics"
    )
    en_prefix = (
        r"(?:(?:Deputy|Vice|Senior|Chief|Executive|Assistant|General|Regional|Sales|Project|Account|"
        r"Product|IT|MES|"
        r"ERP|Data|Finance|Procurement|Technical|Tech|Plant|Operations|Purchasing|presales|Presales|sales|"
        r"solution|Solution|project|account|product|field|support|data|QA|BI|team|Team|fab|plant|shop|"
        r"line|site|"
        r"group|Group|quality|Quality|engineering|Engineering)\s)*"
    )
    en_core = (
        r"(?:GM|CEO|CIO|CTO|CFO|COO|CDO|VP|SVP|EVP|Director|director|Manager|manager|Chairman|chairman|"
        r"President|deputy|"
        r"president|lead|Lead|Head|head|engineer|Engineer|architect|Architect|Chairwoman)"
    )
    en_title_re = re.compile(
        rf"(?<![A-Za-z]){en_prefix}{en_core}(?:(?:,\s|\s)(?:of\s)?(?:{dept_words})(?:\s(?:{dept_words}))?)?(?![A-Za-z])"
    )
    suffixes = sorted(lx["title_suffixes"], key=len, reverse=True)
    sur_alt = _alt([*s2, *s1])
    titleform_re = re.compile(
        f"(?:(?:小|老)(?:{sur_alt})(?![{CJK}]{{0}}[总工])|(?:{sur_alt})(?:{_alt(suffixes)}))"
    )
    ind_alt = _alt(industry)
    legal_alt = _alt(legal)
    region_alt = _alt(regions)
    # [region][市/省/区]? core(2-3) industry+ legal?
    org_pattern_re = re.compile(
        f"(?:(?:{region_alt})(?:省|市|县|区)?)?([{CJK}]{{2,4}}?)((?:{ind_alt}){{1,3}})(?:{legal_alt})?"
    )
    gov_re = re.compile(
        f"(?:(?:{region_alt})(?:省|市)?)?(?:[{CJK}]{{1,3}}(?:区|县|市)|区|县|市)?(?:{_alt(gov)})"
    )
    pinyin_name_re = re.compile(r"\b([A-Z][a-z]{0,5})\s([A-Z][a-z]{1,9})\b")
    honorific_re = re.compile(
        r"\b(?:Mr|Ms|Mrs|Miss|Dr|Director|Manager|President|Chairman|Engineer|Prof)\.?\s([A-Z][a-z]{1,9})\b"
    )
    product_code_re = re.compile(
        r"(?<![A-Za-z0-9])[A-Z][A-Za-z]{0,5}(?:-[A-Za-z0-9]+)+(?:\s?[Vv]?\d+(?:\.\d+)*)?"
    )
    version_re = re.compile(
        r"\s?(?:[Vv]\d+(?:\.\d+)*|\d+(?:\.\d+)+|\d{1,2}(?:\.\d+)?)(?![\d万亿元%年月日号天个])"
    )
    import jieba

    return Lex(
        surnames1=s1,
        surnames2=s2,
        pinyin=frozenset(lx["pinyin_surnames"]),
        regions=regions,
        region_set=frozenset(regions),
        industry=industry,
        terminal=frozenset(lx["terminal_words"]),
        legal=legal,
        gov=gov,
        generic=frozenset(lx["generic_cores"]),
        english_given=frozenset(lx["english_given_names"]),
        title_re=title_re,
        en_title_re=en_title_re,
        titleform_re=titleform_re,
        org_pattern_re=org_pattern_re,
        gov_re=gov_re,
        pinyin_name_re=pinyin_name_re,
        honorific_re=honorific_re,
        product_code_re=product_code_re,
        version_re=version_re,
        freq=jieba.dt.FREQ if jieba.dt.initialized else _jieba_freq(),
        ind_re=re.compile(ind_alt),
        industry_set=frozenset(industry),
        legal_re=re.compile(legal_alt),
        region_re=re.compile(f"(?:{region_alt})"),
        terminal_end_re=re.compile(f"(?:{_alt(lx['terminal_words'])})$"),
    )


def _jieba_freq() -> dict[str, int]:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    freq: dict[str, int] = jieba.dt.FREQ
    return freq


@lru_cache(maxsize=65536)
def strip_legal(name: str) -> str:
    """Drop legal-form suffixes: 有限公司, 股份有限公司, Co., Ltd. ..."""
    lex = get_lex()
    changed = True
    while changed:
        changed = False
        for suf in lex.legal:
            if suf in ("集团", "Group"):
                continue
            if name.endswith(suf) and len(name) > len(suf) + 1:
                name = name[: -len(suf)].rstrip(" ,")
                changed = True
    return name


@lru_cache(maxsize=65536)
def strip_region(name: str) -> str:
    lex = get_lex()
    m = lex.region_re.match(name)
    if m and len(name) - m.end() >= 2:
        rest = name[m.end() :]
        if rest in lex.industry_set or rest in lex.generic:
            return name  # 吴中数智: the district name is the 字号 itself
        if rest[0] in "省市县" and len(rest) >= 3:
            rest = rest[1:]
        return rest
    return name


@lru_cache(maxsize=65536)
def org_core(name: str) -> str:
    """The distinctive 字号 of an organisation name: region, industry words and legal form removed."""
    lex = get_lex()
    n = strip_region(strip_legal(name))
    if not _CJK_RE.search(n):
        return n.split()[0] if n.split() else n
    changed = True
    while changed:
        changed = False
        for w in lex.industry:
            if n.endswith(w) and len(n) - len(w) >= 2:
                n = n[: -len(w)]
                changed = True
                break
    return n


def _surname_at(text: str, i: int, lex: Lex) -> int:
    """Length of a surname starting at i (2 for compound, 1, or 0)."""
    if text[i : i + 2] in lex.surnames2:
        return 2
    if i < len(text) and text[i] in lex.surnames1:
        return 1
    return 0


class EntityRules:
    """Compiled rule layer for one gazetteer."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.lex = get_lex()
        self.gazetteer = (
            Gazetteer.builtin().merge(gazetteer) if gazetteer is not None else Gazetteer.builtin()
        )
        self._build()

    # -- automata -------------------------------------------------------------------------------
    def _build(self) -> None:
        g = self.gazetteer
        sur_alt = _alt([*self.lex.surnames2, *self.lex.surnames1])
        self._ctx_name_re = re.compile(
            f"(?:(?<=[和与跟同陪见约找、，,。：:；;\\n])|^|(?<=见了)|(?<=拜访了)|(?<=约了))"
            f"((?:{sur_alt})[{CJK}]{{1,2}}?)"
            f"(?=、|，|,|两位|二位|三位|几位|等人|是|说|表示|认为|提到|透露|介绍|负责|牵头|告诉|私下|本人|个人|"
            f"对(?:我们|我方|我司)|也|管[A-Z\u4e00-\u9fff])"
        )
        cities = [r for r in self.lex.regions if len(r) >= 2]
        self._region_core_re = re.compile(
            f"({_alt(cities)})([{CJK}]{{2,3}}?)(?=的|也|在|是|这|对|又|和|做|说|与|将|等|称|宣布|公告|表示|"
            f"[0-9,，。;；、()（）\\s])"
        )
        self.org_alias: dict[str, str] = {}  # surface -> canonical
        self.org_kinds: dict[str, list[str]] = {}
        self.core_to_org: dict[str, str] = {}
        for o in g.organisations:
            self._add_org(o.name, o.aliases, o.kinds)
        self._add_org(g.us_name, g.us_aliases, ["us"])
        self.product_maker: dict[str, str | None] = {}
        for p in g.products:
            self.product_maker[p.name] = p.maker
        self.person_alias: dict[str, tuple[str, str | None, str | None]] = {}
        for pe in g.persons:
            for a in [pe.name, *pe.aliases]:
                if len(a) >= 2:
                    self.person_alias[a] = (pe.name, pe.org, pe.title)
        self.auto = ahocorasick.Automaton()
        entries: dict[str, tuple[str, str]] = {}
        for surface, canon in self.org_alias.items():
            if len(surface) >= 2:
                entries[surface] = ("ORG", canon)
        for surface, canon in self.core_to_org.items():
            if len(surface) >= 2 and surface not in entries and surface not in self.lex.generic:
                entries[surface] = ("ORG", canon)
        for name in self.product_maker:
            entries[name] = ("PRODUCT", name)
        for surface, (canon, _o, _t) in self.person_alias.items():
            entries.setdefault(surface, ("PERSON", canon))
        for surface, val in entries.items():
            self.auto.add_word(surface, (len(surface), val[0], val[1]))
        if entries:
            self.auto.make_automaton()
        self._has_auto = bool(entries)

    def _add_org(self, name: str, aliases: Iterable[str], kinds: Iterable[str]) -> None:
        canon = strip_legal(name)
        self.org_kinds.setdefault(canon, [])
        for k in kinds:
            if k not in self.org_kinds[canon]:
                self.org_kinds[canon].append(k)
        # derived short forms (tail of a 4-char 字号, name without its region) only when they are not common
        # words: 金山办公 must not make 办公 an organisation, nor 数梦工场 make 工场 one
        freq = self.lex.freq
        for a in [name, canon, *aliases]:
            if a:
                self.org_alias.setdefault(a, canon)
                sa = strip_legal(a)
                self.org_alias.setdefault(sa, canon)
                core = org_core(sa)
                if _CJK_RE.search(core) and len(core) >= 2:
                    self.core_to_org.setdefault(core, canon)  # the 字号 itself (浪潮, 用友) is the brand
                    if len(core) == 4 and freq.get(core[2:], 0) <= 100:
                        self.core_to_org.setdefault(core[2:], canon)
                    nr = strip_region(sa)
                    if nr == sa or freq.get(nr, 0) <= 100:
                        self.org_alias.setdefault(nr, canon)

    # -- main -----------------------------------------------------------------------------------
    def find(self, text: str) -> list[Ent]:
        orgs = _resolve([*self._gaz(text), *self._org_patterns(text)])
        orgs = _resolve([*orgs, *self._english_aliases(text, orgs)])
        orgs = _resolve([*orgs, *self._propagate(text, orgs, ("ORG",))])
        products = self._products(text, orgs)
        # an org name inside a product name (博衍MES, 枢点云链, SAP ME) is part of the product
        orgs = [
            o
            for o in orgs
            if not any(
                p.start <= o.start and o.end <= p.end and p.end - p.start > o.end - o.start for p in products
            )
        ]
        ents = _resolve([*orgs, *products])
        ents = [e for e in ents if not (e.label == "ORG" and _is_product_after(text, e.end))]
        ents = _resolve([*ents, *self._persons(text, ents)])
        ents = _resolve([*ents, *self._titles(text, ents)])
        ents = self._department_titles(ents, text)
        ents = _resolve([*ents, *self._propagate(text, ents, ("PERSON", "PRODUCT"))])
        return ents

    def _department_titles(self, ents: list[Ent], text: str) -> list[Ent]:
        """大数据中心主任, 育种研究院院长: an unknown organisation-looking unit glued to a title is part of
        the title (like 科技部总经理), not an organisation the person works at; a government unit keeps its
        name when it carries a region (江湾区数据资源局局长)."""
        out: list[Ent] = []
        for e in ents:
            prev = out[-1] if out else None
            if (
                e.label == "TITLE"
                and prev is not None
                and prev.label == "ORG"
                and prev.end == e.start
                and prev.canonical is None
                and prev.source in ("rule", "ner")
                and (
                    prev.sub in ("pattern", "ner")
                    or (prev.sub == "gov" and strip_region(prev.text) == prev.text)
                )
                and re.search(r"(?:中心|研究院|研究所|事业部|[部处科室组所办])$", prev.text)
                and prev.text not in self.org_alias
            ):
                out[-1] = Ent(prev.start, e.end, "TITLE", text[prev.start : e.end], "rule", None, 0.7, "dept")
                continue
            out.append(e)
        return out

    def _english_aliases(self, text: str, orgs: list[Ent]) -> list[Ent]:
        """中文名 (English Name) right after an ORG: the English rendering is an alias of the same org."""
        out: list[Ent] = []
        for o in orgs:
            m = _EN_ALIAS_RE.match(text, o.end)
            if m:
                name = m.group(1).strip()
                canon = o.canonical or o.text
                out.append(
                    Ent(m.start(1), m.start(1) + len(name), "ORG", name, "rule", canon, 0.85, "en-alias")
                )
        return out

    def _gaz(self, text: str) -> list[Ent]:
        out: list[Ent] = []
        if not self._has_auto:
            return out
        for end_idx, (ln, label, canon) in self.auto.iter(text):
            s, e = end_idx - ln + 1, end_idx + 1
            surface = text[s:e]
            # ASCII aliases must sit on word boundaries.
            if surface.isascii() and (
                (s > 0 and text[s - 1].isalnum() and text[s - 1].isascii())
                or (e < len(text) and text[e].isalnum() and text[e].isascii())
            ):
                continue
            if label == "ORG":
                s, e = self._extend_org(text, s, e)
                out.append(Ent(s, e, "ORG", text[s:e], "gaz", canon, 0.95, "known"))
            elif label == "PRODUCT":
                e = self._extend_version(text, e)
                out.append(Ent(s, e, "PRODUCT", text[s:e], "gaz", canon, 0.95, "known"))
            else:
                out.append(Ent(s, e, "PERSON", surface, "gaz", canon, 0.9, "full"))
        return out

    def _extend_org(self, text: str, s: int, e: int) -> tuple[int, int]:
        """Extend an org match right over industry words / legal suffix and left over a region."""
        lex = self.lex
        if not _CJK_RE.search(text[s:e]):
            return s, e
        n = 3 if lex.terminal_end_re.search(text, s, e) else 0
        while n < 3:
            m = lex.ind_re.match(text, e)
            if m is None:
                break
            w = m.group(0)
            # do not swallow a product head or a department (信息科, 数据中台)
            if w in ("信息", "数据", "电子", "网络") and text[m.end() : m.end() + 1] in _DEPT_NEXT:
                break
            if w in _VERBISH_IND and not (
                lex.legal_re.match(text, m.end()) or lex.ind_re.match(text, m.end())
            ):
                break
            e = m.end()
            n = 3 if w in lex.terminal else n + 1
        lm = lex.legal_re.match(text, e)
        if lm:
            e = lm.end()
        for k in (4, 3, 2):
            if s >= k and text[s - k : s] in lex.region_set:
                s -= k
                break
        return s, e

    def _extend_version(self, text: str, e: int) -> int:
        m = self.lex.version_re.match(text, e)
        if m:
            return m.end()
        return e

    def _org_windows(self, text: str) -> list[tuple[int, int]]:
        """Text windows around industry words: the org pattern only needs to run there (speed)."""
        spans: list[tuple[int, int]] = []
        n = len(text)
        for end_idx, ln in _industry_automaton().iter(text):
            p = end_idx - ln + 1
            a, b = max(0, p - 12), min(n, end_idx + 1 + 16)
            if spans and a <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], b))
            else:
                spans.append((a, b))
        return spans

    def _org_patterns(self, text: str) -> list[Ent]:
        lex = self.lex
        out: list[Ent] = []
        matches = [m for a, b in self._org_windows(text) for m in lex.org_pattern_re.finditer(text, a, b)]
        for m in matches:
            s, e = m.span()
            cs = m.start(1)
            core = m.group(1)
            region = s < cs
            if not region:
                # no region: the longest 字号 (2-4 chars) that starts a word of >= 2 characters
                end_core = m.end(1)
                for k in range(min(len(core), 4), 1, -1):
                    c0 = end_core - k
                    cand = text[c0:end_core]
                    if not _boundary_ok(text, c0) or cand[0] in STOP_CHARS or cand[0] in _FUNC_CHARS:
                        continue
                    if k > 2:
                        fw = _first_word(text, c0)
                        if len(fw) < 2 or lex.freq.get(fw, 0) > 300:
                            continue
                    break
                else:
                    continue
                cs, core, s = c0, cand, c0
            if (
                core in lex.generic
                or core[-1] in "区县市省"
                or core in lex.region_set
                or any(c in STOP_CHARS or c in _FUNC_CHARS for c in core)
            ):
                continue
            # industry words: stop after a terminal word (医院, 银行); drop 信息/数据 before a department word
            ie = m.start(2)
            pieces = _split_words(m.group(2), lex.industry)
            kept = ""
            for w in pieces:
                nxt = text[ie + len(kept) + len(w) : ie + len(kept) + len(w) + 1]
                if w in ("信息", "数据", "电子", "网络") and nxt in _DEPT_NEXT:
                    break
                kept += w
                if w in lex.terminal:
                    break
            while (
                pieces
                and kept
                and any(kept.endswith(v) for v in _VERBISH_IND)
                and not lex.legal_re.match(text, ie + len(kept))
            ):
                last = next(v for v in _VERBISH_IND if kept.endswith(v))
                kept = kept[: -len(last)]
            if not kept:
                continue
            e = ie + len(kept)
            for suf in lex.legal:
                if text.startswith(suf, e):
                    e += len(suf)
                    break
            full = text[s:e]
            has_legal = any(full.endswith(x) for x in lex.legal)
            if (
                kept in _WEAK_INDUSTRY
                and not (region or has_legal)
                and core not in self.core_to_org
                and (
                    lex.freq.get(core, 0) > 100 or text[e : e + 1] in _DEPT_NEXT or text.startswith("中心", e)
                )
            ):
                continue
            if not (region or has_legal) and lex.freq.get(core, 0) > 500 and core not in self.core_to_org:
                continue
            canon = self.org_alias.get(full) or self.core_to_org.get(core)
            out.append(Ent(s, e, "ORG", full, "rule", canon, 0.8 if region or has_legal else 0.6, "pattern"))
        # region + 2-char 字号 without an industry word: 合肥智川的方案, 常州博衍的数采网关
        for m in self._region_core_re.finditer(text):
            core = m.group(2)
            if (
                _not_a_name_core(lex, core, max_freq=50)
                or core[-1] in "区县市省"
                # 上海货讯通: a 3-character 字号 only when it is no word at all and not a unit (服务部)
                or (len(core) == 3 and (lex.freq.get(core, 0) > 0 or core[-1] in _UNIT_END_CHARS))
            ):
                continue
            s, e = m.start(), m.end(2)
            out.append(
                Ent(
                    s,
                    e,
                    "ORG",
                    text[s:e],
                    "rule",
                    self.org_alias.get(text[s:e]) or self.core_to_org.get(core),
                    0.55,
                    "region+core",
                )
            )
        # 目前在用的通达海系统, 现有的有赞系统: an unknown name between a "system in use" marker and 系统/平台
        for m in _IN_USE_NAME_RE.finditer(text):
            core = m.group(1)
            if _not_a_name_core(lex, core, max_freq=20) or core in self.product_maker:
                continue
            s, e = m.span(1)
            canon = self.org_alias.get(core) or self.core_to_org.get(core)
            out.append(Ent(s, e, "ORG", core, "rule", canon, 0.55, "in-use"))
        for m in lex.gov_re.finditer(text):
            s, e = m.span()
            while s < e - 4 and (not _boundary_ok(text, s) or text[s] in _FUNC_CHARS or text[s] in "据经"):
                s += 1
            if e - s < 4:
                continue
            out.append(Ent(s, e, "ORG", text[s:e], "rule", None, 0.75, "gov"))
        return out

    def _products(self, text: str, orgs: list[Ent]) -> list[Ent]:
        lex = self.lex
        out: list[Ent] = []
        for m in lex.product_code_re.finditer(text):
            s, e = m.span()
            # ZC-Health医疗数据平台: a CJK product head glued to the code
            mm = re.match(f"[{CJK}]{{0,4}}(?:平台|系统|中台|云|数仓)", text[e : e + 8])
            if mm and not text[s:e][-1].isdigit():
                e += mm.end()
            out.append(Ent(s, e, "PRODUCT", text[s:e], "rule", None, 0.7, "code"))
        # a Latin vendor name followed by a product word: SAP ME, Oracle EBS
        for o in orgs:
            if o.text.isascii() and o.text[:1].isupper():
                mm = re.match(
                    r" ((?:[A-Z][A-Za-z0-9/]*|S/4HANA)(?: Cloud| [0-9.]+)?)(?![A-Za-z])",
                    text[o.end : o.end + 24],
                )
                if mm and mm.group(1) not in ("IT", "CEO", "CIO", "and", "The") and not mm.group(1).isdigit():
                    e = o.end + mm.end()
                    out.append(
                        Ent(o.start, e, "PRODUCT", text[o.start : e], "rule", None, 0.7, "vendor+word")
                    )
        # org alias glued to a product code/head: 澜芯LX-9000, 博衍MES, 砚石数仓3.2, 枢点云链
        surfaces = self._known_cores_in(text)
        for o in orgs:
            for sf in (o.text, org_core(o.text)):
                if len(sf) >= 2 and sf not in surfaces:
                    surfaces.append(sf)
        for surface in surfaces:
            for mm in re.finditer(re.escape(surface), text):
                e = mm.end()
                rest = text[e : e + 12]
                pm = re.match(
                    r"(?!(?:CEO|CIO|CTO|CFO|COO|VP|IT|GM|POC|PoC|ROI|HR|AI|OA|API|UAT)(?![A-Za-z0-9]))"
                    r"(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|(?:数仓|云链|中台|数据中台|BI|MES|ERP|CRM|"
                    r"云平台|大数据平台))"
                    r"(?:\s?[Vv]?\d+(?:\.\d+)*)?",
                    rest,
                )
                if pm and pm.end() > 0:
                    out.append(
                        Ent(
                            mm.start(),
                            e + pm.end(),
                            "PRODUCT",
                            text[mm.start() : e + pm.end()],
                            "rule",
                            None,
                            0.75,
                            "maker+head",
                        )
                    )
        # “X”平台/系统 quoted product names that start with an org alias
        for mm in re.finditer(r"[“\"]([^”\"]{2,12})[”\"](?:平台|系统)", text):
            inner = mm.group(1)
            if any(inner.startswith(c) for c in surfaces if _CJK_RE.search(c)):
                out.append(Ent(mm.start(1), mm.end(1), "PRODUCT", inner, "rule", None, 0.7, "quoted"))
        return out

    def _known_cores_in(self, text: str) -> list[str]:
        found: list[str] = []
        if not self._has_auto:
            return found
        for _end, (ln, label, _canon) in self.auto.iter(text):
            if label == "ORG":
                surface = text[_end - ln + 1 : _end + 1]
                if surface not in found:
                    found.append(surface)
        return found

    def _titles(self, text: str, ents: list[Ent]) -> list[Ent]:
        lex = self.lex
        out: list[Ent] = []
        occupied = _occupancy(len(text), ents)
        for m in lex.title_re.finditer(text):
            s, e = m.span()
            if any(occupied[s:e]) or text.startswith(("办公会", "会议", "办公室", "信箱", "会"), e):
                continue
            s = self._dept_prefix(text, s, occupied)
            out.append(Ent(s, e, "TITLE", text[s:e], "rule", None, 0.85, "zh"))
        for m in lex.en_title_re.finditer(text):
            s, e = m.span()
            if any(occupied[s:e]):
                continue
            word = text[s:e]
            if word in (
                "lead",
                "head",
                "Head",
                "Lead",
                "director",
                "president",
                "engineer",
                "architect",
                "manager",
            ):
                continue
            out.append(Ent(s, e, "TITLE", word, "rule", None, 0.8, "en"))
        return out

    def _dept_prefix(self, text: str, s: int, occupied: list[bool]) -> int:
        """Extend a title left over a department name (科技部总经理, 销售公司总经理)."""
        import jieba

        lo = max(0, s - 10)
        window = text[lo:s]
        am = re.search(r"(?<![A-Za-z])(?:IT|HR|MES|ERP|BI|QA|PMO)(?:部|中心|组)$", window)
        if am and not any(occupied[lo + am.start() : s]):
            return lo + am.start()
        if not window or not is_cjk(window[-1]) or occupied[s - 1]:
            return s
        words = jieba.lcut(window, HMM=False)
        pos = s
        accepted = 0
        first = True
        for w in reversed(words):
            if w in TITLE_STOP_WORDS or not all(is_cjk(c) for c in w):
                break
            if any(occupied[pos - len(w) : pos]):
                break
            if first:
                if not w.endswith(DEPT_SUFFIXES) and w not in ("分管", "集团") and w not in _FUNCTION_AREAS:
                    break
                first = False
                if w in _FUNCTION_AREAS:
                    pos -= len(w)
                    accepted += 1
                    break
            elif len(w) == 1 and w in STOP_CHARS:
                break
            if s - (pos - len(w)) > 9:
                break
            pos -= len(w)
            accepted += 1
        return pos if accepted else s

    # -- persons --------------------------------------------------------------------------------
    def _persons(self, text: str, ents: list[Ent]) -> list[Ent]:
        lex = self.lex
        out: list[Ent] = []
        occupied = _occupancy(len(text), ents)
        n = len(text)
        # title forms: 张总, 李工, 王处长, 小闻
        for m in lex.titleform_re.finditer(text):
            s, e = m.span()
            if any(occupied[s:e]):
                continue
            surface = text[s:e]
            if surface[0] in "小老":
                if lex.freq.get(surface, 0) > 1000 or (
                    e < n and is_cjk(text[e]) and lex.freq.get(text[s : e + 1], 0) > 50
                ):
                    continue
            else:
                sur = surface[0]
                if sur in AMBIG_SURNAMES and not (
                    s == 0
                    or not is_cjk(text[s - 1])
                    or text[s - 1] in STOP_CHARS
                    or text[s - 1] in _DEPT_END
                    or text[s - 1] in "心线"
                ):
                    continue
                if lex.freq.get(surface, 0) > 50:
                    continue
                if s > 0 and lex.freq.get(text[s - 1 : s + 1], 0) > 200 and text[s - 1] not in STOP_CHARS:
                    # 施工, 古董: the surname char belongs to the word before
                    continue
                # a full name right before a title: 俞景川科长 (not 川科)
                if (
                    s >= 2
                    and _surname_at(text, s - 2, lex)
                    and (s - 2 == 0 or text[s - 3] in STOP_CHARS or not is_cjk(text[s - 3]))
                ):
                    continue
                # 总经理 / 总监 / 总裁 after a surname char is a title, not a title form (宋总经理 rare)
                if surface.endswith("总") and text[e : e + 1] in (
                    "经",
                    "裁",
                    "监",
                    "部",
                    "行",
                    "结",
                    "体",
                    "额",
                    "数",
                ):
                    continue
                if (
                    surface.endswith(("行", "处", "科", "局", "院"))
                    and e < n
                    and is_cjk(text[e])
                    and lex.freq.get(text[s + 1 : e + 1], 0) > 100
                ):
                    continue
            out.append(Ent(s, e, "PERSON", surface, "rule", None, 0.8, "titleform"))
            for i in range(s, e):
                occupied[i] = True
        # full names right after a title or before one, or in parentheses
        title_spans = [(m.start(), m.end()) for m in lex.title_re.finditer(text)]
        title_spans += [(m.start(), m.end()) for m in lex.en_title_re.finditer(text)]
        for _ts, te in title_spans:
            mm = re.match(r"(?:叫|名叫|是|为| )", text[te : te + 2])
            self._name_at(text, te + (mm.end() if mm else 0), occupied, out)
        for ts, _te in title_spans:
            for ln in (3, 2, 4):
                st = ts - ln
                if st < 0 or any(occupied[st:ts]):
                    continue
                sl = _surname_at(text, st, lex)
                if (
                    not sl
                    or not all(is_cjk(c) for c in text[st:ts])
                    or any(c in STOP_CHARS for c in text[st + sl : ts])
                ):
                    continue
                if ln - sl not in (1, 2) or text[ts - 1] in _DEPT_END or lex.freq.get(text[st:ts], 0) > 0:
                    continue
                if (
                    st > 0
                    and is_cjk(text[st - 1])
                    and text[st - 1] not in STOP_CHARS
                    and not text[st - 1].endswith(("部", "科", "处", "组", "室", "办", "心"))
                ):
                    continue
                out.append(Ent(st, ts, "PERSON", text[st:ts], "rule", None, 0.75, "full"))
                for i in range(st, ts):
                    occupied[i] = True
                break
        for m in re.finditer(r"[(（]", text):
            self._name_at(text, m.end(), occupied, out, strict=True)
        # bare full names in a clear context: 和蒋文韬、柏晓雯两位聊了 / 蒋文韬是设备部负责人 / 程立群说
        for m in self._ctx_name_re.finditer(text):
            s, e = m.start(1), m.end(1)
            name = m.group(1)
            sl = _surname_at(text, s, lex)
            given = name[sl:]
            if any(occupied[s:e]) or not given or any(c in STOP_CHARS or c in _FUNC_CHARS for c in given):
                continue
            if lex.freq.get(name, 0) > 5 or name in lex.generic or (sl == 1 and name[0] in AMBIG_SURNAMES):
                continue
            if (
                lex.freq.get(given, 0) > 300
                or name[-1] in _DEPT_END
                or any(c in "他她我你您它" for c in given)
            ):
                continue
            out.append(Ent(s, e, "PERSON", name, "rule", None, 0.65, "full"))
            for i in range(s, e):
                occupied[i] = True
        # English: honorific + surname, pinyin full names, western given names
        for m in lex.honorific_re.finditer(text):
            nxt = re.match(r"\s([A-Z][a-z]+)\b", text[m.end() :])
            if nxt and _is_pinyin(nxt.group(1)) and m.group(1).lower() in lex.pinyin:
                continue
            if m.group(1).lower() in lex.pinyin or m.group(0).startswith(("Mr", "Ms", "Mrs", "Dr", "Miss")):
                s, e = m.span()
                if not any(occupied[s:e]):
                    out.append(Ent(s, e, "PERSON", text[s:e], "rule", None, 0.8, "honorific"))
                    for i in range(s, e):
                        occupied[i] = True
        caps = list(re.finditer(r"\b[A-Z][a-z]{1,9}\b", text))
        for m1, m2 in itertools.pairwise(caps):
            a, b = m1.group(0), m2.group(0)
            if text[m1.end() : m2.start()] != " " or a.lower() not in lex.pinyin or not _is_pinyin(b):
                continue
            if b.lower() in ("data", "group", "precision", "tech", "bank", "city", "plant"):
                continue
            # "Ms. Lu Jiayi": the person is "Lu Jiayi" (the honorific is not part of a full name, as 总 is
            # not part of 邵嘉禾); a later "Ms. Lu" resolves to her like 邵总 does
            s, e = m1.start(), m2.end()
            if not any(occupied[s:e]):
                out.append(Ent(s, e, "PERSON", text[s:e], "rule", None, 0.8, "pinyin"))
                for i in range(s, e):
                    occupied[i] = True
        # "Derek Xu", "Paul Ye": an English given name with a pinyin surname is one full name
        for m in re.finditer(r"\b([A-Z][a-z]{2,8}) ([A-Z][a-z]{1,5})\b", text):
            if (
                m.group(1) in lex.english_given
                and m.group(2).lower() in lex.pinyin
                and not any(occupied[m.start() : m.end()])
            ):
                out.append(Ent(m.start(), m.end(), "PERSON", m.group(0), "rule", None, 0.8, "english"))
                for i in range(m.start(), m.end()):
                    occupied[i] = True
        for m in re.finditer(
            r"\b([A-Z][a-z]{1,6})(?= (?:\(|owns|runs|says|said|leads|signs|is on|asked|evaluates|wants|"
            r"thinks|reports|backs|likes|hinted))",
            text,
        ):
            w = m.group(1)
            if w.lower() in lex.pinyin and w not in _NOT_NAMES and not any(occupied[m.start() : m.end()]):
                out.append(Ent(m.start(), m.end(), "PERSON", w, "rule", None, 0.6, "pinyin1"))
                for i in range(m.start(), m.end()):
                    occupied[i] = True
        for m in re.finditer(r"\b[A-Z][a-z]{2,8}\b", text):
            if m.group(0) in lex.english_given and not any(occupied[m.start() : m.end()]):
                out.append(Ent(m.start(), m.end(), "PERSON", m.group(0), "rule", None, 0.7, "english"))
        return out

    def _name_at(self, text: str, i: int, occupied: list[bool], out: list[Ent], strict: bool = False) -> None:
        lex = self.lex
        n = len(text)
        if i >= n or occupied[i]:
            return
        sl = _surname_at(text, i, lex)
        if not sl:
            return
        j = i + sl
        k = j
        while k < n and k - j < 2 and is_cjk(text[k]) and text[k] not in STOP_CHARS and not occupied[k]:
            k += 1
        # 缪永和说 / 周立和表示: 和 (与, 也) ends a given name when a speech verb follows, not a conjunction
        if (
            k - j == 1
            and k < n
            and text[k] in "和与也"
            and _SPEECH_AFTER_RE.match(text, k + 1)
            and not occupied[k]
        ):
            k += 1
        if k - j < 1:
            return
        # 秦朗介绍 / 欧阳澜正式: the last character starts a common word with the next one
        if k - j == 2 and k < n and lex.freq.get(text[k - 1 : k + 1], 0) > 300:
            k -= 1
        if (text[i] in AMBIG_SURNAMES and sl == 1 and not strict) and (
            (k - j < 2 and not (k < n and text[k] in "，,。;；、)）"))
            or lex.freq.get(text[j:k], 0) > 300
            or any(c in _FUNC_CHARS for c in text[j:k])
        ):
            return
        # title-form right here (娄总) is handled elsewhere
        if strict and (k >= n or text[k] not in ")）,，、;； "):
            return
        if text[i:k] in lex.generic or lex.freq.get(text[i:k], 0) > 5000 or text[k - 1] in _DEPT_END:
            return
        out.append(Ent(i, k, "PERSON", text[i:k], "rule", None, 0.75, "full"))
        for x in range(i, k):
            occupied[x] = True

    def _propagate(self, text: str, ents: list[Ent], labels: tuple[str, ...]) -> list[Ent]:
        """Every further occurrence of a found full name / org surface / pinyin surname is a mention too."""
        out: list[Ent] = []
        occupied = _occupancy(len(text), ents)
        seen: set[tuple[str, str]] = set()
        for en in ents:
            if en.label not in labels:
                continue
            keys = [en.text]
            if en.label == "PERSON" and en.sub == "pinyin":
                keys.append(en.text.split()[0])
            if en.label == "ORG" and en.sub == "en-alias" and " " in en.text:
                keys.append(en.text.split()[0])
            if en.label == "PERSON" and en.sub == "honorific":
                keys.append(en.text.split()[-1])
            if en.label == "ORG" and _CJK_RE.search(en.text):
                core = org_core(en.text)
                if len(core) >= 2 and core not in self.lex.generic and core not in self.lex.region_set:
                    keys.append(core)
                    sr = strip_region(strip_legal(en.text))
                    if sr != en.text:
                        keys.append(sr)
            for key in keys:
                if (en.label, key) in seen or len(key) < 2:
                    continue
                seen.add((en.label, key))
                for m in re.finditer(re.escape(key), text):
                    s, e = m.span()
                    if key.isascii() and (
                        (s > 0 and text[s - 1].isalpha()) or (e < len(text) and text[e].isalpha())
                    ):
                        continue
                    if en.label == "ORG":
                        s, e = self._extend_org(text, s, e)
                        if _is_product_after(text, e):
                            continue
                    if any(occupied[s:e]):
                        continue
                    sub = en.sub if key == en.text else "short"
                    out.append(Ent(s, e, en.label, text[s:e], "prop", en.canonical, en.score * 0.95, sub))
                    for i in range(s, e):
                        occupied[i] = True
        return out


_NOT_NAMES = {"He", "An", "Long", "Fan", "Ban", "Wan", "Chang", "Lian", "Ding", "Bo", "Mo", "Yu", "Bi", "Ma"}
_FUNCTION_AREAS = {
    "客服",
    "财务",
    "技术",
    "销售",
    "市场",
    "运营",
    "人事",
    "人力",
    "行政",
    "采购",
    "生产",
    "质量",
    "质检",
    "研发",
    "信息",
    "数据",
    "数字化",
    "风控",
    "风险",
    "合规",
    "法务",
    "品牌",
    "电商",
    "营销",
    "供应链",
    "物流",
    "仓储",
    "工程",
    "设备",
    "安全",
    "审计",
    "投资",
    "战略",
    "产品",
    "业务",
    "渠道",
    "大客户",
    "售后",
    "售前",
    "交付",
    "实施",
    "项目",
    "IT",
}
_VERBISH_IND = {"建设", "发展", "服务", "咨询", "设计", "制造", "实业", "管理"}
_DEPT_END = set("部科处组室办局院所厂司")
def _not_a_name_core(lex: Lex, core: str, max_freq: int) -> bool:
    """A candidate 字号 that is a generic word, a place, a common word or holds a function character."""
    return (
        core in lex.generic
        or core in lex.region_set
        or lex.freq.get(core, 0) > max_freq
        or any(c in STOP_CHARS or c in _FUNC_CHARS for c in core)
    )


_UNIT_END_CHARS = "部处科室组所局院厅队站楼园"
_SPEECH_AFTER_RE = re.compile(r"说|表示|认为|提到|介绍|透露|告诉|坦言|强调|称")
_IN_USE_NAME_RE = re.compile(
    r"(?:在用的|现有的|目前的|现在的|用的是|原来的|现用的)([\u4e00-\u9fff]{2,4}?)(?=的?(?:系统|平台|软件)(?![\u4e00-\u9fff]{0,1}商))"
)
_FUNC_CHARS = set("先上出想求理责家余地据过去走访负标设建打全各每该本其此向从于把被让给来自而且或及其要")
_DEPT_NEXT = set("科部中组处化治平质应室办")
_WEAK_INDUSTRY = {
    "数据",
    "信息",
    "智能",
    "网络",
    "医疗",
    "健康",
    "教育",
    "制造",
    "商业",
    "科技",
    "生物",
    "材料",
    "能源",
    "电子",
    "通信",
    "咨询",
    "服务",
    "动力",
    "精密",
    "建设",
}


def _split_words(s: str, words: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(s):
        for w in words:
            if s.startswith(w, i):
                out.append(w)
                i += len(w)
                break
        else:
            out.append(s[i:])
            break
    return out


@lru_cache(maxsize=1)
def _industry_automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for w in get_lex().industry:
        auto.add_word(w, len(w))
    auto.make_automaton()
    return auto


def _first_word(text: str, i: int) -> str:
    import jieba

    words = jieba.lcut(text[i : i + 6], HMM=False)
    return words[0] if words else ""


def _boundary_ok(text: str, i: int) -> bool:
    """Whether position i is a plausible word start (jieba segmentation of the surrounding window)."""
    if i <= 0 or not is_cjk(text[i - 1]) or text[i - 1] in STOP_CHARS:
        return True
    import jieba

    lo = max(0, i - 4)
    pos = lo
    for w in jieba.lcut(text[lo : i + 4], HMM=False):
        if pos == i:
            return True
        if pos > i:
            return False
        pos += len(w)
    return pos == i


_PINYIN_RE = re.compile(
    r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|"
    r"ao|ou|an|en|in|un"
    r"|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|v))+$"
)


def _is_pinyin(word: str) -> bool:
    return bool(_PINYIN_RE.match(word.lower()))


def _is_product_after(text: str, e: int) -> bool:
    if _TITLE_ACRO_RE.match(text, e):
        return False
    return bool(re.match(r"(?:[A-Z]{2,}|[A-Z][a-z]+[A-Z]|数仓|云链|中台|BI\b)", text[e : e + 4]))


_TITLE_ACRO_RE = re.compile(r"(?:CEO|CIO|CTO|CFO|COO|CDO|VP|GM|IT|POC|PoC|ROI|HR|UAT)(?![A-Za-z0-9])")


def _occupancy(n: int, ents: list[Ent]) -> list[bool]:
    occ = [False] * n
    for en in ents:
        for i in range(en.start, min(en.end, n)):
            occ[i] = True
    return occ


_PRIORITY = {"PRODUCT": 3, "ORG": 2, "PERSON": 2, "TITLE": 1}
_SOURCE_BONUS = {"gaz": 6, "prop": 3, "rule": 0, "ner": 0}
_EN_ALIAS_RE = re.compile(r"\s?[(（]([A-Z][A-Za-z&.\-]*(?:\s[A-Z][A-Za-z&.\-]*){0,4})[)）]")


def _resolve(ents: list[Ent]) -> list[Ent]:
    """Greedy non-overlapping selection: longer, higher-priority, higher-score spans first."""
    ents = sorted(
        ents,
        key=lambda x: (
            -(x.end - x.start) - 2 * _PRIORITY[x.label] - _SOURCE_BONUS.get(x.source, 0),
            -x.score,
            x.start,
        ),
    )
    chosen: list[Ent] = []
    occ: set[int] = set()
    for en in ents:
        rng = range(en.start, en.end)
        if any(i in occ for i in rng):
            continue
        chosen.append(en)
        occ.update(rng)
    chosen.sort(key=lambda x: x.start)
    return chosen
