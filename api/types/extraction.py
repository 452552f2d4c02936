"""`analyzeText`: the extraction contract (../shared/samples/README.md) as GraphQL types."""

from __future__ import annotations

from typing import Any

import strawberry


@strawberry.type
class ExtractedEntity:
    text: str
    type: str = strawberry.field(description="PERSON | ORG | TITLE | PRODUCT")
    start: int = strawberry.field(description="Python slice offsets into the text; end exclusive")
    end: int


@strawberry.type
class ExtractedPerson:
    name: str
    mentions: list[str]
    org: str | None
    title: str | None


@strawberry.type
class ExtractedOrg:
    name: str
    mentions: list[str]
    kind: str = strawberry.field(description="customer | competitor | supplier | channel | us | other")


@strawberry.type
class ExtractedRole:
    person: str = strawberry.field(description="a person's canonical name or a unit (行长办公会)")
    role: str
    org: str | None


@strawberry.type
class ExtractedStance:
    person: str
    toward: str = strawberry.field(description='"US" or a competitor\'s canonical name')
    stance: str
    evidence: str | None


@strawberry.type
class ExtractedRelation:
    type: str
    source: str
    target: str


@strawberry.type(description="What the extraction finds in one text (same structure as `kg extract`)")
class TextAnalysis:
    entities: list[ExtractedEntity]
    persons: list[ExtractedPerson]
    orgs: list[ExtractedOrg]
    roles: list[ExtractedRole]
    stances: list[ExtractedStance]
    relations: list[ExtractedRelation]

    @classmethod
    def from_contract(cls, c: dict[str, Any]) -> TextAnalysis:
        return cls(
            entities=[
                ExtractedEntity(text=e["text"], type=e["type"], start=e["start"], end=e["end"])
                for e in c.get("entities", [])
            ],
            persons=[
                ExtractedPerson(
                    name=p["name"], mentions=p.get("mentions", []), org=p.get("org"), title=p.get("title")
                )
                for p in c.get("persons", [])
            ],
            orgs=[
                ExtractedOrg(name=o["name"], mentions=o.get("mentions", []), kind=o.get("kind", "other"))
                for o in c.get("orgs", [])
            ],
            roles=[
                ExtractedRole(person=r["person"], role=r["role"], org=r.get("org"))
                for r in c.get("roles", [])
            ],
            stances=[
                ExtractedStance(
                    person=s["person"], toward=s["toward"], stance=s["stance"], evidence=s.get("evidence")
                )
                for s in c.get("stances", [])
            ],
            relations=[
                ExtractedRelation(type=r["type"], source=r["source"], target=r["target"])
                for r in c.get("relations", [])
            ],
        )
