"""The one module that writes the Whoosh index: schema, locking, replacing documents, atomic rebuilds.

Layout of an index directory (SEARCH_INDEX_DIR, default var/index):
  var/index                a symlink to the generation in service
  var/index.generations/N  one Whoosh index per generation, each holding MARKER_FILE
A plain directory at var/index (an index made in place) also works; --rebuild then turns it
into the symlink layout. Readers resolve the symlink once when they open, so a rebuild that
switches generations never shows them half an index.
"""
from __future__ import annotations

import json
import os
import pickle
import shutil
import sys
import time
import weakref
from array import array
from collections import Counter, defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from whoosh import index as whoosh_index
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.fields import BOOLEAN, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.formats import Positions, tokens
from whoosh.writing import LockError, PostingPool, SegmentWriter

from indexer.analysis import PairTokenizer, TextAnalyzer, analysed_words, default_pair_words, printed_words, remember_words, text_analyzer, word_pairs
from indexer.isolation import die_with_parent
from indexer.model import Document

MARKER_FILE = "COUNCIL_SEARCH_INDEX.json"
INDEX_FORMAT = 1
INDEX_NAME = "paragraphs"
GENERATIONS_SUFFIX = ".generations"
KEEP_GENERATIONS = 2  # the one in service and the one before, for readers still on it
WORDS_FILE = "words.tsv"  # printed words and how many paragraphs use each, for "did you mean"
WRITER_LIMIT_MB = 256  # memory the segment writer may use before flushing a segment


class IndexLocked(Exception):
    """Another indexer is writing to this index."""


class NotOurIndex(Exception):
    """The directory holds something other than an index this indexer wrote."""


class ArrayPositions(Positions):
    """A word's positions in a paragraph as little-endian 4-byte integers.

    Whoosh's own format pickles each posting's positions, which a reader can only decode one
    posting at a time; these a reader decodes a whole block of postings at once with numpy.
    """

    def word_values(self, value, analyzer, **kwargs):
        positions = defaultdict(list)
        if isinstance(analyzer, TextAnalyzer) and isinstance(value, str):
            # Whoosh's token pipeline costs a few microseconds a word; most of indexing is this.
            words = analyzer.words(value)
            for position, word in enumerate(words):
                positions[word].append(position)
        else:
            kwargs["positions"] = True
            words = []
            for token in tokens(value, analyzer, kwargs):
                positions[token.text].append(token.pos)
                words.append(token.text)
        remember_words(value, words)
        for word, found in positions.items():
            yield word, len(found), len(found) * self.field_boost, self.encode(found)

    def encode(self, poslist) -> bytes:
        packed = array("I", poslist)
        if sys.byteorder == "big":
            packed.byteswap()
        return packed.tobytes()

    def decode_positions(self, valuestring: bytes) -> list[int]:
        packed = array("I", valuestring)
        if sys.byteorder == "big":
            packed.byteswap()
        return packed.tolist()

    def decode_frequency(self, valuestring: bytes) -> int:
        return len(valuestring) // POSITION_BYTES

    def decode_weight(self, valuestring: bytes) -> float:
        return self.decode_frequency(valuestring) * self.field_boost


POSITION_BYTES = 4
assert array("I").itemsize == POSITION_BYTES


def _text_field(analyzer, stored: bool = False) -> TEXT:
    """A searchable text field whose word positions are kept as arrays."""
    field = TEXT(analyzer=analyzer, stored=stored, phrase=True)
    field.format = ArrayPositions(field_boost=field.format.field_boost)
    return field


