"""End to end: a folder of hostile files beside good ones. The indexer never dies, exits 3,
reports every bad file with a reason and indexes every good one; script text is not indexed."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT_WORD = "zqxscriptpayload"


def small_real_pdf() -> Path:
    fixtures = sorted((ROOT / "tests" / "fixtures").glob("*.pdf"), key=lambda p: p.stat().st_size)
    if fixtures:
        return fixtures[0]
    pytest.skip("no tests/fixtures/*.pdf to mutate")


def make_folder(folder: Path, mutants: int, huge: bool) -> tuple[set[str], set[str]]:
    """Writes the files; returns (good names, bad names)."""
    folder.mkdir()
    good, bad = set(), set()
    for seed in sorted((ROOT / "corpus" / "seeds").iterdir())[2:5]:
        (folder / seed.name).write_bytes(seed.read_bytes())
        good.add(seed.name)
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "empty.txt").write_bytes(b"")
    bad |= {"empty.pdf", "empty.txt"}
    real = (ROOT / "corpus" / "kent").glob("*.pdf")
    real_pdf = sorted(real, key=lambda p: p.stat().st_size)[0].read_bytes()
    (folder / "truncated.pdf").write_bytes(real_pdf[: len(real_pdf) // 3])
    (folder / "random.pdf").write_bytes(random.Random(1).randbytes(200_000))
    bad |= {"truncated.pdf", "random.pdf"}
    (folder / "hostile.html").write_text(
        "<html><head><title>Hostile Parish Council minutes</title>"
        f"<script>var {SCRIPT_WORD} = 1; alert('{SCRIPT_WORD}')</script></head>"
        "<body onload=\"alert('x')\"><h1>Minutes of the Hostile Parish Council</h1>"
        "<p onclick=\"steal()\">The council agreed to repair the village pump.</p>"
        f"<iframe src=\"javascript:alert(1)\">{SCRIPT_WORD}</iframe>"
        "<p>The clerk reported on the allotments <a href=\"javascript:alert(2)\">here</a>.</p>"
        f"<style>.{SCRIPT_WORD} {{ color: red }}</style></body></html>"
    )
    good.add("hostile.html")
    (folder / "cp1252.txt").write_bytes(
        "Minutes of the Caf\u00e9 Parish Council\n\nThe council agreed the \u00a3500 grant \u2013 \u201cunanimously\u201d.\n".encode("cp1252")
    )
    good.add("cp1252.txt")
    if huge:
        line = b"The council discussed the highway verges at some length and resolved to write to the county.\n\n"
        with open(folder / "huge.txt", "wb") as out:
            for _ in range((50 * 2**20) // len(line) + 1):
                out.write(line)
    if mutants:
        source = small_real_pdf().read_bytes()
        rng = random.Random(7)
        for number in range(mutants):
            data = bytearray(source)
            for _ in range(rng.randint(1, 40)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            (folder / f"mutant_{number:04d}.pdf").write_bytes(bytes(data))
    return good, bad


def run_indexer(folder: Path, index_dir: Path, timeout: float) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), INDEXER_CHILD_SECONDS=os.environ.get("INDEXER_CHILD_SECONDS", "60"))
    return subprocess.run([sys.executable, "-m", "indexer", "build", str(folder), "--index", str(index_dir), "--workers", "2"],
                          cwd=str(ROOT), env=env, capture_output=True, text=True, timeout=timeout)


def check(tmp_path: Path, mutants: int, huge: bool, timeout: float) -> None:
    folder = tmp_path / "hostile"
    good, bad = make_folder(folder, mutants, huge)
    index_dir = tmp_path / "index"
    result = run_indexer(folder, index_dir, timeout)
    assert result.returncode == 3, (result.returncode, result.stderr[-3000:])
    failed = {}
    for line in result.stderr.splitlines():
        if line.startswith("FAILED "):
            path, _, reason = line[len("FAILED "):].partition(": ")
            failed[Path(path).name] = reason
    for name in bad:
        assert name in failed, f"{name} was not reported as failed"
        assert failed[name].strip(), f"{name} failed without a reason"
    assert not (good & set(failed)), f"good files reported as failed: { {n: failed[n] for n in good & set(failed)} }"
    stats = json.loads(subprocess.run([sys.executable, "-m", "indexer", "stats", "--index", str(index_dir)], cwd=str(ROOT),
                                      capture_output=True, text=True, timeout=120, env=dict(os.environ, PYTHONPATH=str(ROOT))).stdout)
    from whoosh import index as whoosh_index
    from engine.format import INDEX_NAME
    ix = whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME)
    try:
        with ix.searcher() as searcher:
            names = {Path(f["relpath"]).name for f in searcher.documents(doc_head=True)}
            texts = [f.get("text", "") for f in searcher.all_stored_fields()]
    finally:
        ix.close()
    assert good <= names, f"good files not indexed: {good - names}"
    joined = "\n".join(texts)
    assert SCRIPT_WORD not in joined, "script, style or iframe text was indexed"
    for marker in ("<script", "javascript:", "onload=", "onclick=", "<iframe"):
        assert marker not in joined.lower(), f"{marker} reached the indexed text"
    assert "\u00a3500" in joined and "\u201cunanimously\u201d" in joined, "cp1252 text was not decoded"
    if huge:
        assert "huge.txt" in names or "huge.txt" in failed
    accounted = names | set(failed)
    everything = {p.name for p in folder.iterdir()}
    assert everything <= accounted, f"files neither indexed nor reported: {everything - accounted}"
    assert stats["documents"] == len(names)


def test_hostile_files_are_reported_and_good_files_indexed(tmp_path):
    fixtures = list((ROOT / "tests" / "fixtures").glob("*.pdf"))
    check(tmp_path, mutants=12 if fixtures else 0, huge=False, timeout=300)


@pytest.mark.soak
def test_hostile_files_soak(tmp_path):
    fixtures = list((ROOT / "tests" / "fixtures").glob("*.pdf"))
    check(tmp_path, mutants=1000 if fixtures else 0, huge=True, timeout=3600)
