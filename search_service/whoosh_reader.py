"""The one module that reads the Whoosh index: queries, filters, facet counts, snippets' match spans.

Each web worker holds one IndexReader. It opens the index lazily, keeps its searcher across
requests, and reopens when the indexer commits or a rebuild switches generations. Facet values,
dates and years of every paragraph are held as numpy arrays per snapshot, so filtering and
counting facets is array work instead of a walk over Whoosh documents.
"""
from __future__ import annotations

import math
import os
import threading
import time
from collections import OrderedDict
from itertools import chain
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.collectors import TimeLimit, TimeLimitCollector

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.columns import NumericColumn
from whoosh.util.numeric import byte_to_length
from whoosh.idsets import DocIdSet
from whoosh.matching.wrappers import FilterMatcher, MultiMatcher
from whoosh.qparser import AndGroup, QueryParser
from rapidfuzz import process
from rapidfuzz.distance import OSA

from indexer.analysis import PAIR_JOIN, PRINTED_WORD, analysed_spans, is_stop_word
from indexer.speakers import council_people
from indexer.whoosh_writer import INDEX_NAME, MARKER_FILE, POSITION_BYTES, ArrayPositions, is_our_index, pair_words_of, read_words

QUERY_FIELDS = ("committee", "speaker", "kind", "council", "item")
FACETS = ("committee", "council", "speaker", "kind", "year")
_FACET_FIELD = {"committee": "committee_facet", "council": "council_facet", "kind": "kind", "speaker": "speakers"}
EPOCH = date(1970, 1, 1)
REFRESH_CHECK_SECONDS = 1.0
TERM_CACHE_MIN_POSTINGS = 2000  # shorter posting lists are read faster than they would be looked up


class QueryError(ValueError):
    """A query the service will not run; the message tells the user why."""


class IndexUnavailable(RuntimeError):
    """The index cannot be opened or read."""


@dataclass
class SearchRequest:
    """A validated search: the query text, filters, sort and page."""

    q: str = ""
    committee: list[str] = field(default_factory=list)
    council: list[str] = field(default_factory=list)
    speaker: list[str] = field(default_factory=list)
    kind: list[str] = field(default_factory=list)
    year: list[int] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    facet_limit: int = 30


@dataclass
class Hit:
    """One paragraph found, with the spans of text the query matched."""

    fields: dict
    spans: list[tuple[int, int]]
    score: float | None


@dataclass
class SearchResult:
    """Hits of one page, the exact total and facet counts."""

    total: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]]
    suggestion: str | None = None


