"""Item pages: one agenda item followed across its papers, and the meetings where the same matter came back.

Small hand-made papers for the rules (a shared case reference, a deferral named in a title, a
look-alike title that must not be linked, another council's same reference, paragraphs with no
item); real Kent papers for what a reader checked by hand in the PDFs.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from conftest import shared_corpus
from indexer.build import build
from indexer.pipeline import document_id
from search_service import create_app

MARCH = """Example District Council

Planning Committee - Tuesday, 3 March 2020 7.00 pm

AGENDA

1. Apologies for Absence

2. 20/01234/FUL - Land at Mill Lane, Erection of Twelve Dwellings (Pages 5 - 20)

3. Review of Allotment Rents and Charges (Pages 21 - 30)

4. Budget Monitoring Report Quarter 3 (Pages 31 - 40)
"""

ALLOTMENTS_REPORT = """Example District Council

To: Planning Committee – 3 March 2020

Subject: Review of Allotment Rents and Charges

Report by the Head of Property

Rents for allotment plots have not changed since 2012 and no longer cover the cost of water.

The committee is asked to agree a rise of two per cent from October.
"""

APRIL = """Example District Council

Planning Committee - Tuesday, 7 April 2020 7.00 pm

AGENDA

1. Apologies for Absence

2. 20/01234/FUL - Land at Mill Lane, Erection of Twelve Dwellings (Pages 3 - 12)

3. Review of Allotment Rents and Charges (deferred from 3 March 2020) (Pages 13 - 20)

4. Call-in of the Budget Monitoring Report Quarter 4 (Pages 21 - 30)

5. Street Trading Policy (Pages 31 - 40)
"""

APRIL_MINUTES = """EXAMPLE DISTRICT COUNCIL

MINUTES of a meeting of the Planning Committee held on Tuesday, 7 April 2020.

PRESENT: Councillor A Smith (Chairman), Councillor B Jones

The Chairman welcomed the public gallery, which was full for the first time this year.
"""

OTHER_COUNCIL = """Westbury Borough Council

Planning Committee - Tuesday, 5 May 2020 7.00 pm

AGENDA

1. Apologies for Absence

2. 20/01234/FUL - Land at Mill Lane, Erection of Twelve Dwellings (Pages 3 - 12)

