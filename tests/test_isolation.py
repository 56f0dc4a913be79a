"""Parsing in child processes: bad files are reported with a reason and never take the indexer down."""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import psutil
import pytest

from hostile import bomb_pdf, encrypted_pdf, nested_pdf, simple_pdf
from indexer.build import build
from indexer.isolation import Limits, ParseFailure, parse_files
from indexer.loaders import load

TEST_LIMITS = Limits(memory_mb=300, seconds=20, max_pages=50)


def _load(path: str):
    return load(path).blocks


def _sleepy(task):
    time.sleep(task)
    return task


def _crashy(task):
    if task == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    return task


def _results(tasks, parse=_load, workers=1, limits=TEST_LIMITS):
    return dict(parse_files(tasks, parse, workers=workers, limits=limits))


@pytest.mark.parametrize(
    "name, data, reason_words",
    [
        ("empty.pdf", b"", "empty file"),
        ("truncated.pdf", simple_pdf()[:300], "pdf"),
        ("random.pdf", os.urandom(5000), "not a pdf"),
        ("encrypted.pdf", encrypted_pdf(), "encrypted"),
        ("bomb.pdf", bomb_pdf(400), "memory"),
    ],
)
def test_bad_pdfs_are_reported_with_their_reason(tmp_path, name, data, reason_words):
    path = tmp_path / name
    path.write_bytes(data)
    good = tmp_path / "good.pdf"
    good.write_bytes(simple_pdf("Library opening hours"))
    results = _results([str(path), str(good)])
    failure = results[str(path)]
    assert isinstance(failure, ParseFailure), failure
    assert reason_words in failure.reason.lower() or (reason_words == "pdf" and "pdf" in failure.reason.lower())
    assert any("Library opening hours" in b.text for b in results[str(good)])


def test_deeply_nested_objects_do_not_crash_the_indexer(tmp_path):
    path = tmp_path / "nested.pdf"
    path.write_bytes(nested_pdf(200_000))
    result = _results([str(path)])[str(path)]
    assert isinstance(result, (ParseFailure, list))


def test_a_parser_that_hangs_is_stopped_and_the_rest_go_on():
    results = _results([30, 0], parse=_sleepy, limits=Limits(memory_mb=300, seconds=1.5, max_pages=10))
    assert isinstance(results[30], ParseFailure) and "timed out" in results[30].reason
    assert results[0] == 0


def test_a_crashing_parser_loses_only_its_own_file():
    results = _results(["a", "crash", "b", "c"], parse=_crashy, workers=2)
    assert results["a"] == "a" and results["b"] == "b" and results["c"] == "c"
    assert isinstance(results["crash"], ParseFailure) and "SIGSEGV" in results["crash"].reason


def test_too_many_pages_is_refused(tmp_path):
    path = tmp_path / "long.pdf"
    path.write_bytes(simple_pdf())
    result = _results([str(path)], limits=Limits(memory_mb=300, seconds=20, max_pages=0))[str(path)]
    assert isinstance(result, ParseFailure) and "too many pages" in result.reason


def test_memory_of_the_indexer_stays_bounded_while_a_bomb_is_parsed(tmp_path):
    (tmp_path / "bomb.pdf").write_bytes(bomb_pdf(400))
    (tmp_path / "minutes.txt").write_text("Minutes of the meeting held on Tuesday 8th March 2005\n\nThe Chairman welcomed everyone.\n")
    before = psutil.Process().memory_info().rss
    report = build([str(tmp_path)], str(tmp_path / "index"), workers=2, limits=TEST_LIMITS)
    assert report.indexed == 1
    assert [Path(p).name for p, _ in report.failed] == ["bomb.pdf"]
    assert psutil.Process().memory_info().rss - before < 200 * 1024 * 1024
