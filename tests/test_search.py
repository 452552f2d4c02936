"""Search over a small fixed corpus: ranking, highlighting, facets, filters, hostile input, pagination,
entity-centred search, co-occurrence and saved searches (real Neo4j, through GraphQL)."""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

import pytest
from neo4j import AsyncDriver

from graph.bundle import Bundle, DocumentIn, EmploymentIn, OrganizationIn, PersonIn
from graph.enums import DocumentKind, OrgRole
from graph.loader import load_bundle
from graph.repositories.search import SearchFilter, SearchRepository
from guanxi.settings import Settings
from tests.conftest import GraphQLClient

D = dt.date


def gid(type_name: str, node_id: str) -> str:
    return base64.b64encode(f"{type_name}:{node_id}".encode()).decode()


def doc(
    id: str,
    title: str,
    text: str,
    *,
    kind: DocumentKind = DocumentKind.VISIT_NOTE,
    customer: str | None = None,
    author: str | None = None,
    date: dt.date = D(2026, 3, 1),
    mentions: list[str] | None = None,
) -> DocumentIn:
    return DocumentIn(
        id=id,
        kind=kind,
        title=title,
        text=text,
        date=date,
        customer_id=customer,
        author_id=author,
        mentions=mentions or ([customer] if customer else []),
    )


FILLER = 25


def corpus() -> Bundle:
    docs = [
        doc(
            "d-billing",
            "华信 计费平台 合同评审",
            "拜访华信银行科技部。计费平台的合同下周评审，张总说计费模块必须先做POC。云衡报价更低。",
            customer="hx",
            author="rep1",
            date=D(2026, 3, 1),
            mentions=["hx", "zhang", "yh"],
        ),
        doc(
            "d-stance",
            "华信 拜访纪要",
            "和张总吃饭。张总对我们的方案态度积极，明确说支持我们，但担心实施周期。",
            customer="hx",
            author="rep1",
            date=D(2026, 3, 15),
            mentions=["hx", "zhang"],
        ),
        doc(
            "d-award",
            "云衡中标国网数据平台",
            "国家电网公司公告：芜湖云衡软件以300万元中标数据平台项目，智川落标。",
            kind=DocumentKind.CLIPPING,
            customer="gw",
            date=D(2026, 4, 2),
            mentions=["gw", "yh", "zc"],
        ),
        doc(
            "d-contact",
            "国网 交流",
            "国网信通部李工说智川最近一直在接触他们，还承诺免费POC。",
            customer="gw",
            author="rep2",
            date=D(2026, 4, 20),
            mentions=["gw", "zc", "li"],
        ),
        doc(
            "d-trad",
            "華信銀行 計費系統",
            "華信銀行的計費系統明年到期，合同續簽由採購部負責。",
            customer="hx",
            author="rep2",
            date=D(2026, 5, 1),
            mentions=["hx"],
        ),
        doc(
            "d-html",
            "华信 <script>alert(1)</script> 计费",
            '计费 <b>注意</b> & 合同 "引号"',
            customer="hx",
            author="rep1",
            date=D(2026, 5, 2),
            mentions=["hx"],
        ),
        *[
            doc(
                f"d-fill-{i:02d}",
                "通用 模板",
                f"标准合同模板，条款相同，编号{i:02d}。",
                date=D(2025, 1, 1 + i % 28),
            )
            for i in range(FILLER)
        ],
    ]
    return Bundle(
        organizations=[
            OrganizationIn(id="us", name="中太数据", roles=[OrgRole.US]),
            OrganizationIn(id="hx", name="华信银行", aliases=["华信"], roles=[OrgRole.CUSTOMER]),
            OrganizationIn(id="gw", name="国家电网公司", aliases=["国网"], roles=[OrgRole.CUSTOMER]),
            OrganizationIn(id="yh", name="芜湖云衡软件", aliases=["云衡"], roles=[OrgRole.COMPETITOR]),
            OrganizationIn(id="zc", name="合肥智川信息技术", aliases=["智川"], roles=[OrgRole.COMPETITOR]),
        ],
        persons=[
            PersonIn(id="rep1", name="孙亦恺", is_rep=True),
            PersonIn(id="rep2", name="何宏珂", is_rep=True),
            PersonIn(id="zhang", name="张建国", aliases=["张总"]),
            PersonIn(id="li", name="李明"),
        ],
        employments=[
            EmploymentIn(person_id="zhang", org_id="hx", title="科技部总经理"),
            EmploymentIn(person_id="li", org_id="gw", title="信通部工程师"),
        ],
        documents=docs,
    )


