"""Each structure recogniser on its own, on lines as councils print them."""
from datetime import date

from indexer.model import Block
from indexer.structure import (
    Agenda,
    Expectation,
    Facts,
    Meeting,
    MeetingHeader,
    Meetings,
    MeetingUpdate,
    Place,
    Progress,
    Reading,
    ReportStart,
    Skip,
    StructureHints,
    continued_title,
    could_be_report_title,
    is_running_header,
    is_section_heading,
    item_heading,
    kind_after_report_by,
    kind_named_by_heading,
    meeting_header,
    opening_council,
    own_meeting_resumes,
    paragraph_kind,
    report_part,
    section_marker,
    skipped_line,
    split_label,
    start_item,
    with_meeting,
)


def _meetings(*meetings: Meeting, current: int = 0, own: int | None = None) -> Meetings:
    return Meetings(tuple(meetings) or (Meeting(),), current=current, own=own)


def _header(text: str, *, blocks: list[str] | None = None, index: int = 0, reading: Reading | None = None, doc_kind: str = "other") -> MeetingHeader | None:
    lines = blocks or [text]
    facts = Facts([Block(line) for line in lines], StructureHints(), None, doc_kind, frozenset())
    return meeting_header(text, index, reading or Reading(meetings=_meetings()), facts)


# -- lines that carry nothing to index ---------------------------------------------------------


def test_blank_page_notice_marks_the_end_of_a_document_in_a_pack():
    assert skipped_line("This page is intentionally left blank", Block("This page is intentionally left blank")) == Skip.BLANK_PAGE


def test_moderngov_agenda_item_page_marker_announces_a_title():
    assert skipped_line("Agenda Item", Block("Agenda Item")) == Skip.AGENDA_ITEM_PAGE


def test_page_numbers_and_times_are_noise():
    assert skipped_line("Page 12 of 40", Block("Page 12 of 40")) == Skip.NOISE
    assert skipped_line("10.10", Block("10.10")) == Skip.NOISE
    assert skipped_line("- 7 -", Block("- 7 -")) == Skip.NOISE


def test_a_number_with_a_printed_label_is_not_a_page_number():
    assert skipped_line("25", Block("25", label="3.1")) is None


def test_a_sentence_is_not_noise():
    text = "Apologies were received from Councillor Mathew."
    assert skipped_line(text, Block(text)) is None


# -- running headers and packs ------------------------------------------------------------------


def test_running_header_is_a_short_line_seen_on_every_page():
    repeated = frozenset({"cabinet26may2015"})
    assert is_running_header("CABINET - 26 MAY 2015", repeated)
    assert not is_running_header("Cabinet noted the report.", repeated)


def test_page_header_dated_with_the_packs_own_meeting_returns_to_it():
    own = Meeting(committee="Cabinet", date=date(2015, 5, 26))
    earlier = Meeting(committee="Cabinet", date=date(2015, 4, 21))
    meetings = _meetings(own, earlier, current=1, own=0)
    assert own_meeting_resumes("CABINET - 26 MAY 2015", meetings, None)
    assert not own_meeting_resumes("CABINET - 21 APRIL 2015", meetings, None)


def test_page_header_cannot_return_to_a_meeting_with_no_date():
    meetings = _meetings(Meeting(committee="Cabinet"), own=0)
    assert not own_meeting_resumes("CABINET - 26 MAY 2015", meetings, None)


def test_report_title_is_a_short_line_that_is_not_metadata():
    assert could_be_report_title(Block("Highways Term Maintenance Contract"), "Highways Term Maintenance Contract")
    assert not could_be_report_title(Block("Report by Corporate Director of Finance"), "Report by Corporate Director of Finance")
    assert not could_be_report_title(Block("Contact Officer: Jane Smith"), "Contact Officer: Jane Smith")
    assert not could_be_report_title(Block("The Cabinet is asked to note the report."), "The Cabinet is asked to note the report.")


AGENDA = Agenda(items=(("5", "Revenue and Capital Budget Monitoring"), ("6", "Highways Term Maintenance Contract"), ("7", "Family Hubs")))


def test_heading_naming_an_agenda_item_starts_its_report():
    read, start = report_part("Highways Term Maintenance Contract", False, AGENDA, Place(item_number="5"), "report")
    assert read
    assert start == ReportStart("6", "Highways Term Maintenance Contract", matched_agenda=True)


def test_heading_of_the_report_already_in_force_starts_nothing():
    read, start = report_part("Highways Term Maintenance Contract", False, AGENDA, Place(item_number="6"), "report")
    assert (read, start) == (True, None)


def test_awaited_report_title_worded_unlike_the_agenda_still_matches_a_later_item():
    agenda = Agenda(items=AGENDA.items, last_report_item="5")
    read, start = report_part("Family Hubs Update and Next Steps", True, agenda, Place(), "report")
    assert read
    assert start == ReportStart("7", "Family Hubs", matched_agenda=True)


