"""/coverage and /api/coverage: what the index holds per council, the files that failed; and the zero-result note."""
from __future__ import annotations

import time

import pytest

from alerts_helpers import write_doc
from conftest import _testing_app
from indexer.build import build

NORTH = "Northshire County Council"
SOUTH = "Southbury District Council"


@pytest.fixture(scope="module")
def covered(tmp_path_factory):
    docs = tmp_path_factory.mktemp("coverage-docs")
    write_doc(docs, "n1", ["Bus routes were reviewed.", "The depot lease was renewed.", "Fares will rise."], council=NORTH, committee="Cabinet", date="2023-02-01")
    write_doc(docs, "n2", ["Grit bins were ordered."], council=NORTH, committee="Highways Committee", date="2024-11-30")
    write_doc(docs, "s1", ["The market charter was read.", "Stall fees were set."], council=SOUTH, committee="Council", date="2022-07-14")
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    index_dir = tmp_path_factory.mktemp("coverage-index") / "index"
    started = time.time()
    report = build([str(docs)], str(index_dir))
    assert [path.rsplit("/", 1)[-1] for path, _ in report.failed] == ["broken.pdf"]
    return _testing_app(index_dir).test_client(), started


def test_api_coverage_counts_each_councils_documents_paragraphs_dates_and_committees(covered):
    client, started = covered
    data = client.get("/api/coverage").get_json()
    by_council = {entry["council"]: entry for entry in data["councils"]}
    assert set(by_council) == {NORTH, SOUTH}
    north, south = by_council[NORTH], by_council[SOUTH]
    assert (north["documents"], north["paragraphs"]) == (2, 4)
    assert (south["documents"], south["paragraphs"]) == (1, 2)
    assert (north["first_meeting"], north["last_meeting"]) == ("2023-02-01", "2024-11-30")
    assert (south["first_meeting"], south["last_meeting"]) == ("2022-07-14", "2022-07-14")
    assert north["committees"] == ["Cabinet", "Highways Committee"] and south["committees"] == ["Council"]
    assert (data["documents"], data["paragraphs"]) == (3, 6)
    from datetime import datetime

    indexed = datetime.fromisoformat(north["last_indexed"]).timestamp()
    assert started - 1 <= indexed <= time.time() + 1


def test_coverage_lists_the_files_that_failed_with_their_reasons(covered):
    client, _ = covered
    [failed] = client.get("/api/coverage").get_json()["failed_files"]
    assert failed["file"] == "broken.pdf" and failed["reason"] and failed["failed_at"]
    page = client.get("/coverage")
    assert page.status_code == 200
    assert "broken.pdf" in page.text and failed["reason"] in page.text.replace("&#39;", "'").replace("&quot;", '"')
    assert NORTH in page.text and "Highways Committee" in page.text


def test_a_search_with_no_results_says_which_councils_and_dates_were_searched(covered):
    client, _ = covered
    page = client.get("/?q=zeppelin")
    assert "Searched 2 councils" in page.text and NORTH in page.text and SOUTH in page.text
    assert "from 2022-07-14 to 2024-11-30" in page.text
    narrowed = client.get(f"/?q=zeppelin&council={SOUTH}&council=Westshire%20Council&from=2020-01-01")
    assert "Searched 1 council (" + SOUTH + ")" in narrowed.text
    assert "from 2020-01-01 to 2022-07-14" in narrowed.text
    assert "Not in this index: Westshire Council" in narrowed.text
    assert 'class="searched"' not in client.get("/?q=fares").text, "only a page with no results carries the note"


def test_api_coverage_answers_as_the_openapi_document_says(covered):
    from test_openapi import check

    client, _ = covered
    spec = client.get("/api/openapi.json").get_json()
    check(client.get("/api/coverage").get_json(), spec["paths"]["/api/coverage"]["get"]["responses"]["200"]["content"]["application/json"]["schema"])
