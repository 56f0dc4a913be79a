"""Structure rules on real excerpts: meetings, items, sections, kinds, noise."""
from datetime import date

from indexer.loaders.text import read_markdown, read_text
from indexer.model import Block
from indexer.structure import StructureHints, find_councils, find_structure


def structure_of(text: str, **hints):
    return find_structure(read_text(text), StructureHints(**hints))


MODERNGOV = """Agenda and minutes

Performance Scrutiny Committee - Thursday, 16 March 2017 10.00 am

Venue: Rooms 1&2 - County Hall, New Road, Oxford OX1 1ND. View directions

Items
No. Item

13/17

Apologies for Absence and Temporary Appointments

Minutes:

Apologies were received from Councillor Charles Mathew and Councillor Mark Gray.  No substitutes were appointed.

16/17

Business Management and Monitoring Report Quarter 3 2016/17 pdf icon PDF 581 KB

10.10

This paper provides details of performance for quarter three 2016-17 for Performance Scrutiny Committee to consider.

The Committee is RECOMMENDED to:

Minutes:

Mr Jones summarised the report which applied to the period up to 31 December 2016.

RESOLVED: to note the report.
"""


def test_moderngov_page_gives_committee_date_items_and_kinds():
    result = structure_of(MODERNGOV)
    assert result.committee == "Performance Scrutiny Committee"
    assert result.date == date(2017, 3, 16)
    by_start = {p.text[:20]: p for p in result.paragraphs}
    apologies = by_start["Apologies were recei"]
    assert (apologies.item_number, apologies.item_title, apologies.kind) == ("13/17", "Apologies for Absence and Temporary Appointments", "minutes")
    summary = by_start["This paper provides "]
    assert summary.item_number == "16/17"
    assert summary.item_title == "Business Management and Monitoring Report Quarter 3 2016/17"  # "pdf icon PDF 581 KB" dropped
    assert summary.kind == "agenda"
    assert by_start["Mr Jones summarised "].kind == "minutes"
    assert by_start["RESOLVED: to note th"].kind == "decision"
    texts = [p.text for p in result.paragraphs]
    assert "10.10" not in texts and "View directions" not in " ".join(texts)
    assert not any(t.startswith(("13/17", "Minutes:")) for t in texts)


def test_decision_page_takes_committee_and_date_printed_at_the_end():
    text = """Decision details

Quarterly Corporate Performance Monitoring Report - Quarter 4 2017/18

Decision Maker: Cabinet Committee on Performance Improvement

Decisions:

A report was presented by Donna Talbot, Head of Service, Business Intelligence.

Date of decision: 27/06/2018
"""
    result = structure_of(text)
    paragraph = next(p for p in result.paragraphs if p.text.startswith("A report was presented"))
    assert paragraph.committee == "Cabinet Committee on Performance Improvement"
    assert paragraph.date == date(2018, 6, 27)
    assert paragraph.kind == "decision"


def test_minutes_of_an_earlier_meeting_in_a_pack_carry_that_meetings_date():
    text = """Notice of a Meeting of the Cabinet

Tuesday, 26 May 2015 at 2.00 pm

AGENDA

3. Minutes (Pages 1 - 8)

To approve the minutes of the meeting held on 21 April 2015 (CA3) and to receive information arising from them.

CABINET

MINUTES of the meeting held on Tuesday, 21 April 2015 commencing at 2.00 pm and finishing at 2.35 pm

30/15 MINUTES

The Minutes of the meeting held on 17 March 2015 were approved and signed.
"""
    result = structure_of(text)
    agenda = next(p for p in result.paragraphs if p.text.startswith("To approve"))
    assert (agenda.committee, agenda.date, agenda.kind, agenda.item_number) == ("Cabinet", date(2015, 5, 26), "agenda", "3")
    assert agenda.item_title == "Minutes"  # "(Pages 1 - 8)" dropped
    earlier = next(p for p in result.paragraphs if p.text.startswith("The Minutes of the meeting held on 17"))
    assert (earlier.committee, earlier.date, earlier.kind, earlier.item_number) == ("Cabinet", date(2015, 4, 21), "minutes", "30/15")
    assert result.date == date(2015, 5, 26)


def test_wrapped_lines_are_joined_and_bullets_are_paragraphs():
    text = "It is timely, following the General Election, to take stock of\n\nthe national context.\n\n·         First point of the list.\n·         Second point.\n"
    result = structure_of(text)
    assert [p.text for p in result.paragraphs] == [
        "It is timely, following the General Election, to take stock of the national context.",
        "First point of the list.",
        "Second point.",
    ]
    assert [p.bullet for p in result.paragraphs] == [False, True, True]


def test_running_headers_and_blank_page_notices_are_not_paragraphs():
    header = "CABINET - 26 MAY 2015"
    body = "\n\n".join(f"{header}\n\nParagraph {n} of the report says something useful about roads." for n in range(4))
    result = structure_of(body + "\n\nThis page is intentionally left blank\n")
    texts = [p.text for p in result.paragraphs]
    assert header not in texts and not any("intentionally left blank" in t for t in texts)
    assert len(texts) == 4


def test_parish_markdown_meeting_date_comes_from_the_text_not_the_front_matter():
    text = """---
title: "West Dereham Parish Council"
date: "2002-08-01"
---

Minutes of the meeting held on 13th June at 8pm

Minutes of the meeting held on Thursday 13th June 2002 at 8.00pm in the Village Hall

The Chairman opened the meeting by welcoming the new Parish Councillor
"""
    blocks, meta = read_markdown(text)
    result = find_structure(blocks, StructureHints(title=meta["title"], published=date(2002, 8, 1)))
    assert result.date == date(2002, 6, 13)
    assert result.council == "West Dereham Parish Council"


