"""Build or update the index from files and folders: find files, skip unchanged, parse, write, summarise."""
from __future__ import annotations

import dataclasses
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from indexer import isolation
from indexer.discover import SourceFile, find_files
from indexer.failures import load_failures, save_failures
from indexer.model import Document
from indexer.pipeline import content_hash, document_id, read_document, readable_name
from indexer.items import index_items
from indexer.relink import relink
from engine.writer import open_session

COMMIT_EVERY_DOCUMENTS = 200  # a killed build keeps everything up to its last commit
HASH_FILES_PER_CHILD = 5000  # files one process hashes before a fresh one takes over (a fork per 50 cost time)


def commit_every() -> int:
    """Documents per commit: INDEXER_COMMIT_EVERY from the environment, else COMMIT_EVERY_DOCUMENTS."""
    raw = os.environ.get("INDEXER_COMMIT_EVERY", "")
    try:
        return max(1, int(raw)) if raw.strip() else COMMIT_EVERY_DOCUMENTS
    except ValueError:
        return COMMIT_EVERY_DOCUMENTS


@dataclass
class BuildReport:
    """What a build did, for the summary and the exit status."""

    indexed: int = 0
    unchanged: int = 0
    removed: int = 0
    paragraphs: int = 0
    pages: int = 0  # PDF pages read
    failed: list[tuple[str, str]] = field(default_factory=list)
    failed_before: int = 0  # of the failed: unchanged since they failed in an earlier run, not parsed again
    skipped: list[tuple[str, str]] = field(default_factory=list)  # links, devices, index folders: not documents
    warnings: list[tuple[str, str]] = field(default_factory=list)  # indexed, with something ignored
    relinked: int = 0  # documents rewritten at the end with the agenda item they were published for
    seconds: float = 0.0

    def summary(self) -> str:
        """One line a person reads at the end of a run."""
        earlier = f" ({self.failed_before} failed earlier, unchanged)" if self.failed_before else ""
        return (
            f"indexed {self.indexed} documents ({self.paragraphs} paragraphs), {self.unchanged} unchanged, "
            f"{self.removed} removed, {len(self.failed)} failed{earlier}, {len(self.skipped)} skipped in {self.seconds:.1f} s"
        )


def find_sources(paths: Iterable[str], index_dir: str | None = None) -> list[SourceFile]:
    """Every indexable file under the given paths, with ids from paths relative to the folder given."""
    return find_files(paths, index_dir).sources


def _in_process(sources: list[SourceFile], work: Callable, task_of: Callable, workers: int, limits=None):
    for source in sources:
        try:
            yield source, work(task_of(source))
        except Exception as error:  # every failure is reported and the run goes on
            yield source, error


def _isolated(sources: list[SourceFile], work: Callable, task_of: Callable, workers: int, limits=None):
    by_path = {s.path: s for s in sources}
    tasks = (task_of(s) for s in sources)
    for task, result in isolation.parse_files(tasks, work, workers=workers, limits=limits or isolation.DEFAULT_LIMITS):
        yield by_path[task[0]], result


def _hashing_limits(limits):
    """The parsers' limits, except that a hashing process serves many files: hashing leaks no memory."""
    return dataclasses.replace(limits or isolation.DEFAULT_LIMITS, files_per_child=HASH_FILES_PER_CHILD)