3. Tree Preservation Orders (Pages 13 - 20)
"""

ITEM_LINK = re.compile(r'<a href="(?P<url>/items/[0-9a-f]{16})" class="document-item">(?P<heading>[^<]*)</a>')


def _write(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def _item_links(client, doc_id: str) -> dict[str, str]:
    """Item as the document page lists it ("7 24/00109 - Transfer ...") -> its item page, as a reader follows them."""
    page = client.get(f"/documents/{doc_id}")
    assert page.status_code == 200
    return {" ".join(html.unescape(m.group("heading")).split()): m.group("url") for m in ITEM_LINK.finditer(page.get_data(as_text=True))}


def _api(client, url: str) -> dict:
    answer = client.get("/api" + url)
    assert answer.status_code == 200, answer.get_data(as_text=True)
    return answer.get_json()


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    root = tmp_path_factory.mktemp("items")
    docs = root / "docs"
    _write(docs / "2020-03-03", {"agenda.txt": MARCH, "allotments.txt": ALLOTMENTS_REPORT})
    _write(docs / "2020-04-07", {"agenda.txt": APRIL, "minutes.txt": APRIL_MINUTES})
    _write(docs / "other", {"agenda.txt": OTHER_COUNCIL})
    report = build([str(docs)], str(root / "index"), isolated=False)
    assert not report.failed, report.failed
    app = create_app({"INDEX_DIR": str(root / "index")})
    app.config["TESTING"] = True
    return app.test_client()


def _meetings(entries: list[dict]) -> list[tuple[str, str]]:
    return [(entry["date"], entry["number"]) for entry in entries]


def test_a_shared_case_reference_links_two_meetings_of_one_council_only(made):
    march = _item_links(made, document_id("2020-03-03/agenda.txt"))
    april = _item_links(made, document_id("2020-04-07/agenda.txt"))
    other = _item_links(made, document_id("other/agenda.txt"))
    heading = "2 20/01234/FUL - Land at Mill Lane, Erection of Twelve Dwellings"
    first, second = _api(made, march[heading]), _api(made, april[heading])
    assert _meetings(first["later"]) == [("2020-04-07", "2")] and first["earlier"] == []
    assert _meetings(second["earlier"]) == [("2020-03-03", "2")] and second["later"] == []
    assert "20/01234/FUL" in first["later"][0]["why"]
    # The same number at another council is another matter.
    elsewhere = _api(made, other[heading])
    assert elsewhere["council"] == "Westbury Borough Council"
    assert elsewhere["earlier"] == [] and elsewhere["later"] == []


def test_a_deferred_item_is_linked_to_the_meeting_that_deferred_it(made):
    march = _item_links(made, document_id("2020-03-03/agenda.txt"))
    april = _item_links(made, document_id("2020-04-07/agenda.txt"))
    later = _api(made, april["3 Review of Allotment Rents and Charges (deferred from 3 March 2020)"])
    assert _meetings(later["earlier"]) == [("2020-03-03", "3")]
    assert _api(made, march["3 Review of Allotment Rents and Charges"])["later"][0]["url"] == later["url"]
    page = made.get(later["url"]).get_data(as_text=True)
    assert "The life of this matter" in page and "Planning Committee, 3 March 2020, item 3" in page


def test_look_alike_titles_of_other_matters_are_not_linked(made):
    march = _item_links(made, document_id("2020-03-03/agenda.txt"))
    april = _item_links(made, document_id("2020-04-07/agenda.txt"))
    # A call-in of the quarter 4 report is not the quarter 3 report, however alike the words.
    assert _api(made, april["4 Call-in of the Budget Monitoring Report Quarter 4"])["earlier"] == []
    assert _api(made, march["4 Budget Monitoring Report Quarter 3"])["later"] == []
    # Recurring business with no mark of a return is not one matter.
    assert _api(made, april["1 Apologies for Absence"])["earlier"] == []
    assert "The life of this matter" not in made.get(april["5 Street Trading Policy"]).get_data(as_text=True)


def test_a_linked_report_is_gathered_with_its_paragraphs_anchored(made):
    march = _item_links(made, document_id("2020-03-03/agenda.txt"))
    item = _api(made, march["3 Review of Allotment Rents and Charges"])
    sections = {s["role"]: s["parts"] for s in item["sections"]}
    assert [s["role"] for s in item["sections"]] == ["agenda", "report", "appendix", "minutes", "decision"]
    assert [p["document_id"] for p in sections["agenda"]] == [document_id("2020-03-03/agenda.txt")]
    report_id = document_id("2020-03-03/allotments.txt")
    assert [p["document_id"] for p in sections["report"]] == [report_id]
    texts = {p["text"] for p in sections["report"][0]["paragraphs"]}
    assert "Rents for allotment plots have not changed since 2012 and no longer cover the cost of water." in texts
    for shown in sections["report"][0]["paragraphs"]:
        # Each link opens the document at that very paragraph.
        assert shown["url"].endswith("#" + shown["id"])
        assert _api(made, f"/paragraphs/{shown['id']}")["text"] == shown["text"]
    assert sections["minutes"] == [] and sections["decision"] == []


def test_paragraphs_without_an_item_link_to_no_item_page(made):
    minutes = made.get(f"/documents/{document_id('2020-04-07/minutes.txt')}").get_data(as_text=True)
    assert "public gallery" in minutes and "All papers on this item" not in minutes
    found = made.get("/?q=public+gallery").get_data(as_text=True)
    assert "public gallery" in found and "All papers on this item" not in found
    found = made.get("/?q=%22Street+Trading+Policy%22").get_data(as_text=True)
    assert "All papers on this item" in found


def test_bad_and_unknown_item_keys(made):
    bad = made.get("/api/items/not-a-key")
    assert bad.status_code == 400 and "16 hexadecimal" in bad.get_json()["error"]
    assert made.get("/api/items/0123456789abcdef").status_code == 404
    assert made.get("/items/0123456789abcdef").status_code == 404
    assert made.get("/items/..%2F..%2Fetc").status_code == 404


def test_an_index_built_before_items_says_to_rebuild(tmp_path):
    docs = tmp_path / "docs"
    _write(docs, {"agenda.txt": MARCH})
    index = tmp_path / "index"
    assert not build([str(docs)], str(index), isolated=False).failed
    (index / "items.json").unlink()  # as an index written by the version before items
    app = create_app({"INDEX_DIR": str(index)})
    app.config["TESTING"] = True
    client = app.test_client()
    answer = client.get("/api/items/0123456789abcdef")
    assert answer.status_code == 404 and "rebuild" in answer.get_json()["error"]
    page = client.get(f"/documents/{document_id('agenda.txt')}").get_data(as_text=True)
    assert "Budget Monitoring Report Quarter 3" in page and "/items/" not in page


# -- real papers: Kent County Council's Cabinet, 30 January and 4 March 2025 -----------------

KENT_FILES = [
    "2025-01-30/originals/Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.pdf",
    "2025-01-30/originals/24-00109 - Transfer the 18-25 section of the Strengthening Independence Service - Report.pdf",
    "2025-01-30/originals/24-00109 - Appendix A - PROD.pdf",
    "2025-01-30/originals/24-00109 - Appendix C - DPIA Screening Tool outcome - Transitions.pdf",
    "2025-01-30/originals/Item 7 - Supplementary - 24-00109 - Appendix B - EqIA Updated Jan 2025.pdf",
    "2025-01-30/originals/Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf",
    "2025-01-30/originals/Item 7 - Supplementary - 24-00109 - Transfer the 18-25 section of the Strengthening Independence Ser.pdf",
    "2025-03-04/originals/Agenda frontsheet 04th-Mar-2025 10.00 Cabinet.pdf",
    "2025-03-04/originals/Minutes of Previous Meeting.pdf",
    "2025-03-04/originals/Scrutiny Committee - call-in Family Hubs Report to Cabinet - FINAL.pdf",
    "2025-03-13/originals/Agenda frontsheet 13th-Mar-2025 15.00 Cabinet.pdf",
]

# The Leader's update in the minutes of 30 January says the Scrutiny Committee met on 29 January
# about the call-in; its agenda is not in the corpus, so this one is written as ModernGov prints one
# (the number printed "24-00093", as Kent's file names print it: the same reference as "24/00093").
SCRUTINY = """Kent County Council

