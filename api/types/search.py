"""GraphQL types of search: hits with highlighted snippets, facets, co-occurrence, saved searches."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from enum import StrEnum
from typing import Annotated, Any

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from api.errors import ValidationFailed
from api.pagination import Edge, Page, PageInfo, page_args
from api.types.domain import Contact, Document, Info, Organization, Product, to_date
from api.types.enums import DocumentKind
from graph.repositories.search import DOCUMENT, FacetValue, Hit, SearchFilter, SearchResult
from graph.search_query import QuerySyntaxError, Snippet


@strawberry.enum(description="What a search hit is")
class SearchHitType(StrEnum):
    DOCUMENT = "Document"
    ORGANIZATION = "Organization"
    PERSON = "Person"
    PRODUCT = "Product"


_GQL_TYPE = {
    "Organization": "Organization",
    "Person": "Contact",
    "Product": "Product",
    "Document": "Document",
}

SearchNode = Annotated[Document | Organization | Contact | Product, strawberry.union("SearchNode")]
EntityNode = Annotated[Organization | Contact | Product, strawberry.union("EntityNode")]


async def load_entity(
    info: Info, entity_type: str, entity_id: str
) -> Organization | Contact | Product | None:
    loaders = info.context.loaders
    if entity_type == "Organization":
        row = await loaders.organization.load(entity_id)
        return Organization.from_row(row) if row else None
    if entity_type == "Person":
        row = await loaders.person.load(entity_id)
        return Contact.from_row(row) if row else None
    if entity_type == "Product":
        row = await loaders.product.load(entity_id)
        return Product.from_row(row) if row else None
    return None


def global_id(entity_type: str, entity_id: str) -> relay.GlobalID:
    return relay.GlobalID(_GQL_TYPE.get(entity_type, entity_type), entity_id)


@strawberry.type(description="A character range [start, end) (Python/JS string offsets)")
class TextRange:
    start: int
    end: int


@strawberry.type(description="A passage of a document around the matched terms")
class SearchSnippet:
    text: str = strawberry.field(description="the passage as stored")
    highlighted: str = strawberry.field(
        description="HTML: the passage escaped, matches wrapped in <em>…</em>, … where it is cut"
    )
    start: int = strawberry.field(description="offset of the passage in the document text")
    end: int
    matches: list[TextRange] = strawberry.field(description="matched ranges, relative to `text`")

    @classmethod
    def from_snippet(cls, s: Snippet) -> SearchSnippet:
        return cls(
            text=s.text,
            highlighted=s.highlighted,
            start=s.start,
            end=s.end,
            matches=[TextRange(start=a, end=b) for a, b in s.matches],
        )


@strawberry.type(description="An entity: its id, name and type, and the node itself")
class EntityRef:
    id: relay.GlobalID
    name: str
    type: SearchHitType
    raw_id: strawberry.Private[str]

    @strawberry.field
    async def entity(self, info: Info) -> EntityNode | None:
        return await load_entity(info, self.type.value, self.raw_id)

    @classmethod
    def make(cls, entity_type: str, entity_id: str, name: str) -> EntityRef:
        return cls(
            id=global_id(entity_type, entity_id), name=name, type=SearchHitType(entity_type), raw_id=entity_id
        )


@strawberry.type(description="One search hit: a document (with snippets) or an entity")
class SearchHit:
    type: SearchHitType
    score: float = strawberry.field(description="relevance, higher is better (comparable within one search)")
    title_highlighted: str | None = strawberry.field(
        description="HTML-escaped title (documents) or name (entities) with matches in <em>…</em>"
    )
    snippets: list[SearchSnippet]
    mentions: list[EntityRef] = strawberry.field(description="the entities the document mentions")
    titles: list[str] = strawberry.field(description="current job titles (people)")
    raw_id: strawberry.Private[str]
    document_row: strawberry.Private[dict[str, Any] | None]

    @strawberry.field(description="Global id of the node")
    def id(self) -> relay.GlobalID:
        return global_id(self.type.value, self.raw_id)

    @strawberry.field
    async def node(self, info: Info) -> SearchNode | None:
        if self.type == SearchHitType.DOCUMENT:
            return Document.from_row(self.document_row) if self.document_row else None
        return await load_entity(info, self.type.value, self.raw_id)

    @classmethod
    def from_hit(cls, hit: Hit) -> SearchHit:
        return cls(
            type=SearchHitType(hit.type),
            score=round(hit.score, 6),
            title_highlighted=hit.title_highlight,
            snippets=[SearchSnippet.from_snippet(s) for s in hit.snippets],
            mentions=[EntityRef.make(m["type"], m["id"], m.get("name") or "") for m in hit.mentions],
            titles=hit.titles,
            raw_id=hit.id,
            document_row=hit.row,
        )


@strawberry.type(description="One value of a facet and how many matched documents have it")
class FacetCount:
    value: str = strawberry.field(description="the filter value: a global id, a kind, or a month YYYY-MM")
    label: str
    count: int


@strawberry.type(description="Counts over the matched documents (at most the first 1000 matches)")
class SearchFacets:
    kind: list[FacetCount]
    customer: list[FacetCount]
    competitor: list[FacetCount]
    author: list[FacetCount]
    month: list[FacetCount]

    @classmethod
    def from_result(cls, facets: dict[str, list[FacetValue]]) -> SearchFacets:
        def conv(name: str, gql_type: str | None) -> list[FacetCount]:
            out = []
            for f in facets.get(name, []):
                value = str(relay.GlobalID(gql_type, f.value)) if gql_type else f.value
                out.append(FacetCount(value=value, label=f.label, count=f.count))
            return out

        return cls(
            kind=[
                FacetCount(value=DocumentKind(f.value).name, label=f.label, count=f.count)
                if f.value in {k.value for k in DocumentKind}
                else FacetCount(value=f.value, label=f.label, count=f.count)
                for f in facets.get("kinds", [])
            ],
            customer=conv("customers", "Organization"),
            competitor=conv("competitors", "Organization"),
            author=conv("authors", "Contact"),
            month=conv("months", None),
        )


@strawberry.type(description="Search results: a page of hits, the facets of all matches, the parsed query")
class SearchResults:
    edges: list[Edge[SearchHit]]
    page_info: PageInfo
    total_count: int = strawberry.field(description="hits in all (documents counted up to 1000)")
    total_capped: bool = strawberry.field(description="more than 1000 documents matched")
    facets: SearchFacets
    terms: list[str] = strawberry.field(description="what was searched, after normalisation and stop words")
    linked_entities: list[EntityRef] = strawberry.field(
        description="known entities named in the query (searched with their aliases, boosted)"
    )

    @strawberry.field
    def nodes(self) -> list[SearchHit]:
        return [e.node for e in self.edges]

    @classmethod
    def from_result(cls, result: SearchResult, skip: int) -> SearchResults:
        from api.pagination import encode_cursor

        hits = [SearchHit.from_hit(h) for h in result.hits]
        edges = [Edge(node=h, cursor=encode_cursor(skip + i)) for i, h in enumerate(hits)]
        return cls(
            edges=edges,
            page_info=PageInfo(
                has_next_page=skip + len(hits) < result.total,
                has_previous_page=skip > 0,
                start_cursor=edges[0].cursor if edges else None,
                end_cursor=edges[-1].cursor if edges else None,
            ),
            total_count=result.total,
            total_capped=result.capped,
            facets=SearchFacets.from_result(result.facets),
            terms=list(result.query.terms),
            linked_entities=[EntityRef.make(e.type, e.id, e.name) for e in result.linked],
        )


@strawberry.type(description="An entity that co-occurs with another in documents")
class RelatedEntity:
    entity_ref: strawberry.Private[EntityRef]
    documents: int = strawberry.field(description="documents mentioning both")
    strength: float = strawberry.field(
        description="Jaccard overlap of the two entities' documents (0..1): shared / either"
    )
    last_seen: dt.date | None = strawberry.field(description="date of the latest shared document")

    @strawberry.field
    def id(self) -> relay.GlobalID:
        return self.entity_ref.id

    @strawberry.field
    def name(self) -> str:
        return self.entity_ref.name

    @strawberry.field
    def type(self) -> SearchHitType:
        return self.entity_ref.type

    @strawberry.field
    async def entity(self, info: Info) -> EntityNode | None:
        return await load_entity(info, self.entity_ref.type.value, self.entity_ref.raw_id)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> RelatedEntity:
        return cls(
            entity_ref=EntityRef.make(row["type"], row["id"], row.get("name") or ""),
            documents=int(row["together"]),
            strength=round(float(row["jaccard"]), 6),
            last_seen=to_date(row.get("lastSeen")),
        )


@strawberry.type(description="Entities co-occurring with one, strongest first")
class RelatedConnection:
    edges: list[Edge[RelatedEntity]]
    page_info: PageInfo
    total_count: int

    @strawberry.field
    def nodes(self) -> list[RelatedEntity]:
        return [e.node for e in self.edges]


@strawberry.type(
    description="A search a user saved; poll `newMatches` for what arrived since `lastCheckedAt`"
)
class SavedSearch:
    id: strawberry.ID
    name: str
    query: str
    filter: JSON = strawberry.field(description="the saved filter (graph ids)")
    created_at: dt.datetime
    last_checked_at: dt.datetime = strawberry.field(description="new matches are counted from here")
    filter_json: strawberry.Private[str]

    def _filter(self, since: dt.datetime | None) -> SearchFilter:
        if since is not None and since.tzinfo is None:
            since = since.replace(tzinfo=dt.UTC)
        return replace(
            SearchFilter.from_json(self.filter_json),
            types=(DOCUMENT,),
            created_after=since or self.last_checked_at,
        )

    @strawberry.field(
        description="Documents matching the search that were added after `since` (default: lastCheckedAt)"
    )
    async def new_matches(
        self, info: Info, first: int | None = None, after: str | None = None, since: dt.datetime | None = None
    ) -> SearchResults:
        page = page_args(first, after)
        result = await run_search(info, self.query, self._filter(since), page)
        return SearchResults.from_result(result, page.skip)

    @strawberry.field(description="How many documents arrived since `since` (default: lastCheckedAt)")
    async def new_match_count(self, info: Info, since: dt.datetime | None = None) -> int:
        result = await run_search(info, self.query, self._filter(since), Page(skip=0, limit=0), facets=False)
        return result.total

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> SavedSearch:
        import json

        def when(value: Any) -> dt.datetime:
            return value.to_native() if hasattr(value, "to_native") else value

        return cls(
            id=strawberry.ID(row["id"]),
            name=row["name"],
            query=row["query"],
            filter=json.loads(row.get("filter") or "{}"),
            created_at=when(row["createdAt"]),
            last_checked_at=when(row["lastCheckedAt"]),
            filter_json=row.get("filter") or "{}",
        )


async def run_search(
    info: Info, query: str, flt: SearchFilter, page: Page, *, facets: bool = True
) -> SearchResult:
    """Run a search for a resolver; bad syntax becomes a VALIDATION_FAILED error."""
    try:
        return await info.context.services.search.search(
            query, flt, skip=page.skip, limit=page.limit, facets=facets
        )
    except QuerySyntaxError as exc:
        raise ValidationFailed(str(exc), argument="query") from exc
