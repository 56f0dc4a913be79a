"""Real gunicorn serves searches while the index is updated and rebuilt: not one request fails.

A client loop (bounded in count and time) searches all the while; every answer is 200 with valid
JSON, and the total for a word the update adds is only ever the old or the new value.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from indexer.build import build

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
PARISH = ROOT.parent / "shared" / "corpus" / "parish"
NEW_WORD = "quokkaridge"  # in no real document


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def small_corpus(target: Path, parish_files: int = 6) -> Path:
    """A few small seeds, and parish Markdown files when ../shared is beside this checkout."""
    target.mkdir(parents=True)
    for path in sorted((CORPUS / "seeds").iterdir()):
        if path.stat().st_size < 100_000:
            shutil.copyfile(path, target / path.name)
    if PARISH.is_dir():
        for path in sorted(PARISH.glob("*.md"))[:parish_files]:
            shutil.copyfile(path, target / path.name)
    return target


class Gunicorn:
    """gunicorn wsgi:app on a free 127.0.0.1 port, serving index_dir; stopped by its own pid."""

    def __init__(self, index_dir: Path, workers: int = 2, threads: int = 2):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, SEARCH_INDEX_DIR=str(index_dir), PORT=str(self.port), WEB_WORKERS=str(workers), WEB_THREADS=str(threads))
        self.log = open(index_dir.parent / f"gunicorn-{self.port}.log", "wb")
        self.process = subprocess.Popen(
            [str(Path(sys.executable).with_name("gunicorn")), "-c", "gunicorn.conf.py", "--access-logfile", "/dev/null", "wsgi:app"],
            cwd=str(ROOT), env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}")
            try:
                if requests.get(self.url + "/healthz", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("gunicorn did not answer /healthz within 30 s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)
        self.log.close()


def index_command(folder: Path, index_dir: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "indexer", "build", str(folder), "--index", str(index_dir), *extra]


def serve_while_indexing(tmp_path: Path, rebuilds: int, parish_files: int) -> None:
    folder = small_corpus(tmp_path / "docs", parish_files)
    index_dir = tmp_path / "var" / "index"
    report = build([str(folder)], str(index_dir), isolated=False)
    assert report.indexed >= 3 and not report.failed
    server = Gunicorn(index_dir)
    answers: list[tuple[str, int, object]] = []
    failures: list[str] = []
    stop = threading.Event()

    def client_loop() -> None:
        session = requests.Session()
        deadline = time.monotonic() + 60
        queries = [f"q={NEW_WORD}", "q=council", "q=parish+council", "q=meeting&sort=newest"]
        for number in range(1500):
            if stop.is_set() or time.monotonic() > deadline:
                return
            query = queries[number % len(queries)]
            try:
                response = session.get(f"{server.url}/api/search?{query}", timeout=10)
                if response.status_code != 200:
                    failures.append(f"{query}: {response.status_code} {response.text[:200]}")
                    continue
                answers.append((query, response.status_code, response.json()["total"]))
            except (requests.RequestException, ValueError) as error:
                failures.append(f"{query}: {error!r}")

    try:
        before = requests.get(f"{server.url}/api/search?q={NEW_WORD}", timeout=10).json()["total"]
        assert before == 0
        client = threading.Thread(target=client_loop)
        client.start()
        time.sleep(1.0)
        # An update that commits several times: a new document with the new word, a changed one.
        (folder / "zz_new.txt").write_text(
            f"Minutes of the Quokka Ridge Parish Council\n\nThe council discussed the {NEW_WORD} footpath at length.\n\n"
            f"It was resolved that the {NEW_WORD} footpath be repaired.\n"
        )
        changed = sorted(folder.glob("*.md"))[:1] or sorted(folder.glob("*.txt"))[:1]
        changed[0].write_text(changed[0].read_text() + "\n\nA further note on hedges and verges was added.\n")
        env = dict(os.environ, INDEXER_COMMIT_EVERY="1", PYTHONPATH=str(ROOT))
        update = subprocess.run(index_command(folder, index_dir), cwd=str(ROOT), env=env, capture_output=True, text=True, timeout=300)
        assert update.returncode == 0, update.stderr[:3000]
        time.sleep(1.5)
        # Rebuilds in a row: each switches generations under the running workers.
        for _ in range(rebuilds):
            rebuilt = subprocess.run(index_command(folder, index_dir, "--rebuild"), cwd=str(ROOT), env=env, capture_output=True, text=True, timeout=300)
            assert rebuilt.returncode == 0, rebuilt.stderr[:3000]
            time.sleep(1.5)
        stop.set()
        client.join(timeout=30)
        after = requests.get(f"{server.url}/api/search?q={NEW_WORD}", timeout=10).json()["total"]
    finally:
        stop.set()
        server.stop()
    assert not failures, f"{len(failures)} failed requests, e.g. {failures[:5]}"
    assert after > 0
    totals = {total for query, _, total in answers if query == f"q={NEW_WORD}"}
    assert totals <= {before, after}, f"totals seen for {NEW_WORD}: {sorted(totals)} (only {before} or {after} allowed)"
    assert len(answers) >= 50, f"only {len(answers)} answers"
    print(f"serve while indexing: {len(answers)} answers, 0 failures, {NEW_WORD} totals seen {sorted(totals)}")


def test_searches_never_fail_while_indexing_and_rebuilding(tmp_path):
    serve_while_indexing(tmp_path, rebuilds=1, parish_files=3)


@pytest.mark.soak
def test_searches_never_fail_while_indexing_and_rebuilding_soak(tmp_path):
    serve_while_indexing(tmp_path, rebuilds=3, parish_files=40)