def paragraph_schema(pair_words: frozenset[str] = frozenset()) -> Schema:
    """One Whoosh document per paragraph; facet fields are sortable columns for fast counting."""
    analyzer = text_analyzer()
    # Adjacent pairs of common words ("council+tax"): a phrase of common words is one term
    # instead of a position check over every paragraph holding both words. Fed the paragraph's
    # text, it reads the pairs off the text field's analysis.
    text_pairs = KEYWORD(lowercase=False, commas=False, scorable=False)
    text_pairs.analyzer = PairTokenizer(pair_words)
    return Schema(
        id=ID(stored=True, unique=True),
        document_id=ID(stored=True),
        doc_head=BOOLEAN(stored=False),  # true on a document's first paragraph: one row per document
        content_hash=STORED(),
        source_path=STORED(),
        relpath=STORED(),
        source_url=STORED(),
        doc_title=STORED(),
        doc_format=STORED(),
        council=_text_field(analyzer, stored=True),
        council_facet=ID(sortable=True),
        committee=_text_field(analyzer, stored=True),
        committee_facet=ID(sortable=True),
        kind=ID(stored=True, sortable=True),
        speaker=_text_field(analyzer),
        speakers=KEYWORD(stored=True, commas=True, lowercase=False, scorable=False),
        date=ID(stored=True),  # YYYY-MM-DD or absent
        day=NUMERIC(numtype=int, bits=32, shift_step=0, sortable=True, signed=True),  # days since 1970-01-01; -1 when unknown
        year=NUMERIC(numtype=int, bits=32, shift_step=0, sortable=True, stored=True),
        item=_text_field(analyzer),
        item_number=STORED(),
        item_title=STORED(),
        section=STORED(),
        label=STORED(),
        page=NUMERIC(numtype=int, bits=32, shift_step=0, stored=True),
        position=NUMERIC(numtype=int, bits=32, shift_step=0, stored=True, sortable=True),
        # Suggestions come from WORDS_FILE: Whoosh's spelling field would analyse every text twice.
        text=_text_field(analyzer, stored=True),
        text_pairs=text_pairs,
    )


def _marker(path: Path) -> Path:
    return path / MARKER_FILE


def _new_marker() -> dict:
    return {"format": INDEX_FORMAT, "created": time.time(), "pair_words": sorted(default_pair_words())}


def pair_words_of(path: Path) -> frozenset[str]:
    """The words whose pairs this index holds (fixed when it was created; none for older indexes)."""
    try:
        data = json.loads(_marker(path).read_text())
    except (OSError, ValueError):
        return frozenset()
    return frozenset(data.get("pair_words") or ())


def is_our_index(path: Path) -> bool:
    """True when path is an index directory this indexer made."""
    marker = _marker(path)
    if not marker.is_file():
        return False
    try:
        data = json.loads(marker.read_text())
    except (OSError, ValueError):
        return False
    return data.get("format") == INDEX_FORMAT


def _create_index(path: Path):
    """A new empty index at path, appearing whole: made beside it and renamed into place.

    A build killed while creating leaves at most a ".creating" folder, never a directory with a
    marker and no table of contents (which no later build could open).
    """
    if not path.exists():
        staging = path.with_name(path.name + ".creating")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        marker = _new_marker()
        whoosh_index.create_in(str(staging), paragraph_schema(frozenset(marker["pair_words"])), indexname=INDEX_NAME)
        _marker(staging).write_text(json.dumps(marker))
        os.rename(staging, path)
        return whoosh_index.open_dir(str(path), indexname=INDEX_NAME)
    path.mkdir(parents=True, exist_ok=True)
    marker = _new_marker()
    _marker(path).write_text(json.dumps(marker))
    return whoosh_index.create_in(str(path), paragraph_schema(frozenset(marker["pair_words"])), indexname=INDEX_NAME)


def _open_existing(path: Path):
    if not is_our_index(path):
        raise NotOurIndex(f"{path} exists but is not an index made by this indexer (no {MARKER_FILE})")
    return whoosh_index.open_dir(str(path), indexname=INDEX_NAME)


