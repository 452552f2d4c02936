"""User search syntax → a safe Lucene query string, and highlighting of the matches.

The user's raw input never reaches Lucene (or Cypher) as syntax: it is normalised like the documents
(full-width → half-width, Traditional → Simplified), parsed into clauses — terms, "quoted phrases",
``AND`` / ``OR`` / ``NOT`` / ``+`` / ``-`` and a trailing ``*`` for a prefix — and the Lucene query is
then *written* from those clauses, every character a Lucene query parser treats specially escaped.
The query string travels to Neo4j as a parameter of `db.index.fulltext.queryNodes`.

Semantics (like a web search engine): terms are optional (OR) and ranked by BM25, ``+term`` /
``AND`` make a term required, ``-term`` / ``NOT`` exclude it. Chinese runs are analysed by the index's
``cjk`` analyser into overlapping bigrams, so an unquoted run matches partially (any of its bigrams)
and scores higher when it occurs contiguously (an extra phrase clause); question and function words
(谁, 在, 哪些, 的 …) are dropped; names of known entities found in the query are kept whole and
expanded to their aliases (华信 → 华信银行).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from graph.names import norm_name

Occur = Literal["SHOULD", "MUST", "MUST_NOT"]

MAX_QUERY_CHARS = 500
MAX_CLAUSES = 24
#: weight of a name the query shares with a known entity (its aliases are searched too)
ENTITY_BOOST = 1.0
#: weight of the Traditional spelling of a term, searched alongside the Simplified one
TRADITIONAL_BOOST = 0.4
#: weight of an entity's other names (the query used one of them)
ALIAS_BOOST = 0.5

# Characters the Lucene classic query parser treats as syntax (`&&`/`||` are covered by & and |).
_LUCENE_SPECIAL = frozenset('+-&|!(){}[]^"~*?:\\/<>=')
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD_RE = re.compile(r"[0-9a-z\u00c0-\u024f]+")

#: question and function words dropped from Chinese runs (longest first when splitting)
CJK_STOP_WORDS: tuple[str, ...] = tuple(
    sorted(
        {
            "为什么",
            "有没有",
            "是不是",
            "怎么样",
            "哪些",
            "哪家",
            "哪个",
            "哪里",
            "哪儿",
            "什么",
            "怎么",
            "怎样",
            "如何",
            "是否",
            "我们",
            "我方",
            "关于",
            "一下",
            "最近",
            "目前",
            "谁",
            "在",
            "的",
            "了",
            "吗",
            "呢",
            "吧",
            "啊",
            "哪",
            "对",
            "和",
            "与",
            "及",
            "是",
            "有",
            "都",
            "也",
            "把",
            "被",
            "给",
        },
        key=lambda w: (-len(w), w),
    )
)
_CJK_STOP_RE = re.compile("|".join(re.escape(w) for w in CJK_STOP_WORDS))

_EN_STOP = (
    "a an the is are was were be of at in on to for by with from and or not us we our me my you your "
    "who whom whose what which where when why how does do did this that these those it its any some "
    "there their them they has have had about"
)
EN_STOP_WORDS = frozenset(_EN_STOP.split())

#: English sales vocabulary → the Chinese words notes use (mixed-language teams search both ways)
GLOSSARY: dict[str, tuple[str, ...]] = {
    "decide": ("拍板", "说了算", "决策"),
    "decides": ("拍板", "说了算", "决策"),
    "decider": ("拍板", "说了算", "决策"),
    "decision": ("决策", "拍板"),
    "support": ("支持", "站我们"),
    "supports": ("支持", "站我们"),
    "supporter": ("支持", "站我们"),
    "supporters": ("支持", "站我们"),
    "champion": ("支持", "站我们"),
    "pitch": ("接触", "来过", "在跟"),
    "pitching": ("接触", "来过", "在跟"),
    "customer": ("客户",),
    "customers": ("客户",),
    "price": ("报价", "价格"),
    "pricing": ("报价", "价格"),
    "quote": ("报价",),
    "budget": ("预算",),
    "contract": ("合同", "签约"),
    "award": ("中标", "签约"),
    "awarded": ("中标", "签约"),
    "tender": ("招标", "投标"),
    "bid": ("投标", "报价"),
    "incumbent": ("现有系统", "维保"),
    "renewal": ("续约", "维保"),
    "expire": ("到期",),
    "expiry": ("到期",),
    "end": ("到期",),
    "career": ("任职", "加盟", "跳槽"),
    "history": ("任职", "之前"),
    "hired": ("加盟", "出任"),
    "joins": ("加盟", "出任"),
    "partnership": ("合作", "联合发布"),
    "partner": ("合作", "联合发布"),
    "announcement": ("发布", "宣布"),
    "acquisition": ("收购",),
    "acquires": ("收购",),
    "investment": ("入股", "投资"),
    "invests": ("入股", "投资"),
    "competitor": ("竞争", "竞品"),
    "competition": ("竞争",),
    "evaluation": ("评估", "评审"),
    "insider": ("内线",),
    "stance": ("态度", "立场"),
    "attitude": ("态度",),
}


@dataclass(frozen=True)
class Clause:
    """One unit of the parsed query, already normalised."""

    text: str
    occur: Occur = "SHOULD"
    phrase: bool = False  # the user quoted it
    prefix: bool = False  # trailing `*`


@dataclass(frozen=True)
class LinkedEntity:
    """A known entity whose name or alias occurs in the query."""

    id: str
    name: str
    type: str
    names: tuple[str, ...]  # name + aliases, as written
    span: str  # the part of the query that names it (normalised)


@dataclass(frozen=True)
class ParsedQuery:
    raw: str
    normalized: str
    clauses: tuple[Clause, ...]

    @property
    def empty(self) -> bool:
        return not any(c.occur != "MUST_NOT" for c in self.clauses)

    def positive(self) -> list[Clause]:
        return [c for c in self.clauses if c.occur != "MUST_NOT"]


@dataclass(frozen=True)
class BuiltQuery:
    lucene: str  # "" when nothing positive is left: the search returns nothing
    highlight_terms: tuple[str, ...]
    linked: tuple[LinkedEntity, ...] = ()
    terms: tuple[str, ...] = ()  # what is searched, for display


class QuerySyntaxError(ValueError):
    """The query cannot be searched (too long, too many clauses)."""


# ----------------------------------------------------------------------------- normalisation
def normalize_query(text: str) -> str:
    """Like documents: full-width → half-width, Traditional → Simplified (length-preserving)."""
    from ingest.normalize import normalize

    return normalize(text).text


@lru_cache(maxsize=4096)
def to_traditional(text: str) -> str:
    """The Traditional spelling of a Simplified term (documents stored as written may use it)."""
    converted: str = _s2t().convert(text)  # type: ignore[attr-defined]
    return converted


@lru_cache(maxsize=1)
def _s2t() -> object:
    import opencc

    return opencc.OpenCC("s2t")


def is_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text))


# ----------------------------------------------------------------------------- escaping
def escape_lucene(text: str) -> str:
    """Backslash-escape every Lucene special character; whitespace becomes a plain space."""
    out: list[str] = []
    for ch in text:
        if ch in _LUCENE_SPECIAL:
            out.append("\\" + ch)
        elif ch.isspace():
            out.append(" ")
        elif ord(ch) < 32:
            continue
        else:
            out.append(ch)
    return "".join(out)


def lucene_phrase(text: str) -> str:
    """A quoted phrase: inside quotes only `\\` and `"` are special (both escaped)."""
    body = "".join(("\\" + ch) if ch in '\\"' else (" " if ch.isspace() else ch) for ch in text if ch >= " ")
    return f'"{body}"'


def lucene_term(text: str) -> str:
    """A bare (analysed) term, all syntax escaped; spaces would split it, so they are escaped too."""
    return escape_lucene(text).replace(" ", "\\ ")


# ----------------------------------------------------------------------------- parsing
_OPERATORS = {"AND": "AND", "&&": "AND", "OR": "OR", "||": "OR", "NOT": "NOT", "!": "NOT"}


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Split on whitespace, keeping "quoted phrases" (an unbalanced quote runs to the end)."""
    out: list[tuple[str, bool]] = []
    i, n = 0, len(text)
    buf: list[str] = []

    def flush() -> None:
        if buf:
            out.append(("".join(buf), False))
            buf.clear()

    while i < n:
        ch = text[i]
        if ch == '"':
            flush()
            j = text.find('"', i + 1)
            if j < 0:
                j = n
            # a sign right before the quote applies to the phrase
            phrase = text[i + 1 : j]
            sign = ""
            if out and out[-1][0] in ("-", "+") and not out[-1][1]:
                sign = out.pop()[0]
            out.append((sign + "\x00" + phrase, True))
            i = j + 1
        elif ch.isspace():
            flush()
            i += 1
        else:
            if ch in "+-" and not buf and i + 1 < n and text[i + 1] == '"':
                out.append((ch, False))
                i += 1
                continue
            buf.append(ch)
            i += 1
    flush()
    return out


