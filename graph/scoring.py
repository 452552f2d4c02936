"""Explainable scores: every score is a sum of named components, each (input, value, weight).

Kept free of I/O so the formulas are unit-testable and documented in one place (docs/model.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from graph.enums import DecisionRole

# When a role edge carries no explicit decision weight (决策权重), this is assumed.
DEFAULT_ROLE_WEIGHT: dict[str, float] = {
    DecisionRole.DECIDER: 0.9,
    DecisionRole.SPONSOR: 0.6,
    DecisionRole.EVALUATOR: 0.5,
    DecisionRole.SEARCHER: 0.5,
    DecisionRole.INITIATOR: 0.4,
    DecisionRole.USER: 0.3,
    DecisionRole.COACH: 0.2,
}


@dataclass(frozen=True)
class Component:
    name: str
    value: float  # the input, normalised to 0..1
    weight: float  # its share of the score
    detail: str

    @property
    def contribution(self) -> float:
        return round(self.value * self.weight, 4)


@dataclass(frozen=True)
class Score:
    value: float
    components: list[Component]


def _clip(x: float) -> float:
    return max(0.0, min(1.0, x))


def influence_score(
    roles: list[dict[str, Any]], influence_out: float, influenced_count: int, reports_count: int
) -> Score:
    """How much a role holder sways the decision.

    0.35 × decision weight (max over their roles; role default if unknown)
    + 0.25 × decision power (决策能力; 0.5 if unknown)
    + 0.25 × outgoing influence (sum of signed INFLUENCES strengths, clipped to 0..1)
    + 0.15 × reach (people reporting to them, 5 or more = 1)
    """
    weights = [
        r["weight"] if r.get("weight") is not None else DEFAULT_ROLE_WEIGHT.get(r["role"], 0.3) for r in roles
    ]
    powers = [r["power"] for r in roles if r.get("power") is not None]
    weight = max(weights, default=0.0)
    power = max(powers) if powers else 0.5
    components = [
        Component(
            "decisionWeight", _clip(weight), 0.35, f"max weight over roles {sorted(r['role'] for r in roles)}"
        ),
        Component("decisionPower", _clip(power), 0.25, "known" if powers else "unknown: 0.5 assumed"),
        Component(
            "influenceOut",
            _clip(influence_out),
            0.25,
            f"{influenced_count} people influenced, signed strength sum {influence_out:.2f}",
        ),
        Component(
            "reach", _clip(reports_count / 5), 0.15, f"{reports_count} people report to them (≤ 3 levels)"
        ),
    ]
    return Score(round(sum(c.contribution for c in components), 4), components)


def entrenchment_index(
    *,
    incumbent: bool,
    engaged: bool,
    products: list[dict[str, Any]],
    contract_end: dt.date | None,
    supporters: list[dict[str, Any]],
    channels: list[dict[str, Any]],
    as_of: dt.date,
) -> Score:
    """How hard a competitor is to displace at one account (0..1).

    0.35 × incumbent (its system/contract is in place)
    + 0.20 × installed base (installed products; 2 or more = 1)
    + 0.15 × contract lock-in (months until the latest contract end; 36 or more = 1)
    + 0.20 × internal supporters (sum of decision weights of people whose latest stance favours it; 1 = max)
    + 0.05 × channels (partners serving the account for it; 2 or more = 1)
    + 0.05 × active engagement (currently pursuing the account)
    """
    ends = [p["contractEnd"] for p in products if p.get("contractEnd")]
    if contract_end:
        ends.append(contract_end)
    latest_end = max(ends) if ends else None
    months = 0.0
    if latest_end and latest_end > as_of:
        months = (latest_end - as_of).days / 30.44
    support = sum(float(s["weight"]) if s.get("weight") is not None else 0.4 for s in supporters)
    components = [
        Component(
            "incumbent", 1.0 if incumbent else 0.0, 0.35, "INCUMBENT_AT" if incumbent else "not incumbent"
        ),
        Component("installedBase", _clip(len(products) / 2), 0.20, f"{len(products)} installed products"),
        Component(
            "contractLockIn",
            _clip(months / 36),
            0.15,
            f"contract ends {latest_end.isoformat()}" if latest_end else "no contract end known",
        ),
        Component("supporters", _clip(support), 0.20, f"{len(supporters)} people favour it"),
        Component(
            "channels", _clip(len(channels) / 2), 0.05, f"{len(channels)} channel partners serve the account"
        ),
        Component("engagement", 1.0 if engaged else 0.0, 0.05, "ENGAGED_WITH" if engaged else "not engaged"),
    ]
    return Score(round(sum(c.contribution for c in components), 4), components)


def tie_strength(closeness: float | None, trust: float | None) -> float:
    return ((closeness if closeness is not None else 0.5) + (trust if trust is not None else 0.5)) / 2
