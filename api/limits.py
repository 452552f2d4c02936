"""Hardening limits: request body size, per-key rate limit, and the GraphQL query cost estimate.

Depth, aliases and tokens are limited by strawberry's own extensions (`api/schema.py`); the page size is
capped in `api/pagination.py` (`first` ≤ 100); each Neo4j transaction has a server-side timeout
(`NEO4J_TX_TIMEOUT_S`, `graph/repositories/base.py`), so a runaway query cannot hold the server.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    get_nullable_type,
    is_list_type,
)
from graphql.type import GraphQLInterfaceType
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from strawberry.extensions import SchemaExtension

from api.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

# A list field without a `first` argument is assumed to return this many items.
LIST_FACTOR = 5


def json_error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """A GraphQL-shaped error body for answers given before GraphQL runs (401, 413, 429, 503)."""
    return JSONResponse(
        {"data": None, "errors": [{"message": message, "extensions": {"code": code}}]},
        status_code=status,
        headers=headers,
    )


# ------------------------------------------------------------------------------ rate limit
class RateLimiter:
    """A token bucket per principal, in memory (one process). `acquire` returns None when the request
    may go, else the seconds to wait (for Retry-After)."""

    def __init__(self, per_minute: int, burst: int) -> None:
        self.rate = per_minute / 60.0
        self.capacity = float(max(1, burst))
        self._buckets: dict[str, tuple[float, float]] = {}

    def acquire(self, key: str) -> int | None:
        if self.rate <= 0:
            return None
        now = time.monotonic()
        tokens, last = self._buckets.get(key, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - last) * self.rate)
        if tokens >= 1.0:
            self._buckets[key] = (tokens - 1.0, now)
            return None
        self._buckets[key] = (tokens, now)
        if len(self._buckets) > 50_000:  # bounded memory: forget full buckets
            self._buckets = {k: v for k, v in self._buckets.items() if v[0] < self.capacity}
        return max(1, math.ceil((1.0 - tokens) / self.rate))


# ------------------------------------------------------------------------------ body size
class BodyLimitMiddleware:
    """413 for bodies over `max_json` bytes (`max_multipart` for multipart uploads), checked on the
    declared Content-Length and again while the body streams in (chunked requests); 400 for a
    non-multipart body that is not UTF-8."""

    def __init__(self, app: ASGIApp, max_json: int, max_multipart: int) -> None:
        self.app = app
        self.max_json = max_json
        self.max_multipart = max_multipart

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        multipart = headers.get(b"content-type", b"").lower().startswith(b"multipart/")
        limit = self.max_multipart if multipart else self.max_json
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > limit
            except ValueError:
                await json_error(400, "BAD_REQUEST", "invalid Content-Length")(scope, receive, send)
                return
            if too_big:
                await self._too_large(scope, receive, send, limit)
                return
        # Buffer the body (it is at most `limit` bytes) so that a chunked request without a
        # Content-Length is cut off here, before any handler has started answering.
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # client went away
                return
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > limit:
                await self._too_large(scope, receive, send, limit)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if body and not multipart:
            try:  # JSON bodies are UTF-8 (RFC 8259); the GraphQL view would fail with a 500
                body.decode("utf-8")
            except UnicodeDecodeError:
                await json_error(400, "BAD_REQUEST", "request body is not valid UTF-8")(scope, receive, send)
                return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    @staticmethod
    async def _too_large(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        response = json_error(413, "PAYLOAD_TOO_LARGE", f"request body is limited to {limit} bytes")
        await response(scope, receive, send)


# ------------------------------------------------------------------------------ query cost
class QueryCostLimiter(SchemaExtension):
    """Rejects operations whose estimated cost exceeds `max_cost` before anything is resolved.

    Cost = the number of fields that would be resolved if every list were full: a field costs 1 times
    the product of the sizes of the lists above it; a list's size is its `first` argument (default 20,
    at most 100) or 5 for lists without one. Fragments are expanded; variables are read.
    """

    def __init__(self, max_cost: int, cache: CostCache | None = None) -> None:
        self.max_cost = max_cost
        self.cache = cache

    def on_execute(self) -> Iterator[None]:
        ctx = self.execution_context
        document = ctx.graphql_document
        if document is not None:
            key = CostCache.key(ctx.query, ctx.operation_name, ctx.variables) if self.cache else None
            cost = self.cache.get(key) if self.cache and key else None
            if cost is None:
                cost = estimate_cost(
                    ctx.schema._schema, document.definitions, ctx.operation_name, ctx.variables
                )
                if self.cache and key:
                    self.cache.put(key, cost)
            if cost > self.max_cost:
                raise GraphQLError(
                    f"query is too expensive: estimated cost {cost} exceeds the limit of {self.max_cost}; "
                    "request smaller pages (`first`) or fewer nested lists",
                    extensions={"code": "QUERY_TOO_COMPLEX", "cost": cost, "maxCost": self.max_cost},
                )
        yield


MAX_COST_QUERY_CHARS = 20_000


class CostCache:
    """Estimated costs of one schema by (query text, operation, integer variables): the estimate
    depends on nothing else (list sizes come from `first`, an Int literal or variable), so a repeated
    request skips the walk over its document. Bounded LRU."""

    def __init__(self, max_entries: int = 1024) -> None:
        self.max_entries = max_entries
        self._costs: OrderedDict[tuple[Any, ...], int] = OrderedDict()

    @staticmethod
    def key(
        query: str | None, operation_name: str | None, variables: dict[str, Any] | None
    ) -> tuple[Any, ...] | None:
        if not query or len(query) > MAX_COST_QUERY_CHARS:
            return None
        ints = tuple(sorted((k, v) for k, v in (variables or {}).items() if isinstance(v, int)))
        return (query, operation_name, ints)

    def get(self, key: tuple[Any, ...]) -> int | None:
        cost = self._costs.get(key)
        if cost is not None:
            self._costs.move_to_end(key)
        return cost

    def put(self, key: tuple[Any, ...], cost: int) -> None:
        self._costs[key] = cost
        while len(self._costs) > self.max_entries:
            self._costs.popitem(last=False)


def estimate_cost(
    schema: GraphQLSchema, definitions: Any, operation_name: str | None, variables: dict[str, Any] | None
) -> int:
    fragments = {d.name.value: d for d in definitions if isinstance(d, FragmentDefinitionNode)}
    operations = [d for d in definitions if isinstance(d, OperationDefinitionNode)]
    if operation_name:
        operations = [o for o in operations if o.name and o.name.value == operation_name]
    if not operations:
        return 0
    op = operations[0]
    root = {"query": schema.query_type, "mutation": schema.mutation_type}.get(op.operation.value)
    if root is None:
        return 0
    return _cost(schema, root, op.selection_set, fragments, variables or {}, 1, set())


def _cost(
    schema: GraphQLSchema,
    parent: GraphQLNamedType,
    selection_set: SelectionSetNode | None,
    fragments: dict[str, FragmentDefinitionNode],
    variables: dict[str, Any],
    multiplier: int,
    seen_fragments: set[str],
) -> int:
    if selection_set is None:
        return 0
    total = 0
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            total += multiplier
            fields = parent.fields if isinstance(parent, GraphQLObjectType | GraphQLInterfaceType) else {}
            field_def = fields.get(selection.name.value)
            if field_def is None or selection.selection_set is None:
                continue
            child = get_named_type(field_def.type)
            factor = _list_factor(selection, field_def.type, child, variables)
            total += _cost(
                schema, child, selection.selection_set, fragments, variables, multiplier * factor,
                seen_fragments,
            )
        elif isinstance(selection, InlineFragmentNode):
            target = parent
            if selection.type_condition is not None:
                target = schema.get_type(selection.type_condition.name.value) or parent
            total += _cost(
                schema, target, selection.selection_set, fragments, variables, multiplier, seen_fragments
            )
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            fragment = fragments.get(name)
            if fragment is None or name in seen_fragments:  # cycles are rejected by validation anyway
                continue
            target = schema.get_type(fragment.type_condition.name.value) or parent
            total += _cost(
                schema, target, fragment.selection_set, fragments, variables, multiplier,
                seen_fragments | {name},
            )
    return total


def _list_factor(node: FieldNode, field_type: Any, child: GraphQLNamedType, variables: dict[str, Any]) -> int:
    first = None
    for argument in node.arguments or ():
        if argument.name.value == "first":
            value = argument.value
            if isinstance(value, IntValueNode):
                first = int(value.value)
            elif isinstance(value, VariableNode):
                raw = variables.get(value.name.value)
                first = raw if isinstance(raw, int) else None
    is_connection = child.name.endswith("Connection")
    if first is not None:
        return max(1, min(first, MAX_PAGE_SIZE)) if (is_connection or is_list_type(
            get_nullable_type(field_type))) else 1
    if is_connection:
        return DEFAULT_PAGE_SIZE
    return LIST_FACTOR if is_list_type(get_nullable_type(field_type)) else 1
