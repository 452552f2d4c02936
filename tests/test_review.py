"""The merge review queue: suggestions with reasons, judgements stored and reused, SAME merges."""

from __future__ import annotations

import base64

from neo4j import AsyncDriver

from graph.bundle import Bundle, DocumentIn, EmploymentIn, OpportunityIn, OrganizationIn, PersonIn, RoleIn
from graph.enums import DecisionRole, DocumentKind, OrgRole
from graph.loader import load_bundle
from guanxi.settings import Settings
from tests.conftest import GraphQLClient


def gid(type_name: str, node_id: str) -> str:
    return base64.b64encode(f"{type_name}:{node_id}".encode()).decode()


QUEUE = "{ mergeCandidates(minScore: 0.5) { kind aName bName score reasons aId bId } }"


async def seed(driver: AsyncDriver, settings: Settings) -> None:
    await load_bundle(driver, settings.neo4j_database, Bundle(
        organizations=[
            OrganizationIn(id="hx", name="华信银行", roles=[OrgRole.CUSTOMER]),
            OrganizationIn(id="hx-cand", name="华信", candidate=True),
            OrganizationIn(id="gw", name="国家电网", roles=[OrgRole.CUSTOMER]),
            OrganizationIn(id="zx", name="中信证券", roles=[OrgRole.CUSTOMER]),
        ],
        persons=[
            PersonIn(id="zhang", name="张建国"),
            PersonIn(id="zhang-title", name="张总", candidate=True),
            PersonIn(id="zhang-gw", name="张卫东"),  # same surname, another organisation
            PersonIn(id="li", name="李明"),
        ],
        employments=[
            EmploymentIn(person_id="zhang", org_id="hx", title="总经理"),
            EmploymentIn(person_id="zhang-title", org_id="hx"),
            EmploymentIn(person_id="li", org_id="hx", title="工程师"),
            EmploymentIn(person_id="zhang-gw", org_id="gw", title="总经理"),
        ],
        roles=[RoleIn(holder_id="zhang-title", role=DecisionRole.DECIDER, org_id="hx", sources=[])],
    ))


async def test_suggestions_come_with_reasons_and_respect_organisations(
    clean_db: AsyncDriver, settings: Settings, gql: GraphQLClient
) -> None:
    await seed(clean_db, settings)
    queue = (await gql(QUEUE))["mergeCandidates"]
    pairs = {(q["aName"], q["bName"]): q for q in queue}
    person = pairs[("张总", "张建国")]
    assert person["kind"] == "Contact" and person["score"] >= 0.8
    assert any("总经理" in r for r in person["reasons"])
    assert ("张总", "张卫东") not in pairs  # same surname, different organisation: never suggested
    assert ("张总", "李明") not in pairs
    org = pairs[("华信", "华信银行")]
    assert org["kind"] == "Organization" and org["reasons"]
    assert not any(a == "华信" and b == "中信证券" for a, b in pairs)


async def test_judgements_are_reused_and_same_merges_keeping_relationships(
    clean_db: AsyncDriver, settings: Settings, gql: GraphQLClient
) -> None:
    await seed(clean_db, settings)
    judge = """mutation($a: ID!, $b: ID!, $v: Verdict!) { judge(a: $a, b: $b, verdict: $v) { verdict merged kept } }"""
    out = await gql(judge, {"a": gid("Organization", "hx-cand"), "b": gid("Organization", "hx"), "v": "NOT_SAME"})
    assert out["judge"] == {"verdict": "NOT_SAME", "merged": False, "kept": None}
    queue = (await gql(QUEUE))["mergeCandidates"]
    assert not any(q["aName"] == "华信" and q["bName"] == "华信银行" for q in queue)  # not suggested again
    out = await gql(judge, {"a": gid("Contact", "zhang-title"), "b": gid("Contact", "zhang"), "v": "SAME"})
    assert out["judge"]["merged"] and out["judge"]["kept"] == gid("Contact", "zhang")
    roles, _, _ = await clean_db.execute_query(
        "MATCH (p:Person {id: 'zhang'})-[r:HAS_ROLE]->(o) RETURN r.role AS role, o.id AS org, p.aliases AS aliases")
    assert roles == [{"role": "DECIDER", "org": "hx", "aliases": ["张总"]}]
    gone, _, _ = await clean_db.execute_query("MATCH (p:Person {id: 'zhang-title'}) RETURN count(p) AS n")
    assert gone[0]["n"] == 0
    bad = await gql.raw(judge, {"a": gid("Contact", "zhang"), "b": gid("Organization", "hx"), "v": "SAME"})
    assert bad["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


async def test_merge_repoints_denormalised_ids_so_filters_and_facets_follow(
    clean_db: AsyncDriver, settings: Settings, gql: GraphQLClient
) -> None:
    """Documents, opportunities and stance observations keep a copy of their customer / author id, which the
    search filters and facets test: a merge must move those copies to the kept node too."""
    await seed(clean_db, settings)
    await load_bundle(clean_db, settings.neo4j_database, Bundle(
        persons=[PersonIn(id="rep", name="周航")],
        documents=[DocumentIn(id="d1", kind=DocumentKind.VISIT_NOTE, text="华信 二访", customer_id="hx-cand",
                              author_id="zhang-title")],
        opportunities=[OpportunityIn(id="op1", name="华信数据平台", customer_id="hx-cand")],
    ))
    judge = """mutation($a: ID!, $b: ID!) { judge(a: $a, b: $b, verdict: SAME) { merged kept } }"""
    assert (await gql(judge, {"a": gid("Organization", "hx-cand"), "b": gid("Organization", "hx")}))["judge"]["merged"]
    assert (await gql(judge, {"a": gid("Contact", "zhang-title"), "b": gid("Contact", "zhang")}))["judge"]["merged"]
    rows, _, _ = await clean_db.execute_query(
        "MATCH (d:Document {id: 'd1'}), (o:Opportunity {id: 'op1'}) "
        "RETURN d.customerId AS doc, d.authorId AS author, o.customerId AS opp")
    assert rows == [{"doc": "hx", "author": "zhang", "opp": "hx"}]
