"""Catalogue of Cypher statements: one statement per `graph/cypher/<noun>_<verb>.cypher` file.

Statements take parameters only; user input never becomes Cypher text. Files are read once.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import LiteralString

CYPHER_DIR = Path(__file__).parent / "cypher"


@cache
def cypher(name: str) -> LiteralString:
    path = CYPHER_DIR / f"{name}.cypher"
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("//")]
    # The files are part of the package, never user input: treating them as literals is sound.
    statement: LiteralString = "\n".join(lines).strip()
    return statement


def all_statement_names() -> list[str]:
    return sorted(p.stem for p in CYPHER_DIR.glob("*.cypher"))
