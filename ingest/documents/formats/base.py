from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Extracted"]


@dataclass(slots=True)
class Extracted:
    text: str
    title: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
