"""Kill the indexer (SIGKILL, a real `python -m indexer build`) at random moments; nothing is lost.

After every kill: the index opens, holds exactly the documents of some commit (every document
has all its paragraphs), the write lock is free, and the next build completes the rest and
cleans up what the killed writer left behind.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from indexer.build import find_sources
from engine.format import INDEX_NAME, MARKER_FILE, NOTES_FILE, NOTES_JOURNAL, PEOPLE_FILE, WORDS_FILE, is_our_index
from engine.items import ITEMS_FILE
from indexer.failures import FAILURES_FILE

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
PARISH = ROOT.parent / "shared" / "corpus" / "parish"


def make_documents(target: Path, parish_files: int, with_pdfs: bool, small_seeds_only: bool = False) -> Path:
    """The project's corpus (seeds, and the Kent PDFs when asked) plus copies of parish Markdown files.

    small_seeds_only leaves out the one large seed (1,500 paragraphs, ~10 s to parse) to keep `make test` fast.
    """
    if not PARISH.is_dir():
        pytest.skip("../shared/corpus/parish is not beside this checkout: the crash test needs its Markdown files")
    target.mkdir(parents=True)
    (target / "seeds").mkdir()
    for path in sorted((CORPUS / "seeds").iterdir()):
        if not small_seeds_only or path.stat().st_size < 100_000:
            shutil.copyfile(path, target / "seeds" / path.name)
    if with_pdfs:
        shutil.copytree(CORPUS / "kent", target / "kent")
    parish = sorted(PARISH.glob("*.md"))[:parish_files]
    (target / "parish").mkdir()
    for path in parish:
        shutil.copyfile(path, target / "parish" / path.name)
    return target


def indexer_command(folder: Path, index_dir: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "indexer", "build", str(folder), "--index", str(index_dir), "--workers", "2", *extra]


def indexer_env(commit_every: int) -> dict:
    env = dict(os.environ)
    env["INDEXER_COMMIT_EVERY"] = str(commit_every)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def index_contents(index_dir: Path) -> dict[str, list[int]]:
    """document id -> sorted paragraph positions in the committed index ({} when nothing committed yet)."""
    real = Path(os.path.realpath(index_dir))
    if not real.exists():
        return {}
    assert is_our_index(real), f"{real} lost its marker"
    ix = whoosh_index.open_dir(str(real), indexname=INDEX_NAME)
    try:
        contents: dict[str, list[int]] = {}
        heads = set()
        with ix.searcher() as searcher:
            for _docnum, fields in searcher.iter_docs():
                contents.setdefault(fields["document_id"], []).append(fields["position"])
                if fields["position"] == 0:
                    heads.add(fields["document_id"])
        assert heads == set(contents), "a document without its first paragraph"
        return {doc: sorted(positions) for doc, positions in contents.items()}
    finally:
        ix.close()


def assert_whole_documents(contents: dict[str, list[int]], expected: dict[str, int]) -> None:
    """Every document in the index is one of ours and has all its paragraphs, each once."""
    unknown = set(contents) - set(expected)
    assert not unknown, f"documents that are not in the folder: {unknown}"
    for doc_id, positions in contents.items():
        assert positions == list(range(expected[doc_id])), (
            f"document {doc_id}: {len(positions)} paragraphs in the index, {expected[doc_id]} in the file"
        )


def assert_lock_free(index_dir: Path) -> None:
    real = Path(os.path.realpath(index_dir))
    if not real.exists():
        return
    ix = whoosh_index.open_dir(str(real), indexname=INDEX_NAME)
    try:
        lock = ix.storage.lock(f"{INDEX_NAME}_WRITELOCK")
        assert lock.acquire(blocking=False), "the write lock is still held after the indexer was killed"
        lock.release()
    finally:
        ix.close()


def assert_no_leftovers(index_dir: Path, generations_pruned: bool = True) -> None:
    """Only the marker, the lock, the word list, the remembered failures, the current table of contents and live segments' files remain."""
    real = Path(os.path.realpath(index_dir))
    ix = whoosh_index.open_dir(str(real), indexname=INDEX_NAME)
    try:
        live = {segment.segment_id() for segment in ix._segments()}
        toc = f"_{INDEX_NAME}_{ix.latest_generation()}.toc"
    finally:
        ix.close()
    stray = []
    for entry in real.iterdir():
        name = entry.name
        if name in (MARKER_FILE, toc, f"{INDEX_NAME}_WRITELOCK", WORDS_FILE, PEOPLE_FILE, NOTES_FILE, NOTES_JOURNAL, FAILURES_FILE, ITEMS_FILE):
            continue
        if any(name.startswith(segment + ".") or name.startswith(segment + "_") for segment in live):
            continue
        stray.append(name)
    assert not stray, f"files no commit refers to: {stray}"
    creating = real.with_name(real.name + ".creating")
    assert not creating.exists(), "a half-created index was left behind"
    generations = index_dir.with_name(index_dir.name + ".generations")
    if generations_pruned and generations.is_dir():
        kept = [p for p in generations.iterdir() if p.name.isdigit()]
        assert len(kept) <= 2, f"generations not pruned: {sorted(p.name for p in kept)}"