def test_several_parish_councils_in_one_file_are_told_apart():
    text = """Minutes of the meeting of the West Dereham Parish Council held on Thursday 8th May 2003 in the Village Hall.

1\\. Present: E. Drew, P. Wood together with 8 members of the public.

Minutes of the meeting of Wereham Parish Council held on Tuesday 13th May 2003 at 7.30p.m.

1\\. Minutes: It was proposed by G. Clere and seconded by P. Markwell that the minutes be signed.
"""
    blocks, _ = read_markdown(text)
    result = find_structure(blocks)
    first = next(p for p in result.paragraphs if "E. Drew" in p.text)
    second = next(p for p in result.paragraphs if "G. Clere" in p.text)
    assert (first.council, first.date) == ("West Dereham Parish Council", date(2003, 5, 8))
    assert (second.council, second.date) == ("Wereham Parish Council", date(2003, 5, 13))


def test_what_the_document_does_not_state_stays_empty():
    result = structure_of("Agenda item\n\nChildren's Services\n\nMinutes:\n\nThe Select Committee gave consideration to a report.\n")
    paragraph = result.paragraphs[0]
    assert (paragraph.council, paragraph.committee, paragraph.date) == (None, None, None)
    assert paragraph.item_title == "Children's Services"


def test_sidecar_hints_win_over_extraction():
    result = structure_of(MODERNGOV, committee="Scrutiny", date=date(2017, 3, 17), council="Oxfordshire County Council")
    assert result.committee == "Scrutiny" and result.date == date(2017, 3, 17)
    assert all(p.council == "Oxfordshire County Council" for p in result.paragraphs)


def test_council_names():
    assert find_councils("KENT COUNTY COUNCIL") == ["Kent County Council"]
    assert find_councils("the Council's budget and the County Council") == []
    assert find_councils("Northwold and Whittington Parish Council – Ordinary Meeting") == ["Northwold and Whittington Parish Council"]


def test_a_form_row_does_not_leak_into_the_committee_name():
    result = structure_of("KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION\n\nDECISION TO BE TAKEN BY: Cabinet | DECISION NO: 24/00096\n\nCabinet agree to the plan.\n")
    assert result.committee == "Cabinet"


def test_a_paragraph_number_under_a_minutes_heading_is_not_the_meeting_date():
    result = structure_of("Minutes of the Planning Committee\n\n2.4.10 The Committee noted the report of the Clerk on the hedges.\n")
    assert result.date is None
    assert result.committee == "Planning Committee"


def test_the_date_of_another_meeting_is_not_the_meeting_date():
    text = "Those Attending: Cllr A Smith (Chairman), Mrs C Hardy (Clerk)\n\n2 To Approve the Minutes of the last Council Meeting on 14 May 2014\n\nThe minutes were approved.\n"
    assert structure_of(text).date is None
    text = "Present: Cllr A Smith\n\nThe Minutes of the meeting held on 11.09.17 were agreed as a true record.\n"
    assert structure_of(text).date is None


def test_meeting_line_in_a_long_opening_block_dates_the_meeting():
    text = ("Parish Clerk clerk@example.org Initialled by Chairperson: DATE Page 1 of 6 EXAMPLE PARISH COUNCIL Draft Minutes Subject to the "
            "Approval at the next Meeting Ordinary Meeting of the Parish Council Wednesday 7 March 2018 at 7.00 pm Village Hall Attendance: Cllr A Smith\n")
    assert structure_of(text).date == date(2018, 3, 7)


def test_agenda_front_sheet_names_committee_over_a_date_line():
    result = structure_of("AGENDA\n\nCABINET\n\nThursday, 13th March, 2025, at 3.00 pm\n\n1. Apologies\n")
    assert (result.committee, result.date) == ("Cabinet", date(2025, 3, 13))


def test_facets_are_what_they_claim_on_the_issues_headings():
    # Lines from held-out minutes that had become committees or councils.
    cases = [
        ("Minutes of the December meeting of SFPC\n\nDRAFT\n\nMinutes of Stoke Ferry Parish Council Meeting held in the Community Centre\n\nAt 7.30pm on Wednesday 5 December 2007\n\n1. Those Attending: Cllr M Ferrie (Chairman), Mrs C Hardy (Clerk).\n",
         "Stoke Ferry Parish Council", "Full Council"),
        ("Page 001 (2017)\n\nMinutes of the meeting held on 5 May 2017\n\nThe Council agreed the accounts for the year.\n", None, None),
        ("Draft\n\nMinutes of the meeting held on 5 May 2017\n\nApologies were received from PC Jackson and Mr M Evans.\n", None, None),
        ("Minutes of the February Meeting\n\nMINUTES OF WEST DEREHAM PARISH COUNCIL MEETING\n\nHELD AT ST. ANDREWS CHURCH\n\nTHURSDAY FEBRUARY 3rd 2011\n\nPresent: Mrs Claire Cann - Chairman.\n",
         "West Dereham Parish Council", "Full Council"),
        ("Record of West Dereham Parish Council\n\nMinutes of the meeting held on 5 May 2017\n\nThe Council agreed the accounts.\n", "West Dereham Parish Council", "Full Council"),
    ]
    for text, council, committee in cases:
        result = structure_of(text)
        assert (result.council, result.committee) == (council, committee), text[:40]
        assert all(p.committee == committee for p in result.paragraphs)


def test_one_council_written_two_ways_is_one_value():
    first = structure_of("West dereham PC\n\nMinutes of the meeting held on 5 May 2017\n\nThe Council agreed the accounts.\n")
    second = structure_of("West Dereham PC\n\nMinutes of the meeting held on 2 June 2017\n\nThe Council agreed the accounts.\n")
    assert first.council == second.council == "West Dereham Parish Council"


