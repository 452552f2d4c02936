"""The domain graph through GraphQL on small hand-built graphs whose right answers are known."""

from __future__ import annotations

import base64
import datetime as dt

import pytest
from neo4j import AsyncDriver

from api.app import create_app
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
from graph.enums import DecisionRole, DocumentKind, OrgRelationType, OrgRole, Stance, WinRate
from graph.loader import load_bundle
from guanxi.settings import Settings
from tests.conftest import GraphQLClient


def gid(type_name: str, node_id: str) -> str:
    return base64.b64encode(f"{type_name}:{node_id}".encode()).decode()


D = dt.date


def small_account() -> Bundle:
    """华信银行: 王行长 decides, 张总 (IT) initiates, 李工 evaluates; 行长办公会 is a unit; 云衡 is incumbent."""
    return Bundle(
        organizations=[
            OrganizationIn(id="us", name="中太数据", roles=[OrgRole.US]),
            OrganizationIn(
                id="hx", name="华信银行", aliases=["华信"], roles=[OrgRole.CUSTOMER], industry="银行"
            ),
            OrganizationIn(id="yh", name="芜湖云衡软件", aliases=["云衡"], roles=[OrgRole.COMPETITOR]),
            OrganizationIn(id="zc", name="合肥智川信息技术", aliases=["智川"], roles=[OrgRole.COMPETITOR]),
            OrganizationIn(id="xh", name="苏州迅鸿系统集成", roles=[OrgRole.CHANNEL]),
        ],
        units=[OrgUnitIn(id="u-board", org_id="hx", name="行长办公会")],
        persons=[
            PersonIn(id="rep", name="孙亦恺", is_rep=True),
            PersonIn(id="wang", name="王振华"),
            PersonIn(id="zhang", name="张建国", aliases=["张总"]),
            PersonIn(id="li", name="李明", aliases=["李工"]),
            PersonIn(id="zhao", name="赵倩"),
        ],
        employments=[
            EmploymentIn(person_id="rep", org_id="us", title="客户经理"),
            EmploymentIn(person_id="wang", org_id="hx", title="行长"),
            EmploymentIn(person_id="zhang", org_id="hx", title="科技部总经理"),
            EmploymentIn(person_id="li", org_id="hx", title="架构师"),
            EmploymentIn(person_id="zhao", org_id="hx", title="采购经理"),
        ],
        reports_to=[
            ReportsToIn(person_id="zhang", manager_id="wang"),
            ReportsToIn(person_id="li", manager_id="zhang"),
        ],
        influences=[
            InfluenceIn(source_id="zhao", target_id="wang", strength=0.9),
            InfluenceIn(source_id="zhang", target_id="wang", strength=0.4),
        ],
        knows=[
            KnowsIn(source_id="rep", target_id="li", closeness=0.9, trust=0.9),
            KnowsIn(source_id="rep", target_id="zhao", closeness=0.3, trust=0.3),
            KnowsIn(source_id="li", target_id="zhang", closeness=0.8, trust=0.8),
            KnowsIn(source_id="zhao", target_id="wang", closeness=0.6, trust=0.6),
        ],
        products=[
            ProductIn(id="p-dw", name="云衡数仓", maker_id="yh"),
            ProductIn(id="p-lake", name="澜湖数据中台", maker_id="us"),
        ],
        product_uses=[ProductUseIn(customer_id="hx", product_id="p-dw", contract_end=D(2027, 3, 31))],
        org_relations=[
            OrgRelationIn(
                type=OrgRelationType.INCUMBENT_AT, source_id="yh", target_id="hx", contract_end=D(2027, 3, 31)
            ),
            OrgRelationIn(type=OrgRelationType.ENGAGED_WITH, source_id="zc", target_id="hx"),
            OrgRelationIn(type=OrgRelationType.CHANNEL_FOR, source_id="xh", target_id="yh"),
            OrgRelationIn(type=OrgRelationType.SERVES, source_id="xh", target_id="hx"),
        ],
        opportunities=[
            OpportunityIn(
                id="opp",
                name="监管报送平台",
                customer_id="hx",
                owner_id="rep",
                amount=380,
                win_rate=WinRate.W40,
                product_ids=["p-lake"],
                competitor_ids=["yh", "zc"],
            )
        ],
        roles=[
            RoleIn(holder_id="wang", role=DecisionRole.DECIDER, opportunity_id="opp", weight=0.9, power=0.9),
            RoleIn(holder_id="zhang", role=DecisionRole.INITIATOR, opportunity_id="opp", weight=0.5),
            RoleIn(holder_id="li", role=DecisionRole.EVALUATOR, opportunity_id="opp", weight=0.3),
            RoleIn(holder_id="u-board", role=DecisionRole.DECIDER, org_id="hx", weight=0.8),
        ],
        documents=[
            DocumentIn(
                id="d1",
                kind=DocumentKind.VISIT_NOTE,
                text="王行长对云衡意见很大",
                date=D(2025, 6, 1),
                customer_id="hx",
                author_id="rep",
                mentions=["wang", "yh", "hx"],
            )
        ],
        stances=[
            StanceIn(
                id="s1", holder_id="wang", toward_id="yh", stance=Stance.SUPPORTIVE, date=D(2025, 1, 10)
            ),
            StanceIn(
                id="s2",
                holder_id="wang",
                toward_id="yh",
                stance=Stance.OPPOSED,
                date=D(2025, 6, 1),
                evidence="王行长对云衡意见很大",
                document_id="d1",
            ),
            StanceIn(id="s3", holder_id="wang", toward_id="us", stance=Stance.NEUTRAL, date=D(2025, 6, 1)),
            StanceIn(id="s4", holder_id="li", toward_id="yh", stance=Stance.SUPPORTIVE, date=D(2025, 2, 1)),
        ],
    )


