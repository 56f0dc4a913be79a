"""`indexer explain FILE`: what a person reads in the document, with the line behind each finding."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from indexer.loaders import load
from indexer.structure import find_structure
from indexer.walk import WalkRecorder

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "seeds" / "003_aec2c6e71fc47690.txt"  # Oxfordshire Performance Scrutiny Committee, 16 March 2017
# Read off the page by hand: each minute number printed alone, its title on the next line.
SEED_ITEMS = [
    ("13/17", "Apologies for Absence and Temporary Appointments"),
    ("14/17", "Declarations of Interest - Guidance note on back page of the agenda"),
    ("15/17", "Minutes"),
    ("16/17", "Business Management and Monitoring Report Quarter 3 2016/17"),
    ("17/17", "Draft Scrutiny Annual Report"),
    ("18/17", "Children's services"),
    ("19/17", "Children Missing from Home and Care in Oxfordshire"),
    ("20/17", "Overview of OCC Response to Serious Case Reviews"),
    ("21/17", "Exempt Information"),
    ("22/17", "Safeguarding Children - the Corporate Parenting Panel"),
]


def _explain(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "indexer", "explain", *args], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_explain_shows_meeting_and_items_a_reader_sees():
    result = _explain(str(SEED))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Council: Oxfordshire County Council" in out
    assert "Committee: Performance Scrutiny Committee" in out
    assert "Date: 2017-03-16" in out
    # The date's evidence is the heading line that states it.
    assert "'Performance Scrutiny Committee - Thursday, 16 March 2017 10.00 am'" in out
    for number, title in SEED_ITEMS:
        assert f"  {number}. {title}  [" in out


def test_explain_json_parses_and_names_evidence():
    result = _explain(str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["date"]["value"] == "2017-03-16"
    assert report["date"]["text"].startswith("Performance Scrutiny Committee - Thursday, 16 March 2017")
    assert [(item["number"], item["title"]) for item in report["items"]] == SEED_ITEMS
    assert all(item["text"].startswith(item["title"][:20]) for item in report["items"])  # the heading line that started it
    dyson = [who for p in report["paragraphs"] for who in p.get("speaker_evidence", []) if who["name"] == "Dyson"]
    assert dyson and "Mr Dyson responded" in dyson[0]["matched"]
    assert {p["kind"] for p in report["paragraphs"]} <= {"agenda", "report", "minutes", "decision", "other"}


def test_explain_broken_file_is_a_clear_error_with_status_3(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    result = _explain(str(broken))
    assert result.returncode == 3
    assert "cannot read" in result.stderr and "broken.pdf" in result.stderr
    assert result.stdout == ""


def test_explain_of_a_folder_or_missing_file_is_a_usage_error(tmp_path):
    assert _explain(str(tmp_path)).returncode == 2
    assert _explain(str(tmp_path / "missing.pdf")).returncode == 2


def test_tracing_the_walk_changes_nothing():
    blocks = load(str(SEED)).blocks
    plain = find_structure(blocks)
    traced = find_structure(blocks, trace=WalkRecorder())
    assert plain == traced