# -- after the blind score of 2026-12-02 (tests/data/extraction_blind/CHANGES-2026-12-02.md) -----
# Hand-written examples of general forms; no text of the scored documents.


def test_a_meeting_title_printed_in_capitals_over_several_lines_names_the_committee_and_date():
    text = (
        "MINUTES OF PROCEEDINGS AT MEETING OF THE HIGHWAYS\nAND TRANSPORT STRATEGIC POLICY\n"
        "COMMITTEE HELD IN THE COUNCIL CHAMBER, ON MONDAY, 3RD\n\nMARCH, 2025, AT 2.00 P.M.\n\n"
        "PRESENT IN THE CHAIR:\n\nCouncillor A. Byrne.\n\nThe minutes were agreed.\n"
    )
    result = structure_of(text)
    assert (result.committee, result.date) == ("Highways and Transport Strategic Policy Committee", date(2025, 3, 3))


def test_a_meeting_title_set_one_word_to_a_line():
    text = "MINUTES\n\nOF\n\nPROCEEDINGS\n\nAT\n\nMEETING\n\nOF\n\nTHE\n\nMUNICIPAL DISTRICT OF BALLYMORE HELD IN\n\nTHE HALL,\n\nON\n\nWEDNESDAY, 5TH MARCH, 2025.\n\nThe minutes were agreed.\n"
    result = structure_of(text)
    assert (result.committee, result.date) == ("Municipal District of Ballymore", date(2025, 3, 5))


def test_a_meeting_of_a_councils_committee_was_held_on_a_date():
    text = (
        "MINUTES OF MEETING\n\nA meeting of Riverford City and County Council, Housing Strategic Policy\n"
        "Committee was held on the 10th April 2025in the Chamber.\n\nThe minutes were agreed.\n"
    )
    result = structure_of(text)
    assert (result.council, result.committee, result.date) == ("Riverford City and County Council", "Housing Strategic Policy Committee", date(2025, 4, 10))


def test_a_council_only_referred_to_is_not_the_documents_council():
    cases = [
        "Minutes of a meeting of the above Council held on Monday 3rd March 2025 at 7.00pm.\n\nThe Clerk of Hilltop Town Council had written about the bus shelter.\n",
        "MINUTES OF THE REGULAR CITY COUNCIL MEETING TUESDAY, MARCH 4, 2025\n\nThe Mayor convened the meeting.\n",
        "Joint Meeting Minutes of the Planning Board and City Council, March 4, 2025\n\nThe Chair convened the meeting.\n",
    ]
    for text in cases:
        assert structure_of(text).council is None, text


def test_community_councils_and_an_ampersand_in_a_councils_name():
    assert structure_of("BROOKVALE COMMUNITY COUNCIL\n\nMinutes of a meeting held on Monday 3rd March 2025.\n\nThe minutes were agreed.\n").council == "Brookvale Community Council"
    assert find_councils("Minutes of the Riverford City & County Council’s Housing Committee") == ["Riverford City and County Council"]


def test_two_lines_in_capitals_that_do_not_continue_a_title_stay_apart():
    result = structure_of("AGENDA\n\nPLANNING COMMITTEE\n\nThursday, 13th March, 2025, at 3.00 pm\n\n1. Apologies\n")
    assert (result.committee, result.date) == ("Planning Committee", date(2025, 3, 13))


def test_a_verbatim_records_date_line_over_the_meeting_opening():
    text = "Tuesday, March 4, 2025\n\nThe Council met at 9:30 a.m.\n\nThe Speaker called the meeting to order.\n\nMayor Brandt: Good morning.\n"
    assert structure_of(text).date == date(2025, 3, 4)
    # A report's cover date over its text is no meeting date.
    assert structure_of("Tuesday, March 4, 2025\n\nThis report sets out the budget.\n").date is None


def test_minutes_numbered_with_the_year_in_brackets_and_lettered_parts_of_items():
    text = (
        "MINUTES OF THE CITY COUNCIL MEETING\n\nORAL COMMUNICATIONS\n\n"
        "(25-31) Maria Lopez, Riverside, urged Council to fund the library.\n\n"
        "(25-32) Tom Reyes, City Auditor, stated the audit is complete.\n\n"
        "CONSENT CALENDAR\n\n(*25-33) Ratified bills in the amount of $1,204.50.\n\n"
        "7. CONSENT CALENDAR:\n\n7-A Design Review for a new dwelling at 12 Elm Street\n\nStaff recommended approval.\n\n"
        "7-B Annual Review of the Harbour Agreement\n\nThe Board accepted the review.\n"
    )
    items = []
    for p in structure_of(text).paragraphs:
        if p.item_number and (p.item_number, p.item_title) not in items:
            items.append((p.item_number, p.item_title))
    assert items[:3] == [("25-31", "Maria Lopez, Riverside"), ("25-32", "Tom Reyes, City Auditor"), ("*25-33", "Ratified bills in the amount of $1,204.50")]
    assert ("7-A", "Design Review for a new dwelling at 12 Elm Street") in items and ("7-B", "Annual Review of the Harbour Agreement") in items
    # The words of the minute stay in its paragraph.
    assert any(p.text.startswith("(25-31) Maria Lopez, Riverside, urged") for p in structure_of(text).paragraphs)