@pytest.fixture
async def account(clean_db: AsyncDriver, settings: Settings) -> None:
    await load_bundle(clean_db, settings.neo4j_database, small_account())


async def test_decision_chain_ranks_the_decider_and_lists_missing_roles(
    account: None, gql: GraphQLClient
) -> None:
    data = await gql(
        """query($o: ID!) { decisionChain(opportunity: $o) {
             missingRoles
             entries { name holderKind roles { role weight } influence { value components { name contribution } }
                       stanceTowardUs { stance } stancesTowardCompetitors { stance toward { name } }
                       strongestTie { rep { name } closeness } } } }""",
        {"o": gid("Opportunity", "opp")},
    )
    chain = data["decisionChain"]
    assert chain["missingRoles"] == ["SEARCHER", "USER"]
    names = [e["name"] for e in chain["entries"]]
    assert (
        names[0] == "王振华"
    )  # highest weight and power, two people influence him upward? no: he is influenced
    assert set(names) == {"王振华", "张建国", "李明", "行长办公会"}
    wang = chain["entries"][0]
    assert wang["roles"][0]["role"] == "DECIDER"
    assert wang["stanceTowardUs"]["stance"] == "NEUTRAL"
    assert wang["stancesTowardCompetitors"] == [{"stance": "OPPOSED", "toward": {"name": "芜湖云衡软件"}}]
    assert sum(c["contribution"] for c in wang["influence"]["components"]) == pytest.approx(
        wang["influence"]["value"]
    )
    board = next(e for e in chain["entries"] if e["name"] == "行长办公会")
    assert board["holderKind"] == "UNIT"
    li = next(e for e in chain["entries"] if e["name"] == "李明")
    assert li["strongestTie"]["rep"]["name"] == "孙亦恺"


async def test_decision_chain_as_of_sees_the_stance_before_it_changed(
    account: None, gql: GraphQLClient
) -> None:
    q = """query($o: ID!, $d: Date) { decisionChain(opportunity: $o, asOf: $d) {
             entries { name stancesTowardCompetitors { stance } } } }"""
    before = await gql(q, {"o": gid("Opportunity", "opp"), "d": "2025-03-01"})
    after = await gql(q, {"o": gid("Opportunity", "opp"), "d": "2025-07-01"})
    wang_before = next(e for e in before["decisionChain"]["entries"] if e["name"] == "王振华")
    wang_after = next(e for e in after["decisionChain"]["entries"] if e["name"] == "王振华")
    assert wang_before["stancesTowardCompetitors"] == [{"stance": "SUPPORTIVE"}]
    assert wang_after["stancesTowardCompetitors"] == [{"stance": "OPPOSED"}]


