"""`kg train ...` sub-commands: reproduce the shipped models and evaluate them.

    python -m ingest.training.cli ner                 # full NER training -> ingest/models/ner-zh
    python -m ingest.training.cli eval-ner            # per-class P/R/F1 on the CLUENER dev split
    python -m ingest.training.cli relations           # FinRE relation classifier -> ingest/models/orgrel-zh
"""

from __future__ import annotations

import os
from pathlib import Path

import typer

from ingest.training.paths import CACHE, NER_CONFIG, NER_MODEL, ORGREL_MODEL

app = typer.Typer(help="Train and evaluate Guanxi's shipped models (CPU).", no_args_is_help=True)


def _limit_threads(threads: int) -> None:
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, str(threads))


@app.command("ner")
def ner_cmd(
    output: Path = typer.Option(NER_MODEL, help="Where to write the trained pipeline."),
    config: Path = typer.Option(NER_CONFIG, help="spaCy training config."),
    work_dir: Path = typer.Option(CACHE / "ner", help="Scratch dir for corpora and checkpoints."),
    limit: int | None = typer.Option(None, help="Use only the first N CLUENER train lines (smoke tests)."),
    n_synth: int = typer.Option(2500, help="Number of synthetic domain notes added to training."),
    max_steps: int | None = typer.Option(None, help="Override training.max_steps."),
    eval_frequency: int | None = typer.Option(None, help="Override training.eval_frequency."),
    include_dev: bool = typer.Option(
        False, help="Also train on the CLUENER dev split (then eval-ner is no longer held out)."
    ),
    threads: int = typer.Option(1, help="BLAS threads."),
    evaluate: bool = typer.Option(True, help="Print dev-split scores after training."),
) -> None:
    """Train the Chinese NER from scratch (CLUENER train + synthetic notes) and save it."""
    _limit_threads(threads)
    from ingest.training.ner import evaluate_ner, format_scores, train_ner

    overrides: dict[str, int] = {}
    if max_steps is not None:
        overrides["training.max_steps"] = max_steps
    if eval_frequency is not None:
        overrides["training.eval_frequency"] = eval_frequency
    out = train_ner(
        output, config=config, work_dir=work_dir, limit=limit, n_synth=n_synth,
        include_dev=include_dev, overrides=overrides,
    )
    typer.echo(f"saved {out}")
    if evaluate:
        import spacy

        nlp = spacy.load(out)
        if include_dev:
            typer.echo("note: trained on the dev split too, so these dev scores are NOT held out")
        typer.echo(format_scores(evaluate_ner(nlp, limit=200 if limit else None)))


@app.command("eval-ner")
def eval_ner_cmd(
    model: Path = typer.Option(NER_MODEL, help="Pipeline directory to evaluate."),
    limit: int | None = typer.Option(None, help="Only the first N dev lines."),
    speed: bool = typer.Option(True, help="Also report chars/s (single process)."),
    samples: bool = typer.Option(True, help="Also score the annotated domain samples."),
    threads: int = typer.Option(1, help="BLAS threads."),
) -> None:
    """Per-class P/R/F1 (exact span) on the held-out CLUENER dev split (last 1,000 train lines)."""
    _limit_threads(threads)
    from ingest.models import load_ner
    from ingest.training.cluener import DEV_SIZE, read_cluener, split_train_dev
    from ingest.training.ner import benchmark_speed, evaluate_ner, format_scores

    nlp = load_ner(model)
    if nlp.meta.get("guanxi_training", {}).get("include_dev"):
        typer.echo("WARNING: this model was trained with --include-dev; the dev scores are NOT held out")
    typer.echo("CLUENER dev (last 1,000 train lines), exact span:")
    typer.echo(format_scores(evaluate_ner(nlp, limit=limit)))
    if samples:
        from ingest.training.ner import evaluate_samples

        typer.echo("domain samples (../shared/samples, regression check only):")
        typer.echo(format_scores(evaluate_samples(nlp)))
    if speed:
        _, dev = split_train_dev(read_cluener(), DEV_SIZE)
        texts = [r["text"] for r in dev[: limit or None]]
        typer.echo(f"speed: {benchmark_speed(nlp, texts, repeats=2):,.0f} chars/s")


@app.command("relations")
def relations_cmd(
    output: Path = typer.Option(ORGREL_MODEL, help="Where to write the classifier."),
    limit: int | None = typer.Option(None, help="Use only the first N FinRE train lines (smoke tests)."),
    epochs: int = typer.Option(8, help="Training epochs."),
) -> None:
    """Train the organisation-relation classifier on FinRE train; report F1 on FinRE valid."""
    _limit_threads(1)
    from ingest.training.relations_train import format_rel_scores, train_relations

    _, res, elapsed = train_relations(output, limit=limit, epochs=epochs)
    typer.echo(f"saved {output} (trained in {elapsed:.1f}s)")
    typer.echo(format_rel_scores(res))


if __name__ == "__main__":
    app()
