"""Global ids (Relay) ↔ the graph's own ids, with type checking and clear errors."""

from __future__ import annotations

from strawberry import relay

from api.errors import BadRequest


def node_id(gid: relay.GlobalID | str | None, *types: str, argument: str = "id") -> str:
    """Accept a Relay global id (checked against `types`) or, for convenience, a raw graph id."""
    if gid is None:
        raise BadRequest(f"`{argument}` is required", argument=argument)
    if isinstance(gid, str):
        try:
            gid = relay.GlobalID.from_id(gid)
        except Exception:
            return str(gid)
    if types and gid.type_name not in types:
        raise BadRequest(
            f"`{argument}` must be the id of a {' or '.join(types)}, not a {gid.type_name}", argument=argument
        )
    return gid.node_id