class _Facet:
    """Per-paragraph facet values as arrays: value ids for single values, pairs for many."""

    def __init__(self, values: list[str], docs: np.ndarray, ids: np.ndarray, size: int = 0, aliases: dict[str, set[str]] | None = None):
        self.values = values
        self.aliases = aliases or {}  # another form of a value -> the values it stands for
        order = np.argsort(docs, kind="stable")
        self.docs = docs[order]  # docnum of each (doc, value) pair, sorted
        self.ids = ids[order]  # value id of each pair
        self.index = {value: i for i, value in enumerate(values)}
        size = max(size, int(self.docs[-1]) + 1 if len(self.docs) else 0)
        # Where each document's pairs start: a few matches are counted without touching the rest.
        self.starts = np.searchsorted(self.docs, np.arange(size + 1))

    def _chosen(self, wanted: list[str]) -> list[int]:
        names = set(wanted).union(*(self.aliases.get(v, ()) for v in wanted))
        return [self.index[v] for v in names if v in self.index]

    def _pairs_of(self, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Where the sorted docs' (doc, value) pairs are: (pair indexes, which of the docs each belongs to)."""
        docs = docs[docs < len(self.starts) - 1]
        begins = self.starts[docs]
        lengths = self.starts[docs + 1] - begins
        offsets = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        return np.repeat(begins, lengths) + offsets, np.repeat(np.arange(len(docs)), lengths)

    def holds(self, wanted: list[str], docs: np.ndarray) -> np.ndarray:
        """For each of the sorted docs, whether it has any of the wanted values (work in proportion to the docs)."""
        out = np.zeros(len(docs), dtype=bool)
        chosen = self._chosen(wanted)
        if chosen and len(docs):
            pairs, owners = self._pairs_of(docs)
            out[owners[np.isin(self.ids[pairs], chosen)]] = True
        return out

    def counts(self, allowed: "_Matches", limit: int) -> list[tuple[str, int]]:
        """(value, count) over the allowed paragraphs, most frequent first."""
        if not len(self.values):
            return []
        if len(allowed.ids) * 8 < len(self.docs):
            counted = np.bincount(self.ids[self._pairs_of(allowed.ids)[0]], minlength=len(self.values))
        else:
            counted = np.bincount(self.ids[allowed.mask()[self.docs]], minlength=len(self.values))
        shown = np.flatnonzero(counted)
        order = shown[np.lexsort((shown, -counted[shown]))][:limit]
        return [(self.values[i], int(counted[i])) for i in order.tolist()]


@dataclass
class _Matches:
    """The live paragraphs a search matches: sorted docnums, their scores (None when unscored), a mask on demand."""

    ids: np.ndarray
    scores: np.ndarray | None
    size: int
    dense: np.ndarray | None = None

    @classmethod
    def of_mask(cls, mask: np.ndarray) -> "_Matches":
        return cls(np.flatnonzero(mask), None, len(mask), mask)

    def mask(self) -> np.ndarray:
        if self.dense is None:
            self.dense = np.zeros(self.size, dtype=bool)
            self.dense[self.ids] = True
        return self.dense

    def kept(self, keep: np.ndarray | None) -> "_Matches":
        """The matches where keep (a bool per match) is true; all of them for None."""
        if keep is None:
            return self
        return _Matches(self.ids[keep], None if self.scores is None else self.scores[keep], self.size)


def _one_name_per_person(speakers: _Facet, councils: _Facet, size: int) -> tuple[_Facet, dict[tuple[str, str], str]]:
    """The speaker facet with each council's forms of one person's name counted as one value.

    Returns the facet and (council, name as indexed) -> name shown, for the names that change.
    Names are joined within a council only (see council_people); paragraphs with no council keep
    their names as indexed.
    """
    if not len(speakers.docs):
        return speakers, {}
    council_of = np.full(size, -1, dtype=np.int64)
    council_of[councils.docs] = councils.ids
    pair_council = council_of[speakers.docs]
    width = len(speakers.values)
    keys, inverse, counts = np.unique((pair_council + 1) * width + speakers.ids, return_inverse=True, return_counts=True)
    by_council: dict[int, dict[str, int]] = {}
    for key, count in zip(keys.tolist(), counts.tolist()):
        council, value = divmod(key, width)
        by_council.setdefault(council - 1, {})[speakers.values[value]] = count
    shown: dict[tuple[str, str], str] = {}
    for council, names in by_council.items():
        if council < 0:
            continue
        for name, person in council_people(names).items():
            if person != name:
                shown[(councils.values[council], name)] = person
    if not shown:
        return speakers, {}
    key_names = []
    for key in keys.tolist():
        council, value = divmod(key, width)
        name = speakers.values[value]
        key_names.append(shown.get((councils.values[council - 1], name), name) if council > 0 else name)
    values = sorted(set(key_names))
    lookup = {name: i for i, name in enumerate(values)}
    new_ids = np.array([lookup[name] for name in key_names], dtype=np.int64)[inverse.ravel()]
    # One paragraph naming "Gough" and "Roger Gough" counts once for Roger Gough.
    pairs = np.unique(speakers.docs * len(values) + new_ids)
    aliases: dict[str, set[str]] = {}
    for (_, name), person in shown.items():
        aliases.setdefault(name, set()).add(person)
    return _Facet(values, pairs // len(values), (pairs % len(values)).astype(np.int32), size, aliases), shown


def _leaves(matcher) -> list[tuple[object, int]]:
    """(segment matcher, docnum offset) pairs of a posting list.

    A segment with deletions wraps its postings in a matcher that skips deleted paragraphs; the
    wrapper is taken off here, since every answer is masked with the snapshot's live paragraphs.
    """
    pairs = list(zip(matcher.matchers, matcher.offsets)) if isinstance(matcher, MultiMatcher) else [(matcher, 0)]
    return [(leaf.child if isinstance(leaf, FilterMatcher) and leaf._exclude else leaf, offset) for leaf, offset in pairs]


def _block_ids(leaf: W3LeafMatcher, offset: int) -> np.ndarray:
    """The docnums of the posting block a segment matcher is on, read from disk if need be."""
    if leaf._data is None:
        leaf._read_data()
    ids = np.asarray(leaf._data[0], dtype=np.int64)
    return (ids if leaf._byteids else np.cumsum(ids)) + offset


def _posting_ids(matcher) -> np.ndarray:
    """Every docnum of a posting list, a block at a time."""
    parts = []
    for leaf, offset in _leaves(matcher):
        if not isinstance(leaf, W3LeafMatcher):  # short lists are kept inline: read them one by one
            parts.append(np.fromiter(leaf.all_ids(), dtype=np.int64) + offset)
            continue
        while leaf.is_active():
            parts.append(_block_ids(leaf, offset))
            leaf._next_block()
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def _numeric_column(column, count: int) -> np.ndarray | None:
    """All values of one segment's fixed-width numeric column in one read, or None for other kinds."""
    if not isinstance(column, NumericColumn.Reader):
        return None
    dtype = np.dtype(">" + column._typecode)
    stored = min(column._count, count)
    values = np.frombuffer(column._dbfile.get(column._basepos, stored * column._fixedlen), dtype=dtype).astype(dtype.newbyteorder("="))
    if stored < count:  # documents after the last stored value take the column's default
        default = np.frombuffer(column._defaultbytes, dtype=dtype)[0]
        values = np.concatenate([values, np.full(count - stored, default, dtype=values.dtype)])
    return values


class _MaskSet(DocIdSet):
    """A numpy mask that Whoosh's collectors can use as an allow-list."""

    def __init__(self, mask: np.ndarray):
        self.mask = mask

    def __contains__(self, docnum) -> bool:
        return 0 <= docnum < len(self.mask) and bool(self.mask[docnum])

    def __iter__(self):
        return iter(np.flatnonzero(self.mask).tolist())

    def __len__(self) -> int:
        return int(self.mask.sum())


class _Snapshot:
    """One committed state of the index, with its searcher and arrays."""

    def __init__(self, ix, path: Path, term_cache_mb: float = 0):
        self.ix = ix
        self.path = path
        self.searcher = ix.searcher()
        self.reader = self.searcher.reader()
        self.size = self.reader.doc_count_all()
        self.live = np.ones(self.size, dtype=bool)
        for leaf, offset in self.reader.leaf_readers():
            if leaf.has_deletions():
                self.live[np.fromiter(leaf.deleted_docs_set, dtype=np.int64) + offset] = False
        self.all_live = _Matches.of_mask(self.live)
        self.facets = {name: self._term_facet(field_name) for name, field_name in _FACET_FIELD.items()}
        self.facets["speaker"], self.speaker_names = _one_name_per_person(self.facets["speaker"], self.facets["council"], self.size)
        self.day = self._column("day", -1)
        self.position = self._column("position", 0)
        years = np.where(self.day >= 0, (self.day.astype("datetime64[D]").astype("datetime64[Y]").astype(int) + 1970), 0)
        self.year = years
        year_values = sorted({int(y) for y in np.unique(years) if y > 0}, reverse=True)
        pairs = np.flatnonzero(years > 0)
        # year_values runs newest first, so a year's id is where it falls in the negated list.
        ids = np.searchsorted(-np.asarray(year_values, dtype=np.int64), -years[pairs]).astype(np.int32)
        self.facets["year"] = _Facet([str(y) for y in year_values], pairs.astype(np.int64), ids, self.size)
        self.parser = self._make_parser()
        # Browse orders, computed once: newest (undated last) and oldest, document order within a day.
        undated = np.iinfo(np.int64).max
        docs = np.arange(self.size)
        self.newest_order = np.lexsort((self.position, docs, np.where(self.day < 0, undated, -self.day)))
        self.oldest_order = np.lexsort((self.position, docs, np.where(self.day < 0, undated, self.day)))
        self.text_lengths = self._text_lengths()
        self.avg_text_length = float(self.searcher.avg_field_length("text", 1.0) or 1.0)
        self.doc_count = self.reader.doc_count_all()
        self.pair_words = pair_words_of(path) if "text_pairs" in self.searcher.schema else frozenset()
        self.term_cache = _TermCache(int(term_cache_mb * 1024 * 1024))
        self._words: dict[str, int] | None | bool = False
        self._words_lock = threading.Lock()

    def _term_facet(self, field_name: str) -> _Facet:
        values: list[str] = []
        docs: list[np.ndarray] = []
        ids: list[np.ndarray] = []
        if field_name in self.reader.indexed_field_names():
            for term in self.reader.lexicon(field_name):
                value = term.decode("utf-8") if isinstance(term, bytes) else term
                if not value:
                    continue
                found = _posting_ids(self.reader.postings(field_name, term))
                docs.append(found)
                ids.append(np.full(len(found), len(values), dtype=np.int32))
                values.append(value)
        if values:
            all_docs, all_ids = np.concatenate(docs), np.concatenate(ids)
            keep = self.live[all_docs]
            return _Facet(values, all_docs[keep], all_ids[keep], self.size)
        return _Facet([], np.zeros(0, np.int64), np.zeros(0, np.int32), self.size)

    def _column(self, name: str, default: int) -> np.ndarray:
        """A numeric column of every paragraph, read a segment at a time."""
        parts = []
        for leaf, _ in self.reader.leaf_readers():
            count = leaf.doc_count_all()
            if not leaf.has_column(name):
                parts.append(np.full(count, default, dtype=np.int64))
                continue
            column = leaf.column_reader(name)
            raw = column.raw_column() if hasattr(column, "raw_column") else column
            values = _numeric_column(raw, count)
            if values is None:  # a column kind without a fixed layout: one value at a time
                parts.append(np.fromiter((column[d] for d in range(count)), dtype=np.int64, count=count))
                continue
            if raw is not column:
                # Stored values are in Whoosh's sortable form: translate each distinct value once.
                distinct, inverse = np.unique(values, return_inverse=True)
                values = np.array([column._translate(v) for v in distinct.tolist()], dtype=np.int64)[inverse.ravel()]
            parts.append(values.astype(np.int64))
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

    def _text_lengths(self) -> np.ndarray:
        """Each paragraph's text length in words, as BM25 sees it (Whoosh's one-byte encoding)."""
        decode = np.array([byte_to_length(b) for b in range(256)], dtype=np.float32)
        parts = []
        for leaf, _ in self.reader.leaf_readers():
            count = leaf.doc_count_all()
            lengths = leaf._perdoc._cached_reader("_text_len", LENGTHS_COLUMN) if hasattr(leaf, "_perdoc") else None
            codes = _numeric_column(lengths, count) if lengths is not None else None
            if codes is None:
                parts.append(np.fromiter((leaf.doc_field_length(d, "text", 0) or 0 for d in range(count)), dtype=np.float32, count=count))
            else:
                parts.append(decode[codes.astype(np.int64)])
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)

    def _make_parser(self) -> QueryParser:
        # The searcher's schema is in memory; ix.schema re-reads the table of contents from disk,
        # which a commit or rebuild may be replacing at that moment.
        parser = QueryParser("text", self.searcher.schema, group=AndGroup)
        return parser

    def words(self) -> dict[str, int] | None:
        """The index's word list, read on the first search that needs a suggestion."""
        with self._words_lock:
            if self._words is False:
                self._words = read_words(self.path)
            return self._words

    def close(self) -> None:
        self.searcher.close()
        self.ix.close()


class IndexReader:
    """Search the index from a web worker; thread-safe, reopens on new commits."""

    def __init__(self, index_dir: str | os.PathLike, settings: dict | None = None):
        self.index_dir = Path(index_dir)
        self.settings = settings or {}
        self._lock = threading.Lock()
        self._snapshot: _Snapshot | None = None
        self._checked = 0.0

    # -- opening and refreshing --------------------------------------------------------
    def _resolve(self) -> Path:
        path = self.index_dir
        real = Path(os.path.realpath(path))
        if not real.is_dir():
            raise IndexUnavailable(f"no index at {path}")
        if not is_our_index(real):
            raise IndexUnavailable(f"{path} is not an index made by this indexer (no {MARKER_FILE})")
        return real

    def snapshot(self) -> _Snapshot:
        """The current snapshot, reopened if the index changed since it was taken."""
        now = time.monotonic()
        snap = self._snapshot
        if snap is not None and now - self._checked < REFRESH_CHECK_SECONDS:
            return snap
        with self._lock:
            snap = self._snapshot
            try:
                real = self._resolve()
                if snap is None or snap.path != real or not snap.ix.up_to_date() or not snap.searcher.up_to_date():
                    ix = whoosh_index.open_dir(str(real), indexname=INDEX_NAME)
                    fresh = _Snapshot(ix, real, float(self.settings.get("TERM_CACHE_MB", 0)))
                    old, self._snapshot = self._snapshot, fresh
                    if old is not None:
                        # Requests still running keep their own reference; Whoosh files stay readable.
                        threading.Timer(30, old.close).start()
            except IndexUnavailable:
                if snap is None:
                    raise
            except Exception as error:  # a broken or half-removed index: keep serving the last good one
                if snap is None:
                    raise IndexUnavailable(f"cannot open index at {self.index_dir}: {error}") from error
            self._checked = now
            return self._snapshot

    def paragraph_count(self) -> int:
        """Paragraphs in the index (for /healthz)."""
        snap = self.snapshot()
        return int(snap.live.sum())

    # -- queries ---------------------------------------------------------------------
    def parse(self, text: str, snap: _Snapshot) -> wq.Query | None:
        """Parse query text; raises QueryError for what the service will not run."""
        if not text.strip():
            return None
        try:
            query = snap.parser.parse(text)
        except Exception as error:
            raise QueryError(f"cannot read the query: {error}") from error
        # A query of stop words alone ("to be or not to be") is searched as written.
        query = _without_stop_words(query) if _without_stop_words(query) is not wq.NullQuery else query
        if query is wq.NullQuery:
            return wq.NullQuery
        self._check_expansion(query, snap)
        return query

    def _check_expansion(self, query: wq.Query, snap: _Snapshot) -> None:
        limit = int(self.settings.get("MAX_WILDCARD_TERMS", 512))
        for sub in _walk(query):
            if isinstance(sub, (wq.Prefix, wq.Wildcard, wq.FuzzyTerm, wq.Regex)):
                count = 0
                for _ in sub._btexts(snap.reader):
                    count += 1
                    if count > limit:
                        raise QueryError(f"'{sub.text}*' matches more than {limit} words; give more letters")

    def _filter_keep(self, request: SearchRequest, snap: _Snapshot, ids: np.ndarray, without: str | None = None) -> np.ndarray | None:
        """For each of the sorted ids, whether it passes the request's filters (None: there are none)."""
        keep = None

        def narrow(passed: np.ndarray) -> None:
            nonlocal keep
            keep = passed if keep is None else keep & passed

        for name in ("committee", "council", "speaker", "kind"):
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

    def search(self, request: SearchRequest, with_spans: bool = True) -> SearchResult:
        """Run a search: exact total, one page of hits with match spans, facet counts."""
        snap = self.snapshot()
        query = self.parse(request.q, snap)
        time_limit = float(self.settings.get("SEARCH_TIME_LIMIT", 5.0))
        matched = self._matching(query, snap, time_limit)
        # Filters and facets look only at the matches, so a rare word costs little in a big index.
        allowed = matched.kept(self._filter_keep(request, snap, matched.ids))
        facets = {}
        for name in FACETS:
            facet_allowed = matched.kept(self._filter_keep(request, snap, matched.ids, without=name)) if self._has_filter(request, name) else allowed
            facets[name] = snap.facets[name].counts(facet_allowed, request.facet_limit)
        start = (request.page - 1) * request.per_page
        docnums, hit_scores = self._page(query, snap, allowed, request, start, time_limit)
        hits = []
        for docnum, score in zip(docnums, hit_scores):
            fields = self._stored(snap, docnum)
            hits.append(Hit(fields, self._spans(snap, query, fields.get("text", "")) if with_spans else [], score))
        total = len(allowed.ids)
        suggestion = self._suggest(request.q, snap) if total == 0 and request.q.strip() else None
        return SearchResult(total, hits, facets, suggestion)

    @staticmethod
    def _has_filter(request: SearchRequest, name: str) -> bool:
        return bool(getattr(request, name))

    def _matching(self, query, snap: _Snapshot, time_limit: float) -> _Matches:
        """The live paragraphs the query matches, with scores when the array evaluator ran."""
        if query is None:
            return snap.all_live
        if query is wq.NullQuery:
            return _Matches(np.zeros(0, dtype=np.int64), None, snap.size)
        deadline = time.monotonic() + time_limit
        evaluated = _Evaluator(snap, deadline, time_limit).run(query)
        if evaluated is not None:
            ids, scores = evaluated
            live = snap.live[ids]
            return _Matches(ids[live], scores[live], snap.size)
        matcher = query.matcher(snap.searcher)
        found = []
        while matcher.is_active():
            found.append(matcher.id())
            matcher.next()
            if len(found) % 4096 == 0 and time.monotonic() > deadline:
                raise QueryError(f"the search took longer than {time_limit:g} s; narrow it down")
        ids = np.unique(np.asarray(found, dtype=np.int64))
        return _Matches(ids[snap.live[ids]], None, snap.size)

    def _page(self, query, snap: _Snapshot, allowed: _Matches, request: SearchRequest, start: int, time_limit: float):
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
        if allowed.scores is not None:
            candidates, values = allowed.ids, allowed.scores
            if len(candidates) > end:
                # Only the best `end` need sorting: partition first.
                # Keep every candidate tied with the end-th best, so ties are ordered by docnum
                # the same way on every page (argpartition picks among ties arbitrarily).
                threshold = -np.partition(-values, end - 1)[end - 1]
                keep = values >= threshold
                candidates, values = candidates[keep], values[keep]
            order = np.lexsort((candidates, -values))[start:end]
            return candidates[order].tolist(), [float(v) for v in values[order]]
        filtered = None if len(allowed.ids) == snap.size else _MaskSet(allowed.mask())
        collector = snap.searcher.collector(limit=end, filter=filtered)
        timed = TimeLimitCollector(collector, timelimit=time_limit, use_alarm=False)
        try:
            snap.searcher.search_with_collector(query, timed)
        except TimeLimit as error:
            raise QueryError(f"the search took longer than {time_limit:g} s; narrow it down") from error
        results = collector.results()
        items = list(results.items())[start:end]
        return [d for d, _ in items], [float(s) for _, s in items]

    def _stored(self, snap: _Snapshot, docnum: int) -> dict:
        fields = dict(snap.searcher.stored_fields(docnum))
        if fields.get("speakers") and snap.speaker_names:
            council = fields.get("council") or ""
            names = [snap.speaker_names.get((council, name), name) for name in fields["speakers"].split(",") if name]
            fields["speakers"] = ",".join(dict.fromkeys(names))
        return fields

    def _spans(self, snap: _Snapshot, query, text: str) -> list[tuple[int, int]]:
        """Character spans of a paragraph's text that the query's words match (re-analysed, not re-read)."""
        if query is None or query is wq.NullQuery or not text:
            return []
        terms, prefixes = _highlight_terms(query, snap)
        if not terms and not prefixes:
            return []
        initials = frozenset(word[:1] for word in (*terms, *prefixes))
        return [(start, end) for word, start, end in analysed_spans(text, initials) if word in terms or (prefixes and word.startswith(prefixes))]

    def _suggest(self, text: str, snap: _Snapshot) -> str | None:
        """The query with each unknown word replaced by the closest word the index has, or None."""
        words = snap.words()
        if words is None:
            return self._suggest_from_lexicon(text, snap)
        analyzer = snap.searcher.schema["text"].analyzer
        pieces, last, changed = [], 0, False
        for match in PRINTED_WORD.finditer(text):
            word = match.group(0)
            before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
            if word in ("AND", "OR", "NOT") or ":" in (before, after) or word.lower() in words:
                continue
            better = _closest_word(word.lower(), words, snap, analyzer)
            if better:
                pieces += [text[last : match.start()], better]
                last, changed = match.end(), True
        return "".join(pieces) + text[last:] if changed else None

    def _suggest_from_lexicon(self, text: str, snap: _Snapshot) -> str | None:
        """Whoosh's correction, for indexes made before the word list existed."""
        try:
            query = snap.parser.parse(text)
            corrected = snap.searcher.correct_query(query, text, maxdist=2, prefix=1)
        except Exception:
            return None
        if corrected.query != query and corrected.string and corrected.string != text:
            return corrected.string
        return None

    # -- paragraphs and documents ------------------------------------------------------
    def paragraph(self, paragraph_id: str) -> dict | None:
        """Stored fields of one paragraph with its neighbours' ids, or None."""
        snap = self.snapshot()
        docnum = snap.searcher.document_number(id=paragraph_id)
        if docnum is None:
            return None
        fields = self._stored(snap, docnum)
        doc_id, position = fields["document_id"], fields["position"]
        fields["previous"] = f"{doc_id}-{position - 1}" if position > 0 else None
        following = f"{doc_id}-{position + 1}"
        fields["next"] = following if snap.searcher.document_number(id=following) is not None else None
        fields["document"] = self._head(snap, doc_id)
        return fields

    def _head(self, snap: _Snapshot, doc_id: str) -> dict:
        docnum = snap.searcher.document_number(id=f"{doc_id}-0")
        return self._stored(snap, docnum) if docnum is not None else {}

    def document(self, doc_id: str) -> tuple[dict, list[dict]] | None:
        """A document's head fields and all its paragraphs in order, or None."""
        snap = self.snapshot()
        docnums = list(snap.searcher.document_numbers(document_id=doc_id))
        if not docnums:
            return None
        paragraphs = sorted((self._stored(snap, d) for d in docnums), key=lambda f: f["position"])
        return self._head(snap, doc_id), paragraphs

    def source_file(self, doc_id: str) -> tuple[str, str | None] | None:
        """Path and format of the indexed source file of a document, looked up by id only."""
        snap = self.snapshot()
        head = self._head(snap, doc_id)
        if not head or not head.get("source_path"):
            return None
        return head["source_path"], head.get("doc_format")

    def vocabulary_spans(self, text: str, query_text: str) -> list[tuple[int, int]]:
        """Spans in any text that match the words of a query (for highlighting on the document page)."""
        snap = self.snapshot()
        try:
            query = self.parse(query_text, snap)
        except QueryError:
            return []
        return self._spans(snap, query, text)


_EMPTY = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64))
BM25_B, BM25_K1 = 0.75, 1.2  # Whoosh's BM25F defaults, so rankings match a plain Whoosh search


