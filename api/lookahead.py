"""Look-ahead query planning: read the selection set before resolving, fetch nested levels in one
Cypher statement, and prime the request's DataLoaders with the rows.

Without it, `organizations { nodes { employees { contact { roles { … } } } } }` costs one round trip
per level (the page, then the employments of all its organisations, then the roles of all their
people). With it, `organizations` sees that `employees` (and below it `contact { roles }`) is selected
and asks `organization_list_nested` for everything at once; the rows it returns have exactly the shape
the per-level statements return, and they go into the same DataLoaders (employments by organisation,
person, roles by holder). The field resolvers do not change, so the result, the permissions on the
fields (e.g. the sensitive source fields of `provenance { sources }`) and the errors are the same as
on the per-level path; only the number of round trips changes (tests/test_lookahead.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from strawberry.types.nodes import SelectedField, Selection

from api.loaders import Loaders

# Tests switch this off to compare the look-ahead path with the per-level path.
ENABLED = True


def children(selections: Iterable[Selection], name: str) -> list[Selection]:
    """The sub-selections of every field called `name` in `selections` (fragments flattened; every
    alias of the field counts)."""
    out: list[Selection] = []
    for selection in selections:
        if isinstance(selection, SelectedField):
            if selection.name == name:
                out.extend(selection.selections)
        else:  # a fragment spread or an inline fragment: look inside
            out.extend(children(selection.selections, name))
    return out


def selects(selections: Iterable[Selection], name: str) -> bool:
    for selection in selections:
        if isinstance(selection, SelectedField):
            if selection.name == name:
                return True
        elif selects(selection.selections, name):
            return True
    return False


@dataclass(frozen=True)
class OrganizationPlan:
    employees: bool = False  # nodes { employees { … } }
    employee_roles: bool = False  # nodes { employees { contact { roles { … } } } }


def organization_connection_plan(selected: Iterable[Selection]) -> OrganizationPlan:
    """What to fetch with a `Connection[Organization]` page; `selected` is `info.selected_fields` of the
    connection field (the field itself, its sub-selections below it)."""
    if not ENABLED:
        return OrganizationPlan()
    connection = [s for field in selected for s in field.selections]
    organizations = children(connection, "nodes") + children(children(connection, "edges"), "node")
    employees = children(organizations, "employees")
    if not employees and not selects(organizations, "employees"):
        return OrganizationPlan()
    return OrganizationPlan(employees=True, employee_roles=selects(children(employees, "contact"), "roles"))


def prime_employees(loaders: Loaders, org_rows: list[dict[str, Any]], *, with_roles: bool) -> None:
    """Move the nested rows of `organization_list_nested` into the request's DataLoaders."""
    for org in org_rows:
        employments = org.pop("employees", None) or []
        for employment in employments:
            person = employment.pop("person", None)
            roles = employment.pop("roles", None)
            if person:
                loaders.person.prime(person["id"], person)
                if with_roles:
                    loaders.roles_by_holder.prime(person["id"], roles or [])
        loaders.employments_by_org.prime(org["id"], employments)
