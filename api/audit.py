"""The audit log: every executed mutation field becomes one `(:AuditEvent)` — who (principal, role, how
authenticated), when, what (the operation, its arguments as redacted, truncated JSON, and a redacted
summary of the result) and the outcome (ok, or the error code).

Written by a strawberry extension after the mutation ran (also when it was refused: FORBIDDEN is audited
too). If Neo4j cannot take the event, the full event goes to the structured log instead
(`audit.write_failed`), so nothing is silently dropped.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import AsyncIterator
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
)
from graphql.utilities import value_from_ast_untyped
from neo4j.exceptions import DriverError, Neo4jError
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from api.errors import _UNAVAILABLE, PublicError
from graph.repositories.audit import AuditEventIn
from guanxi.logging import get_logger

log = get_logger(__name__)

REDACTED = "***"
_SECRET_KEYS = re.compile(r"(password|secret|token|apikey|^key$|sourceidentity|source_identity)", re.I)


def redact(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: REDACTED if _SECRET_KEYS.search(str(k)) else redact(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact(v) for v in value]
    return value


def to_json(value: Any, limit: int) -> str:
    text = json.dumps(redact(value), ensure_ascii=False, default=str, sort_keys=True)
    return text if len(text) <= limit else text[: max(0, limit - 1)] + "…"


def error_code(error: GraphQLError) -> str:
    original = error.original_error
    if isinstance(original, PublicError):
        return original.code
    if isinstance(original, _UNAVAILABLE):
        return "SERVICE_UNAVAILABLE"
    if original is None:
        return str((error.extensions or {}).get("code") or "GRAPHQL_VALIDATION_FAILED")
    return "INTERNAL_SERVER_ERROR"


def _root_fields(
    selection_set: SelectionSetNode, fragments: dict[str, FragmentDefinitionNode]
) -> list[FieldNode]:
    out: list[FieldNode] = []
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            out.append(selection)
        elif isinstance(selection, InlineFragmentNode):
            out += _root_fields(selection.selection_set, fragments)
        elif isinstance(selection, FragmentSpreadNode) and selection.name.value in fragments:
            out += _root_fields(fragments[selection.name.value].selection_set, fragments)
    return out


class AuditMutations(SchemaExtension):
    async def on_execute(self) -> AsyncIterator[None]:
        yield
        ctx = self.execution_context
        try:
            if ctx.operation_type is not OperationType.MUTATION or ctx.graphql_document is None:
                return
        except RuntimeError:
            return
        try:
            events = self._events()
        except Exception as exc:  # an audit bug must not turn a done mutation into an error
            log.exception("audit.build_failed", error=str(exc))
            return
        if not events:
            return
        services = ctx.context.services
        try:
            await services.audit.record(events)
        except (DriverError, Neo4jError, OSError) as exc:
            for event in events:
                log.error("audit.write_failed", reason=str(exc), audit_event=event.params())

    def _events(self) -> list[AuditEventIn]:
        ctx = self.execution_context
        document = ctx.graphql_document
        assert document is not None
        settings = ctx.context.settings
        principal = getattr(ctx.context, "principal", None)
        fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
        operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
        if ctx.operation_name:
            operations = [o for o in operations if o.name and o.name.value == ctx.operation_name]
        if not operations:
            return []
        result = ctx.result
        data = (getattr(result, "data", None) or {}) if result is not None else {}
        errors = list(getattr(result, "errors", None) or []) if result is not None else []
        now = dt.datetime.now(dt.UTC)
        events = []
        for node in _root_fields(operations[0].selection_set, fragments):
            name = node.name.value
            if name.startswith("__"):
                continue
            key = node.alias.value if node.alias else name
            variables = ctx.variables or {}
            try:
                args = {
                    a.name.value: value_from_ast_untyped(a.value, variables) for a in node.arguments or ()
                }
            except (GraphQLError, TypeError, ValueError):
                args = {"$variables": variables}
            mine = [e for e in errors if e.path and e.path[0] == key]
            events.append(
                AuditEventIn(
                    id=str(uuid.uuid4()),
                    at=now,
                    principal=principal.id if principal else "unknown",
                    role=principal.role.value if principal else "unknown",
                    via=principal.via if principal else "unknown",
                    operation=name,
                    operation_name=ctx.operation_name,
                    variables=to_json(args, settings.audit_max_chars),
                    result=to_json(data.get(key), settings.audit_max_chars) if key in data else None,
                    ok=not mine,
                    error=error_code(mine[0]) if mine else None,
                )
            )
        return events