class _Evaluator:
    """Runs a parsed query over posting lists with numpy: (docnums, scores), or None to fall back.

    Terms are read a block at a time straight into arrays and scored with BM25 as Whoosh scores
    them; AND, OR, NOT and prefixes combine arrays. Phrases and anything unusual go through
    Whoosh's own matchers.
    """

    def __init__(self, snap: _Snapshot, deadline: float, time_limit: float):
        self.snap = snap
        self.deadline = deadline
        self.time_limit = time_limit

    def _check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise QueryError(f"the search took longer than {self.time_limit:g} s; narrow it down")

    def run(self, query: wq.Query):
        try:
            return self._eval(query)
        except _Unsupported:
            return None

    def _eval(self, query: wq.Query):
        self._check_time()
        if query is wq.NullQuery:
            return _EMPTY
        if isinstance(query, wq.Term):
            return self._term(query.fieldname, query.text, score=True)
        if isinstance(query, wq.Phrase) and query.fieldname == "text" and query.slop == 1 and query.boost == 1.0 and query.words:
            return self._phrase(list(query.words))
        if isinstance(query, (wq.Prefix, wq.Wildcard)):
            parts = [self._term(query.fieldname, text, score=False) for text in query._btexts(self.snap.reader)]
            return _union(parts, constant=1.0)
        if isinstance(query, wq.And):
            positive = [c for c in query.subqueries if not isinstance(c, wq.Not)]
            negative = [c.query for c in query.subqueries if isinstance(c, wq.Not)]
            if not positive:
                raise _Unsupported
            ids, scores = self._all_of([self._eval(c) for c in positive])
            for child in negative:
                drop = self._eval(child)[0]
                keep = ~np.isin(ids, drop, assume_unique=True)
                ids, scores = ids[keep], scores[keep]
            return ids, scores
        if isinstance(query, wq.Or):
            return _union([self._eval(c) for c in query.subqueries if not isinstance(c, wq.Not)])
        if isinstance(query, wq.AndNot):
            ids, scores = self._eval(query.a)
            keep = ~np.isin(ids, self._eval(query.b)[0], assume_unique=True)
            return ids[keep], scores[keep]
        return self._with_matcher(query)

    def _phrase(self, words: list[str]):
        """Paragraphs holding the words next to each other, scored as Whoosh scores a phrase.

        Candidates are the paragraphs holding every word (scores summed, as Whoosh sums them);
        pairs of common words narrow them through the pairs field, where "council tax" is one
        term; what is left is checked against the words' positions.
        """
        pair_words = self.snap.pair_words
        pairs = list(zip(words, words[1:]))
        covered = [self._term("text_pairs", f"{a}{PAIR_JOIN}{b}", score=False) for a, b in pairs if a in pair_words and b in pair_words]
        # The pairs (few paragraphs each, scored 0) come first, so the words' long lists are only
        # probed; the score is the words' BM25 summed, as Whoosh scores a phrase.
        ids, scores = self._all_of(covered + [self._term("text", word, score=True) for word in words])
        if not len(ids) or (len(words) == 2 and len(covered) == 1):
            return ids, scores
        keep = self._adjacent(ids, words)
        return ids[keep], scores[keep]

    def _all_of(self, results):
        """AND of (ids, scores) results: ids in all, scores summed."""
        results = sorted(results, key=lambda r: len(r[0]))
        ids, scores = results[0]
        for other_ids, other_scores in results[1:]:
            ids, scores = _intersect(ids, scores, other_ids, other_scores)
        return ids, scores

    def _adjacent(self, docs: np.ndarray, words: list[str]) -> np.ndarray:
        """For each of the sorted docs, whether the words occur one right after another."""
        # Each occurrence becomes one int64: the doc's index above bit 32, below it the position the
        # phrase would start at; the phrase is where every word's occurrences agree.
        read: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        starts = None
        for step, word in enumerate(words):
            if word not in read:
                read[word] = self._positions(word, docs)
            doc_index, positions = read[word]
            possible = positions >= step
            keys = (doc_index[possible] << 32) | (positions[possible] - step)
            starts = keys if starts is None else np.intersect1d(starts, keys, assume_unique=True)
            self._check_time()
            if not len(starts):
                break
        keep = np.zeros(len(docs), dtype=bool)
        if starts is not None and len(starts):
            keep[starts >> 32] = True
        return keep

    def _positions(self, word: str, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The word's occurrences in the sorted docs (all of which hold it): (index into docs, position).

        Read a posting block at a time, skipping blocks whose id range holds none of the docs; an
        index with array positions decodes each block in one go.
        """
        text_format = self.snap.searcher.schema["text"].format
        packed = isinstance(text_format, ArrayPositions)
        cache = self.snap.term_cache
        postings = self.snap.reader.doc_frequency("text", word)
        if packed and cache.min_postings <= postings and postings * POSITIONS_BYTES_PER_POSTING <= cache.budget:
            # A common word's candidates touch nearly every block of its postings: read them all
            # once, keep them, and pick the candidates out with numpy from then on.
            key = ("text positions", word)
            held = cache.get(key)
            if held is None:
                held = self._all_positions(word)
                cache.put(key, held)
            return _gather_positions(held, docs)
        matcher = self.snap.reader.postings("text", word.encode("utf-8"))
        index_parts, position_parts = [], []
        for leaf, offset in _leaves(matcher):
            if not isinstance(leaf, W3LeafMatcher):
                raise _Unsupported
            lowest = offset
            while leaf.is_active():
                highest = leaf.block_max_id() + offset
                start, end = np.searchsorted(docs, lowest), np.searchsorted(docs, highest, side="right")
                if start < end:
                    block_ids = _block_ids(leaf, offset)
                    if leaf._values is None:
                        leaf._read_values()
                    wanted = docs[start:end]
                    at = np.minimum(np.searchsorted(block_ids, wanted), len(block_ids) - 1)
                    held = block_ids[at] == wanted
                    counts, positions = _decode_positions(text_format, [leaf._values[i] for i in at[held].tolist()])
                    index_parts.append(np.repeat(np.arange(start, end)[held], counts))
                    position_parts.append(positions.astype(np.int64))
                lowest = highest + 1
                leaf._next_block()
        if not index_parts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.concatenate(index_parts), np.concatenate(position_parts)

    def _all_positions(self, word: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """A word's whole posting list from an array-positions index: (docnums, where each doc's positions start, positions)."""
        text_format = self.snap.searcher.schema["text"].format
        id_parts, count_parts, position_parts = [], [], []
        for leaf, offset in _leaves(self.snap.reader.postings("text", word.encode("utf-8"))):
            if not isinstance(leaf, W3LeafMatcher):
                raise _Unsupported
            while leaf.is_active():
                id_parts.append(_block_ids(leaf, offset))
                if leaf._values is None:
                    leaf._read_values()
                counts, positions = _decode_positions(text_format, leaf._values)
                count_parts.append(counts)
                position_parts.append(positions)
                leaf._next_block()
            self._check_time()
        if not id_parts:
            return np.zeros(0, dtype=np.int64), np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.uint32)
        counts = np.concatenate(count_parts)
        starts = np.zeros(len(counts) + 1, dtype=np.int64)
        np.cumsum(counts, out=starts[1:])
        return np.concatenate(id_parts), starts, np.concatenate(position_parts)

    def _with_matcher(self, query: wq.Query):
        """Phrases and the rest: Whoosh's matcher, one document at a time."""
        matcher = query.matcher(self.snap.searcher)
        ids, scores = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            scores.append(matcher.score())
            matcher.next()
            if len(ids) % 4096 == 0:
                self._check_time()
        if not ids:
            return _EMPTY
        order = np.argsort(ids, kind="stable")
        return np.asarray(ids, dtype=np.int64)[order], np.asarray(scores, dtype=np.float64)[order]

    def _term(self, fieldname: str, text, score: bool):
        """(docnums, BM25 scores) of one term, from the snapshot's cache when it is a common one."""
        key = (fieldname, text, score)
        found = self.snap.term_cache.get(key)
        if found is None:
            found = self._read_term(fieldname, text, score)
            self.snap.term_cache.put(key, found)
        return found

    def _read_term(self, fieldname: str, text, score: bool):
        reader = self.snap.reader
        btext = text.encode("utf-8") if isinstance(text, str) else text
        try:
            matcher = reader.postings(fieldname, btext)
        except Exception:  # TermNotFound: no such word
            return _EMPTY
        leaves = _leaves(matcher)
        id_parts, tf_parts = [], []
        for leaf, offset in leaves:
            if not isinstance(leaf, W3LeafMatcher):
                raise _Unsupported
            while leaf.is_active():
                id_parts.append(_block_ids(leaf, offset))
                raw_weights, count = leaf._data[1], leaf._blocklength
                if raw_weights is None:
                    weights = np.ones(count, dtype=np.float64)
                elif isinstance(raw_weights, float):
                    weights = np.full(count, raw_weights, dtype=np.float64)
                else:
                    weights = np.asarray(raw_weights, dtype=np.float64)
                tf_parts.append(weights)
                leaf._next_block()
        if not id_parts:
            return _EMPTY
        ids, tf = np.concatenate(id_parts), np.concatenate(tf_parts)
        if not score:
            return ids, np.zeros(len(ids))
        if fieldname != "text":
            return ids, np.ones(len(ids))
        snap = self.snap
        idf = math.log(snap.doc_count / (reader.doc_frequency(fieldname, btext) + 1)) + 1
        lengths = snap.text_lengths[ids]
        scores = idf * ((tf * (BM25_K1 + 1)) / (tf + BM25_K1 * ((1 - BM25_B) + BM25_B * lengths / snap.avg_text_length)))
        return ids, scores


