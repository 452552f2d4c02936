"""Merge suggestions across documents: who is probably the same person or organisation, and why.

Scores come from the names and the context the graph holds (same employer, title form vs full name,
legal-suffix-stripped containment, fuzzy similarity); pairs a reviewer already judged NOT_SAME or UNSURE
are not suggested again (judgements are reused), SAME ones are merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from graph.repositories.review import pair_key
from graph.services import GraphServices
from ingest.plan import core, norm

TITLE_FORM = re.compile(
    r"^(?P<surname>[\u4e00-\u9fff])(?P<title>总|工|局|处|科|主任|经理|处长|局长|行长|院长|部长|书记|董|助)$"
)
EN_TITLE_FORM = re.compile(r"^(?:mr|ms|mrs|director|dr|manager)\.?\s+(?P<surname>[a-z]+)$", re.IGNORECASE)
SENIOR_TITLE = re.compile(r"总|董事|行长|院长|局长|主任|处长|经理|CIO|CEO|CTO|VP|总监")


@dataclass
class Suggestion:
    kind: str  # Person | Organization
    a: dict[str, Any]
    b: dict[str, Any]
    score: float
    reasons: list[str] = field(default_factory=list)


def _person_score(
    cand: dict[str, Any], other: dict[str, Any], title: str | None, org: str
) -> Suggestion | None:
    a_names = [cand["name"], *(cand.get("aliases") or [])]
    b_names = [other["name"], *(other.get("aliases") or [])]
    reasons: list[str] = []
    score = 0.0
    if {norm(n) for n in a_names} & {norm(n) for n in b_names}:
        score, reasons = 0.95, [f"same name at {org}"]
    else:
        m = TITLE_FORM.match(cand["name"])
        e = EN_TITLE_FORM.match(cand["name"])
        if m and other["name"].startswith(m.group("surname")) and len(other["name"]) in (2, 3, 4):
            score = 0.6
            reasons = [f"title form {cand['name']} matches surname {m.group('surname')} at {org}"]
            if title and (
                m.group("title") in title or (m.group("title") == "总" and SENIOR_TITLE.search(title))
            ):
                score += 0.25
                reasons.append(f"{other['name']} is {title}")
        elif e:
            pinyin = norm(other["name"])
            surname = e.group("surname").casefold()
            if (
                any(norm(n).startswith(surname) or norm(n).endswith(surname) for n in b_names)
                or pinyin == surname
            ):
                score, reasons = 0.7, [f"{cand['name']} matches {other['name']} at {org}"]
        else:
            ratio = fuzz.ratio(norm(cand["name"]), norm(other["name"])) / 100
            if ratio >= 0.75:
                score, reasons = 0.5 * ratio + 0.3, [f"similar names ({ratio:.2f}) at {org}"]
    if score <= 0:
        return None
    return Suggestion("Person", cand, other, round(min(score, 0.99), 3), reasons)


def _org_score(cand: dict[str, Any], other: dict[str, Any]) -> Suggestion | None:
    a_names = [cand["name"], *(cand.get("aliases") or [])]
    b_names = [other["name"], *(other.get("aliases") or [])]
    best, reasons = 0.0, []
    for x in a_names:
        for y in b_names:
            cx, cy = core(x), core(y)
            if not cx or not cy:
                continue
            if cx == cy:
                s, why = 0.95, f"same name without legal suffix ({cx})"
            elif len(cx) >= 2 and (cx in cy or cy in cx):
                s, why = 0.75, f"{x} is contained in {y}"
            else:
                r = fuzz.ratio(cx, cy) / 100
                s, why = (0.6 * r, f"similar names {x} / {y} ({r:.2f})") if r >= 0.8 else (0.0, "")
            if s > best:
                best, reasons = s, [why]
    if best <= 0:
        return None
    return Suggestion("Organization", cand, other, round(best, 3), reasons)


async def merge_suggestions(
    services: GraphServices, *, min_score: float = 0.5, limit: int = 50
) -> list[Suggestion]:
    judged = await services.review.judgements()
    out: dict[str, Suggestion] = {}
    for row in await services.review.person_pairs():
        s = _person_score(row["a"], row["b"], row.get("title"), row["org"]["name"])
        if s:
            key = pair_key(s.a["id"], s.b["id"])
            if key not in judged and (key not in out or out[key].score < s.score):
                out[key] = s
    pool = await services.review.org_pool()
    if pool:
        for cand in pool["candidates"]:
            for other in pool["orgs"]:
                if other["id"] == cand["id"]:
                    continue
                s = _org_score(cand, other)
                if s:
                    key = pair_key(s.a["id"], s.b["id"])
                    if key not in judged and (key not in out or out[key].score < s.score):
                        out[key] = s
    ranked = sorted((s for s in out.values() if s.score >= min_score), key=lambda s: (-s.score, s.a["name"]))
    return ranked[:limit]