def test_unnumbered_items_headed_in_capitals():
    text = (
        "Tuesday, March 4, 2025\n\nThe Council met at 9:30 a.m.\n\nROLL CALL\n\nClerk: Councillors Cole, Devlin.\n\n"
        "DELEGATIONS\n\nMayor Brandt: We have one delegation.\n\nAnna Ruiz: Thank you.\n\nMayor Brandt: Thank you for coming.\n\n"
        "Councillor Devlin: A question for the delegate.\n\nAnna Ruiz: Yes.\n\n"
        "REPORT OF THE FINANCE COMMITTEE DATED MARCH 1, 2025\n\nCouncillor Cole: I move the report.\n"
    )
    titles = [p.item_title for p in structure_of(text).paragraphs]
    assert {"Roll Call", "Delegations", "Report of the Finance Committee Dated March 1, 2025"} <= set(titles)
    # Under a numbered item, a line in capitals is a heading within it, not a new item.
    numbered = structure_of("Minutes of the meeting held on 5 May 2025\n\n4. Planning\n\nLAND AT ELM FARM\n\nNo objection was raised.\n").paragraphs
    assert [(p.item_number, p.section) for p in numbered if p.text.startswith("No objection")] == [("4", "Land At Elm Farm")]  # title-cased as printed in capitals


def test_items_printed_as_item_n_with_a_colon():
    text = (
        "Minutes of the meeting held on 5 May 2025\n\nItem 1:\n\nAdoption of Minutes\n\nThe minutes were adopted.\n\nItem 2: Housing Allocations\n\n"
        "The report was noted.\n\nItem3.\n\nRoad Works Scheme\n\nThe Engineer reported.\n\nItem 4\n\nAny Other Business\n\nNone.\n"
    )
    items = {(p.item_number, p.item_title) for p in structure_of(text).paragraphs}
    assert {("1", "Adoption of Minutes"), ("2", "Housing Allocations"), ("3", "Road Works Scheme"), ("4", "Any Other Business")} <= items


def test_a_verbatim_record_that_opens_with_the_meeting_and_headings_set_over_lines():
    turns = "".join(f"Councillor Cole: Point {n}.\n\nMayor Brandt: Noted {n}.\n\n" for n in range(3))
    text = (
        "The Council met at 9:40 a.m.\n\nThe Speaker called the meeting to order.\n\nROLL CALL\n\nClerk: Councillors Cole, Devlin.\n\n"
        + turns
        + "".join(f"# REPORT OF THE\n\n# FINANCE COMMITTEE\n\n# DATED MARCH {n}, 2025\n\n{turns}" for n in (3, 10, 17))
    )
    result = find_structure(read_markdown(text)[0])
    titles = [p.item_title for p in result.paragraphs]
    assert {"Report of the Finance Committee Dated March 3, 2025", "Report of the Finance Committee Dated March 17, 2025"} <= set(titles)
    assert result.paragraphs[0].kind == "minutes"


def test_a_minutes_heading_after_the_bodys_name_or_over_two_lines():
    result = structure_of("Harbour Advisory Board Minutes of the Regular Meeting of the Harbour Advisory Board, March 23, 2025\n\nThe President called the meeting to order.\n")
    assert (result.committee, result.date) == ("Harbour Advisory Board", date(2025, 3, 23))
    result = find_structure([Block(text="MEETING MINUTES OF"), Block(text="RIVERSIDE PLANNING BOARD MONDAY, MARCH 24, 2025"), Block(text="1. CONVENE: 7:02 p.m.")])
    assert (result.committee, result.date) == ("Riverside Planning Board", date(2025, 3, 24))
    # A sentence that mentions minutes is no heading.
    assert structure_of("To approve the minutes of the Harbour Board held on 3 March 2025.\n\nThe minutes were approved.\n").committee is None


def test_earlier_minutes_considered_under_an_item_are_no_new_meeting():
    text = (
        "MINUTES OF THE HARBOUR BOARD MEETING MONDAY, MARCH 24, 2025\n\n1. CONVENE: 7:02 p.m.\n\n"
        "2. MINUTES:\n\nMinutes from the meeting of February 24, 2025.\n\nMember Ruiz moved to approve the minutes.\n\n"
        "3. HARBOUR FEES\n\nStaff presented the fees.\n"
    )
    paragraphs = structure_of(text).paragraphs
    assert {p.date for p in paragraphs} == {date(2025, 3, 24)}
    assert [p.item_number for p in paragraphs if p.text.startswith("Staff presented")] == ["3"]


def test_an_agendas_convening_letter_gives_the_meeting_date_not_the_letters():
    text = (
        "Corporate Services\n\n27 November, 2025.\n\nTo each Member,\n\n"
        "You are requested to attend a Meeting of the Riverside Area Committee to be held in the Civic Offices, Co. Riverside, on\n\n"
        "Wednesday, 3rd December, 2025 at 10.00 a.m.\n\nAGENDA\n\n1. Adoption of Minutes\n\n2. Roads Programme\n"
    )
    result = structure_of(text)
    assert (result.committee, result.date) == ("Riverside Area Committee", date(2025, 12, 3))
    # Minutes announcing the next meeting keep their own date.
    minutes = "Minutes of the meeting held on 5 May 2025\n\n1. Next meeting\n\nThe next meeting will be held on 2 June 2025.\n"
    assert structure_of(minutes).date == date(2025, 5, 5)


def test_item_n_over_a_sentence_is_a_reference_not_an_item():
    text = (
        "Minutes of the meeting held on 5 May 2025\n\n3 To Consider Matters Arising from the Minutes:\n\nItem 19\n\n"
        "Point 3 New Street Lights – The Clerk had been in touch with the contractor who will advise when these lights will be connected\n\n"
        "Item 4.\n\nTo consider Motion referred from full Council meeting on the 28th of April\n\nThe motion was noted.\n"
    )
    items = {(p.item_number, p.item_title) for p in structure_of(text).paragraphs}
    assert not any(number == "19" for number, _ in items)
    assert ("4", "To consider Motion referred from full Council meeting on the 28th of April") in items