def test_awaited_report_title_with_no_agenda_becomes_the_item_title():
    read, start = report_part("Kent Minerals and Waste Local Plan", True, Agenda(), Place(), "agenda")
    assert read
    assert start == ReportStart(None, "Kent Minerals and Waste Local Plan", matched_agenda=False)


def test_unawaited_heading_that_names_no_item_starts_nothing():
    assert report_part("Background", False, AGENDA, Place(), "report") == (True, None)


def test_heading_too_long_to_be_a_title_is_not_read():
    assert report_part("Highways " * 30, True, AGENDA, Place(), "report") == (False, None)


def test_agenda_listing_keeps_order_and_reports_follow_it():
    agenda = Agenda().listing("3", "Minutes").listing("4", "Budget").listing("3", "Minutes of 9 January")
    assert agenda.items == (("3", "Minutes of 9 January"), ("4", "Budget"))
    assert Agenda(items=AGENDA.items, last_report_item="6").after_last_report() == {"7": "Family Hubs"}
    assert Agenda(items=AGENDA.items, last_report_item="7").after_last_report() == dict(AGENDA.items)


# -- meetings -----------------------------------------------------------------------------------


def test_opening_heading_names_the_council():
    assert opening_council("KENT COUNTY COUNCIL", 0) == "Kent County Council"
    assert opening_council("Wretton PC", 1) == "Wretton Parish Council"


def test_council_named_in_passing_in_an_opening_paragraph_is_not_the_heading():
    text = "The meeting heard that Norfolk County Council would resurface the road through the village next spring."
    assert opening_council(text, 2) is None


def test_council_after_the_opening_lines_is_not_read():
    assert opening_council("KENT COUNTY COUNCIL", 12) is None


def test_minutes_heading_gives_committee_and_date():
    found = _header("Minutes of the meeting of the Cabinet held on Thursday, 9 January 2025 at 10.00 am")
    assert found == MeetingHeader(MeetingUpdate(None, "Cabinet", date(2025, 1, 9)), consumed=True, kind="minutes", clears_section=True)


def test_minutes_heading_after_paragraphs_starts_a_new_meeting():
    reading = Reading(meetings=_meetings(Meeting(committee="Cabinet", date=date(2015, 5, 26)), own=0), progress=Progress(paragraphs=5))
    found = _header("MINUTES of the meeting held on Tuesday, 21 April 2015 commencing at 2.00 pm", reading=reading)
    assert found.update == MeetingUpdate(None, "Cabinet", date(2015, 4, 21), new=True)


def test_minutes_heading_takes_the_committee_from_the_title_line_above():
    lines = ["Planning Committee", "Minutes of the meeting held on 13 June 2019"]
    found = _header(lines[1], blocks=lines, index=1)
    assert found.update == MeetingUpdate(None, "Planning Committee", date(2019, 6, 13))


def test_notice_of_meeting_gives_council_and_agenda_kind():
    lines = ["Notice of a Meeting of West Dereham Parish Council", "Monday 3rd March 2003 at 7.30pm"]
    found = _header(lines[0], blocks=lines)
    assert found == MeetingHeader(MeetingUpdate("West Dereham Parish Council", "Full Council", date(2003, 3, 3)), consumed=True, kind="agenda")


def test_decision_maker_line_gives_the_committee_and_is_still_indexed():
    found = _header("Decision Maker: Cabinet Member for Education and Skills")
    assert found == MeetingHeader(MeetingUpdate(committee="Cabinet Member for Education and Skills"), consumed=False)


def test_date_of_decision_fills_a_missing_date_only():
    assert _header("Date of decision: 27/06/2018").update == MeetingUpdate(when=date(2018, 6, 27))
    dated = Reading(meetings=_meetings(Meeting(date=date(2018, 6, 1))))
    assert _header("Date of decision: 27/06/2018", reading=dated) is None


def test_committee_and_date_line_of_a_moderngov_page():
    found = _header("Performance Scrutiny Committee - Thursday, 16 March 2017 10.00 am")
    assert found == MeetingHeader(MeetingUpdate(committee="Performance Scrutiny Committee", when=date(2017, 3, 16)), consumed=True)


def test_dated_report_title_is_consumed_without_a_meeting():
    found = _header("Budget Monitoring Report - 30 January 2025")
    assert found == MeetingHeader(None, consumed=True)


def test_to_line_of_a_report_names_the_committee():
    found = _header("To: Cabinet – 30 January 2025")
    assert found.update == MeetingUpdate(committee="Cabinet", when=date(2025, 1, 30))


