"""The benchmark harness runs, and its answers equal brute-force counts over the generated paragraphs."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest

from bench import fts5
from bench.generate import Generator
from bench.run import index_ours, query_mix
from engine.analysis import TOKEN_PATTERN, snowball_stem
from engine.reader import IndexReader, ReaderLimits, SearchRequest

PARAGRAPHS = 1500


@pytest.fixture(scope="module", params=[1, 2], ids=["1-writer", "2-writers"])
def bench_index(tmp_path_factory, request):
    """The generated paragraphs indexed as --workers 1 and --workers 2 write them (one segment or two)."""
    folder = tmp_path_factory.mktemp("bench")
    stats = index_ours(PARAGRAPHS, str(folder / "index"), writers=request.param)
    db = str(folder / "fts5.db")
    fts5.build(db, Generator().documents(PARAGRAPHS))
    paragraphs = [p for d in Generator().documents(PARAGRAPHS) for p in d.paragraphs]
    return folder / "index", db, paragraphs, stats


def test_index_holds_every_generated_paragraph(bench_index):
    index_dir, _, paragraphs, stats = bench_index
    assert stats["paragraphs"] == PARAGRAPHS and stats["size_mb"] > 0
    assert IndexReader(index_dir).search(SearchRequest(per_page=1)).total == len(paragraphs) == PARAGRAPHS


def test_filter_totals_and_facets_equal_brute_force_counts(bench_index):
    index_dir, db, paragraphs, _ = bench_index
    committee = Counter(p.committee for p in paragraphs).most_common(1)[0][0]
    start, end = date(2012, 1, 1), date(2018, 12, 31)
    request = SearchRequest(committee=[committee], kind=["minutes"], date_from=start, date_to=end, sort="newest")
    result = IndexReader(index_dir).search(request)
    wanted = [p for p in paragraphs if p.committee == committee and p.kind == "minutes" and start <= p.date <= end]
    assert result.total == len(wanted)
    # Each facet ignores its own filter: the committee counts are over the other filters only.
    committees = Counter(p.committee for p in paragraphs if p.kind == "minutes" and start <= p.date <= end)
    assert dict(result.facets["committee"]) == {k: v for k, v in committees.most_common(30)}
    speakers = Counter(s for p in wanted for s in p.speakers)
    assert dict(result.facets["speaker"]) == dict(speakers.most_common(30)) or sum(dict(result.facets["speaker"]).values()) == sum(v for _, v in speakers.most_common(30))
    newest = max(p.date for p in wanted)
    assert result.hits[0].fields["date"] == newest.isoformat()
    same = fts5.Fts5Search(db).search({"committee": [committee], "kind": ["minutes"], "from": start, "to": end})
    assert same["total"] == result.total


def test_single_word_totals_agree_with_fts5(bench_index):
    index_dir, db, paragraphs, _ = bench_index
    word = "council"
    ours = IndexReader(index_dir).search(SearchRequest(q=word)).total
    theirs = fts5.Fts5Search(db).search({"q": word})["total"]
    # Stems on both sides: "councils" is found by "council", as a user expects.
    brute = sum(1 for p in paragraphs if "council" in {snowball_stem(t) for t in re.findall(TOKEN_PATTERN, p.text.lower())})
    assert ours == brute
    assert abs(theirs - brute) <= brute * 0.1 + 1  # FTS5's Porter stemmer differs a little from Snowball


def _request(query: dict) -> SearchRequest:
    return SearchRequest(q=query.get("q", ""), committee=query.get("committee", []), kind=query.get("kind", []),
                         date_from=query.get("from"), date_to=query.get("to"), page=query.get("page", 1))


def test_the_term_cache_changes_no_answer(bench_index):
    index_dir = bench_index[0]
    plain = IndexReader(index_dir, ReaderLimits(term_cache_mb=0))
    cached = IndexReader(index_dir, ReaderLimits(term_cache_mb=64))
    cached.snapshot().term_cache.min_postings = 1  # cache every term, even in this small index
    for query in query_mix():
        expected = plain.search(_request(query))
        for _ in range(2):  # filling the cache, then answering from it
            got = cached.search(_request(query))
            assert got.total == expected.total, query
            assert [h.fields["id"] for h in got.hits] == [h.fields["id"] for h in expected.hits], query
            assert got.facets == expected.facets, query
    assert cached.snapshot().term_cache.entries, "the cache was used"


def test_deleted_paragraphs_are_neither_found_nor_counted(tmp_path):
    from whoosh import index as whoosh_index

    from engine.format import INDEX_NAME

    index_dir = tmp_path / "index"
    index_ours(PARAGRAPHS, str(index_dir), writers=2)
    documents = list(Generator().documents(PARAGRAPHS))
    gone = documents[0]
    ix = whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME)
    writer = ix.writer()
    writer.delete_by_term("document_id", gone.document_id)
    writer.commit(merge=False)  # deleted in place, as updates leave them until segments merge
    ix.close()
    reader = IndexReader(index_dir)
    with reader.snapshot().searcher() as searcher:
        assert any(leaf.has_deletions() for leaf, _ in searcher.reader().leaf_readers()), "the deletions stayed in place"
    remaining = [p for d in documents[1:] for p in d.paragraphs]
    for word in ("council", "the"):
        result = reader.search(SearchRequest(q=word))
        brute = sum(1 for p in remaining if word in {snowball_stem(t) for t in re.findall(TOKEN_PATTERN, p.text.lower())})
        assert result.total == brute and sum(n for _, n in result.facets["kind"]) == brute, word
    assert reader.search(SearchRequest()).total == len(remaining)
    # ...and the segments with deletions were read as arrays, not through Whoosh's slower matchers.
    from whoosh import query as wq

    from engine.evaluate import Evaluator

    snap = reader.snapshot()
    with snap.searcher() as searcher:
        assert Evaluator(snap, searcher.reader(), snap.schema, float("inf"), 60).run(wq.Term("text", "council")) is not None


# The plain-words flow relaxes or corrects where FTS5 ORs the words: the totals differ by design.
PLAIN_WORDS_TYPES = ("question", "partial", "misspelling")


def test_measurements_run_and_the_table_lists_every_query(bench_index):
    """The timing harness answers every query type through the API (200) and without HTTP, beside FTS5."""
    from bench.run import measure_fts5, measure_ours, table

    index_dir, db, _, stats = bench_index
    ours, theirs = measure_ours(str(index_dir), 2), measure_fts5(db, 2)
    for query in query_mix():
        timing = ours["queries"][query["type"]]
        assert timing["status"] == 200 and timing["engine_p50"] > 0
        assert timing["total"] == theirs["queries"][query["type"]]["total"] or query["type"] in ("two words", "three filters", *PLAIN_WORDS_TYPES)
    results = {"paragraphs": PARAGRAPHS, "machine": "test", "indexing": {"ours_workers_1": stats, "ours": stats, "fts5": stats}, "search": {"ours": ours, "fts5": theirs}}
    text = table(results)
    assert all(f"| {q['type']} p50 without HTTP, ms |" in text for q in query_mix())
