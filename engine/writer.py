"""The one module that writes the Whoosh index: schema, locking, replacing documents, atomic rebuilds.

Layout of an index directory (SEARCH_INDEX_DIR, default var/index):
  var/index                a symlink to the generation in service
  var/index.generations/N  one Whoosh index per generation, each holding MARKER_FILE
A plain directory at var/index (an index made in place) also works; --rebuild then turns it
into the symlink layout. Readers resolve the symlink once when they open, so a rebuild that
switches generations never shows them half an index.
"""
from __future__ import annotations

import fcntl
import os
import pickle
import shutil
import time
import weakref
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from whoosh import index as whoosh_index
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.writing import LockError, PostingPool, SegmentWriter

from engine.analysis import printed_words
from engine.format import (
    INDEX_NAME,
    MARKER_FILE,
    NOTES_FILE,
    PEOPLE_FILE,
    WORDS_FILE,
    add_words,
    append_notes,
    new_marker,
    pair_words_of,
    paragraph_schema,
    read_marker,
    read_notes,
    read_people,
    write_marker,
    write_notes,
    write_people,
)
from engine.items import ITEMS_FILE
from engine.people import people_of_index
from engine.processes import die_with_parent
from engine.records import DocumentRecord, ParagraphRecord
from engine.motions import motion_fields

GENERATIONS_SUFFIX = ".generations"
LOCK_SUFFIX = ".lock"  # beside the index: held by every build, incremental or --rebuild, for its whole run
CREATING_SUFFIX = ".creating"
BUILDING_FILE = "BUILDING"  # inside a generation that --rebuild is still writing
SWITCH_SUFFIX = ".switch"
WRITER_LIMIT_MB = 256  # memory the segment writer may use before flushing a segment


class IndexLocked(Exception):
    """Another indexer is writing to this index."""


def _create_index(path: Path) -> Any:
    """A new empty index at path, appearing whole: made beside it and renamed into place.

    A build killed while creating leaves at most a ".creating" folder, never a directory with a
    marker and no table of contents (which no later build could open).
    """
    marker = new_marker()
    schema = paragraph_schema(frozenset(marker["pair_words"]))
    if not path.exists():
        staging = path.with_name(path.name + CREATING_SUFFIX)
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        whoosh_index.create_in(str(staging), schema, indexname=INDEX_NAME)
        write_marker(staging, marker)
        os.rename(staging, path)
        return whoosh_index.open_dir(str(path), indexname=INDEX_NAME)
    path.mkdir(parents=True, exist_ok=True)
    ix = whoosh_index.create_in(str(path), schema, indexname=INDEX_NAME)
    write_marker(path, marker)
    return ix


def _open_existing(path: Path) -> Any:
    read_marker(path)  # NotOurIndex, or IndexFormatError with the command that rebuilds it
    return whoosh_index.open_dir(str(path), indexname=INDEX_NAME)


