from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Annotated

import strawberry
from strawberry import relay

from api.errors import BadRequest, NotFound
from api.ids import node_id
from api.types.analysis import (
    AccountSummary,
    CompetitorPresence,
    DecisionChain,
    FunnelBucket,
    Influencer,
    PathHop,
    WarmPath,
)
from api.types.domain import Info, StanceObservation, to_date, to_enum
from api.types.enums import ContributionClass, CustomerStage, DecisionRole, NeedLevel, ValueClass
from graph.enums import FIVE_ROLES, WIN_RATE_PERCENT, WinRate
from graph.repositories.analysis import MAX_PATH_HOPS


@strawberry.type
class AnalysisQueries:
    @strawberry.field(
        description="Who decides: role holders of a deal (or an account) with stance, ties, influence"
    )
    async def decision_chain(
        self,
        info: Info,
        opportunity: relay.GlobalID | None = None,
        customer: relay.GlobalID | None = None,
        as_of: dt.date | None = None,
    ) -> DecisionChain:
        if (opportunity is None) == (customer is None):
            raise BadRequest("give exactly one of `opportunity` or `customer`")
        result = await info.context.services.analysis.decision_chain(
            opportunity_id=node_id(opportunity, "Opportunity", argument="opportunity")
            if opportunity
            else None,
            customer_id=node_id(customer, "Organization", argument="customer") if customer else None,
            as_of=as_of,
        )
        assert result is not None
        return DecisionChain.from_result(result)

    @strawberry.field(description="Who influences this contact, directly and transitively, strongest first")
    async def influencers(
        self, info: Info, contact: relay.GlobalID, depth: int = 2, as_of: dt.date | None = None
    ) -> list[Influencer]:
        if not 1 <= depth <= MAX_PATH_HOPS:
            raise BadRequest(f"`depth` must be between 1 and {MAX_PATH_HOPS}", argument="depth")
        rows = await info.context.services.analysis.influencers(
            node_id(contact, "Contact", argument="contact"), depth=depth, as_of=as_of
        )
        return [
            Influencer(
                strength=round(r["strength"], 4),
                sign=r["sign"],
                depth=r["depth"],
                direct=r["direct"],
                path_count=r["pathCount"],
                path=[PathHop.from_row(h) for h in r["hops"]],
                contact_id=r["sourceId"],
            )
            for r in rows
        ]

    @strawberry.field(
        description="Best introduction paths by relationship strength (weighted), each hop explained"
    )
    async def warm_path(
        self,
        info: Info,
        from_: Annotated[relay.GlobalID, strawberry.argument(name="from")],
        to: relay.GlobalID,
        max_hops: int = 3,
        first: int = 3,
        as_of: dt.date | None = None,
    ) -> list[WarmPath]:
        if not 1 <= max_hops <= MAX_PATH_HOPS:
            raise BadRequest(f"`maxHops` must be between 1 and {MAX_PATH_HOPS}", argument="maxHops")
        if not 1 <= first <= 20:
            raise BadRequest("`first` must be between 1 and 20", argument="first")
        rows = await info.context.services.analysis.warm_paths(
            node_id(from_, "Contact", argument="from"),
            node_id(to, "Contact", argument="to"),
            max_hops=max_hops,
            limit=first,
            as_of=as_of,
        )
        return [
            WarmPath(strength=round(r["strength"], 4), hops=[PathHop.from_row(h) for h in r["hops"]])
            for r in rows
        ]

    @strawberry.field(description="Competitors present at a customer, most entrenched first")
    async def competitor_landscape(
        self, info: Info, customer: relay.GlobalID, as_of: dt.date | None = None
    ) -> list[CompetitorPresence]:
        rows = await info.context.services.analysis.competitor_landscape(
            node_id(customer, "Organization", argument="customer"), as_of=as_of
        )
        return [CompetitorPresence.from_row(r) for r in rows]

    @strawberry.field(description="Accounts where a competitor is present, and through whom")
    async def competitor_footprint(
        self, info: Info, competitor: relay.GlobalID, as_of: dt.date | None = None
    ) -> list[CompetitorPresence]:
        rows = await info.context.services.analysis.competitor_footprint(
            node_id(competitor, "Organization", argument="competitor"), as_of=as_of
        )
        return [CompetitorPresence.from_row(r) for r in rows]

    @strawberry.field(description="Stance observations of a contact (or unit) over time, oldest first")
    async def stance_timeline(
        self,
        info: Info,
        contact: relay.GlobalID,
        toward: relay.GlobalID | None = None,
        as_of: dt.date | None = None,
    ) -> list[StanceObservation]:
        rows = await info.context.services.analysis.stance_timeline(
            node_id(contact, "Contact", "OrgUnit", argument="contact"),
            toward_id=node_id(toward, "Organization", argument="toward") if toward else None,
            as_of=as_of,
        )
        return [StanceObservation.from_row(r) for r in rows]

    @strawberry.field(
        description="An account at a glance: funnel by win rate, classes, coverage of the five roles"
    )
    async def account_summary(
        self, info: Info, customer: relay.GlobalID, as_of: dt.date | None = None
    ) -> AccountSummary:
        customer_id = node_id(customer, "Organization", argument="customer")
        row = await info.context.services.analysis.account_summary(customer_id, as_of=as_of)
        if row is None:
            raise NotFound("customer not found", argument="customer")
        org = row["org"]
        opps = [o for o in row["opportunities"] if o]
        by_status: Counter[str] = Counter()
        amount_status: dict[str, float] = defaultdict(float)
        by_rate: Counter[str] = Counter()
        amount_rate: dict[str, float] = defaultdict(float)
        by_funnel: Counter[str] = Counter()
        amount_funnel: dict[str, float] = defaultdict(float)
        weighted = 0.0
        for o in opps:
            status = o.get("status") or "OPEN"
            amount = float(o.get("amount") or 0)
            by_status[status] += 1
            amount_status[status] += amount
            if status == "OPEN":
                rate = o.get("winRate") or "UNKNOWN"
                by_rate[rate] += 1
                amount_rate[rate] += amount
                funnel = o.get("funnel") or "UNKNOWN"
                by_funnel[funnel] += 1
                amount_funnel[funnel] += amount
                if rate in WinRate.__members__:
                    weighted += amount * WIN_RATE_PERCENT[WinRate(rate)] / 100
        known = sorted(set(row["rolesKnown"]))
        return AccountSummary(
            as_of=as_of or dt.date.today(),
            contacts=row["contacts"],
            competitors=row["competitors"],
            documents=row["documents"],
            last_activity=to_date(row["lastActivity"]),
            stage=to_enum(CustomerStage, org.get("stage")),
            contribution=to_enum(ContributionClass, org.get("contribution")),
            value_class=to_enum(ValueClass, org.get("valueClass")),
            need_level=to_enum(NeedLevel, org.get("needLevel")),
            opportunities_by_status=[
                FunnelBucket(key=k, count=v, amount=amount_status[k]) for k, v in sorted(by_status.items())
            ],
            open_by_win_rate=[
                FunnelBucket(key=k, count=v, amount=amount_rate[k]) for k, v in sorted(by_rate.items())
            ],
            open_by_funnel=[
                FunnelBucket(key=k, count=v, amount=amount_funnel[k]) for k, v in sorted(by_funnel.items())
            ],
            weighted_pipeline=round(weighted, 2),
            roles_known=[DecisionRole(r) for r in known if r in DecisionRole.__members__],
            missing_roles=[DecisionRole(r.value) for r in FIVE_ROLES if r.value not in known],
            customer_id=customer_id,
        )