def parse(raw: str) -> ParsedQuery:
    """Parse user syntax into clauses (normalised). Never fails on odd input, only on size."""
    if len(raw) > MAX_QUERY_CHARS:
        raise QuerySyntaxError(f"the query is at most {MAX_QUERY_CHARS} characters")
    normalized = normalize_query(raw).strip()
    clauses: list[Clause] = []
    pending_op: str | None = None  # AND / OR between the previous clause and the next
    negate_next = False
    for token, quoted in _tokens(normalized):
        occur: Occur = "SHOULD"
        if quoted:
            sign, _, text = token.partition("\x00")
            text = " ".join(text.split())
            if sign == "-":
                occur = "MUST_NOT"
            elif sign == "+":
                occur = "MUST"
            prefix = False
        else:
            if token in _OPERATORS:
                op = _OPERATORS[token]
                if op == "NOT":
                    negate_next = True
                else:
                    pending_op = op
                continue
            text = token
            while text[:1] in ("+", "-", "!") and len(text) > 1:
                occur = "MUST_NOT" if text[0] in "-!" else "MUST"
                text = text[1:]
            prefix = text.endswith("*") and len(text.rstrip("*")) > 0
            text = text.rstrip("*?")
        text = text.strip()
        if not _meaningful(text):
            continue
        if negate_next:
            occur, negate_next = "MUST_NOT", False
        if pending_op == "AND" and occur == "SHOULD":
            occur = "MUST"
            if clauses and clauses[-1].occur == "SHOULD":
                clauses[-1] = Clause(clauses[-1].text, "MUST", clauses[-1].phrase, clauses[-1].prefix)
        pending_op = None
        clauses.append(Clause(text=text, occur=occur, phrase=quoted, prefix=prefix))
    if len(clauses) > MAX_CLAUSES:
        raise QuerySyntaxError(f"the query has at most {MAX_CLAUSES} terms")
    return ParsedQuery(raw=raw, normalized=normalized, clauses=tuple(clauses))