@pytest.fixture
async def loaded(clean_db: AsyncDriver, settings: Settings) -> AsyncDriver:
    await load_bundle(clean_db, settings.neo4j_database, corpus())
    return clean_db


SEARCH = """
query($q: String!, $f: SearchFilterInput, $first: Int, $after: String) {
  search(query: $q, filter: $f, first: $first, after: $after) {
    totalCount totalCapped terms
    linkedEntities { name type }
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      type score titleHighlighted titles
      snippets { text highlighted start end matches { start end } }
      mentions { name type }
      node { __typename ... on Document { id title text kind date } ... on Organization { name }
             ... on Contact { name } }
    } }
    facets {
      kind { value label count } customer { value label count } competitor { value label count }
      author { value label count } month { value count }
    }
  }
}
"""


async def search(gql: GraphQLClient, q: str, f: dict[str, Any] | None = None, **kw: Any) -> dict[str, Any]:
    data = await gql(SEARCH, {"q": q, "f": f, **kw})
    result: dict[str, Any] = data["search"]
    return result


def doc_ids(result: dict[str, Any]) -> list[str]:
    out = []
    for e in result["edges"]:
        node = e["node"]["node"]
        if node["__typename"] == "Document":
            out.append(base64.b64decode(node["id"]).decode().split(":", 1)[1])
    return out


# ----------------------------------------------------------------------------- ranking
async def test_ranking_puts_the_document_with_every_term_first(
    loaded: AsyncDriver, gql: GraphQLClient
) -> None:
    res = await search(gql, "华信 计费 合同", {"types": ["DOCUMENT"]})
    ids = doc_ids(res)
    assert ids[0] == "d-billing"
    # the Traditional document is found by the Simplified query (both spellings are searched)
    assert "d-trad" in ids[:4]
    assert [e["name"] for e in res["linkedEntities"]] == ["华信银行"]
    scores = [e["node"]["score"] for e in res["edges"]]
    assert scores == sorted(scores, reverse=True)


async def test_traditional_and_full_width_queries_are_normalised(
    loaded: AsyncDriver, gql: GraphQLClient
) -> None:
    simplified = doc_ids(await search(gql, "华信 计费", {"types": ["DOCUMENT"]}))
    traditional = doc_ids(await search(gql, "華信　計費", {"types": ["DOCUMENT"]}))  # ideographic space
    assert simplified == traditional
    full_width = doc_ids(await search(gql, "ＰＯＣ", {"types": ["DOCUMENT"]}))
    assert set(full_width) == {"d-billing", "d-contact"}


async def test_entity_hits_and_entity_linking(loaded: AsyncDriver, gql: GraphQLClient) -> None:
    res = await search(gql, "谁在接触国网")
    first = res["edges"][0]["node"]
    assert first["type"] == "ORGANIZATION" and first["node"]["name"] == "国家电网公司"
    assert "<em>" in first["titleHighlighted"]
    assert doc_ids(res)[0] == "d-contact"  # 接触 + 国网
    person = await search(gql, "张总", {"types": ["PERSON"]})
    assert person["edges"][0]["node"]["node"]["name"] == "张建国"
    assert person["edges"][0]["node"]["titles"] == ["科技部总经理"]
    by_title = await search(gql, "信通部工程师", {"types": ["PERSON"]})
    assert by_title["edges"][0]["node"]["node"]["name"] == "李明"


async def test_quoted_phrase_and_boolean_operators(loaded: AsyncDriver, gql: GraphQLClient) -> None:
    assert set(doc_ids(await search(gql, '"免费POC"', {"types": ["DOCUMENT"]}))) == {"d-contact"}
    both = doc_ids(await search(gql, "POC AND 智川", {"types": ["DOCUMENT"]}))
    assert both == ["d-contact"]
    without = doc_ids(await search(gql, "POC -智川", {"types": ["DOCUMENT"]}))
    assert without == ["d-billing"]
    either = set(doc_ids(await search(gql, "续签 OR 落标", {"types": ["DOCUMENT"]})))
    assert either == {"d-trad", "d-award"}
    prefix = set(doc_ids(await search(gql, "评*", {"types": ["DOCUMENT"]})))
    assert "d-billing" in prefix


