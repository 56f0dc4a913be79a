"""Parsing in child processes: bad files are reported with a reason and never take the indexer down."""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import psutil
import pytest

from hostile import bomb_pdf, encrypted_pdf, nested_pdf, simple_pdf
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
        ("bomb.pdf", bomb_pdf(400), "memory limit 300 mb exceeded"),
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
    assert isinstance(result, ParseFailure) and result.reason == "too many pages (1 > 0)"


def _pid(task):
    return os.getpid()


def test_workers_are_replaced_after_a_bounded_batch_and_tasks_are_read_lazily():
    taken = []

    def tasks():
        for n in range(7):
            taken.append(n)
            yield n

    results = parse_files(tasks(), _pid, workers=1, limits=Limits(memory_mb=300, seconds=20, max_pages=10, files_per_child=3))
    first = next(results)
    assert len(taken) < 7  # the parent does not read every task before the first result
    pids = [first[1]] + [pid for _, pid in results]
    assert len(pids) == 7 and len(set(pids)) == 3  # 3 + 3 + 1 files: three processes


def test_parsers_die_with_a_killed_indexer(tmp_path):
    """A SIGKILLed indexer leaves no parser processes behind."""
    import subprocess
    import sys

    script = (
        "import time\n"
        "from indexer.isolation import parse_files, Limits\n"
        "def slow(task):\n    time.sleep(60)\n"
        "for _ in parse_files([1, 2], slow, workers=2, limits=Limits(memory_mb=300, seconds=120, max_pages=10)):\n    pass\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script], cwd=Path(__file__).resolve().parents[1])
    deadline = time.monotonic() + 20
    children = []
    while time.monotonic() < deadline and len(children) < 2:
        children = psutil.Process(process.pid).children()
        time.sleep(0.1)
    assert len(children) == 2
    process.kill()
    process.wait()
    gone, alive = psutil.wait_procs(children, timeout=5)
    for leftover in alive:
        leftover.kill()
    assert not alive
