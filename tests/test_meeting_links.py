"""A standalone report or appendix takes its item, and the meeting, from the agenda it was published with."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import shared_corpus
from engine.reader import IndexReader
from indexer.build import build
from indexer.pipeline import document_id

AGENDA = """Example District Council

Planning Committee - Tuesday, 3 March 2020 7.00 pm

AGENDA

Members of the public are welcome to attend this meeting.

1. Apologies for Absence

3. Local Plan Review Consultation Response (Pages 5 - 20)

4. Budget Monitoring Report Quarter 3 (Pages 21 - 30)

5. Street Trading Policy (Pages 31 - 40)
"""

REPORT = """Example District Council

To: Planning Committee – 3 March 2020

Subject: Budget Monitoring Report Quarter 3

Report by the Chief Finance Officer

The committee is asked to note the forecast overspend of the waste service this year.
"""

APPENDIX = """Appendix 2 to Agenda Item No. 3

Consultation responses received

Forty two residents wrote in support of the new housing allocation near the station.
"""

UNLISTED = """To: Planning Committee – 3 March 2020

Subject: Review of Allotment Rents

Report by the Head of Property

Rents for allotment plots have not changed since 2012.
"""


def _write(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def _paragraphs(index_dir: Path, relpath: str) -> list[dict]:
    found = IndexReader(index_dir).document(document_id(relpath))
    assert found is not None, relpath
    return found[1]


def test_report_and_appendix_take_item_from_agenda_in_same_folder(tmp_path):
    _write(tmp_path / "docs" / "meeting", {"agenda.txt": AGENDA, "budget.txt": REPORT, "appendix.txt": APPENDIX, "allotments.txt": UNLISTED})
    report = build([str(tmp_path / "docs")], str(tmp_path / "index"), isolated=False)
    assert not report.failed
    budget = _paragraphs(tmp_path / "index", "meeting/budget.txt")
    assert {(p.get("item_number"), p.get("item_title")) for p in budget} == {("4", "Budget Monitoring Report Quarter 3")}
    appendix = _paragraphs(tmp_path / "index", "meeting/appendix.txt")
    assert {(p.get("item_number"), p.get("item_title")) for p in appendix} == {("3", "Local Plan Review Consultation Response")}
    # The appendix states no meeting: it takes the agenda's.
    assert {(p.get("date"), p.get("committee"), p.get("council")) for p in appendix} == {("2020-03-03", "Planning Committee", "Example District Council")}
    # A report to the same meeting on a subject the agenda does not list is not guessed.
    assert all(p.get("item_number") is None for p in _paragraphs(tmp_path / "index", "meeting/allotments.txt"))


def test_report_added_in_a_later_build_is_linked(tmp_path):
    _write(tmp_path / "docs" / "meeting", {"agenda.txt": AGENDA})
    build([str(tmp_path / "docs")], str(tmp_path / "index"), isolated=False)
    _write(tmp_path / "docs" / "meeting", {"budget.txt": REPORT})
    report = build([str(tmp_path / "docs")], str(tmp_path / "index"), isolated=False)
    assert report.indexed == 1 and report.unchanged == 1
    assert {p.get("item_number") for p in _paragraphs(tmp_path / "index", "meeting/budget.txt")} == {"4"}


def test_agenda_added_later_links_report_already_indexed(tmp_path):
    _write(tmp_path / "docs" / "meeting", {"appendix.txt": APPENDIX})
    build([str(tmp_path / "docs")], str(tmp_path / "index"), isolated=False)
    assert {p.get("item_number") for p in _paragraphs(tmp_path / "index", "meeting/appendix.txt")} == {None}
    _write(tmp_path / "docs" / "meeting", {"agenda.txt": AGENDA})
    report = build([str(tmp_path / "docs")], str(tmp_path / "index"), isolated=False)
    assert report.unchanged == 1 and report.relinked == 1
    appendix = _paragraphs(tmp_path / "index", "meeting/appendix.txt")
    assert {p.get("item_number") for p in appendix} == {"3"}
    assert [p["text"] for p in appendix] == ["Consultation responses received", "Forty two residents wrote in support of the new housing allocation near the station."]


def test_removing_the_agenda_unlinks_and_restores_the_reports_own_values(tmp_path):
    _write(tmp_path / "docs" / "meeting", {"agenda.txt": AGENDA, "appendix.txt": APPENDIX})
    build([str(tmp_path / "docs")], str(tmp_path / "index"), isolated=False)
    (tmp_path / "docs" / "meeting" / "agenda.txt").unlink()
    build([str(tmp_path / "docs")], str(tmp_path / "index"), prune=True, isolated=False)
    appendix = _paragraphs(tmp_path / "index", "meeting/appendix.txt")
    assert {(p.get("item_number"), p.get("date"), p.get("committee")) for p in appendix} == {(None, None, None)}


def test_sidecar_date_of_another_meeting_wins_and_blocks_the_link(tmp_path):
    _write(tmp_path / "docs" / "meeting", {"agenda.txt": AGENDA, "budget.txt": REPORT})
    (tmp_path / "docs" / "meeting" / "budget.meta.json").write_text(json.dumps({"date": "2020-04-07"}))
    build([str(tmp_path / "docs")], str(tmp_path / "index"), isolated=False)
    budget = _paragraphs(tmp_path / "index", "meeting/budget.txt")
    assert {(p.get("item_number"), p.get("date")) for p in budget} == {(None, "2020-04-07")}


def test_two_meetings_in_one_folder_leave_an_undated_report_unlinked(tmp_path):
    second = AGENDA.replace("Tuesday, 3 March 2020", "Tuesday, 7 April 2020")
    undated = REPORT.replace("To: Planning Committee – 3 March 2020\n", "")
    _write(tmp_path / "docs", {"march.txt": AGENDA, "april.txt": second, "budget.txt": undated})
    build([str(tmp_path / "docs")], str(tmp_path / "index"), isolated=False)
    assert {p.get("item_number") for p in _paragraphs(tmp_path / "index", "budget.txt")} == {None}


def test_build_stopped_before_its_end_still_links_what_it_committed(tmp_path, monkeypatch):
    _write(tmp_path / "docs" / "meeting", {"agenda.txt": AGENDA, "budget.txt": REPORT})
    monkeypatch.setenv("INDEXER_COMMIT_EVERY", "1")
    import indexer.build

    def stopped(session, cards):
        raise KeyboardInterrupt

    monkeypatch.setattr(indexer.build, "relink", stopped)
    try:
        build([str(tmp_path / "docs")], str(tmp_path / "index"), isolated=False)
    except KeyboardInterrupt:
        pass
    monkeypatch.undo()
    report = build([str(tmp_path / "docs")], str(tmp_path / "index"), isolated=False)
    assert report.unchanged >= 1  # committed by the stopped build, not parsed again
    assert {p.get("item_number") for p in _paragraphs(tmp_path / "index", "meeting/budget.txt")} == {"4"}


def test_kent_meeting_links_agree_with_hand_labels(tmp_path):
    folder = shared_corpus() / "kent" / "full_council" / "2025-01-09" / "originals"
    labels = [json.loads(line) for line in (Path(__file__).parent / "data" / "meeting_links_kent.jsonl").read_text().splitlines()]
    labels = [label for label in labels if label["file"].startswith("full_council/2025-01-09/originals/")]
    report = build([str(folder)], str(tmp_path / "index"), workers=2)
    assert not report.failed
    linked = 0
    for label in labels:
        name = Path(label["file"]).name
        numbers = {p.get("item_number") for p in _paragraphs(tmp_path / "index", name)}
        assert len(numbers) == 1, (name, numbers)
        found = numbers.pop()
        if found is not None:  # a link made is the labelled item; a missing one is counted by scripts/eval_meeting_links.py
            assert found == label["item_number"], name
            linked += 1
    assert linked >= 1  # the County Council report on the White Paper names item 3's title


def test_appendix_file_takes_the_item_of_the_report_that_lists_it(tmp_path):
    report = REPORT + "\nAppendix A sets out the forecast overspend by service.\n"
    forecast = "Appendix A – Forecast overspend by service\n\nWaste collection is forecast to overspend by a large margin.\n"
    unnamed = "Appendix C – Staffing structure\n\nThe service employs forty officers across two depots.\n"
    _write(tmp_path / "docs" / "meeting", {"agenda.txt": AGENDA, "budget.txt": report, "forecast.txt": forecast, "staffing.txt": unnamed})
    build([str(tmp_path / "docs")], str(tmp_path / "index"), isolated=False)
    assert {p.get("item_number") for p in _paragraphs(tmp_path / "index", "meeting/forecast.txt")} == {"4"}
    assert {p.get("item_number") for p in _paragraphs(tmp_path / "index", "meeting/staffing.txt")} == {None}