def kill_group(process: subprocess.Popen) -> None:
    """Kill what is left of an indexer we started (its parser children) by its process group."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def crash_and_recover(tmp_path: Path, kills: int, parish_files: int, with_pdfs: bool, max_delay: float, seed: int,
                      small_seeds_only: bool = False) -> dict:
    """Kill builds `kills` times, checking the index after each kill; then finish and check all."""
    rng = random.Random(seed)
    folder = make_documents(tmp_path / "docs", parish_files, with_pdfs, small_seeds_only)
    files = {source.document_id for source in find_sources([str(folder)])}
    index_dir = tmp_path / "var" / "index"
    index_dir.parent.mkdir()
    figures = {"kills": 0, "finished_before_kill": 0, "rebuild_kills": 0, "documents": len(files)}
    seen: list[dict[str, list[int]]] = []  # the index after each kill, checked against whole documents at the end
    for _round in range(kills):
        rebuild = index_dir.exists() and rng.random() < 0.25
        if not rebuild and set(index_contents(index_dir)) == files:
            # Everything is in already: start again from nothing so the next kill hits real work.
            shutil.rmtree(Path(os.path.realpath(index_dir)))
            if index_dir.is_symlink():
                index_dir.unlink()
        before = index_contents(index_dir)
        process = subprocess.Popen(
            indexer_command(folder, index_dir, *(["--rebuild"] if rebuild else [])),
            env=indexer_env(commit_every=rng.choice((1, 2, 3, 5))),
            cwd=str(ROOT),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, so its orphaned parsers can be cleaned up after
        )
        try:
            time.sleep(rng.uniform(0.3, max_delay))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)  # the indexer itself only, as a crash would
                figures["kills"] += 1
                figures["rebuild_kills"] += int(rebuild)
            else:
                figures["finished_before_kill"] += 1
            process.wait(timeout=60)
            # Its parser children may still be running: the lock must be free anyway.
            assert_lock_free(index_dir)
            contents = index_contents(index_dir)  # opens, or there was no commit yet
            assert set(contents) <= files
            if rebuild and process.returncode == -signal.SIGKILL:
                assert contents == before, "a killed --rebuild changed the index in service"
            seen.append(contents)
        finally:
            kill_group(process)
            process.wait(timeout=10)
    final = subprocess.run(indexer_command(folder, index_dir), env=indexer_env(commit_every=3), cwd=str(ROOT),
                           capture_output=True, text=True, timeout=600)
    assert final.returncode == 0, final.stderr[:3000]
    completed = index_contents(index_dir)
    assert set(completed) == files, f"missing after the last build: {files - set(completed)}"
    assert_no_leftovers(index_dir, generations_pruned=False)  # half-built generations go at the next rebuild
    # A fresh, uninterrupted --rebuild is the reference for whole documents; it must also switch
    # generations cleanly and leave no half generation behind.
    again = subprocess.run(indexer_command(folder, index_dir, "--rebuild"), env=indexer_env(commit_every=50),
                           cwd=str(ROOT), capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr[:3000]
    reference = index_contents(index_dir)
    assert set(reference) == files
    expected = {doc_id: len(positions) for doc_id, positions in reference.items()}
    assert_whole_documents(reference, expected)
    assert_whole_documents(completed, expected)
    for number, contents in enumerate(seen):
        try:
            assert_whole_documents(contents, expected)
        except AssertionError as error:
            raise AssertionError(f"after kill {number + 1}: {error}") from None
    assert_no_leftovers(index_dir)
    return figures


def test_killed_builds_lose_nothing(tmp_path):
    figures = crash_and_recover(tmp_path, kills=3, parish_files=8, with_pdfs=False, max_delay=2.5,
                                seed=int(os.environ.get("CRASH_SEED", "7")), small_seeds_only=True)
    print("crash test:", figures)
    assert figures["kills"] >= 1


@pytest.mark.soak
def test_fifty_killed_builds_lose_nothing(tmp_path):
    seed = int(os.environ.get("CRASH_SEED", str(int(time.time()))))
    figures = crash_and_recover(tmp_path, kills=50, parish_files=120, with_pdfs=True, max_delay=8.0, seed=seed)
    print(f"crash soak (seed {seed}):", figures)
    assert figures["kills"] >= 40
