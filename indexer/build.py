"""Build or update the index from files and folders: find files, skip unchanged, parse, write, summarise."""
from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from indexer import isolation
from indexer.model import Document
from indexer.pipeline import content_hash, document_id, read_document
from indexer.sidecar import is_sidecar
from engine.writer import open_session

COMMIT_EVERY_DOCUMENTS = 200  # a killed build keeps everything up to its last commit


def commit_every() -> int:
    """Documents per commit: INDEXER_COMMIT_EVERY from the environment, else COMMIT_EVERY_DOCUMENTS."""
    raw = os.environ.get("INDEXER_COMMIT_EVERY", "")
    try:
        return max(1, int(raw)) if raw.strip() else COMMIT_EVERY_DOCUMENTS
    except ValueError:
        return COMMIT_EVERY_DOCUMENTS
SKIPPED_NAMES = {".DS_Store", "Thumbs.db", "MANIFEST.md", "README.md"}


@dataclass
class SourceFile:
    """A file found under one of the paths given to the indexer."""

    path: str
    root: str
    relpath: str
    document_id: str
    digest: str = ""


@dataclass
class BuildReport:
    """What a build did, for the summary and the exit status."""

    indexed: int = 0
    unchanged: int = 0
    removed: int = 0
    paragraphs: int = 0
    pages: int = 0  # PDF pages read
    failed: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        """One line a person reads at the end of a run."""
        return (
            f"indexed {self.indexed} documents ({self.paragraphs} paragraphs), {self.unchanged} unchanged, "
            f"{self.removed} removed, {len(self.failed)} failed in {self.seconds:.1f} s"
        )


def find_sources(paths: Iterable[str]) -> list[SourceFile]:
    """Every indexable file under the given paths, with ids from paths relative to each root."""
    found: dict[str, SourceFile] = {}
    for given in paths:
        base = Path(given)
        if base.is_dir():
            root = base.resolve()
            candidates = sorted(p for p in root.rglob("*") if p.is_file())
        elif base.is_file():
            root = base.resolve().parent
            candidates = [base.resolve()]
        else:
            raise FileNotFoundError(f"no such file or folder: {given}")
        for candidate in candidates:
            relative = candidate.relative_to(root)
            if is_sidecar(candidate) or candidate.name in SKIPPED_NAMES or any(part.startswith(".") for part in relative.parts):
                continue
            relpath = relative.as_posix()
            found[str(candidate)] = SourceFile(str(candidate), str(root), relpath, document_id(relpath))
    return list(found.values())


def _parse_in_process(sources: list[SourceFile], workers: int, limits=None) -> Iterable[tuple[SourceFile, Document | Exception]]:
    for source in sources:
        try:
            yield source, read_document(source.path, source.root, source.digest)
        except Exception as error:  # every failure is reported and the run goes on
            yield source, error


def _parse_isolated(sources: list[SourceFile], workers: int, limits=None):
    tasks = [(s.path, s.root, s.digest) for s in sources]
    by_path = {s.path: s for s in sources}
    for task, result in isolation.parse_files(tasks, _read_task, workers=workers, limits=limits or isolation.DEFAULT_LIMITS):
        yield by_path[task[0]], result


def _read_task(task: tuple[str, str, str]) -> Document:
    path, root, digest = task
    return read_document(path, root, digest)


def failure_reason(result: object) -> str:
    """A person's reading of why a file failed."""
    reason = getattr(result, "reason", None)
    if reason:
        return str(reason)
    if isinstance(result, Exception):
        text = str(result) or result.__class__.__name__
        return text if result.__class__.__module__.startswith("indexer") else f"{result.__class__.__name__}: {text}"
    return "unknown failure"


def build(
    paths: list[str],
    index_dir: str,
    rebuild: bool = False,
    prune: bool = False,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
    isolated: bool = True,
    log: Callable[[str], None] | None = None,
    limits=None,
) -> BuildReport:
    """Index the files under paths into index_dir; returns what was done."""
    started = time.monotonic()
    report = BuildReport()
    log = log or (lambda message: print(message, file=sys.stderr))
    sources = find_sources(paths)
    batch = commit_every()
    with open_session(index_dir, rebuild=rebuild, writers=workers) as session:
        known = {} if rebuild else session.known_documents()
        todo: list[SourceFile] = []
        for source in sources:
            try:
                source.digest = content_hash(Path(source.path))
            except OSError as error:
                report.failed.append((source.path, f"cannot read: {error.strerror or error}"))
                continue
            previous = known.get(source.document_id)
            if previous and previous.get("content_hash") == source.digest:
                report.unchanged += 1
                if progress:
                    progress(1)
            else:
                todo.append(source)
        if workers > 1:
            # Biggest files first, so no worker is left parsing a long pack while the others idle.
            todo.sort(key=lambda s: -_size(s.path))
        parse = _parse_isolated if isolated else _parse_in_process
        for source, result in parse(todo, workers, limits):
            if progress:
                progress(1)
            if isinstance(result, Document) and result.paragraphs:
                report.paragraphs += session.replace(result)
                report.indexed += 1
                report.pages += result.pages or 0
            else:
                reason = "no text found (a scanned image or an empty document?)" if isinstance(result, Document) else failure_reason(result)
                report.failed.append((source.path, reason))
                log(f"failed: {source.path}: {reason}")
            if session.pending_documents >= batch:
                session.commit()
        if prune and not rebuild:
            present = {s.document_id for s in sources}
            for doc_id in session.known_documents():
                if doc_id not in present:
                    session.delete(doc_id)
                    report.removed += 1
    report.seconds = time.monotonic() - started
    return report


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def default_workers() -> int:
    """One parser per core, as a default for --workers."""
    return max(1, min(os.cpu_count() or 1, 2))
