"""Result model of the extraction: rich facts plus ``to_contract()`` (the evaluated JSON format)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "EntityMention",
    "Evidence",
    "Extraction",
    "OrgFact",
    "PersonFact",
    "RelationFact",
    "RoleFact",
    "StanceFact",
]


@dataclass(slots=True)
class Evidence:
    sentence: str
    start: int  # offsets of the evidence span in the original text
    end: int


@dataclass(slots=True)
class EntityMention:
    text: str
    type: str
    start: int
    end: int
    source: str = "rule"
    confidence: float = 1.0


@dataclass(slots=True)
class PersonFact:
    name: str
    mentions: list[str]
    org: str | None
    title: str | None
    confidence: float = 0.8
    former_orgs: list[dict[str, Any]] = field(default_factory=list)  # ended employments {org, title}
    candidate: bool = False  # only a title form (张总) was seen


@dataclass(slots=True)
class OrgFact:
    name: str
    mentions: list[str]
    kind: str
    confidence: float = 0.8
    kind_source: str = "default"  # record | relation | context | lexicon | name | default | batch


@dataclass(slots=True)
class RoleFact:
    person: str
    role: str
    org: str | None
    confidence: float = 0.8
    hedged: bool = False
    unit: bool = False
    evidence: Evidence | None = None


@dataclass(slots=True)
class StanceFact:
    person: str
    toward: str
    stance: str
    evidence: str
    confidence: float = 0.8
    hedged: bool = False
    span: Evidence | None = None
    superseded: list[dict[str, str]] = field(default_factory=list)  # earlier stances in the note


@dataclass(slots=True)
class RelationFact:
    type: str
    source: str
    target: str
    confidence: float = 0.8
    hedged: bool = False
    evidence: Evidence | None = None
    attrs: dict[str, Any] = field(default_factory=dict)  # e.g. contract_end for INCUMBENT_AT


@dataclass(slots=True)
class Extraction:
    id: str | None
    kind: str | None
    date: str | None
    text: str
    entities: list[EntityMention] = field(default_factory=list)
    persons: list[PersonFact] = field(default_factory=list)
    orgs: list[OrgFact] = field(default_factory=list)
    roles: list[RoleFact] = field(default_factory=list)
    stances: list[StanceFact] = field(default_factory=list)
    relations: list[RelationFact] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    amounts: list[dict[str, Any]] = field(default_factory=list)
    ended_employments: list[dict[str, Any]] = field(default_factory=list)

    def to_contract(self) -> dict[str, Any]:
        """Exactly the keys of /work/shared/samples/README.md: id, entities, persons, orgs, roles, stances,
        relations."""
        return {
            "id": self.id,
            "entities": [
                {"text": e.text, "type": e.type, "start": e.start, "end": e.end} for e in self.entities
            ],
            "persons": [
                {"name": p.name, "mentions": list(p.mentions), "org": p.org, "title": p.title}
                for p in self.persons
            ],
            "orgs": [{"name": o.name, "mentions": list(o.mentions), "kind": o.kind} for o in self.orgs],
            "roles": [{"person": r.person, "role": r.role, "org": r.org} for r in self.roles],
            "stances": [
                {"person": s.person, "toward": s.toward, "stance": s.stance, "evidence": s.evidence}
                for s in self.stances
            ],
            "relations": [{"type": r.type, "source": r.source, "target": r.target} for r in self.relations],
        }

    def to_rich(self) -> dict[str, Any]:
        """Everything, including confidences, evidence offsets, hedges, dates, amounts, ended employments."""
        return asdict(self)
