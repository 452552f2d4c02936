"""JSONL batches of notes/clippings: one ``{id, kind, date, author, customer, text}`` object a line."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from .encoding import decode_bytes
from .errors import DocumentError
from .models import DEFAULT_LIMITS, DocumentLimits

__all__ = ["KNOWN_KINDS", "REQUIRED_FIELDS", "read_records"]

REQUIRED_FIELDS = ("id", "kind", "text")
OPTIONAL_STR_FIELDS = ("date", "author", "customer", "title", "source", "url")
KNOWN_KINDS = frozenset({"visit_note", "clipping", "email", "meeting_minutes", "call_note", "report"})
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$")
_MAX_ERRORS = 50


def _check(obj: Any, seen: dict[str, int], lineno: int, limits: DocumentLimits) -> list[str]:
    if not isinstance(obj, dict):
        return [f"expected a JSON object, got {type(obj).__name__}"]
    errs: list[str] = []
    for key in REQUIRED_FIELDS:
        if key not in obj or obj[key] is None:
            errs.append(f"missing required field {key!r}")
    rid = obj.get("id")
    if isinstance(rid, int) and not isinstance(rid, bool):
        obj["id"] = rid = str(rid)
    if rid is not None:
        if not isinstance(rid, str) or not _ID.match(rid):
            errs.append("'id' must be a string of letters, digits and ._:/- (at most 128)")
        elif rid in seen:
            errs.append(f"duplicate id {rid!r} (first on line {seen[rid]})")
        else:
            seen[rid] = lineno
    kind = obj.get("kind")
    if kind is not None and (not isinstance(kind, str) or kind not in KNOWN_KINDS):
        errs.append(f"'kind' must be one of {sorted(KNOWN_KINDS)}, got {kind!r}")
    text = obj.get("text")
    if text is not None:
        if not isinstance(text, str):
            errs.append("'text' must be a string")
        elif not text.strip():
            errs.append("'text' is empty")
        elif len(text) > limits.max_text_chars:
            errs.append(f"'text' is longer than {limits.max_text_chars} characters")
    for key in OPTIONAL_STR_FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            errs.append(f"{key!r} must be a string or null")
    d = obj.get("date")
    if isinstance(d, str) and d:
        try:
            date.fromisoformat(d[:10])
        except ValueError:
            errs.append(f"'date' must be an ISO date (YYYY-MM-DD), got {d!r}")
    return errs


def read_records(data: bytes, *, limits: DocumentLimits = DEFAULT_LIMITS) -> list[dict[str, Any]]:
    """Parse and validate a JSONL batch.  Returns the records (unknown extra fields kept as they are).

    Raises DocumentError: EMPTY, TOO_LARGE, BAD_ENCODING/BINARY_CONTENT, or INVALID_RECORD with
    ``details = [{"line": n, "error": "..."}, ...]`` (1-based line numbers; at most 50 listed).
    """
    if not data or not data.strip():
        raise DocumentError("EMPTY", "the batch file is empty")
    if len(data) > limits.max_bytes:
        raise DocumentError("TOO_LARGE", f"the batch file is {len(data)} bytes (limit {limits.max_bytes})")
    text = decode_bytes(data).text
    records: list[dict[str, Any]] = []
    errors: list[dict[str, object]] = []
    seen: dict[str, int] = {}
    n_errors = 0
    for lineno, line in enumerate(text.splitlines(), start=1):
        s = line.strip()
        if not s:
            continue
        if len(records) + n_errors >= limits.max_records:
            raise DocumentError("TOO_LARGE", f"the batch has more than {limits.max_records} records")
        problems: list[str]
        try:
            obj = json.loads(s)
        except (json.JSONDecodeError, RecursionError) as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            col = f" (column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
            problems = [f"not valid JSON: {msg}{col}"]
        else:
            problems = _check(obj, seen, lineno, limits)
        if problems:
            n_errors += 1
            if len(errors) < _MAX_ERRORS:
                errors.append({"line": lineno, "error": "; ".join(problems)})
            continue
        records.append(obj)
    if errors or n_errors:
        first = errors[0]
        raise DocumentError(
            "INVALID_RECORD",
            f"{n_errors} invalid line(s) in the batch; first: line {first['line']}: {first['error']}",
            details=errors,
        )
    if not records:
        raise DocumentError("EMPTY", "the batch has no records")
    return records
