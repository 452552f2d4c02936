"""Answers to the relationship and influence questions, each with the inputs that produced it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry

from api.types.domain import (
    Contact,
    Info,
    Organization,
    RoleAssignment,
    RoleHolder,
    StanceObservation,
    load_holder,
    load_one,
    to_date,
    to_enum,
)
from api.types.enums import ContributionClass, CustomerStage, DecisionRole, HolderKind, NeedLevel, ValueClass
from api.types.enums import RelationshipLevel as RelationshipLevelEnum
from graph.scoring import Score


@strawberry.type(description="One input of a score: value (0..1) × weight = contribution")
class ScoreComponent:
    name: str
    value: float
    weight: float
    contribution: float
    detail: str


@strawberry.type
class Explained:
    value: float
    components: list[ScoreComponent]

    @classmethod
    def from_score(cls, score: Score) -> Explained:
        return cls(
            value=score.value,
            components=[
                ScoreComponent(
                    name=c.name, value=c.value, weight=c.weight, contribution=c.contribution, detail=c.detail
                )
                for c in score.components
            ],
        )


@strawberry.type(description="Our strongest personal tie to someone")
class RepTie:
    closeness: float | None
    trust: float | None
    level: RelationshipLevelEnum | None
    last_contact: dt.date | None
    rep_id: strawberry.Private[str]

    @strawberry.field
    async def rep(self, info: Info) -> Contact | None:
        return await load_one(info, Contact, "person", self.rep_id)


def _stance(row: dict[str, Any] | None) -> StanceObservation | None:
    return StanceObservation.from_row(row) if row else None


@strawberry.type
class DecisionChainEntry:
    name: str | None
    holder_kind: HolderKind
    roles: list[RoleAssignment]
    stance_toward_us: StanceObservation | None
    stances_toward_competitors: list[StanceObservation]
    strongest_tie: RepTie | None
    influence: Explained
    holder_id: strawberry.Private[str]

    @strawberry.field
    async def holder(self, info: Info) -> RoleHolder | None:
        return await load_holder(info, self.holder_id, self.holder_kind.value)


@strawberry.type(
    description="Who decides: every role holder, ranked by influence, and the roles nobody holds"
)
class DecisionChain:
    as_of: dt.date
    entries: list[DecisionChainEntry]
    missing_roles: list[DecisionRole] = strawberry.field(
        description="of the five roles, those with no holder"
    )

    @classmethod
    def from_result(cls, result: dict[str, Any]) -> DecisionChain:
        entries = []
        for e in result["entries"]:
            tie = e["bestTie"]
            entries.append(
                DecisionChainEntry(
                    name=e["name"],
                    holder_kind=HolderKind(e["holderKind"]),
                    roles=[
                        RoleAssignment.from_row(
                            {**r, "holderId": e["holderId"], "holderKind": e["holderKind"]}
                        )
                        for r in e["roles"]
                    ],
                    stance_toward_us=_stance(e["stanceTowardUs"]),
                    stances_toward_competitors=[
                        StanceObservation.from_row(s) for s in e["stancesTowardCompetitors"]
                    ],
                    strongest_tie=RepTie(
                        closeness=tie.get("closeness"),
                        trust=tie.get("trust"),
                        level=to_enum(RelationshipLevelEnum, tie.get("level")),
                        last_contact=to_date(tie.get("lastContact")),
                        rep_id=tie["repId"],
                    )
                    if tie
                    else None,
                    influence=Explained.from_score(e["score"]),
                    holder_id=e["holderId"],
                )
            )
        return cls(
            as_of=result["asOf"],
            entries=entries,
            missing_roles=[DecisionRole(r) for r in result["missingRoles"]],
        )


@strawberry.type(description="One hop of a path, explained")
class PathHop:
    type: str
    strength: float
    from_name: str | None
    to_name: str | None
    closeness: float | None = None
    trust: float | None = None
    level: str | None = None
    evidence: str | None = None
    from_id: strawberry.Private[str] = ""
    to_id: strawberry.Private[str] = ""

    @strawberry.field
    async def from_contact(self, info: Info) -> Contact | None:
        return await load_one(info, Contact, "person", self.from_id)

    @strawberry.field
    async def to_contact(self, info: Info) -> Contact | None:
        return await load_one(info, Contact, "person", self.to_id)

    @classmethod
    def from_row(cls, h: dict[str, Any]) -> PathHop:
        return cls(
            type=h["type"],
            strength=float(h["strength"]),
            from_name=h.get("fromName"),
            to_name=h.get("toName"),
            closeness=h.get("closeness"),
            trust=h.get("trust"),
            level=h.get("level"),
            evidence=h.get("evidence"),
            from_id=h["fromId"],
            to_id=h["toId"],
        )


@strawberry.type(description="Someone who influences the contact, directly or through others")
class Influencer:
    strength: float = strawberry.field(description="product of the hop strengths of the strongest path")
    sign: int
    depth: int
    direct: bool
    path_count: int
    path: list[PathHop]
    contact_id: strawberry.Private[str]

    @strawberry.field
    async def contact(self, info: Info) -> Contact | None:
        return await load_one(info, Contact, "person", self.contact_id)


@strawberry.type(description="An introduction path, strongest first")
class WarmPath:
    strength: float
    hops: list[PathHop]


@strawberry.type
class InstalledProduct:
    name: str
    since: dt.date | None
    contract_end: dt.date | None
    product_id: strawberry.Private[str]


@strawberry.type
class Supporter:
    name: str | None
    since: dt.date | None
    evidence: str | None
    weight: float | None
    roles: list[str]
    contact_id: strawberry.Private[str]

    @strawberry.field
    async def contact(self, info: Info) -> Contact | None:
        return await load_one(info, Contact, "person", self.contact_id)


@strawberry.type(description="A competitor's position at one account")
class CompetitorPresence:
    incumbent: bool
    engaged: bool
    incumbent_products: list[InstalledProduct]
    contract_end: dt.date | None
    channels: list[Organization]
    favoured_by: list[Supporter]
    last_activity: dt.date | None
    document_count: int
    entrenchment: Explained
    competitor_id: strawberry.Private[str]
    customer_id: strawberry.Private[str]

    @strawberry.field
    async def competitor(self, info: Info) -> Organization | None:
        return await load_one(info, Organization, "organization", self.competitor_id)

    @strawberry.field
    async def customer(self, info: Info) -> Organization | None:
        return await load_one(info, Organization, "organization", self.customer_id)

    @classmethod
    def from_row(cls, r: dict[str, Any]) -> CompetitorPresence:
        products = [
            InstalledProduct(
                name=p["name"],
                since=to_date(p.get("since")),
                contract_end=to_date(p.get("contractEnd")),
                product_id=p["productId"],
            )
            for p in r["products"]
        ]
        ends = [d for d in [to_date(r.get("incumbentContractEnd")), *(p.contract_end for p in products)] if d]
        return cls(
            incumbent=bool(r["incumbent"]),
            engaged=bool(r["engaged"]),
            incumbent_products=products,
            contract_end=max(ends) if ends else None,
            channels=[Organization.from_row({"id": c["id"], "name": c["name"]}) for c in r["channels"]],
            favoured_by=[
                Supporter(
                    name=s.get("name"),
                    since=to_date(s.get("since")),
                    evidence=s.get("evidence"),
                    weight=s.get("weight"),
                    roles=s.get("roles") or [],
                    contact_id=s["id"],
                )
                for s in r["supporters"]
            ],
            last_activity=to_date(r.get("lastActivity")),
            document_count=int(r.get("documentCount") or 0),
            entrenchment=Explained.from_score(r["score"]),
            competitor_id=r["competitor"]["id"],
            customer_id=r["customer"]["id"],
        )


@strawberry.type
class FunnelBucket:
    key: str
    count: int
    amount: float


@strawberry.type(description="One account at a glance")
class AccountSummary:
    as_of: dt.date
    contacts: int
    competitors: int
    documents: int
    last_activity: dt.date | None
    stage: CustomerStage | None
    contribution: ContributionClass | None
    value_class: ValueClass | None
    need_level: NeedLevel | None
    opportunities_by_status: list[FunnelBucket]
    open_by_win_rate: list[FunnelBucket] = strawberry.field(description="open deals per win-rate level")
    open_by_funnel: list[FunnelBucket]
    weighted_pipeline: float = strawberry.field(description="Σ amount × win rate over open deals")
    roles_known: list[DecisionRole]
    missing_roles: list[DecisionRole]
    customer_id: strawberry.Private[str]

    @strawberry.field
    async def customer(self, info: Info) -> Organization | None:
        return await load_one(info, Organization, "organization", self.customer_id)
