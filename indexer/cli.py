"""Command line: `python -m indexer build PATH...` and `python -m indexer stats`."""
from __future__ import annotations

import json
import os
import sys

import click

from indexer.build import build as run_build
from indexer.build import find_sources
from engine.format import NotOurIndex
from engine.reader import IndexUnavailable
from engine.writer import IndexLocked, index_stats
from indexer.pipeline import readable_name

DEFAULT_INDEX_DIR = "var/index"
EXIT_SOME_FAILED = 3
EXIT_BAD_ARGUMENTS = 2
EXIT_LOCKED = 4  # another indexer is writing to the index (INTERFACE.md)


def _default_index() -> str:
    return os.environ.get("SEARCH_INDEX_DIR", DEFAULT_INDEX_DIR)


@click.group()
def cli() -> None:
    """Index council documents for search."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--index", "index_dir", default=None, help="Index directory (default: $SEARCH_INDEX_DIR or var/index).")
@click.option("--rebuild", is_flag=True, help="Build a fresh index and switch to it when done.")
@click.option("--prune", is_flag=True, help="Remove documents whose files are gone.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Parser processes.")
def build(paths: tuple[str, ...], index_dir: str | None, rebuild: bool, prune: bool, workers: int) -> None:
    """Index PATH... (files or folders, recursed)."""
    index_dir = index_dir or _default_index()
    try:
        total = len(find_sources(paths, index_dir))
    except FileNotFoundError as error:
        raise click.UsageError(str(error)) from error
    show_progress = sys.stderr.isatty()
    try:
        if show_progress:
            from tqdm import tqdm

            with tqdm(total=total, unit="file", file=sys.stderr) as bar:
                report = run_build(list(paths), index_dir, rebuild, prune, workers, progress=bar.update, log=bar.write)
        else:
            report = run_build(list(paths), index_dir, rebuild, prune, workers)
    except IndexLocked as error:
        click.echo(f"error: {error}; nothing was changed", err=True)
        sys.exit(EXIT_LOCKED)
    except NotOurIndex as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_BAD_ARGUMENTS)
    # Skips (links, devices, index folders) are reported but are not failures: they are not documents.
    for label, entries in (("SKIPPED", report.skipped), ("WARNING", report.warnings), ("FAILED", report.failed)):
        for path, reason in entries:
            click.echo(f"{label} {readable_name(path)}: {reason}", err=True)
    click.echo(report.summary())
    sys.exit(EXIT_SOME_FAILED if report.failed else 0)


@cli.command()
@click.option("--index", "index_dir", default=None, help="Index directory (default: $SEARCH_INDEX_DIR or var/index).")
def stats(index_dir: str | None) -> None:
    """Print index statistics as JSON."""
    index_dir = index_dir or _default_index()
    try:
        data = index_stats(index_dir)
    except (IndexUnavailable, NotOurIndex, OSError) as error:  # a missing, foreign or older index is a user error here
        click.echo(f"error: cannot read index {index_dir}: {error}", err=True)
        sys.exit(EXIT_BAD_ARGUMENTS)
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def explain(path: str, as_json: bool) -> None:
    """Show what is found in one document (council, committee, date, items, paragraphs, speakers) and why."""
    from indexer import isolation
    from indexer.build import failure_reason
    from indexer.explain import explain_task, is_readable_path, render

    if not is_readable_path(path):
        raise click.UsageError(f"{readable_name(path)} is not a regular file")
    result = next(iter(isolation.parse_files([(path,)], explain_task)))[1]
    if not isinstance(result, dict):
        click.echo(f"error: cannot read {readable_name(path)}: {failure_reason(result)}", err=True)
        sys.exit(EXIT_SOME_FAILED)
    click.echo(json.dumps(result, indent=2, ensure_ascii=False) if as_json else render(result))


def main() -> None:
    """Entry point that maps click's usage errors to exit status 2."""
    cli(standalone_mode=True)
