"""The index on disk: its format version, one writer at a time, the people file, stats of an empty index."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, _testing_app
from engine.format import MARKER_FILE, PEOPLE_FILE, IndexFormatError, read_people
from engine.reader import IndexReader, SearchRequest
from engine.writer import IndexLocked, open_session
from indexer.build import build


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "indexer", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def _small_folder(folder, council="Kent County Council"):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text("Minutes\n\nMr R Gough introduced the report on verges.\n\nThe highways budget was agreed.\n")
    (folder / "a.meta.json").write_text(json.dumps({"council": council, "committee": "Cabinet", "date": "2025-01-10"}))
    (folder / "b.txt").write_text("Minutes\n\nRoger Gough, Leader of the Council, explained the verges savings.\n")
    (folder / "b.meta.json").write_text(json.dumps({"council": council, "committee": "Cabinet", "date": "2025-02-10"}))
    return folder


def _make_older(index_dir):
    marker = index_dir / MARKER_FILE
    data = json.loads(marker.read_text())
    data["format"] = 1
    marker.write_text(json.dumps(data))


def test_an_index_of_an_older_format_is_refused_with_the_command_to_rebuild(tmp_path):
    docs = _small_folder(tmp_path / "docs")
    index_dir = tmp_path / "index"
    assert not build([str(docs)], str(index_dir)).failed
    _make_older(index_dir)
    with pytest.raises(IndexFormatError, match="--rebuild"):
        build([str(docs)], str(index_dir))
    result = run_cli("build", str(docs), "--index", str(index_dir))
    assert result.returncode == 2 and "--rebuild" in result.stderr and "Traceback" not in result.stderr
    stats = run_cli("stats", "--index", str(index_dir))
    assert stats.returncode == 2 and "--rebuild" in stats.stderr and "Traceback" not in stats.stderr
    client = _testing_app(index_dir).test_client()
    health = client.get("/healthz")
    assert health.status_code == 503 and "--rebuild" in health.get_json()["error"]
    assert client.get("/api/search?q=highways").status_code == 503
    # The command it names works, and the site then answers.
    rebuilt = run_cli("build", str(docs), "--index", str(index_dir), "--rebuild")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert _testing_app(index_dir).test_client().get("/api/search?q=highways").get_json()["total"] == 1


def test_the_people_merge_is_stored_at_commit_and_read_by_workers(tmp_path, monkeypatch):
    docs = _small_folder(tmp_path / "docs")
    index_dir = tmp_path / "index"
    assert not build([str(docs)], str(index_dir)).failed
    people = read_people(index_dir)
    assert people["names"] == {"Kent County Council": {"R Gough": "Roger Gough"}}
    # A worker opening the index does not merge names itself: it reads the file.
    import engine.people

    monkeypatch.setattr(engine.people, "council_people", lambda names: pytest.fail("merged in the worker"))
    result = IndexReader(index_dir).search(SearchRequest(q="verges"))
    assert dict(result.facets["speaker"]) == {"Roger Gough": 2}
    assert (index_dir / PEOPLE_FILE).is_file()


def test_many_forms_of_one_surname_are_left_as_printed_quickly():
    from engine.people import MAX_FORMS_PER_SURNAME, council_people

    names = {f"{chr(65 + i % 26)}{i:05d}x Smith": 1 for i in range(9000)}
    mapping = council_people(names)  # pairwise matching would take minutes
    assert len(names) > MAX_FORMS_PER_SURNAME and all(mapping[n] == n for n in names)


def test_a_build_during_a_rebuild_is_refused_and_changes_nothing(tmp_path):
    docs = _small_folder(tmp_path / "docs")
    index_dir = tmp_path / "index"
    assert not build([str(docs)], str(index_dir)).failed
    before = sorted(p.name for p in index_dir.iterdir())
    with pytest.raises(KeyboardInterrupt), open_session(index_dir, rebuild=True):
        with pytest.raises(IndexLocked):
            build([str(docs)], str(index_dir))
        with pytest.raises(IndexLocked):
            build([str(docs)], str(index_dir), rebuild=True)
        raise KeyboardInterrupt  # the rebuild is stopped: the index in service stays as it was
    assert sorted(p.name for p in index_dir.iterdir()) == before
    assert IndexReader(index_dir).search(SearchRequest(q="highways")).total == 1
    assert not any((tmp_path / "index.generations").iterdir())  # the stopped rebuild's generation is gone


def test_stats_of_an_empty_index_are_zeros(tmp_path):
    index_dir = tmp_path / "index"
    with open_session(index_dir):
        pass
    result = run_cli("stats", "--index", str(index_dir))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["documents"] == 0 and data["paragraphs"] == 0 and data["committee"] == {} and data["kind"] == {}


def test_a_killed_rebuilds_generation_is_removed_by_the_next_build(tmp_path):
    docs = _small_folder(tmp_path / "docs")
    index_dir = tmp_path / "index"
    assert not build([str(docs)], str(index_dir), rebuild=True).failed
    generations = tmp_path / "index.generations"
    half_built = generations / "99"
    half_built.mkdir()
    (half_built / "BUILDING").touch()
    (half_built / "segment").write_bytes(b"x" * 1000)
    creating = tmp_path / "index.creating"
    creating.mkdir()
    switch = tmp_path / "index.switch"
    switch.symlink_to("index.generations/99")
    in_service = index_dir.resolve()
    assert not build([str(docs)], str(index_dir)).failed
    assert not half_built.exists() and not creating.exists() and not os.path.lexists(switch)
    assert index_dir.resolve() == in_service
    assert IndexReader(index_dir).search(SearchRequest(q="highways")).total == 1