class _Unsupported(Exception):
    """A query part the array evaluator leaves to Whoosh."""


SUGGEST_MAX_EDITS = 2


def _closest_word(word: str, words: dict[str, int], snap: _Snapshot, analyzer) -> str | None:
    """The most used indexed word within two edits (a swap of neighbours is one) of `word`, same first letter, that the index still has."""
    found = process.extract(word, words.keys(), scorer=OSA.distance, score_cutoff=SUGGEST_MAX_EDITS, limit=None)
    ranked = sorted((distance, -words[candidate], candidate) for candidate, distance, _ in found if candidate[0] == word[0])
    for _, _, candidate in ranked:
        stems = [token.text for token in analyzer(candidate)]
        if stems and all(snap.reader.doc_frequency("text", stem) > 0 for stem in stems):
            return candidate
    return None


def _intersect(ids: np.ndarray, scores: np.ndarray, other_ids: np.ndarray, other_scores: np.ndarray):
    """Sorted ids in both lists, with their scores summed; a short list is looked up in a long one."""
    if len(ids) > len(other_ids):
        ids, scores, other_ids, other_scores = other_ids, other_scores, ids, scores
    if not len(ids):
        return _EMPTY
    if len(ids) * 16 < len(other_ids):
        at = np.searchsorted(other_ids, ids)
        at[at == len(other_ids)] = 0
        found = other_ids[at] == ids
        return ids[found], scores[found] + other_scores[at[found]]
    both, left, right = np.intersect1d(ids, other_ids, assume_unique=True, return_indices=True)
    return both, scores[left] + other_scores[right]


