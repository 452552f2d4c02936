"""Gazetteer: known organisations, persons, products and our own company.

A plain dataclass the extraction matches against.  The graph team fills one from Neo4j
(``Gazetteer.from_dict``); ``Gazetteer.builtin()`` holds a lexicon of well-known Chinese and foreign IT
vendors shipped under ``ingest/resources/lexicon.json``.  ``merge`` combines gazetteers (the builtin one
plus the graph's, plus what a batch learns about its own notes).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["GazOrg", "GazPerson", "GazProduct", "Gazetteer", "lexicon"]

RESOURCES = Path(__file__).resolve().parent / "resources"
US_NAME = "中太数据"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The built-in lexicon (surnames, titles, regions, industry words, vendors, products)."""
    with open(RESOURCES / "lexicon.json", encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


@dataclass
class GazOrg:
    name: str
    aliases: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)


@dataclass
class GazPerson:
    name: str
    org: str | None = None
    title: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class GazProduct:
    name: str
    maker: str | None = None


@dataclass
class Gazetteer:
    organisations: list[GazOrg] = field(default_factory=list)
    persons: list[GazPerson] = field(default_factory=list)
    products: list[GazProduct] = field(default_factory=list)
    us_name: str = US_NAME
    us_aliases: list[str] = field(default_factory=list)

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Gazetteer:
        """Build from a plain dict (the ``to_dict`` shape; unknown keys are ignored)."""
        orgs = [
            GazOrg(
                name=o["name"],
                aliases=list(o.get("aliases") or []),
                kinds=list(o.get("kinds") or ([o["kind"]] if o.get("kind") else [])),
            )
            for o in d.get("organisations", d.get("orgs", [])) or []
            if o.get("name")
        ]
        persons = [
            GazPerson(
                name=p["name"],
                org=p.get("org"),
                title=p.get("title"),
                aliases=list(p.get("aliases") or []),
            )
            for p in d.get("persons", []) or []
            if p.get("name")
        ]
        products = [
            GazProduct(name=p["name"], maker=p.get("maker"))
            for p in d.get("products", []) or []
            if p.get("name")
        ]
        us = d.get("us") or {}
        return cls(
            organisations=orgs,
            persons=persons,
            products=products,
            us_name=us.get("name") or d.get("us_name") or US_NAME,
            us_aliases=list(us.get("aliases") or d.get("us_aliases") or []),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "organisations": [asdict(o) for o in self.organisations],
            "persons": [asdict(p) for p in self.persons],
            "products": [asdict(p) for p in self.products],
            "us": {"name": self.us_name, "aliases": list(self.us_aliases)},
        }

    @classmethod
    def builtin(cls) -> Gazetteer:
        """The shipped lexicon of well-known vendors, their products, and our own company."""
        lex = lexicon()
        return cls.from_dict(
            {"organisations": lex["organisations"], "products": lex["products"], "us": lex["us"]}
        )

    def merge(self, other: Gazetteer | None) -> Gazetteer:
        """A new gazetteer with ``other``'s entries added (other wins on kinds/maker conflicts)."""
        if other is None:
            return self
        orgs: dict[str, GazOrg] = {}
        for o in [*self.organisations, *other.organisations]:
            cur = orgs.get(o.name)
            if cur is None:
                orgs[o.name] = GazOrg(o.name, list(o.aliases), list(o.kinds))
            else:
                cur.aliases = list(dict.fromkeys([*cur.aliases, *o.aliases]))
                if o.kinds:
                    cur.kinds = list(dict.fromkeys([*o.kinds, *cur.kinds]))
        persons: dict[tuple[str, str | None], GazPerson] = {}
        for p in [*self.persons, *other.persons]:
            persons[(p.name, p.org)] = p
        products: dict[str, GazProduct] = {}
        for pr in [*self.products, *other.products]:
            if pr.name not in products or pr.maker:
                products[pr.name] = pr
        return Gazetteer(
            organisations=list(orgs.values()),
            persons=list(persons.values()),
            products=list(products.values()),
            us_name=other.us_name or self.us_name,
            us_aliases=list(dict.fromkeys([*self.us_aliases, *other.us_aliases])),
        )

    def fingerprint(self) -> tuple[int, int, int, int]:
        return (len(self.organisations), len(self.persons), len(self.products), len(self.us_aliases))