def test_a_councils_own_meeting_is_full_council_and_the_electors_meeting_is_its_own_body():
    cases = [
        ("Minutes of the meeting of Ashby Parish Council held on Thursday 11th March 2004 at 7.30pm\n\n1. Apologies\n", "Full Council"),
        ("ASHBY PARISH COUNCIL\n\nMinutes of the meeting held on 5th July, 2017\n\n1. Apologies\n", "Full Council"),
        ("Minutes of the Annual Parish Meeting of Ashby held on 16 May 2012\n\n1. Chairman's report\n", "Annual Parish Meeting"),
        ("Minutes of the Annual Ashby Parish Council Meeting held on 11th May 2004 following the Parish Meeting.\n\n1. Election of Chairman\n", "Full Council"),
        ("Minutes of the Planning Committee of Ashby Parish Council held on 12 March 2014\n\n1. Apologies\n", "Planning Committee"),
        ("Minutes of the meeting held on 5 May 2017\n\n1. Apologies\n", None),  # no body named: never guessed
    ]
    for text, committee in cases:
        result = structure_of(text)
        assert result.committee == committee, text[:50]
        assert all(p.committee == committee for p in result.paragraphs)


def test_a_front_matter_title_naming_the_councils_meeting_gives_full_council():
    blocks, metadata = read_markdown('---\ntitle: "Minutes of the Ashby Parish Council Meeting"\n---\n\nHeld on the 16th November 2000 at 7.30pm\n\nPRESENT Mr White (Chairman).\n')
    result = find_structure(blocks, StructureHints(title=metadata["title"]))
    assert (result.council, result.committee) == ("Ashby Parish Council", "Full Council")
    committee_title = find_structure(blocks, StructureHints(title="Minutes of the Ashby Parish Council Planning Committee"))
    assert committee_title.committee is None


def test_minutes_headed_by_the_body_or_opening_with_who_was_present_are_minutes():
    headed = structure_of("ASHBY PARISH COUNCIL Draft Minutes Subject to the Approval at the next Meeting Ordinary Meeting of the Parish Council Wednesday 7 February 2018\n\nThe Chair opened the meeting.\n")
    assert headed.paragraphs[-1].kind == "minutes"
    present = structure_of("Ashby village\n\nPresent: Cllr A Jones (Chairman), Cllr B Smith.\n\n1. The Chairman opened the meeting.\n")
    assert present.paragraphs[-1].kind == "minutes"
    agenda = structure_of("Ashby village\n\nMembers are summoned to attend.\n\n1. To approve the minutes of the last meeting.\n")
    assert agenda.paragraphs[-1].kind != "minutes"


def test_full_council_only_when_nothing_but_the_council_is_named():
    cases = [
        ("Minutes of the Meeting of Ashby City & County Council’s Travel and Transportation\n\nStrategic Policy Committee held on Monday 3 December 2018\n\n1. Apologies\n", "Travel and Transportation Strategic Policy Committee"),
        ("Minutes of a meeting of the above Council held on Monday 24th June 2019 at 7.00pm in the Village Hall.\n\n2709. Police Report: attached.\n", "Full Council"),
        ("MINUTES OF PROCEEDINGS AT MEETING OF ASHBY CITY AND COUNTY\n\nCOUNCIL HELD IN THE COUNCIL CHAMBER ON MONDAY, 23RD MAY, 2022, AT 3PM.\n\n1. Adoption of Minutes\n", "Full Council"),
    ]
    for text, committee in cases:
        assert structure_of(text).committee == committee, text[:50]


def test_a_municipality_named_before_its_body_gives_council_and_committee():
    board = structure_of("CITY OF ASHBY PLANNING BOARD\n\nMINUTES OF REGULAR MEETING OF THE CITY OF ASHBY PLANNING BOARD MONDAY, DECEMBER 14, 2009\n\n1. CALL TO ORDER\n")
    assert (board.council, board.committee) == ("City of Ashby", "Planning Board")


def test_a_council_name_broken_over_two_heading_lines_is_read_whole_in_its_usual_spelling():
    # Stoke Ferry 2010: "meeting of Stoke" on one line, "Fferry Parish Council" (misprinted) on the next; the
    # meeting line below spells the name as the rest of the document does.
    text = """---
title: "Stoke Ferry Parish Council meeting"
---

Draft Minutes of the August meeting of Stoke

Fferry Parish Council

DRAFT

Minutes of Stoke Ferry Parish Council Meeting held in The Community Centre

At 7.30pm on Wednesday 11 August 2010

Those Attending: Cllr Mrs T Mann (Chairman), Cllr M Precey, Mrs C Hardy (Clerk).

The Chairman informed the meeting that the Stoke Ferry bus shelter had been repaired.
"""
    blocks, meta = read_markdown(text)
    result = find_structure(blocks, StructureHints(title=meta["title"]))
    assert result.council == "Stoke Ferry Parish Council"
    assert {p.council for p in result.paragraphs} == {"Stoke Ferry Parish Council"}


def test_a_place_fragment_above_a_council_heading_is_the_start_of_its_name():
    blocks, _ = read_markdown("Minutes of the meeting of West\n\nDereham Parish Council\n\nHeld on Thursday 5 July 2018 in the Village Hall\n\nThe Chairman welcomed everyone.\n")
    assert find_structure(blocks).council == "West Dereham Parish Council"
    blocks, _ = read_markdown("Minutes of the meeting of the Board\n\nWereham Parish Council\n\nHeld on Tuesday 10 July 2018\n\nThe Chairman welcomed everyone.\n")
    assert find_structure(blocks).council == "Wereham Parish Council"


