"""Agenda items in the shapes small councils' minutes take: headed parts, untitled numbered minutes, "Heading:" minutes, tables, open forums.

Each snippet is hand-written after a layout seen in parish minutes (issue 14); the expected items
are what a reader of the minutes would list.
"""
from indexer.loaders.html import read_html
from indexer.loaders.text import read_markdown
from indexer.model import Block
from indexer.structure import find_structure

from conftest import item_of

HEAD = "---\ntitle: Minutes\n---\n\nMinutes of the meeting of Upton Parish Council held on 3rd March 2011\n\n"


def _paragraphs(markdown: str):
    blocks, _ = read_markdown(HEAD + markdown)
    return find_structure(blocks).paragraphs


def _items(paragraphs) -> list[tuple[str | None, str | None]]:
    seen: list[tuple[str | None, str | None]] = []
    for p in paragraphs:
        if (p.item_number, p.item_title) not in seen:
            seen.append((p.item_number, p.item_title))
    return seen


def test_headed_parts_of_an_item_are_items_and_a_numbered_list_is_not():
    paragraphs = _paragraphs(
        "1\\. Apologies for absence:\n\nMr K Lee.\n\n"
        "2\\. Approval of Minutes\n\nThe minutes were agreed.\n\n"
        "3\\. Reports:\n\n3.1 Chairman's Report:\n\nThe Chairman said that the new bench was in place.\n\n"
        "3.2 Clerk's Report:\n\nThe Clerk had written to the Highways Authority about the drain.\n\n"
        "4\\. Correspondence:\n\n4.1 Letter from the Highways Authority - road closure\n\n4.2 Leaflet on village grants\n\n"
        "5\\. Accounts\n\n5.1 Two payments of £40.00 were agreed for the grass cutting.\n"
    )
    items = _items(paragraphs)
    assert ("3", "Reports") in items
    assert ("3.1", "Chairman's Report") in items and ("3.2", "Clerk's Report") in items
    assert item_of(paragraphs, "The Chairman said") == ("3.1", "Chairman's Report")
    assert item_of(paragraphs, "The Clerk had written") == ("3.2", "Clerk's Report")
    # A list of letters under Correspondence and a numbered sentence under Accounts are not items.
    numbers = [number for number, _ in items]
    assert "4.1" not in numbers and "4.2" not in numbers and "5.1" not in numbers
    assert ("5", "Accounts") in items


def test_parts_printed_inline_in_the_items_paragraph():
    paragraphs = _paragraphs(
        "1\\. Apologies. None were received. "
        "2\\. Reports. 2.1 Chairman’s Report. 2.1.1 Summer fete. The Chairman said the fete raised £300. "
        "2.2 Handyman’s Report. No report had been received.\n\n"
        "3\\. Other business. 3.1 The bench by the pond needs repainting and has been reported.\n"
    )
    items = _items(paragraphs)
    assert ("2", "Reports") in items
    assert ("2.1", "Chairman’s Report") in items and ("2.2", "Handyman’s Report") in items
    assert item_of(paragraphs, "No report had been received") == ("2.2", "Handyman’s Report")
    assert "3.1" not in [number for number, _ in items]  # a numbered sentence, not a heading
    assert any("fete raised £300" in p.text and p.item_number == "2.1" for p in paragraphs)


def test_a_numbered_minute_without_a_heading_is_titled_by_its_sentence():
    paragraphs = _paragraphs(
        "1\\. Those present: Mr A Brown (Chairman), Mrs C Dale and Mr E Fox.\n\n"
        "2\\. The minutes of the meeting held on 4 February 2011 were signed as a true record.\n\n"
        "3\\. Village Sign\n\nA quote of £300 was accepted.\n"
    )
    items = _items(paragraphs)
    assert ("1", "Those present") in items
    assert ("2", "The minutes of the meeting held on 4 February 2011 were signed as a true record") in items
    assert ("3", "Village Sign") in items
    # The minute's own text is kept whole.
    assert any(p.text.startswith("The minutes of the meeting held on 4 February 2011") for p in paragraphs)


