"""Agenda front sheets and minutes headings of Irish and UK councils: the meeting's body, date and item numbers (issue 14)."""
from datetime import date

from indexer.dates import first_date
from indexer.loaders.text import read_text
from indexer.structure import StructureHints, find_structure


def structure_of(text: str, **hints):
    return find_structure(read_text(text), StructureHints(**hints))


def test_a_convening_sentence_broken_over_lines_names_the_meeting_and_its_date():
    # A converted page puts a line break inside the sentence: body, "will be held" and the year on three lines.
    text = (
        "TO: THE CHAIR AND EACH MEMBER OF THE HOUSING STRATEGIC POLICY\n\nCOMMITTEE\n\n"
        "A meeting of Riverside County Council Housing Strategic Policy\n\n"
        "Committee will be held in the Council Chamber, Civic Offices on 11th April\n\n2024\n\n"
        "AGENDA\n\n1. Confirm Minutes of the most recent meeting held on the 22nd February 2024\n\n2. Housing Delivery\n"
    )
    result = structure_of(text)
    assert result.committee == "Housing Strategic Policy Committee"
    assert result.date == date(2024, 4, 11)


def test_a_convening_letter_names_the_body_when_the_date_is_already_known():
    # The date came first from the title (a file name or front matter); the letter still names who meets.
    text = (
        "Agenda - Monthly Meeting - 21st September 2020\n\n16 September, 2020.\n\nA Chomhairleoir, a chara,\n\n"
        "You are requested to attend a Meeting of the Metropolitan District of Riverside to be held in the\n\n"
        "Council Chamber, Civic Offices on Monday, 21st September, 2020 at 9.45 am.\n\nAGENDA\n\n1. Minutes\n\n2. Disposal of Land\n"
    )
    result = structure_of(text)
    assert result.committee == "Metropolitan District of Riverside"
    assert result.date == date(2020, 9, 21)


def test_an_ocr_raised_ordinal_read_as_a_trade_mark_sign():
    assert first_date("on Monday, 4™ September, 2023 at 9.30 a.m.") == date(2023, 9, 4)


def test_a_meeting_date_without_its_year_takes_the_year_of_the_letter_calling_it():
    # 3 December 2018 was a Monday; nothing but the letter's own date gives the year.
    text = (
        "28th November 2018\n\nTo: The Chairperson and Each Member of the Transport Strategic Policy Committee\n\n"
        "You are invited to attend a Meeting of the Transport Strategic Policy Committee to be held in the Council Chamber, on Monday 3rd\n\n"
        "December at 10:00 a.m. The business to be transacted is set out in the appended agenda.\n\nAgenda\n\n1. Minutes\n"
    )
    result = structure_of(text)
    assert (result.committee, result.date) == ("Transport Strategic Policy Committee", date(2018, 12, 3))


def test_a_minutes_heading_broken_over_lines_gives_the_council_committee_and_date():
    # Capitals broken mid-name by a converted page; the date is on the third line.
    text = (
        "MINUTES OF PROCEEDINGS AT ANNUAL MEETING OF RIVERSIDE\n\nCITY AND COUNTY COUNCIL HELD IN THE COUNCIL CHAMBER,\n\n"
        "CIVIC OFFICES, RIVERSIDE, ON MONDAY, 26TH JUNE, 2017, AT\n\n3.00P.M.\n\nPRESENT IN THE CHAIR:\n\nCouncillor K. Brown, Mayor.\n\n"
        "1. Election of Mayor\n\nThe Mayor invited nominations.\n"
    )
    result = structure_of(text)
    assert (result.council, result.committee, result.date) == ("Riverside City and County Council", "Full Council", date(2017, 6, 26))
    joint = (
        "MINUTES OF PROCEEDINGS AT VIRTUAL MEETING OF THE JOINT\n\nPOLICING COMMITTEE HELD ON 4TH DECEMBER, 2020, AT 10.00 A.M.\n\n"
        "IN THE CHAIR :\n\nCouncillor A. Brown\n\n1. Minutes\n\nThe minutes were adopted.\n"
    )
    assert structure_of(joint).committee == "Joint Policing Committee"
    # A sentence stating the meeting under the heading is read on its own: it names the committee in full.
    spc = (
        "MINUTES OF MEETING OF RIVERSIDE CITY AND COUNTY COUNCIL HOME AND SOCIAL\n\nDEVELOPMENT SPC\n\n"
        "A meeting of Riverside City and County Council, Home and Social Development Strategic Policy\n\n"
        "Committee was held on Tuesday, 24th October, 2016.\n\nIn Attendance\n\n1. Minutes\n\nThe minutes were adopted.\n"
    )
    assert structure_of(spc).committee == "Home and Social Development Strategic Policy Committee"
    # A status line set between the heading and its date is no part of the body's name.
    draft = "Minutes of the June meeting of the Riverside Parish Council\n\nDRAFT\n\nMeeting held on 21 June 2006\n\n1. Apologies\n\nNone.\n"
    assert structure_of(draft).committee == "Full Council"