def _is_empty_dir(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink() and not any(path.iterdir())


def _clean_leftovers(ix: Any, path: Path, own_segment: str) -> None:
    """Remove segment files no commit refers to: what a killed writer left behind.

    Called only while holding the write lock, so no live writer owns them.
    """
    live = {segment.segment_id() for segment in ix._segments()} | {own_segment}
    toc_generation = ix.latest_generation()
    for entry in path.iterdir():
        name = entry.name
        if name in (WORDS_FILE + ".tmp", PEOPLE_FILE + ".tmp", NOTES_FILE + ".tmp", ITEMS_FILE + ".tmp"):  # half written when the indexer was killed
            entry.unlink(missing_ok=True)
            continue
        if name == MARKER_FILE or name.endswith("_WRITELOCK") or not name.startswith(("_" + INDEX_NAME, INDEX_NAME)):
            continue
        # A TOC being written is "_paragraphs_N.toc.<time>" until its rename: a kill can leave one.
        stale_toc = name.startswith("_" + INDEX_NAME + "_") and ".toc" in name and name != f"_{INDEX_NAME}_{toc_generation}.toc"
        orphan_segment = name.startswith(INDEX_NAME + "_") and not any(seg in name for seg in live)
        if stale_toc or orphan_segment or ".tmp" in name:
            try:
                entry.unlink()
            except OSError:
                pass


_OPEN_SESSIONS: "weakref.WeakSet[IndexSession]" = weakref.WeakSet()
_HELD_BUILD_LOCKS: set[int] = set()


def _drop_inherited_locks() -> None:
    """In a forked child (a parser process): close our copy of the write lock's descriptor.

    The lock is an flock(), which belongs to the open file that fork() shares with the child. If
    the child kept its copy, a parser still running after its indexer was killed would hold the
    lock, and the next build would be told "another indexer is writing". Closing the copy (never
    unlocking it) leaves the parent's lock as it is.
    """
    for held in list(_HELD_BUILD_LOCKS):
        try:
            os.close(held)
        except OSError:
            pass
    _HELD_BUILD_LOCKS.clear()
    for session in list(_OPEN_SESSIONS):
        lock = getattr(session.writer, "writelock", None)
        fd = getattr(lock, "fd", None)
        if lock is not None and fd is not None:
            try:
                os.close(fd)
            except OSError:
                pass
            lock.fd = None
            lock.locked = False
        # The writer object itself is left alone: dropping it here would let its finalizers delete
        # the parent's temporary posting files, which live on the shared filesystem.


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_drop_inherited_locks)


POOL_CHUNK = 4096  # postings pickled together when the writer's pool spills to disk


class _ChunkedPostingPool(PostingPool):
    """Whoosh's posting pool, spilling to disk in pickled chunks instead of one pickle per posting.

    A pool fills past its memory limit on any large build, and then every posting is written to
    a run file and read back: one pickle call per posting cost as much as analysing the text.
    """

    def _write_run(self, f: Any, items: Any) -> None:
        items = items if isinstance(items, list) else list(items)
        for start in range(0, len(items), POOL_CHUNK):
            pickle.dump(items[start : start + POOL_CHUNK], f, pickle.HIGHEST_PROTOCOL)
        f.close()

    def _read_run(self, path: str) -> Iterator[Any]:
        f = self._open_run(path)
        try:
            while True:
                try:
                    chunk = pickle.load(f)
                except EOFError:
                    return
                yield from chunk
        finally:
            f.close()
            self._remove_run(path)


