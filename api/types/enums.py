"""GraphQL enums: the same classes as graph.enums, registered with strawberry (one vocabulary end to end)."""

from __future__ import annotations

from enum import EnumMeta, StrEnum

import strawberry

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
from graph.repositories.writes import LinkKind

# strawberry.enum attaches the GraphQL definition to the class itself and returns it, so the domain
# enums are used directly in the types (and mypy sees real classes).
_DESCRIPTIONS: dict[EnumMeta, str | None] = {
    OrgRole: "What an organisation is to us (several allowed)",
    ChannelType: None,
    UnitKind: None,
    DecisionRole: "提出需求/寻找/决策/使用/评价 + 赞助人 (SPONSOR) + 线人 (COACH)",
    Stance: None,
    SupportLevel: "支持度 ladder, low → high",
    RelationshipLevel: "Closeness of a personal tie (seed 002), low → high",
    CustomerStage: "Seed 002: the eight customer stages",
    NeedLevel: None,
    ContributionClass: "肥羊/驯鹿/猎狗/野兔/硕鼠",
    ValueClass: "巩固/投入/收获/兼顾",
    WinRate: "20/40/60/80% evidence-based win-rate ladder",
    FunnelPosition: None,
    Tactic: "闪电战/防御战/阵地战/游击战/攻坚战",
    CompetitivePosition: None,
    OpportunityStatus: None,
    DocumentKind: None,
    IntelSourceType: None,
    OrgRelationType: None,
    LinkKind: "Fact edges that `link`/`unlink` manage",
}
for _enum, _description in _DESCRIPTIONS.items():
    strawberry.enum(_enum, description=_description)


@strawberry.enum
class HolderKind(StrEnum):
    PERSON = "PERSON"
    UNIT = "UNIT"


@strawberry.enum
class ScopeKind(StrEnum):
    OPPORTUNITY = "OPPORTUNITY"
    ACCOUNT = "ACCOUNT"


__all__ = [
    "ChannelType",
    "CompetitivePosition",
    "ContributionClass",
    "CustomerStage",
    "DecisionRole",
    "DocumentKind",
    "FunnelPosition",
    "HolderKind",
    "IntelSourceType",
    "LinkKind",
    "NeedLevel",
    "OpportunityStatus",
    "OrgRelationType",
    "OrgRole",
    "RelationshipLevel",
    "ScopeKind",
    "Stance",
    "SupportLevel",
    "Tactic",
    "UnitKind",
    "ValueClass",
    "WinRate",
]
