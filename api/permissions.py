"""Authorisation: the role each operation needs, as strawberry permission classes — the one place
where the policy is written down.

| role    | may                                                                                   |
|---------|---------------------------------------------------------------------------------------|
| viewer  | read everything except the source (type and identity) of sensitive intel               |
| analyst | + upserts, links, roles, stances, uploads, extraction review; sees sensitive sources    |
| admin   | + merges, deletes, user (API key) management, the audit log                            |

Mutations carry `permission_classes=[IsAnalyst]` or `[IsAdmin]`; `guard_mutations` (called by
`build_schema`) gives any mutation that has neither `IsAdmin`, so a new mutation cannot ship open.
Sensitive document fields use `sensitive_source()`: for a viewer the field resolves to null (the fact
stays visible, its source does not).
"""

from __future__ import annotations

import inspect
from typing import Any, ClassVar

import strawberry
from strawberry.extensions import FieldExtension
from strawberry.permission import BasePermission, PermissionExtension
from strawberry.utils.await_maybe import await_maybe

from api.errors import Forbidden, Unauthenticated
from graph.enums import SENSITIVE_SOURCE_TYPES
from graph.repositories.users import Role
from guanxi.logging import get_logger

log = get_logger(__name__)


def caller_role(info: strawberry.Info) -> Role | None:
    principal = getattr(info.context, "principal", None)
    return principal.role if principal is not None else None


class RolePermission(BasePermission):
    required: ClassVar[Role] = Role.ADMIN

    def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        role = caller_role(info)
        if role is None:
            raise Unauthenticated("authentication required")
        return role.allows(self.required)

    def on_unauthorized(self) -> None:
        raise Forbidden(f"this operation needs the {self.required.value} role", required=self.required.value)


class IsViewer(RolePermission):
    """Any authenticated caller (reads)."""

    required = Role.VIEWER


class IsAnalyst(RolePermission):
    """Writes of facts: upserts, links, roles, stances, uploads, extraction review."""

    required = Role.ANALYST


class IsAdmin(RolePermission):
    """Merges, deletes, user management, the audit log."""

    required = Role.ADMIN


ROLE_PERMISSIONS: tuple[type[RolePermission], ...] = (IsViewer, IsAnalyst, IsAdmin)


class CanSeeSource(BasePermission):
    """The source type and identity of a document are visible to analysts and admins always, and to
    viewers only when the document's source type is known and not sensitive (insider, former employee,
    third party: `graph.enums.SENSITIVE_SOURCE_TYPES`)."""

    def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        role = caller_role(info)
        if role is not None and role.allows(Role.ANALYST):
            return True
        source_type = getattr(source, "source_type", None)
        return source_type is not None and source_type.value not in SENSITIVE_SOURCE_TYPES


def sensitive_source() -> list[FieldExtension]:
    """Field extensions for a sensitive field: null for callers who may not see it."""
    return [PermissionExtension(permissions=[CanSeeSource()], fail_silently=True, use_directives=False)]


def mutation_role(field: Any) -> Role | None:
    """The role a mutation field requires (None: unguarded)."""
    required: list[Role] = []
    for cls in getattr(field, "permission_classes", None) or ():
        if isinstance(cls, type) and issubclass(cls, RolePermission):
            required.append(cls.required)
    for extension in getattr(field, "extensions", None) or ():
        if isinstance(extension, PermissionExtension):
            required += [p.required for p in extension.permissions if isinstance(p, RolePermission)]
    return max(required, key=lambda r: r.rank) if required else None


class GuardExtension(PermissionExtension):
    """strawberry's PermissionExtension with `source`/`info` taken positionally: the stock one breaks
    on fields that have an argument named `source` (e.g. `unlink(kind, source, target)`)."""

    def resolve(  # type: ignore[override]
        self, next_: Any, source: Any, info: strawberry.Info, /, **kwargs: Any
    ) -> Any:
        for permission in self.permissions:
            allowed = permission.has_permission(source, info)
            if allowed is not True:
                return self._on_unauthorized(permission)
        return next_(source, info, **kwargs)

    async def resolve_async(  # type: ignore[override]
        self, next_: Any, source: Any, info: strawberry.Info, /, **kwargs: Any
    ) -> Any:
        for permission in self.permissions:
            allowed = await await_maybe(permission.has_permission(source, info))
            if allowed is not True:
                return self._on_unauthorized(permission)
        result = next_(source, info, **kwargs)
        return await result if inspect.isawaitable(result) else result


def guard_mutations(mutation_type: type) -> dict[str, Role]:
    """python name → required role of every mutation. A mutation without a role permission fails
    closed: it gets `IsAdmin` (and a warning in the log) until it declares its own. Permission
    extensions are swapped for `GuardExtension` (same permissions)."""
    definition = mutation_type.__strawberry_definition__  # type: ignore[attr-defined]
    out: dict[str, Role] = {}
    for field in definition.fields:
        role = mutation_role(field)
        if role is None:
            log.warning("permissions.unguarded_mutation", mutation=field.python_name, applied="admin")
            field.extensions.append(GuardExtension(permissions=[IsAdmin()], use_directives=False))
            role = Role.ADMIN
        field.extensions = [
            GuardExtension(permissions=e.permissions, use_directives=False, fail_silently=e.fail_silently)
            if type(e) is PermissionExtension
            else e
            for e in field.extensions
        ]
        out[field.python_name] = role
    return out