def test_minutes_headed_heading_colon_without_numbers():
    paragraphs = _paragraphs(
        "Present: Mr A Brown (Chairman), Mrs C Dale, Mr E Fox.\n\n"
        "Apologies: Mrs G Hill.\n\n"
        "Minutes: It was proposed by Mrs Dale and seconded by Mr Fox that the minutes be signed.\n\n"
        "Proposed: Mrs Dale\n\n"
        "Highway Verges: The verge by the church is to be cut before Easter.\n\n"
        "Any Other Business: The Clerk is to order a new litter bin.\n"
    )
    assert _items(paragraphs)[-5:] == [(None, "Present"), (None, "Apologies"), (None, "Minutes"), (None, "Highway Verges"), (None, "Any Other Business")]
    # The lines keep their whole text (the attendance list is still read from it), and a motion line stays in its item.
    assert item_of(paragraphs, "Present: Mr A Brown") == (None, "Present")
    assert item_of(paragraphs, "Proposed: Mrs Dale") == (None, "Minutes")


def test_a_verbatim_record_of_named_turns_has_no_colon_items():
    paragraphs = _paragraphs(
        "Jane Brown: I move that the report be received.\n\n"
        "Councillor Dale: I second that.\n\n"
        "Mayor Fox: Those in favour?\n\n"
        "Peter Hill: Agreed.\n"
    )
    assert all(title is None for _, title in _items(paragraphs))


def test_a_minutes_table_whose_item_rows_hold_number_and_title():
    html = (
        "<html><body><p>Minutes of the meeting of Upton Parish Council held on 8th July 2014</p><table>"
        "<tr><td></td><td></td><td>Action</td></tr>"
        "<tr><td>1.0</td><td>Welcome and apologies</td><td></td></tr>"
        "<tr><td>1.1</td><td>The Chair welcomed all. Apologies were received from Mr K Lee.</td><td></td></tr>"
        "<tr><td>2.0</td><td>Matters Arising</td><td></td></tr>"
        "<tr><td>2.1</td><td>Dog bins are still to be installed. Clerk to chase.</td><td>CL</td></tr>"
        "<tr><td>2.2</td><td>The play area checklist is in use.</td><td></td></tr>"
        "<tr><td>9.0</td><td>Date of Next Meeting – Tuesday 9th September 2014, 7.30pm.</td><td></td></tr>"
        "</table></body></html>"
    )
    blocks, _ = read_html(html)
    paragraphs = find_structure(blocks).paragraphs
    assert item_of(paragraphs, "1.1") == ("1.0", "Welcome and apologies")
    assert item_of(paragraphs, "2.2") == ("2.0", "Matters Arising")
    numbers = {p.item_number for p in paragraphs}
    assert "1.1" not in numbers and "2.1" not in numbers  # rows of text are the item's paragraphs


def test_an_open_forum_after_numbered_minutes_is_an_item_of_its_own():
    paragraphs = _paragraphs(
        "1\\. Apologies\n\nNone were received.\n\n"
        "2\\. Planning\n\nNo applications had been received.\n\n"
        "RESOLVED\n\nthat the Clerk write to the Borough Council.\n\n"
        "OPEN FORUM\n\nA resident asked about the state of the bus shelter.\n"
    )
    assert item_of(paragraphs, "RESOLVED") == ("2", "Planning")  # a decision line starts nothing
    number, title = item_of(paragraphs, "A resident asked")
    assert number is None and title.lower() == "open forum"


def test_a_record_headed_in_capitals_keeps_its_capital_items_after_a_numbered_point():
    paragraphs = _paragraphs(
        "ROLL CALL\n\nThe Clerk called the roll.\n\n"
        "DELEGATIONS\n\nMs A Ruiz spoke on the library.\n\n"
        "5\\. That the library hours be extended\n\nCouncillor Cole moved the motion.\n\n"
        "REPORT OF THE FINANCE COMMITTEE\n\nCouncillor Dale presented the report.\n"
    )
    number, title = item_of(paragraphs, "Councillor Dale presented")
    assert number is None and title.lower() == "report of the finance committee"