POSITIONS_BYTES_PER_POSTING = 24  # a docnum, a start and (at least) two positions, as the cache holds them


class _TermCache:
    """Decoded, scored posting lists of common terms, kept per snapshot within a memory budget (LRU)."""

    def __init__(self, budget_bytes: int, min_postings: int = TERM_CACHE_MIN_POSTINGS):
        self.budget = budget_bytes
        self.min_postings = min_postings
        self.used = 0
        self.entries: OrderedDict = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            found = self.entries.get(key)
            if found is not None:
                self.entries.move_to_end(key)
            return found

    def put(self, key, value: tuple[np.ndarray, ...]) -> None:
        """Keep a term's arrays (docnums first) if the term is common enough and they fit."""
        size = sum(array.nbytes for array in value)
        if len(value[0]) < self.min_postings or size > self.budget:
            return
        for array in value:
            array.flags.writeable = False  # shared by every request that uses the term
        with self.lock:
            if key in self.entries:
                return
            self.entries[key] = value
            self.used += size
            while self.used > self.budget:
                _, old = self.entries.popitem(last=False)
                self.used -= sum(array.nbytes for array in old)


def _decode_positions(text_format, values) -> tuple[np.ndarray, np.ndarray]:
    """Some postings' position values: (how many positions each has, all of them in order)."""
    if isinstance(text_format, ArrayPositions):
        counts = np.fromiter(map(len, values), dtype=np.int64, count=len(values)) // POSITION_BYTES
        return counts, np.frombuffer(b"".join(values), dtype="<u4")
    decoded = [text_format.decode_positions(value) for value in values]
    counts = np.fromiter(map(len, decoded), dtype=np.int64, count=len(decoded))
    return counts, np.fromiter(chain.from_iterable(decoded), dtype=np.int64)


