"""Errors clients may see. Everything else is masked (logged in full on the server)."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError
from neo4j.exceptions import ServiceUnavailable, SessionExpired, TransientError
from strawberry.extensions import MaskErrors


class PublicError(Exception):
    """An error whose message is safe to show; `code` goes to `extensions.code`."""

    code = "BAD_REQUEST"

    def __init__(self, message: str, **extensions: Any) -> None:
        super().__init__(message)
        self.extensions = extensions


class BadRequest(PublicError):
    code = "BAD_REQUEST"


class ValidationFailed(PublicError):
    code = "VALIDATION_FAILED"


class NotFound(PublicError):
    code = "NOT_FOUND"


class Conflict(PublicError):
    code = "CONFLICT"


class Unauthenticated(PublicError):
    code = "UNAUTHENTICATED"


class Forbidden(PublicError):
    code = "FORBIDDEN"


class ServiceUnavailableError(PublicError):
    code = "SERVICE_UNAVAILABLE"


_UNAVAILABLE = (ServiceUnavailable, SessionExpired, TransientError, ConnectionError, TimeoutError)


class CodedMaskErrors(MaskErrors):
    """Keep PublicErrors (with their code), turn database outages into SERVICE_UNAVAILABLE, and mask
    everything else as INTERNAL_SERVER_ERROR without any detail."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=self._should_mask, error_message="Unexpected error.")

    @staticmethod
    def _is_input_error(error: GraphQLError) -> bool:
        """Variable coercion failures (wrong type, missing input field, unparsable Date…): the
        client's mistake, described by graphql-core in terms of the query."""
        return isinstance(error.original_error, GraphQLError) or error.message.startswith("Variable '$")

    @classmethod
    def _should_mask(cls, error: GraphQLError) -> bool:
        original = error.original_error
        if original is None:  # parse/validation errors: safe, they describe the query
            return False
        return not isinstance(original, PublicError) and not cls._is_input_error(error)

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        out: list[GraphQLError] = []
        for error in errors:
            original = error.original_error
            if isinstance(original, PublicError):
                error.extensions = {"code": original.code, **original.extensions}
                out.append(error)
            elif original is None:
                error.extensions = {"code": "GRAPHQL_VALIDATION_FAILED", **(error.extensions or {})}
                out.append(error)
            elif self._is_input_error(error):
                out.append(
                    GraphQLError(
                        error.message,
                        nodes=error.nodes,
                        positions=error.positions,
                        path=error.path,
                        extensions={"code": "BAD_USER_INPUT"},
                    )
                )
            elif isinstance(original, _UNAVAILABLE):
                out.append(
                    GraphQLError(
                        "The graph database is unavailable; retry shortly.",
                        nodes=error.nodes,
                        positions=error.positions,
                        path=error.path,
                        extensions={"code": "SERVICE_UNAVAILABLE"},
                    )
                )
            else:
                masked = self.anonymise_error(error)
                masked.extensions = {"code": "INTERNAL_SERVER_ERROR"}
                out.append(masked)
        return out
