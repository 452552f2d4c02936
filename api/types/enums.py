"""GraphQL enums: the same members as graph.enums (one vocabulary end to end)."""

from __future__ import annotations

from enum import StrEnum

import strawberry

from graph import enums
from graph.repositories.writes import LinkKind as _LinkKind

OrgRole = strawberry.enum(enums.OrgRole, description="What an organisation is to us (several allowed)")
ChannelType = strawberry.enum(enums.ChannelType)
UnitKind = strawberry.enum(enums.UnitKind)
DecisionRole = strawberry.enum(
    enums.DecisionRole, description="提出需求/寻找/决策/使用/评价 + 赞助人 (SPONSOR) + 线人 (COACH)"
)
Stance = strawberry.enum(enums.Stance)
SupportLevel = strawberry.enum(enums.SupportLevel, description="支持度 ladder, low → high")
RelationshipLevel = strawberry.enum(enums.RelationshipLevel)
CustomerStage = strawberry.enum(enums.CustomerStage, description="Seed 002: eight customer stages")
NeedLevel = strawberry.enum(enums.NeedLevel)
ContributionClass = strawberry.enum(enums.ContributionClass, description="肥羊/驯鹿/猎狗/野兔/硕鼠")
ValueClass = strawberry.enum(enums.ValueClass, description="巩固/投入/收获/兼顾")
WinRate = strawberry.enum(enums.WinRate, description="20/40/60/80% evidence-based win-rate ladder")
FunnelPosition = strawberry.enum(enums.FunnelPosition)
Tactic = strawberry.enum(enums.Tactic, description="闪电战/防御战/阵地战/游击战/攻坚战")
CompetitivePosition = strawberry.enum(enums.CompetitivePosition)
OpportunityStatus = strawberry.enum(enums.OpportunityStatus)
DocumentKind = strawberry.enum(enums.DocumentKind)
IntelSourceType = strawberry.enum(enums.IntelSourceType)
OrgRelationType = strawberry.enum(enums.OrgRelationType)
LinkKind = strawberry.enum(_LinkKind, description="Fact edges that `link`/`unlink` manage")



@strawberry.enum
class HolderKind(StrEnum):
    PERSON = "PERSON"
    UNIT = "UNIT"


@strawberry.enum
class ScopeKind(StrEnum):
    OPPORTUNITY = "OPPORTUNITY"
    ACCOUNT = "ACCOUNT"
