"""Search-evaluation queries over a generated corpus.

The queries are derived from the bundle's *facts* (provenance `sources`, stance `document_id`s,
`mentions`, source types), never by reading back document text, so they judge whether a search engine
finds the documents that state a fact. Each query is a dict::

    {"id": "q001", "query": "恒泰 监管报送 合同", "lang": "zh", "kind": "opportunity",
     "relevant": ["doc-a00003-n002", ...], "entities": ["opp-a00003-1"]}
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from graph.bundle import Bundle, OrganizationIn
from graph.enums import DecisionRole, DocumentKind, IntelSourceType, OrgRelationType, OrgRole, Stance
from guanxi.demo import catalog as cat
from guanxi.demo.generator import US_ID, honorifics

_COMPOUND_SURNAMES = ("欧阳", "诸葛", "司马")
_PER_KIND = 4


def _surname(name: str) -> str:
    return name[:2] if name.startswith(_COMPOUND_SURNAMES) else name[:1]


def _short(org: OrganizationIn) -> str:
    return org.aliases[0] if org.aliases else org.name


def _topic_keyword(opp_name: str) -> str | None:
    for ind in cat.INDUSTRIES:
        for t in ind.topics:
            if t.name in opp_name:
                return t.keyword
    return None


def search_eval_queries(bundle: Bundle) -> list[dict[str, object]]:
    """At least ~40 realistic knowledge-management queries with the ids of the documents to find."""
    orgs = {o.id: o for o in bundle.organizations}
    customers = sorted(o.id for o in bundle.organizations if OrgRole.CUSTOMER in o.roles)
    docs = {d.id: d for d in bundle.documents}
    persons = {p.id: p for p in bundle.persons}
    title_of: dict[str, str] = {}
    org_of: dict[str, str] = {}
    for e in bundle.employments:
        if e.until is None and e.org_id in orgs and OrgRole.CUSTOMER in orgs[e.org_id].roles:
            title_of[e.person_id] = e.title or ""
            org_of[e.person_id] = e.org_id
    opp_customer = {o.id: o.customer_id for o in bundle.opportunities}

    mentions: dict[str, set[str]] = defaultdict(set)
    for d in bundle.documents:
        for m in d.mentions:
            mentions[m].add(d.id)
    stance_docs: dict[str, set[str]] = defaultdict(set)
    support_docs: dict[str, set[str]] = defaultdict(set)  # account -> docs stating support for us
    for s in bundle.stances:
        if s.document_id:
            stance_docs[s.holder_id].add(s.document_id)
            if s.toward_id == US_ID and s.stance == Stance.SUPPORTIVE and s.holder_id in org_of:
                support_docs[org_of[s.holder_id]].add(s.document_id)
    role_docs: dict[tuple[str, DecisionRole], set[str]] = defaultdict(set)
    for ro in bundle.roles:
        acct = opp_customer.get(ro.opportunity_id or "") or ro.org_id
        if acct:
            role_docs[(acct, ro.role)].update(ro.sources)
    rel_docs: dict[tuple[OrgRelationType, str, str], set[str]] = defaultdict(set)
    for rel in bundle.org_relations:
        rel_docs[(rel.type, rel.source_id, rel.target_id)].update(rel.sources)
    engaged_by_comp: dict[str, set[str]] = defaultdict(set)
    for (typ, src, _tgt), ds in rel_docs.items():
        if typ == OrgRelationType.ENGAGED_WITH:
            engaged_by_comp[src].update(ds)
    use_clips: dict[str, set[str]] = defaultdict(set)
    for u in bundle.product_uses:
        for sid in u.sources:
            if sid in docs and docs[sid].kind == DocumentKind.CLIPPING:
                use_clips[u.customer_id].add(sid)
    emp_docs: dict[str, set[str]] = defaultdict(set)
    for e in bundle.employments:
        emp_docs[e.person_id].update(e.sources)

    out: list[dict[str, object]] = []
    seen: set[str] = set()

    def add(kind: str, query: str, relevant: Iterable[str], entities: list[str], lang: str = "zh") -> bool:
        rel = sorted(set(relevant))
        if not rel or query in seen:
            return False
        seen.add(query)
        out.append(
            {
                "id": f"q{len(out) + 1:03d}",
                "query": query,
                "lang": lang,
                "kind": kind,
                "relevant": rel,
                "entities": entities,
            }
        )
        return True

    def per_account(offset: int, fn: Callable[[str, int], bool], limit: int = _PER_KIND) -> None:
        n = 0
        for k in range(len(customers)):
            acct = customers[(k + offset) % len(customers)]
            if fn(acct, n):
                n += 1
                if n >= limit:
                    return

    # 1. an opportunity's documents: "<short> <keyword> 合同"
    forms = ("{s} {k} 合同", "{s}{k}项目进展", "{k} {s} 预算", "{s} {k} budget")

    def q_opp(acct: str, n: int) -> bool:
        for o in bundle.opportunities:
            if o.customer_id == acct:
                kw = _topic_keyword(o.name)
                if kw:
                    form = forms[n % len(forms)]
                    return add(
                        "opportunity",
                        form.format(s=_short(orgs[acct]), k=kw),
                        mentions[o.id],
                        [o.id],
                        "mixed" if "budget" in form else "zh",
                    )
        return False

    per_account(0, q_opp)

    # 2. a contact's stance: "<short> <张总> 态度"
    def q_stance(acct: str, n: int) -> bool:
        cands = sorted((p for p in stance_docs if org_of.get(p) == acct), key=lambda p: -len(stance_docs[p]))
        for pid in cands:
            if len(stance_docs[pid]) >= 2:
                p = persons[pid]
                hon = honorifics(_surname(p.name), title_of.get(pid, ""))[0]
                form = ("{s} {h} 态度", "{h}对我们的看法 {s}", "{s}{h}立场变化", "{n} 态度")[n % 4]
                return add(
                    "stance", form.format(s=_short(orgs[acct]), h=hon, n=p.name), stance_docs[pid], [pid]
                )
        return False

    per_account(3, q_stance, 6)

    # 3. who is a competitor talking to: "谁在接触<competitor>"
    comps = sorted(o.id for o in bundle.organizations if OrgRole.COMPETITOR in o.roles)
    n_comp = 0
    for cid in comps:
        if engaged_by_comp.get(cid) and n_comp < _PER_KIND:
            short = _short(orgs[cid])
            form = (
                "谁在接触{c}",
                "{c} 在跟哪些项目",
                "{c} 最近在哪些客户活动",
                "which customers is {c} pitching",
            )[n_comp]
            if add(
                "competitor_engagement",
                form.format(c=short),
                engaged_by_comp[cid],
                [cid],
                "en" if form.startswith("which") else "zh",
            ):
                n_comp += 1

    # 4. a competitor at one account: "<short> <competitor> 竞争"
    def q_comp_at(acct: str, n: int) -> bool:
        for (typ, src, tgt), ds in sorted(rel_docs.items()):
            if typ == OrgRelationType.ENGAGED_WITH and tgt == acct and ds:
                form = ("{s} {c} 竞争", "{c}在{s}的报价", "{c} pricing at {s}", "{s} 竞争对手 {c}")[n % 4]
                return add(
                    "competitor_at_account",
                    form.format(s=_short(orgs[acct]), c=_short(orgs[src])),
                    ds,
                    [src, acct],
                    "mixed" if "pricing" in form else "zh",
                )
        return False

    per_account(6, q_comp_at)

    # 5. who decides
    def q_decider(acct: str, n: int) -> bool:
        form = ("{s} 谁拍板", "{s} 最终决策人", "who decides at {s}", "{s} 决策流程 上会")[n % 4]
        return add(
            "decider",
            form.format(s=_short(orgs[acct])),
            role_docs[(acct, DecisionRole.DECIDER)],
            [acct],
            "mixed" if form.startswith("who") else "zh",
        )

    per_account(9, q_decider)

    # 6. technical evaluation
    def q_eval(acct: str, n: int) -> bool:
        form = ("{s} 技术评估 POC", "{s} 谁负责评标", "{s} 方案评审")[n % 3]
        return add(
            "evaluator", form.format(s=_short(orgs[acct])), role_docs[(acct, DecisionRole.EVALUATOR)], [acct]
        )

    per_account(12, q_eval, 3)

    # 7. installed competitor system / contract end
    def q_incumbent(acct: str, n: int) -> bool:
        for (typ, src, tgt), ds in sorted(rel_docs.items()):
            if typ == OrgRelationType.INCUMBENT_AT and tgt == acct and src != US_ID and ds:
                c = _short(orgs[src])
                form = ("{s} 现有系统 {c} 维保到期", "{c} 合同到期 {s}", "{s} incumbent {c} contract end")[
                    n % 3
                ]
                return add(
                    "incumbent",
                    form.format(s=_short(orgs[acct]), c=c),
                    ds,
                    [src, acct],
                    "mixed" if "incumbent" in form else "zh",
                )
        return False

    per_account(15, q_incumbent)

    # 8. channel partner
    def q_channel(acct: str, n: int) -> bool:
        for (typ, src, tgt), ds in sorted(rel_docs.items()):
            if typ == OrgRelationType.SERVES and tgt == acct and ds:
                form = ("{ch} {s}", "{s} 走哪家代理", "{s} 渠道 {ch}")[n % 3]
                return add(
                    "channel", form.format(s=_short(orgs[acct]), ch=_short(orgs[src])), ds, [src, acct]
                )
        return False

    per_account(18, q_channel, 3)

    # 9. supporters
    def q_support(acct: str, n: int) -> bool:
        form = ("{s} 支持我们的人", "who supports us at {s}", "{s} 内部支持者")[n % 3]
        return add(
            "supporters",
            form.format(s=_short(orgs[acct])),
            support_docs.get(acct, ()),
            [acct],
            "mixed" if form.startswith("who") else "zh",
        )

    per_account(21, q_support, 3)

    # 10. tender results (clippings that installed a product)
    def q_result(acct: str, n: int) -> bool:
        form = ("{s} 中标结果", "{s} 签约 中太数据", "{s} contract award")[n % 3]
        return add(
            "award",
            form.format(s=_short(orgs[acct])),
            use_clips.get(acct, ()),
            [acct],
            "mixed" if "award" in form else "zh",
        )

    per_account(24, q_result, 3)

    # 11. insider reports
    def q_insider(acct: str, n: int) -> bool:
        ds = [
            d.id
            for d in bundle.documents
            if d.customer_id == acct
            and d.source_type in (IntelSourceType.INSIDER, IntelSourceType.FORMER_EMPLOYEE)
        ]
        return add(
            "sensitive_source",
            ("{s} 内线消息", "{s} 内部人士透露")[n % 2].format(s=_short(orgs[acct])),
            ds,
            [acct],
        )

    per_account(27, q_insider, 2)

    # 12. personnel moves (clippings and notes stating a person's job change)
    n_moves = 0
    for e in bundle.employments:
        if n_moves >= _PER_KIND:
            break
        if e.until is not None and e.sources and e.person_id in persons:
            p = persons[e.person_id]
            form = ("{n} 跳槽", "{n} 之前在哪家公司", "{n} 新任职务", "{n} career history")[n_moves % 4]
            if add(
                "personnel",
                form.format(n=p.name),
                emp_docs[e.person_id],
                [e.person_id],
                "mixed" if "career" in form else "zh",
            ):
                n_moves += 1

    # 13. acquisitions and investments
    for rel in bundle.org_relations:
        if rel.type in (OrgRelationType.ACQUIRES, OrgRelationType.INVESTS_IN) and rel.sources:
            buyer, target = _short(orgs[rel.source_id]), _short(orgs[rel.target_id])
            add(
                "acquisition",
                f"{buyer} 收购 {target}" if rel.type == OrgRelationType.ACQUIRES else f"{buyer} 入股",
                rel.sources,
                [rel.source_id, rel.target_id],
            )
    # 14. partnerships of ours
    partner_docs = [
        ds for (typ, src, _), ds in rel_docs.items() if typ == OrgRelationType.PARTNERS_WITH and src == US_ID
    ]
    add("partnership", "中太数据 联合发布 解决方案", [d for ds in partner_docs for d in ds], [US_ID])
    add(
        "partnership",
        "Zhongtai Data partnership announcement",
        [d for ds in partner_docs for d in ds],
        [US_ID],
        "en",
    )
    return out