def test_a_word_of_the_council_misread_once_takes_the_spelling_the_document_uses_throughout():
    # A scanned Limerick agenda: the letterhead OCR reads "Limenck"; the text says "Limerick" again and again.
    text = (
        "Limenck City and County Council,\n\nCorporate Headquarters,\n\n27 November, 2020.\n\n"
        "TO EACH MEMBER OF LIMERICK JOINT POLICING COMMITTEE\n\n"
        "A meeting of the Limerick Joint Policing Committee will be held in Limerick on Friday 4th December 2020.\n\n"
        "1. Minutes of the Limerick Joint Policing Committee meeting.\n"
    )
    result = structure_of(text)
    assert result.council == "Limerick City and County Council"
    # A place the document names once and never spells otherwise is kept as printed.
    assert structure_of("Wretton Parish Council\n\nMinutes of the meeting held on 9th January 2012.\n\nThe Chairman welcomed all.\n").council == "Wretton Parish Council"
    # Words of the council's kind are never respelled, however often a near word is printed.
    community = "Minutes of the Special Meeting of Limerick City and County Council held on 8th January 2016.\n\n" + "The Community Fund, the Community Plan and the Community Forum were noted by Councillors and Councillors.\n\n" * 3
    assert structure_of(community).council == "Limerick City and County Council"


REPORT_CITING_ANOTHER_COUNCIL = """By: Director of Children's Services

To: Cabinet - 4 March 2025

Subject: Future of the family hubs

Summary: Cabinet is asked to reconsider the decision on the two hubs.

1. The hubs stand in the east of the county.

2. Members raised differing accounts of engagement with Swale Borough Council over the move of services.

3. Cabinet may confirm, amend or rescind the decision.
"""


def test_a_report_citing_another_council_once_is_not_that_councils():
    structured = structure_of(REPORT_CITING_ANOTHER_COUNCIL, title="Call-in report to Cabinet")
    assert {p.council for p in structured.paragraphs} == {None}
    assert {p.committee for p in structured.paragraphs} == {"Cabinet"}


def test_minutes_naming_their_council_once_keep_it():
    minutes = "Present: Cllr A Bell (Chairman), Cllr C Dunn\n\n1. Apologies\n\nNone.\n\n2. Precept\n\nIt was agreed that the precept of Little Easton Parish Council be set at £5,000.\n"
    structured = structure_of(minutes)
    assert {p.council for p in structured.paragraphs} == {"Little Easton Parish Council"}


def test_a_motions_record_on_a_short_line_is_a_paragraph_not_a_heading():
    """Parish minutes print who proposed a payment, or the vote, on a short line of its own at the end of an item; read as a
    section heading (no sentence ending) it went into no paragraph and was lost. Real headings are still headings."""
    text = """7\\. Payments for Approval

Mrs Negus - quarter salary to end August £325.00

Payment proposed by Mrs Leaman, seconded by Mr Stocking

8\\. To Approve the Minutes of the last Council Meeting on 16 January

Cllr Mrs Clements proposed accepting the minutes seconded by Cllr Mrs Lintern.

4 Votes for 1 Abstention - Carried

9\\. To agree the Precept

For – 5 Against - 2

10\\. Correspondence

All in favour

11\\. Playing Field

Proposed Skate Park

The committee discussed the design.
"""
    blocks, _ = read_markdown(text)
    paragraphs = find_structure(blocks).paragraphs
    texts = [p.text for p in paragraphs]
    for line in ("Payment proposed by Mrs Leaman, seconded by Mr Stocking", "4 Votes for 1 Abstention - Carried", "For – 5 Against - 2", "All in favour"):
        assert line in texts
    assert next(p for p in paragraphs if p.text == "4 Votes for 1 Abstention - Carried").item_number == "8"
    design = next(p for p in paragraphs if p.text.startswith("The committee discussed"))
    assert design.section == "Proposed Skate Park"


def test_a_label_over_the_minutes_own_heading_does_not_name_the_council():
    text = (
        "Minutes from Ashwell PC\n\nMinutes of the meeting of the Little Barford Parish Council\n\n"
        "held on Thursday 25th November 2004 in the Village Hall\n\n1. Present: A. Cole - Chairman, B. Dunn\n\n2. Apologies: None\n"
    )
    assert {p.council for p in structure_of(text).paragraphs} == {"Little Barford Parish Council"}


def test_a_neighbouring_place_one_letter_apart_is_not_a_misprint():
    text = (
        "Minutes of Linton Parish Council held on 3 May 2012\n\nPresent: Cllr A Cole (Chairman), Cllr B Dunn\n\n"
        "1. Hinton footpath\n\nThe Hinton footpath is closed; Hinton residents asked for the Hinton stile to be mended.\n"
    )
    assert {p.council for p in structure_of(text).paragraphs} == {"Linton Parish Council"}


def test_the_last_line_of_a_vote_list_with_its_count_is_a_paragraph_not_a_heading():
    """Irish minutes end each nominee's list of voters with the number: "Tobin, Walsh. **(5)**". With no sentence end it was
    read as a section heading; two such lines in a row lost the first, and with it the next nominee's heading."""
    text = """1\\. Election of Mayor

For Councillor Dunne

Councillors Dunne, Hanley,

Tobin, Walsh. **(4)**

For Councillor Roche

Councillors Ahern, Roche. **(2)**

There were no abstentions.

Planning Applications (2)

Two applications were noted.
"""
    blocks, _ = read_markdown(text)
    paragraphs = find_structure(blocks).paragraphs
    texts = [p.text for p in paragraphs]
    assert "Tobin, Walsh. (4)" in texts and "Councillors Ahern, Roche. (2)" in texts
    assert next(p for p in paragraphs if p.text.startswith("Councillors Ahern")).section == "For Councillor Roche"
    assert next(p for p in paragraphs if p.text == "Two applications were noted.").section == "Planning Applications (2)"  # still a heading