def test_minutes_that_number_nothing_head_items_with_lines_of_their_own():
    paragraphs = _paragraphs(
        "DRAFT\n\n"
        "Mrs Hill proposed that the minutes of the last meeting be accepted.\n\n"
        "Allotment Report\n\nThe allotments are all let and the water trough has been mended.\n\n"
        "Village Hall Report\n\nThe new boiler was fitted in May.\n\n"
        "Councillors Brown, Dale, Fox and Hill\n\nattended the open day.\n"
    )
    assert item_of(paragraphs, "The allotments are all let") == (None, "Allotment Report")
    assert item_of(paragraphs, "The new boiler") == (None, "Village Hall Report")
    titles = {title for _, title in _items(paragraphs)}
    # A status line and a wrapped line of names are no items.
    assert not any(title and ("Draft" in title or "Councillors" in title) for title in titles)


def test_an_agenda_frontsheets_items_without_text_and_an_item_run_into_the_next_heading():
    # Lines as a PDF frontsheet gives them: the last item's line joined to the heading and note below it.
    lines = [
        "AGENDA", "PLANNING COMMITTEE", "Tuesday, 4th March, 2025, at 10.00 am", "UNRESTRICTED ITEMS",
        "1. Apologies", "2. Declarations of Interest",
        "3. Review of Decision 25/00017 (if required) EXEMPT ITEMS (No exempt items are expected at the time of printing.)",
    ]
    paragraphs = find_structure([Block(text=line, page=1, heading=line.isupper()) for line in lines]).paragraphs
    items = _items(paragraphs)
    assert ("1", "Apologies") in items and ("2", "Declarations of Interest") in items
    assert ("3", "Review of Decision 25/00017 (if required)") in items
    # The decision's number inside the title is no item number, and the heading's text is kept.
    assert "25/00017" not in [number for number, _ in items]
    assert any(p.text.startswith("EXEMPT ITEMS") and p.item_number == "3" for p in paragraphs)


def test_a_decision_number_in_an_inline_items_title_stays_in_the_title():
    paragraphs = _paragraphs(
        "1\\. Apologies None were received. 2\\. Consideration of Decision 24/00093 (if required) The Committee noted the decision.\n"
    )
    assert ("2", "Consideration of Decision 24/00093 (if required)") in _items(paragraphs)
    assert "24/00093" not in [number for number, _ in _items(paragraphs)]


def test_the_next_items_heading_after_a_short_decision_starts_that_item():
    from indexer.loaders.text import read_text

    text = (
        "Minutes of the meeting of the Cabinet held on 3 March 2025\n\n"
        "88. Budget Monitoring\n\nRESOLVED that the report be noted.\n\n"
        "89. School Transport\n\nRESOLVED that:\n\n1. the policy be adopted;\n\n2. the Director review it in 2026.\n\n"
        "90. Any Other Business\n\nNone was raised.\n"
    )
    paragraphs = find_structure(read_text(text)).paragraphs
    assert item_of(paragraphs, "None was raised") == ("90", "Any Other Business")
    # The points of a decision stay its points.
    assert item_of(paragraphs, "2. the Director review it") == ("89", "School Transport")


def test_a_vote_count_is_no_item_number_and_lettered_points_end_a_title():
    paragraphs = _paragraphs(
        "1\\. Apologies None were received. 2\\. Minutes Cllr Dale proposed that the minutes be accepted, seconded by Cllr Fox. "
        "4 Votes for 1 Against. Carried\n\n"
        "3\\. Matters Arising: the bus shelter is mended.\n\n"
        "4\\. LOCAL REPORTS a. County Council – no representative present b. District Council – nothing to report\n"
    )
    items = _items(paragraphs)
    assert ("3", "Matters Arising") in items and "4 Votes" not in str(items)
    number, title = item_of(paragraphs, "County Council – no representative")
    assert number == "4" and title.lower() == "local reports"
    assert any(p.label == "b." and p.text.startswith("District Council") for p in paragraphs)


def test_the_publics_part_of_the_meeting_headed_inline_is_an_item():
    paragraphs = _paragraphs(
        "1\\. Apologies. None were received.\n\n2\\. Planning. No applications had been received.\n\n"
        "Open Forum. A resident asked about the bus shelter. The Clerk will report it.\n\n"
        "Closure. The Chairman closed the meeting at 8.58pm.\n"
    )
    assert item_of(paragraphs, "Open Forum. A resident") == (None, "Open Forum")
    assert item_of(paragraphs, "Closure. The Chairman") == (None, "Closure")
