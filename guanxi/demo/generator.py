"""Seeded, deterministic demo data for Guanxi: accounts, people, decision roles, stances and documents.

`generate(accounts, seed)` returns one `Bundle`; `iter_chunks(accounts, seed, chunk_size=...)` yields the
same data as a stream of self-consistent bundles (everything a chunk references is in that chunk or an
earlier one; global entities - our company and reps, competitors, products, channels, suppliers - come
in the first chunk). Each account is generated from its own `random.Random` seeded by (seed, index), so
the content does not depend on the chunk size and `generate(n)` equals the concatenation of the chunks.

Facts are generated first; visit notes and clippings are then written to *state* those facts, and
each fact a document states carries `sources=[doc_id]` plus the sentence as `evidence`. Dates are
relative to the fixed anchor `ANCHOR` (2026-11-30); nothing depends on the clock or global random state.
"""

from __future__ import annotations

import bisect
import datetime as dt
import gc
import math
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from graph.bundle import (
    Bundle,
    DocumentIn,
    EmploymentIn,
    InfluenceIn,
    KnowsIn,
    OpportunityIn,
    OrganizationIn,
    OrgRelationIn,
    OrgUnitIn,
    PersonIn,
    ProductIn,
    ProductUseIn,
    ReportsToIn,
    RoleIn,
    StanceIn,
)
from graph.enums import (
    ChannelType,
    CompetitivePosition,
    ContributionClass,
    CustomerStage,
    DecisionRole,
    DocumentKind,
    FunnelPosition,
    IntelSourceType,
    NeedLevel,
    OpportunityStatus,
    OrgRelationType,
    OrgRole,
    RelationshipLevel,
    Stance,
    SupportLevel,
    Tactic,
    UnitKind,
    ValueClass,
    WinRate,
)
from guanxi.demo import catalog as cat
from guanxi.demo import names as nm
from guanxi.demo import templates as tp

ANCHOR = dt.date(2026, 11, 30)
_T = TypeVar("_T")
US_ID = cat.US_ID
_DAY = dt.timedelta(days=1)

#: suffixes (after the surname) of the honorific forms notes use for people: 张总, 李工, 王行 ...
HONORIFIC_SUFFIXES = (
    "董事长",
    "董",
    "行长",
    "行",
    "院长",
    "院",
    "局长",
    "局",
    "处长",
    "处",
    "科长",
    "科",
    "主任",
    "总",
    "部长",
    "经理",
    "组长",
    "工",
)


def honorifics(surname: str, title: str) -> tuple[str, ...]:
    """The honorific forms of a person with this surname and title (the first is the usual one)."""
    s = surname
    if "董事长" in title:
        return (s + "董", s + "董事长")
    if "行长" in title:
        return (s + "行", s + "行长")
    for suffix, forms in (
        ("院长", ("院长", "院")),
        ("局长", ("局", "局长")),
        ("处长", ("处", "处长")),
        ("科长", ("科", "科长")),
        ("主任", ("主任",)),
        ("总经理", ("总",)),
        ("总裁", ("总",)),
        ("总监", ("总",)),
        ("部长", ("部长",)),
        ("经理", ("经理",)),
        ("组长", ("组长", "工")),
    ):
        if title.endswith(suffix):
            return tuple(s + f for f in forms)
    if title.endswith(("工程师", "架构师", "专责", "班长", "主管", "DBA", "分析师", "骨干", "负责人")):
        return (s + "工",)
    return ("小" + s,)


# ------------------------------------------------------------------------------------------------
# name spaces


def _global_text() -> str:
    parts: list[str] = [cat.US_NAME, *cat.US_ALIASES]
    for c in cat.COMPETITORS:
        parts += [c.name, c.short, *c.aliases]
        for pname, paliases, _ in c.products:
            parts += [pname, *paliases]
    for _, pname, paliases, _ in cat.OUR_PRODUCTS:
        parts += [pname, *paliases]
    parts += [t[1] + "|" + t[2] for t in cat.TARGETS]
    parts += [t[1] + "|" + t[2] for t in cat.CHANNELS]
    parts += [t[1] + "|" + t[2] for t in cat.SUPPLIERS]
    return "|".join(parts)


def _build_cores() -> list[tuple[str, str]]:
    reserved = _global_text()
    cores = []
    for a, apy in nm.CORE_A:
        for b, bpy in nm.CORE_B:
            core = a + b
            if a == b or core in nm.CORE_BLOCKLIST or core in reserved:
                continue
            cores.append((core, apy + bpy.lower()))
    return cores


_CORES = _build_cores()
_NCORES = len(_CORES)


def _coprime_step(n: int) -> int:
    step = int(n * 0.6180339887) | 1
    while math.gcd(step, n) != 1:
        step += 2
    return step


_STEP = _coprime_step(_NCORES)


@dataclass(slots=True)
class _Ident:
    idx: int
    id: str
    ind: cat.Industry
    core: str
    core_py: str
    region: str
    region_py: str
    name: str
    aliases: list[str]
    en: str


def account_id(idx: int) -> str:
    return f"org-a{idx:05d}"


def _identity(seed: int, idx: int) -> _Ident:
    """Name, aliases, region and industry of account `idx`: a cheap pure function of (seed, idx)."""
    r = random.Random(f"{seed}:ident:{idx}")
    ind = cat.INDUSTRIES[cat.INDUSTRY_CYCLE[idx % len(cat.INDUSTRY_CYCLE)]]
    core, core_py = _CORES[(idx * _STEP + seed * 7919) % _NCORES]
    region, region_py = _pick(r, nm.REGIONS)
    pattern, alias_patterns = ind.names[r.randrange(len(ind.names))]
    name = pattern.format(region=region, core=core)
    aliases = [a.format(region=region, core=core) for a in alias_patterns]
    if idx >= _NCORES:  # the core space is exhausted: qualify the short names by region
        aliases = [a if a.startswith(region) else region + a for a in aliases]
    elif ind.key not in ("government", "hospital"):
        aliases.append(core)
    en = ind.en.format(Core=core_py, Region=region_py.replace("'", ""))
    aliases.append(en)
    aliases = list(dict.fromkeys(aliases))
    return _Ident(idx, account_id(idx), ind, core, core_py, region, region_py, name, aliases, en)


# ------------------------------------------------------------------------------------------------
# internal records (mutable; turned into bundle models at the end of an account)


@dataclass(slots=True)
class _Src:
    sources: list[str] = field(default_factory=list)
    evidence: str | None = None

    def cite(self, doc_id: str, sentence: str) -> None:
        if doc_id not in self.sources:
            self.sources.append(doc_id)
        if self.evidence is None:
            self.evidence = sentence


@dataclass(slots=True, eq=False)
class _Unit:
    id: str
    name: str
    en: str
    kind: UnitKind


@dataclass(slots=True, eq=False)
class _Person:
    id: str
    name: str
    surname: str
    py: str
    py_sur: str
    title: str
    title_en: str
    hons: tuple[str, ...]
    unit: _Unit | None
    slot: str
    since: dt.date
    emp: _Src
    mgr: _Person | None = None
    level: int = 2
    prev: tuple[str, str, str, dt.date] | None = None  # (org id, org short, title, since)
    prev_src: _Src | None = None
    introduced: bool = False


@dataclass(slots=True, eq=False)
class _Comp:
    id: str
    name: str
    short: str
    aliases: tuple[str, ...]
    products: list[tuple[str, str, str, str]]  # (id, name, short alias, category)


@dataclass(slots=True, eq=False)
class _Opp:
    id: str
    name: str
    topic: cat.Topic
    created: dt.date
    decision: dt.date
    amount_wan: float
    status: OpportunityStatus
    comps: list[_Comp]
    products: list[tuple[str, str, str, str]]
    owner: str
    won_product: tuple[str, str, str, str] | None = None
    winner: _Comp | None = None
    budget_src: _Src = field(default_factory=_Src)


@dataclass(slots=True)
class _Role:
    opp: _Opp | None
    role: DecisionRole
    person: _Person | None
    unit: _Unit | None
    weight: float
    power: float
    src: _Src = field(default_factory=_Src)


@dataclass(slots=True)
class _Ev:
    """Something a note can state. `kind` selects the phrasing; `refs` are what it needs."""

    kind: str
    persons: tuple[_Person, ...] = ()
    data: Any = None
    src: _Src | None = None
    opp: _Opp | None = None


class _Globals:
    """Entities shared by all accounts; built once per (seed, accounts)."""

    def __init__(self, seed: int, accounts: int) -> None:
        r = random.Random(f"{seed}:globals")
        self.seed = seed
        self.us_products = [
            (f"prod-zt-{k}", name, aliases[0], category) for k, name, aliases, category in cat.OUR_PRODUCTS
        ]
        self.us_by_cat: dict[str, list[tuple[str, str, str, str]]] = {}
        for prod in self.us_products:
            self.us_by_cat.setdefault(prod[3], []).append(prod)
        self.comps: list[_Comp] = []
        self.comp_by_cat: dict[str, list[_Comp]] = {}
        for c in cat.COMPETITORS:
            prods = [(f"prod-{c.key}-{i + 1}", pn, pa[0], pc) for i, (pn, pa, pc) in enumerate(c.products)]
            comp = _Comp(f"org-{c.key}", c.name, c.short, c.aliases, prods)
            self.comps.append(comp)
            for pr in prods:
                lst = self.comp_by_cat.setdefault(pr[3], [])
                if comp not in lst:
                    lst.append(comp)
        self.channels = [
            (f"org-{k}", name, short, region, ChannelType(ct), vendors)
            for k, name, short, region, ct, vendors in cat.CHANNELS
        ]
        self.our_channels = [c for c in self.channels if "us" in c[5]]
        self.suppliers = [(f"org-{k}", name, short, what) for k, name, short, what in cat.SUPPLIERS]
        # our reps
        used: set[str] = set()
        self.reps: list[_Person] = []
        for i, (title, title_en) in enumerate(cat.REP_TITLES):
            p = _make_person(
                r,
                f"per-rep-{i + 1:02d}",
                used,
                title,
                title_en,
                None,
                "rep",
                ANCHOR - _DAY * r.randint(400, 3000),
            )
            self.reps.append(p)
        self.rep_en = {p.id: f"{nm.ENGLISH_GIVEN[i]} {p.py_sur}" for i, p in enumerate(self.reps)}
        self.owners = self.reps[:7]
        self.presales = self.reps[7:]
        self.accounts = accounts


