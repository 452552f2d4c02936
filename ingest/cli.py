"""``kg extract`` and ``kg eval``: mounted into the ``kg`` CLI by ``register(app)``.

kg extract [FILE|-] [--output OUT.jsonl] [--rich] [--graph] [--no-learn]
    Reads JSONL records {id, kind, date, author, customer, text}; writes one JSONL line per record with
    ``id, entities, persons, orgs, roles, stances, relations`` (the format of samples/README.md).
    Never writes to the graph and needs no Neo4j; ``--graph`` adds the graph's gazetteer through
    GRAPH_GAZETTEER_LOADER.
kg eval GOLD.jsonl [--pred PRED.jsonl] [--json]
    Per-label precision/recall/F1 of the extraction (or of PRED) against GOLD.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

import typer
from rich.console import Console
from rich.table import Table

from ingest.gazetteer import Gazetteer

__all__ = ["GRAPH_GAZETTEER_LOADER", "read_jsonl", "register"]

# Set by the graph team: a zero-argument callable returning a Gazetteer (or its dict form) from Neo4j.
GRAPH_GAZETTEER_LOADER: Callable[[], Gazetteer | dict[str, Any]] | None = None

_err = Console(stderr=True)


class InputError(ValueError):
    pass


def read_jsonl(stream: TextIO, name: str = "<stdin>", require_text: bool = True) -> list[dict[str, Any]]:
    """Parse JSONL; raises InputError naming the first bad line."""
    out: list[dict[str, Any]] = []
    for n, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}: line {n}: malformed JSON ({exc.msg})") from exc
        if not isinstance(obj, dict):
            raise InputError(f"{name}: line {n}: expected a JSON object")
        if require_text and not isinstance(obj.get("text"), str):
            raise InputError(f"{name}: line {n}: missing string field 'text'")
        out.append(obj)
    return out


def _open_input(path: str) -> tuple[TextIO, str]:
    if path == "-":
        return sys.stdin, "<stdin>"
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    return p.open(encoding="utf-8"), path


def _graph_gazetteer() -> Gazetteer:
    loader = GRAPH_GAZETTEER_LOADER
    if loader is None:
        raise InputError(
            "--graph: no graph gazetteer loader is configured (ingest.cli.GRAPH_GAZETTEER_LOADER)"
        )
    try:
        g = loader()
    except Exception as exc:
        raise InputError(f"--graph: could not load the gazetteer from the graph: {exc}") from exc
    return g if isinstance(g, Gazetteer) else Gazetteer.from_dict(g)


def run_extract(
    records: list[dict[str, Any]],
    gazetteer: Gazetteer | None = None,
    rich_output: bool = False,
    learn: bool = True,
) -> list[dict[str, Any]]:
    from ingest.extract import Extractor

    ex = Extractor(gazetteer=gazetteer)
    res = ex.extract_batch(records, learn=learn)
    return [r.to_rich() if rich_output else r.to_contract() for r in res]


def _table(title: str, rows: dict[str, Any]) -> Table:
    t = Table(title=title)
    for c in ("label", "P", "R", "F1", "support"):
        t.add_column(c, justify="right" if c != "label" else "left")
    for k, v in rows.items():
        t.add_row(k, f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"{v['f1']:.3f}", str(v["support"]))
    return t


def register(app: typer.Typer) -> None:
    """Add the ``extract`` and ``eval`` commands to ``app``."""

    @app.command("extract")
    def extract_cmd(
        file: str = typer.Argument("-", help="JSONL records, or - for stdin"),
        output: Path | None = typer.Option(None, "--output", "-o", help="write JSONL here instead of stdout"),
        graph: bool = typer.Option(False, "--graph", help="add the graph's gazetteer (needs Neo4j)"),
        rich_output: bool = typer.Option(False, "--rich", help="full output: confidences, evidence, dates"),
        learn: bool = typer.Option(True, "--learn/--no-learn", help="share org names across the input batch"),
    ) -> None:
        """Extract entities, persons, orgs, roles, stances and relations from notes (JSONL in, JSONL out)."""
        try:
            stream, name = _open_input(file)
            with stream if stream is not sys.stdin else _nullcm(stream):
                records = read_jsonl(stream, name)
            gaz = _graph_gazetteer() if graph else None
        except InputError as exc:
            _err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(1) from exc
        out = run_extract(records, gaz, rich_output, learn)
        lines = "".join(json.dumps(o, ensure_ascii=False, default=str) + "\n" for o in out)
        if output is not None:
            output.write_text(lines, encoding="utf-8")
            _err.print(f"wrote {len(out)} records to {output}")
        else:
            sys.stdout.write(lines)
            sys.stdout.flush()

    @app.command("eval")
    def eval_cmd(
        gold: str = typer.Argument(..., help="gold JSONL (samples format)"),
        pred: Path | None = typer.Option(None, "--pred", help="predictions JSONL (default: run kg extract)"),
        as_json: bool = typer.Option(False, "--json", help="print machine-readable figures"),
    ) -> None:
        """Per-label precision/recall/F1 of the extraction against GOLD."""
        from ingest.evaluation import evaluate

        try:
            gs, gname = _open_input(gold)
            with gs:
                gold_recs = read_jsonl(gs, gname)
            if pred is not None:
                ps, pname = _open_input(str(pred))
                with ps:
                    pred_recs = read_jsonl(ps, pname, require_text=False)
            else:
                pred_recs = run_extract(gold_recs)
        except InputError as exc:
            _err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(1) from exc
        res = evaluate(gold_recs, pred_recs)
        if as_json:
            sys.stdout.write(json.dumps(res, ensure_ascii=False, indent=2) + "\n")
            return
        con = Console()
        con.print(_table("Entities", res["entities"]))
        con.print(_table("Roles", res["roles"]))
        con.print(_table("Relations", res["relations"]))
        st = res["stances"]
        con.print(
            f"Stance accuracy: {st['accuracy']:.3f} (n={st['n']}); stance triple F1 {st['triples']['f1']:.3f}"
        )
        rs = res["resolution"]
        con.print(
            f"Resolution accuracy: {rs['accuracy']:.3f} (persons {rs['persons']:.3f}, orgs {rs['orgs']:.3f}, "
            f"n={rs['n']}); org kind accuracy {res['org_kind_accuracy']:.3f}"
        )


class _nullcm:
    def __init__(self, s: TextIO) -> None:
        self.s = s

    def __enter__(self) -> TextIO:
        return self.s

    def __exit__(self, *a: object) -> None:
        return None