def _meaningful(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


# ----------------------------------------------------------------------------- building
def split_cjk_run(run: str, protected: Sequence[str] = ()) -> list[str]:
    """Drop question/function words from a Chinese run, never inside a protected (entity) span."""
    if not run:
        return []
    spans: list[tuple[int, int]] = []
    for name in sorted(protected, key=len, reverse=True):
        start = run.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(s < end and start < e for s, e in spans):
                spans.append((start, end))
            start = run.find(name, end)
    spans.sort()
    pieces: list[str] = []
    pos = 0
    for s, e in [*spans, (len(run), len(run))]:
        gap = run[pos:s]
        pieces.extend(p for p in _CJK_STOP_RE.split(gap) if p)
        if e > s:
            pieces.append(run[s:e])
        pos = e
    return pieces


def _entity_group(ents: Sequence[LinkedEntity]) -> list[str]:
    names: dict[str, None] = {}
    for ent in ents:
        for value in (ent.span, *ent.names):
            v = normalize_query(value).strip().lower()
            if len(norm_name(v)) >= 2:
                names.setdefault(v, None)
    return list(names)


_CHUNK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9a-z\u00c0-\u024f]+")


def _alternatives(text: str, *, phrase: bool) -> list[str]:
    """The clause for a text, plus its Traditional spelling when that differs."""
    out = [lucene_phrase(text) if phrase else lucene_term(text)]
    if is_cjk(text):
        trad = to_traditional(text)
        if trad != text:
            # Traditional documents are rare, so their terms weigh more (IDF): damped to compensate
            out.append((lucene_phrase(trad) if phrase else lucene_term(trad)) + f"^{TRADITIONAL_BOOST:g}")
    return out