Scrutiny Committee - Wednesday, 29 January 2025 10.00 am

AGENDA

1. Apologies and Substitutes

2. Declarations of Interest

3. Call-in of Decision 24-00093 - Future of Commissioned Services at Seashells and Millmead Family Hubs (Pages 1 - 40)

4. Work Programme (Pages 41 - 44)
"""


@pytest.fixture(scope="module")
def kent(tmp_path_factory):
    cabinet = shared_corpus() / "kent" / "cabinet"
    root = tmp_path_factory.mktemp("kent-items")
    _write(root / "made" / "scrutiny", {"2025-01-29 agenda.txt": SCRUTINY})
    paths = [str(cabinet / name) for name in KENT_FILES] + [str(root / "made")]
    report = build(paths, str(root / "index"), isolated=False)
    assert not report.failed, report.failed
    app = create_app({"INDEX_DIR": str(root / "index")})
    app.config["TESTING"] = True
    # Paths are relative to the folder all PATHs share: the filesystem's root here.
    return app.test_client(), str(cabinet).lstrip("/"), str(root / "made").lstrip("/")


def test_kent_item_24_00109_gathers_its_papers_in_order(kent):
    client, base, _ = kent
    ids = {name: document_id(f"{base}/{name}") for name in KENT_FILES}
    links = _item_links(client, ids[KENT_FILES[1]])  # the report speaks to its one item
    assert len(links) == 1
    report_page = client.get(f"/documents/{ids[KENT_FILES[1]]}").get_data(as_text=True)
    assert f'<a href="{next(iter(links.values()))}" class="item-link">' in report_page  # its item heading links there too
    item = _api(client, next(iter(links.values())))
    assert (item["council"], item["committee"], item["date"], item["number"]) == ("Kent County Council", "Cabinet", "2025-01-30", "7")
    assert item["references"] == ["24/00109"]
    sections = {s["role"]: [p["document_id"] for p in s["parts"]] for s in item["sections"]}
    # Checked by hand against the PDFs: the frontsheet lists item 7; the report; appendices B (EqIA) and C (DPIA), in
    # letter order; the supplementary report (its own "To: Cabinet - 30 January 2025", decision no 24/00109); the minute (minute 90) in the printed minutes and again in the 4 March pack; the PRoD is appendix A.
    assert sections == {
        "agenda": [ids[KENT_FILES[0]]],
        "report": [ids[KENT_FILES[1]], ids[KENT_FILES[6]]],  # the report, then its supplementary version ("Item 7 - Supplementary")
        "appendix": [ids[KENT_FILES[4]], ids[KENT_FILES[3]]],
        "minutes": [ids[KENT_FILES[5]], ids[KENT_FILES[8]]],
        "decision": [ids[KENT_FILES[2]]],
    }
    minutes = next(s for s in item["sections"] if s["role"] == "minutes")["parts"]
    assert minutes[0]["printed_with"] is None
    assert minutes[1]["printed_with"]["text"] == "Cabinet, 4 March 2025, item 3"
    for part in minutes:
        texts = [p["text"] for p in part["paragraphs"]]
        # Minute 90 opens with who attended for the item and ends with the resolution.
        assert texts[0].startswith("Sarah Hammond (Corporate Director")
        assert texts[-1].startswith("RESOLVED that Cabinet agree to transfer the statutory functions")
        assert part["resolutions"] == [part["paragraphs"][-1]["id"]]
        assert all("Integrated Care Strategy" not in text for text in texts)  # minute 91 is the next item's
    # The resolution, as the meeting's own printed minutes record it.
    assert [r["id"] for r in item["resolutions"]] == [minutes[0]["paragraphs"][-1]["id"]]
    assert item["resolutions"][0]["text"].startswith("RESOLVED that Cabinet agree to transfer")
    report = next(s for s in item["sections"] if s["role"] == "report")["parts"][0]
    assert report["paragraph_count"] == len(client.get(f"/api/documents/{ids[KENT_FILES[1]]}").get_json()["paragraphs"])
    page = client.get(item["url"]).get_data(as_text=True)
    order = [page.index(f'id="section-{role}"') for role in ("agenda", "report", "appendix", "minutes", "decision")]
    assert order == sorted(order)
    assert item["earlier"] == [] and item["later"] == []  # no other meeting in these papers takes up 24/00109
    # The supplementary report's numbered sections ("1. Introduction") are not the agenda's items.
    apologies = _api(client, _item_links(client, ids[KENT_FILES[0]])["1 Apologies"])
    assert {s["role"]: [p["document_id"] for p in s["parts"]] for s in apologies["sections"]}["report"] == []


def test_kent_call_in_links_scrutiny_to_the_cabinet_reconsideration(kent):
    client, base, made = kent
    cabinet = _item_links(client, document_id(f"{base}/{KENT_FILES[7]}"))
    reconsideration = _api(client, cabinet["7 Cabinet Reconsideration of Decision 24/00093 - Future of Commissioned Services at Seashells and Millmead Family Hubs"])
    assert [(e["committee"], e["date"], e["number"]) for e in reconsideration["earlier"]] == [("Scrutiny Committee", "2025-01-29", "3")]
    assert "24/00093" in reconsideration["earlier"][0]["why"]
    scrutiny = _api(client, reconsideration["earlier"][0]["url"])
    # Read by hand: the 13 March frontsheet's item 3 is "Consideration of Decision 24/00093 (if required)".
    assert [(e["committee"], e["date"], e["number"]) for e in scrutiny["later"]] == [("Cabinet", "2025-03-04", "7"), ("Cabinet", "2025-03-13", "3")]
    # The call-in report ("By: ..., Scrutiny Research Officer" / "To: Cabinet - 4 March 2025") is item 7's report.
    reports = next(s for s in reconsideration["sections"] if s["role"] == "report")["parts"]
    assert [p["document_id"] for p in reports] == [document_id(f"{base}/{KENT_FILES[9]}")]
    call_in = client.get(f"/api/documents/{document_id(f'{base}/{KENT_FILES[9]}')}").get_json()
    # Its committee is the "To:" line's, not the author's post; it names Swale Borough Council once in its body,
    # which is not its council (none of these papers prints one for the 4 March meeting: left empty).
    assert {(p["committee"], p["council"]) for p in call_in["paragraphs"]} == {("Cabinet", None)}
    # Business that recurs at every meeting is not one matter.
    assert _api(client, cabinet["4 Cabinet Member Updates"])["earlier"] == []
    minutes_item = _api(client, cabinet["3 Minutes of the Meeting held on 30 January 2025"])
    assert minutes_item["earlier"] == []
    # The item that approves the minutes of 30 January lists them as printed in its papers.
    approved = next(s for s in minutes_item["sections"] if s["role"] == "minutes")["parts"]
    assert [p["document_id"] for p in approved] == [document_id(f"{base}/{KENT_FILES[8]}")]


def test_item_answers_match_the_openapi_schema(made):
    from test_openapi import check

    spec = made.get("/api/openapi.json").get_json()
    schema = spec["paths"]["/api/items/{key}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    april = _item_links(made, document_id("2020-04-07/agenda.txt"))
    march = _item_links(made, document_id("2020-03-03/agenda.txt"))
    for url in (april["3 Review of Allotment Rents and Charges (deferred from 3 March 2020)"], march["3 Review of Allotment Rents and Charges"]):
        check(_api(made, url), schema)


def _card(council, committee, date, runs, kind="minutes"):
    """A document's notes as the indexer keeps them: its meeting and its paragraphs' items as runs."""
    items = sorted({(number, title) for _, _, number, title in runs}, key=str)
    return {"card": {"folder": "/papers", "name": "minutes", "title": "Minutes", "council": council, "committee": committee, "date": date,
                     "kind": kind, "agenda": [], "standalone": False, "paragraphs": max(last for _, last, _, _ in runs) + 1,
                     "items": {"meetings": [[council, committee, date]], "items": [list(i) for i in items],
                               "runs": [[first, last, 0, items.index((number, title)), kind] for first, last, number, title in runs]}},
            "link": None}


def test_items_without_a_number_or_a_date():
    from indexer.items import build_items

    notes = {
        # Minutes whose items carry a title and no number; a paragraph before the first item has neither.
        "may": _card("Wereham Parish Council", "Parish Council", "2020-05-05", [(0, 0, None, None), (1, 2, None, "Village hall roof"), (3, 3, None, "Allotment rents")]),
        "june": _card("Wereham Parish Council", "Parish Council", "2020-06-02", [(0, 1, None, "Village hall roof")]),
        # A meeting with no date makes no item.
        "undated": _card("Wereham Parish Council", "Parish Council", None, [(0, 4, "5", "Allotment rents")]),
    }
    built = build_items(notes)
    found = sorted((item["date"], item["number"], item["title"]) for item in built["items"].values())
    assert found == [("2020-05-05", None, "Allotment rents"), ("2020-05-05", None, "Village hall roof"), ("2020-06-02", None, "Village hall roof")]
    # The same title at two meetings, with no reference and no mark of a return, is not one matter.
    assert all(len(item["life"]) == 1 for item in built["items"].values())
    # Paragraph 0 of May's minutes belongs to no item; paragraphs 1-2 to the roof, 3 to the rents.
    runs = {(first, last): built["items"][key]["title"] for first, last, key in built["documents"]["may"]}
    assert runs == {(1, 2): "Village hall roof", (3, 3): "Allotment rents"}
    assert "undated" not in built["documents"]


def test_a_later_build_links_a_new_meeting_to_one_indexed_before(tmp_path):
    docs = tmp_path / "docs"
    _write(docs / "2020-03-03", {"agenda.txt": MARCH})
    index = str(tmp_path / "index")
    assert not build([str(docs)], index, isolated=False).failed
    app = create_app({"INDEX_DIR": index})
    app.config["TESTING"] = True
    client = app.test_client()
    march = _item_links(client, document_id("2020-03-03/agenda.txt"))
    heading = "2 20/01234/FUL - Land at Mill Lane, Erection of Twelve Dwellings"
    assert _api(client, march[heading])["later"] == []
    _write(docs / "2020-04-07", {"agenda.txt": APRIL})  # the next meeting's papers arrive
    assert not build([str(docs)], index, isolated=False).failed
    assert _meetings(_api(client, march[heading])["later"]) == [("2020-04-07", "2")]  # the running site sees it
    (docs / "2020-04-07" / "agenda.txt").unlink()
    assert not build([str(docs)], index, isolated=False, prune=True).failed
    assert _api(client, march[heading])["later"] == []


CABINET_JUNE = """Example District Council

