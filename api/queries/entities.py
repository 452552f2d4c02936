from __future__ import annotations

import datetime as dt
from enum import StrEnum

import strawberry
from strawberry import relay

from api.ids import node_id
from api.lookahead import organization_connection_plan, prime_employees
from api.pagination import Connection, make_connection, page_args
from api.types.domain import Contact, Document, Info, Opportunity, Organization, Product
from api.types.enums import (
    ContributionClass,
    CustomerStage,
    DecisionRole,
    DocumentKind,
    FunnelPosition,
    OpportunityStatus,
    OrgRole,
    ValueClass,
    WinRate,
)
from graph.repositories.organizations import OrganizationFilter


@strawberry.enum
class OrganizationOrder(StrEnum):
    NAME = "NAME"
    UPDATED = "UPDATED"


@strawberry.enum
class OpportunityOrder(StrEnum):
    NAME = "NAME"
    AMOUNT = "AMOUNT"
    EXPECTED_DECISION = "EXPECTED_DECISION"


@strawberry.input(description="Match organisations by id (some/none filters over relationships)")
class OrgRef:
    ids: list[relay.GlobalID]


@strawberry.input
class ContactRoleFilter:
    role: DecisionRole


@strawberry.input
class OpportunityRef:
    status: OpportunityStatus


@strawberry.input
class OrganizationFilterInput:
    query: str | None = strawberry.UNSET
    roles: list[OrgRole] | None = None
    industry: str | None = None
    region: str | None = None
    stage: CustomerStage | None = None
    contribution: ContributionClass | None = None
    value_class: ValueClass | None = None
    candidate: bool | None = None
    competitors_some: OrgRef | None = strawberry.field(default=None, description="incumbent or engaged")
    competitors_none: OrgRef | None = None
    decision_roles_some: ContactRoleFilter | None = strawberry.field(
        default=None, description="some contact holds this role in one of its deals"
    )
    opportunities_some: OpportunityRef | None = None


@strawberry.input
class ContactFilterInput:
    query: str | None = None
    is_rep: bool | None = None
    candidate: bool | None = None
    organization: relay.GlobalID | None = None
    title_contains: str | None = None
    roles_some: DecisionRole | None = None
    roles_none: DecisionRole | None = None


@strawberry.input
class OpportunityFilterInput:
    customer: relay.GlobalID | None = None
    status: OpportunityStatus | None = None
    win_rate: WinRate | None = None
    funnel: FunnelPosition | None = None
    min_amount: float | None = None
    competitors_some: OrgRef | None = None
    competitors_none: OrgRef | None = None
    missing_role: DecisionRole | None = strawberry.field(default=None, description="no holder for this role")


@strawberry.input
class DocumentFilterInput:
    kind: DocumentKind | None = None
    customer: relay.GlobalID | None = None
    mentions: relay.GlobalID | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


def _refs(ref: OrgRef | None) -> tuple[str, ...] | None:
    return tuple(node_id(g, "Organization") for g in ref.ids) if ref else None