def test_parish_meeting_heading_with_a_date():
    found = _header("Boughton Parish Council Meeting, 24th July 2014")
    assert found == MeetingHeader(MeetingUpdate(council="Boughton Parish Council", committee="Full Council", when=date(2014, 7, 24)), consumed=True)


def test_held_on_line_dates_the_minutes():
    found = _header("held on Thursday 13th March 2003 at 7.30pm in the Village Hall")
    assert found == MeetingHeader(MeetingUpdate(when=date(2003, 3, 13)), consumed=True, kind="minutes")


def test_a_plain_sentence_states_no_meeting():
    assert _header("The clerk reported that the grass cutting contract had been renewed.") is None


def test_stated_values_fill_gaps_but_never_overwrite():
    meetings = _meetings(Meeting(committee="Cabinet"))
    after = with_meeting(meetings, MeetingUpdate(council="Kent County Council", committee="Scrutiny Committee", when=date(2025, 1, 30)))
    assert after.now == Meeting("Kent County Council", "Cabinet", date(2025, 1, 30))
    assert (after.own, after.first_council, len(after.all)) == (0, "Kent County Council", 1)


def test_new_meeting_is_added_and_the_own_meeting_kept():
    meetings = _meetings(Meeting("Kent County Council", "Cabinet", date(2015, 5, 26)), own=0)
    after = with_meeting(meetings, MeetingUpdate(when=date(2015, 4, 21), new=True))
    assert after.now == Meeting("Kent County Council", "Cabinet", date(2015, 4, 21))
    assert (after.current, after.own, after.in_own) == (1, 0, False)
    assert after.all[0].date == date(2015, 5, 26)


def test_hinted_council_wins_over_the_text():
    after = with_meeting(_meetings(), MeetingUpdate(council="Cabinet Council"), hinted_council="Kent County Council")
    assert after.now.council == "Kent County Council"


# -- items and sections -------------------------------------------------------------------------


def test_moderngov_number_alone_waits_for_its_title():
    found = item_heading(Block("13/17"), Expectation(), Place(), "minutes", False)
    assert (found.consumed, found.starts, found.pending_number) == (True, False, "13/17")
    title = item_heading(Block("Apologies for Absence"), Expectation(number="13/17"), Place(), "minutes", False)
    assert (title.consumed, title.number, title.title, title.pending_number) == (True, "13/17", "Apologies for Absence", None)


def test_title_after_an_agenda_item_page_marker_starts_an_unnumbered_item():
    found = item_heading(Block("Family Hubs Call-in"), Expectation(item_title=True), Place(), "agenda", False)
    assert (found.consumed, found.starts, found.number, found.title) == (True, True, None, "Family Hubs Call-in")


def test_numbered_agenda_heading_is_an_item_the_listing_may_record():
    found = item_heading(Block("5. Revenue and Capital Budget Monitoring (Pages 7 - 20)"), Expectation(), Place(), "agenda", False)
    assert (found.consumed, found.number, found.title, found.listed) == (True, "5", "Revenue and Capital Budget Monitoring (Pages 7 - 20)", True)


def test_minute_heading_with_an_item_reference():
    text = "88. 24/00108 - Revenue and Capital Budget Monitoring Report (Item 5)"
    found = item_heading(Block(text), Expectation(), Place(item_number="87"), "minutes", False)
    assert (found.consumed, found.number, found.title) == (True, "88", "24/00108 - Revenue and Capital Budget Monitoring Report (Item 5)")


def test_minute_number_printed_in_its_own_column():
    found = item_heading(Block("24/00109 - Transfer of the Strengthening Independence Service", label="90"), Expectation(), Place(item_number="89"), "minutes", False)
    assert (found.consumed, found.number) == (True, "90")


def test_numbered_headings_inside_a_report_are_sections():
    found = item_heading(Block("2. Background"), Expectation(), Place(), "report", False)
    assert (found.consumed, found.starts, found.rest) == (False, False, "2. Background")


def test_sub_paragraph_numbers_inside_a_minute_are_not_new_items():
    found = item_heading(Block("2. Highways"), Expectation(), Place(item_number="45"), "minutes", False)
    assert not found.starts


def test_capitals_heading_run_into_its_minute_leaves_the_minute_to_index():
    found = item_heading(Block("3. APOLOGIES Received from Cllr Smith and Cllr Jones."), Expectation(), Place(item_number="2"), "minutes", False)
    assert (found.consumed, found.number, found.title, found.rest) == (False, "3", "APOLOGIES", "Received from Cllr Smith and Cllr Jones.")


def test_inline_heading_with_a_colon():
    found = item_heading(Block("4. Planning: The council had no objection to the extension at Mill Lane."), Expectation(), Place(item_number="3"), "minutes", False)
    assert (found.number, found.title, found.rest) == ("4", "Planning", "The council had no objection to the extension at Mill Lane.")