def _make_person(
    r: random.Random,
    pid: str,
    used: set[str],
    title: str,
    title_en: str,
    unit: _Unit | None,
    slot: str,
    since: dt.date,
) -> _Person:
    for _ in range(50):
        surname, spy = _pick(r, nm.SURNAMES)
        if surname not in used:
            break
    used.add(surname)
    g1, g1py = _pick(r, nm.GIVEN)
    if r.random() < 0.72:
        g2, g2py = _pick(r, nm.GIVEN)
        if g2 == g1:
            g2, g2py = nm.GIVEN[(nm.GIVEN.index((g2, g2py)) + 7) % len(nm.GIVEN)]
        given, gpy = g1 + g2, g1py + g2py
    else:
        given, gpy = g1, g1py
    py = f"{spy} {gpy.capitalize()}"
    return _Person(
        id=pid,
        name=surname + given,
        surname=surname,
        py=py,
        py_sur=spy,
        title=title,
        title_en=title_en,
        hons=honorifics(surname, title),
        unit=unit,
        slot=slot,
        since=since,
        emp=_Src(),
    )


# ------------------------------------------------------------------------------------------------
# output accumulator


class _Out:
    """Lists of bundle records, filled per chunk."""

    def __init__(self) -> None:
        self.organizations: list[OrganizationIn] = []
        self.units: list[OrgUnitIn] = []
        self.persons: list[PersonIn] = []
        self.employments: list[EmploymentIn] = []
        self.reports_to: list[ReportsToIn] = []
        self.influences: list[InfluenceIn] = []
        self.knows: list[KnowsIn] = []
        self.products: list[ProductIn] = []
        self.product_uses: list[ProductUseIn] = []
        self.org_relations: list[OrgRelationIn] = []
        self.opportunities: list[OpportunityIn] = []
        self.roles: list[RoleIn] = []
        self.stances: list[StanceIn] = []
        self.documents: list[DocumentIn] = []

    def bundle(self) -> Bundle:
        return Bundle.model_construct(**{name: getattr(self, name) for name in Bundle.model_fields})


def _prov(src: _Src | None) -> dict[str, Any]:
    if src is None or not src.sources:
        return {}
    return {"sources": list(src.sources), "evidence": src.evidence}


# ------------------------------------------------------------------------------------------------
# global entities


def _emit_globals(g: _Globals, out: _Out) -> None:
    seed = g.seed
    r = random.Random(f"{seed}:global-docs")
    out.organizations.append(
        OrganizationIn(
            id=US_ID,
            name=cat.US_NAME,
            aliases=list(cat.US_ALIASES),
            roles=[OrgRole.US],
            industry="数据平台软件",
            region="上海",
            description="数据平台厂商：数据中台、BI、主数据、数据治理、实时计算、计费结算",
        )
    )
    for k, (pid, name, _alias, category) in enumerate(g.us_products):
        aliases = list(cat.OUR_PRODUCTS[k][2])
        out.products.append(ProductIn(id=pid, name=name, aliases=aliases, maker_id=US_ID, category=category))
    for p in g.reps:
        out.persons.append(
            PersonIn(
                id=p.id,
                name=p.name,
                aliases=[g.rep_en[p.id], p.py],
                is_rep=True,
                email=f"{p.py.lower().replace(' ', '.')}@zhongtai-data.example",
            )
        )
        out.employments.append(EmploymentIn(person_id=p.id, org_id=US_ID, title=p.title, since=p.since))
    for c, spec in zip(g.comps, cat.COMPETITORS, strict=True):
        out.organizations.append(
            OrganizationIn(
                id=c.id,
                name=c.name,
                aliases=[c.short, *c.aliases],
                roles=[OrgRole.COMPETITOR],
                industry="软件/数据平台",
                region=spec.region,
                competitive_position=CompetitivePosition(spec.position),
            )
        )
        for i, (pid, pname, _, pcat) in enumerate(c.products):
            out.products.append(
                ProductIn(id=pid, name=pname, aliases=list(spec.products[i][1]), maker_id=c.id, category=pcat)
            )
        out.org_relations.append(
            OrgRelationIn(type=OrgRelationType.COMPETES_WITH, source_id=c.id, target_id=US_ID)
        )
    for key, name, short, business in cat.TARGETS:
        out.organizations.append(
            OrganizationIn(
                id=f"org-{key}",
                name=name,
                aliases=[short],
                roles=[OrgRole.COMPETITOR],
                industry="软件",
                description=business,
                competitive_position=CompetitivePosition.SPECIALIST,
            )
        )
    for cid, name, short, region, ctype, _vendors in g.channels:
        out.organizations.append(
            OrganizationIn(
                id=cid,
                name=name,
                aliases=[short],
                roles=[OrgRole.CHANNEL],
                industry="IT服务",
                region=region,
                channel_type=ctype,
            )
        )
    for sid, name, short, what in g.suppliers:
        out.organizations.append(
            OrganizationIn(
                id=sid,
                name=name,
                aliases=[short],
                roles=[OrgRole.SUPPLIER],
                industry="IT硬件/基础设施",
                description=what,
            )
        )
    # competitor executives
    used: set[str] = set()
    execs: list[tuple[_Person, _Comp]] = []
    for c in g.comps:
        for j, (title, title_en) in enumerate((("总经理", "General Manager"), ("副总裁", "Vice President"))):
            p = _make_person(
                r,
                f"per-{c.id[4:]}-{j + 1}",
                used,
                title,
                title_en,
                None,
                "exec",
                ANCHOR - _DAY * r.randint(900, 4000),
            )
            execs.append((p, c))
    docs: list[DocumentIn] = []
    n_doc = 0

    def new_doc(date: dt.date, title: str, text: str, mentions: list[str], pub: int | None = None) -> str:
        nonlocal n_doc
        n_doc += 1
        did = f"doc-g-c{n_doc:03d}"
        pname, slug = nm.PUBLICATIONS[pub if pub is not None else r.randrange(len(nm.PUBLICATIONS) - 1)]
        docs.append(
            DocumentIn(
                id=did,
                kind=DocumentKind.CLIPPING,
                title=title,
                text=text,
                date=date,
                source=pname,
                url=f"https://{slug}.example.cn/{date:%Y/%m%d}/{did}.html",
                source_type=IntelSourceType.MEDIA,
                mentions=mentions,
            )
        )
        return did

    # personnel moves between competitors (a few execs change employer)
    moves: dict[str, tuple[_Comp, dt.date, str]] = {}
    for k in range(3):
        p, c_old = execs[(k * 7 + 2) % len(execs)]
        c_new = g.comps[(g.comps.index(c_old) + 3 + k) % len(g.comps)]
        when = ANCHOR - _DAY * r.randint(60, 500)
        new_title = _pick(r, ("高级副总裁", "首席运营官", "副总裁"))
        text = (
            f"【人事】{c_new.name}{when.month}月{when.day}日宣布，原{c_old.name}{p.title}{p.name}正式加盟，"
            f"出任{c_new.short}{new_title}，分管{_pick(r, ('金融', '公共事业', '制造', '医疗'))}行业线。"
            f"{p.name}在{c_old.short}任职{r.randint(5, 14)}年，"
            f"主导过多个大型数据平台项目。{c_new.short}方面表示，"
            f"此次人事调整将加快旗下{c_new.products[0][1]}的商业化进程。业内人士认为，这意味着{c_new.short}"
            f"在华东市场将与{c_old.short}、中太数据等厂商形成更直接的竞争。"
        )
        did = new_doc(
            when, f"{p.name}加盟{c_new.short}", text, [c_new.id, c_old.id, p.id, c_new.products[0][0], US_ID]
        )
        moves[p.id] = (c_new, when, new_title)
        src = _Src([did], text.split("，")[0] + "，" + text.split("，")[1])
        p.prev = (c_old.id, c_old.short, p.title, p.since)
        p.prev_src = src
        p.emp = src
    for p, c in execs:
        out.persons.append(PersonIn(id=p.id, name=p.name, aliases=[p.py]))
        if p.id in moves:
            c_new, when, new_title = moves[p.id]
            out.employments.append(
                EmploymentIn(
                    person_id=p.id,
                    org_id=c.id,
                    title=p.title,
                    since=p.since,
                    until=when - _DAY * 20,
                    **_prov(p.prev_src),
                )
            )
            out.employments.append(
                EmploymentIn(person_id=p.id, org_id=c_new.id, title=new_title, since=when, **_prov(p.emp))
            )
        else:
            out.employments.append(EmploymentIn(person_id=p.id, org_id=c.id, title=p.title, since=p.since))
    # acquisitions
    for k, (key, name, short, business) in enumerate(cat.TARGETS):
        buyer = g.comps[(k * 5 + 1) % len(g.comps)]
        gm, _ = execs[g.comps.index(buyer) * 2]
        when = ANCHOR - _DAY * r.randint(30, 520)
        pct = 100 if k % 3 else _pick(r, (30, 35, 40))
        price = round(r.uniform(0.8, 4.5), 1)
        rel_type = OrgRelationType.ACQUIRES if pct > 50 else OrgRelationType.INVESTS_IN
        verb = "收购" if pct > 50 else "入股"
        text = (
            f"【并购】{buyer.name}{when.month}月{when.day}日晚间公告，拟以现金{price}亿元{verb}{name}{pct}%股权。"
            f"{short}成立于{r.randint(2012, 2019)}年，主营"
            f"{business}，在华东城商行、医院和制造业市场有一定份额。"
            f"公告称，交易完成后{short}将"
            f"{'作为全资子公司独立运营' if pct == 100 else '与' + buyer.short + '开展深度合作'}。"
            f"{buyer.short}总经理{gm.name}表示，此次{verb}将补齐{buyer.short}在{business}领域的短板。"
            f"有分析人士指出，交易完成后{buyer.short}将与中太数据形成更直接的竞争。"
        )
        did = new_doc(when, f"{buyer.short}{verb}{short}", text, [buyer.id, f"org-{key}", gm.id, US_ID])
        rel = OrgRelationIn(
            type=rel_type,
            source_id=buyer.id,
            target_id=f"org-{key}",
            sources=[did],
            evidence=text.split("。")[0] + "。",
            valid_from=when,
        )
        out.org_relations.append(rel)
    # channel agreements
    for k, (cid, name, short, region, ctype, vendors) in enumerate(g.channels):
        for vk in vendors:
            vid = US_ID if vk == "us" else f"org-{vk}"
            vshort = cat.US_NAME if vk == "us" else next(c.short for c in g.comps if c.id == vid)
            src = _Src()
            if (k + len(vk)) % 3 == 0:
                when = ANCHOR - _DAY * r.randint(40, 600)
                role = {"INTEGRATOR": "集成合作伙伴", "AGENT": "授权代理商", "DISTRIBUTOR": "区域分销商"}[
                    ctype.value
                ]
                text = (
                    f"{when.month}月{when.day}日，{vshort}与{name}在{region}签署渠道合作协议，{short}正式成为"
                    f"{vshort}在{region}及周边地区的{role}。根据协议，双方将围绕数据平台和行业解决方案开展联合"
                    f"销售与交付，{short}将组建专职团队负责{vshort}产品的售前支持和实施服务。"
                    f"{vshort}渠道负责人表示，{region}是华东数字化投入增长最快的城市之一。"
                )
                did = new_doc(when, f"{short}成为{vshort}{role}", text, [vid, cid])
                src.cite(did, text.split("，")[0] + "，" + text.split("，")[1])
            out.org_relations.append(
                OrgRelationIn(type=OrgRelationType.CHANNEL_FOR, source_id=cid, target_id=vid, **_prov(src))
            )
    # our partnerships with suppliers
    for k, (sid, name, short, what) in enumerate(g.suppliers[:3]):
        when = ANCHOR - _DAY * r.randint(50, 450)
        prod = g.us_products[k]
        text = (
            f"{when.month}月{when.day}日，中太数据与{name}联合发布“{what}+数据平台”一体化解决方案，将{prod[1]}"
            f"与{short}的{what}预集成，主打城商行、农商行和公用事业"
            f"客户的{_pick(r, ('监管报送', '实时分析', '数据治理'))}"
            f"场景。{short}方面介绍，双方已在多家客户完成联合验证。据悉，该方案将通过两家公司的渠道体系共同销售。"
        )
        did = new_doc(when, f"中太数据与{short}联合发布解决方案", text, [US_ID, sid, prod[0]])
        out.org_relations.append(
            OrgRelationIn(
                type=OrgRelationType.PARTNERS_WITH,
                source_id=US_ID,
                target_id=sid,
                sources=[did],
                evidence=text.split("，")[0] + "，" + text.split("，")[1],
                valid_from=when,
            )
        )
    # product launches (one in English)
    for k in range(3):
        c = g.comps[(k * 4 + 2) % len(g.comps)]
        pid, pname, palias, pcat = c.products[-1]
        when = ANCHOR - _DAY * r.randint(20, 400)
        if k == 2:
            text = (
                f"SHANGHAI, {nm.MONTHS_EN[when.month - 1]} {when.day} - {c.name} ({c.aliases[-1]}) launched "
                f"{pname} on {nm.WEEKDAYS_EN[when.weekday()]}, a "
                f"{pcat} product aimed at city commercial banks, "
                f"utilities and manufacturers in East China. The"
                f" company said the release cuts deployment time "
                f"by about a third and is priced below rival offerings from 中太数据 (Zhongtai Data)."
            )
            pub: int | None = len(nm.PUBLICATIONS) - 1
        else:
            text = (
                f"{when.month}月{when.day}日，{c.name}在"
                f"{_pick(r, ('杭州', '南京', '上海', '合肥'))}举行新品发布会，"
                f"正式推出{pname}。{c.short}方面介绍，新版本重点强化了{pcat}能力和信创适配，"
                f"已在{r.randint(3, 12)}家客户完成试点。{c.short}表"
                f"示，将以更低的价格切入城商行和公用事业市场。"
            )
            pub = None
        new_doc(when, f"{c.short}发布{palias}", text, [c.id, pid] + ([US_ID] if k == 2 else []), pub)
    out.documents.extend(docs)


