"""Shared by the hand-annotated sets (*_notes_src.py): shorthand for gold facts, and the builder that
turns a note's entity surfaces (in reading order) into offsets and writes the JSONL file.
Regenerate a set with `python -m tests.data.<name>_src`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

US = "中太数据"
P, O, T, R = "PERSON", "ORG", "TITLE", "PRODUCT"  # noqa: E741


def W(s, o):
    return {"type": "WORKS_AT", "source": s, "target": o}


def rel(t, s, o):
    return {"type": t, "source": s, "target": o}


def build(notes: list[dict]) -> list[dict]:
    out = []
    for n in notes:
        text = n["text"]
        ents = []
        pos = 0
        for surface, typ in n["ents"]:
            i = text.find(surface, pos)
            if i < 0:
                raise ValueError(f"{n['id']}: {surface!r} not found after {pos}")
            ents.append({"text": surface, "type": typ, "start": i, "end": i + len(surface)})
            pos = i + len(surface)
        out.append({"id": n["id"], "kind": n["kind"], "date": n["date"], "author": n["author"],
                    "customer": n["customer"], "text": text, "entities": ents, "persons": n["persons"],
                    "orgs": n["orgs"], "roles": n["roles"], "stances": n["stances"], "relations": n["relations"]})
    return out


def write(notes: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for rec in build(notes):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {path}", file=sys.stderr)