def _boosted(clause: str, boost: float) -> str:
    """Multiply a clause's boost (a clause may carry one already)."""
    body, sep, old = clause.rpartition("^")
    if sep and old.replace(".", "").isdigit() and not body.endswith("\\") and not clause.endswith('"'):
        return f"{body}^{float(old) * boost:g}"
    return f"{clause}^{boost:g}"


class _Builder:
    def __init__(self, parsed: ParsedQuery, linked: Sequence[LinkedEntity]) -> None:
        self.parsed = parsed
        self.linked = linked
        self.groups: list[str] = []
        self.highlight: dict[str, None] = {}
        self.terms: dict[str, None] = {}
        self.linked_used: dict[LinkedEntity, None] = {}
        self.by_span: dict[str, list[LinkedEntity]] = {}
        for e in linked:
            self.by_span.setdefault(e.span.lower(), []).append(e)
        self.protected = sorted(self.by_span, key=len, reverse=True)
        self.single_clause = len(parsed.positive()) == 1

    def group(self, parts: list[str], occur: Occur, boost: float | None = None) -> None:
        sign = {"MUST": "+", "MUST_NOT": "-", "SHOULD": ""}[occur]
        suffix = f"^{boost:g}" if boost is not None and occur != "MUST_NOT" else ""
        self.groups.append(f"{sign}({' '.join(parts)}){suffix}")

    def mark(self, term: str, display: str | None = None) -> None:
        self.terms.setdefault(display or term, None)
        self.highlight.setdefault(term, None)

    def entity(self, ents: list[LinkedEntity], occur: Occur) -> None:
        names = _entity_group(ents)
        span = ents[0].span.lower()
        parts = _alternatives(span, phrase=True)
        # other names and aliases find the documents that do not use the query's form; a name that
        # contains another (华信银行 ⊃ 华信) adds nothing the phrase of the shorter one does not match
        others = [n for n in names if n != span and not any(o != n and o in n for o in names)]
        parts += [_boosted(a, ALIAS_BOOST) for n in others for a in _alternatives(n, phrase=True)]
        self.group(parts, occur, ENTITY_BOOST)
        if occur != "MUST_NOT":
            for ent in ents:
                self.linked_used.setdefault(ent, None)
            self.terms.setdefault(ents[0].span, None)
            for name in names:
                self.highlight.setdefault(name, None)

    def piece(self, piece: str, occur: Occur) -> None:
        ent = self.by_span.get(piece.lower())
        if ent is not None:
            self.entity(ent, occur)
        elif occur == "MUST_NOT":
            self.group(_alternatives(piece, phrase=True), occur)
        elif len(piece) == 1:
            return  # a lone character left by dropping stop words carries no meaning
        elif occur == "MUST" or len(piece) <= 2:
            self.group(_alternatives(piece, phrase=True), occur)
            self.mark(piece)
        else:
            # any bigram matches; the whole run, contiguous, scores twice as much
            bare = _alternatives(piece, phrase=False)
            whole = [_boosted(a, 2) for a in _alternatives(piece, phrase=True)]
            self.group([*bare, *whole], occur)
            self.mark(piece)

    def latin(self, word: str, occur: Occur) -> None:
        ent = self.by_span.get(word)
        if ent is not None:
            self.entity(ent, occur)
            return
        if occur != "MUST_NOT" and word in EN_STOP_WORDS:
            return
        self.group([lucene_term(word)], occur)
        if occur == "MUST_NOT":
            return
        self.mark(word)
        extra = GLOSSARY.get(word)
        if extra:
            self.group([lucene_phrase(w) for w in extra], "SHOULD", 0.5)
            for w in extra:
                self.highlight.setdefault(w, None)

    def clause(self, clause: Clause) -> None:
        text = clause.text.lower()
        if clause.phrase:
            ent = self.by_span.get(text)
            if ent is not None:
                self.entity(ent, clause.occur)
                return
            self.group(_alternatives(text, phrase=True), clause.occur)
            if clause.occur != "MUST_NOT":
                self.mark(text)
            return
        if clause.prefix:
            stem = text.rstrip("*")
            if is_cjk(stem) and len(stem) >= 2:
                # bigrams of the stem match any word it begins
                self.group(_alternatives(stem, phrase=True), clause.occur)
            elif len(stem) >= (1 if is_cjk(stem) else 2):
                self.group([escape_lucene(stem) + "*"], clause.occur)
            else:
                return
            if clause.occur != "MUST_NOT":
                self.mark(stem, stem + "*")
            return
        for m in _CHUNK_RE.finditer(text):
            chunk = m.group(0)
            if not is_cjk(chunk):
                self.latin(chunk, clause.occur)
                continue
            if clause.occur == "MUST_NOT":
                self.group(_alternatives(chunk, phrase=True), clause.occur)
                continue
            pieces = split_cjk_run(chunk, self.protected) or [chunk]
            meaningful = [p for p in pieces if len(p) > 1 or p.lower() in self.by_span]
            if not meaningful and self.single_clause and len(chunk) == 1:
                # the whole query is one character: a prefix over the indexed bigrams
                self.group([escape_lucene(chunk) + "*"], clause.occur)
                self.mark(chunk)
                continue
            for piece in pieces:
                self.piece(piece, clause.occur)

    def result(self) -> BuiltQuery:
        for clause in self.parsed.clauses:
            self.clause(clause)
        # multi-word Latin names ("zhongtai data") are linked on the whole query
        for ent in self.linked:
            if ent not in self.linked_used and " " in ent.span:
                self.entity([ent], "SHOULD")
        positive = any(not g.startswith("-") for g in self.groups)
        return BuiltQuery(
            lucene=" ".join(self.groups) if positive else "",
            highlight_terms=tuple(self.highlight),
            linked=tuple(self.linked_used),
            terms=tuple(self.terms),
        )