def _use_chunked_pool(writer: SegmentWriter) -> None:
    """Give a fresh segment writer the chunked pool (before it holds any posting)."""
    pool = writer.pool
    if not isinstance(pool, _ChunkedPostingPool) and not pool.current and not pool.runs:
        writer.pool = _ChunkedPostingPool(pool.tempstore, pool.segment, limitmb=pool.limit // (1024 * 1024))


class _SubWriter(SubWriterTask):
    """One of the parallel writer's processes; it dies with the indexer instead of waiting forever."""

    def __init__(self, *args: Any, parent_pid: int):
        super().__init__(*args)
        self.parent_pid = parent_pid

    def run(self) -> None:
        die_with_parent(self.parent_pid)
        super().run()

    def _process_file(self, filename: str, doc_count: int) -> None:
        _use_chunked_pool(self.writer)
        super()._process_file(filename, doc_count)


class _ParallelWriter(MpWriter):
    """Whoosh's multi-process writer: each process writes a segment of its own (no merge at commit).

    Whoosh's cancel() cannot reach its sub-processes, which would then wait for work forever;
    here they are stopped, and they die with the indexer if it is killed.
    """

    def _new_task(self) -> Any:
        task = _SubWriter(self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs, self.multisegment, parent_pid=os.getpid())
        self.tasks.append(task)
        task.start()
        return task

    def cancel(self) -> None:
        for task in self.tasks:
            task.terminate()
        for task in self.tasks:
            task.join()
        SegmentWriter.cancel(self)


class IndexSession:
    """An open writer on the index: look up documents, replace them, delete them, commit."""

    def __init__(self, ix: Any, path: Path, writers: int = 1, previous: Any = None):
        self.ix = ix
        self.path = path
        self.writers = writers
        self.writer: Any = None
        self.pending_documents = 0
        self._known: dict[str, dict[str, Any]] | None = None
        self._words: Counter[str] = Counter()
        self.pair_words = pair_words_of(path)
        # Where a paragraph's first indexed_at is looked up: the index in service for a rebuild, else this one.
        self._previous = previous
        self._earlier: Any = None
        self._last_stamp: int | None = None
        _OPEN_SESSIONS.add(self)

    def _ensure_writer(self) -> Any:
        if self.writer is None:
            try:
                if self.writers > 1:
                    self.writer = _ParallelWriter(self.ix, procs=self.writers, multisegment=True, timeout=0.0, limitmb=WRITER_LIMIT_MB // self.writers, compound=False)
                else:
                    self.writer = self.ix.writer(timeout=0.0, limitmb=WRITER_LIMIT_MB, compound=False)
                _use_chunked_pool(self.writer)
            except LockError as error:
                raise IndexLocked(f"another indexer is writing to {self.path}") from error
        return self.writer

    def lock(self) -> None:
        """Take Whoosh's write lock now (the build lock is already held)."""
        self._ensure_writer()

    def known_documents(self) -> dict[str, dict[str, Any]]:
        """document_id -> {content_hash, source_path, relpath} for every document in the last commit."""
        if self._known is None:
            known: dict[str, dict[str, Any]] = {}
            with self.ix.searcher() as searcher:
                if ("doc_head", searcher.schema["doc_head"].to_bytes(True)) in searcher.reader():
                    for docnum in searcher.document_numbers(doc_head=True):
                        fields = searcher.stored_fields(docnum)
                        known[fields["document_id"]] = {
                            "content_hash": fields.get("content_hash"),
                            "source_path": fields.get("source_path"),
                            "relpath": fields.get("relpath"),
                        }
            self._known = known
        return self._known

    def _earlier_searcher(self) -> Any:
        if self._earlier is None:
            self._earlier = (self._previous or self.ix).searcher()
        return self._earlier

    def _next_stamp(self) -> int:
        """A stamp for new text: now in microseconds, and always above every stamp already committed.

        A reader that has seen stamps up to S has then seen every paragraph it will ever see with a
        stamp up to S (one writer at a time, stamps taken in commit order), so alerts keep S as
        their progress. The clock going back does not break this: stamps only go up.
        """
        if self._last_stamp is None:
            from engine.postings import column_values

            highest = 0
            for source in {id(s): s for s in (self.ix, self._previous) if s is not None}.values():
                with source.searcher() as searcher:
                    values = column_values(searcher.reader(), "indexed_at", 0)
                    highest = max(highest, int(values.max()) if len(values) else 0)
            self._last_stamp = highest
        self._last_stamp = max(time.time_ns() // 1000, self._last_stamp + 1)
        return self._last_stamp

    def _earlier_stamps(self, document_id: str) -> dict[str, int]:
        """The indexed_at of each paragraph text the document had in the last commit (or the index a rebuild replaces)."""
        if self._previous is None and self._known is not None and document_id not in self._known:
            return {}
        searcher = self._earlier_searcher()
        stamps: dict[str, int] = {}
        for docnum in searcher.document_numbers(document_id=document_id):
            stored = searcher.stored_fields(docnum)
            if stored.get("indexed_at") is not None:
                stamps.setdefault(stored.get("text", ""), int(stored["indexed_at"]))
        return stamps

    def replace(self, document: DocumentRecord, count_words: bool = True) -> int:
        """Delete a document's old paragraphs and add its new ones (in the next commit).

        A paragraph whose text the document already had keeps the time it was first indexed, so
        indexing a file again (or --rebuild) does not make its paragraphs new to alerts.
        count_words=False when the text is the same as indexed before (only its fields change).
        """
        earlier = self._earlier_stamps(document.document_id)
        stamp = self._next_stamp()
        writer = self._ensure_writer()
        writer.delete_by_term("document_id", document.document_id)
        # A record without motions (any DocumentRecord may leave them out) stores none.
        motions = motion_fields(document.document_id, getattr(document, "motions", None) or (), (p.position for p in document.paragraphs))
        for paragraph in document.paragraphs:
            fields = _fields(document, paragraph)
            fields.update(motions.get(paragraph.position, {}))
            fields["indexed_at"] = earlier.get(paragraph.text, stamp)
            fields["text_pairs"] = paragraph.text  # the pairs field reads its pairs off the text's analysis
            writer.add_document(**fields)
            if count_words:
                self._words.update(printed_words(paragraph.text))
        self.pending_documents += 1
        return len(document.paragraphs)

    def stored_document(self, document_id: str) -> list[dict[str, Any]]:
        """The stored fields of a committed document's paragraphs, in order (empty if it is not indexed)."""
        with self.ix.searcher() as searcher:
            fields = [dict(searcher.stored_fields(n)) for n in searcher.document_numbers(document_id=document_id)]
        return sorted(fields, key=lambda f: f.get("position", 0))

    def notes(self) -> dict[str, Any]:
        """What the indexer noted about each document in earlier builds (document id -> notes)."""
        return read_notes(self.path)

    def add_notes(self, notes: dict[str, Any]) -> None:
        """Record notes of some documents now (call before the commit that writes them)."""
        if notes:
            append_notes(self.path, notes)

    def save_notes(self, notes: dict[str, Any]) -> None:
        """Replace the notes of every document (written at once, in one rename)."""
        write_notes(self.path, notes)

    def delete(self, document_id: str) -> None:
        """Remove a document whose file is gone."""
        self._ensure_writer().delete_by_term("document_id", document_id)
        self.pending_documents += 1

    def commit(self) -> None:
        """Make everything written so far visible to readers, atomically."""
        if self.writer is not None:
            if self._words:
                # Before the commit, so no reader sees paragraphs whose words are not listed yet.
                add_words(self.path, self._words)
                self._words.clear()
            self.writer.commit(optimize=False, merge=True)
            self.writer = None
            self._known = None
            self.pending_documents = 0
            if self._previous is None:
                self._close_earlier()  # look up in what was just committed from now on

    def _close_earlier(self) -> None:
        if self._earlier is not None:
            self._earlier.close()
            self._earlier = None

    def refresh_people(self) -> None:
        """Recompute one name per person over the whole committed index, if the people file is older than the last commit."""
        generation = self.ix.latest_generation()
        if read_people(self.path).get("generation") == generation:
            return
        with self.ix.searcher() as searcher:
            names = people_of_index(searcher.reader())
        write_people(self.path, generation, names)

    def cancel(self) -> None:
        """Drop what was written since the last commit."""
        self._words.clear()
        self._close_earlier()
        if self.writer is not None:
            self.writer.cancel()
            self.writer = None


def _fields(document: DocumentRecord, paragraph: ParagraphRecord) -> dict[str, Any]:
    day = (paragraph.date - paragraph.date.__class__(1970, 1, 1)).days if paragraph.date else -1
    item_bits = " ".join(x for x in (paragraph.item_number, paragraph.item_title) if x)
    fields = {
        "id": f"{document.document_id}-{paragraph.position}",
        "document_id": document.document_id,
        "doc_head": paragraph.position == 0,
        "council_facet": paragraph.council or "",
        "committee_facet": paragraph.committee or "",
        "kind": paragraph.kind,
        "speakers": ",".join(s.replace(",", " ") for s in paragraph.speakers),
        "day": day,
        "year": paragraph.date.year if paragraph.date else 0,
        "position": paragraph.position,
        "text": paragraph.text,
    }
    if document.title:
        fields["doc_title"] = document.title  # on every paragraph: each hit names its document
    if paragraph.position == 0:
        fields.update(
            content_hash=document.content_hash,
            source_path=document.path,
            relpath=document.relpath,
            doc_format=document.format,
        )
    if document.source_url:
        fields["source_url"] = document.source_url
    optional = {
        "council": paragraph.council,
        "committee": paragraph.committee,
        "speaker": " ; ".join(paragraph.speakers) or None,
        "date": paragraph.date.isoformat() if paragraph.date else None,
        "item": item_bits or None,
        "item_number": paragraph.item_number,
        "item_title": paragraph.item_title,
        "section": paragraph.section,
        "label": paragraph.label,
        "page": paragraph.page,
        "ocr": True if paragraph.ocr else None,
        "ocr_confidence": paragraph.ocr_confidence if paragraph.ocr else None,
    }
    fields.update({key: value for key, value in optional.items() if value is not None})
    return fields


def _generations_dir(index_dir: Path) -> Path:
    return index_dir.with_name(index_dir.name + GENERATIONS_SUFFIX)


def _new_generation(index_dir: Path) -> Path:
    generations = _generations_dir(index_dir)
    generations.mkdir(parents=True, exist_ok=True)
    numbers = [int(p.name) for p in generations.iterdir() if p.name.isdigit()]
    path = generations / str(max(numbers, default=0) + 1)
    path.mkdir()
    return path


def _switch_to(index_dir: Path, generation: Path) -> None:
    """Point index_dir at a finished generation in one atomic rename."""
    (generation / BUILDING_FILE).unlink(missing_ok=True)
    link_tmp = index_dir.with_name(index_dir.name + ".switch")
    if link_tmp.is_symlink() or link_tmp.exists():
        link_tmp.unlink()
    os.symlink(os.path.relpath(generation, index_dir.parent), link_tmp)
    previous = index_dir.resolve() if index_dir.is_symlink() else None
    if index_dir.exists() and not index_dir.is_symlink():
        # An index made in place: move it aside as a generation of its own first.
        retired = _new_generation(index_dir)
        retired.rmdir()
        os.replace(index_dir, retired)
        previous = retired
    os.replace(link_tmp, index_dir)
    _prune_generations(index_dir, keep=generation, previous=previous)


def _prune_generations(index_dir: Path, keep: Path, previous: Path | None = None) -> None:
    """Delete generations other than the one now in service and the one it replaced.

    Generations left half-built by a killed --rebuild are never in service and go too.
    """
    generations = _generations_dir(index_dir)
    wanted = {keep.resolve()} | ({previous.resolve()} if previous is not None else set())
    numbered = sorted((p for p in generations.iterdir() if p.name.isdigit()), key=lambda p: int(p.name))
    for old in numbered:
        if old.resolve() not in wanted:
            shutil.rmtree(old, ignore_errors=True)


@contextmanager
def _build_lock(index_dir: Path) -> Iterator[None]:
    """Hold the index's build lock (a file beside it) or raise IndexLocked: one writer at a time, rebuilds included."""
    lock_path = index_dir.with_name(index_dir.name + LOCK_SUFFIX)
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise IndexLocked(f"another indexer is writing to {index_dir}") from None
    _HELD_BUILD_LOCKS.add(fd)
    try:
        yield
    finally:
        _HELD_BUILD_LOCKS.discard(fd)
        os.close(fd)  # closing the last copy releases the flock


def _clean_killed_rebuilds(index_dir: Path) -> None:
    """Finish or remove what killed builds left beside the index; called only while holding the build lock.

    A switch killed between moving an in-place index aside and linking the new generation is
    finished; generations still marked as building, staging folders and switch links are removed.
    """
    switch = index_dir.with_name(index_dir.name + SWITCH_SUFFIX)
    if switch.is_symlink():
        if not index_dir.exists() and not index_dir.is_symlink() and switch.resolve().is_dir():
            os.replace(switch, index_dir)
        else:
            switch.unlink()
    creating = index_dir.with_name(index_dir.name + CREATING_SUFFIX)
    if creating.is_dir() and not creating.is_symlink():
        shutil.rmtree(creating, ignore_errors=True)
    generations = _generations_dir(index_dir)
    if not generations.is_dir():
        return
    in_service = index_dir.resolve() if index_dir.is_symlink() else None
    for entry in generations.iterdir():
        if not entry.name.isdigit() or not entry.is_dir() or entry.resolve() == in_service:
            continue
        if (entry / BUILDING_FILE).exists() or not any(entry.iterdir()):
            shutil.rmtree(entry, ignore_errors=True)


@contextmanager
def open_session(index_dir: str | os.PathLike[str], rebuild: bool = False, writers: int = 1) -> Iterator[IndexSession]:
    """Open the index for writing (creating it if needed); with rebuild, write a fresh generation.

    Takes the build lock for the whole session (IndexLocked if another build holds it). With
    writers > 1, that many processes analyse and write paragraphs in parallel, each into a
    segment of its own. The caller commits; on an exception everything since the last commit is
    dropped. A rebuild is switched into service only when the block finishes without an exception.
    """
    index_dir = Path(index_dir)
    with _build_lock(index_dir):
        _clean_killed_rebuilds(index_dir)
        previous = None
        if rebuild:
            previous = _in_service(index_dir)
            target = _new_generation(index_dir)
            (target / BUILDING_FILE).touch()
            ix = _create_index(target)
        else:
            target = index_dir.resolve() if index_dir.is_symlink() else index_dir
            ix = _open_existing(target) if target.exists() and not _is_empty_dir(target) else _create_index(target)
        session = IndexSession(ix, target, writers, previous)
        try:
            session.lock()
            if not rebuild:
                _clean_leftovers(ix, target, session.writer.newsegment.segment_id())
            yield session
            session.commit()
            session.refresh_people()
        except BaseException:
            session.cancel()
            if rebuild:
                shutil.rmtree(target, ignore_errors=True)
            raise
        finally:
            session._close_earlier()
            ix.close()
            if previous is not None:
                previous.close()
        if rebuild:
            _switch_to(index_dir, target)


def _in_service(index_dir: Path) -> Any:
    """The index a rebuild will replace, when it is of this format (its paragraphs' first indexed times are kept)."""
    target = index_dir.resolve()
    try:
        return _open_existing(target) if target.is_dir() and not _is_empty_dir(target) else None
    except Exception:  # an older format or a broken index: the rebuild's paragraphs are all new
        return None


def index_stats(index_dir: str | os.PathLike[str]) -> dict[str, Any]:
    """Counts for `indexer stats`: documents, paragraphs, and paragraphs by committee, council, kind (zeros for an empty index)."""
    from engine.reader import IndexReader

    path = Path(index_dir)
    snap = IndexReader(path).snapshot()
    stats: dict[str, Any] = {"index": str(snap.path), "documents": 0, "paragraphs": snap.live_count}
    with snap.searcher() as searcher:
        if ("doc_head", searcher.schema["doc_head"].to_bytes(True)) in searcher.reader():
            stats["documents"] = sum(1 for _ in searcher.document_numbers(doc_head=True))
    everything = snap.live
    for facet in ("committee", "council", "kind"):
        counts = dict(snap.facets[facet].counts(_all(everything), limit=10**9))
        unset = snap.live_count - sum(counts.values())
        if unset > 0 and facet != "kind":
            counts["(none)"] = unset
        stats[facet] = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return stats


def _all(live: Any) -> Any:
    from engine.facets import Matches

    return Matches.of_mask(live)
