"""The indexer end to end: the CLI, incremental updates, prune, rebuild, locking, stats."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from indexer.build import build
from engine.format import NotOurIndex
from engine.writer import IndexLocked, index_stats, open_session
from engine.reader import IndexReader, SearchRequest

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "indexer", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def test_build_then_unchanged_then_changed(seeds_copy, tmp_path):
    index_dir = tmp_path / "index"
    first = build([str(seeds_copy)], str(index_dir))
    assert first.indexed == 5 and not first.failed
    second = build([str(seeds_copy)], str(index_dir))
    assert (second.indexed, second.unchanged) == (0, 5)
    page = seeds_copy / "003_aec2c6e71fc47690.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("Mr Dyson responded", "Mr Zebedee responded"), encoding="utf-8")
    third = build([str(seeds_copy)], str(index_dir))
    assert (third.indexed, third.unchanged) == (1, 4)
    reader = IndexReader(index_dir)
    assert reader.search(SearchRequest(q="Zebedee")).total == 2
    assert reader.search(SearchRequest(q="Dyson")).total == 0  # old paragraphs replaced, not kept beside the new
    assert index_stats(index_dir)["documents"] == 5


def test_prune_removes_documents_whose_files_are_gone(seeds_copy, tmp_path):
    index_dir = tmp_path / "index"
    build([str(seeds_copy)], str(index_dir))
    (seeds_copy / "004_a98b7ef0c72b83a0.txt").unlink()
    kept = build([str(seeds_copy)], str(index_dir))
    assert kept.removed == 0 and index_stats(index_dir)["documents"] == 5
    pruned = build([str(seeds_copy)], str(index_dir), prune=True)
    assert pruned.removed == 1 and index_stats(index_dir)["documents"] == 4


def test_document_ids_are_stable_and_come_from_relative_paths(seeds_copy, tmp_path):
    build([str(seeds_copy)], str(tmp_path / "a"))
    moved = tmp_path / "elsewhere" / "docs"
    moved.parent.mkdir()
    seeds_copy.rename(moved)
    build([str(moved)], str(tmp_path / "b"))
    ids_a = {p["id"] for p in IndexReader(tmp_path / "a").document(_first_doc(tmp_path / "a"))[1]}
    ids_b = {p["id"] for p in IndexReader(tmp_path / "b").document(_first_doc(tmp_path / "a"))[1]}
    assert ids_a and ids_a == ids_b


def _first_doc(index_dir: Path) -> str:
    hits = IndexReader(index_dir).search(SearchRequest(q="Dyson")).hits
    return hits[0].fields["document_id"]


def test_rebuild_switches_to_a_new_generation_atomically(seeds_copy, tmp_path):
    index_dir = tmp_path / "index"
    build([str(seeds_copy)], str(index_dir))
    reader = IndexReader(index_dir)
    before = reader.search(SearchRequest()).total
    (seeds_copy / "000_17db68243f7dffcb.txt").unlink()
    build([str(seeds_copy)], str(index_dir), rebuild=True)
    assert index_dir.is_symlink()
    assert index_stats(index_dir)["documents"] == 4
    reader._checked = 0  # the reader re-checks at most once a second
    assert reader.search(SearchRequest()).total < before


def test_a_second_writer_gets_a_clear_error(tmp_path, seeds_copy):
    index_dir = tmp_path / "index"
    build([str(seeds_copy)], str(index_dir))
    with open_session(index_dir):
        with pytest.raises(IndexLocked):
            build([str(seeds_copy)], str(index_dir))
        result = run_cli("build", str(seeds_copy), "--index", str(index_dir))
        assert result.returncode == 4 and "another indexer" in result.stderr  # INTERFACE.md: 4, nothing changed
        rebuild = run_cli("build", str(seeds_copy), "--index", str(index_dir), "--rebuild")
        assert rebuild.returncode == 4 and "another indexer" in rebuild.stderr  # one writer, rebuilds too
    assert not (tmp_path / "index.generations").exists() or not any((tmp_path / "index.generations").iterdir())


def test_refuses_a_directory_that_is_not_an_index(tmp_path, seeds_copy):
    foreign = tmp_path / "not-an-index"
    foreign.mkdir()
    (foreign / "something.txt").write_text("hello")
    with pytest.raises(NotOurIndex):
        build([str(seeds_copy)], str(foreign))


def test_cli_build_reports_failures_and_indexes_the_rest(tmp_path, seeds_copy):
    (seeds_copy / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog")
    (seeds_copy / "empty.txt").write_bytes(b"")
    result = run_cli("build", str(seeds_copy), "--index", str(tmp_path / "index"))
    assert result.returncode == 3, result.stderr
    assert "broken.pdf" in result.stderr and "empty.txt" in result.stderr
    assert "indexed 5 documents" in result.stdout
    stats = run_cli("stats", "--index", str(tmp_path / "index"))
    data = json.loads(stats.stdout)
    assert data["documents"] == 5 and data["paragraphs"] > 100
    assert data["committee"]["Performance Scrutiny Committee"] > 10
    assert set(data["kind"]) <= {"agenda", "report", "minutes", "decision", "other"}


def test_cli_bad_arguments_exit_2(tmp_path):
    assert run_cli("build", str(tmp_path / "missing"), "--index", str(tmp_path / "ix")).returncode == 2
    assert run_cli("build", "--workers", "0", str(tmp_path)).returncode == 2
    assert run_cli("stats", "--index", str(tmp_path / "nothing-here")).returncode == 2


def test_sidecar_metadata_wins_and_sets_source_url(tmp_path, seeds_copy):
    (seeds_copy / "003_aec2c6e71fc47690.meta.json").write_text(
        json.dumps({"council": "Oxfordshire County Council", "committee": "Performance Scrutiny", "date": "2017-03-16", "url": "https://example.org/mgAi.aspx?ID=1"})
    )
    build([str(seeds_copy)], str(tmp_path / "index"))
    hit = IndexReader(tmp_path / "index").search(SearchRequest(q="Dyson")).hits[0].fields
    assert hit["committee"] == "Performance Scrutiny" and hit["date"] == "2017-03-16"
    assert hit["source_url"] == "https://example.org/mgAi.aspx?ID=1"


def test_a_bad_sidecar_fails_only_its_document(tmp_path, seeds_copy):
    (seeds_copy / "003_aec2c6e71fc47690.meta.json").write_text('{"date": "16/03/2017"}')
    report = build([str(seeds_copy)], str(tmp_path / "index"))
    assert report.indexed == 4
    assert "YYYY-MM-DD" in report.failed[0][1]


def test_known_paragraphs_of_each_seed(corpus_index):
    reader = IndexReader(corpus_index)

    def only(q: str) -> dict:
        hits = reader.search(SearchRequest(q=q, per_page=1)).hits
        assert hits, q
        return hits[0].fields

    dyson = only('"Mr Dyson responded that much of the work"')
    assert (dyson["committee"], dyson["date"], dyson["item_number"], dyson["kind"]) == ("Performance Scrutiny Committee", "2017-03-16", "16/17", "minutes")
    assert dyson["council"] == "Oxfordshire County Council"
    talbot = only('"A report was presented by Donna Talbot"')
    assert (talbot["committee"], talbot["date"], talbot["kind"]) == ("Cabinet Committee on Performance Improvement", "2018-06-27", "decision")
    pack = only('"Rob Whitty"')
    assert (pack["committee"], pack["date"], pack["item_number"], pack["kind"]) == ("Cabinet", "2015-04-21", "32/15", "minutes")
    agenda = only('"Cabinet are asked to consider the issues set out in this paper"')
    assert (agenda["date"], agenda["item_number"], agenda["kind"]) == ("2015-05-26", "6", "agenda")
    oldham = only('"Oldham had an accurate evaluation"')
    assert (oldham.get("committee"), oldham.get("date"), oldham.get("item_title")) == (None, None, "Children's Services - Ofsted: Review of Performance Related Information")
    robin = only('"Robin Rogers introduced the report"')
    assert robin["item_title"] == "Business Management and Monitoring Report - January" and robin["kind"] == "minutes"