# ----------------------------------------------------------------------------- highlighting
async def test_snippets_mark_the_matches_with_offsets(loaded: AsyncDriver, gql: GraphQLClient) -> None:
    res = await search(gql, "计费 合同", {"types": ["DOCUMENT"]})
    hit = next(e["node"] for e in res["edges"] if doc_ids({"edges": [e]}) == ["d-billing"])
    text = hit["node"]["text"]
    assert hit["snippets"], hit
    for snip in hit["snippets"]:
        assert text[snip["start"] : snip["end"]] == snip["text"]
        marked = [snip["text"][m["start"] : m["end"]] for m in snip["matches"]]
        assert marked and set(marked) <= {"计费", "合同"}
        assert "<em>计费</em>" in snip["highlighted"] or "<em>合同</em>" in snip["highlighted"]
    assert hit["titleHighlighted"] == "华信 <em>计费</em>平台 <em>合同</em>评审"


async def test_highlights_are_html_escaped(loaded: AsyncDriver, gql: GraphQLClient) -> None:
    res = await search(gql, "计费 注意", {"types": ["DOCUMENT"], "authors": [gid("Contact", "rep1")]})
    hit = next(e["node"] for e in res["edges"] if "<script>" in e["node"]["node"]["title"])
    assert "&lt;script&gt;" in hit["titleHighlighted"] and "<script>" not in hit["titleHighlighted"]
    html = hit["snippets"][0]["highlighted"]
    assert "&lt;b&gt;<em>注意</em>&lt;/b&gt;" in html and "&amp;" in html and "&quot;" in html


async def test_traditional_text_is_highlighted_where_it_is_written(
    loaded: AsyncDriver, gql: GraphQLClient
) -> None:
    res = await search(
        gql, "计费系统", {"types": ["DOCUMENT"], "dateFrom": "2026-05-01", "dateTo": "2026-05-01"}
    )
    hit = res["edges"][0]["node"]
    assert hit["titleHighlighted"] == "華信銀行 <em>計費系統</em>"
    snip = hit["snippets"][0]
    assert [snip["text"][m["start"] : m["end"]] for m in snip["matches"]] == ["計費系統"]


# ----------------------------------------------------------------------------- facets and filters
async def test_facet_counts(loaded: AsyncDriver, gql: GraphQLClient) -> None:
    res = await search(gql, "POC 计费 合同 智川", {"types": ["DOCUMENT"]})
    assert res["totalCount"] == 5 + FILLER  # billing, contact, trad, html, award (智川) + the templates
    f = res["facets"]
    assert {x["value"]: x["count"] for x in f["kind"]} == {"VISIT_NOTE": 4 + FILLER, "CLIPPING": 1}
    assert {x["label"]: x["count"] for x in f["customer"]} == {"华信银行": 3, "国家电网公司": 2}
    assert {x["label"]: x["count"] for x in f["competitor"]} == {"合肥智川信息技术": 2, "芜湖云衡软件": 2}
    assert {x["label"]: x["count"] for x in f["author"]} == {"孙亦恺": 2, "何宏珂": 2}
    months = {x["value"]: x["count"] for x in f["month"]}
    assert months["2026-03"] == 1 and months["2026-04"] == 2 and months["2026-05"] == 2
    assert sum(months.values()) == res["totalCount"]
    assert f["customer"][0]["value"] == gid("Organization", "hx")


async def test_filters(loaded: AsyncDriver, gql: GraphQLClient) -> None:
    q = "POC 计费 合同 智川 国网"

    async def ids(f: dict[str, Any]) -> set[str]:
        return set(doc_ids(await search(gql, q, f, first=100)))

    assert await ids({"kind": "CLIPPING"}) == {"d-award"}
    assert await ids({"customers": [gid("Organization", "gw")]}) == {"d-award", "d-contact"}
    assert await ids({"competitors": [gid("Organization", "yh")]}) == {"d-billing", "d-award"}
    assert await ids({"authors": [gid("Contact", "rep2")]}) == {"d-contact", "d-trad"}
    assert await ids({"dateFrom": "2026-04-01", "dateTo": "2026-04-30"}) == {"d-award", "d-contact"}
    together = await ids({"mentionsAll": [gid("Organization", "gw"), gid("Organization", "zc")]})
    assert together == {"d-award", "d-contact"}
    # document filters leave entity hits out; `types` keeps only the asked ones
    res = await search(gql, q, {"customers": [gid("Organization", "gw")]})
    assert {e["node"]["type"] for e in res["edges"]} == {"DOCUMENT"}
    orgs = await search(gql, q, {"types": ["ORGANIZATION"]})
    assert orgs["edges"] and {e["node"]["type"] for e in orgs["edges"]} == {"ORGANIZATION"}


