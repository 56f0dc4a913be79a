"""The indexer against hostile folders made here: colliding names, links, special files, odd names,
an index inside the documents, remembered failures, oversized files and leftovers of killed rebuilds."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from indexer.build import build, find_sources
from indexer.failures import FAILURES_FILE
from engine.format import MARKER_FILE
from engine.writer import index_stats

ROOT = Path(__file__).resolve().parents[1]
SECRET_WORD = "zqxsecretpassword"


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "indexer", *args], cwd=ROOT, capture_output=True, timeout=600,
                          env={**os.environ, **(env or {})})


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def search_total(index_dir: Path, word: str) -> int:
    from search_service import create_app

    app = create_app({"INDEX_DIR": str(index_dir)})
    app.config["TESTING"] = True
    return app.test_client().get(f"/api/search?q={word}&match=all").get_json()["total"]


def documents(index_dir: Path) -> int:
    return index_stats(index_dir)["documents"]


# 1. Distinct files get distinct ids.

def test_two_folders_holding_the_same_file_name_keep_both_documents(tmp_path):
    write(tmp_path / "A" / "minutes.md", "The council agreed the zqxalpha budget.\n")
    write(tmp_path / "B" / "minutes.md", "The parish discussed the zqxbravo road.\n")
    index_dir = tmp_path / "index"
    first = build([str(tmp_path / "A"), str(tmp_path / "B")], str(index_dir))
    again = build([str(tmp_path / "A"), str(tmp_path / "B")], str(index_dir))
    assert first.indexed == 2 and not first.failed
    assert again.indexed == 0 and again.unchanged == 2  # they no longer replace each other on every run
    assert documents(index_dir) == 2
    assert search_total(index_dir, "zqxalpha") == 1 and search_total(index_dir, "zqxbravo") == 1


def test_a_backslash_in_a_file_name_is_not_a_folder_separator(tmp_path):
    write(tmp_path / "docs" / "good" / "parish" / "X.md", "The zqxcharlie hall was repaired.\n")
    write(tmp_path / "docs" / "good\\parish\\X.md", "The zqxdelta pond was cleared.\n")
    index_dir = tmp_path / "index"
    report = build([str(tmp_path / "docs")], str(index_dir))
    assert report.indexed == 2 and documents(index_dir) == 2
    assert len({s.document_id for s in find_sources([str(tmp_path / "docs")])}) == 2


def test_single_folder_ids_stay_the_hash_of_the_relative_path(tmp_path):
    write(tmp_path / "docs" / "cabinet" / "2025 minutes.md", "Text.\n")
    [source] = find_sources([str(tmp_path / "docs")])
    assert source.document_id == hashlib.sha1(b"cabinet/2025 minutes.md").hexdigest()[:16]


def test_a_folder_indexed_later_with_the_same_relative_path_gets_its_folder_name_and_a_warning(tmp_path):
    write(tmp_path / "A" / "minutes.md", "The council agreed the zqxecho budget.\n")
    write(tmp_path / "B" / "minutes.md", "The parish discussed the zqxfoxtrot road.\n")
    index_dir = tmp_path / "index"
    build([str(tmp_path / "A")], str(index_dir))
    result = run_cli("build", str(tmp_path / "B"), "--index", str(index_dir))
    assert result.returncode == 0, result.stderr
    assert b"WARNING" in result.stderr and str(tmp_path / "A" / "minutes.md").encode() in result.stderr
    assert search_total(index_dir, "zqxecho") == 1 and search_total(index_dir, "zqxfoxtrot") == 1  # two documents
    assert documents(index_dir) == 2
    again = run_cli("build", str(tmp_path / "B"), "--index", str(index_dir))
    assert again.returncode == 0 and b"1 unchanged" in again.stdout + again.stderr  # the same id at the next build
    assert documents(index_dir) == 2


# 2. Never read outside the folders given.

def test_links_and_special_files_are_skipped_with_reasons_and_nothing_outside_is_indexed(tmp_path):
    outside = write(tmp_path / "outside" / "passwd.txt", f"root:x:0:0:{SECRET_WORD}:/root:/bin/bash\n")
    docs = tmp_path / "docs"
    write(docs / "good.md", "The zqxgolf library opens on Monday.\n")
    (docs / "passwd.txt").symlink_to(outside)
    (docs / "outside-folder").symlink_to(outside.parent, target_is_directory=True)
    (docs / "dangling.md").symlink_to(tmp_path / "missing.md")
    (docs / "loop.md").symlink_to(docs / "loop.md")
    os.mkfifo(docs / "pipe.md")
    index_dir = tmp_path / "index"
    result = run_cli("build", str(docs), "--index", str(index_dir))
    assert result.returncode == 0, result.stderr  # skips are reported, not failures
    stderr = result.stderr.decode()
    for name, reason in (("passwd.txt", "symbolic link to a file"), ("outside-folder", "symbolic link to a folder"),
                         ("dangling.md", "dangling symbolic link"), ("loop.md", "symbolic link loop"), ("pipe.md", "FIFO")):
        assert f"SKIPPED {docs / name}: " in stderr and reason in stderr, (name, stderr)
    assert "5 skipped" in result.stdout.decode()
    assert search_total(index_dir, SECRET_WORD) == 0 and search_total(index_dir, "zqxgolf") == 1


def test_a_source_pdf_replaced_by_a_link_after_indexing_is_not_served(tmp_path):
    from search_service import create_app
    from tests.hostile import simple_pdf

    outside = write(tmp_path / "outside" / "passwd", f"root:x:0:0:{SECRET_WORD}\n")
    pdf = tmp_path / "docs" / "report.pdf"
    pdf.parent.mkdir()
    pdf.write_bytes(simple_pdf("Council report on zqxhotel parking"))
    index_dir = tmp_path / "index"
    assert build([str(pdf.parent)], str(index_dir)).indexed == 1
    app = create_app({"INDEX_DIR": str(index_dir)})
    client = app.test_client()
    doc_id = client.get("/api/search?q=zqxhotel").get_json()["hits"][0]["document_id"]
    served = client.get(f"/documents/{doc_id}/source")
    assert served.status_code == 200 and served.data == pdf.read_bytes()
    served.close()
    pdf.unlink()
    pdf.symlink_to(outside)
    refused = client.get(f"/documents/{doc_id}/source")
    assert refused.status_code == 404 and SECRET_WORD.encode() not in refused.data
    pdf.unlink()
    pdf.mkdir()
    assert client.get(f"/documents/{doc_id}/source").status_code == 404


# 3. Names that are not UTF-8, hold newlines or backslashes, or are nearly as long as a name can be.

def test_odd_file_names_are_indexed_without_a_traceback(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    names = [os.fsencode(docs) + b"/caf\xe9.md", os.fsencode(docs / "new\nline.md"), os.fsencode(docs / "back\\slash.md"),
             os.fsencode(docs) + b"/" + b"n" * 252 + b".md"]
    for number, name in enumerate(names):
        with open(name, "wb") as handle:
            handle.write(f"The zqxodd{number} document is about parking.\n".encode())
    index_dir = tmp_path / "index"
    result = run_cli("build", str(docs), "--index", str(index_dir))
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr
    assert documents(index_dir) == len(names)
    assert all(search_total(index_dir, f"zqxodd{number}") == 1 for number in range(len(names)))
    again = run_cli("build", str(docs), "--index", str(index_dir))
    assert again.returncode == 0 and b"4 unchanged" in again.stdout


# 4. An index inside the documents folder.

def test_an_index_inside_the_documents_folder_is_never_indexed(tmp_path):
    docs = tmp_path / "docs"
    write(docs / "good.md", "The zqxindia bridge reopens.\n")
    other = docs / "old-index"
    write(other / MARKER_FILE, "{}")
    write(other / "notes.md", "zqxjuliet should not be found.\n")
    write(docs / "var" / "index.generations" / "1" / "notes.md", "zqxkilo should not be found.\n")
    index_dir = docs / "var" / "index"
    build([str(docs)], str(index_dir), rebuild=True)
    report = build([str(docs)], str(index_dir))
    assert report.indexed == 0 and report.unchanged == 1 and documents(index_dir) == 1
    skipped = dict(report.skipped)
    assert str(other) in skipped and str(docs / "var" / "index.generations") in skipped
    assert search_total(index_dir, "zqxjuliet") == 0 and search_total(index_dir, "zqxkilo") == 0


# 5. A failure is remembered until the file changes.

def test_a_failed_file_is_not_parsed_again_until_its_content_changes(tmp_path, monkeypatch):
    import indexer.build as build_module

    docs = tmp_path / "docs"
    write(docs / "good.md", "The zqxlima park is open.\n")
    bad = docs / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 100)
    index_dir = tmp_path / "index"
    parsed: list[str] = []
    real = build_module.read_document
    monkeypatch.setattr(build_module, "read_document", lambda path, *rest: (parsed.append(Path(path).name), real(path, *rest))[1])
    first = build([str(docs)], str(index_dir), isolated=False)
    assert [p for p, _ in first.failed] == [str(bad)]
    assert sorted(parsed) == ["bad.pdf", "good.md"]
    parsed.clear()
    second = build([str(docs)], str(index_dir), isolated=False)
    assert parsed == [] and second.failed_before == 1
    assert second.failed[0][0] == str(bad) and second.failed[0][1].startswith("failed earlier, unchanged: ")
    assert json.loads((index_dir / FAILURES_FILE).read_text())
    bad.write_bytes(b"%PDF-1.4\n" + b"\x00other garbage" * 100)
    third = build([str(docs)], str(index_dir), isolated=False)
    assert parsed == ["bad.pdf"] and third.failed_before == 0 and len(third.failed) == 1
    result = run_cli("build", str(docs), "--index", str(index_dir))
    assert result.returncode == 3 and b"failed earlier, unchanged" in result.stderr


# 6. Size limit before reading.

def test_a_file_over_the_size_limit_is_refused_by_its_size(tmp_path):
    docs = tmp_path / "docs"
    write(docs / "good.md", "The zqxmike road is closed.\n")
    with open(docs / "huge.txt", "wb") as handle:
        handle.truncate(20 * 1024 ** 3)  # sparse: 20 GB that takes no disk and would take minutes to hash
    index_dir = tmp_path / "index"
    started = time.monotonic()
    result = run_cli("build", str(docs), "--index", str(index_dir), env={"INDEXER_MAX_FILE_MB": "64"})
    assert time.monotonic() - started < 60
    assert result.returncode == 3 and b"too large" in result.stderr and b"INDEXER_MAX_FILE_MB" in result.stderr
    assert search_total(index_dir, "zqxmike") == 1


# 9. A bad date in front matter.

def test_a_bad_front_matter_date_is_ignored_with_a_warning(tmp_path):
    docs = tmp_path / "docs"
    write(docs / "notes.md", "---\ntitle: Parish notes\ndate: 2025-02-30\n---\n\nThe zqxnovember hall was painted.\n")
    index_dir = tmp_path / "index"
    result = run_cli("build", str(docs), "--index", str(index_dir))
    assert result.returncode == 0 and b"WARNING" in result.stderr and b"2025-02-30" in result.stderr
    assert search_total(index_dir, "zqxnovember") == 1


# 11. Leftovers of killed rebuilds: tests/test_engine_format.py (the engine removes them under the build lock).


# 12. PDF text is the same in every process.

def test_pdf_table_text_is_the_same_with_different_hash_seeds():
    kent = ROOT.parent / "shared" / "corpus" / "kent"
    if not kent.is_dir():
        pytest.skip("../shared/corpus/kent is not beside this checkout (needs a real PDF with tables)")
    found = sorted(kent.rglob("24-00115 - EqIA.pdf")) or sorted(kent.rglob("*.pdf"), key=lambda p: p.stat().st_size)
    script = "import sys, json; from indexer.loaders.pdf import read_pdf; print(json.dumps([b.text for b in read_pdf(sys.argv[1])[0]]))"
    outputs = [
        subprocess.run([sys.executable, "-c", script, str(found[0])], cwd=ROOT, capture_output=True, check=True, timeout=300,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3")
    ]
    assert any(" | " in text for text in json.loads(outputs[0]))  # the file has table rows to compare
    assert outputs[0] == outputs[1] == outputs[2]