async def test_influencers_are_ranked_by_path_strength(account: None, gql: GraphQLClient) -> None:
    data = await gql(
        "query($c: ID!) { influencers(contact: $c, depth: 2) { strength depth contact { name } path { type } } }",
        {"c": gid("Contact", "li")},
    )
    ranked = [(i["contact"]["name"], i["depth"], i["strength"]) for i in data["influencers"]]
    # 李明 reports to 张建国 (0.6); 张建国 reports to 王振华 (0.6 × 0.6 = 0.36)
    assert ranked == [("张建国", 1, 0.6), ("王振华", 2, 0.36)]
    data = await gql(
        "query($c: ID!) { influencers(contact: $c, depth: 1) { contact { name } strength } }",
        {"c": gid("Contact", "wang")},
    )
    assert [(i["contact"]["name"], i["strength"]) for i in data["influencers"]] == [
        ("赵倩", 0.9),
        ("张建国", 0.4),
    ]


async def test_warm_path_prefers_strong_ties_over_fewer_hops(account: None, gql: GraphQLClient) -> None:
    data = await gql(
        """query($f: ID!, $t: ID!) { warmPath(from: $f, to: $t, maxHops: 3) {
             strength hops { type fromName toName strength } } }""",
        {"f": gid("Contact", "rep"), "t": gid("Contact", "wang")},
    )
    best = data["warmPath"][0]
    # rep→李明 (0.9) →张建国 (0.8) →王振华 (REPORTS_TO 0.6) = 0.432 beats rep→赵倩 (0.3) →王振华 (0.9) = 0.27
    assert [h["toName"] for h in best["hops"]] == ["李明", "张建国", "王振华"]
    assert best["strength"] == pytest.approx(0.432)
    assert data["warmPath"][1]["strength"] < best["strength"]


async def test_competitor_landscape_orders_by_entrenchment(account: None, gql: GraphQLClient) -> None:
    data = await gql(
        """query($c: ID!) { competitorLandscape(customer: $c, asOf: "2025-07-01") {
             competitor { name } incumbent engaged contractEnd incumbentProducts { name }
             channels { name } favouredBy { name } entrenchment { value components { name value } } } }""",
        {"c": gid("Organization", "hx")},
    )
    rows = data["competitorLandscape"]
    assert [r["competitor"]["name"] for r in rows] == ["芜湖云衡软件", "合肥智川信息技术"]
    yh = rows[0]
    assert yh["incumbent"] and yh["contractEnd"] == "2027-03-31"
    assert yh["incumbentProducts"] == [{"name": "云衡数仓"}]
    assert yh["channels"] == [{"name": "苏州迅鸿系统集成"}]
    assert yh["favouredBy"] == [{"name": "李明"}]  # 王振华 turned against it
    assert rows[1]["engaged"] and not rows[1]["incumbent"]
    footprint = await gql(
        "query($k: ID!) { competitorFootprint(competitor: $k) { customer { name } incumbent } }",
        {"k": gid("Organization", "yh")},
    )
    assert footprint["competitorFootprint"] == [{"customer": {"name": "华信银行"}, "incumbent": True}]


async def test_stance_timeline_and_account_summary(account: None, gql: GraphQLClient) -> None:
    data = await gql(
        """query($p: ID!, $c: ID!) {
             stanceTimeline(contact: $p) { date stance toward { name } document { text } }
             accountSummary(customer: $c) { contacts competitors documents missingRoles
               openByWinRate { key count amount } weightedPipeline } }""",
        {"p": gid("Contact", "wang"), "c": gid("Organization", "hx")},
    )
    timeline = data["stanceTimeline"]
    assert [t["date"] for t in timeline] == ["2025-01-10", "2025-06-01", "2025-06-01"]
    assert timeline[1]["document"] == {"text": "王行长对云衡意见很大"} or timeline[2]["document"]
    summary = data["accountSummary"]
    assert summary["contacts"] == 4 and summary["competitors"] == 2 and summary["documents"] == 1
    assert summary["openByWinRate"] == [{"key": "W40", "count": 1, "amount": 380.0}]
    assert summary["weightedPipeline"] == pytest.approx(152.0)
    assert summary["missingRoles"] == ["SEARCHER", "USER"]


