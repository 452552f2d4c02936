"""The domain graph as GraphQL types: nodes (Relay `Node`) and the fact edges between them.

Types are built from the plain rows `graph/` returns; every neighbour is fetched through the
per-request DataLoaders in `info.context.loaders`, so nested queries cost one round trip per field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Annotated, Any, TypeVar

import strawberry
from strawberry import relay
from strawberry.dataloader import DataLoader

from api.context import Context
from api.errors import NotFound
from api.permissions import sensitive_source
from api.types.enums import (
    ChannelType,
    CompetitivePosition,
    ContributionClass,
    CustomerStage,
    DecisionRole,
    DocumentKind,
    FunnelPosition,
    HolderKind,
    IntelSourceType,
    NeedLevel,
    OpportunityStatus,
    OrgRelationType,
    OrgRole,
    RelationshipLevel,
    ScopeKind,
    Stance,
    SupportLevel,
    Tactic,
    UnitKind,
    ValueClass,
    WinRate,
)
from graph.enums import WIN_RATE_PERCENT

Info = strawberry.Info[Context, None]
E = TypeVar("E", bound=Enum)

N = TypeVar("N", bound=type)


def static_typename(cls: N) -> N:
    """Relay's `id` resolver asks `resolve_typename` for every object; the default reads it from
    `info.path` (measurably slow over ~1 000 objects a request). Our node types are never subclassed,
    so their GraphQL name is a constant."""
    name = cls.__strawberry_definition__.name  # type: ignore[attr-defined]

    def resolve_typename(_cls: type, root: Any, info: Any) -> str:
        return name

    setattr(cls, "resolve_typename", classmethod(resolve_typename))  # noqa: B010
    return cls


def to_date(value: Any) -> dt.date | None:
    """neo4j.time.Date / DateTime → datetime.date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    native = value.to_native() if hasattr(value, "to_native") else value
    return native.date() if isinstance(native, dt.datetime) else native


def to_enum(enum: type[E], value: Any) -> E | None:
    if value is None:
        return None
    try:
        return enum(value)
    except ValueError:
        return None


def _required(rows: list[Any], required: bool, what: str) -> None:
    if required and any(r is None for r in rows):
        raise NotFound(f"{what} not found")


async def load_one(info: Info, cls: Any, loader: str, key: str | None) -> Any:
    """One neighbour through the request's DataLoader (None when the id is missing or unknown)."""
    if not key:
        return None
    row = await getattr(info.context.loaders, loader).load(key)
    return cls.from_row(row) if row else None


def cached(loader: DataLoader[str, Any], key: str) -> tuple[bool, Any]:
    """(True, value) when the request's loader already holds `key` (primed by a look-ahead or a
    neighbour's rows, or loaded earlier), without awaiting anything; else (False, None)."""
    future = loader.cache_map.get(key) if loader.cache else None
    if future is not None and future.done() and not future.cancelled() and future.exception() is None:
        return True, future.result()
    return False, None


def resolve_one(info: Info, cls: Any, loader: str, key: str | None) -> Any:
    """`load_one` for sync resolvers: the object itself when the loader already has its row (no
    coroutine, no event-loop round for graphql-core to schedule), else the awaitable of `load_one`
    (graphql-core awaits what a resolver returns). Same answer either way."""
    if not key:
        return None
    hit, row = cached(getattr(info.context.loaders, loader), key)
    if hit:
        return cls.from_row(row) if row else None
    return load_one(info, cls, loader, key)


def resolve_rows(info: Info, loader: str, key: str, build: Callable[[list[Any]], Any]) -> Any:
    """`build(rows)` of a `_many` loader's rows for `key`, now when cached, else as an awaitable."""
    dataloader = getattr(info.context.loaders, loader)
    hit, rows = cached(dataloader, key)
    if hit:
        return build(rows)

    async def later() -> Any:
        return build(await dataloader.load(key))

    return later()


@strawberry.type(description="Why the graph believes a fact: sources, evidence, confidence, validity")
class Provenance:
    source_ids: strawberry.Private[list[str]]
    evidence: str | None
    confidence: float | None
    first_seen: dt.date | None
    last_seen: dt.date | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    curated: bool = strawberry.field(description="entered by a person, not extracted from a document")

    @strawberry.field(description="Documents supporting the fact")
    async def sources(self, info: Info) -> list[Document]:
        rows = await info.context.loaders.document.load_many(self.source_ids)
        return [Document.from_row(r) for r in rows if r]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Provenance:
        return cls(
            source_ids=list(row.get("sources") or []),
            evidence=row.get("evidence"),
            confidence=row.get("confidence"),
            first_seen=to_date(row.get("firstSeen")),
            last_seen=to_date(row.get("lastSeen")),
            valid_from=to_date(row.get("validFrom")),
            valid_to=to_date(row.get("validTo")),
            curated=bool(row.get("curated", not row.get("sources"))),
        )


