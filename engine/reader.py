"""Reading the index from a web worker: snapshots, search(), paragraph(), document().

A snapshot is one committed generation of the index. What every request shares is read-only:
numpy arrays of each paragraph's facet values, day, position and field lengths, the people names
and the term cache (which locks itself). Whoosh's own readers are not thread-safe (they seek and
read shared file handles), so each request borrows a searcher of its own from the snapshot's pool
and gives it back when done. The worker moves to a new snapshot within REFRESH_CHECK_SECONDS of a
commit; requests already running finish on the one they started with.
"""
from __future__ import annotations

import json
import os
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterator

import numpy as np
from whoosh import query as wq
from whoosh.collectors import TimeLimit, TimeLimitCollector
from whoosh.idsets import DocIdSet
from whoosh.index import FileIndex
from whoosh.index import open_dir as whoosh_open_dir

from engine.analysis import analysed_spans
from engine.cache import TermCache
from engine.evaluate import Evaluator
from engine.facets import Facet, Matches, term_facet, with_people, year_facet
from engine.format import INDEX_NAME, REBUILD_HINT, IndexFormatError, NotOurIndex, read_marker, read_people, read_words
from engine.postings import column_values, field_lengths, live_mask
from engine.motions import MotionRequest, MotionResult, MotionRow, MotionTable, doc_key, find_motions, motion_row
from engine.matching import all_of, most_of, phrases_and_words, reading_words, relaxed_minimums, word_slots
from engine.ranking import Wanted, ranked
from engine.query import QueryError, check_expansion, highlight_terms, make_parser, parse
from engine.suggest import suggestion

FACETS = ("committee", "council", "speaker", "kind", "year", "outcome")
_FACET_FIELD = {"committee": "committee_facet", "council": "council_facet", "kind": "kind", "speaker": "speakers", "outcome": "outcome"}
EPOCH = date(1970, 1, 1)
REFRESH_CHECK_SECONDS = 1.0
OLD_SNAPSHOT_GRACE_SECONDS = 30
REBUILD_NEEDED = "the index was written by another version of this software; rebuild it with: " + REBUILD_HINT.format(path="DIR")  # requests still on a replaced snapshot finish within this


class IndexUnavailable(RuntimeError):
    """The index cannot be opened or read; the message says why, `public` what a visitor may be told."""

    def __init__(self, message: str, public: str | None = None):
        super().__init__(message)
        self.public = public


class _StaleSnapshot(Exception):
    """A snapshot whose files a later commit removed; the request starts again on the newest one."""


@dataclass(frozen=True)
class ReaderLimits:
    """The limits a reader works within (search_service/settings.py names them SEARCH_*)."""

    term_cache_mb: float = 64
    time_limit: float = 5.0
    max_wildcard_terms: int = 512
    relax_below: int = 10  # all the words finding fewer paragraphs than this: paragraphs with most of them are added
    rerank_window: int = 100  # best candidates of plain words read and put in reading order (engine/ranking.py); 0: BM25 order


@dataclass
class SearchRequest:
    """A validated search: the query text, filters, sort and page."""

    q: str = ""
    committee: list[str] = field(default_factory=list)
    council: list[str] = field(default_factory=list)
    speaker: list[str] = field(default_factory=list)
    kind: list[str] = field(default_factory=list)
    outcome: list[str] = field(default_factory=list)  # outcomes of the motions a paragraph is part of
    year: list[int] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    facet_limit: int = 30
    match: str = "auto"  # "all": every plain word required, as typed; "auto": relax or correct when that finds little


@dataclass
class Hit:
    """One paragraph found, with the spans of text the query matched."""

    fields: dict[str, Any]
    spans: list[tuple[int, int]]
    score: float | None
    also_in: list[dict[str, Any]] = field(default_factory=list)  # where the same passage is printed again (folded into this hit)
    more_in_item: int = 0  # matching paragraphs of this hit's item (or page) moved below the page, in reading order


@dataclass
class NewParagraphs:
    """The paragraphs a search matches that were indexed after a stamp, and the snapshot's newest stamp."""

    hits: list[Hit]  # in the order of their documents and positions
    newest: int  # every paragraph indexed up to this stamp was in the snapshot searched


