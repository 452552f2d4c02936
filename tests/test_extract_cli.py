from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

import ingest.cli as cli

DEV = Path(__file__).parent / "data" / "dev_notes.jsonl"


def _app() -> typer.Typer:
    app = typer.Typer()
    cli.register(app)

    @app.command("noop", hidden=True)
    def _noop() -> None:  # keeps typer in multi-command mode
        return None

    return app


def test_extract_stdin_to_stdout() -> None:
    rec = {
        "id": "a1",
        "kind": "visit_note",
        "date": "2025-03-12",
        "author": "x",
        "customer": "苏州华信银行",
        "text": "拜访华信银行，见了科技部总经理邵嘉禾。",
    }
    res = CliRunner().invoke(_app(), ["extract", "-"], input=json.dumps(rec, ensure_ascii=False) + "\n")
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert out["id"] == "a1"
    assert {"entities", "persons", "orgs", "roles", "stances", "relations"} <= set(out)


def test_extract_malformed_line_reports_line_number(tmp_path: Path) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"id": "1", "text": "ok"}\n{not json}\n', encoding="utf-8")
    res = CliRunner().invoke(_app(), ["extract", str(f)])
    assert res.exit_code == 1
    assert "line 2" in res.output


def test_extract_graph_without_loader_fails_cleanly(tmp_path: Path, monkeypatch: object) -> None:
    f = tmp_path / "ok.jsonl"
    f.write_text('{"id": "1", "text": "拜访"}\n', encoding="utf-8")
    cli.GRAPH_GAZETTEER_LOADER = None
    res = CliRunner().invoke(_app(), ["extract", str(f), "--graph"])
    assert res.exit_code == 1
    assert "GRAPH_GAZETTEER_LOADER" in res.output


def test_eval_json_with_pred(tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    res = CliRunner().invoke(_app(), ["extract", str(DEV), "--output", str(pred)])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(_app(), ["eval", str(DEV), "--pred", str(pred), "--json"])
    assert res.exit_code == 0, res.output
    figures = json.loads(res.stdout)
    assert figures["records"] == 30
    assert 0.0 <= figures["entities"]["micro"]["f1"] <= 1.0


def test_eval_table_output() -> None:
    res = CliRunner().invoke(_app(), ["eval", str(DEV)])
    assert res.exit_code == 0, res.output
    assert "Entities" in res.stdout and "Stance accuracy" in res.stdout