def test_a_heading_in_capitals_over_numbered_items_is_an_item_of_its_own():
    # Irish agendas group their numbered questions and motions under "QUESTIONS" / "NOTICES OF MOTION".
    text = (
        "AGENDA\n\n1. Minutes\n\nTo adopt minutes.\n\n5. Economic Development Directorate\n\n(Report To Follow).\n\n"
        "QUESTIONS\n\n6. Question submitted by Councillor C. Brown\n\nI will ask at the next Meeting for an update.\n\n"
        "NOTICES OF MOTION\n\n7. Notice of Motion submitted by Councillor D. Green\n\nI will move at the next Meeting that the Council act.\n"
    )
    items = [(p.item_number, (p.item_title or "").upper()) for p in structure_of(text).paragraphs]
    assert items.index((None, "QUESTIONS")) < items.index(("6", "QUESTION SUBMITTED BY COUNCILLOR C. BROWN"))
    assert (None, "NOTICES OF MOTION") in items
    assert (None, "AGENDA") not in items  # the document's title over its first item heads no group
    # A heading in capitals inside an item, over its text, stays a part of that item.
    inside = "AGENDA\n\n4. Disposal of Land\n\nLAND AT ELM FARM\n\nTo consider the disposal of land at Elm Farm.\n\n5. Correspondence\n"
    assert (None, "LAND AT ELM FARM") not in [(p.item_number, (p.item_title or "").upper()) for p in structure_of(inside).paragraphs]


def test_an_agenda_title_over_its_purpose_line_is_an_item_when_the_scan_lost_its_number():
    text = (
        "AGENDA\n\n1. Minutes\n\nTo adopt Minutes of the Ordinary Meeting.\n\n"
        "Disposal of Land\n\nTo consider proposal for the disposal of land at Elm Farm.\n\n(Report Enclosed)\n\n"
        "Chief Executive’s Report\n\nTo consider Chief Executive’s Report for the months of March and April, 2022.\n"
    )
    items = {(p.item_number, p.item_title) for p in structure_of(text).paragraphs}
    assert (None, "Disposal of Land") in items
    assert (None, "Chief Executive’s Report") in items
    # In minutes the same lines are text of the item above, not items.
    minutes = "Minutes of the meeting held on 5 May 2022\n\n1. Minutes\n\nThe minutes were adopted.\n\nDisposal of Land\n\nTo consider a proposal was the item's purpose.\n"
    assert (None, "Disposal of Land") not in {(p.item_number, p.item_title) for p in structure_of(minutes).paragraphs}


def test_lettered_parts_of_an_item_are_items_with_their_printed_numbers():
    text = (
        "Minutes of the meeting held on 1 June 2016\n\n5. Planning\n\nThe Planner reported on the plan.\n\n"
        "6(a). Update on Derelict Sites\n\nThe Planner informed the Meeting that there were 13 properties.\n\n"
        "(b) Update on the Taking in Charge of Elm Estate\n\nThe Administrator informed Members.\n\n"
        "(c) Update on the Taking in Charge of Oak Estate\n\nCirculated, Report from the Staff Officer.\n\n"
        "7. Update on Cemetery\n\nCirculated, Report.\n"
    )
    items = [(p.item_number, p.item_title) for p in structure_of(text).paragraphs]
    assert items == [
        ("5", "Planning"),
        ("6(a)", "Update on Derelict Sites"),
        ("(b)", "Update on the Taking in Charge of Elm Estate"),
        ("(c)", "Update on the Taking in Charge of Oak Estate"),
        ("7", "Update on Cemetery"),
    ]
    # A lettered line of a list inside an item (no lettered item before it) stays text of the item.
    listing = "AGENDA\n\n1. Minutes\n\nTo adopt Minutes of the following Meetings:\n\n(a) Ordinary Meeting of the Council\n\n(b) Special Meeting of the Council\n"
    assert {p.item_number for p in structure_of(listing).paragraphs} <= {None, "1"}


def test_a_letter_saying_the_mayor_has_called_a_meeting_of_the_council_is_the_full_councils():
    text = (
        "Agenda - Special Meeting - 24th January 2020\n\nCorporate Services,\n\nCorporate Headquarters,\n\nMerchants Quay,\n\n22nd January, 2020.\n\n"
        "To: The Mayor and Each Member of Riverside City and County Council\n\n"
        "A Chomhairleoir, a chara,\n\nCouncillor A. Brown, Mayor of the City and County of Riverside, has called a Special\n\n"
        "Meeting of Riverside City and County Council to be held in the Council Chamber, Civic Offices, on Friday, 24% January, 2020, at 9.30 a.m.\n\n"
        "Is mise le meas,\n\nB. Green,\n\nMeetings Administrator.\n"
    )
    result = structure_of(text)
    assert (result.council, result.committee, result.date) == ("Riverside City and County Council", "Full Council", date(2020, 1, 24))