async def test_documents_mentioning_two_entities_without_query(
    loaded: AsyncDriver, gql: GraphQLClient
) -> None:
    res = await search(gql, "", {"mentionsAll": [gid("Organization", "hx"), gid("Contact", "zhang")]})
    assert doc_ids(res) == ["d-stance", "d-billing"]  # newest first
    assert res["totalCount"] == 2


async def test_bad_filters_are_client_errors(loaded: AsyncDriver, gql: GraphQLClient) -> None:
    body = await gql.raw(SEARCH, {"q": "计费", "f": {"dateFrom": "2026-05-01", "dateTo": "2026-01-01"}})
    assert body["errors"][0]["extensions"]["code"] == "VALIDATION_FAILED"
    body = await gql.raw(SEARCH, {"q": "计费", "f": {"customers": [gid("Contact", "zhang")]}})
    assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    body = await gql.raw(SEARCH, {"q": "计费", "first": 101})
    assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    body = await gql.raw(SEARCH, {"q": "计费", "after": "not-a-cursor"})
    assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    body = await gql.raw(SEARCH, {"q": "计费 " * 200})
    assert body["errors"][0]["extensions"]["code"] == "VALIDATION_FAILED"


# ----------------------------------------------------------------------------- hostile input
HOSTILE = [
    '"',
    '"""',
    "\\",
    "*",
    "?",
    "**计费",
    "AND",
    "OR OR AND NOT",
    "-",
    "+",
    "- 计费",
    "title:计费",
    "text:*",
    "(((计费",
    "计费)))",
    "}{][",
    "[a TO z]",
    "{* TO *}",
    "计费~2",
    "计费^100",
    "/.*/",
    "/计费/",
    "&& || !",
    "'; MATCH (n) DETACH DELETE n //",
    "$lucene",
    '" OR 1=1 --',
    "\x00\x01\x1f",
    "计费\\",
    '\\"计费',
    "*:*",
    "id:d-billing",
    "<em>计费</em>",
    "😀 🔥",
    " ",
    "",
]


@pytest.mark.parametrize("query", HOSTILE)
async def test_hostile_query_strings_never_break_search(
    loaded: AsyncDriver, gql: GraphQLClient, settings: Settings, query: str
) -> None:
    body = await gql.raw(SEARCH, {"q": query})
    assert not body.get("errors"), body["errors"]
    res = body["data"]["search"]
    assert res["totalCount"] <= 5 + FILLER + 9
    if "计费" in query and not query.startswith(("-", "- ")):
        assert res["totalCount"] > 0
    records, _, _ = await loaded.execute_query("MATCH (d:Document) RETURN count(d) AS n")
    assert records[0]["n"] == 6 + FILLER


# ----------------------------------------------------------------------------- pagination
async def test_pagination_is_stable(loaded: AsyncDriver, gql: GraphQLClient) -> None:
    q, f = "合同 模板", {"types": ["DOCUMENT"]}
    full = await search(gql, q, f, first=100)
    all_ids = doc_ids(full)
    assert len(all_ids) == full["totalCount"] and len(set(all_ids)) == len(all_ids)
    paged: list[str] = []
    after = None
    while True:
        page = await search(gql, q, f, first=4, after=after)
        paged += doc_ids(page)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert paged == all_ids
    # ties (the identical templates) are broken by id, and the order does not change between calls
    fillers = [i for i in all_ids if i.startswith("d-fill")]
    assert fillers == sorted(fillers) and len(fillers) == FILLER
    assert doc_ids(await search(gql, q, f, first=100)) == all_ids


