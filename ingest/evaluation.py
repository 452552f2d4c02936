"""Metrics of ``kg eval``: extraction output against gold records in the samples' format."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["PRF", "evaluate", "prf"]


class PRF:
    __slots__ = ("fn", "fp", "tp")

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, pred: Iterable[Any], gold: Iterable[Any]) -> None:
        p, g = Counter(pred), Counter(gold)
        tp = sum((p & g).values())
        self.tp += tp
        self.fp += sum(p.values()) - tp
        self.fn += sum(g.values()) - tp

    def as_dict(self) -> dict[str, float | int]:
        return prf(self.tp, self.fp, self.fn)


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "support": tp + fn,
    }


def _by(key: str, items: Iterable[dict[str, Any]], fields: Sequence[str]) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = {}
    for it in items:
        out.setdefault(str(it.get(key)), []).append(tuple(it.get(f) for f in fields))
    return out


def evaluate(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Per-label P/R/F1 of entities, roles, relations; stance accuracy; alias-resolution accuracy."""
    pred_by_id = {p.get("id"): p for p in pred}
    ent: dict[str, PRF] = {}
    ent_all, role_all, rel_all, stance_all = PRF(), PRF(), PRF(), PRF()
    roles: dict[str, PRF] = {}
    rels: dict[str, PRF] = {}
    st_ok = st_n = 0
    res_ok = res_n = 0
    pers_ok = pers_n = org_ok = org_n = 0
    kind_ok = kind_n = 0
    missing = 0
    for g in gold:
        p = pred_by_id.get(g.get("id"))
        if p is None:
            missing += 1
            p = {}
        # entities
        ge = _by("type", g.get("entities", []), ("start", "end"))
        pe = _by("type", p.get("entities", []), ("start", "end"))
        for t in set(ge) | set(pe):
            ent.setdefault(t, PRF()).add(pe.get(t, []), ge.get(t, []))
        ent_all.add(
            [(e["type"], e["start"], e["end"]) for e in p.get("entities", [])],
            [(e["type"], e["start"], e["end"]) for e in g.get("entities", [])],
        )
        # roles
        gr = _by("role", g.get("roles", []), ("person", "org"))
        pr = _by("role", p.get("roles", []), ("person", "org"))
        for t in set(gr) | set(pr):
            roles.setdefault(t, PRF()).add(pr.get(t, []), gr.get(t, []))
        role_all.add(
            [(r["person"], r["role"], r["org"]) for r in p.get("roles", [])],
            [(r["person"], r["role"], r["org"]) for r in g.get("roles", [])],
        )
        # relations
        gl = _by("type", g.get("relations", []), ("source", "target"))
        pl = _by("type", p.get("relations", []), ("source", "target"))
        for t in set(gl) | set(pl):
            rels.setdefault(t, PRF()).add(pl.get(t, []), gl.get(t, []))
        rel_all.add(
            [(r["type"], r["source"], r["target"]) for r in p.get("relations", [])],
            [(r["type"], r["source"], r["target"]) for r in g.get("relations", [])],
        )
        # stances: accuracy over gold (person, toward) pairs
        ps = {(s["person"], s["toward"]): s["stance"] for s in p.get("stances", [])}
        for s in g.get("stances", []):
            st_n += 1
            st_ok += int(ps.get((s["person"], s["toward"])) == s["stance"])
        stance_all.add(
            [(s["person"], s["toward"], s["stance"]) for s in p.get("stances", [])],
            [(s["person"], s["toward"], s["stance"]) for s in g.get("stances", [])],
        )
        # resolution: canonical name + grouping of mentions
        pp = {x["name"]: set(x.get("mentions") or []) for x in p.get("persons", [])}
        for x in g.get("persons", []):
            pers_n += 1
            ok = pp.get(x["name"]) == set(x.get("mentions") or [])
            pers_ok += int(ok)
        po = {x["name"]: (set(x.get("mentions") or []), x.get("kind")) for x in p.get("orgs", [])}
        for x in g.get("orgs", []):
            org_n += 1
            got = po.get(x["name"])
            org_ok += int(got is not None and got[0] == set(x.get("mentions") or []))
            kind_n += 1
            kind_ok += int(got is not None and got[1] == x.get("kind"))
    res_ok, res_n = pers_ok + org_ok, pers_n + org_n
    return {
        "records": len(gold),
        "missing_predictions": missing,
        "entities": {"micro": ent_all.as_dict(), **{k: v.as_dict() for k, v in sorted(ent.items())}},
        "roles": {"micro": role_all.as_dict(), **{k: v.as_dict() for k, v in sorted(roles.items())}},
        "stances": {
            "accuracy": round(st_ok / st_n, 4) if st_n else 1.0,
            "n": st_n,
            "triples": stance_all.as_dict(),
        },
        "relations": {"micro": rel_all.as_dict(), **{k: v.as_dict() for k, v in sorted(rels.items())}},
        "resolution": {
            "accuracy": round(res_ok / res_n, 4) if res_n else 1.0,
            "persons": round(pers_ok / pers_n, 4) if pers_n else 1.0,
            "orgs": round(org_ok / org_n, 4) if org_n else 1.0,
            "n": res_n,
        },
        "org_kind_accuracy": round(kind_ok / kind_n, 4) if kind_n else 1.0,
    }