# ------------------------------------------------------------------------------------------------
# one account


_STANCES = (Stance.OPPOSED, Stance.NEUTRAL, Stance.SUPPORTIVE)
_ROLE_ORDER = (
    DecisionRole.INITIATOR,
    DecisionRole.SEARCHER,
    DecisionRole.DECIDER,
    DecisionRole.USER,
    DecisionRole.EVALUATOR,
)


def _rel_month(d: dt.date, ref: dt.date) -> str:
    if d.year == ref.year:
        return f"今年{d.month}月"
    if d.year == ref.year + 1:
        return f"明年{d.month}月"
    if d.year == ref.year - 1:
        return f"去年{d.month}月"
    return f"{d.year}年{d.month}月"


def _pick(r: random.Random, seq: Sequence[_T]) -> _T:
    """`r.choice` without the rejection sampling (faster; still deterministic)."""
    return seq[int(r.random() * len(seq))]


def _first_sentence(text: str) -> str:
    if "。" in text:
        return text.split("。")[0] + "。"
    return text.split(". ")[0] + "."


def _truncate(d: dict[Any, None], n: int) -> None:
    for key in list(d)[n:]:
        del d[key]


def _fmt_wan(x: float) -> str:
    return f"{x:.0f}" if x == int(x) else f"{x:.1f}"