Cabinet - Tuesday, 2 June 2020 7.00 pm

AGENDA

1. Apologies for Absence

2. Leisure Centre Management Contract (Pages 3 - 12)

3. Car Parking Charges Review (Pages 13 - 20)
"""

LEISURE_REPORT = """Example District Council

To: Cabinet – 2 June 2020

Subject: Leisure Centre Management Contract

Decision No: 20/00456

The current contract for the management of the leisure centre ends next March, and the council's own earlier decision 19/00321 on swimming lessons is unaffected by this choice of operator.

Cabinet is asked to award the contract to the preferred bidder.
"""

SCRUTINY_JULY = """Example District Council

Overview and Scrutiny Committee - Tuesday, 7 July 2020 7.00 pm

AGENDA

1. Apologies for Absence

2. 20/00456 Leisure Centre Management Contract (Pages 3 - 12)

3. 19/00321 Swimming Lessons Pricing (Pages 13 - 20)
"""


def test_a_reference_in_a_reports_heading_lines_links_meetings_and_one_in_its_prose_does_not(tmp_path):
    docs = tmp_path / "docs"
    _write(docs / "cabinet", {"agenda.txt": CABINET_JUNE, "leisure.txt": LEISURE_REPORT})
    _write(docs / "scrutiny", {"agenda.txt": SCRUTINY_JULY})
    index = str(tmp_path / "index")
    assert not build([str(docs)], index, isolated=False).failed
    app = create_app({"INDEX_DIR": index})
    app.config["TESTING"] = True
    client = app.test_client()
    cabinet = _item_links(client, document_id("cabinet/agenda.txt"))
    scrutiny = _item_links(client, document_id("scrutiny/agenda.txt"))
    leisure = _api(client, cabinet["2 Leisure Centre Management Contract"])
    # The report for the item is headed "Decision No: 20/00456", which the scrutiny agenda names.
    assert [p["document_id"] for s in leisure["sections"] if s["role"] == "report" for p in s["parts"]] == [document_id("cabinet/leisure.txt")]
    assert leisure["references"] == ["20/00456"]
    assert [(e["committee"], e["date"], e["number"]) for e in leisure["later"]] == [("Overview and Scrutiny Committee", "2020-07-07", "2")]
    # 19/00321 is only mentioned in the report's prose: the swimming item is another matter.
    assert _api(client, scrutiny["3 19/00321 Swimming Lessons Pricing"])["earlier"] == []