def build(parsed: ParsedQuery, linked: Sequence[LinkedEntity] = ()) -> BuiltQuery:
    """Write the Lucene query for the parsed clauses; `linked` entities are kept whole and expanded."""
    return _Builder(parsed, linked).result()


def entity_probe(parsed: ParsedQuery) -> str:
    """A loose Lucene query over the entity index used to find names mentioned in the query."""
    parts: list[str] = []
    for clause in parsed.positive():
        for m in _CHUNK_RE.finditer(clause.text.lower()):
            chunk = m.group(0)
            if not is_cjk(chunk) and (chunk in EN_STOP_WORDS or len(chunk) < 2):
                continue
            parts.append(lucene_term(chunk))
    return " ".join(parts[: MAX_CLAUSES * 2])


def link_entities(parsed: ParsedQuery, candidates: Iterable[dict[str, object]]) -> list[LinkedEntity]:
    """Keep the candidates one of whose names occurs in the query (longest mentions win)."""
    query_lower = parsed.normalized.lower()
    compact = norm_name(parsed.normalized)
    found: list[tuple[int, LinkedEntity]] = []
    for row in candidates:
        names = [str(n) for n in [row.get("name"), *(row.get("aliases") or [])] if n]  # type: ignore[misc]
        best: str | None = None
        for name in names:
            key = norm_name(normalize_query(name))
            if len(key) < 2 or (not is_cjk(key) and len(key) < 3) or key not in compact:
                continue
            # the span as it appears in the query
            span = normalize_query(name).lower()
            if span not in query_lower:
                continue
            if best is None or len(span) > len(best):
                best = span
        if best is not None:
            ent = LinkedEntity(
                id=str(row["id"]),
                name=str(row.get("name") or ""),
                type=str(row.get("type") or ""),
                names=tuple(names),
                span=best,
            )
            found.append((len(best), ent))
    found.sort(key=lambda t: (-t[0], t[1].id))
    kept: list[LinkedEntity] = []
    for _, ent in found:
        # drop an entity whose span lies inside a longer kept span (中太 inside 中太数据) unless same span
        if any(ent.span != k.span and ent.span in k.span for k in kept):
            continue
        kept.append(ent)
    return kept


