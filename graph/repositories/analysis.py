"""The relationship and influence questions: decision chains, influencers, warm paths, competition."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any, LiteralString

from graph.enums import FIVE_ROLES
from graph.queries import cypher
from graph.repositories.base import Repository, Row
from graph.scoring import entrenchment_index, influence_score

MAX_PATH_HOPS = 4
MANAGER_INFLUENCE = 0.6  # a manager's sway over a direct report, when no INFLUENCES edge says more
REPORTING_TIE = 0.6  # how usable a reporting line is for an introduction


def _as_of(as_of: dt.date | None) -> dt.date:
    return as_of or dt.date.today()


class AnalysisRepository(Repository):
    async def decision_chain(
        self,
        *,
        opportunity_id: str | None = None,
        customer_id: str | None = None,
        as_of: dt.date | None = None,
    ) -> dict[str, Any] | None:
        day = _as_of(as_of)
        if opportunity_id:
            rows = await self.read(
                "analysis_role_holders_of_opportunity", opportunityId=opportunity_id, asOf=day
            )
        else:
            rows = await self.read("analysis_role_holders_of_customer", customerId=customer_id, asOf=day)
        holders: dict[str, list[Row]] = defaultdict(list)
        kinds: dict[str, str] = {}
        for r in rows:
            holders[r["holderId"]].append(r["role"])
            kinds[r["holderId"]] = r["holderKind"]
        signals = {}
        if holders:
            for s in await self.read("analysis_holder_signals", holderIds=list(holders), asOf=day):
                signals[s["holderId"]] = s
        entries = []
        for holder_id, roles in holders.items():
            sig = signals.get(holder_id, {})
            score = influence_score(
                roles,
                float(sig.get("influenceOut") or 0.0),
                int(sig.get("influencedCount") or 0),
                int(sig.get("reportsCount") or 0),
            )
            stances = sig.get("stances") or []
            entries.append(
                {
                    "holderId": holder_id,
                    "holderKind": kinds[holder_id],
                    "name": sig.get("name"),
                    "roles": sorted(roles, key=lambda r: r["role"]),
                    "stanceTowardUs": next((s for s in stances if s["towardUs"]), None),
                    "stancesTowardCompetitors": [s for s in stances if not s["towardUs"]],
                    "bestTie": sig.get("bestTie"),
                    "score": score,
                }
            )
        entries.sort(key=lambda e: (-float(e["score"].value), str(e["name"] or "")))  # type: ignore[union-attr]
        held = {r["role"] for roles in holders.values() for r in roles}
        return {
            "asOf": day,
            "entries": entries,
            "missingRoles": [r.value for r in FIVE_ROLES if r.value not in held],
        }

    async def influencers(
        self, contact_id: str, *, depth: int, as_of: dt.date | None = None
    ) -> list[dict[str, Any]]:
        depth = max(1, min(depth, MAX_PATH_HOPS))
        rows = await self.read(
            "analysis_influencers",
            contactId=contact_id,
            depth=depth,
            asOf=_as_of(as_of),
            managerStrength=MANAGER_INFLUENCE,
        )
        best: dict[str, dict[str, Any]] = {}
        paths: dict[str, int] = defaultdict(int)
        for r in rows:
            paths[r["sourceId"]] += 1
            current = best.get(r["sourceId"])
            if current is None or (r["strength"], -r["depth"]) > (current["strength"], -current["depth"]):
                best[r["sourceId"]] = r
        ranked = sorted(best.values(), key=lambda r: (-r["strength"], r["depth"], r["sourceName"] or ""))
        return [{**r, "pathCount": paths[r["sourceId"]], "direct": r["depth"] == 1} for r in ranked]

    async def warm_paths(
        self, from_id: str, to_id: str, *, max_hops: int, limit: int = 5, as_of: dt.date | None = None
    ) -> list[dict[str, Any]]:
        return await self.read(
            "analysis_warm_path",
            fromId=from_id,
            toId=to_id,
            maxHops=max(1, min(max_hops, MAX_PATH_HOPS)),
            limit=limit,
            asOf=_as_of(as_of),
            reportingStrength=REPORTING_TIE,
        )

    async def _presence(self, head: LiteralString, as_of: dt.date, **params: Any) -> list[dict[str, Any]]:
        statement: LiteralString = cypher(head) + "\n" + cypher("analysis_competitor_presence_details")
        self.round_trips += 1
        records, _, _ = await self.driver.execute_query(
            statement, asOf=as_of, database_=self.database, routing_="r", **params
        )
        out = []
        for rec in records:
            row = rec.data()
            products = [p for p in row["products"] if p]
            channels = [c for c in row["channels"] if c]
            seen = [d for d in (row["lastDocument"], row["lastStance"], *row["relationSeen"]) if d]
            score = entrenchment_index(
                incumbent=row["incumbent"],
                engaged=row["engaged"],
                products=products,
                contract_end=row["incumbentContractEnd"],
                supporters=row["supporters"],
                channels=channels,
                as_of=as_of,
            )
            out.append(
                {
                    **row,
                    "products": products,
                    "channels": channels,
                    "lastActivity": max(seen) if seen else None,
                    "score": score,
                }
            )
        out.sort(key=lambda r: (-r["score"].value, r["competitor"]["name"]))
        return out

    async def competitor_landscape(
        self, customer_id: str, *, as_of: dt.date | None = None
    ) -> list[dict[str, Any]]:
        return await self._presence(
            "analysis_competitor_pairs_by_customer", _as_of(as_of), customerId=customer_id
        )

    async def competitor_footprint(
        self, competitor_id: str, *, as_of: dt.date | None = None
    ) -> list[dict[str, Any]]:
        return await self._presence(
            "analysis_competitor_pairs_by_competitor", _as_of(as_of), competitorId=competitor_id
        )

    async def stance_timeline(
        self, holder_id: str, *, toward_id: str | None = None, as_of: dt.date | None = None
    ) -> list[Row]:
        rows = await self.read("analysis_stance_timeline", holderId=holder_id, towardId=toward_id, asOf=as_of)
        return [r["row"] for r in rows]

    async def account_summary(
        self, customer_id: str, *, as_of: dt.date | None = None
    ) -> dict[str, Any] | None:
        return await self.read_one("analysis_account_summary", customerId=customer_id, asOf=_as_of(as_of))
