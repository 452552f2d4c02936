"""Relay cursor connections backed by SKIP/LIMIT in Cypher (opaque, stable for a fixed ordering)."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Generic, TypeVar

import strawberry

from api.errors import BadRequest

T = TypeVar("T")
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    node: T
    cursor: str


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    total_count: int

    @strawberry.field
    def nodes(self) -> list[T]:
        return [edge.node for edge in self.edges]


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    try:
        kind, _, value = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
        offset = int(value)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadRequest("invalid cursor", argument="after") from exc
    if kind != "o" or offset < 0:
        raise BadRequest("invalid cursor", argument="after")
    return offset


@dataclass(frozen=True)
class Page:
    skip: int
    limit: int


def page_args(first: int | None, after: str | None) -> Page:
    size = DEFAULT_PAGE_SIZE if first is None else first
    if size < 0:
        raise BadRequest("`first` must not be negative", argument="first")
    if size > MAX_PAGE_SIZE:
        raise BadRequest(f"`first` is at most {MAX_PAGE_SIZE}", argument="first", max=MAX_PAGE_SIZE)
    skip = decode_cursor(after) + 1 if after else 0
    return Page(skip=skip, limit=size)


def make_connection(nodes: list[T], total: int, page: Page) -> Connection[T]:
    edges = [Edge(node=n, cursor=encode_cursor(page.skip + i)) for i, n in enumerate(nodes)]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=page.skip + len(nodes) < total,
            has_previous_page=page.skip > 0,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=total,
    )