_COMPOUND_SURNAMES = (
    "欧阳",
    "诸葛",
    "司马",
    "上官",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
    "长孙",
    "宇文",
    "司徒",
    "夏侯",
    "端木",
    "独孤",
)
#: honorific suffix → words one of which the person's title contains for the form to fit best
_HONORIFICS: dict[str, tuple[str, ...]] = {
    "总": ("总经理", "总裁", "总监", "副总", "总工"),
    "董": ("董事",),
    "董事长": ("董事长",),
    "行": ("行长",),
    "行长": ("行长",),
    "院": ("院长",),
    "院长": ("院长",),
    "局": ("局长",),
    "局长": ("局长",),
    "处": ("处长",),
    "处长": ("处长",),
    "科": ("科长",),
    "科长": ("科长",),
    "主任": ("主任",),
    "部长": ("部长",),
    "经理": ("经理",),
    "组长": ("组长",),
    "工": ("工程师", "架构师", "专责", "班长", "主管", "DBA", "分析师", "骨干", "负责人", "组长"),
    "老师": (),
    "博士": (),
}


def surname(name: str) -> str:
    return name[:2] if name.startswith(_COMPOUND_SURNAMES) else name[:1]


def link_people(parsed: ParsedQuery, staff: Iterable[dict[str, object]]) -> list[LinkedEntity]:
    """People of the organisations named in the query, referred to by honorific (穆工, 张总, 小姚),
    by full name or by alias. When a form fits several people, those whose title fits it win."""
    query = parsed.normalized.lower()
    by_span: dict[str, list[tuple[bool, LinkedEntity]]] = {}
    for row in staff:
        name = str(row.get("name") or "")
        if not name or not is_cjk(name):
            continue
        title = str(row.get("title") or "")
        sur = surname(name)
        aliases = [str(a) for a in (row.get("aliases") or [])]  # type: ignore[attr-defined]
        forms: dict[str, bool] = {name: True}
        for a in aliases:
            if len(norm_name(a)) >= 2:
                forms[normalize_query(a).lower()] = True
        for suffix, words in _HONORIFICS.items():
            forms.setdefault(sur + suffix, not words or any(w in title for w in words))
        forms.setdefault("小" + sur, True)
        forms.setdefault("老" + sur, True)
        for form, fits in forms.items():
            if form in query:
                ent = LinkedEntity(
                    id=str(row["id"]), name=name, type="Person", names=(name, *aliases), span=form
                )
                by_span.setdefault(form, []).append((fits, ent))
    out: list[LinkedEntity] = []
    for _span, cands in sorted(by_span.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        fitting = [e for fits, e in cands if fits] or [e for _, e in cands]
        unique = list({e.id: e for e in fitting}.values())
        if len(unique) <= 3:
            out.extend(unique)
    kept: list[LinkedEntity] = []
    for ent in out:
        if any(ent.span != k.span and ent.span in k.span for k in kept):
            continue
        kept.append(ent)
    return kept


# ----------------------------------------------------------------------------- highlighting
@dataclass(frozen=True)
class Snippet:
    """A passage of the stored text with the matched terms; offsets are into the original text."""

    start: int
    end: int
    text: str
    highlighted: str  # HTML-escaped text with <em>…</em> around matches
    matches: tuple[tuple[int, int], ...] = field(default=())  # (start, end) relative to `text`


def _fold(text: str) -> str:
    """Lower-case without changing the length (so offsets stay valid)."""
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


def find_matches(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Offsets of the terms in the (normalised) text; a Chinese term not found whole is matched by its
    bigrams, as the index matched it. Overlapping spans are merged."""
    folded = _fold(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        t = _fold(term.strip())
        if not t:
            continue
        hits = _occurrences(folded, t)
        if not hits and is_cjk(t) and len(t) > 2 and " " not in t:
            for i in range(len(t) - 1):
                hits.extend(_occurrences(folded, t[i : i + 2]))
        if not is_cjk(t):
            hits = [(s, e) for s, e in hits if _word_boundary(folded, s, e)]
        spans.extend(hits)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _occurrences(text: str, term: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = text.find(term)
    while start >= 0:
        out.append((start, start + len(term)))
        start = text.find(term, start + len(term))
    return out


def _word_boundary(text: str, s: int, e: int) -> bool:
    before = text[s - 1] if s > 0 else " "
    return not (before.isascii() and before.isalnum())


_SENTENCE_END = "。！？!?；;\n"


def snippets(
    original: str,
    terms: Sequence[str],
    *,
    size: int = 80,
    max_snippets: int = 3,
) -> list[Snippet]:
    """The best passages (~`size` characters) around the matches, in text order."""
    from ingest.normalize import normalize

    norm = normalize(original)
    matches = find_matches(norm.text, terms)
    matches = [norm.to_original(s, e) for s, e in matches]
    if not matches:
        return []
    # group matches into windows of at most `size` characters
    windows: list[list[tuple[int, int]]] = []
    for s, e in matches:
        if windows and e - windows[-1][0][0] <= size:
            windows[-1].append((s, e))
        else:
            windows.append([(s, e)])
    folded = _fold(norm.text)

    def weight(win: list[tuple[int, int]]) -> tuple[int, int]:
        distinct = {folded[s:e] for s, e in win}
        return (len(distinct), sum(e - s for s, e in win))

    best = sorted(range(len(windows)), key=lambda i: (-weight(windows[i])[0], -weight(windows[i])[1], i))
    chosen = sorted(best[:max_snippets])
    out: list[Snippet] = []
    for i in chosen:
        win = windows[i]
        first, last = win[0][0], win[-1][1]
        room = max(0, size - (last - first))
        start = max(0, first - room // 3)
        # start at a sentence boundary when one is near
        for j in range(first - 1, start - 1, -1):
            if original[j] in _SENTENCE_END:
                start = j + 1
                break
        end = min(len(original), max(last, start + size))
        for j in range(last, end):
            if original[j] in _SENTENCE_END:
                end = j + 1
                break
        out.append(_snippet(original, start, end, win))
    return out


def _snippet(original: str, start: int, end: int, win: list[tuple[int, int]]) -> Snippet:
    rel = tuple((max(s, start) - start, min(e, end) - start) for s, e in win if s < end and e > start)
    text = original[start:end]
    parts: list[str] = []
    pos = 0
    for s, e in rel:
        parts.append(html.escape(text[pos:s]))
        parts.append("<em>" + html.escape(text[s:e]) + "</em>")
        pos = e
    parts.append(html.escape(text[pos:]))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(original) else ""
    return Snippet(
        start=start,
        end=end,
        text=text,
        highlighted=prefix + "".join(parts).replace("\n", " ") + suffix,
        matches=rel,
    )


def highlight_all(text: str, terms: Sequence[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The whole (short) text with every match marked: titles and names."""
    from ingest.normalize import normalize

    norm = normalize(text)
    spans = [norm.to_original(s, e) for s, e in find_matches(norm.text, terms)]
    snip = _snippet(text, 0, len(text), spans)
    return snip.highlighted, snip.matches