def _hash_task(task: tuple[str]) -> str:
    """In a parser process: the content hash of one file (bounded by the same limits as parsing)."""
    return content_hash(Path(task[0]))


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
    found = find_files(paths, index_dir)
    report.skipped.extend(found.skipped)
    report.failed.extend(found.refused)
    run = _isolated if isolated else _in_process
    with open_session(index_dir, rebuild=rebuild, writers=workers) as session:
        known = {} if rebuild else session.known_documents()
        remembered = {} if rebuild else load_failures(session.path)
        sources = _claim_ids(found.sources, known, session, report)
        present = {s.document_id for s in sources}
        # Failures of files this run did not look at are kept (unless pruning); the rest are decided again below.
        failures = {} if prune else {doc_id: entry for doc_id, entry in remembered.items() if doc_id not in present}
        todo = _changed(sources, known, remembered, failures, run, workers, limits, report, progress)
        batch = commit_every()
        cards: dict[str, dict] = {}  # of the documents indexed in this run, for linking reports to agenda items
        noted: set[str] = set()  # of those, the ones whose cards the notes journal already holds
        if workers > 1:
            # Biggest files first, so no worker is left parsing a long pack while the others idle.
            todo.sort(key=lambda s: -_size(s.path))
        for source, result in run(todo, _read_task, lambda s: (s.path, s.root, s.digest), workers, limits):
            if progress:
                progress(1)
            if isinstance(result, Document) and result.paragraphs:
                report.paragraphs += session.replace(result)
                report.indexed += 1
                report.pages += result.pages or 0
                report.warnings.extend((source.path, warning) for warning in result.warnings)
                if result.meeting_card is not None:
                    cards[result.document_id] = result.meeting_card
            else:
                reason = "no text found (a scanned image or an empty document?)" if isinstance(result, Document) else failure_reason(result)
                report.failed.append((source.path, reason))
                failures[source.document_id] = {"hash": source.digest, "reason": reason, "file": readable_name(source.relpath), "failed_at": round(time.time())}
                log(f"failed: {readable_name(source.path)}: {reason}")
            if session.pending_documents >= batch:
                session.add_notes({doc_id: {"card": card, "link": None} for doc_id, card in cards.items() if doc_id not in noted})
                noted.update(cards)
                session.commit()
        if prune and not rebuild:
            for doc_id in session.known_documents():
                if doc_id not in present:
                    session.delete(doc_id)
                    report.removed += 1
        session.commit()  # the pass below reads back what this run wrote
        report.relinked = relink(session, cards)
        index_items(session)  # after the links: an item gathers the reports linked to it
        save_failures(session.path, failures)
    report.seconds = time.monotonic() - started
    return report


def _claim_ids(sources: list[SourceFile], known: dict[str, dict], session, report: BuildReport) -> list[SourceFile]:
    """Sources whose ids are theirs: a file indexed before under another id is moved to its new one,
    and a file whose relative path another folder's file already holds is told apart by its folder's name."""
    paths = {s.path for s in sources}
    by_path = {entry.get("source_path"): doc_id for doc_id, entry in known.items()}

    def held_by_another(source: SourceFile) -> str | None:
        holder = (known.get(source.document_id) or {}).get("source_path")
        return holder if holder and holder != source.path and holder not in paths and os.path.isfile(holder) else None

    kept = []
    for source in sources:
        holder = held_by_another(source)
        first_holder = holder
        while holder and os.path.dirname(source.root) != source.root:
            # The same relative path from another folder (kent/cabinet/minutes.txt, surrey/cabinet/minutes.txt):
            # the folder's own name goes in front, so the id stays the same at every later build.
            source.relpath = os.path.basename(source.root) + "/" + source.relpath
            source.root = os.path.dirname(source.root)
            source.document_id = document_id(source.relpath)
            holder = held_by_another(source)
        if holder:
            reason = (f"its id {source.document_id} is already used by {readable_name(holder)} "
                      "(indexed from another folder: index both folders in one build to give them distinct ids)")
            report.failed.append((source.path, reason))
            continue
        if first_holder:
            report.warnings.append((source.path, f"{readable_name(first_holder)} has the same path inside the folder it was indexed from; "
                                                 f"this file is indexed as {readable_name(source.relpath)} (id {source.document_id})"))
        old_id = by_path.get(source.path)
        if old_id is not None and old_id != source.document_id:
            session.delete(old_id)  # the same file, now with an id that cannot collide
        kept.append(source)
    return kept


def _changed(sources, known, remembered, failures, run, workers, limits, report: BuildReport, progress) -> list[SourceFile]:
    """Hash every file in the parser processes; returns those whose content the index does not hold.

    A file that failed before with this same content is reported as failed again, without parsing.
    """
    todo = []
    for source, result in run(sources, _hash_task, lambda s: (s.path,), workers, _hashing_limits(limits)):
        if not isinstance(result, str):
            report.failed.append((source.path, failure_reason(result)))
            if progress:
                progress(1)
            continue
        source.digest = result
        before = remembered.get(source.document_id)
        if (known.get(source.document_id) or {}).get("content_hash") == result:
            report.unchanged += 1
        elif before and before["hash"] == result:
            report.failed.append((source.path, f"failed earlier, unchanged: {before.get('reason', 'unknown failure')}"))
            report.failed_before += 1
            failures[source.document_id] = before
        else:
            todo.append(source)
            continue
        if progress:
            progress(1)
    return todo


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