def test_minutes_numbered_by_year_month_and_serial_with_the_text_after_a_colon():
    # Hand-checked on a parish's web minutes: "Item 15/06/4 <title>: <text>", or the title alone with a colon.
    text = (
        "Minutes of the meeting of Hilltop Parish Council held on 2 June 2025\n\n"
        "Item 25/06/1 Public Forum – LGA 1972, Section 100(1): There were no members of the public.\n\n"
        "Item 25/06/2 Accepted Apologies for absence: Absent: Cllr Mike Hale\n\n"
        "Item 25/06/3 Members Declaration of Interest: Cllr Lane for Item 11\n\n"
        "Item 25/06/4 Highways Matters:\n\nThe sign on Mill Road has been knocked over.\n\n"
        "The planning meeting of 12/05/25 Minutes were noted.\n"
    )
    paragraphs = structure_of(text).paragraphs
    by_text = {p.text: (p.item_number, p.item_title) for p in paragraphs}
    assert by_text["There were no members of the public."] == ("25/06/1", "Public Forum – LGA 1972, Section 100(1)")
    # The short text after the colon is the item's paragraph, not a heading over nothing.
    assert by_text["Absent: Cllr Mike Hale"] == ("25/06/2", "Accepted Apologies for absence")
    assert by_text["Cllr Lane for Item 11"] == ("25/06/3", "Members Declaration of Interest")
    assert by_text["The sign on Mill Road has been knocked over."] == ("25/06/4", "Highways Matters")
    # A date written with slashes is no item number.
    assert all(p.item_number != "12/05/25" for p in paragraphs)


def test_an_agendas_questions_and_notices_of_motion_are_items_whether_or_not_numbered():
    # Hand-made on the pattern of Irish municipal district agendas whose scan lost the number column.
    text = (
        "Agenda of the meeting of the Municipal District of Riverside to be held on Monday, 5 May 2025\n\n"
        "AGENDA\n\n1. Minutes\n\nTo adopt Minutes of the meeting held on 7 April 2025.\n\n"
        "Environment, Climate Action and Shared Services Directorate\n\nTo Receive Update on the new playground.\n\n"
        "QUESTIONS\n\nQuestion submitted by Councillor J. Ryan\n\n"
        "| will ask at the next Meeting when the footpath on Main Street will be repaired.\n\n"
        "Notice of Motion submitted by Councillor Ann Lee (to be referred to the Travel and\n\n"
        "Transportation Strategic Policy Committee)\n\n"
        "I will move at the next Meeting that a speed survey be carried out in the village.\n\n"
        "Notice of Motion submitted by Councillor T. Burke\n\n"
        "We will move at the next Meeting that the Council write to the Minister.\n"
    )
    paragraphs = structure_of(text).paragraphs

    def item_of(start: str) -> tuple[str | None, str | None]:
        return next((p.item_number, p.item_title) for p in paragraphs if p.text.startswith(start))

    assert item_of("To Receive Update on the new pl") == (None, "Environment, Climate Action and Shared Services Directorate")
    assert item_of("| will ask at the next Meeting ") == (None, "Question submitted by Councillor J. Ryan")
    assert item_of("I will move at the next Meeting") == (
        None, "Notice of Motion submitted by Councillor Ann Lee (to be referred to the Travel and Transportation Strategic Policy Committee)"
    )
    assert item_of("We will move at the next Meetin") == (None, "Notice of Motion submitted by Councillor T. Burke")
    # The group heading is an item of its own, its line its paragraph; the title's second line is no paragraph.
    assert item_of("QUESTIONS") == (None, "Questions")
    assert not any(p.text.startswith("Transportation Strategic") for p in paragraphs)


def test_an_agendas_number_column_flattened_apart_from_its_titles_numbers_them_in_order():
    # Hand-made on the pattern of a scanned two-column agenda page: the numbers come out first, then the titles.
    text = (
        "Agenda of the meeting of the Municipal District of Riverside to be held on Monday, 5 May 2025\n\n"
        "AGENDA\n\n1. Minutes\n\nTo adopt Minutes of the meeting held on 7 April 2025.\n\n"
        "2.\n\n3.\n\n4.\n\n3\n\n"
        "Question submitted by Councillor J. Ryan\n\n| will ask at the next Meeting when the footpath will be repaired.\n\n"
        "NOTICES OF MOTION\n\n"
        "Notice of Motion submitted by Councillor Ann Lee\n\nI will move at the next Meeting that a speed survey be carried out.\n\n"
        "Notice of Motion submitted by Councillor T. Burke\n\nI will move at the next Meeting that the Council write to the Minister.\n\n"
        "7.\n\n10.\n\n"
        "Question submitted by Councillor M. Daly\n\nI will ask at the next Meeting when the lights will be fixed.\n"
    )
    paragraphs = structure_of(text).paragraphs
    items = [(p.item_number, p.item_title) for p in paragraphs if p.text.startswith(("|", "I will"))]
    assert items == [
        ("2", "Question submitted by Councillor J. Ryan"),
        ("3", "Notice of Motion submitted by Councillor Ann Lee"),  # the group heading in capitals takes no number
        ("4", "Notice of Motion submitted by Councillor T. Burke"),
        (None, "Question submitted by Councillor M. Daly"),  # "7." "10." do not run on by one: no column to trust
    ]
    assert not any(p.text in ("2.", "3.", "4.") for p in paragraphs)


