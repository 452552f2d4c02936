"""The domain's controlled vocabularies, taken from the sales-training seeds (see docs/model.md).

These are plain `StrEnum`s stored as strings in Neo4j; the GraphQL layer exposes the same members.
"""

from __future__ import annotations

from enum import StrEnum


class OrgRole(StrEnum):
    """Role labels an Organization node can carry (several at once)."""

    CUSTOMER = "Customer"
    COMPETITOR = "Competitor"
    SUPPLIER = "Supplier"
    CHANNEL = "Channel"
    US = "OurCompany"


class ChannelType(StrEnum):
    DISTRIBUTOR = "DISTRIBUTOR"  # 分销商
    INTEGRATOR = "INTEGRATOR"  # 集成商
    AGENT = "AGENT"  # 代理商


class UnitKind(StrEnum):
    DEPARTMENT = "DEPARTMENT"  # 部门, e.g. 科技部, 信息中心
    COMMITTEE = "COMMITTEE"  # 委员会/办公会, e.g. 行长办公会, 评标委员会
    PROCUREMENT = "PROCUREMENT"  # 采购中心/招标办


class DecisionRole(StrEnum):
    """Seed 001 §3.1 (five roles) plus seed 003/004's sponsor and the coach (线人/内线)."""

    INITIATOR = "INITIATOR"  # 提出需求
    SEARCHER = "SEARCHER"  # 寻找 / 组织选型
    DECIDER = "DECIDER"  # 决策 / 拍板
    USER = "USER"  # 使用
    EVALUATOR = "EVALUATOR"  # 评价 / 技术评估 / 验收
    SPONSOR = "SPONSOR"  # 赞助人 (internal executive sponsor)
    COACH = "COACH"  # 线人 / 内线


FIVE_ROLES = (
    DecisionRole.INITIATOR,
    DecisionRole.SEARCHER,
    DecisionRole.DECIDER,
    DecisionRole.USER,
    DecisionRole.EVALUATOR,
)


class Stance(StrEnum):
    SUPPORTIVE = "SUPPORTIVE"
    NEUTRAL = "NEUTRAL"
    OPPOSED = "OPPOSED"


class SupportLevel(StrEnum):
    """The seed's ladder of a contact's support (支持度), ordered low → high."""

    UNCONTACTED = "UNCONTACTED"
    INITIAL_CONTACT = "INITIAL_CONTACT"
    CONSIDERING = "CONSIDERING"
    TRUSTING = "TRUSTING"
    COMMITTED = "COMMITTED"


class RelationshipLevel(StrEnum):
    """Closeness of our rep to a contact (seed 002 §3.9), ordered low → high."""

    ACQUAINTED = "ACQUAINTED"  # 认识
    FAMILIAR = "FAMILIAR"  # 熟悉
    FRIENDLY = "FRIENDLY"  # 朋友
    TRUSTED = "TRUSTED"  # 信任
    CLOSE_ALLY = "CLOSE_ALLY"  # 铁杆


class CustomerStage(StrEnum):
    """Seed 002 §3.1: the eight customer relationship stages."""

    POTENTIAL = "POTENTIAL"  # 潜在客户
    TARGET = "TARGET"  # 目标客户
    NEW = "NEW"  # 新客户
    ESTABLISHED = "ESTABLISHED"  # 老客户
    CORE = "CORE"  # 核心客户
    STRATEGIC_PARTNER = "STRATEGIC_PARTNER"  # 战略合作者
    PROBLEM = "PROBLEM"  # 问题客户
    EXITED = "EXITED"  # 退出客户


class NeedLevel(StrEnum):
    CORE = "CORE"  # 核心需求
    ADDITIONAL = "ADDITIONAL"  # 附加需求
    LATENT = "LATENT"  # 潜在需求
    DEEP = "DEEP"  # 深层次需求


class ContributionClass(StrEnum):
    """Seed 001 §3.2, ordered high → low."""

    FAT_SHEEP = "FAT_SHEEP"  # 肥羊
    REINDEER = "REINDEER"  # 驯鹿
    HUNTING_DOG = "HUNTING_DOG"  # 猎狗
    HARE = "HARE"  # 野兔
    BIG_RAT = "BIG_RAT"  # 硕鼠


