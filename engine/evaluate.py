"""Queries over posting arrays: (docnums, scores) exactly as Whoosh's searcher scores them, or Unsupported.

Terms are read a block at a time straight into arrays and scored with BM25F as Whoosh scores them
(its idf, the field's average length, its one-byte length encoding); AND, OR, ANDNOT, NOT, boosts,
prefixes and phrases combine arrays. Any other form raises Unsupported and the
reader hands the query to Whoosh's own searcher: never a different answer
(tests/test_engine_differential.py compares the two on random queries).
"""
from __future__ import annotations

import math
import time
from typing import Any, Protocol

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher

from engine.analysis import PAIR_JOIN
from engine.cache import TermCache
from engine.postings import Unsupported, block_ids, block_values, decode_positions, leaves, term_postings
from engine.query import QueryError

Result = tuple[np.ndarray, np.ndarray]  # sorted distinct docnums, and a float64 score for each
EMPTY: Result = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64))
BM25_B, BM25_K1 = 0.75, 1.2  # Whoosh's BM25F defaults, which the searcher uses
WHOOSH_PRELOAD_DOCS = 5000  # whoosh.query.Or: at most this many documents, a long OR is preloaded
POSITIONS_BYTES_PER_POSTING = 24  # a docnum, a start and (at least) two positions, as the cache holds them


class Statistics(Protocol):
    """What scoring needs from a snapshot: collection statistics and the shared term cache."""

    doc_count: int
    term_cache: TermCache
    pair_words: frozenset[str]

    def field_lengths(self, fieldname: str) -> np.ndarray: ...

    def avg_length(self, fieldname: str) -> float: ...