# ----------------------------------------------------------------------------- nodes
@static_typename
@strawberry.type(description="A company or public body; its roles say what it is to us")
class Organization(relay.Node):
    id: relay.NodeID[str]
    name: str
    aliases: list[str]
    roles: list[OrgRole]
    industry: str | None
    region: str | None
    description: str | None
    channel_type: ChannelType | None
    stage: CustomerStage | None = strawberry.field(description="customer relationship stage (seed 002)")
    contribution: ContributionClass | None
    value_class: ValueClass | None
    need_level: NeedLevel | None
    competitive_position: CompetitivePosition | None
    candidate: bool = strawberry.field(description="found in text, not yet curated")

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Organization:
        return cls(
            id=row["id"],
            name=row["name"],
            aliases=row.get("aliases") or [],
            roles=[r for r in (to_enum(OrgRole, x) for x in row.get("roles") or []) if r],
            industry=row.get("industry"),
            region=row.get("region"),
            description=row.get("description"),
            channel_type=to_enum(ChannelType, row.get("channelType")),
            stage=to_enum(CustomerStage, row.get("stage")),
            contribution=to_enum(ContributionClass, row.get("contribution")),
            value_class=to_enum(ValueClass, row.get("valueClass")),
            need_level=to_enum(NeedLevel, row.get("needLevel")),
            competitive_position=to_enum(CompetitivePosition, row.get("competitivePosition")),
            candidate=bool(row.get("candidate")),
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Organization | None]:
        rows = await info.context.loaders.organization.load_many(list(node_ids))
        _required(rows, required, "organization")
        return [cls.from_row(r) if r else None for r in rows]

    @strawberry.field(description="Current employees (contacts) with their titles")
    def employees(self, info: Info) -> list[Employment]:
        return resolve_rows(
            info, "employments_by_org", self.id, lambda rows: [Employment.from_row(r) for r in rows]
        )

    @strawberry.field(description="Departments and committees")
    async def units(self, info: Info) -> list[OrgUnit]:
        return [OrgUnit.from_row(r) for r in await info.context.loaders.units_by_org.load(self.id)]

    @strawberry.field
    async def opportunities(self, info: Info, status: OpportunityStatus | None = None) -> list[Opportunity]:
        ids = await info.context.loaders.opportunities_by_customer.load(self.id)
        rows = await info.context.loaders.opportunity.load_many(ids)
        opps = [Opportunity.from_row(r) for r in rows if r]
        return [o for o in opps if status is None or o.status == status]

    @strawberry.field(description="Products it makes")
    async def products(self, info: Info) -> list[Product]:
        ids = await info.context.loaders.products_by_maker.load(self.id)
        return [Product.from_row(r) for r in await info.context.loaders.product.load_many(ids) if r]

    @strawberry.field(description="Products installed at this customer (installed base)")
    async def installed_products(self, info: Info) -> list[ProductUse]:
        return [ProductUse.from_row(r) for r in await info.context.loaders.uses_by_customer.load(self.id)]

    @strawberry.field(description="Organisation-to-organisation facts touching it")
    async def relations(
        self, info: Info, types: list[OrgRelationType] | None = None, outgoing: bool | None = None
    ) -> list[OrgRelation]:
        rows = await info.context.loaders.relations_by_org.load(self.id)
        wanted = {t.value for t in types} if types else None
        out = []
        for r in rows:
            if wanted is not None and r["type"] not in wanted:
                continue
            if outgoing is not None and (r["sourceId"] == self.id) != outgoing:
                continue
            out.append(OrgRelation.from_row(r))
        return out

    @strawberry.field(description="Decision roles held at account level (not tied to one deal)")
    async def decision_roles(self, info: Info) -> list[RoleAssignment]:
        return [RoleAssignment.from_row(r) for r in await info.context.loaders.roles_by_scope.load(self.id)]