def _is_empty_dir(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink() and not any(path.iterdir())


def _clean_leftovers(ix, path: Path, own_segment: str) -> None:
    """Remove segment files no commit refers to: what a killed writer left behind.

    Called only while holding the write lock, so no live writer owns them.
    """
    live = {segment.segment_id() for segment in ix._segments()} | {own_segment}
    toc_generation = ix.latest_generation()
    for entry in path.iterdir():
        name = entry.name
        if name == WORDS_FILE + ".tmp":  # a word list half written when the indexer was killed
            entry.unlink(missing_ok=True)
            continue
        if name == MARKER_FILE or name.endswith("_WRITELOCK") or not name.startswith(("_" + INDEX_NAME, INDEX_NAME)):
            continue
        stale_toc = name.startswith("_" + INDEX_NAME + "_") and name.endswith(".toc") and name != f"_{INDEX_NAME}_{toc_generation}.toc"
        orphan_segment = name.startswith(INDEX_NAME + "_") and not any(seg in name for seg in live)
        if stale_toc or orphan_segment or ".tmp" in name:
            try:
                entry.unlink()
            except OSError:
                pass


_OPEN_SESSIONS: "weakref.WeakSet[IndexSession]" = weakref.WeakSet()


def _drop_inherited_locks() -> None:
    """In a forked child (a parser process): close our copy of the write lock's descriptor.

    The lock is an flock(), which belongs to the open file that fork() shares with the child. If
    the child kept its copy, a parser still running after its indexer was killed would hold the
    lock, and the next build would be told "another indexer is writing". Closing the copy (never
    unlocking it) leaves the parent's lock as it is.
    """
    for session in list(_OPEN_SESSIONS):
        lock = getattr(session.writer, "writelock", None)
        fd = getattr(lock, "fd", None)
        if fd is not None:
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

    def _write_run(self, f, items):
        items = items if isinstance(items, list) else list(items)
        for start in range(0, len(items), POOL_CHUNK):
            pickle.dump(items[start : start + POOL_CHUNK], f, pickle.HIGHEST_PROTOCOL)
        f.close()

    def _read_run(self, path):
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

    def __init__(self, *args, parent_pid: int):
        super().__init__(*args)
        self.parent_pid = parent_pid

    def run(self):
        die_with_parent(self.parent_pid)
        super().run()

    def _process_file(self, filename, doc_count):
        _use_chunked_pool(self.writer)
        super()._process_file(filename, doc_count)


class _ParallelWriter(MpWriter):
    """Whoosh's multi-process writer: each process writes a segment of its own (no merge at commit).

    Whoosh's cancel() cannot reach its sub-processes, which would then wait for work forever;
    here they are stopped, and they die with the indexer if it is killed.
    """

    def _new_task(self):
        task = _SubWriter(self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs, self.multisegment, parent_pid=os.getpid())
        self.tasks.append(task)
        task.start()
        return task

    def cancel(self):
        for task in self.tasks:
            task.terminate()
        for task in self.tasks:
            task.join()
        SegmentWriter.cancel(self)


class IndexSession:
    """An open writer on the index: look up documents, replace them, delete them, commit."""

    def __init__(self, ix, path: Path, writers: int = 1):
        self.ix = ix
        self.path = path
        self.writers = writers
        self.writer = None
        self.pending_documents = 0
        self._known: dict[str, dict] | None = None
        self._words: Counter[str] = Counter()
        self.pair_words = pair_words_of(path) if "text_pairs" in ix.schema else frozenset()
        # Indexes made before PairTokenizer take their pairs ready-made; newer ones from the text.
        self.pairs_from_text = bool(self.pair_words) and isinstance(ix.schema["text_pairs"].analyzer, PairTokenizer)
        _OPEN_SESSIONS.add(self)

    def _ensure_writer(self):
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
        """Take the write lock now, so a second indexer fails before it parses anything."""
        self._ensure_writer()

    def known_documents(self) -> dict[str, dict]:
        """document_id -> {content_hash, source_path, relpath} for every document in the last commit."""
        if self._known is None:
            known: dict[str, dict] = {}
            with self.ix.searcher() as searcher:
                for docnum in searcher.document_numbers(doc_head=True):
                    fields = searcher.stored_fields(docnum)
                    known[fields["document_id"]] = {
                        "content_hash": fields.get("content_hash"),
                        "source_path": fields.get("source_path"),
                        "relpath": fields.get("relpath"),
                    }
            self._known = known
        return self._known

    def replace(self, document: Document) -> int:
        """Delete a document's old paragraphs and add its new ones (in the next commit)."""
        writer = self._ensure_writer()
        writer.delete_by_term("document_id", document.document_id)
        for paragraph in document.paragraphs:
            fields = _fields(document, paragraph)
            if self.pairs_from_text:
                fields["text_pairs"] = paragraph.text
            elif self.pair_words:
                fields["text_pairs"] = " ".join(word_pairs(analysed_words(paragraph.text), self.pair_words))
            writer.add_document(**fields)
            self._words.update(printed_words(paragraph.text))
        self.pending_documents += 1
        return len(document.paragraphs)

    def delete(self, document_id: str) -> None:
        """Remove a document whose file is gone."""
        self._ensure_writer().delete_by_term("document_id", document_id)
        self.pending_documents += 1

    def commit(self) -> None:
        """Make everything written so far visible to readers, atomically."""
        if self.writer is not None:
            if self._words:
                # Before the commit, so no reader sees paragraphs whose words are not listed yet.
                _add_words(self.path, self._words)
                self._words.clear()
            self.writer.commit(optimize=False, merge=True)
            self.writer = None
            self._known = None
            self.pending_documents = 0

    def cancel(self) -> None:
        """Drop what was written since the last commit and free the lock."""
        self._words.clear()
        if self.writer is not None:
            self.writer.cancel()
            self.writer = None


def read_words(path: Path) -> dict[str, int] | None:
    """The index's printed words with their paragraph counts, or None for an index made without them."""
    try:
        with open(path / WORDS_FILE, encoding="utf-8") as handle:
            return {word: int(count) for word, _, count in (line.rstrip("\n").partition("\t") for line in handle) if count.isdigit()}
    except FileNotFoundError:
        return None


def _add_words(path: Path, words: Counter) -> None:
    """Add counts to the word list, replacing the file in one rename.

    Words of replaced or deleted documents keep their counts: the list only feeds suggestions,
    and the reader offers a word only if the index still has it.
    """
    merged = Counter(read_words(path) or {})
    merged.update(words)
    staging = path / (WORDS_FILE + ".tmp")
    with open(staging, "w", encoding="utf-8") as handle:
        handle.writelines(f"{word}\t{count}\n" for word, count in sorted(merged.items()))
    os.replace(staging, path / WORDS_FILE)


def _fields(document: Document, paragraph) -> dict:
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
    if paragraph.position == 0:
        fields.update(
            content_hash=document.content_hash,
            source_path=document.path,
            relpath=document.relpath,
            doc_title=document.title,
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
def open_session(index_dir: str | os.PathLike, rebuild: bool = False, writers: int = 1) -> Iterator[IndexSession]:
    """Open the index for writing (creating it if needed); with rebuild, write a fresh generation.

    With writers > 1, that many processes analyse and write paragraphs in parallel, each into a
    segment of its own.

    The caller commits; on an exception everything since the last commit is dropped. A rebuild
    is switched into service only when the block finishes without an exception.
    """
    index_dir = Path(index_dir)
    if rebuild:
        target = _new_generation(index_dir)
        ix = _create_index(target)
    else:
        target = index_dir.resolve() if index_dir.is_symlink() else index_dir
        if target.exists() and not _is_empty_dir(target):
            ix = _open_existing(target)
        else:
            ix = _create_index(target)
    session = IndexSession(ix, target, writers)
    try:
        session.lock()
        if not rebuild:
            _clean_leftovers(ix, target, session.writer.newsegment.segment_id())
        yield session
        session.commit()
    except BaseException:
        session.cancel()
        if rebuild:
            shutil.rmtree(target, ignore_errors=True)
        raise
    finally:
        ix.close()
    if rebuild:
        _switch_to(index_dir, target)


def index_stats(index_dir: str | os.PathLike) -> dict:
    """Counts for `indexer stats`: documents, paragraphs, and paragraphs by committee, council, kind."""
    path = Path(index_dir)
    path = path.resolve() if path.is_symlink() else path
    ix = _open_existing(path)
    try:
        with ix.searcher() as searcher:
            stats = {
                "index": str(path),
                "documents": len(list(searcher.document_numbers(doc_head=True))),
                "paragraphs": searcher.doc_count(),
            }
            for facet, field in (("committee", "committee_facet"), ("council", "council_facet"), ("kind", "kind")):
                counts: dict[str, int] = {}
                column = searcher.reader().column_reader(field)
                for docnum in searcher.reader().all_doc_ids():
                    value = column[docnum]
                    if isinstance(value, bytes):
                        value = value.decode("utf-8")
                    counts[value or "(none)"] = counts.get(value or "(none)", 0) + 1
                stats[facet] = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    finally:
        ix.close()
    return stats
