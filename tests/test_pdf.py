"""PDFs: real Kent County Council documents read into whole paragraphs, with pages, labels and tables."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from indexer.loaders.pdf import _join, read_pdf
from indexer.pipeline import read_document

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINUTES = FIXTURES / "Printed minutes 09th-Jan-2025 10.00 County Council.pdf"
REPORT = FIXTURES / "Cabinet Report 4 March 2025.pdf"
STRATEGY = FIXTURES / "Appendix P - Flexible Use of Capital Receipts Strategy.pdf"


@pytest.fixture(scope="module")
def minutes():
    return read_pdf(str(MINUTES))


@pytest.fixture(scope="module")
def report():
    return read_pdf(str(REPORT))


def test_page_counts_and_every_block_has_its_page(minutes, report):
    for (blocks, pages), expected in ((minutes, 10), (report, 4)):
        assert pages == expected
        assert blocks and all(b.page and 1 <= b.page <= pages for b in blocks)


def test_a_wrapped_paragraph_comes_out_whole_on_its_page(minutes):
    blocks, _ = minutes
    opening = next(b for b in blocks if b.text.startswith("MINUTES of a meeting of the County Council"))
    assert opening.text.endswith("Maidstone on Thursday, 9 January 2025.")
    assert opening.page == 1
    # Justified text's wide spaces are one space.
    assert all("  " not in b.text for b in blocks)


def test_a_hanging_indented_resolution_is_one_paragraph(minutes):
    blocks, _ = minutes
    texts = [b.text for b in blocks]
    # Printed as "(1) Endorse ... Medway Council and" over an indented "District and Borough ...".
    assert "(1) Endorse the ongoing joint work between KCC, Medway Council and District and Borough Council Leaders to respond the English Devolution White Paper" in texts


def test_minute_numbers_and_headings(minutes):
    blocks, _ = minutes
    headings = [b.text for b in blocks if b.heading]
    assert "283. Apologies for Absence" in headings
    assert "285. English Devolution White Paper" in headings
    assert not any(b.heading for b in blocks if b.text.startswith("The Democratic Services Manager reported apologies"))


def test_printed_minutes_map_minute_numbers_to_item_titles():
    document = read_document(str(MINUTES), str(FIXTURES))
    assert (document.council, document.committee, document.date) == ("Kent County Council", "Full Council", date(2025, 1, 9))
    items = {p.item_number: p.item_title for p in document.paragraphs if p.item_number}
    assert items["283"] == "Apologies for Absence"
    assert items["285"] == "English Devolution White Paper"
    apologies = next(p for p in document.paragraphs if p.text.startswith("The Democratic Services Manager reported apologies"))
    assert (apologies.page, apologies.item_number) == (1, "283")


def test_a_paragraph_number_in_its_own_column_becomes_the_label(report):
    blocks, _ = report
    paragraph = next(b for b in blocks if b.text.startswith("Collection fund estimated amounts are determined"))
    assert (paragraph.label, paragraph.page) == ("2.4", 3)
    recommendation = next(b for b in blocks if b.text.startswith("NOTE the budget updates"))
    assert recommendation.label == "1)"
    # A number that pdfminer could not place is never a paragraph of its own.
    assert not any(b.text in ("1)", "2.4", "3.3") for b in blocks)


def test_table_rows_keep_their_cells_apart(report):
    blocks, _ = report
    rows = {b.text for b in blocks if b.table_row}
    assert "Business rates top up grant | 149,107.7 | 149,107.7" in rows
    assert "2025-26 allocation | 76,783.7 | 81,469.5 | 4,685.8" in rows
    # Header cells printed over two lines stay in their cell.
    assert "Estimate included in County Council papers £'000 | Updated figures for Cabinet; £'000 | Increase; £'000" in rows


def test_line_end_hyphens_in_years_are_kept_and_headings_marked(report):
    blocks, _ = report
    text = " ".join(b.text for b in blocks)
    # "the 2024-" at a line's end and "25 revenue budget" on the next: the year stays whole.
    assert "reflected in the 2024-25 revenue budget monitoring position" in text
    assert "2024- 25" not in text and "202425" not in text
    assert {"Introduction", "2. Business Rates", "4. Summary"} <= {b.text for b in blocks if b.heading}


def test_running_header_is_dropped_but_the_title_kept():
    blocks, pages = read_pdf(str(STRATEGY))
    assert pages == 3
    texts = [b.text for b in blocks]
    assert "Appendix P" not in texts  # printed at the top of every page
    assert texts[0] == "Flexible use of Capital Receipts Strategy 2025-26"
    assert any(t.startswith("The proposal for 2025-26 is to use £8m of capital receipts funding") for t in texts)


def test_bullets_are_their_own_blocks(report):
    blocks, _ = report
    bullets = [b for b in blocks if b.bullet]
    assert any(b.text.startswith("In accordance with existing policy, it is proposed to transfer") for b in bullets)
    assert not any(b.text.startswith(("•", "\uf0b7")) for b in bullets)


@pytest.mark.parametrize(
    "previous, following, words, joined",
    [
        ("a long-", "term plan", frozenset(), "a long-term plan"),  # a real hyphen stays
        ("the well-", "being of", frozenset({"well-being"}), "the well-being of"),
        ("the assess-", "ment of", frozenset({"assessment"}), "the assessment of"),  # hyphenation undone
        ("from 18-", "25 years", frozenset(), "from 18-25 years"),
        ("soft\xad", "ware", frozenset(), "software"),
        ("the council", "agreed", frozenset(), "the council agreed"),
    ],
)
def test_joining_lines(previous, following, words, joined):
    assert _join(previous, following, words) == joined


def test_a_recorded_vote_group_is_one_paragraph_without_speakers():
    document = read_document(str(MINUTES), str(FIXTURES))
    votes = [p for p in document.paragraphs if p.text.startswith(("For (", "Against (", "Abstain ("))]
    assert any(p.text.startswith("Abstain (4): Mrs Bruneau, Mr Chittenden, Mrs Dean, Mr Webb") for p in votes)
    assert len(votes) >= 15 and all(": Mr" in p.text or ": Mrs" in p.text or ": Ms" in p.text for p in votes)
    assert not any(p.speakers for p in votes), [p.speakers for p in votes if p.speakers]


def test_a_caption_repeated_at_page_tops_is_kept_once():
    from indexer.loaders.pdf import _blocks_from_layout, _Line, _Rules

    def line(text, y, page):
        return _Line(text, page, page * 10 + int(y), 72.0, 300.0, y, y + 10, 10.0, False)

    pages, heights = [], []
    for page in range(1, 11):
        lines = [line(f"Budget report page heading {page}", 800, page)] if page == 1 else []
        if page % 2 == 0:  # on half the pages, under the top margin: not every page, so not a header by share
            lines.append(line("All figures in £m", 700, page))
        lines.append(line(f"Paragraph {page} of the monitoring report explains the forecast outturn.", 650, page))
        pages.append(lines)
        heights.append(842.0)
    blocks = _blocks_from_layout(pages, heights, [_Rules([], []) for _ in pages])
    texts = [b.text for b in blocks]
    assert texts.count("All figures in £m") == 1
    assert sum(t.startswith("Paragraph ") for t in texts) == 10


def test_long_and_wrapped_minute_titles_keep_their_numbers():
    from conftest import shared_corpus

    path = next(shared_corpus().glob("kent/**/Printed minutes 13th-Feb-2025 09.30 County Council.pdf"), None)
    if path is None:
        pytest.skip("the 13 February 2025 County Council minutes are not in ../shared/corpus/kent")
    document = read_document(str(path), str(path.parent))
    titles = {p.item_number: p.item_title for p in document.paragraphs if p.item_number}
    # Thirteen words, set bold: a minute heading, not a paragraph.
    assert titles["288"] == "Minutes of the meetings held on 19 December 2024 and 9 January 2025"
    # Printed over two lines, the first ending "(including".
    assert titles["291"] == "Capital Programme 2025-35 and Revenue Budget 2025-26 (including Council Tax Setting 2025/26)"
    assert {p.date for p in document.paragraphs} == {date(2025, 2, 13)}
