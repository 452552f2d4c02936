"""Search queries: `search`, `related`, and the current user's saved searches."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types.nodes import SelectedField, Selection

from api.errors import BadRequest, ValidationFailed
from api.ids import node_id
from api.pagination import Edge, PageInfo, encode_cursor, page_args
from api.types.domain import Info
from api.types.enums import DocumentKind
from api.types.search import (
    RelatedConnection,
    RelatedEntity,
    SavedSearch,
    SearchHitType,
    SearchResults,
    run_search,
)
from graph.repositories.search import SearchFilter

MAX_FILTER_IDS = 50


def current_user_id(info: Info) -> str:
    """Who owns saved searches. The one place to switch to the authenticated user."""
    return str(info.context.extras.get("user_id") or "anonymous")


@strawberry.input(description="Narrow a search; document filters leave entity hits out")
class SearchFilterInput:
    types: list[SearchHitType] | None = strawberry.field(default=None, description="hit types (default: all)")
    customers: list[strawberry.ID] | None = strawberry.field(
        default=None, description="documents about one of these customers"
    )
    competitors: list[strawberry.ID] | None = strawberry.field(
        default=None, description="documents mentioning one of these competitors"
    )
    kind: DocumentKind | None = None
    authors: list[strawberry.ID] | None = strawberry.field(
        default=None, description="documents by these reps"
    )
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    mentions_all: list[strawberry.ID] | None = strawberry.field(
        default=None, description="documents mentioning all of these entities together"
    )


def _ids(values: list[strawberry.ID] | None, argument: str, *types: str) -> tuple[str, ...] | None:
    if values is None:
        return None
    if len(values) > MAX_FILTER_IDS:
        raise ValidationFailed(f"`{argument}` takes at most {MAX_FILTER_IDS} ids", argument=argument)
    return tuple(node_id(str(v), *types, argument=argument) for v in values)


def _selects(selections: list[Selection], name: str) -> bool:
    """Whether a field `name` is selected here (inside fragments too)."""
    return any(
        s.name == name if isinstance(s, SelectedField) else _selects(s.selections, name) for s in selections
    )


def wants_facets(info: Info) -> bool:
    """Facets cost a pass over the matches: computed only when the query selects `facets`."""
    return any(_selects(f.selections, "facets") for f in info.selected_fields)


def to_search_filter(f: SearchFilterInput | None) -> SearchFilter:
    if f is None:
        return SearchFilter()
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise ValidationFailed("`dateFrom` must not be after `dateTo`", argument="filter.dateFrom")
    return SearchFilter(
        types=tuple(t.value for t in f.types) if f.types else None,
        kinds=(f.kind.value,) if f.kind else None,
        customers=_ids(f.customers, "filter.customers", "Organization"),
        competitors=_ids(f.competitors, "filter.competitors", "Organization"),
        authors=_ids(f.authors, "filter.authors", "Contact"),
        mentions_all=_ids(f.mentions_all, "filter.mentionsAll", "Organization", "Contact", "Product"),
        date_from=f.date_from,
        date_to=f.date_to,
    )


@strawberry.type
class SearchQueries:
    @strawberry.field(
        description=(
            "Full-text search over notes, clippings and entities (Chinese and English). Syntax: terms, "
            '"quoted phrases", AND / OR / NOT, +required, -excluded, prefix*. Ranked by relevance '
            "(ties by id); snippets highlight the matches; facets count the matched documents."
        )
    )
    async def search(
        self,
        info: Info,
        query: str = "",
        filter: SearchFilterInput | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> SearchResults:
        page = page_args(first, after)
        result = await run_search(info, query, to_search_filter(filter), page, facets=wants_facets(info))
        return SearchResults.from_result(result, page.skip)

    @strawberry.field(description="Entities co-occurring with an entity in documents, strongest first")
    async def related(
        self,
        info: Info,
        entity: strawberry.ID,
        types: list[SearchHitType] | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> RelatedConnection:
        page = page_args(first, after)
        entity_id = node_id(str(entity), "Organization", "Contact", "Product", argument="entity")
        wanted = tuple(t.value for t in types or () if t != SearchHitType.DOCUMENT) or None
        if types and not wanted:
            raise BadRequest("`types` of related entities cannot be DOCUMENT only", argument="types")
        rows, total = await info.context.services.search.related(
            entity_id, types=wanted, skip=page.skip, limit=page.limit
        )
        edges = [
            Edge(node=RelatedEntity.from_row(r), cursor=encode_cursor(page.skip + i))
            for i, r in enumerate(rows)
        ]
        return RelatedConnection(
            edges=edges,
            page_info=PageInfo(
                has_next_page=page.skip + len(rows) < total,
                has_previous_page=page.skip > 0,
                start_cursor=edges[0].cursor if edges else None,
                end_cursor=edges[-1].cursor if edges else None,
            ),
            total_count=total,
        )

    @strawberry.field(description="The current user's saved searches, newest first")
    async def saved_searches(self, info: Info) -> list[SavedSearch]:
        rows = await info.context.services.search.saved_searches(current_user_id(info))
        return [SavedSearch.from_row(r) for r in rows]

    @strawberry.field(description="One of the current user's saved searches (null if not theirs)")
    async def saved_search(self, info: Info, id: strawberry.ID) -> SavedSearch | None:
        row = await info.context.services.search.saved_search(current_user_id(info), str(id))
        return SavedSearch.from_row(row) if row else None