@static_typename
@strawberry.type(description="A person: a contact at an organisation, or one of our reps")
class Contact(relay.Node):
    id: relay.NodeID[str]
    name: str
    aliases: list[str]
    email: str | None
    phone: str | None
    is_rep: bool = strawberry.field(description="one of our own sales reps")
    candidate: bool = strawberry.field(description="found in text, not yet curated")

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Contact:
        return cls(
            id=row["id"],
            name=row["name"],
            aliases=row.get("aliases") or [],
            email=row.get("email"),
            phone=row.get("phone"),
            is_rep=bool(row.get("isRep")),
            candidate=bool(row.get("candidate")),
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Contact | None]:
        rows = await info.context.loaders.person.load_many(list(node_ids))
        _required(rows, required, "contact")
        return [cls.from_row(r) if r else None for r in rows]

    @strawberry.field(description="Employment history, current first")
    def employments(self, info: Info) -> list[Employment]:
        return resolve_rows(
            info, "employments_by_person", self.id, lambda rows: [Employment.from_row(r) for r in rows]
        )

    @strawberry.field
    async def current_employment(self, info: Info) -> Employment | None:
        rows = await info.context.loaders.employments_by_person.load(self.id)
        current = [r for r in rows if r.get("until") is None]
        return Employment.from_row(current[0]) if current else None

    async def _edges(self, info: Info, rel: str) -> list[dict[str, Any]]:
        return [r for r in await info.context.loaders.person_edges.load(self.id) if r["type"] == rel]

    @strawberry.field
    async def reports_to(self, info: Info) -> list[Contact]:
        ids = [r["targetId"] for r in await self._edges(info, "REPORTS_TO") if r["sourceId"] == self.id]
        return [Contact.from_row(r) for r in await info.context.loaders.person.load_many(ids) if r]

    @strawberry.field
    async def direct_reports(self, info: Info) -> list[Contact]:
        ids = [r["sourceId"] for r in await self._edges(info, "REPORTS_TO") if r["targetId"] == self.id]
        return [Contact.from_row(r) for r in await info.context.loaders.person.load_many(ids) if r]

    @strawberry.field(description="People this person influences")
    async def influences(self, info: Info) -> list[Influence]:
        return [
            Influence.from_row(r) for r in await self._edges(info, "INFLUENCES") if r["sourceId"] == self.id
        ]

    @strawberry.field(description="People who influence this person (direct only; see `influencers`)")
    async def influenced_by(self, info: Info) -> list[Influence]:
        return [
            Influence.from_row(r) for r in await self._edges(info, "INFLUENCES") if r["targetId"] == self.id
        ]

    @strawberry.field(description="Personal ties (KNOWS), e.g. with our reps")
    async def relationships(self, info: Info) -> list[Relationship]:
        return [Relationship.from_row(r) for r in await self._edges(info, "KNOWS")]

    @strawberry.field
    def roles(self, info: Info) -> list[RoleAssignment]:
        return resolve_rows(
            info, "roles_by_holder", self.id, lambda rows: [RoleAssignment.from_row(r) for r in rows]
        )

    @strawberry.field(description="Stance observations, oldest first")
    async def stances(self, info: Info, toward: relay.GlobalID | None = None) -> list[StanceObservation]:
        rows = await info.context.loaders.stances_by_holder.load(self.id)
        target = toward.node_id if toward else None
        return [StanceObservation.from_row(r) for r in rows if target is None or r["towardId"] == target]

    @strawberry.field(description="The latest observed stance toward our company")
    async def stance_toward_us(self, info: Info) -> StanceObservation | None:
        rows = [r for r in await info.context.loaders.stances_by_holder.load(self.id) if r.get("towardUs")]
        return StanceObservation.from_row(rows[-1]) if rows else None