class _AccountGen:
    def __init__(
        self,
        g: _Globals,
        idx: int,
        notes_per_account: float,
        contacts_per_account: float,
        n_clippings: int | None,
    ) -> None:
        self.g = g
        self.idx = idx
        self.r = random.Random(f"{g.seed}:account:{idx}")
        self.ident = _identity(g.seed, idx)
        self.npa = notes_per_account
        self.cpa = contacts_per_account
        self.n_clip = n_clippings
        self.aid = self.ident.id
        self.tag = f"a{idx:05d}"
        self.reports_src: dict[str, _Src] = {}
        self.comp_ids = {c.id for c in g.comps}

    # -- structure -------------------------------------------------------------------------------
    def build(self, out: _Out) -> None:
        r = self.r
        ident = self.ident
        ind = ident.ind
        tag = self.tag
        # units
        units: dict[str, _Unit] = {}
        specs = [
            ("top", ind.committee, "executive committee", UnitKind.COMMITTEE),
            ("it", ind.it_unit[0], ind.it_unit[1], UnitKind.DEPARTMENT),
            ("proc", ind.proc_unit[0], ind.proc_unit[1], UnitKind.PROCUREMENT),
            ("eval", ind.eval_committee, "evaluation committee", UnitKind.COMMITTEE),
        ]
        for k, (uname, _, uen) in enumerate(ind.biz_units):
            specs.append((f"biz{k}", uname, uen, UnitKind.DEPARTMENT))
        for k, (key, uname, uen, kind) in enumerate(specs):
            units[key] = _Unit(f"unit-{tag}-{k}", uname, uen, kind)
        self.units = units
        # roster
        today = ANCHOR
        n_contacts = max(8, round(self.cpa * r.uniform(0.75, 1.25)))
        biz = ind.biz_units
        slots: list[tuple[str, str, str, str, str | None]] = [
            ("top", ind.top[0], ind.top[1], "top", None),
            ("deputy", ind.deputy[0], ind.deputy[1], "top", "top"),
            ("it_head", ind.it_unit[0] + ind.it_head, f"Head of {ind.it_unit[1]}", "it", "deputy"),
            (
                "it_deputy",
                ind.it_unit[0] + ind.it_deputy,
                f"Deputy Head of {ind.it_unit[1]}",
                "it",
                "it_head",
            ),
            ("proc_head", ind.proc_unit[0] + ind.proc_head, f"Head of {ind.proc_unit[1]}", "proc", "deputy"),
            ("biz0_head", biz[0][0] + biz[0][1], f"Head of {biz[0][2]}", "biz0", "top"),
            ("biz1_head", biz[1][0] + biz[1][1], f"Head of {biz[1][2]}", "biz1", "deputy"),
            ("eng0", ind.engineers[0][0], ind.engineers[0][1], "it", "it_deputy"),
        ]
        extras: list[tuple[str, str, str, str, str | None]] = []
        if len(biz) > 2:
            extras.append(("biz2_head", biz[2][0] + biz[2][1], f"Head of {biz[2][2]}", "biz2", "deputy"))
        extras.append(
            ("user0", biz[0][0] + "业务经理", f"Business Manager, {biz[0][2]}", "biz0", "biz0_head")
        )
        extras.append(("proc_staff", "采购专员", "Procurement Officer", "proc", "proc_head"))
        for k, (et, een) in enumerate(ind.engineers[1:]):
            extras.append((f"eng{k + 1}", et, een, "it", "it_deputy"))
        extras.append(("user1", biz[1][0] + "业务主管", f"Supervisor, {biz[1][2]}", "biz1", "biz1_head"))
        k = 0
        while len(slots) + len(extras) < n_contacts:
            e = ind.engineers[k % len(ind.engineers)]
            b = biz[k % len(biz)]
            extras.append((f"x{k}", e[0], e[1], "it", "it_deputy"))
            extras.append(
                (
                    f"y{k}",
                    b[0] + "业务骨干",
                    f"Analyst, {b[2]}",
                    f"biz{k % len(biz)}",
                    f"biz{k % len(biz)}_head"
                    if f"biz{k % len(biz)}_head" in {s[0] for s in slots + extras}
                    else "biz0_head",
                )
            )
            k += 1
        slots = (slots + extras)[:n_contacts]
        used: set[str] = set()
        persons: list[_Person] = []
        by_slot: dict[str, _Person] = {}
        win_start = ANCHOR - _DAY * r.randint(330, 560)
        self.win_start = win_start
        for k, (slot, title, title_en, ukey, mkey) in enumerate(slots):
            lvl = 0 if slot in ("top", "deputy") else (1 if slot.endswith("_head") else 2)
            since = today - _DAY * r.randint(500, 4500)
            p = _make_person(r, f"per-{tag}-{k:02d}", used, title, title_en, units.get(ukey), slot, since)
            p.level = lvl
            p.mgr = by_slot.get(mkey) if mkey else None
            by_slot[slot] = p
            persons.append(p)
        # movers: some contacts came from another organisation
        for p in persons:
            if r.random() < 0.16:
                recent = r.random() < 0.4
                since = (win_start + _DAY * r.randint(10, 200)) if recent else p.since
                p.since = since
                roll = r.random()
                if self.idx > 0 and roll < 0.45:
                    j = r.randrange(max(0, self.idx - 200), self.idx)
                    pid = _identity(self.g.seed, j)
                    prev = (
                        pid.id,
                        pid.aliases[0],
                        p.title if r.random() < 0.5 else pid.ind.it_unit[0] + "负责人",
                    )
                elif roll < 0.8:
                    c = _pick(r, self.g.comps)
                    prev = (
                        c.id,
                        c.short,
                        _pick(r, ("交付总监", "售前经理", "大客户经理", "项目经理", "解决方案总监")),
                    )
                else:
                    ch = _pick(r, self.g.channels)
                    prev = (ch[0], ch[2], _pick(r, ("项目经理", "技术总监", "销售经理")))
                p.prev = (prev[0], prev[1], prev[2], since - _DAY * r.randint(900, 3600))
                p.prev_src = _Src()
        self.persons = persons
        self.by_slot = by_slot
        # profile
        stage = _pick(r, list(CustomerStage))
        self.stage = stage
        self.we_installed = stage in (
            CustomerStage.ESTABLISHED,
            CustomerStage.CORE,
            CustomerStage.STRATEGIC_PARTNER,
            CustomerStage.PROBLEM,
        )
        # incumbents (product uses)
        self.uses: list[
            tuple[str, tuple[str, str, str, str], dt.date, dt.date | None, _Src, _Comp | None]
        ] = []
        topics = list(ind.topics)
        r.shuffle(topics)
        for t in topics[: _pick(r, (1, 1, 2))]:
            cands = self.g.comp_by_cat.get(t.category) or self.g.comps
            c = _pick(r, cands)
            prod = next((p for p in c.products if p[3] == t.category), c.products[0])
            since = today - _DAY * r.randint(700, 3000)
            end = today + _DAY * r.randint(-90, 540)
            if all(u[1][0] != prod[0] for u in self.uses):
                self.uses.append((c.id, prod, since, end, _Src(), c))
        if self.we_installed:
            prod = _pick(r, self.g.us_products)
            self.uses.append(
                (
                    US_ID,
                    prod,
                    today - _DAY * r.randint(400, 2000),
                    today + _DAY * r.randint(30, 700),
                    _Src(),
                    None,
                )
            )
        # channel and supplier
        self.channel = _pick(r, self.g.our_channels) if r.random() < 0.5 else None
        self.channel_src = _Src()
        self.supplier = _pick(r, self.g.suppliers) if r.random() < 0.35 else None
        self.supplier_src = _Src()
        # opportunities
        n_opps = _pick(r, (1, 2, 2, 2, 3, 3))
        opp_topics = topics[:] if len(topics) >= n_opps else topics * 2
        created = sorted(
            [win_start - _DAY * r.randint(10, 60)]
            + [win_start + _DAY * r.randint(30, (ANCHOR - win_start).days - 30) for _ in range(n_opps - 1)]
        )
        self.owner = self.g.owners[(self.idx * 3 + r.randrange(2)) % len(self.g.owners)]
        self.presales = _pick(r, self.g.presales)
        incumbent_comps = [u[5] for u in self.uses if u[5] is not None]
        opps: list[_Opp] = []
        for k in range(n_opps):
            t = opp_topics[k]
            c0 = created[k]
            decision = c0 + _DAY * r.randint(70, 330)
            if decision < ANCHOR - _DAY * 10:
                roll = r.random()
                status = (
                    OpportunityStatus.WON
                    if roll < 0.45
                    else OpportunityStatus.LOST
                    if roll < 0.82
                    else OpportunityStatus.ABANDONED
                )
            else:
                status = OpportunityStatus.OPEN
            pool = list(self.g.comp_by_cat.get(t.category) or [])
            comps: list[_Comp] = []
            for c in incumbent_comps:
                if r.random() < 0.6 and c not in comps:
                    comps.append(c)
            for _ in range(_pick(r, (0, 1, 1, 2, 2, 3))):
                c = _pick(r, pool) if pool and r.random() < 0.8 else _pick(r, self.g.comps)
                if c not in comps:
                    comps.append(c)
            comps = comps[:3]
            if status == OpportunityStatus.LOST and not comps:
                comps.append(_pick(r, pool or self.g.comps))
            ours = list(self.g.us_by_cat.get(t.category, []))
            if r.random() < 0.4:
                extra = _pick(r, self.g.us_products)
                if extra not in ours:
                    ours.append(extra)
            amount = round(r.uniform(60, 1500) / 10) * 10 + (5 if r.random() < 0.15 else 0)
            owner = self.owner.id if r.random() < 0.9 else _pick(r, self.g.owners).id
            opp = _Opp(
                f"opp-{tag}-{k + 1}",
                f"{ident.aliases[0]}{t.name}项目",
                t,
                c0,
                decision,
                float(amount),
                status,
                comps,
                ours,
                owner,
            )
            if status == OpportunityStatus.WON:
                opp.won_product = ours[0]
            elif status == OpportunityStatus.LOST:
                opp.winner = comps[0]
                opp.won_product = next(
                    (p for p in comps[0].products if p[3] == t.category), comps[0].products[0]
                )
            opps.append(opp)
        self.opps = opps
        # decision roles
        self.roles: list[_Role] = []
        P = by_slot
        for opp in opps:
            missing = set(r.sample(_ROLE_ORDER, _pick(r, (0, 0, 1, 1, 1, 2))))
            for role in _ROLE_ORDER:
                if role in missing:
                    continue
                holders: list[tuple[_Person | None, _Unit | None]] = []
                if role == DecisionRole.INITIATOR:
                    holders.append(
                        _pick(
                            r,
                            [
                                (P["biz0_head"], None),
                                (P["it_head"], None),
                                (P["deputy"], None),
                                (None, units["biz0"]),
                            ],
                        )
                    )
                elif role == DecisionRole.SEARCHER:
                    holders.append(
                        _pick(
                            r,
                            [
                                (P["it_head"], None),
                                (P["it_deputy"], None),
                                (P["proc_head"], None),
                                (None, units["proc"]),
                            ],
                        )
                    )
                elif role == DecisionRole.DECIDER:
                    h = _pick(r, [(P["top"], None), (P["deputy"], None), (None, units["top"])])
                    holders.append(h)
                    if r.random() < 0.15:
                        holders.append((None, units["top"]) if h[0] else (P["top"], None))
                elif role == DecisionRole.USER:
                    holders.append(
                        _pick(
                            r,
                            [
                                (P["biz0_head"], None),
                                (P["biz1_head"], None),
                                (None, units["biz0"]),
                                (None, units["biz1"]),
                            ]
                            + ([(P["user0"], None)] if "user0" in P else []),
                        )
                    )
                else:
                    holders.append(
                        _pick(r, [(P["eng0"], None), (P["it_deputy"], None), (None, units["eval"])])
                    )
                for person, unit in holders:
                    big = role == DecisionRole.DECIDER
                    self.roles.append(
                        _Role(
                            opp,
                            role,
                            person,
                            unit,
                            round(r.uniform(0.45, 0.9) if big else r.uniform(0.1, 0.5), 2),
                            round(r.uniform(0.6, 1.0) if big else r.uniform(0.2, 0.7), 2),
                        )
                    )
            if r.random() < 0.35:
                self.roles.append(
                    _Role(
                        opp,
                        DecisionRole.SPONSOR,
                        _pick(r, [P["deputy"], P["biz0_head"]]),
                        None,
                        round(r.uniform(0.2, 0.5), 2),
                        round(r.uniform(0.5, 0.9), 2),
                    )
                )
            if r.random() < 0.35:
                coach_slots = ("it_deputy", "eng0", "biz1_head", "proc_staff", "user0")
                coach_cands = [P[x] for x in coach_slots if x in P]
                self.roles.append(
                    _Role(
                        opp,
                        DecisionRole.COACH,
                        _pick(r, coach_cands),
                        None,
                        round(r.uniform(0.05, 0.2), 2),
                        round(r.uniform(0.1, 0.4), 2),
                    )
                )
        if r.random() < 0.3:  # account-level role, not tied to one opportunity
            self.roles.append(_Role(None, DecisionRole.DECIDER, P["top"], None, 0.8, 0.9))
        # key persons and stance trajectories (toward us and toward competitors)
        keyp: list[_Person] = []
        for ro in self.roles:
            if ro.person and ro.person not in keyp:
                keyp.append(ro.person)
        for slot_name in ("it_head", "biz0_head"):
            if P[slot_name] not in keyp:
                keyp.append(P[slot_name])
        self.key = keyp
        coaches = {
            ro.person.id
            for ro in self.roles
            if ro.person and ro.role in (DecisionRole.COACH, DecisionRole.SPONSOR)
        }
        self.coaches = coaches
        self.comp_pool = list(dict.fromkeys(incumbent_comps + [c for o in opps for c in o.comps]))
        # notes schedule
        n_notes = max(1, round(self.npa * r.uniform(0.6, 1.4)))
        span = (ANCHOR - win_start).days
        days = sorted(r.randrange(span) for _ in range(n_notes))
        self.note_dates = [win_start + _DAY * d for d in days]
        self.traj: list[tuple[_Person, str, list[Stance]]] = []
        max_len = max(3, min(8, n_notes // 2))
        for p in keyp:
            n = r.randint(1, max_len)
            if p.id in coaches:
                start = _pick(r, (1, 2))
                seq = [start] + [2] * (n - 1)
            else:
                cur = _pick(r, (0, 1, 1, 1, 2))
                seq = [cur]
                for _ in range(n - 1):
                    x = r.random()
                    if x < 0.3 and cur < 2:
                        cur += 1
                    elif x < 0.42 and cur > 0:
                        cur -= 1
                    seq.append(cur)
            self.traj.append((p, US_ID, [_STANCES[i] for i in seq]))
            if self.comp_pool and r.random() < 0.45:
                cc = _pick(r, self.comp_pool)
                m = r.randint(1, max(1, max_len // 2))
                cur = _pick(r, (0, 0, 1, 2))
                seq = [cur]
                for _ in range(m - 1):
                    cur = max(0, min(2, cur + _pick(r, (-1, 0, 0, 1))))
                    seq.append(cur)
                self.traj.append((p, cc.id, [_STANCES[i] for i in seq]))
        # influences and personal relationships
        self.influences: list[tuple[_Person, _Person, float, int, _Src]] = []
        pairs = [
            (P["biz0_head"], P["top"]),
            (P["it_head"], P["deputy"]),
            (P["proc_head"], P["deputy"]),
            (P["eng0"], P["it_head"]),
            (P["biz1_head"], P["top"]),
        ]
        for src_p, tgt_p in r.sample(pairs, r.randint(2, 4)):
            sign = -1 if r.random() < 0.18 else 1
            self.influences.append((src_p, tgt_p, round(r.uniform(0.3, 0.95), 2), sign, _Src()))
        known = r.sample(keyp, min(len(keyp), r.randint(3, 6)))
        self.rep_knows: list[tuple[_Person, _Person, _Src]] = [(self.owner, kp, _Src()) for kp in known]
        self.rep_knows.append((self.presales, _pick(r, [P["it_head"], P["eng0"], P["it_deputy"]]), _Src()))
        self.peer_knows: list[tuple[_Person, _Person, _Src]] = []
        for _ in range(r.randint(1, 3)):
            pa, pb = r.sample(persons, 2)
            if pa.id > pb.id:
                pa, pb = pb, pa
            if all((pa, pb) != (x, y) for x, y, _ in self.peer_knows):
                self.peer_knows.append((pa, pb, _Src()))
        self.stances: list[StanceIn] = []
        self.last_seen: dict[str, dt.date] = {}

    # -- events ----------------------------------------------------------------------------------
    def schedule(self) -> list[list[_Ev]]:
        r = self.r
        dates = self.note_dates
        n = len(dates)
        slots: list[list[_Ev]] = [[] for _ in range(n)]

        def first_ok(d: dt.date) -> int:
            return bisect.bisect_left(dates, d)

        def place(ev: _Ev, lo_date: dt.date, hi_date: dt.date | None = None) -> None:
            for p in ev.persons:
                if p.since > lo_date:
                    lo_date = p.since
            lo = first_ok(lo_date)
            hi = n if hi_date is None else max(lo, bisect.bisect_right(dates, hi_date))
            if lo < hi:
                slots[r.randrange(lo, hi)].append(ev)

        start = self.win_start - _DAY * 400
        for opp in self.opps:
            end = opp.decision + _DAY * 20
            place(_Ev("budget", (), None, opp.budget_src, opp), opp.created, end)
        for ro in self.roles:
            persons = (ro.person,) if ro.person else ()
            if ro.opp is None:
                place(_Ev("role", persons, ro, ro.src), start)
            else:
                place(_Ev("role", persons, ro, ro.src, ro.opp), ro.opp.created, ro.opp.decision + _DAY * 20)
        for use in self.uses:
            if use[5] is not None:
                place(_Ev("incumbent", (), use, use[4]), start)
        engaged: dict[str, tuple[_Comp, _Opp]] = {}
        for opp in self.opps:
            for c in opp.comps:
                engaged.setdefault(c.id, (c, opp))
        self.engaged_src = {cid: _Src() for cid in engaged}
        for cid, (c, opp) in engaged.items():
            place(_Ev("engaged", (), c, self.engaged_src[cid], opp), opp.created, opp.decision)
        for p in self.persons:
            if p.mgr is not None and r.random() < 0.3:
                place(_Ev("reports", (p, p.mgr)), start)
            if p.prev is not None and p.prev_src is not None:
                place(_Ev("mover", (p,), None, p.prev_src), start)
        for s, t, _, sign, src in self.influences:
            place(_Ev("influence", (s, t), sign, src), start)
        for rep, p, src in self.rep_knows:
            place(_Ev("knows_rep", (p,), rep, src), start)
        for a, b, src in self.peer_knows:
            place(_Ev("knows_peer", (a, b), None, src), start)
        if self.channel is not None:
            place(_Ev("serves", (), self.channel, self.channel_src), start)
        if self.supplier is not None:
            place(_Ev("supplies", (), self.supplier, self.supplier_src), start)
        # stance trajectories: one observation per note, in date order
        for p, toward, seq in self.traj:
            lo = first_ok(p.since)
            avail = n - lo
            if avail <= 0:
                continue
            k = min(len(seq), avail)
            picks = sorted(r.sample(range(lo, n), k))
            prev: Stance | None = None
            for i, st in zip(picks, seq[:k], strict=True):
                slots[i].append(_Ev("stance", (p,), (toward, st, prev)))
                prev = st
        return slots

    # -- writing ---------------------------------------------------------------------------------
    def write(self, out: _Out, slots: list[list[_Ev]]) -> None:
        r = self.r
        ident = self.ident
        seen_texts: set[str] = set()
        carry: list[_Ev] = []
        n = len(slots)
        opp_created = [o.created for o in self.opps]
        coaches = [p for p in self.key if p.id in self.coaches]
        movers = [p for p in self.persons if p.prev and p.prev[0] in self.comp_ids]
        for i in range(n):
            date = self.note_dates[i]
            evs = carry + slots[i]
            carry = []
            did = f"doc-{self.tag}-n{i + 1:03d}"
            k_opp = max(0, bisect.bisect_right(opp_created, date) - 1)
            opp = self.opps[k_opp]
            english = r.random() < 0.12
            author = self.owner if r.random() < 0.8 else self.presales
            st = _NoteState(self, did, date, english, opp)
            st.first = i == 0
            # sensitive sources
            source_type = IntelSourceType.SALES_VISIT
            identity: str | None = None
            lead = ""
            roll = r.random()
            coach = next((p for p in coaches if p.since <= date), None)
            mover = next((p for p in movers if p.since <= date), None)
            if roll < 0.04 and coach is not None:
                source_type = IntelSourceType.INSIDER
                identity = f"{coach.name}（{coach.title}）"
                lead = "【内线消息，注意保密】"
            elif roll < 0.08 and mover is not None and mover.prev is not None:
                source_type = IntelSourceType.FORMER_EMPLOYEE
                identity = f"{mover.name}（原{mover.prev[1]}员工）"
                lead = f"据{st.pref(mover)}（原{mover.prev[1]}{mover.prev[2]}）透露："
                st.mention(mover.prev[0])
            elif roll < 0.1 and self.channel is not None:
                source_type = IntelSourceType.CHANNEL_FEEDBACK
                identity = f"{self.channel[2]}项目经理"
                lead = f"{self.channel[2]}反馈（非拜访）："
                st.mention(self.channel[0])
            if not evs and r.random() < 0.5:
                text = st.noise()
                title = f"{ident.aliases[0]} 回访 {date.isoformat()}"
            else:
                text, carry = st.compose(evs, lead, author)
                title = (
                    f"{ident.aliases[0]} visit notes {date.isoformat()}"
                    if english
                    else f"{ident.aliases[0]} 拜访纪要 {date.isoformat()}"
                )
            if text in seen_texts:
                text += f"\n（{date.month}月{date.day}日补记）"
            seen_texts.add(text)
            for p in st.people_seen:
                self.last_seen[p] = date
            out.documents.append(
                DocumentIn(
                    id=did,
                    kind=DocumentKind.VISIT_NOTE,
                    title=title,
                    text=text,
                    date=date,
                    author_id=author.id,
                    customer_id=self.aid,
                    source_type=source_type,
                    source_identity=identity,
                    mentions=list(st.mentions),
                )
            )
            self.stances.extend(st.stances)
        self.write_clippings(out)

    # -- clippings -------------------------------------------------------------------------------
    def write_clippings(self, out: _Out) -> None:
        r = self.r
        ident = self.ident
        ind = ident.ind
        short = ident.aliases[0]
        cands: list[tuple[str, Any]] = []
        for opp in self.opps:
            if opp.status in (OpportunityStatus.WON, OpportunityStatus.LOST) and r.random() < 0.8:
                cands.append(("result", opp))
            if r.random() < 0.35 and opp.created + _DAY * 30 < ANCHOR:
                cands.append(("tender", opp))
        for p in self.persons:
            if p.prev is not None and p.since > self.win_start and r.random() < 0.7:
                cands.append(("appoint", p))
        if r.random() < 0.25 or not cands:
            cands.append(("forum", None))
        r.shuffle(cands)
        if self.n_clip is not None:
            while len(cands) < self.n_clip:
                cands.append((_pick(r, ("forum", "tender")), _pick(r, self.opps)))
            cands = cands[: self.n_clip]
        seen_clip_texts: set[str] = set()
        for k, (kind, obj) in enumerate(cands):
            did = f"doc-{self.tag}-c{k + 1:02d}"
            pub = r.randrange(len(nm.PUBLICATIONS) - 1)
            mentions: dict[str, None] = {self.aid: None}
            if kind == "result":
                opp = obj
                when = opp.decision + _DAY * r.randint(3, 15)
                if when > ANCHOR:
                    when = ANCHOR
                prod = opp.won_product
                assert prod is not None
                others = [c for c in opp.comps if c is not opp.winner][:2]
                if opp.status == OpportunityStatus.WON and r.random() < 0.3:
                    pub = len(nm.PUBLICATIONS) - 1
                    text = (
                        f"{ident.region_py.upper()}, "
                        f"{nm.MONTHS_EN[when.month - 1]} {when.day} - {ident.name} "
                        f"({ident.en}) said on {nm.WEEKDAYS_EN[when.weekday()]} "
                        f"it has signed a contract with "
                        f"中太数据 (Zhongtai Data) for its {opp.topic.en},"
                        f" based on Zhongtai's {prod[1]}. The deal, "
                        f"valued at about {opp.amount_wan / 100:.1f} mi"
                        f"llion yuan, follows a pilot earlier this year."
                        + (f" Rival bidders included {others[0].short}." if others else "")
                        + " Roll-out is planned within nine months, the company said."
                    )
                    title = f"{ident.en} picks Zhongtai Data for {opp.topic.en}"
                    mentions.update({US_ID: None, prod[0]: None, opp.id: None})
                    if others:
                        mentions[others[0].id] = None
                else:
                    price = round(opp.amount_wan * r.uniform(0.85, 0.99), 1)
                    if opp.status == OpportunityStatus.WON:
                        winner_name, second = "中太数据", [c.name for c in others]
                        mentions[US_ID] = None
                    else:
                        assert opp.winner is not None
                        winner_name, second = opp.winner.name, ["中太数据"] + [c.name for c in others]
                        mentions[opp.winner.id] = None
                        mentions[US_ID] = None
                    named = others if opp.status == OpportunityStatus.WON else others[:1]
                    for c in named:
                        mentions[c.id] = None
                    rank = "、".join(second[:2]) if second else "无"
                    text = (
                        f"据{ident.name}官网{when.month}月{when.day}日发布的中标结果公告，该单位“{opp.topic.name}建设项目”"
                        f"由{winner_name}以{_fmt_wan(price)}万元中标，其余入围单位为{rank}。公告显示，本项目由"
                        f"{self.units['proc'].name}组织公开招标，"
                        f"{self.units['eval'].name}由{r.randint(5, 7)}名外部专家和"
                        f"{r.randint(1, 3)}名{short}代表组成。{winner_name}此次投标产品为{prod[1]}，"
                        f"项目计划{_pick(r, ('年内', '明年上半年', '九个月内'))}完成上线。"
                    )
                    title = f"{short}{opp.topic.name}项目中标结果公告"
                    mentions.update(
                        {
                            self.units["proc"].id: None,
                            self.units["eval"].id: None,
                            prod[0]: None,
                            opp.id: None,
                        }
                    )
                # the win creates the installed product
                maker = (
                    US_ID if opp.status == OpportunityStatus.WON else (opp.winner.id if opp.winner else US_ID)
                )
                src = _Src([did], _first_sentence(text))
                self.uses.append((maker, prod, when, when + _DAY * 365 * r.randint(2, 4), src, None))
                opp.won_product = None  # consumed
            elif kind == "tender":
                opp = obj
                when = min(ANCHOR, opp.created + _DAY * r.randint(20, 60))
                text = (
                    f"{ident.name}近日在招标平台发布“{opp.topic.name}”招标公告，预算金额{_fmt_wan(opp.amount_wan)}万元，"
                    f"投标截止时间为{(when + _DAY * 21).month}月{(when + _DAY * 21).day}日。公告显示，项目由"
                    f"{self.units['proc'].name}组织公开招标，评标采用综合评分法，技术与商务分值比为"
                    f"{_pick(r, ('6:4', '7:3', '5:5'))}，{self.units['eval'].name}从专家库中随机抽取组建。"
                    f"项目要求投标产品支持国产数据库和信创环境。"
                )
                title = f"{short}{opp.topic.name}招标公告"
                mentions.update({self.units["proc"].id: None, self.units["eval"].id: None, opp.id: None})
                opp.budget_src.cite(did, text.split("，")[0] + "，" + text.split("，")[1] + "。")
                for ro in self.roles:
                    if ro.opp is opp and ro.unit is self.units["eval"]:
                        ro.src.cite(did, text.split("。")[1] + "。")
            elif kind == "appoint":
                p = obj
                assert p.prev is not None and p.prev_src is not None
                when = p.since + _DAY * r.randint(2, 20)
                text = (
                    f"【人事】{ident.name}近日发布任命，{p.name}出任{p.title}。{p.name}此前任{p.prev[1]}{p.prev[2]}，"
                    f"在数据平台建设和{ind.topics[0].keyword}领域有多年经验。{short}相关负责人表示，"
                    f"新任{p.title}将牵头推进{ind.topics[0].name}等重点数字化项目。"
                )
                title = f"{p.name}出任{short}{p.title}"
                mentions.update({p.id: None, p.prev[0]: None})
                p.emp.cite(did, text.split("。")[0] + "。")
                p.prev_src.cite(did, text.split("。")[1] + "。")
            else:
                when = ANCHOR - _DAY * r.randint(15, 500)
                others = [
                    _identity(self.g.seed, j)
                    for j in sorted({r.randrange(0, self.idx) for _ in range(2)} if self.idx > 2 else set())
                ]
                names = "、".join([ident.name] + [o.name for o in others])
                city = _pick(r, nm.REGIONS)[0]
                text = (
                    f"{when.month}月{when.day}日，{when.year}{_pick(r, ('长三角', '华东', '东部'))}"
                    f"{_pick(r, ('金融', '公用事业', '制造业', '数字政府', '医疗'))}数"
                    f"据治理论坛在{city}举行，"
                    f"来自各地的{r.randint(20, 60)}家机构参会。"
                    f"{names}等单位代表分享了各自在数据标准、数据质量和"
                    f"指标体系建设方面的实践。主办方透露，下一届论坛将增设{ind.industry.split('/')[-1]}专场。"
                )
                title = f"{city}数据治理论坛举行"
                for o in others:
                    mentions[o.id] = None
            # Two clippings of the same kind about the same deal can render alike; document texts are
            # unique in the graph (content hash), so a repeat is marked as a follow-up report.
            while text in seen_clip_texts:
                text += f"（{when.month}月{when.day}日续报）"
            seen_clip_texts.add(text)
            out.documents.append(
                DocumentIn(
                    id=did,
                    kind=DocumentKind.CLIPPING,
                    title=title,
                    text=text,
                    date=when,
                    customer_id=self.aid,
                    source=nm.PUBLICATIONS[pub][0],
                    url=f"https://{nm.PUBLICATIONS[pub][1]}.example.cn/{when:%Y/%m%d}/{did}.html",
                    source_type=IntelSourceType.MEDIA,
                    mentions=list(mentions),
                )
            )
        for opp in self.opps:  # decided without a clipping: the installed product is curated
            if opp.won_product is not None:
                maker = (
                    US_ID if opp.status == OpportunityStatus.WON else (opp.winner.id if opp.winner else US_ID)
                )
                self.uses.append(
                    (maker, opp.won_product, opp.decision, opp.decision + _DAY * 1095, _Src(), None)
                )
                opp.won_product = None

    # -- emit ------------------------------------------------------------------------------------
    def emit(self, out: _Out) -> None:
        r = self.r
        ident = self.ident
        aid = self.aid
        out.organizations.append(
            OrganizationIn(
                id=aid,
                name=ident.name,
                aliases=ident.aliases,
                roles=[OrgRole.CUSTOMER],
                industry=ident.ind.industry,
                region=ident.region,
                description=f"{ident.region}{ident.ind.industry.split('/')[-1]}客户",
                stage=self.stage,
                contribution=_pick(r, list(ContributionClass)),
                value_class=_pick(r, list(ValueClass)),
                need_level=_pick(r, list(NeedLevel)),
            )
        )
        for u in self.units.values():
            out.units.append(OrgUnitIn(id=u.id, org_id=aid, name=u.name, kind=u.kind))
        for p in self.persons:
            out.persons.append(PersonIn(id=p.id, name=p.name, aliases=[p.py]))
            out.employments.append(
                EmploymentIn(
                    person_id=p.id,
                    org_id=aid,
                    title=p.title,
                    unit_id=p.unit.id if p.unit else None,
                    since=p.since,
                    **_prov(p.emp),
                )
            )
            if p.prev is not None:
                out.employments.append(
                    EmploymentIn(
                        person_id=p.id,
                        org_id=p.prev[0],
                        title=p.prev[2],
                        since=p.prev[3],
                        until=p.since - _DAY * r.randint(5, 60),
                        **_prov(p.prev_src),
                    )
                )
            if p.mgr is not None:
                out.reports_to.append(
                    ReportsToIn(person_id=p.id, manager_id=p.mgr.id, **_prov(self.reports_src.get(p.id)))
                )
        for s, t, strength, sign, src in self.influences:
            out.influences.append(
                InfluenceIn(source_id=s.id, target_id=t.id, strength=strength, sign=sign, **_prov(src))
            )
        for rep, p, src in self.rep_knows:
            lvl = _pick(r, list(RelationshipLevel)[1:4])
            if p.id in self.coaches:
                lvl = RelationshipLevel.CLOSE_ALLY if r.random() < 0.5 else RelationshipLevel.TRUSTED
            rank = list(RelationshipLevel).index(lvl)
            out.knows.append(
                KnowsIn(
                    source_id=rep.id,
                    target_id=p.id,
                    level=lvl,
                    closeness=round(min(1.0, 0.2 + 0.18 * rank + r.uniform(0, 0.1)), 2),
                    trust=round(min(1.0, 0.15 + 0.2 * rank + r.uniform(0, 0.1)), 2),
                    last_contact=self.last_seen.get(p.id),
                    **_prov(src),
                )
            )
        for a, b, src in self.peer_knows:
            out.knows.append(
                KnowsIn(
                    source_id=a.id,
                    target_id=b.id,
                    level=RelationshipLevel.FRIENDLY,
                    closeness=round(r.uniform(0.5, 0.9), 2),
                    trust=round(r.uniform(0.4, 0.8), 2),
                    **_prov(src),
                )
            )
        for maker, prod, since, end, src, _ in self.uses:
            out.product_uses.append(
                ProductUseIn(customer_id=aid, product_id=prod[0], since=since, contract_end=end, **_prov(src))
            )
            out.org_relations.append(
                OrgRelationIn(
                    type=OrgRelationType.INCUMBENT_AT,
                    source_id=maker,
                    target_id=aid,
                    product_id=prod[0],
                    contract_end=end,
                    valid_from=since,
                    **_prov(src),
                )
            )
        engaged: dict[str, tuple[dt.date, dt.date | None]] = {}
        for opp in self.opps:
            for c in opp.comps:
                until = None if opp.status == OpportunityStatus.OPEN else opp.decision
                if c.id in engaged:
                    f0, u0 = engaged[c.id]
                    until = None if (u0 is None or until is None) else max(u0, until)
                    engaged[c.id] = (min(f0, opp.created), until)
                else:
                    engaged[c.id] = (opp.created, until)
        for cid, (frm, until) in engaged.items():
            out.org_relations.append(
                OrgRelationIn(
                    type=OrgRelationType.ENGAGED_WITH,
                    source_id=cid,
                    target_id=aid,
                    valid_from=frm,
                    valid_to=until,
                    **_prov(self.engaged_src.get(cid)),
                )
            )
        if self.channel is not None:
            out.org_relations.append(
                OrgRelationIn(
                    type=OrgRelationType.SERVES,
                    source_id=self.channel[0],
                    target_id=aid,
                    **_prov(self.channel_src),
                )
            )
        if self.supplier is not None:
            out.org_relations.append(
                OrgRelationIn(
                    type=OrgRelationType.SUPPLIES,
                    source_id=self.supplier[0],
                    target_id=aid,
                    **_prov(self.supplier_src),
                )
            )
        for opp in self.opps:
            days_left = (opp.decision - ANCHOR).days
            if opp.status != OpportunityStatus.OPEN:
                funnel = FunnelPosition.BOTTOM
            else:
                funnel = (
                    FunnelPosition.BOTTOM
                    if days_left <= 14
                    else FunnelPosition.MIDDLE
                    if days_left <= 70
                    else FunnelPosition.SURFACE
                )
            if opp.status == OpportunityStatus.WON:
                wr = WinRate.W80
            elif opp.status == OpportunityStatus.LOST:
                wr = _pick(r, (WinRate.W20, WinRate.W40))
            else:
                wr = _pick(r, list(WinRate))
            tactic = Tactic.DEFENSIVE if self.we_installed and r.random() < 0.6 else _pick(r, list(Tactic))
            out.opportunities.append(
                OpportunityIn(
                    id=opp.id,
                    name=opp.name,
                    customer_id=aid,
                    owner_id=opp.owner,
                    product_ids=[p[0] for p in opp.products],
                    competitor_ids=[c.id for c in opp.comps],
                    amount=opp.amount_wan * 10000,
                    win_rate=wr,
                    funnel=funnel,
                    tactic=tactic,
                    status=opp.status,
                    created=opp.created,
                    expected_decision=opp.decision,
                )
            )
        for ro in self.roles:
            holder = ro.person.id if ro.person else (ro.unit.id if ro.unit else "")
            out.roles.append(
                RoleIn(
                    holder_id=holder,
                    role=ro.role,
                    opportunity_id=ro.opp.id if ro.opp else None,
                    org_id=None if ro.opp else aid,
                    weight=ro.weight,
                    power=ro.power,
                    **_prov(ro.src),
                )
            )
        out.stances.extend(self.stances)


class _NoteState:
    """Rendering state of one note: who has been introduced, what it mentions, which facts it cites."""

    def __init__(self, acc: _AccountGen, did: str, date: dt.date, english: bool, opp: _Opp) -> None:
        self.acc = acc
        self.r = acc.r
        self.did = did
        self.date = date
        self.english = english
        self.opp = opp
        self.mentions: dict[str, None] = {acc.aid: None}
        self.intro: dict[str, None] = {}
        self.people_seen: list[str] = []
        self.pending_emp: list[_Person] = []
        self.stances: list[StanceIn] = []
        self.stance_keys: dict[tuple[str, str], None] = {}
        self.first = False

    def mention(self, eid: str) -> None:
        self.mentions[eid] = None

    # person reference: full form with title on first use in the note, honorific afterwards
    def pref(self, p: _Person) -> str:
        r = self.r
        self.mentions[p.id] = None
        if p.id not in self.intro:
            self.intro[p.id] = None
            self.people_seen.append(p.id)
            if self.english:
                if r.random() < 0.7:
                    return f"{p.py} ({p.title_en})"
                return p.hons[0]
            if not p.introduced or r.random() < 0.6:
                p.introduced = True
                x = r.random()
                self.pending_emp.append(p)
                if x < 0.6:
                    return p.title + p.name
                if x < 0.85:
                    return f"{p.name}（{p.title}）"
                return f"{p.hons[0]}（{p.name}）"
            return p.hons[0]
        if self.english:
            return p.py_sur if r.random() < 0.6 else p.hons[0]
        return p.hons[0] if r.random() < 0.85 else p.hons[-1]

    def fa(self, tmpl: str, a: _Person | None, b: _Person | None, **kw: Any) -> str:
        """Format a template whose {a}/{b} are people ({a2}/{b2}: their short form for a repeat)."""
        for key, p in (("a", a), ("b", b)):
            if p is not None and "{" + key in tmpl:
                kw[key] = self.pref(p) if "{" + key + "}" in tmpl else ""
                kw[key + "2"] = p.py_sur if self.english else p.hons[0]
        return tmpl.format(**kw)

    def uref(self, u: _Unit) -> str:
        self.mentions[u.id] = None
        return u.name

    def cref(self, c: _Comp, full: bool = False) -> str:
        self.mentions[c.id] = None
        return c.name if full else c.short

    def prodref(self, prod: tuple[str, str, str, str]) -> str:
        self.mentions[prod[0]] = None
        return prod[1] if self.r.random() < 0.6 else prod[2]

    def topic(self, opp: _Opp) -> str:
        self.mentions[opp.id] = None
        return opp.topic.name

    def cust(self) -> str:
        ident = self.acc.ident
        x = self.r.random()
        if x < 0.15:
            return ident.name
        if x < 0.3 and len(ident.aliases) > 2:
            return ident.aliases[1]
        return ident.aliases[0]

    def flush_emp(self, sentence: str) -> None:
        for p in self.pending_emp:
            p.emp.cite(self.did, sentence)
        self.pending_emp.clear()

    # -- sentences -------------------------------------------------------------------------------
    def say(self, ev: _Ev, author: _Person) -> str | None:
        r = self.r
        acc = self.acc
        en = self.english
        opp = ev.opp or self.opp
        kind = ev.kind
        if kind == "role":
            ro: _Role = ev.data
            key = ro.role.value
            extra = {
                "topic": opp.topic.name,
                "why": _pick(r, tp.WHY),
                "n": r.randint(3, 25),
                "next": _pick(r, ("下周出方案", "先做一次技术交流", "准备POC")),
                "aside": _pick(r, tp.ASIDES),
                "rule": acc.ident.ind.decide_rule.format(n=_pick(r, (100, 200, 300, 500))),
                "detail": _pick(r, tp.DETAILS),
                "pct": _pick(r, (50, 60, 70)),
                "why_en": _pick(r, tp.WHY_EN),
                "when": _pick(r, ("今年内", "年底前", "明年一季度", "春节前")),
            }
            if ro.person is not None:
                pool = tp.EN_ROLE_P.get(key) if en else tp.ROLE_P[key]
                if not pool:
                    pool = tp.ROLE_P[key]
                tmpl = _pick(r, pool)
                if "{topic}" in tmpl:
                    self.topic(opp)
                s = self.fa(tmpl, ro.person, None, **extra)
            else:
                assert ro.unit is not None
                pool = tp.EN_ROLE_U.get(key) if en else tp.ROLE_U.get(key)
                if not pool:
                    pool = tp.ROLE_U.get(key, ("{u}负责",))
                tmpl = _pick(r, pool)
                if "{topic}" in tmpl:
                    self.topic(opp)
                s = tmpl.format(u=self.uref(ro.unit), **extra)
            return s
        if kind == "stance":
            p = ev.persons[0]
            toward, stance, prev = ev.data
            if (p.id, toward) in self.stance_keys:
                return None
            self.stance_keys[(p.id, toward)] = None
            fill = {
                "quote": _pick(r, tp.QUOTES_POS),
                "quote_neg": _pick(r, tp.QUOTES_NEG),
                "concern": _pick(r, tp.CONCERNS),
                "detail": _pick(r, tp.DETAILS),
                "concern_en": _pick(r, tp.CONCERNS_EN),
            }
            if toward == US_ID:
                if en:
                    tmpl = _pick(r, tp.EN_STANCE_US[stance.value])
                elif prev is not None and prev != stance:
                    tmpl = _pick(r, tp.STANCE_US_CHANGE[stance.value])
                else:
                    tmpl = _pick(r, tp.STANCE_US[stance.value])
                prod = opp.products[0] if opp.products else acc.g.us_products[0]
                s = self.fa(tmpl, p, None, p=self.prodref(prod) if "{p}" in tmpl else "", **fill)
                level = {
                    Stance.SUPPORTIVE: SupportLevel.COMMITTED
                    if p.id in acc.coaches
                    else SupportLevel.TRUSTING,
                    Stance.NEUTRAL: SupportLevel.CONSIDERING,
                    Stance.OPPOSED: SupportLevel.INITIAL_CONTACT,
                }[stance]
            else:
                c = next(c for c in acc.g.comps if c.id == toward)
                pool = tp.EN_STANCE_COMP[stance.value] if en else tp.STANCE_COMP[stance.value]
                s = self.fa(_pick(r, pool), p, None, c=self.cref(c), **fill)
                level = None
            self.stances.append(
                StanceIn(
                    id=f"st-{self.did[4:]}-{len(self.stances) + 1}",
                    holder_id=p.id,
                    toward_id=toward,
                    stance=stance,
                    level=level,
                    date=self.date,
                    evidence=s,
                    document_id=self.did,
                    confidence=0.9 if self.english else 0.85 + 0.1 * r.random(),
                )
            )
            return s
        if kind == "budget":
            amt = _fmt_wan(opp.amount_wan)
            if en:
                s = _pick(r, tp.EN_BUDGET).format(
                    amt=amt,
                    amt_en=f"{opp.amount_wan / 100:.1f}",
                    month_en=nm.MONTHS_EN[(self.date.month + 1) % 12],
                )
                s = f"{opp.topic.en}: " + s
                self.mentions[opp.id] = None
            else:
                tmpl = _pick(r, tp.BUDGET)
                if "{topic}" in tmpl:
                    s = tmpl.format(amt=amt, topic=self.topic(opp), month=(self.date.month + 1) % 12 + 1)
                else:
                    s = tmpl.format(amt=amt, month=(self.date.month + 1) % 12 + 1)
                    if opp.id not in self.mentions:
                        s = f"{self.topic(opp)}：" + s
            return s
        if kind == "incumbent":
            _maker, prod, since, end, _, comp = ev.data
            assert comp is not None
            legacy = _pick(r, acc.ident.ind.legacy)
            if en:
                s = _pick(r, tp.EN_INCUMBENT).format(
                    p=self.prodref(prod),
                    c=self.cref(comp),
                    legacy=legacy,
                    end_en=f"{nm.MONTHS_EN[end.month - 1]} {end.year}",
                )
            else:
                tmpl = _pick(r, tp.INCUMBENT)
                s = tmpl.format(
                    legacy=legacy,
                    cf=self.cref(comp, True),
                    c=self.cref(comp),
                    year=str(since.year)[2:] if r.random() < 0.5 else since.year,
                    end=_rel_month(end, self.date),
                    p=self.prodref(prod) if "{p}" in tmpl else "",
                    cust=self.cust(),
                )
            return s
        if kind == "engaged":
            c = ev.data
            prod = next((p for p in c.products if p[3] == opp.topic.category), c.products[0])
            if en:
                return _pick(r, tp.EN_ENGAGED).format(c=self.cref(c))
            tmpl = _pick(r, tp.ENGAGED)
            return self.fa(
                tmpl,
                acc.by_slot["it_head"],
                None,
                c=self.cref(c),
                p=self.prodref(prod) if "{p}" in tmpl else "",
            )
        if kind == "reports":
            p, m = ev.persons
            pool = tp.EN_REPORTS if en else tp.REPORTS
            return self.fa(_pick(r, pool), p, m, area=_pick(r, tp.AREAS))
        if kind == "mover":
            p = ev.persons[0]
            assert p.prev is not None
            self.mention(p.prev[0])
            return self.fa(_pick(r, tp.MOVER), p, None, prev=p.prev[1], prev_title=p.prev[2])
        if kind == "influence":
            s_, t_ = ev.persons
            pool = tp.INFLUENCE_POS if ev.data > 0 else tp.INFLUENCE_NEG
            return self.fa(_pick(r, pool), s_, t_)
        if kind == "knows_rep":
            p = ev.persons[0]
            if ev.data is not author:
                return None
            pool = tp.EN_KNOWS if en else tp.KNOWS_REP
            return self.fa(_pick(r, pool), p, None, topic=opp.topic.keyword)
        if kind == "knows_peer":
            a_, b_ = ev.persons
            return self.fa(_pick(r, tp.KNOWS_PEER), a_, b_)
        if kind == "serves":
            ch = ev.data
            self.mention(ch[0])
            if en:
                return _pick(r, tp.EN_SERVES).format(ch=ch[2])
            tmpl = _pick(r, tp.SERVES)
            chtype = {"INTEGRATOR": "集成商", "AGENT": "代理商", "DISTRIBUTOR": "分销商"}[ch[4].value]
            return self.fa(
                tmpl, acc.by_slot["proc_head"], None, ch=ch[2], region=ch[3], chtype=chtype, cust=self.cust()
            )
        if kind == "supplies":
            sup = ev.data
            self.mention(sup[0])
            return _pick(r, tp.SUPPLIES).format(s=sup[2], what=sup[3])
        return None

    def compose(self, evs: list[_Ev], lead: str, author: _Person) -> tuple[str, list[_Ev]]:
        r = self.r
        acc = self.acc
        en = self.english
        opp = self.opp
        # header: people in this note's events first
        people: list[_Person] = []
        for ev in evs:
            for p in ev.persons:
                if p not in people and ev.kind not in ("knows_peer",):
                    people.append(p)
        if not people:
            people = (
                [acc.by_slot["it_head"]]
                if acc.by_slot["it_head"].since <= self.date
                else [acc.by_slot["top"]]
            )
        shown = people[: _pick(r, (1, 2, 2, 3))]
        unit = shown[0].unit or acc.units["it"]
        limit = r.randint(280, 395)
        if en:
            tmpl = _pick(r, tp.EN_HEADERS)
            ppl = " + ".join(self.pref(p) for p in shown)
            header = tmpl.format(
                cust=self.cust(),
                city=acc.ident.region_py,
                topic_en=opp.topic.en,
                people=ppl,
                date_en=f"{nm.MONTHS_EN[self.date.month - 1]} {self.date.day}",
            )
            if "{topic_en}" in tmpl:
                self.mentions[opp.id] = None
        else:
            tmpl = _pick(r, tp.HEADERS_FIRST if self.first and r.random() < 0.7 else tp.HEADERS)
            ppl = "、".join(self.pref(p) for p in shown) if "{people}" in tmpl else ""
            header = tmpl.format(
                cust=self.cust(),
                u=self.uref(unit) if "{u}" in tmpl else "",
                topic=self.topic(opp) if "{topic}" in tmpl else "",
                people=ppl,
                nth=_pick(r, ("二", "三", "四")),
                md=f"{self.date.month}月{self.date.day}日",
            )
        self.flush_emp(header)
        lines = [lead + header if lead else header]
        numbering = _pick(r, tp.NUMBERING) if not en else _pick(r, ("- ", "{i}. ", "* "))
        length = len(lines[0])
        carry: list[_Ev] = []
        i = 0
        budget_first = sorted(evs, key=lambda e: 0 if e.kind == "budget" else 1)
        for ev in budget_first:
            if length > limit:
                carry.append(ev)
                continue
            snap = (
                len(self.mentions),
                len(self.intro),
                len(self.stances),
                len(self.pending_emp),
                len(self.stance_keys),
            )
            s = self.say(ev, author)
            if s is None:
                if ev.kind in ("stance", "knows_rep"):
                    carry.append(ev)
                continue
            i += 1
            line = (
                numbering.format(i=i) + s + ("" if en else "。" if not s.endswith(("。", "”", "）")) else "")
            )
            if length + len(line) + 1 > 400:
                _truncate(self.mentions, snap[0])
                _truncate(self.intro, snap[1])
                _truncate(self.stance_keys, snap[4])
                del self.stances[snap[2] :]
                del self.pending_emp[snap[3] :]
                i -= 1
                carry.append(ev)
                continue
            self.flush_emp(s)
            if ev.src is not None:
                ev.src.cite(self.did, s)
            if ev.kind == "reports":
                acc.reports_src.setdefault(ev.persons[0].id, _Src()).cite(self.did, s)
            lines.append(line)
            length += len(line) + 1
        # pad to at least ~150 characters with next steps / colour
        tries = 0
        used: set[str] = set()
        while length < 160 and tries < 8:
            tries += 1
            if en:
                s = _pick(r, tp.EN_FILLER)
            elif r.random() < 0.5:
                prod = opp.products[0] if opp.products else acc.g.us_products[0]
                p = (
                    acc.by_slot["it_head"]
                    if acc.by_slot["it_head"].since <= self.date
                    else acc.by_slot["top"]
                )
                s = self.fa(_pick(r, tp.OURS), p, None, p=self.prodref(prod)) + "。"
                self.flush_emp(s)
            else:
                s = _pick(r, tp.FILLER).format(topic=opp.topic.keyword) + "。"
            if s[:8] in used:
                continue
            used.add(s[:8])
            lines.append(s)
            length += len(s) + 1
        if length < 360 and r.random() < 0.6:
            s = _pick(r, tp.EN_NEXT) if en else _pick(r, tp.NEXT)
            lines.append(s)
        return "\n".join(lines), carry

    def noise(self) -> str:
        r = self.r
        acc = self.acc
        unit = acc.units[_pick(r, ("it", "proc", "biz0"))]
        prod = _pick(r, acc.g.us_products)
        text = _pick(r, tp.NOISE).format(cust=self.cust(), u=self.uref(unit), p=self.prodref(prod))
        while len(text) < 150:
            tail = _pick(r, tp.NOISE_TAIL)
            c = _pick(r, acc.g.comps)
            text += tail.format(c=self.cref(c) if "{c}" in tail else "", u=self.uref(unit))
        return text


# ------------------------------------------------------------------------------------------------
# public API


def _account_bundle(
    g: _Globals,
    idx: int,
    out: _Out,
    notes_per_account: float,
    contacts_per_account: float,
    clip_quota: int | None,
) -> None:
    acc = _AccountGen(g, idx, notes_per_account, contacts_per_account, clip_quota)
    acc.build(out)
    slots = acc.schedule()
    acc.write(out, slots)
    acc.emit(out)


#: the large data set: 10k accounts, ~200k contacts, ~1M documents (`iter_chunks(**SCALE)`)
SCALE: dict[str, Any] = {
    "accounts": 10_000,
    "contacts_per_account": 20,
    "notes_per_account": 95,
    "clippings": 50_000,
}


def iter_chunks(
    accounts: int = 36,
    seed: int = 7,
    *,
    chunk_size: int = 200,
    notes_per_account: float = 6,
    contacts_per_account: float = 10,
    clippings: int | None = None,
) -> Iterator[Bundle]:
    """Yield the demo data set as bundles of `chunk_size` accounts each; the first also holds the
    global entities. `clippings` (when given) is the total number of account clippings, spread evenly."""
    if accounts < 1 or chunk_size < 1:
        raise ValueError("accounts and chunk_size must be >= 1")
    g = _Globals(seed, accounts)
    out = _Out()
    for start in range(0, accounts, chunk_size):
        # The records form no reference cycles; the cyclic GC would only rescan the growing chunk
        # (it costs a third of the time at scale), so it is paused while a chunk is built.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            if start == 0:
                _emit_globals(g, out)
            for idx in range(start, min(accounts, start + chunk_size)):
                quota = (
                    None
                    if clippings is None
                    else (clippings * (idx + 1)) // accounts - (clippings * idx) // accounts
                )
                _account_bundle(g, idx, out, notes_per_account, contacts_per_account, quota)
            chunk = out.bundle()
        finally:
            if was_enabled:
                gc.enable()
        yield chunk
        out = _Out()


def generate(
    accounts: int = 36,
    seed: int = 7,
    *,
    notes_per_account: float = 6,
    contacts_per_account: float = 10,
    clippings: int | None = None,
) -> Bundle:
    """The whole demo data set as one bundle (same content as the concatenated `iter_chunks`)."""
    return merge(
        iter_chunks(
            accounts,
            seed,
            chunk_size=max(1, accounts),
            notes_per_account=notes_per_account,
            contacts_per_account=contacts_per_account,
            clippings=clippings,
        )
    )


def merge(chunks: Iterator[Bundle] | list[Bundle]) -> Bundle:
    """Concatenate bundles field by field."""
    out = _Out()
    for b in chunks:
        for name in Bundle.model_fields:
            getattr(out, name).extend(getattr(b, name))
    return out.bundle()