def test_unnumbered_minutes_that_run_each_heading_into_its_text():
    # Hand-made on the pattern of parish minutes that number nothing: "Topic: text" opens each minute.
    text = (
        "Minutes of the meeting of Hilltop Parish Council held on 2 June 2025\n\n"
        "Minutes of the last Meeting: Cllr Lane proposed acceptance, seconded by Cllr Hale.\n\n"
        "The Queen’s Jubilee 2026: The Chairman asked whether a beacon should be lit.\n\n"
        "It was agreed to ask the Church.\n\n"
        "Resolved: To buy a bench.\n\nCllr Lane: Asked about the bins.\n\nCirculated: The county newsletter.\n\n"
        "John Smith: Thanked the Council.\n"
    )
    paragraphs = structure_of(text).paragraphs
    item_of = {p.text: p.item_title for p in paragraphs}
    # The line stays the item's paragraph as printed; its opening words are the item's title.
    assert item_of["Minutes of the last Meeting: Cllr Lane proposed acceptance, seconded by Cllr Hale."] == "Minutes of the last Meeting"
    assert item_of["It was agreed to ask the Church."] == "The Queen’s Jubilee 2026"
    # A decision, a member's turn, a line's label or a person's name before a colon is no topic.
    assert {item_of[t] for t in ("Resolved: To buy a bench.", "Cllr Lane: Asked about the bins.", "Circulated: The county newsletter.")} == {"The Queen’s Jubilee 2026"}
    assert item_of["John Smith: Thanked the Council."] == "The Queen’s Jubilee 2026"


def test_minutes_of_the_last_meeting_approved_near_the_top_is_an_item_not_a_meeting_heading():
    # Hand-made on the pattern of parish minutes that run each heading into its text.
    text = (
        "Minutes of Hilltop Parish Council Meeting held in the Village Hall on Wednesday 10 August 2025\n\n"
        "Those Attending: Cllr T Hale (Chairman), Cllr Mrs J Lane\n\n"
        "Apologies: Cllr R Bell\n\n"
        "Minutes of the last Meeting: Cllr Mrs Lane proposed acceptance, seconded by Cllr Hale\n\n"
        "Village Plan: The Clerk reported on the plan.\n"
    )
    result = structure_of(text)
    line = "Minutes of the last Meeting: Cllr Mrs Lane proposed acceptance, seconded by Cllr Hale"
    assert [(p.item_title, p.committee) for p in result.paragraphs if p.text == line] == [("Minutes of the last Meeting", result.committee)]
    assert result.committee is None or "Apologies" not in result.committee


def test_the_publics_part_of_the_meeting_headed_alone_on_its_line_is_an_item():
    # Invented Markdown minutes: "**Open Forum.**" alone on its line over the public's points, after numbered items.
    text = (
        "1. **Apologies.** None.\n\n"
        "2. **Minutes.** The minutes were signed.\n\n"
        "3. **Other Business.** The Clerk would report on the hedges.\n\n"
        "The official meeting ended at 9.08pm.\n\n"
        "**Open Forum.**\n\n"
        "- A sunken manhole cover has been repaired.\n"
        "- A resident asked about the bus times.\n\n"
        "**Closure.** The Chairman thanked everyone for attending.\n"
    )
    blocks, _ = read_markdown(text)
    paragraphs = find_structure(blocks).paragraphs
    by_text = {p.text: p for p in paragraphs}
    assert (by_text["A resident asked about the bus times."].item_number, by_text["A resident asked about the bus times."].item_title) == (None, "Open Forum")
    assert by_text["The official meeting ended at 9.08pm."].item_number == "3"


def test_an_attendance_line_without_a_colon_or_headed_attendance_opens_the_minutes_first_item():
    # Invented minutes in three clerks' styles; the heading of the first names no minutes ("Ordinary Meeting").
    for text, head in (
        ("Newton Parish Council – Ordinary Meeting Tuesday 2nd April 2019, 7.30pm Village Hall\n\n"
         "PRESENT Cllr R Ash, Cllr M Birch, Cllr I Elm, Cllr H Fir, Cllr R Oak, Cllr G Yew, Cllr N Lime, Mrs N Cedar (Clerk) and 2 members of the public\n\n1. PUBLIC FORUM A resident spoke about the verges.\n\n"
         "2. APOLOGIES None.\n\n3. MINUTES The minutes were signed.\n", "Present"),
        ("Minutes of Newton Parish Council held on 15 May 2013\n\nThose Attending Mrs M Ash, Mr J Birch, Mr T Elm, Mrs D Cedar, Mrs J Fir, Mr M Oak, Mrs S Yew and Mrs C Lime (Clerk)\n\n"
         "1. Apologies None.\n\n2. Minutes The minutes were signed.\n\n3. Matters Arising None.\n", "Those Attending"),
        ("Minutes of Newton Parish Council held on 1 March 2017\n\nAttendance: Vice Chairman Mrs J Ash Councillors Mrs D Birch Mrs J Elm Mrs M Fir Mr P Oak Mr T Yew and the Clerk\n\n"
         "1. Apologies None.\n\n2. Minutes The minutes were signed.\n\n3. Matters Arising None.\n", "Attendance"),
    ):
        blocks, _ = read_markdown(text)
        paragraphs = find_structure(blocks).paragraphs
        first = next(p for p in paragraphs if "Ash" in p.text)
        assert (first.item_number, first.item_title) == (None, head), text
        assert any(p.item_number == "1" for p in paragraphs)


def test_apologies_printed_without_a_colon_under_the_attendance_stay_a_paragraph():
    text = (
        "Minutes of Newton Parish Council held on 15 May 2013\n\n"
        "Those Attending Mrs M Ash, Mr J Birch, Mr T Elm, Mrs D Cedar, Mrs J Fir, Mr M Oak, Mrs S Yew and Mrs C Lime (Clerk)\n\n"
        "Apologies Mr J Hazel, Mr E Rowan and Borough Councillor C Willow\n\n"
        "Mrs Ash proposed the minutes.\n\nPlaying Field Report\n\nNo report.\n"
    )
    blocks, _ = read_markdown(text)
    texts = [p.text for p in find_structure(blocks).paragraphs]
    assert "Apologies Mr J Hazel, Mr E Rowan and Borough Councillor C Willow" in texts