def test_lines_in_a_list_of_decisions_are_not_headings():
    found = item_heading(Block("2. Approve the Capital Programme"), Expectation(), Place(item_number="1"), "minutes", True)
    assert (found.consumed, found.starts) == (False, False)


def test_item_start_clears_the_section_and_notes_an_open_bracket():
    place, kind = start_item("291", "Capital Programme 2025-35 (including", "decision", "minutes", False)
    assert place == Place(item_number="291", item_title="Capital Programme 2025-35 (including", section=None, title_open=True)
    assert kind == "minutes"


def test_item_of_the_own_meeting_in_an_agenda_opens_with_agenda_text():
    assert start_item("3", "Minutes", "minutes", "agenda", True)[1] == "agenda"
    assert start_item("3", "Minutes", "minutes", "agenda", False)[1] == "minutes"


def test_second_line_of_a_title_closes_its_bracket():
    place = Place(item_title="Capital Programme 2025-35 (including", title_open=True)
    assert continued_title(Block("Treasury Management Strategy)", heading=True), "Treasury Management Strategy)", place) == (
        "Capital Programme 2025-35 (including Treasury Management Strategy)"
    )
    assert continued_title(Block("The report was noted."), "The report was noted.", place) is None


def test_moderngov_section_markers():
    assert section_marker("Minutes:") == ("Minutes", "minutes")
    assert section_marker("Decision details") == ("Decisions", "decision")
    assert section_marker("Minutes of the last meeting") is None


def test_section_heading_is_a_short_title_line():
    assert is_section_heading(Block("Financial Implications"), "Financial Implications")
    assert is_section_heading(Block("Background to the proposals for the new service", heading=True), "Background to the proposals for the new service")
    assert not is_section_heading(Block("The committee noted the report."), "The committee noted the report.")
    assert not is_section_heading(Block("Financial Implications", bullet=True), "Financial Implications")


# -- kinds and labels ---------------------------------------------------------------------------


def test_agenda_and_minutes_headings_set_the_kind():
    assert kind_named_by_heading("AGENDA", "3") == "agenda"
    assert kind_named_by_heading("Printed minutes", None) == "minutes"
    assert kind_named_by_heading("Minutes", "3") is None
    assert kind_named_by_heading("Background", None) is None


def test_report_by_starts_a_report_except_inside_minutes_or_an_agenda_item():
    line = "Report by Corporate Director of Finance"
    assert kind_after_report_by(line, "agenda", "report", None) == "report"
    assert kind_after_report_by(line, "minutes", "minutes", None) == "minutes"
    assert kind_after_report_by(line, "agenda", "agenda", "5") == "agenda"
    assert kind_after_report_by("The report was noted.", "agenda", "report", None) == "agenda"


def test_printed_paragraph_numbers_are_split_off():
    assert split_label(Block("3.2 Basic Need funding is allocated"), "3.2 Basic Need funding is allocated") == ("3.2", "Basic Need funding is allocated")
    assert split_label(Block("(b) approve the plan"), "(b) approve the plan") == ("(b)", "approve the plan")
    assert split_label(Block("approve the plan", label="5.3"), "approve the plan") == ("5.3", "approve the plan")
    row = "2024 | 3.2 | Budget"
    assert split_label(Block(row, table_row=True), row) == (None, row)


def test_resolved_line_is_a_decision_and_opens_a_list():
    assert paragraph_kind(Block("RESOLVED that:"), "RESOLVED that:", "minutes", False) == ("decision", True)
    assert paragraph_kind(Block("RESOLVED: to note the report."), "RESOLVED: to note the report.", "minutes", False) == ("decision", True)
    text = "Resolved that the Cabinet agrees the Commissioning Plan for Education Provision in Kent 2025-29 as set out."
    assert paragraph_kind(Block(text), text, "minutes", False) == ("decision", False)


def test_numbered_lines_after_resolved_are_decisions_until_prose_returns():
    assert paragraph_kind(Block("approve the plan", label="(a)"), "approve the plan", "minutes", True) == ("decision", True)
    assert paragraph_kind(Block("Mr Jones thanked officers."), "Mr Jones thanked officers.", "minutes", True) == ("minutes", False)


def test_recommended_is_not_a_decision():
    text = "The Cabinet is RECOMMENDED to agree the plan."
    assert paragraph_kind(Block(text), text, "report", False) == ("report", False)


def test_metadata_lines_and_table_rows_are_other():
    assert paragraph_kind(Block("Contact Officer: Jane Smith"), "Contact Officer: Jane Smith", "report", False) == ("other", False)
    assert paragraph_kind(Block("RESOLVED | 5", table_row=True), "RESOLVED | 5", "minutes", True) == ("other", True)