async def test_nested_query_round_trips_do_not_grow_with_rows(
    clean_db: AsyncDriver, settings: Settings, gql: GraphQLClient, app
) -> None:  # type: ignore[no-untyped-def]
    query = """{ organizations(filter: {roles: [CUSTOMER]}, first: 50) { nodes { name
                   employees { title contact { name roles { role opportunity { name } } stanceTowardUs { stance } } }
                   opportunities { name competitors { name } } } } }"""

    async def trips_for(accounts: int) -> int:
        from tests.conftest import wipe

        await wipe(clean_db, settings.neo4j_database)
        bundle = Bundle(
            organizations=[
                OrganizationIn(id=f"c{i}", name=f"客户{i}", roles=[OrgRole.CUSTOMER]) for i in range(accounts)
            ]
            + [OrganizationIn(id="k", name="对手", roles=[OrgRole.COMPETITOR])],
            persons=[
                PersonIn(id=f"p{i}-{j}", name=f"联系人{i}{j}") for i in range(accounts) for j in range(3)
            ],
            employments=[
                EmploymentIn(person_id=f"p{i}-{j}", org_id=f"c{i}", title="经理")
                for i in range(accounts)
                for j in range(3)
            ],
            opportunities=[
                OpportunityIn(id=f"o{i}", name=f"项目{i}", customer_id=f"c{i}", competitor_ids=["k"])
                for i in range(accounts)
            ],
            roles=[
                RoleIn(holder_id=f"p{i}-0", role=DecisionRole.DECIDER, opportunity_id=f"o{i}")
                for i in range(accounts)
            ],
        )
        await load_bundle(clean_db, settings.neo4j_database, bundle)
        stats = app.state.services.stats
        before = stats.round_trips
        data = await gql(query)
        assert len(data["organizations"]["nodes"]) == accounts
        return int(stats.round_trips - before)

    assert await trips_for(2) == await trips_for(12)


