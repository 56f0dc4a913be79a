"""Phrases: the fast path (word arrays, common-word pairs, positions) finds what Whoosh's phrase search finds."""
from __future__ import annotations

import random
import re

import pytest
from whoosh import query as wq

from engine.analysis import TOKEN_PATTERN, analysed_words
from engine.evaluate import Evaluator
from engine.reader import IndexReader, ReaderLimits


def _phrases_from(reader: IndexReader, count: int, seed: int = 3) -> list[str]:
    """Runs of two to four printed words taken from the indexed paragraphs, some of common words."""
    snap = reader.snapshot()
    rng = random.Random(seed)
    with snap.searcher() as searcher:
        texts = [searcher.stored_fields(d)["text"] for d in rng.sample(range(snap.size), min(400, snap.size))]
    phrases = []
    for text in texts:
        words = re.findall(TOKEN_PATTERN, text)
        if len(words) < 5:
            continue
        length = rng.choice((2, 2, 3, 4))
        start = rng.randrange(len(words) - length)
        phrases.append(" ".join(words[start : start + length]))
    phrases += ["members of the public", "of the", "in the council", "the council", "county council", "council tax"]
    return phrases[:count]


def _whoosh_phrase(snap, words: list[str]) -> dict[int, float]:
    """Docnum -> score from Whoosh's own phrase matcher."""
    found = {}
    with snap.searcher() as searcher:
        matcher = wq.Phrase("text", words).matcher(searcher)
        while matcher.is_active():
            found[matcher.id()] = matcher.score()
            matcher.next()
    return {d: s for d, s in found.items() if snap.live[d]}


@pytest.mark.parametrize("cache_mb", [0, 64], ids=["uncached", "cached"])
def test_phrases_match_whoosh_exactly(corpus_index, cache_mb):
    reader = IndexReader(corpus_index, ReaderLimits(term_cache_mb=cache_mb))
    snap = reader.snapshot()
    snap.term_cache.min_postings = 1 if cache_mb else snap.term_cache.min_postings
    assert snap.pair_words, "a new index holds pairs of common words"
    checked = 0
    for phrase in _phrases_from(reader, 80) * 2:  # twice: the second time from the cache
        words = analysed_words(phrase)
        if len(words) < 2:
            continue
        with snap.searcher() as searcher:
            ids, scores = Evaluator(snap, searcher.reader(), snap.schema, float("inf"), 60).run(wq.Phrase("text", words))
        ours = {int(d): float(s) for d, s in zip(ids, scores) if snap.live[d]}
        theirs = _whoosh_phrase(snap, words)
        assert set(ours) == set(theirs), phrase
        for docnum, score in theirs.items():
            assert ours[docnum] == pytest.approx(score, rel=1e-5), phrase
        checked += 1
    assert checked >= 120


def test_a_phrase_is_words_in_order_next_to_each_other(client):
    together = client.get('/api/search?q="county council"').get_json()
    apart = client.get('/api/search?q="council county"').get_json()
    both = client.get("/api/search?q=county council").get_json()
    assert 0 < together["total"] < both["total"]
    assert apart["total"] < together["total"]
    for hit in together["hits"]:
        assert re.search(r"county\W+councils?\b", hit["text"], re.IGNORECASE), hit["text"][:200]
