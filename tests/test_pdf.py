"""PDFs: real Kent County Council documents read into whole paragraphs, with pages, labels and tables."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from indexer.loaders.pdf import read_pdf
from indexer.pipeline import read_document

KENT = Path(__file__).resolve().parents[1] / "corpus" / "kent"
MINUTES = KENT / "Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf"
PROD = KENT / "24-00096 - PRoD.pdf"
REPORT = KENT / "24-00109 - Transfer the 18-25 section of the Strengthening Independence Service - Report.pdf"


@pytest.fixture(scope="module")
def prod_blocks():
    return read_pdf(str(PROD))


def test_wrapped_lines_make_one_paragraph_with_its_printed_number(prod_blocks):
    _, pages = prod_blocks
    assert pages == 3
    document = read_document(str(PROD), str(KENT))
    paragraph = next(p for p in document.paragraphs if p.text.startswith("The County Council is the Strategic Commissioner"))
    assert paragraph.label == "1.1"
    assert paragraph.page == 1
    # The whole paragraph, across its printed lines, and spaces of justified text collapsed.
    assert "might best be met." in paragraph.text and "  " not in paragraph.text


def test_table_rows_keep_their_cells_apart(prod_blocks):
    blocks, _ = prod_blocks
    rows = [b for b in blocks if b.table_row]
    assert any(b.text == "2025-26 | 2026-27 | 2027-28 | 2028-29 | 2029-32" for b in rows)
    assert all(" | " in b.text for b in rows)


def test_headings_are_marked(prod_blocks):
    blocks, _ = prod_blocks
    headings = {b.text for b in blocks if b.heading}
    assert "Our Commissioning Intentions" in headings


def test_running_headers_page_numbers_and_hyphenation():
    blocks, pages = read_pdf(str(MINUTES))
    assert pages == 17
    texts = [b.text for b in blocks]
    assert not any(t.strip().isdigit() for t in texts)  # page numbers are not paragraphs
    assert sum(1 for t in texts if t == "KENT COUNTY COUNCIL") == 1
    assert all(b.page and 1 <= b.page <= pages for b in blocks)
    assert not any(t.endswith("-") for t in texts if len(t) > 20 and t[-2:-1].isalpha())


def test_printed_minutes_map_minute_numbers_to_item_titles():
    document = read_document(str(MINUTES), str(KENT))
    assert (document.council, document.committee, document.date) == ("Kent County Council", "Cabinet", date(2025, 1, 30))
    items = {p.item_number: p.item_title for p in document.paragraphs if p.item_number}
    assert items["84"] == "Apologies"
    assert items["87"] == "Cabinet Member Updates"
    assert items["90"].startswith("24/00109 - Transfer the 18-25 section")
    assert "(Item" not in items["90"]
    apologies = next(p for p in document.paragraphs if p.text.startswith("Apologies were received from Mrs C Bell"))
    assert (apologies.kind, apologies.page, apologies.item_number) == ("minutes", 1, "84")
    resolved = [p for p in document.paragraphs if p.kind == "decision"]
    assert resolved and all(p.item_number for p in resolved)


def test_officers_report_is_a_report_with_numbered_sections():
    document = read_document(str(REPORT), str(KENT))
    assert document.committee == "Cabinet" and document.date == date(2025, 1, 30)
    kinds = {p.kind for p in document.paragraphs}
    assert "report" in kinds and "minutes" not in kinds
    # Numbered headings inside a report are its sections, not agenda items.
    assert not any(p.item_number == "1" for p in document.paragraphs)
    assert any((p.section or "").endswith("Introduction") for p in document.paragraphs)
