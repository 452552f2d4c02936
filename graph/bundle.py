"""A `Bundle` is plain data that `graph.loader` writes to Neo4j in UNWIND batches.

The demo generator produces bundles; curated imports (CSV/JSON from a CRM) can too. Every id is the
caller's stable external id: loading the same bundle twice changes nothing (MERGE by id).
Facts may carry provenance (`sources`: document ids, `evidence`, `confidence`); curated facts without
sources are marked `curated = true` in the graph and are never removed by deleting a document.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from graph.enums import (
    ChannelType,
    CompetitivePosition,
    ContributionClass,
    CustomerStage,
    DecisionRole,
    DocumentKind,
    FunnelPosition,
    IntelSourceType,
    NeedLevel,
    OpportunityStatus,
    OrgRelationType,
    OrgRole,
    RelationshipLevel,
    Stance,
    SupportLevel,
    Tactic,
    UnitKind,
    ValueClass,
    WinRate,
)


class Provenance(BaseModel):
    sources: list[str] = Field(default_factory=list, description="ids of supporting documents")
    evidence: str | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


class OrganizationIn(BaseModel):
    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    roles: list[OrgRole] = Field(default_factory=list)
    industry: str | None = None
    region: str | None = None
    description: str | None = None
    channel_type: ChannelType | None = None
    # customer profile (seed 001/002)
    stage: CustomerStage | None = None
    contribution: ContributionClass | None = None
    value_class: ValueClass | None = None
    need_level: NeedLevel | None = None
    # competitor profile
    competitive_position: CompetitivePosition | None = None
    candidate: bool = False  # found in text, not curated


class OrgUnitIn(BaseModel):
    id: str
    org_id: str
    name: str
    kind: UnitKind = UnitKind.DEPARTMENT


class PersonIn(BaseModel):
    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    email: str | None = None
    phone: str | None = None
    is_rep: bool = False  # one of our own sales reps
    candidate: bool = False


class EmploymentIn(Provenance):
    person_id: str
    org_id: str
    title: str | None = None
    unit_id: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


class ReportsToIn(Provenance):
    person_id: str
    manager_id: str


class InfluenceIn(Provenance):
    source_id: str
    target_id: str
    strength: float = Field(default=0.5, ge=0.0, le=1.0)
    sign: int = Field(default=1, description="+1 pushes the same way, -1 pushes against")


class KnowsIn(Provenance):
    """A personal relationship: rep ↔ contact (or contact ↔ contact), seed 002 relationship levels."""

    source_id: str
    target_id: str
    closeness: float = Field(default=0.5, ge=0.0, le=1.0)
    trust: float = Field(default=0.5, ge=0.0, le=1.0)
    level: RelationshipLevel = RelationshipLevel.ACQUAINTED
    last_contact: dt.date | None = None


class ProductIn(BaseModel):
    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    maker_id: str | None = None
    category: str | None = None
    candidate: bool = False


class ProductUseIn(Provenance):
    customer_id: str
    product_id: str
    since: dt.date | None = None
    contract_end: dt.date | None = None


class OrgRelationIn(Provenance):
    type: OrgRelationType
    source_id: str
    target_id: str
    product_id: str | None = None
    contract_end: dt.date | None = None


class OpportunityIn(BaseModel):
    id: str
    name: str
    customer_id: str
    owner_id: str | None = None  # our rep
    product_ids: list[str] = Field(default_factory=list)
    competitor_ids: list[str] = Field(default_factory=list)
    amount: float | None = Field(default=None, ge=0)
    currency: str = "CNY"
    win_rate: WinRate | None = None
    funnel: FunnelPosition | None = None
    tactic: Tactic | None = None
    status: OpportunityStatus = OpportunityStatus.OPEN
    created: dt.date | None = None
    expected_decision: dt.date | None = None


class RoleIn(Provenance):
    """A person or unit holds a decision role in an opportunity (or the account in general)."""

    holder_id: str
    role: DecisionRole
    opportunity_id: str | None = None
    org_id: str | None = None  # the account, when not tied to one opportunity
    weight: float | None = Field(default=None, ge=0.0, le=1.0, description="决策权重")
    power: float | None = Field(default=None, ge=0.0, le=1.0, description="决策能力")


class StanceIn(BaseModel):
    """One observation of a holder's stance toward an organisation (us or a competitor)."""

    id: str
    holder_id: str
    toward_id: str
    stance: Stance
    level: SupportLevel | None = None
    date: dt.date
    evidence: str | None = None
    document_id: str | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class DocumentIn(BaseModel):
    id: str
    kind: DocumentKind
    title: str | None = None
    text: str
    date: dt.date | None = None
    author_id: str | None = None  # rep, for visit notes
    customer_id: str | None = None
    source: str | None = None  # publication, for clippings
    url: str | None = None
    source_type: IntelSourceType | None = None
    source_identity: str | None = None  # who told us; sensitive
    mentions: list[str] = Field(default_factory=list, description="ids of entities it mentions")


class Bundle(BaseModel):
    organizations: list[OrganizationIn] = Field(default_factory=list)
    units: list[OrgUnitIn] = Field(default_factory=list)
    persons: list[PersonIn] = Field(default_factory=list)
    employments: list[EmploymentIn] = Field(default_factory=list)
    reports_to: list[ReportsToIn] = Field(default_factory=list)
    influences: list[InfluenceIn] = Field(default_factory=list)
    knows: list[KnowsIn] = Field(default_factory=list)
    products: list[ProductIn] = Field(default_factory=list)
    product_uses: list[ProductUseIn] = Field(default_factory=list)
    org_relations: list[OrgRelationIn] = Field(default_factory=list)
    opportunities: list[OpportunityIn] = Field(default_factory=list)
    roles: list[RoleIn] = Field(default_factory=list)
    stances: list[StanceIn] = Field(default_factory=list)
    documents: list[DocumentIn] = Field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in type(self).model_fields}