class Evaluator:
    """Runs one parsed query over one Whoosh reader, within a deadline."""

    def __init__(self, stats: Statistics, reader: Any, schema: Any, deadline: float, time_limit: float):
        self.stats = stats
        self.reader = reader
        self.schema = schema
        self.deadline = deadline
        self.time_limit = time_limit

    def check_time(self) -> None:
        """Stop with a QueryError once the deadline has passed."""
        if time.monotonic() > self.deadline:
            raise QueryError(f"the search took longer than {self.time_limit:g} s; narrow it down")

    def run(self, query: wq.Query) -> Result | None:
        """(docnums, scores) of the query, or None when only Whoosh's searcher can answer it exactly."""
        try:
            return self._eval(query)
        except Unsupported:
            return None

    def _eval(self, query: wq.Query) -> Result:
        self.check_time()
        if query is wq.NullQuery:
            return EMPTY
        if type(query) is wq.Term:
            return _boosted(self._term(query.fieldname, query.text), query.boost)
        if type(query) is wq.Phrase and query.fieldname == "text" and query.slop == 1 and query.boost == 1.0 and query.words:
            return self._phrase(list(query.words))
        if type(query) in (wq.Prefix, wq.Wildcard):
            return self._pattern(query)
        if type(query) is wq.And:
            return _boosted(self._and(query.subqueries), query.boost)
        if type(query) is wq.Or and not query.minmatch and not query.scale:
            return _boosted(_union([self._eval(sub) for sub in query.subqueries]), query.boost)
        if type(query) is wq.Not:
            return self._not(query.query)
        if type(query) is wq.AndNot:
            ids, scores = self._eval(query.a)
            keep = ~np.isin(ids, self._eval(query.b)[0], assume_unique=True)
            return ids[keep], scores[keep]
        raise Unsupported(type(query).__name__)

    def _and(self, subqueries: list[wq.Query]) -> Result:
        """Paragraphs matching every part, scores summed; a NOT part excludes and adds Whoosh's 1.0 for it."""
        positive = [sub for sub in subqueries if not isinstance(sub, wq.Not)]
        negative = [sub.query for sub in subqueries if isinstance(sub, wq.Not)]
        if not positive:
            return _all_of([self._not(child) for child in negative])
        ids, scores = _all_of([self._eval(sub) for sub in positive])
        for child in negative:
            keep = ~np.isin(ids, self._eval(child)[0], assume_unique=True)
            ids, scores = ids[keep], scores[keep] + 1.0
        return ids, scores

    def _not(self, child: wq.Query) -> Result:
        """Every paragraph without the child's matches, each scored 1.0 as Whoosh's inverse matcher scores it."""
        excluded = np.zeros(self.stats.doc_count, dtype=bool)
        excluded[self._eval(child)[0]] = True
        ids = np.flatnonzero(~excluded)
        return ids, np.ones(len(ids))

    def _pattern(self, query: wq.Query) -> Result:
        """A prefix or wildcard: the OR of the words it expands to, scored as Whoosh's searcher scores it.

        Whoosh scores each word and sums, except that a segment of at most WHOOSH_PRELOAD_DOCS
        paragraphs holding three or more of the words answers from a preloaded array, unscored: 1.0 each.
        """
        fieldname = query.field()
        words = [word for word in query._btexts(self.reader) if word]
        if len(words) == 1:
            return _boosted(self._term(fieldname, words[0]), query.boost)
        ids, scores = _boosted(self._terms_summed(fieldname, words), query.boost)
        if len(words) >= 3:
            scores = scores.copy()
            for leaf, offset in self.reader.leaf_readers():
                # Whoosh expands the pattern segment by segment, over that segment's own words.
                if leaf.doc_count_all() <= WHOOSH_PRELOAD_DOCS and sum(1 for word in query._btexts(leaf) if word) >= 3:
                    start, end = np.searchsorted(ids, [offset, offset + leaf.doc_count_all()])
                    scores[start:end] = 1.0
        return ids, scores

    def _terms_summed(self, fieldname: str, words: list[bytes]) -> Result:
        """The OR of many words of one field, scores summed: rare words scored together in one pass."""
        field = self.schema[fieldname]
        cache = self.stats.term_cache
        parts: list[Result] = []
        rare_ids, rare_weights, rare_idf = [], [], []
        for btext in words:
            key = (fieldname, btext, field.scorable)
            found = cache.get(key)
            if found is not None:
                parts.append((found[0], found[1]))
                continue
            postings = term_postings(self.reader, fieldname, btext)
            if postings is None or not len(postings[0]):
                continue
            if len(postings[0]) >= cache.min_postings or not field.scorable:
                parts.append(self._term(fieldname, btext))
                continue
            rare_ids.append(postings[0])
            rare_weights.append(postings[1])
            rare_idf.append(np.full(len(postings[0]), self._idf(fieldname, btext)))
        if rare_ids:
            ids = np.concatenate(rare_ids)
            parts.append((ids, self._bm25(fieldname, ids, np.concatenate(rare_weights), np.concatenate(rare_idf))))
        if not parts:
            return EMPTY
        ids = np.concatenate([part[0] for part in parts])
        scores = np.concatenate([part[1] for part in parts])
        unique, inverse = np.unique(ids, return_inverse=True)
        return unique, np.bincount(inverse.ravel(), weights=scores, minlength=len(unique))

    # -- terms ------------------------------------------------------------------------
    def _term(self, fieldname: str, text: Any, score: bool = True) -> Result:
        """(docnums, scores) of one term; unscored, the posting weights (what Whoosh gives without a weighting)."""
        if fieldname not in self.schema:
            return EMPTY
        field = self.schema[fieldname]
        try:
            btext = field.to_bytes(text)
        except ValueError:
            return EMPTY
        scored = score and field.scorable
        key = (fieldname, btext, scored)
        found = self.stats.term_cache.get(key)
        if found is None:
            found = self._read_term(fieldname, btext, scored)
            self.stats.term_cache.put(key, found)
        return found[0], found[1]

    def _read_term(self, fieldname: str, btext: bytes, scored: bool) -> Result:
        postings = term_postings(self.reader, fieldname, btext)
        if postings is None:
            return EMPTY
        ids, weights = postings
        if not scored or not len(ids):
            return ids, weights
        return ids, self._bm25(fieldname, ids, weights, self._idf(fieldname, btext))

    def _idf(self, fieldname: str, btext: bytes) -> float:
        """Whoosh's idf: log(documents / (documents holding the term + 1)) + 1, over every document, deleted ones too."""
        return math.log(self.stats.doc_count / (self.reader.doc_frequency(fieldname, btext) + 1)) + 1

    def _bm25(self, fieldname: str, ids: np.ndarray, weights: np.ndarray, idf: Any) -> np.ndarray:
        """BM25F of postings as Whoosh computes it, from their weights and the documents' field lengths."""
        lengths = self.stats.field_lengths(fieldname)[ids]
        scores: np.ndarray = idf * ((weights * (BM25_K1 + 1)) / (weights + BM25_K1 * ((1 - BM25_B) + BM25_B * lengths / self.stats.avg_length(fieldname))))
        return scores

    # -- phrases -----------------------------------------------------------------------
    def _phrase(self, words: list[str]) -> Result:
        """Paragraphs holding the words next to each other, scored as Whoosh scores a phrase (the words' scores summed).

        Candidates are the paragraphs holding every word; pairs of common words narrow them
        through the pairs field, where "council tax" is one term; what is left is checked against
        the words' positions.
        """
        pair_words = self.stats.pair_words
        pairs = list(zip(words, words[1:]))
        covered = [self._term("text_pairs", f"{a}{PAIR_JOIN}{b}", score=False) for a, b in pairs if a in pair_words and b in pair_words]
        # The pairs (few paragraphs each, scored 0) come first, so the words' long lists are only probed.
        covered = [(ids, np.zeros(len(ids))) for ids, _ in covered]
        ids, scores = _all_of(covered + [self._term("text", word) for word in words])
        if not len(ids) or (len(words) == 2 and len(covered) == 1):
            return ids, scores
        keep = self._adjacent(ids, words)
        return ids[keep], scores[keep]

    def _adjacent(self, docs: np.ndarray, words: list[str]) -> np.ndarray:
        """For each of the sorted docs, whether the words occur one right after another."""
        # Each occurrence becomes one int64: the doc's index above bit 32, below it the position the
        # phrase would start at; the phrase is where every word's occurrences agree.
        read: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        starts: np.ndarray | None = None
        for step, word in enumerate(words):
            if word not in read:
                read[word] = self._positions(word, docs)
            doc_index, positions = read[word]
            possible = positions >= step
            keys = (doc_index[possible] << 32) | (positions[possible] - step)
            starts = keys if starts is None else np.intersect1d(starts, keys, assume_unique=True)
            self.check_time()
            if not len(starts):
                break
        keep = np.zeros(len(docs), dtype=bool)
        if starts is not None and len(starts):
            keep[starts >> 32] = True
        return keep

    def _positions(self, word: str, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The word's occurrences in the sorted docs (all of which hold it): (index into docs, position)."""
        cache = self.stats.term_cache
        postings = self.reader.doc_frequency("text", word)
        if cache.min_postings <= postings and postings * POSITIONS_BYTES_PER_POSTING <= cache.budget:
            # A common word's candidates touch nearly every block of its postings: read them all
            # once, keep them, and pick the candidates out with numpy from then on.
            key = ("text positions", word)
            held = cache.get(key)
            if held is None:
                held = self._all_positions(word)
                cache.put(key, held)
            return _gather_positions(held, docs)
        index_parts, position_parts = [], []
        for leaf, offset in leaves(self.reader.postings("text", word.encode("utf-8"))):
            if not isinstance(leaf, W3LeafMatcher):
                raise Unsupported("inline postings")
            lowest = offset
            while leaf.is_active():
                highest = leaf.block_max_id() + offset
                start, end = np.searchsorted(docs, lowest), np.searchsorted(docs, highest, side="right")
                if start < end:
                    ids = block_ids(leaf, offset)
                    values = block_values(leaf)
                    wanted = docs[start:end]
                    at = np.minimum(np.searchsorted(ids, wanted), len(ids) - 1)
                    held_here = ids[at] == wanted
                    counts, positions = decode_positions([values[i] for i in at[held_here].tolist()])
                    index_parts.append(np.repeat(np.arange(start, end)[held_here], counts))
                    position_parts.append(positions.astype(np.int64))
                lowest = highest + 1
                leaf._next_block()
        if not index_parts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.concatenate(index_parts), np.concatenate(position_parts)

    def _all_positions(self, word: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """A word's whole posting list: (docnums, where each doc's positions start, positions)."""
        id_parts, count_parts, position_parts = [], [], []
        for leaf, offset in leaves(self.reader.postings("text", word.encode("utf-8"))):
            if not isinstance(leaf, W3LeafMatcher):
                raise Unsupported("inline postings")
            while leaf.is_active():
                id_parts.append(block_ids(leaf, offset))
                counts, positions = decode_positions(block_values(leaf))
                count_parts.append(counts)
                position_parts.append(positions)
                leaf._next_block()
            self.check_time()
        if not id_parts:
            return np.zeros(0, dtype=np.int64), np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.uint32)
        counts = np.concatenate(count_parts)
        starts = np.zeros(len(counts) + 1, dtype=np.int64)
        np.cumsum(counts, out=starts[1:])
        return np.concatenate(id_parts), starts, np.concatenate(position_parts)


def _boosted(result: Result, boost: float) -> Result:
    return result if boost == 1.0 else (result[0], result[1] * boost)


def _all_of(results: list[Result]) -> Result:
    """AND of results: ids in all, scores summed."""
    results = sorted(results, key=lambda r: len(r[0]))
    ids, scores = results[0]
    for other_ids, other_scores in results[1:]:
        ids, scores = _intersect(ids, scores, other_ids, other_scores)
    return ids, scores


def _intersect(ids: np.ndarray, scores: np.ndarray, other_ids: np.ndarray, other_scores: np.ndarray) -> Result:
    """Sorted ids in both lists, with their scores summed; a short list is looked up in a long one."""
    if len(ids) > len(other_ids):
        ids, scores, other_ids, other_scores = other_ids, other_scores, ids, scores
    if not len(ids):
        return EMPTY
    if len(ids) * 16 < len(other_ids):
        at = np.searchsorted(other_ids, ids)
        at[at == len(other_ids)] = 0
        found = other_ids[at] == ids
        return ids[found], scores[found] + other_scores[at[found]]
    both, left, right = np.intersect1d(ids, other_ids, assume_unique=True, return_indices=True)
    return both, scores[left] + other_scores[right]


def _union(parts: list[Result]) -> Result:
    """OR of results: ids in any, scores of those that hold each id summed."""
    parts = [p for p in parts if len(p[0])]
    if not parts:
        return EMPTY
    if len(parts) == 1:
        return parts[0]
    ids = np.concatenate([p[0] for p in parts])
    scores = np.concatenate([p[1] for p in parts])
    unique, inverse = np.unique(ids, return_inverse=True)
    return unique, np.bincount(inverse.ravel(), weights=scores, minlength=len(unique))


def _gather_positions(held: tuple[np.ndarray, ...], docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
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
