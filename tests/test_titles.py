"""Documents are titled by what their own text says they are, not by file names or committees."""
from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest

from indexer.model import Block, Paragraph
from indexer.pipeline import read_document
from indexer.titles import derive_title, uk_date

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# Hand labels: read from each file's opening lines by a person.
EXPECTED = {
    "seeds/001_5d340705c2828c47.txt": "Cabinet agenda pack, 26 May 2015",
    "seeds/002_448d5e8a19a2cb5e.txt": "Decision: Quarterly Corporate Performance Monitoring Report - Quarter 4 2017/18",
    "seeds/003_aec2c6e71fc47690.txt": "Performance Scrutiny Committee agenda and minutes, 16 March 2017",
    "seeds/004_a98b7ef0c72b83a0.txt": "Children's Services - Ofsted: Review of Performance Related Information",
    "kent/Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf": "Cabinet minutes, 30 January 2025",
    "kent/24-00096 - PRoD.pdf": "Proposed record of decision: Commissioning Plan for Education Provision in Kent 2025-29",
}


@cache
def _title(relpath: str) -> str:
    return read_document(str(CORPUS / relpath), str(CORPUS)).title or ""


@pytest.mark.parametrize("relpath", sorted(EXPECTED))
def test_sample_documents_are_titled_by_their_own_text(relpath):
    assert _title(relpath) == EXPECTED[relpath]


def test_no_sample_document_is_titled_by_a_hashed_file_name():
    for path in sorted((CORPUS / "seeds").glob("*.txt")):
        title = _title(path.relative_to(CORPUS).as_posix())
        assert path.stem.split("_")[-1] not in title, title


def test_a_machine_made_file_name_gives_way_to_the_meeting():
    paragraphs = [Paragraph("The budget was agreed.", kind="minutes")]
    title = derive_title([Block("The budget was agreed.")], paragraphs, "Planning Committee", date(2024, 3, 5), "007_0123456789abcdef")
    assert title == "Planning Committee minutes, 5 March 2024"


def test_a_file_name_a_person_chose_is_kept_when_the_text_says_nothing():
    title = derive_title([Block("Some text.")], [Paragraph("Some text.")], None, None, "Library review 2024")
    assert title == "Library review 2024"


def test_a_notice_of_meeting_without_reports_is_an_agenda():
    blocks = [Block("Notice of a Meeting of the Cabinet"), Block("1. Apologies")]
    title = derive_title(blocks, [Paragraph("Apologies", kind="agenda")], "Cabinet", date(2015, 5, 26), "x")
    assert title == "Cabinet agenda, 26 May 2015"


def test_dates_are_written_day_month_year():
    assert uk_date(date(2025, 1, 3)) == "3 January 2025"