@dataclass
class SearchResult:
    """Hits of one page, the exact total and facet counts."""

    total: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]]
    suggestion: str | None = None
    matching: str = "all"  # "all" words, "partial": most of them, "corrected": the words of corrected_query
    corrected_query: str | None = None
    folded: int = 0  # paragraphs counted in total but shown as "also in" of a hit that repeats them (reading order only)


def _where(fields: dict[str, Any]) -> dict[str, Any]:
    """What a reader needs to follow a repeat: its id, document, meeting, item and page."""
    return {name: fields.get(name) for name in ("id", "document_id", "doc_title", "council", "committee", "date", "kind", "item_number", "item_title", "page")}


class _MaskSet(DocIdSet):
    """A numpy mask that Whoosh's collectors can use as an allow-list."""

    def __init__(self, mask: np.ndarray):
        self.mask = mask

    def __contains__(self, docnum: object) -> bool:
        return bool(isinstance(docnum, (int, np.integer)) and 0 <= docnum < len(self.mask) and self.mask[int(docnum)])

    def __iter__(self) -> Iterator[int]:
        return iter(np.flatnonzero(self.mask).tolist())

    def __len__(self) -> int:
        return int(self.mask.sum())


class Snapshot:
    """One committed generation of the index: shared read-only arrays and a pool of searchers."""

    def __init__(self, path: Path, limits: ReaderLimits):
        self.path = path
        self.marker = read_marker(path)
        ix = whoosh_open_dir(str(path), indexname=INDEX_NAME)
        toc = ix._read_toc()
        self._storage, self.schema, self._segments, self.generation = ix.storage, toc.schema, toc.segments, toc.generation
        self._pool: list[Any] = []
        self._pool_lock = threading.Lock()
        self._closed = False
        first = self._open_searcher()
        reader = first.reader()
        self.size = reader.doc_count_all()
        self.doc_count = self.size
        self.live = live_mask(reader)
        self.live.flags.writeable = False
        self.live_count = int(self.live.sum())
        # Every live paragraph as matches, made once: browsing would otherwise list a million ids a request.
        self.all_live = Matches.of_mask(self.live)
        self.all_live.ids.flags.writeable = False
        self.facets: dict[str, Facet] = {name: term_facet(reader, field_name, self.live) for name, field_name in _FACET_FIELD.items()}
        people = read_people(path)
        self.facets["speaker"], self.speaker_names = with_people(self.facets["speaker"], self.facets["council"], self.size, people["names"])
        # Speakers' whole names as typed words: "roger gough" searches the person too (engine/matching.py).
        self.people_words = {tuple(name.lower().split()): name for name in self.facets["speaker"].values if " " in name.strip()}
        self.day = column_values(reader, "day", -1)
        self.position = column_values(reader, "position", 0)
        self.indexed_at = column_values(reader, "indexed_at", 0)
        # Every paragraph with a stamp up to this one is in this snapshot (see IndexSession._next_stamp).
        self.newest_stamp = int(self.indexed_at.max()) if len(self.indexed_at) else 0
        self.year, self.facets["year"] = year_facet(self.day)
        # Browse orders, computed once: newest (undated last) and oldest, document order within a day.
        undated = np.iinfo(np.int64).max
        docs = np.arange(self.size)
        self.newest_order = np.lexsort((self.position, docs, np.where(self.day < 0, undated, -self.day)))
        self.oldest_order = np.lexsort((self.position, docs, np.where(self.day < 0, undated, self.day)))
        for array in (self.day, self.position, self.indexed_at, self.year, self.newest_order, self.oldest_order):
            array.flags.writeable = False
        self._lengths: dict[str, np.ndarray] = {"text": field_lengths(reader, "text")}
        self._avg_lengths: dict[str, float] = {}
        self._stats_lock = threading.Lock()
        self.pair_words = frozenset(self.marker.get("pair_words") or ())
        self.term_cache = TermCache(int(limits.term_cache_mb * 1024 * 1024))
        self.parser = make_parser(self.schema)
        self._words: dict[str, int] | None = None
        self._coverage: dict[bool, list[dict[str, Any]]] = {}
        self._motions: MotionTable | None = None
        self._release(first)

    # -- searchers: one per request at a time ---------------------------------------------
    def _open_searcher(self) -> Any:
        try:
            reader = FileIndex._reader(self._storage, self.schema, list(self._segments), self.generation)
        except OSError as error:  # a later commit merged this generation's segments away
            raise _StaleSnapshot(str(error)) from error
        from whoosh.searching import Searcher

        return Searcher(reader)

    def _release(self, searcher: Any) -> None:
        with self._pool_lock:
            if not self._closed:
                self._pool.append(searcher)
                return
        searcher.close()

    @contextmanager
    def searcher(self) -> Iterator[Any]:
        """A Whoosh searcher of this generation that no other thread uses until the block ends."""
        with self._pool_lock:
            borrowed = self._pool.pop() if self._pool else None
        if borrowed is None:
            borrowed = self._open_searcher()
        try:
            yield borrowed
        finally:
            self._release(borrowed)

    def close(self) -> None:
        """Close the pooled searchers; ones still lent out close when they come back."""
        with self._pool_lock:
            self._closed = True
            pooled, self._pool = self._pool, []
        for searcher in pooled:
            searcher.close()

    # -- statistics for scoring -----------------------------------------------------------
    def field_lengths(self, fieldname: str) -> np.ndarray:
        """Each paragraph's length in words of a field, read once per snapshot."""
        found = self._lengths.get(fieldname)
        if found is None:
            with self._stats_lock, self.searcher() as searcher:
                found = self._lengths.get(fieldname)
                if found is None:
                    found = field_lengths(searcher.reader(), fieldname)
                    found.flags.writeable = False
                    self._lengths[fieldname] = found
        return found

    def avg_length(self, fieldname: str) -> float:
        """A field's average length as Whoosh's searcher gives it (1 for an empty field)."""
        found = self._avg_lengths.get(fieldname)
        if found is None:
            with self.searcher() as searcher:
                found = float(searcher.avg_field_length(fieldname, 1.0) or 1.0)
            self._avg_lengths[fieldname] = found
        return found

    def motions(self) -> MotionTable:
        """Every motion of this generation, read on the first request that needs them."""
        with self._stats_lock:
            if self._motions is None:
                with self.searcher() as searcher:
                    self._motions = _motion_table(self, searcher)
            return self._motions

    def words(self) -> dict[str, int]:
        """The index's word list, read on the first search that needs a suggestion."""
        with self._stats_lock:
            if self._words is None:
                self._words = read_words(self.path)
            return self._words