async def test_pagination_across_entity_and_document_hits(loaded: AsyncDriver, gql: GraphQLClient) -> None:
    # the document statement returns only the ranks a page can hold; pages that start inside the
    # entity hits, straddle them and lie past them must still be cut from the one merged order
    q = "华信 国网 智川 云衡 计费 合同"
    full = await search(gql, q, first=100)
    order = [(e["node"]["type"], e["node"]["score"]) for e in full["edges"]]
    assert {t for t, _ in order} >= {"DOCUMENT", "ORGANIZATION"}
    assert len(order) == full["totalCount"]
    for first in (1, 2, 3, 7):
        paged: list[tuple[str, float]] = []
        after = None
        while True:
            page = await search(gql, q, first=first, after=after)
            assert page["totalCount"] == full["totalCount"]
            paged += [(e["node"]["type"], e["node"]["score"]) for e in page["edges"]]
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
        assert paged == order, first


async def test_facets_only_when_asked_and_over_the_best_matches(
    loaded: AsyncDriver, gql: GraphQLClient, settings: Settings
) -> None:
    repo = SearchRepository(loaded, settings.neo4j_database, settings)
    q = "POC 计费 合同 智川"
    with_facets = await repo.search(q, limit=5)
    without = await repo.search(q, limit=5, facets=False)
    assert [(h.id, h.score) for h in without.hits] == [(h.id, h.score) for h in with_facets.hits]
    assert without.total == with_facets.total and without.capped == with_facets.capped
    assert all(values == [] for values in without.facets.values())
    assert sum(f.count for f in with_facets.facets["kinds"]) == 5 + FILLER
    # facet_cap: counted over the best N ranked matches only
    top = await repo.search(q, SearchFilter(types=("Document",)), limit=3, facet_cap=3)
    assert sum(f.count for f in top.facets["kinds"]) == 3
    assert sum(f.count for f in top.facets["months"]) == 3
    assert top.total == 5 + FILLER  # the count is still over every match (up to the cap)
    names = {o.id: o.name for o in corpus().organizations}
    customer_of = {d.id: d.customer_id for d in corpus().documents}
    expected: dict[str, int] = {}
    for hit in top.hits:  # the page of 3 is exactly the 3 counted
        if customer_of[hit.id]:
            expected[names[str(customer_of[hit.id])]] = expected.get(names[str(customer_of[hit.id])], 0) + 1
    assert {f.label: f.count for f in top.facets["customers"]} == expected and expected

    # through GraphQL: a query that does not select facets gets the same page; one that selects them
    # in a fragment gets the counts
    plain = await gql(
        "query($q: String!) { search(query: $q, first: 5) { totalCount edges { node { score } } } }", {"q": q}
    )
    assert plain["search"]["totalCount"] == with_facets.total
    fragment = await gql(
        """query($q: String!) { search(query: $q) { ...F } }
           fragment F on SearchResults { facets { kind { value count } } }""",
        {"q": q},
    )
    kinds = {x["value"]: x["count"] for x in fragment["search"]["facets"]["kind"]}
    assert kinds == {"VISIT_NOTE": 4 + FILLER, "CLIPPING": 1}


# ----------------------------------------------------------------------------- related
async def test_related_entities_by_strength(loaded: AsyncDriver, gql: GraphQLClient) -> None:
    data = await gql(
        """query($id: ID!) { related(entity: $id) { totalCount nodes { name type documents strength lastSeen
             entity { __typename ... on Contact { name } ... on Organization { name } } } } }""",
        {"id": gid("Organization", "gw")},
    )
    rel = data["related"]
    names = [n["name"] for n in rel["nodes"]]
    assert names[0] == "合肥智川信息技术"  # both gw documents
    assert rel["nodes"][0]["documents"] == 2 and rel["nodes"][0]["strength"] == 1.0
    assert set(names) == {"合肥智川信息技术", "芜湖云衡软件", "李明"}
    assert rel["nodes"][0]["lastSeen"] == "2026-04-20"
    people = await gql(
        "query($id: ID!) { related(entity: $id, types: [PERSON]) { nodes { name } } }",
        {"id": gid("Organization", "hx")},
    )
    assert [n["name"] for n in people["related"]["nodes"]] == ["张建国"]


# ----------------------------------------------------------------------------- saved searches
SAVE = """mutation($in: SaveSearchInput!) { saveSearch(input: $in) { id name query filter newMatchCount } }"""
POLL = """query($id: ID!) { savedSearch(id: $id) { id newMatchCount lastCheckedAt
           newMatches(first: 10) { totalCount nodes { snippets { highlighted } node { ... on Document { title } } } }
         } }"""


