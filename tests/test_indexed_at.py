"""When each paragraph was first indexed (indexed_at), and the reader's "new since" query that alerts use."""
from __future__ import annotations

from alerts_helpers import write_doc
from engine.reader import IndexReader, SearchRequest
from indexer.build import build


def _stamps(index_dir) -> dict[str, int]:
    """text -> indexed_at of every paragraph, read with Whoosh's own searcher."""
    from whoosh.index import open_dir

    snap = IndexReader(index_dir).snapshot()
    with open_dir(str(snap.path), indexname="paragraphs").searcher() as searcher:
        return {fields["text"]: fields["indexed_at"] for fields in searcher.all_stored_fields()}


def test_new_paragraphs_are_those_committed_after_the_newest_stamp_seen(tmp_path):
    docs, index_dir = tmp_path / "docs", tmp_path / "index"
    write_doc(docs, "first", ["The parking charges were agreed.", "Parking permits for residents were discussed."])
    build([str(docs)], str(index_dir))
    reader = IndexReader(index_dir)
    seen = reader.newest_stamp()
    assert seen == max(_stamps(index_dir).values())
    assert reader.new_paragraphs(SearchRequest(q="parking"), seen).hits == []
    write_doc(docs, "second", ["Parking on verges was banned.", "The budget was set."])
    build([str(docs)], str(index_dir))
    found = IndexReader(index_dir).new_paragraphs(SearchRequest(q="parking"), seen)
    assert [hit.fields["text"] for hit in found.hits] == ["Parking on verges was banned."]
    assert found.hits[0].spans == [(0, 7)]
    assert found.newest == max(_stamps(index_dir).values()) > seen
    everything = IndexReader(index_dir).new_paragraphs(SearchRequest(q="parking"), 0)
    assert len(everything.hits) == 3


def test_a_paragraph_keeps_its_first_indexed_time_when_its_file_changes_and_on_rebuild(tmp_path):
    docs, index_dir = tmp_path / "docs", tmp_path / "index"
    write_doc(docs, "minutes", ["The library hours were set.", "The pool was closed."])
    build([str(docs)], str(index_dir))
    before = _stamps(index_dir)
    write_doc(docs, "minutes", ["Apologies were received.", "The library hours were set.", "The pool was closed."])
    build([str(docs)], str(index_dir))
    after = _stamps(index_dir)
    assert after["The library hours were set."] == before["The library hours were set."]
    assert after["The pool was closed."] == before["The pool was closed."]
    assert after["Apologies were received."] > max(before.values())
    build([str(docs)], str(index_dir), rebuild=True)
    assert _stamps(index_dir) == after


def test_stamps_only_go_up_even_when_the_clock_goes_back(tmp_path, monkeypatch):
    import engine.writer

    docs, index_dir = tmp_path / "docs", tmp_path / "index"
    write_doc(docs, "a", ["The first report."])
    build([str(docs)], str(index_dir))
    highest = max(_stamps(index_dir).values())
    monkeypatch.setattr(engine.writer.time, "time_ns", lambda: 10**15)  # 2001: long before
    write_doc(docs, "b", ["The second report."])
    build([str(docs)], str(index_dir))
    assert _stamps(index_dir)["The second report."] > highest


def test_a_limited_answer_is_cut_between_stamps_and_the_rest_comes_next(tmp_path):
    docs, index_dir = tmp_path / "docs", tmp_path / "index"
    write_doc(docs, "a", ["Flooding on the A20.", "Flooding at the school.", "Flooding of homes."])
    build([str(docs)], str(index_dir))
    write_doc(docs, "b", ["Flooding again in March."])
    build([str(docs)], str(index_dir))
    reader = IndexReader(index_dir)
    first = reader.new_paragraphs(SearchRequest(q="flooding"), 0, limit=1)
    assert len(first.hits) == 3, "one document's paragraphs share a stamp: all or none"
    rest = reader.new_paragraphs(SearchRequest(q="flooding"), first.newest, limit=1)
    assert [hit.fields["text"] for hit in rest.hits] == ["Flooding again in March."]
