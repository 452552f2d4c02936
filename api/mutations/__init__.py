"""Mutations: idempotent upserts by external id / natural key, links, roles, stances, merges, deletes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry
from strawberry import relay

from api.errors import BadRequest, NotFound, ValidationFailed
from api.ids import node_id
from api.mutations.ingest import IngestMutations
from api.mutations.review import ReviewMutations
from api.mutations.search import SearchMutations
from api.permissions import IsAdmin, IsAnalyst
from api.types.domain import (
    Contact,
    Info,
    Opportunity,
    Organization,
    OrgUnit,
    Product,
    StanceObservation,
)
from api.types.enums import (
    ChannelType,
    CompetitivePosition,
    ContributionClass,
    CustomerStage,
    DecisionRole,
    FunnelPosition,
    LinkKind,
    NeedLevel,
    OpportunityStatus,
    OrgRole,
    RelationshipLevel,
    Stance,
    SupportLevel,
    Tactic,
    UnitKind,
    ValueClass,
    WinRate,
)
from graph.bundle import Provenance
from graph.loader import provenance_props
from graph.names import natural_id

MAX_NAME = 200


def _name(value: str, field: str = "name") -> str:
    value = value.strip()
    if not value:
        raise ValidationFailed(f"`{field}` must not be empty", field=field)
    if len(value) > MAX_NAME:
        raise ValidationFailed(f"`{field}` is at most {MAX_NAME} characters", field=field)
    return value


def _unit(value: float | None, field: str) -> float | None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise ValidationFailed(f"`{field}` must be between 0 and 1", field=field)
    return value


def _v(value: Any) -> Any:
    return value.value if hasattr(value, "value") else value


@strawberry.input
class ProvenanceInput:
    sources: list[relay.GlobalID] | None = None
    evidence: str | None = None
    confidence: float = 1.0
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def to_model(self) -> Provenance:
        _unit(self.confidence, "confidence")
        return Provenance(
            sources=[node_id(s, "Document", argument="sources") for s in self.sources or []],
            evidence=self.evidence,
            confidence=self.confidence,
            valid_from=self.valid_from,
            valid_to=self.valid_to,
        )


def _prov(p: ProvenanceInput | None) -> Provenance:
    return p.to_model() if p else Provenance()


@strawberry.input
class OrganizationInput:
    external_id: str | None = strawberry.field(default=None, description="your id; default: from the name")
    name: str
    aliases: list[str] | None = None
    roles: list[OrgRole] | None = None
    industry: str | None = None
    region: str | None = None
    description: str | None = None
    channel_type: ChannelType | None = None
    stage: CustomerStage | None = None
    contribution: ContributionClass | None = None
    value_class: ValueClass | None = None
    need_level: NeedLevel | None = None
    competitive_position: CompetitivePosition | None = None


@strawberry.input
class ContactInput:
    external_id: str | None = None
    name: str
    aliases: list[str] | None = None
    email: str | None = None
    phone: str | None = None
    is_rep: bool | None = None
    organization: relay.GlobalID | None = strawberry.field(default=None, description="current employer")
    title: str | None = None


@strawberry.input
class ProductInput:
    external_id: str | None = None
    name: str
    aliases: list[str] | None = None
    category: str | None = None
    maker: relay.GlobalID | None = None


@strawberry.input
class OrgUnitInput:
    external_id: str | None = None
    organization: relay.GlobalID
    name: str
    kind: UnitKind | None = None


@strawberry.input
class OpportunityInput:
    external_id: str | None = None
    customer: relay.GlobalID
    name: str
    amount: float | None = None
    currency: str | None = None
    win_rate: WinRate | None = None
    funnel: FunnelPosition | None = None
    tactic: Tactic | None = None
    status: OpportunityStatus | None = None
    expected_decision: dt.date | None = None
    owner: relay.GlobalID | None = None
    products: list[relay.GlobalID] | None = None
    competitors: list[relay.GlobalID] | None = None


@strawberry.input
class EmploymentInput:
    contact: relay.GlobalID
    organization: relay.GlobalID
    title: str | None = None
    unit: relay.GlobalID | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    ends_other_jobs: bool = strawberry.field(default=True, description="a new job closes open ones elsewhere")
    provenance: ProvenanceInput | None = None


@strawberry.input
class LinkInput:
    kind: LinkKind
    source: relay.GlobalID
    target: relay.GlobalID
    strength: float | None = strawberry.field(default=None, description="INFLUENCES")
    sign: int | None = strawberry.field(default=None, description="INFLUENCES: +1 or -1")
    closeness: float | None = strawberry.field(default=None, description="KNOWS")
    trust: float | None = strawberry.field(default=None, description="KNOWS")
    level: RelationshipLevel | None = strawberry.field(default=None, description="KNOWS")
    since: dt.date | None = None
    contract_end: dt.date | None = None
    provenance: ProvenanceInput | None = None


@strawberry.input
class RoleInput:
    holder: relay.GlobalID = strawberry.field(description="a Contact or an OrgUnit")
    role: DecisionRole
    opportunity: relay.GlobalID | None = None
    account: relay.GlobalID | None = strawberry.field(default=None, description="for account-level roles")
    weight: float | None = None
    power: float | None = None
    provenance: ProvenanceInput | None = None


@strawberry.input
class StanceInput:
    holder: relay.GlobalID
    toward: relay.GlobalID = strawberry.field(description="our company or a competitor")
    stance: Stance
    level: SupportLevel | None = None
    date: dt.date
    evidence: str | None = None
    document: relay.GlobalID | None = None
    confidence: float = 1.0


@strawberry.type
class DeletePayload:
    deleted: int


@strawberry.type
class LinkPayload:
    changed: int


@strawberry.type
class Mutation(IngestMutations, SearchMutations, ReviewMutations):
    @strawberry.mutation(
        description="Create or update an organisation (idempotent by externalId or name)",
        permission_classes=[IsAnalyst],
    )
    async def upsert_organization(self, info: Info, input: OrganizationInput) -> Organization:
        name = _name(input.name)
        oid = input.external_id or natural_id("org", name)
        props = {
            "name": name,
            "aliases": [_name(a, "aliases") for a in input.aliases] if input.aliases is not None else None,
            "industry": input.industry,
            "region": input.region,
            "description": input.description,
            "channelType": _v(input.channel_type),
            "stage": _v(input.stage),
            "contribution": _v(input.contribution),
            "valueClass": _v(input.value_class),
            "needLevel": _v(input.need_level),
            "competitivePosition": _v(input.competitive_position),
            "candidate": False,
        }
        await info.context.services.writes.upsert_organization(
            oid, props, [r.value for r in input.roles or []]
        )
        return await _reload(info, Organization, oid)

    @strawberry.mutation(
        description="Create or update a contact; with `organization`, also their current job",
        permission_classes=[IsAnalyst],
    )
    async def upsert_contact(self, info: Info, input: ContactInput) -> Contact:
        name = _name(input.name)
        org_id = (
            node_id(input.organization, "Organization", argument="organization")
            if input.organization
            else None
        )
        pid = input.external_id or natural_id("person", name, org_id)
        props = {
            "name": name,
            "aliases": input.aliases,
            "email": input.email,
            "phone": input.phone,
            "candidate": False,
        }
        writes = info.context.services.writes
        await writes.upsert_person(pid, props, input.is_rep)
        if org_id:
            ok = await writes.set_employment(
                pid,
                org_id,
                title=input.title,
                unit_id=None,
                since=None,
                until=None,
                prov=Provenance(),
                close_others=False,
            )
            if not ok:
                raise NotFound("organization not found", argument="organization")
        return await _reload(info, Contact, pid)

    @strawberry.mutation(permission_classes=[IsAnalyst])
    async def upsert_product(self, info: Info, input: ProductInput) -> Product:
        name = _name(input.name)
        maker = node_id(input.maker, "Organization", argument="maker") if input.maker else None
        pid = input.external_id or natural_id("product", name)
        row = await info.context.services.writes.upsert_product(
            pid,
            {"name": name, "aliases": input.aliases, "category": input.category, "candidate": False},
            maker,
        )
        if not row["makerFound"]:
            raise NotFound("maker not found", argument="maker")
        return await _reload(info, Product, pid)

    @strawberry.mutation(permission_classes=[IsAnalyst])
    async def upsert_org_unit(self, info: Info, input: OrgUnitInput) -> OrgUnit:
        name = _name(input.name)
        org_id = node_id(input.organization, "Organization", argument="organization")
        uid = input.external_id or natural_id("unit", org_id, name)
        if not await info.context.services.writes.upsert_unit(
            uid, org_id, {"name": name, "kind": _v(input.kind)}
        ):
            raise NotFound("organization not found", argument="organization")
        return await _reload(info, OrgUnit, uid)

    @strawberry.mutation(permission_classes=[IsAnalyst])
    async def upsert_opportunity(self, info: Info, input: OpportunityInput) -> Opportunity:
        name = _name(input.name)
        if input.amount is not None and input.amount < 0:
            raise ValidationFailed("`amount` must not be negative", field="amount")
        customer = node_id(input.customer, "Organization", argument="customer")
        oid = input.external_id or natural_id("opp", customer, name)
        props = {
            "name": name,
            "amount": input.amount,
            "currency": input.currency,
            "winRate": _v(input.win_rate),
            "funnel": _v(input.funnel),
            "tactic": _v(input.tactic),
            "status": _v(input.status),
            "expectedDecision": input.expected_decision,
        }
        done = await info.context.services.writes.upsert_opportunity(
            oid,
            customer,
            props,
            owner_id=node_id(input.owner, "Contact", argument="owner") if input.owner else None,
            product_ids=[node_id(p, "Product", argument="products") for p in input.products]
            if input.products is not None
            else None,
            competitor_ids=[node_id(c, "Organization", argument="competitors") for c in input.competitors]
            if input.competitors is not None
            else None,
        )
        if not done:
            raise NotFound("customer not found", argument="customer")
        return await _reload(info, Opportunity, oid)

    @strawberry.mutation(
        description="Record a job (title, dates); a new job ends the open ones elsewhere",
        permission_classes=[IsAnalyst],
    )
    async def set_employment(self, info: Info, input: EmploymentInput) -> Contact:
        pid = node_id(input.contact, "Contact", argument="contact")
        ok = await info.context.services.writes.set_employment(
            pid,
            node_id(input.organization, "Organization", argument="organization"),
            title=input.title,
            unit_id=node_id(input.unit, "OrgUnit", argument="unit") if input.unit else None,
            since=input.since,
            until=input.until,
            prov=_prov(input.provenance),
            close_others=input.ends_other_jobs,
        )
        if not ok:
            raise NotFound("contact or organization not found")
        return await _reload(info, Contact, pid)

    @strawberry.mutation(
        description="Create or update a fact edge between two entities", permission_classes=[IsAnalyst]
    )
    async def link(self, info: Info, input: LinkInput) -> LinkPayload:
        for field in ("strength", "closeness", "trust"):
            _unit(getattr(input, field), field)
        if input.sign is not None and input.sign not in (-1, 1):
            raise ValidationFailed("`sign` is +1 or -1", field="sign")
        props: dict[str, Any] = provenance_props(_prov(input.provenance))
        extra = {
            "strength": input.strength,
            "sign": input.sign,
            "closeness": input.closeness,
            "trust": input.trust,
            "level": _v(input.level),
            "since": input.since,
            "contractEnd": input.contract_end,
        }
        props.update({k: v for k, v in extra.items() if v is not None})
        ok = await info.context.services.writes.link(
            input.kind, node_id(input.source), node_id(input.target), props
        )
        if not ok:
            raise NotFound(f"source or target not found (or of the wrong type for {input.kind.value})")
        return LinkPayload(changed=1)

    @strawberry.mutation(permission_classes=[IsAnalyst])
    async def unlink(
        self, info: Info, kind: LinkKind, source: relay.GlobalID, target: relay.GlobalID
    ) -> LinkPayload:
        n = await info.context.services.writes.unlink(kind, node_id(source), node_id(target))
        return LinkPayload(changed=n)

    @strawberry.mutation(
        description="Give a person or unit a decision role in a deal or at an account",
        permission_classes=[IsAnalyst],
    )
    async def set_role(self, info: Info, input: RoleInput) -> LinkPayload:
        if (input.opportunity is None) == (input.account is None):
            raise BadRequest("give exactly one of `opportunity` or `account`")
        scope = (
            node_id(input.opportunity, "Opportunity", argument="opportunity")
            if input.opportunity
            else node_id(input.account, "Organization", argument="account")
        )
        ok = await info.context.services.writes.set_role(
            node_id(input.holder, "Contact", "OrgUnit", argument="holder"),
            input.role.value,
            scope,
            weight=_unit(input.weight, "weight"),
            power=_unit(input.power, "power"),
            prov=_prov(input.provenance),
        )
        if not ok:
            raise NotFound("holder or scope not found")
        return LinkPayload(changed=1)

    @strawberry.mutation(permission_classes=[IsAnalyst])
    async def remove_role(
        self, info: Info, holder: relay.GlobalID, role: DecisionRole, scope: relay.GlobalID
    ) -> LinkPayload:
        n = await info.context.services.writes.remove_role(node_id(holder), role.value, node_id(scope))
        return LinkPayload(changed=n)

    @strawberry.mutation(
        description="Add a stance observation to a holder's timeline (idempotent)",
        permission_classes=[IsAnalyst],
    )
    async def record_stance(self, info: Info, input: StanceInput) -> StanceObservation:
        _unit(input.confidence, "confidence")
        holder = node_id(input.holder, "Contact", "OrgUnit", argument="holder")
        row = {
            "holder_id": holder,
            "toward_id": node_id(input.toward, "Organization", argument="toward"),
            "stance": input.stance.value,
            "level": _v(input.level),
            "date": input.date,
            "evidence": input.evidence,
            "confidence": input.confidence,
            "document_id": node_id(input.document, "Document", argument="document")
            if input.document
            else None,
        }
        sid = await info.context.services.writes.record_stance(row)
        if not sid:
            raise NotFound("holder or target organisation not found")
        rows = await info.context.services.analysis.stance_timeline(holder)
        return StanceObservation.from_row(next(r for r in rows if r["id"] == sid))

    @strawberry.mutation(
        description="Merge `drop` into `keep`: every relationship and its provenance is kept",
        permission_classes=[IsAdmin],
    )
    async def merge_entities(
        self, info: Info, keep: relay.GlobalID, drop: relay.GlobalID, note: str | None = None
    ) -> relay.Node:
        kinds = {"Contact": "Person", "Organization": "Organization", "Product": "Product"}
        if keep.type_name != drop.type_name or keep.type_name not in kinds:
            raise BadRequest("merge two Contacts, two Organizations or two Products")
        if keep.node_id == drop.node_id:
            raise BadRequest("`keep` and `drop` are the same entity")
        row = await info.context.services.writes.merge(
            kinds[keep.type_name], keep.node_id, drop.node_id, by=None, note=note
        )
        if row is None:
            raise NotFound("one of the entities was not found")
        node: relay.Node = await keep.resolve_node(info, required=True)
        return node

    @strawberry.mutation(description="Delete an entity with its relationships", permission_classes=[IsAdmin])
    async def delete_entity(self, info: Info, id: relay.GlobalID) -> DeletePayload:
        n = await info.context.services.writes.delete(id.node_id)
        if not n:
            raise NotFound("nothing to delete", argument="id")
        return DeletePayload(deleted=n)


async def _reload(info: Info, cls: Any, id: str) -> Any:
    nodes = await cls.resolve_nodes(info=info, node_ids=[id], required=True)
    return nodes[0]
