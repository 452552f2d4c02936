"""Search: full-text over documents and entities, facets, co-occurrence, saved searches.

One search costs two round trips: the entity index (entity hits, and the names in the query that
are linked to entities and expanded to their aliases), then the document index (the best `cap`
matches after the filters, ranked; in the same statement how many matched, the ranks the page can
hold, their stored fields and the facet counts of the best `FACET_CAP` matches).
Ranking: Lucene BM25 normalised by the best score of the matched set, plus a bonus for documents that
mention (or are about) the entities named in the query; ties broken by id, so pages are stable.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from graph.names import norm_name
from graph.repositories.base import Repository, Row
from graph.search_query import (
    BuiltQuery,
    LinkedEntity,
    ParsedQuery,
    Snippet,
    build,
    entity_probe,
    highlight_all,
    link_entities,
    link_people,
    parse,
    snippets,
)

DOCUMENT = "Document"
ENTITY_TYPES = ("Organization", "Person", "Product")
HIT_TYPES = (DOCUMENT, *ENTITY_TYPES)

#: documents considered per search (ranking and totalCount are over at most this many)
CANDIDATE_CAP = 1000
#: facet counts are over the best this many of the ranked matches (not over all of them)
FACET_CAP = 1000
#: how many index hits are scanned when filters discard some (the filters run on the index stream)
FILTERED_FETCH = 200_000
ENTITY_CANDIDATES = 50
ENTITY_HITS = 20
FACET_LIMIT = 20
LINK_BONUS = 0.5
ENTITY_WEIGHT = 0.8
LINKED_ENTITY_SCORE = 1.6
MAX_SAVED_SEARCHES = 200


@dataclass(frozen=True)
class SearchFilter:
    types: tuple[str, ...] | None = None
    kinds: tuple[str, ...] | None = None
    customers: tuple[str, ...] | None = None
    competitors: tuple[str, ...] | None = None
    authors: tuple[str, ...] | None = None
    mentions_all: tuple[str, ...] | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    created_after: dt.datetime | None = None

    @property
    def document_only(self) -> bool:
        """Any of these filters only make sense for documents: entity hits are left out."""
        return any(
            v is not None
            for v in (
                self.kinds,
                self.customers,
                self.competitors,
                self.authors,
                self.mentions_all,
                self.date_from,
                self.date_to,
                self.created_after,
            )
        )

    def wants(self, hit_type: str) -> bool:
        if hit_type != DOCUMENT and self.document_only:
            return False
        return self.types is None or hit_type in self.types

    def params(self) -> dict[str, Any]:
        def lst(v: tuple[str, ...] | None) -> list[str] | None:
            return list(v) if v is not None else None

        return {
            "kinds": lst(self.kinds),
            "customers": lst(self.customers),
            "competitors": lst(self.competitors),
            "authors": lst(self.authors),
            "mentionsAll": lst(self.mentions_all) or None,
            "dateFrom": self.date_from,
            "dateTo": self.date_to,
            "createdAfter": self.created_after,
        }

    def to_json(self) -> str:
        data: dict[str, Any] = {}
        for name in ("types", "kinds", "customers", "competitors", "authors", "mentions_all"):
            value = getattr(self, name)
            if value is not None:
                data[name] = list(value)
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None:
                data[name] = value.isoformat()
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> SearchFilter:
        data = json.loads(text) if text else {}
        kwargs: dict[str, Any] = {}
        for name in ("types", "kinds", "customers", "competitors", "authors", "mentions_all"):
            if data.get(name) is not None:
                kwargs[name] = tuple(str(v) for v in data[name])
        for name in ("date_from", "date_to"):
            if data.get(name):
                kwargs[name] = dt.date.fromisoformat(data[name])
        return cls(**kwargs)


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int


@dataclass
class Hit:
    type: str  # Document | Organization | Person | Product
    id: str
    score: float
    lucene_score: float = 0.0
    linked: int = 0  # linked query entities this document mentions
    row: Row | None = None  # stored fields (page hits only)
    mentions: list[Row] = field(default_factory=list)
    snippets: list[Snippet] = field(default_factory=list)
    title_highlight: str | None = None
    name: str | None = None
    titles: list[str] = field(default_factory=list)


@dataclass
class SearchResult:
    hits: list[Hit]  # the requested page
    total: int
    capped: bool  # more documents matched than CANDIDATE_CAP
    facets: dict[str, list[FacetValue]]  # empty lists when not asked for (facets=False)
    query: BuiltQuery
    parsed: ParsedQuery | None = None

    @property
    def linked(self) -> tuple[LinkedEntity, ...]:
        return self.query.linked


FACETS = ("kinds", "customers", "competitors", "authors", "months")


def _facets(row: Row | None) -> dict[str, list[FacetValue]]:
    out: dict[str, list[FacetValue]] = {}
    for name in FACETS:
        values = (row or {}).get(name) or []
        out[name] = [
            FacetValue(str(v["value"]), str(v.get("label") or v["value"]), int(v["count"])) for v in values
        ]
    return out


class SearchRepository(Repository):
    # ------------------------------------------------------------------------- search
    async def search(
        self,
        query: str,
        flt: SearchFilter | None = None,
        *,
        skip: int = 0,
        limit: int = 20,
        cap: int = CANDIDATE_CAP,
        hydrate: bool = True,
        facets: bool = True,
        facet_cap: int = FACET_CAP,
    ) -> SearchResult:
        """Rank documents and entities for a user query (raises QuerySyntaxError on oversize input).
        Two round trips: the entity index (with the staff of named organisations), then the documents:
        how many matched, the ranks the page can hold (with their stored fields unless `hydrate` is
        off) and, unless `facets` is off, the facet counts of the best `facet_cap` matches."""
        flt = flt or SearchFilter()
        parsed = parse(query)
        entity_rows, linked = await self._link(parsed)
        built = build(parsed, linked)
        hits: list[Hit] = []
        if built.lucene:
            hits = self._entity_hits(entity_rows, built, parsed, flt)
        entities_before = len(hits)
        doc_row: Row | None = None
        doc_count = 0
        if flt.wants(DOCUMENT) and (built.lucene or flt.mentions_all):
            # the page's documents have document ranks in [skip - entities, skip + limit)
            detail_from = max(0, skip - entities_before) if hydrate else 0
            detail_to = skip + limit if hydrate else 0
            doc_row = await self._documents(
                built,
                flt,
                cap,
                hits_to=skip + limit,
                detail_from=detail_from,
                detail_to=detail_to,
                facet_cap=facet_cap if facets else 0,
            )
            rows = doc_row["hits"] if doc_row else []
            doc_count = int(doc_row["total"]) if doc_row else 0
            hits.extend(
                Hit(type=DOCUMENT, id=r["id"], score=float(r["score"]), linked=int(r["linked"])) for r in rows
            )
            details = {d["row"]["id"]: d for d in (doc_row or {}).get("details") or []}
        else:
            details = {}
        if built.lucene:  # else: documents by entity only, already newest first
            hits.sort(key=lambda h: (-h.score, h.id))
        page = hits[skip : skip + limit]
        if hydrate:
            self._hydrate(page, details, built)
        return SearchResult(
            hits=page,
            total=entities_before + doc_count,
            capped=doc_count >= cap,
            facets=_facets(doc_row),
            query=built,
            parsed=parsed,
        )

    async def _link(self, parsed: ParsedQuery) -> tuple[list[Row], list[LinkedEntity]]:
        """Entity candidates, and the known entities the query names: organisations, products and
        people by name or alias, and the staff of a named organisation by honorific (弘德供电 穆工)."""
        probe = entity_probe(parsed)
        if not probe:
            return [], []
        row = await self.read_one(
            "search_entities", lucene=probe, limit=ENTITY_CANDIDATES, compact=norm_name(parsed.normalized)
        )
        rows: list[Row] = list(row["entities"]) if row else []
        linked = link_entities(parsed, rows)
        org_ids = {e.id for e in linked if e.type == "Organization"}
        staff = [p for p in (row["staff"] if row else []) if p["orgId"] in org_ids]
        if staff:
            known = {e.id for e in linked}
            taken = [e.span for e in linked]
            for person in link_people(parsed, staff):
                if person.id not in known and not any(person.span in span for span in taken):
                    linked.append(person)
        return rows, linked

    async def link(self, parsed: ParsedQuery) -> list[LinkedEntity]:
        return (await self._link(parsed))[1]

    async def _documents(
        self,
        built: BuiltQuery,
        flt: SearchFilter,
        cap: int,
        *,
        hits_to: int,
        detail_from: int,
        detail_to: int,
        facet_cap: int,
    ) -> Row | None:
        """One round trip: `total` (matches up to `cap`), `hits` (ranks [0, hits_to)), `details` (stored
        fields of ranks [detail_from, detail_to)) and the facets of the best `facet_cap` (0: none)."""
        params = flt.params()
        filtered = any(v is not None for v in params.values())
        common = {
            "cap": cap,
            "hitsTo": hits_to,
            "detailFrom": detail_from,
            "detailTo": detail_to,
            "facets": facet_cap > 0,
            "facetCap": facet_cap,
            "facetLimit": FACET_LIMIT,
        }
        if built.lucene:
            return await self.read_one(
                "search_documents",
                lucene=built.lucene,
                fetch=FILTERED_FETCH if filtered else cap,
                linked=[e.id for e in built.linked],
                linkBonus=LINK_BONUS,
                **common,
                **params,
            )
        return await self.read_one("search_documents_by_entities", **common, **params)

    @staticmethod
    def _entity_hits(rows: list[Row], built: BuiltQuery, parsed: ParsedQuery, flt: SearchFilter) -> list[Hit]:
        """Entity hits from the entity index: the ones the query names first, then by score."""
        rows = [r for r in rows if flt.wants(str(r["type"]))]
        excluded = [c.text.lower() for c in parsed.clauses if c.occur == "MUST_NOT"]
        if excluded:
            rows = [
                r
                for r in rows
                if not any(x in n.lower() for x in excluded for n in [r["name"], *(r.get("aliases") or [])])
            ]
        if not rows:
            return []
        best = max(float(r["score"]) for r in rows) or 1.0
        linked = {e.id for e in built.linked}
        out = []
        for r in rows[:ENTITY_HITS]:
            score = LINKED_ENTITY_SCORE if r["id"] in linked else ENTITY_WEIGHT * float(r["score"]) / best
            out.append(
                Hit(
                    type=str(r["type"]),
                    id=str(r["id"]),
                    score=score,
                    lucene_score=float(r["score"]),
                    name=r.get("name"),
                    titles=list(dict.fromkeys([*(r.get("titles") or []), *(r.get("currentTitles") or [])])),
                )
            )
        return out

    @staticmethod
    def _hydrate(page: list[Hit], details: dict[str, Row], built: BuiltQuery) -> None:
        for h in page:
            if h.type != DOCUMENT:
                if h.name:
                    h.title_highlight = highlight_all(h.name, built.highlight_terms)[0]
                continue
            found = details.get(h.id)
            if found is None:
                continue
            h.row = dict(found["row"])
            h.mentions = sorted(found["mentions"] or [], key=lambda m: (m["type"], m["id"]))
            h.snippets = snippets(h.row.get("text") or "", built.highlight_terms)
            title = h.row.get("title")
            if title:
                h.title_highlight = highlight_all(title, built.highlight_terms)[0]

    async def search_all_ids(
        self, query: str, flt: SearchFilter | None = None, *, limit: int = 10
    ) -> list[str]:
        """Ranked document ids only (evaluation: no entities, no page details)."""
        flt = replace(flt or SearchFilter(), types=(DOCUMENT,))
        result = await self.search(query, flt, skip=0, limit=limit, hydrate=False)
        return [h.id for h in result.hits]

    # ------------------------------------------------------------------------- co-occurrence
    async def related(
        self, entity_id: str, *, types: tuple[str, ...] | None = None, skip: int = 0, limit: int = 20
    ) -> tuple[list[Row], int]:
        row = await self.read_one(
            "search_related", id=entity_id, types=list(types) if types else None, skip=skip, limit=limit
        )
        if not row:
            return [], 0
        return list(row["rows"]), int(row["total"])

    # ------------------------------------------------------------------------- saved searches
    async def save_search(self, owner: str, name: str, query: str, flt: SearchFilter) -> Row:
        count = await self.read_one("saved_search_count_owner", owner=owner)
        if count and int(count["n"]) >= MAX_SAVED_SEARCHES:
            raise SavedSearchLimit(f"at most {MAX_SAVED_SEARCHES} saved searches per user")
        rows = await self.write(
            "saved_search_create",
            id=f"ss-{uuid.uuid4().hex[:16]}",
            owner=owner,
            searchName=name,
            query=query,
            filter=flt.to_json(),
        )
        return dict(rows[0]["row"])

    async def saved_searches(self, owner: str) -> list[Row]:
        return [dict(r["row"]) for r in await self.read("saved_search_list", owner=owner)]

    async def saved_search(self, owner: str, search_id: str) -> Row | None:
        row = await self.read_one("saved_search_get", owner=owner, id=search_id)
        return dict(row["row"]) if row else None

    async def delete_saved_search(self, owner: str, search_id: str) -> bool:
        rows = await self.write("saved_search_delete", owner=owner, id=search_id)
        return bool(rows and rows[0]["deleted"])

    async def mark_checked(self, owner: str, search_id: str, at: dt.datetime | None = None) -> Row | None:
        rows = await self.write("saved_search_mark_checked", owner=owner, id=search_id, at=at)
        return dict(rows[0]["row"]) if rows else None


class SavedSearchLimit(RuntimeError):
    pass