async def test_mutations_upsert_link_role_stance_merge_delete(
    clean_db: AsyncDriver, gql: GraphQLClient
) -> None:
    org = (
        await gql(
            'mutation { upsertOrganization(input: {name: "华信银行", aliases: ["华信"], roles: [CUSTOMER]}) { id name } }'
        )
    )["upsertOrganization"]
    again = (
        await gql(
            'mutation { upsertOrganization(input: {name: "华信银行", industry: "银行"}) { id aliases industry } }'
        )
    )["upsertOrganization"]
    assert again["id"] == org["id"] and again["aliases"] == ["华信"] and again["industry"] == "银行"
    comp = (await gql('mutation { upsertOrganization(input: {name: "云衡", roles: [COMPETITOR]}) { id } }'))[
        "upsertOrganization"
    ]
    us = (await gql('mutation { upsertOrganization(input: {name: "中太数据", roles: [US]}) { id } }'))[
        "upsertOrganization"
    ]
    p1 = (
        await gql(
            'mutation($o: ID!) { upsertContact(input: {name: "张建国", organization: $o, title: "总经理"}) { id currentEmployment { title } } }',
            {"o": org["id"]},
        )
    )["upsertContact"]
    assert p1["currentEmployment"]["title"] == "总经理"
    p2 = (
        await gql(
            'mutation($o: ID!) { upsertContact(input: {name: "张总", organization: $o}) { id } }',
            {"o": org["id"]},
        )
    )["upsertContact"]
    opp = (
        await gql(
            'mutation($c: ID!) { upsertOpportunity(input: {customer: $c, name: "数据治理", amount: 300, winRate: W20}) { id winRatePercent } }',
            {"c": org["id"]},
        )
    )["upsertOpportunity"]
    assert opp["winRatePercent"] == 20
    await gql(
        "mutation($h: ID!, $o: ID!) { setRole(input: {holder: $h, role: DECIDER, opportunity: $o, weight: 0.9}) { changed } }",
        {"h": p2["id"], "o": opp["id"]},
    )
    await gql(
        'mutation($h: ID!, $t: ID!) { recordStance(input: {holder: $h, toward: $t, stance: SUPPORTIVE, date: "2025-05-01"}) { stance } }',
        {"h": p2["id"], "t": us["id"]},
    )
    await gql(
        'mutation($h: ID!, $t: ID!) { recordStance(input: {holder: $h, toward: $t, stance: SUPPORTIVE, date: "2025-05-01"}) { stance } }',
        {"h": p2["id"], "t": us["id"]},
    )  # idempotent
    await gql(
        'mutation($s: ID!, $t: ID!) { link(input: {kind: INCUMBENT_AT, source: $s, target: $t, contractEnd: "2026-12-31"}) { changed } }',
        {"s": comp["id"], "t": org["id"]},
    )
    # merge the title-form person into the full-name one: role and stance move over, alias kept
    merged = await gql(
        "mutation($k: ID!, $d: ID!) { mergeEntities(keep: $k, drop: $d) { ... on Contact { name aliases roles { role } stances { stance } } } }",
        {"k": p1["id"], "d": p2["id"]},
    )
    contact = merged["mergeEntities"]
    assert contact["aliases"] == ["张总"] and contact["roles"] == [{"role": "DECIDER"}]
    assert contact["stances"] == [{"stance": "SUPPORTIVE"}]
    gone = await gql.raw("query($id: ID!) { node(id: $id) { id } }", {"id": p2["id"]})
    assert gone["data"]["node"] is None
    # validation errors carry codes
    bad = await gql.raw('mutation { upsertOrganization(input: {name: "  "}) { id } }')
    assert bad["errors"][0]["extensions"]["code"] == "VALIDATION_FAILED"
    bad = await gql.raw(
        "mutation($h: ID!, $o: ID!) { setRole(input: {holder: $h, role: DECIDER, opportunity: $o, weight: 3}) { changed } }",
        {"h": p1["id"], "o": opp["id"]},
    )
    assert bad["errors"][0]["extensions"]["code"] == "VALIDATION_FAILED"
    bad = await gql.raw(
        "mutation($h: ID!) { setRole(input: {holder: $h, role: DECIDER, opportunity: $h}) { changed } }",
        {"h": p1["id"]},
    )
    assert bad["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    deleted = await gql("mutation($id: ID!) { deleteEntity(id: $id) { deleted } }", {"id": opp["id"]})
    assert deleted["deleteEntity"]["deleted"] == 1
    missing = await gql.raw("mutation($id: ID!) { deleteEntity(id: $id) { deleted } }", {"id": opp["id"]})
    assert missing["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def test_organization_filters_with_some_and_none(account: None, gql: GraphQLClient) -> None:
    q = """query($f: OrganizationFilterInput) { organizations(filter: $f) { totalCount nodes { name } } }"""
    some = await gql(q, {"f": {"competitorsSome": {"ids": [gid("Organization", "yh")]}}})
    assert [n["name"] for n in some["organizations"]["nodes"]] == ["华信银行"]
    none = await gql(
        q, {"f": {"roles": ["CUSTOMER"], "competitorsNone": {"ids": [gid("Organization", "yh")]}}}
    )
    assert none["organizations"]["totalCount"] == 0
    roles = await gql(q, {"f": {"decisionRolesSome": {"role": "DECIDER"}}})
    assert [n["name"] for n in roles["organizations"]["nodes"]] == ["华信银行"]


def test_app_factory_builds_twice(settings: Settings) -> None:
    create_app(settings)
    create_app(settings.model_copy(update={"environment": "production"}))


async def test_analyze_text_returns_the_extraction_contract(gql: GraphQLClient) -> None:
    from api.queries.extraction import _analyze

    text = "拜访华信银行科技部，张总对芜湖云衡软件意见很大，选型由李工牵头。"
    data = await gql(
        """query($t: String!) { analyzeText(text: $t, date: "2025-03-12", customer: "华信银行") {
             entities { text type start end } persons { name mentions org title } orgs { name mentions kind }
             roles { person role org } stances { person toward stance evidence } relations { type source target } } }""",
        {"t": text},
    )
    result = data["analyzeText"]
    for e in result["entities"]:
        assert text[e["start"] : e["end"]] == e["text"]
    assert any(e["type"] == "PERSON" and e["text"] == "张总" for e in result["entities"])
    assert any(o["name"] == "芜湖云衡软件" and o["kind"] == "competitor" for o in result["orgs"])
    # the same structure `kg extract` writes for the same record
    contract = _analyze({"id": "analyze", "kind": "visit_note", "date": "2025-03-12", "author": None,
                         "customer": "华信银行", "text": text})
    for key in ("entities", "persons", "orgs", "roles", "stances", "relations"):
        assert result[key] == contract[key], key
    bad = await gql.raw('{ analyzeText(text: "   ") { entities { text } } }')
    assert bad["errors"][0]["extensions"]["code"] == "VALIDATION_FAILED"
