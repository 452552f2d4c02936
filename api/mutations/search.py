"""Saved-search mutations (per user): save, delete, mark the new matches as seen."""

from __future__ import annotations

import datetime as dt

import strawberry

from api.errors import Conflict, NotFound, ValidationFailed
from api.permissions import IsViewer
from api.queries.search import SearchFilterInput, current_user_id, to_search_filter
from api.types.domain import Info
from api.types.search import SavedSearch
from graph.repositories.search import SavedSearchLimit
from graph.search_query import QuerySyntaxError, build, parse

MAX_SEARCH_NAME = 100


@strawberry.input
class SaveSearchInput:
    name: str
    query: str = ""
    filter: SearchFilterInput | None = None


@strawberry.type
class SearchMutations:
    # Saved searches are personal: any authenticated caller manages their own.
    @strawberry.mutation(
        description="Save a search for the current user; poll its `newMatches` as an alert",
        permission_classes=[IsViewer],
    )
    async def save_search(self, info: Info, input: SaveSearchInput) -> SavedSearch:
        name = input.name.strip()
        if not name:
            raise ValidationFailed("`name` must not be empty", field="name")
        if len(name) > MAX_SEARCH_NAME:
            raise ValidationFailed(f"`name` is at most {MAX_SEARCH_NAME} characters", field="name")
        flt = to_search_filter(input.filter)
        try:
            parsed = parse(input.query)
        except QuerySyntaxError as exc:
            raise ValidationFailed(str(exc), field="query") from exc
        if not build(parsed).lucene and not flt.mentions_all:
            raise ValidationFailed("a saved search needs search terms or `filter.mentionsAll`", field="query")
        try:
            row = await info.context.services.search.save_search(
                current_user_id(info), name, input.query.strip(), flt
            )
        except SavedSearchLimit as exc:
            raise Conflict(str(exc)) from exc
        return SavedSearch.from_row(row)

    @strawberry.mutation(
        description="Delete one of the current user's saved searches", permission_classes=[IsViewer]
    )
    async def delete_saved_search(self, info: Info, id: strawberry.ID) -> bool:
        if not await info.context.services.search.delete_saved_search(current_user_id(info), str(id)):
            raise NotFound("saved search not found", argument="id")
        return True

    @strawberry.mutation(
        description="Mark the new matches as seen: `newMatches` counts from now (or `at`)",
        permission_classes=[IsViewer],
    )
    async def mark_saved_search_checked(
        self, info: Info, id: strawberry.ID, at: dt.datetime | None = None
    ) -> SavedSearch:
        if at is not None and at.tzinfo is None:
            at = at.replace(tzinfo=dt.UTC)
        row = await info.context.services.search.mark_checked(current_user_id(info), str(id), at)
        if row is None:
            raise NotFound("saved search not found", argument="id")
        return SavedSearch.from_row(row)