def _gather_positions(held: tuple[np.ndarray, np.ndarray, np.ndarray], docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """From a word's whole posting list, its occurrences in the sorted docs: (index into docs, position)."""
    ids, starts, positions = held
    if not len(ids):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    at = np.minimum(np.searchsorted(ids, docs), len(ids) - 1)
    held_docs = np.flatnonzero(ids[at] == docs)
    at = at[held_docs]
    begins, counts = starts[at], starts[at + 1] - starts[at]
    within = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    return np.repeat(held_docs, counts), positions[np.repeat(begins, counts) + within].astype(np.int64)


def _union(parts, constant: float | None = None):
    parts = [p for p in parts if len(p[0])]
    if not parts:
        return _EMPTY
    ids = np.concatenate([p[0] for p in parts])
    scores = np.concatenate([p[1] for p in parts])
    unique, inverse = np.unique(ids, return_inverse=True)
    if constant is not None:
        return unique, np.full(len(unique), constant)
    return unique, np.bincount(inverse, weights=scores, minlength=len(unique))


def _without_stop_words(query: wq.Query) -> wq.Query:
    """Drop stop words from the plain words of a query; phrases keep theirs."""
    if isinstance(query, wq.Term) and query.fieldname == "text" and is_stop_word(query.text):
        return wq.NullQuery
    if isinstance(query, (wq.And, wq.Or, wq.AndMaybe, wq.AndNot, wq.Not, wq.Require)):
        query = query.apply(_without_stop_words)
        return query.normalize()
    return query


def _highlight_terms(query: wq.Query, snap: _Snapshot) -> tuple[set[str], tuple[str, ...]]:
    """The analysed words of a query's text field, and its prefixes, for highlighting."""
    terms = {t.decode("utf-8") if isinstance(t, bytes) else t for f, t in query.iter_all_terms() if f == "text"}
    prefixes = tuple(sub.text for sub in _walk(query) if isinstance(sub, wq.Prefix) and sub.field() == "text")
    return terms, prefixes


def _walk(query: wq.Query):
    yield query
    for child in query.children():
        yield from _walk(child)


def day_to_date(day: int) -> date | None:
    """Days since 1970 back to a date (None for unknown)."""
    return EPOCH + timedelta(days=int(day)) if day is not None and day >= 0 else None