class ValueClass(StrEnum):
    """Seed 001 §3.4."""

    CONSOLIDATE = "CONSOLIDATE"  # 巩固类
    INVEST = "INVEST"  # 投入类
    HARVEST = "HARVEST"  # 收获类
    BALANCE = "BALANCE"  # 兼顾类


class WinRate(StrEnum):
    """Seed 001 §3.8: evidence-based win-rate ladder."""

    W20 = "W20"  # 了解背景
    W40 = "W40"  # 展示引导
    W60 = "W60"  # 建立信任
    W80 = "W80"  # 超越对手


WIN_RATE_PERCENT = {WinRate.W20: 20, WinRate.W40: 40, WinRate.W60: 60, WinRate.W80: 80}


class FunnelPosition(StrEnum):
    """Seed 001 §3.10."""

    SURFACE = "SURFACE"  # 表层: decision > ~6–10 weeks away
    MIDDLE = "MIDDLE"  # 中层
    BOTTOM = "BOTTOM"  # 底层: within 2 weeks


class AmountClass(StrEnum):
    A = "A"
    B = "B"
    C = "C"


class Tactic(StrEnum):
    """Seed 001 §3.13: project battle tactics."""

    BLITZ = "BLITZ"  # 闪电战
    DEFENSIVE = "DEFENSIVE"  # 防御战
    POSITIONAL = "POSITIONAL"  # 阵地战
    GUERRILLA = "GUERRILLA"  # 游击战
    STORMING = "STORMING"  # 攻坚战


class CompetitivePosition(StrEnum):
    """Seed 001 §3.15."""

    LEADER = "LEADER"  # 领导者
    CHALLENGER = "CHALLENGER"  # 挑战者
    FOLLOWER = "FOLLOWER"  # 追随者
    SPECIALIST = "SPECIALIST"  # 专攻者


class OpportunityStatus(StrEnum):
    OPEN = "OPEN"
    WON = "WON"
    LOST = "LOST"
    ABANDONED = "ABANDONED"


class DocumentKind(StrEnum):
    VISIT_NOTE = "visit_note"
    CLIPPING = "clipping"


class IntelSourceType(StrEnum):
    """Seed 000 §3.23; the sensitive ones (insiders, former staff, commissioned) are field-protected."""

    SALES_VISIT = "SALES_VISIT"
    CALL_CENTER = "CALL_CENTER"
    WEB = "WEB"
    EMAIL = "EMAIL"
    CHANNEL_FEEDBACK = "CHANNEL_FEEDBACK"
    MEDIA = "MEDIA"
    PUBLIC_MATERIAL = "PUBLIC_MATERIAL"
    PATENT = "PATENT"
    KEY_CUSTOMER = "KEY_CUSTOMER"
    UPSTREAM_SUPPLIER = "UPSTREAM_SUPPLIER"
    INSIDER = "INSIDER"
    FORMER_EMPLOYEE = "FORMER_EMPLOYEE"
    THIRD_PARTY = "THIRD_PARTY"


SENSITIVE_SOURCE_TYPES = frozenset(
    {IntelSourceType.INSIDER, IntelSourceType.FORMER_EMPLOYEE, IntelSourceType.THIRD_PARTY}
)


class OrgRelationType(StrEnum):
    """Organisation → organisation facts (all carry provenance)."""

    INCUMBENT_AT = "INCUMBENT_AT"  # vendor whose system/contract is in place at the customer
    ENGAGED_WITH = "ENGAGED_WITH"  # competitor actively pursuing the customer now
    SUPPLIES = "SUPPLIES"
    CHANNEL_FOR = "CHANNEL_FOR"  # reseller/integrator → vendor
    SERVES = "SERVES"  # channel → customer
    PARTNERS_WITH = "PARTNERS_WITH"
    ACQUIRES = "ACQUIRES"
    COMPETES_WITH = "COMPETES_WITH"
    INVESTS_IN = "INVESTS_IN"
