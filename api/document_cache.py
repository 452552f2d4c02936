"""Parsed-and-validated documents, cached per schema by query text.

Parsing and validating a document (graphql-core's ~30 validation rules plus our depth, alias and
introspection rules) cost several milliseconds a request (docs/benchmarks.md) and give the same
answer every time for the same text against the same schema. Clients send the same few documents over
and over, so the first request that parses and validates a text *without errors* stores its
`DocumentNode`; later requests with the same text reuse it and skip validation. Documents with parse or
validation errors are never cached (they are re-checked, and refused, every time).

What stays per request: the token limit (applied while parsing, so a cached document has passed it),
variables, the cost estimate (it depends on the variables), authentication, permissions and
execution.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from threading import Lock

from graphql import DocumentNode
from strawberry.extensions import SchemaExtension

# Bounded memory: at most MAX_ENTRIES documents, each from a text of at most MAX_QUERY_CHARS.
MAX_ENTRIES = 256
MAX_QUERY_CHARS = 20_000


class DocumentCache:
    """An LRU of validated documents for ONE schema (the rules that validated them are that schema's)."""

    def __init__(self, max_entries: int = MAX_ENTRIES, max_query_chars: int = MAX_QUERY_CHARS) -> None:
        self.max_entries = max_entries
        self.max_query_chars = max_query_chars
        self._docs: OrderedDict[str, DocumentNode] = OrderedDict()
        self._lock = Lock()
        self.hits = 0
        self.misses = 0

    def get(self, query: str) -> DocumentNode | None:
        with self._lock:
            doc = self._docs.get(query)
            if doc is None:
                self.misses += 1
                return None
            self._docs.move_to_end(query)
            self.hits += 1
            return doc

    def put(self, query: str, document: DocumentNode) -> None:
        if len(query) > self.max_query_chars:
            return
        with self._lock:
            self._docs[query] = document
            self._docs.move_to_end(query)
            while len(self._docs) > self.max_entries:
                self._docs.popitem(last=False)

    def __len__(self) -> int:
        return len(self._docs)


class CachedDocuments(SchemaExtension):
    """Reuse a document that parsed and validated cleanly before; store new clean ones."""

    def __init__(self, cache: DocumentCache) -> None:
        self.cache = cache
        self.hit = False

    def on_parse(self) -> Iterator[None]:
        ctx = self.execution_context
        if ctx.query and ctx.graphql_document is None:
            document = self.cache.get(ctx.query)
            if document is not None:
                ctx.graphql_document = document  # strawberry does not parse again
                self.hit = True
        yield

    def on_validate(self) -> Iterator[None]:
        ctx = self.execution_context
        if self.hit:
            ctx.pre_execution_errors = []  # validated already, by this schema's rules
        yield
        if not self.hit and ctx.query and ctx.graphql_document is not None and ctx.pre_execution_errors == []:
            self.cache.put(ctx.query, ctx.graphql_document)