class IndexReader:
    """Search the index from a web worker; thread-safe, moves to new commits as they land."""

    def __init__(self, index_dir: str | os.PathLike[str], limits: ReaderLimits | None = None):
        self.index_dir = Path(index_dir)
        self.limits = limits or ReaderLimits()
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._checked = 0.0

    # -- opening and refreshing --------------------------------------------------------
    def _resolve(self) -> Path:
        real = Path(os.path.realpath(self.index_dir))
        if not real.is_dir():
            raise IndexUnavailable(f"no index at {self.index_dir}")
        try:
            read_marker(real)
        except IndexFormatError as error:
            raise IndexUnavailable(str(error), public=REBUILD_NEEDED) from None
        except NotOurIndex as error:
            raise IndexUnavailable(str(error)) from None
        return real

    def snapshot(self, force: bool = False) -> Snapshot:
        """The current snapshot, replaced if the index changed since it was taken."""
        now = time.monotonic()
        snap = self._snapshot
        if snap is not None and not force and now - self._checked < REFRESH_CHECK_SECONDS:
            return snap
        with self._lock:
            snap = self._snapshot
            try:
                real = self._resolve()
                if force or snap is None or snap.path != real or _latest_generation(real) != snap.generation:
                    fresh = Snapshot(real, self.limits)
                    old, self._snapshot = self._snapshot, fresh
                    if old is not None:
                        # Requests still running on the old snapshot hold their own searchers; a
                        # daemon timer, so a worker that is exiting never waits for it.
                        timer = threading.Timer(OLD_SNAPSHOT_GRACE_SECONDS, old.close)
                        timer.daemon = True
                        timer.start()
            except IndexUnavailable:
                if snap is None:
                    raise
            except Exception as error:  # a broken or half-removed index: keep serving the last good one
                if snap is None:
                    raise IndexUnavailable(f"cannot open the index at {self.index_dir}: {error}") from error
            self._checked = now
            assert self._snapshot is not None
            return self._snapshot

    @contextmanager
    def _reading(self) -> Iterator[tuple[Snapshot, Any]]:
        """The current snapshot and a searcher of it for this request alone; a read error is IndexUnavailable."""
        snap = self.snapshot()
        try:
            searcher_context = snap.searcher()
            searcher = searcher_context.__enter__()
        except _StaleSnapshot:
            snap = self.snapshot(force=True)
            searcher_context = snap.searcher()
            searcher = searcher_context.__enter__()
        try:
            yield snap, searcher
        except (QueryError, IndexUnavailable):
            raise
        except Exception as error:
            # Never "no match" for what was a failure to read: the caller answers 503.
            raise IndexUnavailable(f"reading the index failed ({error.__class__.__name__}); try again") from error
        finally:
            searcher_context.__exit__(None, None, None)

    def paragraph_count(self) -> int:
        """Live paragraphs in the index (for /healthz)."""
        return self.snapshot().live_count

    # -- searching ----------------------------------------------------------------------
    def search(self, request: SearchRequest, with_spans: bool = True) -> SearchResult:
        """Run a search: exact total, one page of hits with match spans, facet counts, and how the words were matched."""
        with self._reading() as (snap, searcher):
            strict = request.match == "all"
            found = self._find(request, request.q, snap, searcher, strict)
            query, matched, allowed, matching = found
            corrected = None
            # A typed word the index does not have ("libary closures"): its correction is tried when nothing was
            # found, and also when only some of the words were (else the other words alone would answer).
            unsure = not len(allowed.ids) or matching == "partial"
            suggested = suggestion(request.q, snap.words(), searcher.reader()) if unsure and request.q.strip() else None
            if suggested is not None:
                retry = self._find(request, suggested, snap, searcher, strict)
                if not len(retry[2].ids):
                    suggested = None  # "did you mean" offers only what finds something
                elif not strict and (not len(allowed.ids) or retry[3] == "all"):
                    # The correction finds what the words as typed did not: show the correction's results.
                    query, matched, allowed, _ = retry
                    matching, corrected = "corrected", suggested
            facets = {}
            for name in FACETS:
                facet_allowed = matched.kept(_filter_keep(request, snap, matched.ids, without=name)) if _has_filter(request, name) else allowed
                facets[name] = snap.facets[name].counts(facet_allowed, request.facet_limit)
            start = (request.page - 1) * request.per_page
            words = None if strict else reading_words(corrected or request.q)
            folds: dict[str, Any] = {}
            docnums, hit_scores = self._page(query, snap, searcher, allowed, request, start, words, matching == "partial", folds)
            repeats: dict[int, list[int]] = folds.get("repeats", {})
            more_in_place: dict[int, int] = folds.get("more_in_place", {})
            hits = []
            for docnum, score in zip(docnums, hit_scores):
                fields = _stored(snap, searcher, docnum)
                also = [_where(searcher.stored_fields(other)) for other in repeats.get(docnum, [])]
                hits.append(Hit(fields, _spans(query, fields.get("text", "")) if with_spans else [], score, also, more_in_place.get(docnum, 0)))
            folded = sum(len(found) for found in repeats.values())
            return SearchResult(len(allowed.ids), hits, facets, suggested, matching, corrected, folded)

    def new_paragraphs(self, request: SearchRequest, after: int, limit: int = 100_000) -> NewParagraphs:
        """Paragraphs matching the search strictly (every word, as written) whose text was indexed after the stamp `after`.

        For alerts: the answer's `newest` is the stamp to ask after next time, so that no paragraph
        is missed and none comes twice. At most `limit` hits (the earliest indexed first).
        """
        with self._reading() as (snap, searcher):
            query, _, allowed, _ = self._find(request, request.q, snap, searcher, strict=True)
            ids = allowed.ids[snap.indexed_at[allowed.ids] > after]
            ids = ids[np.lexsort((ids, snap.indexed_at[ids]))]
            newest = snap.newest_stamp
            if len(ids) > limit:
                # Cut between two stamps, never inside one, and go on from there next time.
                newest = int(snap.indexed_at[ids[limit - 1]])
                ids = ids[snap.indexed_at[ids] <= newest]
            hits = []
            for docnum in ids.tolist():
                fields = _stored(snap, searcher, docnum)
                hits.append(Hit(fields, _spans(query, fields.get("text", "")), None))
            hits.sort(key=lambda hit: (hit.fields["document_id"], hit.fields["position"]))
            return NewParagraphs(hits, newest)

    def newest_stamp(self) -> int:
        """The newest indexed_at of the current snapshot: a new alert asks for paragraphs after it."""
        return self.snapshot().newest_stamp

    def coverage(self, documents: bool = True) -> list[dict[str, Any]]:
        """Per council: documents (unless documents=False), paragraphs, first and last meeting dates, committees, when last indexed; computed once per snapshot."""
        from engine.coverage import councils_covered

        with self._reading() as (snap, searcher):
            with snap._stats_lock:
                found = snap._coverage.get(documents)
                if found is None:
                    found = snap._coverage[documents] = councils_covered(snap, searcher.reader(), documents)
                return found

    def motions(self, request: MotionRequest) -> MotionResult:
        """Motions passing the request's filters, newest first, one page, with outcome and member facet counts.

        A query matches a motion as it would a paragraph holding all the motion's paragraphs: each
        word (phrase, prefix) is looked up in the paragraphs, and AND, OR and NOT combine motions.
        """
        with self._reading() as (snap, searcher):
            table = snap.motions()
            matched = None
            query = parse(snap.parser, request.q)
            if query is not None:
                check_expansion(query, searcher.reader(), self.limits.max_wildcard_terms)
                matched = self._motion_matches(query, snap, searcher, table, time.monotonic() + self.limits.time_limit)
            return find_motions(table, request, matched)

    def document_motions(self, doc_id: str) -> list[dict[str, Any]]:
        """A document's motions in their order (as /api/motions gives them)."""
        with self._reading() as (snap, _):
            table = snap.motions()
            found = [table.rows[n].data for n in table.by_document.get(doc_id, [])]
            return sorted(found, key=lambda data: data["ordinal"])

    def _motion_matches(self, query: wq.Query, snap: Snapshot, searcher: Any, table: MotionTable, deadline: float) -> np.ndarray:
        """A bool per motion of the table: whether its paragraphs together match the query (QueryError past the deadline)."""
        if isinstance(query, (wq.And, wq.Require)):
            parts = [self._motion_matches(q, snap, searcher, table, deadline) for q in query.children()]
            return np.asarray(np.logical_and.reduce(parts), dtype=bool) if parts else np.ones(len(table.rows), dtype=bool)
        if isinstance(query, (wq.Or, wq.DisjunctionMax)):
            parts = [self._motion_matches(q, snap, searcher, table, deadline) for q in query.children()]
            return np.asarray(np.logical_or.reduce(parts), dtype=bool) if parts else np.zeros(len(table.rows), dtype=bool)
        if isinstance(query, wq.Not):
            return ~self._motion_matches(query.query, snap, searcher, table, deadline)
        if isinstance(query, wq.AndNot):
            wanted = self._motion_matches(query.a, snap, searcher, table, deadline)
            return np.asarray(wanted & ~self._motion_matches(query.b, snap, searcher, table, deadline), dtype=bool)
        if isinstance(query, wq.AndMaybe):
            return self._motion_matches(query.a, snap, searcher, table, deadline)
        if time.monotonic() > deadline:  # each word is timed by the evaluator; many words are timed here
            raise QueryError(f"the search took longer than {self.limits.time_limit:g} s; narrow it down")
        found = table.rows_with_paragraphs(self._matching(query, snap, searcher).mask())
        own = table.own_matches(query)  # the motion's text and resolution, as the minutes worded them
        return found if own is None else found | own

    def _find(self, request: SearchRequest, text: str, snap: Snapshot, searcher: Any, strict: bool) -> tuple[wq.Query | None, Matches, Matches, str]:
        """(query, matches, matches passing the filters, "all" or "partial") for query text."""
        split = None if strict else phrases_and_words(text)
        phrase_slots = [] if split is None else [parse(snap.parser, f'"{phrase}"') for phrase in split[0]]
        if split is None or any(slot is None or slot is wq.NullQuery for slot in phrase_slots):
            query = parse(snap.parser, text)
            if query is not None:
                check_expansion(query, searcher.reader(), self.limits.max_wildcard_terms)
            matched = self._matching(query, snap, searcher)
            return query, matched, matched.kept(_filter_keep(request, snap, matched.ids)), "all"
        vocabulary = snap.words()
        slots = [slot for slot in phrase_slots if slot is not None] + word_slots(split[1], vocabulary, snap.people_words)
        query = all_of(slots)
        matched = self._matching(query, snap, searcher)
        allowed = matched.kept(_filter_keep(request, snap, matched.ids))
        if len(allowed.ids) >= self.limits.relax_below or len(slots) < 2:
            return query, matched, allowed, "all"
        evaluator = Evaluator(snap, searcher.reader(), snap.schema, time.monotonic() + self.limits.time_limit, self.limits.time_limit)
        parts = [evaluator.run(slot) for slot in slots]
        results = [(ids[snap.live[ids]], scores[snap.live[ids]]) for ids, scores in (part for part in parts if part is not None)]
        highlight = wq.Or(slots)
        for minimum in relaxed_minimums(len(slots)):
            ids, scores = most_of(results, minimum)
            relaxed = Matches(ids, scores, snap.size)
            kept = relaxed.kept(_filter_keep(request, snap, relaxed.ids))
            if len(kept.ids) >= self.limits.relax_below or minimum == relaxed_minimums(len(slots))[-1]:
                if len(kept.ids) > len(allowed.ids):
                    return highlight, relaxed, kept, "partial"
                break
        return query, matched, allowed, "all"

    def _matching(self, query: wq.Query | None, snap: Snapshot, searcher: Any) -> Matches:
        """The live paragraphs the query matches, with scores when the array evaluator ran."""
        if query is None:
            return snap.all_live
        if query is wq.NullQuery:
            return Matches(np.zeros(0, dtype=np.int64), None, snap.size)
        deadline = time.monotonic() + self.limits.time_limit
        evaluator = Evaluator(snap, searcher.reader(), snap.schema, deadline, self.limits.time_limit)
        evaluated = evaluator.run(query)
        if evaluated is not None:
            ids, scores = evaluated
            live = snap.live[ids]
            return Matches(ids[live], scores[live], snap.size)
        # What the arrays cannot answer exactly, Whoosh's own matcher answers (scores come from its collector).
        matcher = query.matcher(searcher, searcher.boolean_context())
        found = []
        while matcher.is_active():
            found.append(matcher.id())
            matcher.next()
            if len(found) % 4096 == 0:
                evaluator.check_time()
        ids = np.unique(np.asarray(found, dtype=np.int64))
        return Matches(ids[snap.live[ids]], None, snap.size)

    def _page(self, query: wq.Query | None, snap: Snapshot, searcher: Any, allowed: Matches, request: SearchRequest, start: int,
              words: list[str] | None = None, partial: bool = False, folds: dict[str, Any] | None = None) -> tuple[list[int], list[float | None]]:
        """One page of docnums with their scores; plain words sorted by relevance are put in reading order (engine/ranking.py).

        In reading order, `folds` receives the repeats folded into each hit and how many more each place holds.
        """
        end = start + request.per_page
        sort = request.sort
        if query is None and sort == "relevance":
            sort = "newest"
        if not len(allowed.ids) or end <= 0:
            return [], []
        if sort in ("newest", "oldest"):
            order = snap.newest_order if sort == "newest" else snap.oldest_order
            chosen = order[allowed.mask()[order]][start:end]
            return chosen.tolist(), [None] * len(chosen)
        if allowed.scores is not None and words and self.limits.rerank_window > 0:
            scores = allowed.scores
            tiers = np.floor(scores) if partial else None
            within = scores - tiers if tiers is not None else scores
            placed, weighed = ranked(allowed.ids, within, snap.field_lengths("text"), Wanted.of(words),
                                     lambda docnum: searcher.stored_fields(docnum), end, self.limits.rerank_window, tiers)
            if folds is not None:
                folds.update(repeats=placed.repeats, more_in_place=placed.more_in_place)
            return placed.docnums[start:end], list(weighed[start:end])
        if allowed.scores is not None:
            candidates, values = allowed.ids, allowed.scores
            if len(candidates) > end:
                # Only the best `end` need sorting. Keep every candidate tied with the end-th best,
                # so ties are ordered by docnum the same way on every page.
                threshold = -np.partition(-values, end - 1)[end - 1]
                keep = values >= threshold
                candidates, values = candidates[keep], values[keep]
            order = np.lexsort((candidates, -values))[start:end]
            return candidates[order].tolist(), [float(v) for v in values[order]]
        assert query is not None
        filtered = None if len(allowed.ids) == snap.size else _MaskSet(allowed.mask())
        collector = searcher.collector(limit=end, filter=filtered)
        timed = TimeLimitCollector(collector, timelimit=self.limits.time_limit, use_alarm=False)
        try:
            searcher.search_with_collector(query, timed)
        except TimeLimit as error:
            raise QueryError(f"the search took longer than {self.limits.time_limit:g} s; narrow it down") from error
        items = list(collector.results().items())[start:end]
        return [d for d, _ in items], [float(s) for _, s in items]

    # -- paragraphs and documents ------------------------------------------------------
    def paragraph(self, paragraph_id: str) -> dict[str, Any] | None:
        """Stored fields of one paragraph with its neighbours' ids, or None."""
        with self._reading() as (snap, searcher):
            docnum = searcher.document_number(id=paragraph_id)
            if docnum is None:
                return None
            fields = _stored(snap, searcher, docnum)
            doc_id, position = fields["document_id"], fields["position"]
            fields["previous"] = f"{doc_id}-{position - 1}" if position > 0 else None
            following = f"{doc_id}-{position + 1}"
            fields["next"] = following if searcher.document_number(id=following) is not None else None
            fields["document"] = _head(snap, searcher, doc_id)
            return fields

    def document(self, doc_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
        """A document's head fields and all its paragraphs in order, or None."""
        with self._reading() as (snap, searcher):
            docnums = list(searcher.document_numbers(document_id=doc_id))
            if not docnums:
                return None
            paragraphs = sorted((_stored(snap, searcher, d) for d in docnums), key=lambda f: f["position"])
            return _head(snap, searcher, doc_id), paragraphs

    def document_part(self, doc_id: str, start: int, count: int) -> tuple[dict[str, Any], list[dict[str, Any]], int] | None:
        """A document's head fields, its paragraphs at positions start..start+count-1, and its paragraph count; or None.

        Only those paragraphs' stored fields are read: a 1,500-paragraph pack costs a part, not the whole.
        """
        with self._reading() as (snap, searcher):
            total = sum(1 for _ in searcher.document_numbers(document_id=doc_id))
            if not total:
                return None
            paragraphs = []
            for position in range(max(0, start), min(start + count, total)):
                docnum = searcher.document_number(id=f"{doc_id}-{position}")
                if docnum is not None:
                    paragraphs.append(_stored(snap, searcher, docnum))
            return _head(snap, searcher, doc_id), paragraphs, total

    def document_head(self, doc_id: str) -> dict[str, Any] | None:
        """A document's own fields (title, format, source_path, relpath) without its paragraphs, or None."""
        with self._reading() as (snap, searcher):
            return _head(snap, searcher, doc_id) or None

    def highlighter(self, query_text: str) -> Callable[[str], list[tuple[int, int]]]:
        """A function giving the spans of any text that the query's words match (parsed once, for a whole document page)."""
        try:
            query = parse(self.snapshot().parser, query_text)
        except (QueryError, IndexUnavailable):
            return lambda text: []
        return lambda text: _spans(query, text)


def _latest_generation(path: Path) -> int:
    """The newest committed generation of the index at path."""
    from whoosh.filedb.filestore import FileStorage

    return int(FileIndex(FileStorage(str(path)), indexname=INDEX_NAME).latest_generation())


def _has_filter(request: SearchRequest, name: str) -> bool:
    return bool(getattr(request, name))


def _filter_keep(request: SearchRequest, snap: Snapshot, ids: np.ndarray, without: str | None = None) -> np.ndarray | None:
    """For each of the sorted ids, whether it passes the request's filters (None: there are none)."""
    keep: np.ndarray | None = None

    def narrow(passed: np.ndarray) -> None:
        nonlocal keep
        keep = passed if keep is None else keep & passed

    for name in ("committee", "council", "speaker", "kind", "outcome"):
        wanted = getattr(request, name)
        if wanted and name != without:
            narrow(snap.facets[name].holds(wanted, ids))
    if request.year and without != "year":
        narrow(np.isin(snap.year[ids], request.year))
    if request.date_from:
        narrow(snap.day[ids] >= (request.date_from - EPOCH).days)
    if request.date_to:
        days = snap.day[ids]
        narrow((days >= 0) & (days <= (request.date_to - EPOCH).days))
    return keep


def _stored(snap: Snapshot, searcher: Any, docnum: int) -> dict[str, Any]:
    fields = dict(searcher.stored_fields(docnum))
    if fields.get("speakers") and snap.speaker_names:
        council = fields.get("council") or ""
        names = [snap.speaker_names.get((council, name), name) for name in fields["speakers"].split(",") if name]
        fields["speakers"] = ",".join(dict.fromkeys(names))
    return fields


def _motion_table(snap: Snapshot, searcher: Any) -> MotionTable:
    """Read every stored motion (from the paragraphs marked motion_head) into a table."""
    rows: list[MotionRow] = []
    if ("motion_head", searcher.schema["motion_head"].to_bytes(True)) not in searcher.reader():
        return MotionTable(rows)

    def rename(council: str | None, name: str | None) -> str | None:
        return snap.speaker_names.get((council or "", name), name) if name else name

    # Every live paragraph of a motion, grouped by its document's key: found by position without a lookup each.
    keys = column_values(searcher.reader(), "motion_doc", 0)
    marked = np.flatnonzero((keys != 0) & snap.live)
    marked = marked[np.argsort(keys[marked], kind="stable")]
    sorted_keys = keys[marked]
    for docnum in searcher.document_numbers(motion_head=True):
        if not snap.live[docnum]:
            continue
        head = dict(searcher.stored_fields(docnum))
        doc_id = head["document_id"]
        key = doc_key(doc_id)
        own = marked[np.searchsorted(sorted_keys, key, "left"):np.searchsorted(sorted_keys, key, "right")]
        docnum_of = {int(snap.position[n]): int(n) for n in own}
        for data in json.loads(head.get("motion_json") or "[]"):
            rows.append(motion_row(doc_id, data, head, docnum_of, rename))
    return MotionTable(rows)


def _head(snap: Snapshot, searcher: Any, doc_id: str) -> dict[str, Any]:
    docnum = searcher.document_number(id=f"{doc_id}-0")
    return _stored(snap, searcher, docnum) if docnum is not None else {}


def _spans(query: wq.Query | None, text: str) -> list[tuple[int, int]]:
    """Character spans of a paragraph's text that the query's words match (re-analysed, not re-read)."""
    if query is None or query is wq.NullQuery or not text:
        return []
    terms, prefixes = highlight_terms(query)
    if not terms and not prefixes:
        return []
    initials = frozenset(word[:1] for word in (*terms, *prefixes))
    return [(start, end) for word, start, end in analysed_spans(text, initials) if word in terms or (prefixes and word.startswith(prefixes))]