@static_typename
@strawberry.type(
    description="A department or committee inside an organisation (科技部, 行长办公会, 采购中心)"
)
class OrgUnit(relay.Node):
    id: relay.NodeID[str]
    name: str
    kind: UnitKind | None
    org_id: strawberry.Private[str | None]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> OrgUnit:
        return cls(
            id=row["id"], name=row["name"], kind=to_enum(UnitKind, row.get("kind")), org_id=row.get("orgId")
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[OrgUnit | None]:
        rows = await info.context.loaders.unit.load_many(list(node_ids))
        _required(rows, required, "unit")
        return [cls.from_row(r) if r else None for r in rows]

    @strawberry.field
    def organization(self, info: Info) -> Organization | None:
        return resolve_one(info, Organization, "organization", self.org_id)

    @strawberry.field
    async def members(self, info: Info) -> list[Contact]:
        ids = await info.context.loaders.members_by_unit.load(self.id)
        return [Contact.from_row(r) for r in await info.context.loaders.person.load_many(ids) if r]

    @strawberry.field
    def roles(self, info: Info) -> list[RoleAssignment]:
        return resolve_rows(
            info, "roles_by_holder", self.id, lambda rows: [RoleAssignment.from_row(r) for r in rows]
        )


RoleHolder = Annotated[Contact | OrgUnit, strawberry.union("RoleHolder")]


async def load_holder(info: Info, holder_id: str, kind: str | None) -> Contact | OrgUnit | None:
    if kind == "UNIT":
        row = await info.context.loaders.unit.load(holder_id)
        return OrgUnit.from_row(row) if row else None
    row = await info.context.loaders.person.load(holder_id)
    return Contact.from_row(row) if row else None


@static_typename
@strawberry.type(description="A product or system, ours or a competitor's")
class Product(relay.Node):
    id: relay.NodeID[str]
    name: str
    aliases: list[str]
    category: str | None
    candidate: bool
    maker_id: strawberry.Private[str | None]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Product:
        return cls(
            id=row["id"],
            name=row["name"],
            aliases=row.get("aliases") or [],
            category=row.get("category"),
            candidate=bool(row.get("candidate")),
            maker_id=row.get("makerId"),
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Product | None]:
        rows = await info.context.loaders.product.load_many(list(node_ids))
        _required(rows, required, "product")
        return [cls.from_row(r) if r else None for r in rows]

    @strawberry.field
    def maker(self, info: Info) -> Organization | None:
        return resolve_one(info, Organization, "organization", self.maker_id)

    @strawberry.field(description="Customers using it (installed base)")
    async def users(self, info: Info) -> list[ProductUse]:
        return [ProductUse.from_row(r) for r in await info.context.loaders.uses_by_product.load(self.id)]


@static_typename
@strawberry.type(description="A deal (商机) at a customer")
class Opportunity(relay.Node):
    id: relay.NodeID[str]
    name: str
    amount: float | None
    currency: str | None
    win_rate: WinRate | None
    funnel: FunnelPosition | None
    tactic: Tactic | None
    status: OpportunityStatus | None
    created: dt.date | None
    expected_decision: dt.date | None
    customer_id: strawberry.Private[str]
    owner_id: strawberry.Private[str | None]
    product_ids: strawberry.Private[list[str]]
    competitor_ids: strawberry.Private[list[str]]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Opportunity:
        return cls(
            id=row["id"],
            name=row["name"],
            amount=row.get("amount"),
            currency=row.get("currency"),
            win_rate=to_enum(WinRate, row.get("winRate")),
            funnel=to_enum(FunnelPosition, row.get("funnel")),
            tactic=to_enum(Tactic, row.get("tactic")),
            status=to_enum(OpportunityStatus, row.get("status")),
            created=to_date(row.get("created")),
            expected_decision=to_date(row.get("expectedDecision")),
            customer_id=row.get("customerId") or "",
            owner_id=row.get("ownerId"),
            product_ids=row.get("productIds") or [],
            competitor_ids=row.get("competitorIds") or [],
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Opportunity | None]:
        rows = await info.context.loaders.opportunity.load_many(list(node_ids))
        _required(rows, required, "opportunity")
        return [cls.from_row(r) if r else None for r in rows]

    @strawberry.field
    def win_rate_percent(self) -> int | None:
        return WIN_RATE_PERCENT.get(self.win_rate) if self.win_rate else None

    @strawberry.field
    def customer(self, info: Info) -> Organization | None:
        return resolve_one(info, Organization, "organization", self.customer_id)

    @strawberry.field(description="Our rep who owns the deal")
    def owner(self, info: Info) -> Contact | None:
        return resolve_one(info, Contact, "person", self.owner_id)

    @strawberry.field
    async def products(self, info: Info) -> list[Product]:
        return [
            Product.from_row(r) for r in await info.context.loaders.product.load_many(self.product_ids) if r
        ]

    @strawberry.field(description="Competitors bidding for it")
    async def competitors(self, info: Info) -> list[Organization]:
        rows = await info.context.loaders.organization.load_many(self.competitor_ids)
        return [Organization.from_row(r) for r in rows if r]

    @strawberry.field
    async def roles(self, info: Info) -> list[RoleAssignment]:
        return [RoleAssignment.from_row(r) for r in await info.context.loaders.roles_by_scope.load(self.id)]


@static_typename
@strawberry.type(description="A visit note or a media clipping")
class Document(relay.Node):
    id: relay.NodeID[str]
    kind: DocumentKind | None
    title: str | None
    text: str
    date: dt.date | None
    source: str | None = strawberry.field(description="publication, for clippings")
    url: str | None
    source_type: IntelSourceType | None = strawberry.field(
        description="kind of source; null for viewers when sensitive (insider, former employee, third party)",
        extensions=sensitive_source(),
    )
    source_identity: str | None = strawberry.field(
        description="who told us; null for viewers unless the source type is known and not sensitive",
        extensions=sensitive_source(),
    )
    customer_id: strawberry.Private[str | None]
    author_id: strawberry.Private[str | None]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Document:
        return cls(
            id=row["id"],
            kind=to_enum(DocumentKind, row.get("kind")),
            title=row.get("title"),
            text=row.get("text") or "",
            date=to_date(row.get("date")),
            source=row.get("source"),
            url=row.get("url"),
            source_type=to_enum(IntelSourceType, row.get("sourceType")),
            source_identity=row.get("sourceIdentity"),
            customer_id=row.get("customerId"),
            author_id=row.get("authorId"),
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Document | None]:
        rows = await info.context.loaders.document.load_many(list(node_ids))
        _required(rows, required, "document")
        return [cls.from_row(r) if r else None for r in rows]

    @strawberry.field
    def customer(self, info: Info) -> Organization | None:
        return resolve_one(info, Organization, "organization", self.customer_id)

    @strawberry.field(description="The rep who wrote the note")
    def author(self, info: Info) -> Contact | None:
        return resolve_one(info, Contact, "person", self.author_id)


@strawberry.type(description="One observation of a stance toward us or a competitor (a time series)")
class StanceObservation:
    id: str
    stance: Stance | None
    level: SupportLevel | None
    date: dt.date | None
    evidence: str | None
    confidence: float | None
    toward_us: bool
    holder_id: strawberry.Private[str]
    toward_id: strawberry.Private[str]
    document_id: strawberry.Private[str | None]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> StanceObservation:
        return cls(
            id=row["id"],
            stance=to_enum(Stance, row.get("stance")),
            level=to_enum(SupportLevel, row.get("level")),
            date=to_date(row.get("date")),
            evidence=row.get("evidence"),
            confidence=row.get("confidence"),
            toward_us=bool(row.get("towardUs")),
            holder_id=row.get("holderId") or "",
            toward_id=row.get("towardId") or "",
            document_id=row.get("documentId"),
        )

    @strawberry.field
    def toward(self, info: Info) -> Organization | None:
        return resolve_one(info, Organization, "organization", self.toward_id)

    @strawberry.field(description="The note or clipping it was observed in")
    def document(self, info: Info) -> Document | None:
        return resolve_one(info, Document, "document", self.document_id)


# ----------------------------------------------------------------------------- fact edges
@strawberry.type(description="Contact WORKS_AT organisation, with title and dates")
class Employment:
    title: str | None
    since: dt.date | None
    until: dt.date | None
    current: bool
    provenance: Provenance
    person_id: strawberry.Private[str]
    org_id: strawberry.Private[str]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Employment:
        since = to_date(row.get("since"))
        return cls(
            title=row.get("title"),
            since=None if since == dt.date(1900, 1, 1) else since,
            until=to_date(row.get("until")),
            current=row.get("until") is None,
            provenance=Provenance.from_row(row),
            person_id=row["personId"],
            org_id=row["orgId"],
        )

    @strawberry.field
    def contact(self, info: Info) -> Contact | None:
        return resolve_one(info, Contact, "person", self.person_id)

    @strawberry.field
    def organization(self, info: Info) -> Organization | None:
        return resolve_one(info, Organization, "organization", self.org_id)


@strawberry.type(description="source INFLUENCES target (strength 0..1, sign +1 pushes the same way)")
class Influence:
    strength: float | None
    sign: int | None
    provenance: Provenance
    source_id: strawberry.Private[str]
    target_id: strawberry.Private[str]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Influence:
        return cls(
            strength=row.get("strength"),
            sign=row.get("sign"),
            provenance=Provenance.from_row(row),
            source_id=row["sourceId"],
            target_id=row["targetId"],
        )

    @strawberry.field
    def source(self, info: Info) -> Contact | None:
        return resolve_one(info, Contact, "person", self.source_id)

    @strawberry.field
    def target(self, info: Info) -> Contact | None:
        return resolve_one(info, Contact, "person", self.target_id)


@strawberry.type(description="A personal tie (KNOWS): closeness, trust and the seed-002 relationship level")
class Relationship:
    closeness: float | None
    trust: float | None
    level: RelationshipLevel | None
    last_contact: dt.date | None
    provenance: Provenance
    source_id: strawberry.Private[str]
    target_id: strawberry.Private[str]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Relationship:
        return cls(
            closeness=row.get("closeness"),
            trust=row.get("trust"),
            level=to_enum(RelationshipLevel, row.get("level")),
            last_contact=to_date(row.get("lastContact")),
            provenance=Provenance.from_row(row),
            source_id=row["sourceId"],
            target_id=row["targetId"],
        )

    @strawberry.field
    def source(self, info: Info) -> Contact | None:
        return resolve_one(info, Contact, "person", self.source_id)

    @strawberry.field
    def target(self, info: Info) -> Contact | None:
        return resolve_one(info, Contact, "person", self.target_id)


@strawberry.type(description="Customer USES_PRODUCT product (installed base), with the contract end")
class ProductUse:
    since: dt.date | None
    contract_end: dt.date | None
    provenance: Provenance
    customer_id: strawberry.Private[str]
    product_id: strawberry.Private[str]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ProductUse:
        return cls(
            since=to_date(row.get("since")),
            contract_end=to_date(row.get("contractEnd")),
            provenance=Provenance.from_row(row),
            customer_id=row["customerId"],
            product_id=row["productId"],
        )

    @strawberry.field
    def customer(self, info: Info) -> Organization | None:
        return resolve_one(info, Organization, "organization", self.customer_id)

    @strawberry.field
    def product(self, info: Info) -> Product | None:
        return resolve_one(info, Product, "product", self.product_id)


@strawberry.type(description="An organisation-to-organisation fact (incumbent, engaged, supplies, channel…)")
class OrgRelation:
    type: OrgRelationType | None
    contract_end: dt.date | None
    provenance: Provenance
    source_id: strawberry.Private[str]
    target_id: strawberry.Private[str]
    product_id: strawberry.Private[str | None]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> OrgRelation:
        return cls(
            type=to_enum(OrgRelationType, row.get("type")),
            contract_end=to_date(row.get("contractEnd")),
            provenance=Provenance.from_row(row),
            source_id=row["sourceId"],
            target_id=row["targetId"],
            product_id=row.get("productId"),
        )

    @strawberry.field
    def source(self, info: Info) -> Organization | None:
        return resolve_one(info, Organization, "organization", self.source_id)

    @strawberry.field
    def target(self, info: Info) -> Organization | None:
        return resolve_one(info, Organization, "organization", self.target_id)

    @strawberry.field
    def product(self, info: Info) -> Product | None:
        return resolve_one(info, Product, "product", self.product_id)


@strawberry.type(description="A person or unit holds a decision role in a deal or at the account")
class RoleAssignment:
    role: DecisionRole | None
    weight: float | None = strawberry.field(description="决策权重, 0..1")
    power: float | None = strawberry.field(description="决策能力, 0..1")
    holder_kind: HolderKind
    scope_kind: ScopeKind
    provenance: Provenance
    holder_id: strawberry.Private[str]
    scope_id: strawberry.Private[str]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> RoleAssignment:
        return cls(
            role=to_enum(DecisionRole, row.get("role")),
            weight=row.get("weight"),
            power=row.get("power"),
            holder_kind=HolderKind(row.get("holderKind") or "PERSON"),
            scope_kind=ScopeKind(row.get("scopeKind") or "OPPORTUNITY"),
            provenance=Provenance.from_row(row),
            holder_id=row["holderId"],
            scope_id=row["scopeId"],
        )

    @strawberry.field
    async def holder(self, info: Info) -> RoleHolder | None:
        return await load_holder(info, self.holder_id, self.holder_kind.value)

    @strawberry.field
    async def opportunity(self, info: Info) -> Opportunity | None:
        if self.scope_kind is not ScopeKind.OPPORTUNITY:
            return None
        return await load_one(info, Opportunity, "opportunity", self.scope_id)

    @strawberry.field(description="The account, for account-level roles")
    async def account(self, info: Info) -> Organization | None:
        if self.scope_kind is not ScopeKind.ACCOUNT:
            return None
        return await load_one(info, Organization, "organization", self.scope_id)