async def test_saved_search_reports_new_matches(
    loaded: AsyncDriver, gql: GraphQLClient, settings: Settings
) -> None:
    saved = (
        await gql(
            SAVE,
            {
                "in": {
                    "name": "华信 计费",
                    "query": "计费",
                    "filter": {"customers": [gid("Organization", "hx")]},
                }
            },
        )
    )["saveSearch"]
    assert saved["newMatchCount"] == 0 and saved["filter"] == {"customers": ["hx"]}
    listed = (await gql("{ savedSearches { id name } }"))["savedSearches"]
    assert [s["id"] for s in listed] == [saved["id"]]

    new = Bundle(
        documents=[
            doc("d-new", "华信 计费 新进展", "计费平台立项了。", customer="hx", mentions=["hx"]),
            doc("d-other", "国网 计费", "国网的计费项目。", customer="gw", mentions=["gw"]),
        ]
    )
    await load_bundle(loaded, settings.neo4j_database, new)
    poll = (await gql(POLL, {"id": saved["id"]}))["savedSearch"]
    assert poll["newMatchCount"] == 1
    assert [n["node"]["title"] for n in poll["newMatches"]["nodes"]] == ["华信 计费 新进展"]
    assert "<em>计费</em>" in poll["newMatches"]["nodes"][0]["snippets"][0]["highlighted"]

    checked = await gql(
        "mutation($id: ID!) { markSavedSearchChecked(id: $id) { newMatchCount } }", {"id": saved["id"]}
    )
    assert checked["markSavedSearchChecked"]["newMatchCount"] == 0

    deleted = await gql("mutation($id: ID!) { deleteSavedSearch(id: $id) }", {"id": saved["id"]})
    assert deleted["deleteSavedSearch"] is True
    again = await gql.raw("mutation($id: ID!) { deleteSavedSearch(id: $id) }", {"id": saved["id"]})
    assert again["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert (await gql(POLL, {"id": saved["id"]}))["savedSearch"] is None


async def test_saved_search_validation(loaded: AsyncDriver, gql: GraphQLClient) -> None:
    for payload in (
        {"name": " ", "query": "计费"},
        {"name": "x", "query": "的 谁"},
        {"name": "x" * 101, "query": "a"},
    ):
        body = await gql.raw(SAVE, {"in": payload})
        assert body["errors"][0]["extensions"]["code"] == "VALIDATION_FAILED", payload


async def test_saved_searches_belong_to_their_owner(loaded: AsyncDriver, settings: Settings) -> None:
    from graph.repositories.search import SearchFilter

    repo = SearchRepository(loaded, settings.neo4j_database, settings)
    mine = await repo.save_search("alice", "mine", "计费", SearchFilter())
    assert await repo.saved_search("bob", mine["id"]) is None
    assert await repo.saved_searches("bob") == []
    assert not await repo.delete_saved_search("bob", mine["id"])
    assert await repo.mark_checked("bob", mine["id"]) is None
    assert [s["id"] for s in await repo.saved_searches("alice")] == [mine["id"]]


async def test_saved_searches_are_per_user_through_the_api(loaded: AsyncDriver, app: Any) -> None:
    import httpx

    from tests.conftest import auth_headers

    transport = httpx.ASGITransport(app=app)
    async with (
        httpx.AsyncClient(
            transport=transport, base_url="http://t", headers=auth_headers("viewer", "alice")
        ) as a,
        httpx.AsyncClient(
            transport=transport, base_url="http://t", headers=auth_headers("viewer", "bob")
        ) as b,
    ):
        alice, bob = GraphQLClient(a), GraphQLClient(b)
        saved = (await alice(SAVE, {"in": {"name": "mine", "query": "计费"}}))["saveSearch"]
        assert [s["id"] for s in (await alice("{ savedSearches { id } }"))["savedSearches"]] == [saved["id"]]
        assert (await bob("{ savedSearches { id } }"))["savedSearches"] == []
        assert (await bob(POLL, {"id": saved["id"]}))["savedSearch"] is None
        denied = await bob.raw("mutation($id: ID!) { deleteSavedSearch(id: $id) }", {"id": saved["id"]})
        assert denied["errors"][0]["extensions"]["code"] == "NOT_FOUND"
        # viewers may search
        assert (await bob(SEARCH, {"q": "计费"}))["search"]["totalCount"] > 0