@strawberry.type
class EntityQueries:
    @strawberry.field(description="Organisations, filtered, ordered and paginated")
    async def organizations(
        self,
        info: Info,
        filter: OrganizationFilterInput | None = None,
        order_by: OrganizationOrder = OrganizationOrder.NAME,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Organization]:
        page = page_args(first, after)
        f = filter or OrganizationFilterInput()
        flt = OrganizationFilter(
            roles=tuple(r.value for r in f.roles or ()),
            query=f.query or None,
            industry=f.industry,
            region=f.region,
            stage=f.stage.value if f.stage else None,
            contribution=f.contribution.value if f.contribution else None,
            value_class=f.value_class.value if f.value_class else None,
            candidate=f.candidate,
            competitor_some=_refs(f.competitors_some),
            competitor_none=_refs(f.competitors_none),
            contact_role_some=f.decision_roles_some.role.value if f.decision_roles_some else None,
            opportunity_status_some=f.opportunities_some.status.value if f.opportunities_some else None,
        )
        plan = organization_connection_plan(info.selected_fields)
        repo = info.context.services.organizations
        if plan.employees:  # look-ahead: the page, its employees and their roles in one round trip
            rows, total = await repo.list_with_employees(
                flt, skip=page.skip, limit=page.limit, order_by=order_by.value, with_roles=plan.employee_roles
            )
            prime_employees(info.context.loaders, rows, with_roles=plan.employee_roles)
        else:
            rows, total = await repo.list(flt, skip=page.skip, limit=page.limit, order_by=order_by.value)
        for row in rows:  # organization_get_by_ids' shape: a nested field that names them costs nothing
            info.context.loaders.organization.prime(row["id"], row)
        return make_connection([Organization.from_row(r) for r in rows], total, page)

    @strawberry.field(description="Our own company (中太数据 in the demo)")
    async def our_company(self, info: Info) -> Organization | None:
        rows, _ = await info.context.services.organizations.list(
            OrganizationFilter(roles=("OurCompany",)), skip=0, limit=1
        )
        return Organization.from_row(rows[0]) if rows else None

    @strawberry.field(description="Contacts (people) and our reps")
    async def contacts(
        self,
        info: Info,
        filter: ContactFilterInput | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Contact]:
        page = page_args(first, after)
        f = filter or ContactFilterInput()
        rows, total = await info.context.services.entities.list_persons(
            skip=page.skip,
            limit=page.limit,
            query=f.query,
            is_rep=f.is_rep,
            candidate=f.candidate,
            org_id=node_id(f.organization, "Organization", argument="organization")
            if f.organization
            else None,
            title_contains=f.title_contains,
            role_some=f.roles_some.value if f.roles_some else None,
            role_none=f.roles_none.value if f.roles_none else None,
        )
        return make_connection([Contact.from_row(r) for r in rows], total, page)

    @strawberry.field
    async def opportunities(
        self,
        info: Info,
        filter: OpportunityFilterInput | None = None,
        order_by: OpportunityOrder = OpportunityOrder.NAME,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Opportunity]:
        page = page_args(first, after)
        f = filter or OpportunityFilterInput()
        ids, total = await info.context.services.entities.list_opportunity_ids(
            skip=page.skip,
            limit=page.limit,
            customerId=node_id(f.customer, "Organization", argument="customer") if f.customer else None,
            status=f.status.value if f.status else None,
            winRate=f.win_rate.value if f.win_rate else None,
            funnel=f.funnel.value if f.funnel else None,
            minAmount=f.min_amount,
            competitorSome=list(_refs(f.competitors_some) or ()) if f.competitors_some else None,
            competitorNone=list(_refs(f.competitors_none) or ()) if f.competitors_none else None,
            missingRole=f.missing_role.value if f.missing_role else None,
            orderBy=order_by.value,
        )
        rows = await info.context.loaders.opportunity.load_many(ids)
        return make_connection([Opportunity.from_row(r) for r in rows if r], total, page)

    @strawberry.field
    async def products(
        self,
        info: Info,
        query: str | None = None,
        maker: relay.GlobalID | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Product]:
        page = page_args(first, after)
        ids, total = await info.context.services.entities.list_product_ids(
            skip=page.skip,
            limit=page.limit,
            query=query,
            maker_id=node_id(maker, "Organization", argument="maker") if maker else None,
        )
        rows = await info.context.loaders.product.load_many(ids)
        return make_connection([Product.from_row(r) for r in rows if r], total, page)

    @strawberry.field(description="Visit notes and clippings, newest first")
    async def documents(
        self,
        info: Info,
        filter: DocumentFilterInput | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Document]:
        page = page_args(first, after)
        f = filter or DocumentFilterInput()
        if f.customer:  # the page's rows in one round trip (anchored on the customer)
            page_rows, total = await info.context.services.entities.list_customer_documents(
                skip=page.skip,
                limit=page.limit,
                customerId=node_id(f.customer, "Organization", argument="customer"),
                kind=f.kind.value if f.kind else None,
                mentionsId=node_id(f.mentions) if f.mentions else None,
                dateFrom=f.date_from,
                dateTo=f.date_to,
            )
            for row in page_rows:
                info.context.loaders.document.prime(row["id"], row)
            return make_connection([Document.from_row(r) for r in page_rows], total, page)
        ids, total = await info.context.services.entities.list_document_ids(
            skip=page.skip,
            limit=page.limit,
            kind=f.kind.value if f.kind else None,
            customerId=node_id(f.customer, "Organization", argument="customer") if f.customer else None,
            mentionsId=node_id(f.mentions) if f.mentions else None,
            dateFrom=f.date_from,
            dateTo=f.date_to,
        )
        rows = await info.context.loaders.document.load_many(ids)
        return make_connection([Document.from_row(r) for r in rows if r], total, page)
