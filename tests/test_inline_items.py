"""Items and numbered points that minutes print inline, in text, Markdown and HTML."""
from indexer.loaders.html import read_html
from indexer.loaders.inline import first_sentence, split_inline_items, split_title
from indexer.loaders.text import read_markdown, read_text
from indexer.model import Block
from indexer.structure import find_structure

# Shaped like the parish minutes of the issue: items and points run together in one paragraph.
RUN_TOGETHER = (
    "Attendance: Cllr A Smith (Chair), Cllr B Jones and the Clerk were present. Members of the Public: 6 226/18 Apologies and Welcome There were no apologies. "
    "227/18 Clerk's Report (Inc Matters Arising) 1) Village gates – no update from Highways. "
    "2) Pot hole outside the Mill now resolved. The Clerk will chase the other one, see minute 127/18. "
    "228/18 To Approve: Minutes of the Meeting held on 6 June 2018 The minutes were approved as a true record. "
    "229/18 Date and Time of Next Meeting – Wednesday 1 August 2018 at 7.00 pm"
)


def _items(paragraphs):
    return [(p.item_number, p.item_title) for p in paragraphs]


def test_items_printed_inline_get_their_number_and_title():
    paragraphs = find_structure(read_text(RUN_TOGETHER)).paragraphs
    found = dict(_items(paragraphs))
    assert found == {
        None: "Attendance",  # the attendance opening the minutes: their first, unnumbered item (as sets 5 and 6 label it)
        "226/18": "Apologies and Welcome",
        "227/18": "Clerk's Report (Inc Matters Arising)",
        "228/18": "To Approve: Minutes of the Meeting held on 6 June 2018",
        "229/18": "Date and Time of Next Meeting",
    }
    by_text = {p.text: p for p in paragraphs}
    assert by_text["There were no apologies."].item_number == "226/18"
    assert by_text["The minutes were approved as a true record."].item_number == "228/18"


def test_numbered_points_inside_an_item_are_paragraphs_with_their_labels():
    paragraphs = find_structure(read_text(RUN_TOGETHER)).paragraphs
    points = [p for p in paragraphs if p.item_number == "227/18"]
    assert [(p.label, p.text[:20]) for p in points] == [("1)", "Village gates – no u"), ("2)", "Pot hole outside the")]
    # A reference to an earlier minute ("see minute 127/18") starts nothing.
    assert "see minute 127/18." in points[1].text


def test_every_word_is_kept():
    paragraphs = find_structure(read_text(RUN_TOGETHER)).paragraphs
    kept = " ".join(" ".join(filter(None, (p.item_number, p.item_title, p.label, p.text))) for p in paragraphs)
    for word in RUN_TOGETHER.replace("–", " ").split():
        assert word.strip(".:") in kept, word


def test_inline_items_in_markdown_and_html():
    markdown, _ = read_markdown("---\ntitle: Minutes\n---\n\n" + RUN_TOGETHER + "\n")
    html, _ = read_html(f"<html><body><p>{RUN_TOGETHER}</p></body></html>")
    for blocks in (markdown, html):
        numbers = [p.item_number for p in find_structure(blocks).paragraphs]
        assert {"226/18", "227/18", "228/18", "229/18"} <= set(numbers)


def test_plain_numbers_inline_are_items_only_in_sequence():
    text = ("Minutes of the meeting held on 9th December 2015 Attendance: Mrs D Clements 13 1. Apologies Cllr M Leamon - Family Commitment "
            "2. To agree Minutes of the last meeting Proposed Cllr Stocking. 3. Matters arising The agreement had not been agreed. "
            "The Clerk will report in phase 2. Then the work starts. 4. Declarations of Interest Cllr Hardy - Item 12, Payment of Bills")
    found = _items(find_structure(read_text(text)).paragraphs)
    numbers = [n for n, _ in found if n]
    assert sorted(set(numbers), key=int) == ["1", "2", "3", "4"]
    assert ("1", "Apologies") in found and ("4", "Declarations of Interest") in found


def test_an_item_that_is_all_title_keeps_its_text():
    paragraphs = find_structure(read_text("1. Apologies for Absence: Mr D George\n\n2. No Declarations of Interest made.\n\n3. Approval of Minutes\n\nThe minutes were agreed.\n")).paragraphs
    assert ("2", "No Declarations of Interest made", "No Declarations of Interest made.") in [(p.item_number, p.item_title, p.text) for p in paragraphs]
    assert ("1", "Apologies for Absence", "Mr D George") in [(p.item_number, p.item_title, p.text) for p in paragraphs]


def test_numbered_headings_inside_a_text_report_stay_sections():
    text = "Report by the Director of Finance\n\nTo: Cabinet - 30 January 2025\n\n1. Introduction This report sets out the budget.\n\n2. Background The council agreed the plan.\n"
    paragraphs = find_structure(read_text(text)).paragraphs
    assert all(p.item_number is None for p in paragraphs)


def test_blocks_without_items_or_points_are_unchanged():
    blocks = [Block(text="The Council noted the report and agreed the budget (see appendix 2)."), Block(text="Cabinet | 30 January", table_row=True)]
    assert split_inline_items(list(blocks)) == blocks


def test_title_ends_where_the_minute_begins():
    cases = {
        "Apologies and Welcome There were no apologies.": "Apologies and Welcome",
        "Consider Declarations of Interest and Dispensation Requests Cllr Sue Lintern declared an interest.": "Consider Declarations of Interest and Dispensation Requests",
        "Minutes of the Meeting dated 6 June 2018 The minutes of the meeting were approved.": "Minutes of the Meeting dated 6 June 2018",
        "Election of Vice-Chair and Declaration of Acceptance of Office TF was proposed as Vice-Chair.": "Election of Vice-Chair and Declaration of Acceptance of Office",
        "PUBLIC FORUM Reference to a requested update was made.": "PUBLIC FORUM",
        "To Note: Asset of Community Value Application Approved Cllr Jim McNeill advised the council.": "To Note: Asset of Community Value Application Approved",
        "Apologies for absence: None received.": "Apologies for absence",
        "Notice regarding use of social media. LH asked whether anyone was filming.": "Notice regarding use of social media",
        "Defibrillator for the phone box Interest has been shown in the box.": "Defibrillator for the phone box",
        "Planning applications received for consideration 17/00087/RM Reserved Matters": "Planning applications received for consideration",
        "Date and Time of Next Meeting – Wednesday 1 August 2018 at 7.00 pm": "Date and Time of Next Meeting",
        "Clerk's Report 1) Gates – no update.": "Clerk's Report",
        "Correspondence": "Correspondence",
    }
    for text, title in cases.items():
        assert split_title(text)[0] == title, text


def test_no_title_is_guessed_from_a_long_sentence():
    text = "the council discussed at length the matters raised by residents about the state of the roads and the drains in the village and agreed to write to the highway authority about them all. It was noted."
    assert split_title(text) == (None, text)


# Minutes numbered on from meeting to meeting ("1203.", "1204."), some lines without a full stop,
# with HTML line breaks left in the text file by a web export.
RUNNING_NUMBERS = (
    "<h1>Minutes of a meeting of the above Council held on Monday 3rd March 2025 at 7.00pm.</h1>\n"
    "Present: Cllrs Amber, Birch & the Clerk.<br /><br />"
    "1203. Apologies for absence: Cllr Cedar.<br /><br />"
    "1204.Declarations of interest: None.<br /><br />"
    "1205 Accounts for payment:-<br />Hall hire - &pound;40 (Ch. No. 100231), all approved.<br /><br />"
    "1206. Correspondence: Letter re 1199. Noted.<br /><br />"
    "1206. Date of next meeting: 7th April."
)


def test_running_minute_numbers_are_items_as_printed():
    paragraphs = find_structure(read_text(RUNNING_NUMBERS)).paragraphs
    items = []
    for number, title in _items(paragraphs):
        if number and (number, title) not in items:
            items.append((number, title))
    assert items == [
        ("1203", "Apologies for absence"),
        ("1204", "Declarations of interest"),
        ("1205", "Accounts for payment"),
        ("1206", "Correspondence"),
        ("1206", "Date of next meeting"),  # a number printed twice stays as printed
    ]
    texts = [p.text for p in paragraphs]
    assert "Hall hire - £40 (Ch. No. 100231), all approved." in texts  # entities and tags gone
    assert paragraphs[0].kind == "minutes"


def test_a_year_or_an_amount_opening_lines_is_no_running_number():
    text = "2019 Budget Report\n\nThe budget was agreed.\n\n2020 Plans were noted.\n\n1500 residents replied to the survey.\n"
    assert all(p.item_number is None for p in find_structure(read_text(text)).paragraphs)


def test_an_item_number_alone_on_its_line_takes_the_title_below():
    text = "1.\n\nAdoption of Minutes\n\nThe minutes were adopted.\n\n2.\n\nHousing Services\n\nThe Director gave an update.\n\n3.\n\nThe Clerk read the letter.\n"
    items = [(p.item_number, p.item_title) for p in find_structure(read_text(text)).paragraphs]
    assert ("1", "Adoption of Minutes") in items and ("2", "Housing Services") in items
    # A sentence after a lone number is no title.
    assert not any(title and title.startswith("The Clerk") for _, title in items)


def test_running_numbers_in_a_pdf_are_split_only_when_printed_inline():
    from indexer.loaders.inline import split_running_items

    inline = [Block(text=f"{n}. Item {n}: Noted and agreed by all.") for n in range(2448, 2452)]
    assert [b.label for b in split_running_items(inline) if b.item] == ["2448", "2449", "2450", "2451"]
    headings = [Block(text="288. Minutes of the meeting"), Block(text="289. Capital Programme 2025-35 (including"), Block(text="Council Tax Setting)"),
                Block(text="290. Questions"), Block(text="291. Motions")]
    assert split_running_items(headings) == headings  # the structure finder joins a title printed over two lines


def test_numbering_that_restarts_at_1_after_a_lost_heading_gives_items_and_a_list_under_a_lead_in_does_not():
    # Minutes whose headings were lost in conversion: each heading's list of points restarts at 1.
    restarted = read_markdown(
        "---\ntitle: Minutes\n---\n\n1\\. The bus shelter had now been repaired.\n\n2\\. Parking at the hall still bad.\n\n"
        "3\\. Concrete slab near the kiosk now re-instated.\n\nAccount books with District Auditor.\n\n"
        "1\\. Borough Council refused planning permission for a dwelling.\n\n2\\. Borough Council granted planning permission for two dwellings.\n\n"
        "3\\. P.C. agreed to planning application for a garage.\n\n4\\. Shed in cemetery damaged.\n"
    )[0]
    numbers = [b.label for b in restarted if b.item]
    assert numbers == ["1", "2", "3", "1", "2", "3", "4"]
    # "4. Correspondence:" over its list: the list's points are not items, and item 5 follows item 4.
    listed = read_markdown(
        "---\ntitle: Minutes\n---\n\n1\\. Apologies: none.\n\n2\\. Minutes: agreed.\n\n3\\. Accounts were agreed.\n\n4\\. Correspondence:\n\n"
        "1\\. Policing Plan\n\n2\\. Standards Committee agenda\n\n3\\. Training for Clerks\n\n5\\. Planning: No applications received.\n"
    )[0]
    assert [b.label for b in listed if b.item] == ["1", "2", "3", "4", "5"]
    # A list under a numbered part ("3.1 ... it was done.") keeps its points.
    part = read_markdown(
        "---\ntitle: Minutes\n---\n\n1\\. Apologies: none.\n\n2\\. Minutes: agreed.\n\n3\\. Assets.\n\n3.1 Annual Inspection. CC advised it was done.\n\n"
        "1\\. Allotment gates secured.\n\n2\\. Phone boxes adopted.\n\n3\\. Seats in good condition.\n\n4\\. Next meeting: to be arranged.\n"
    )[0]
    assert [b.label for b in part if b.item] == ["1", "2", "3", "3.1", "4"]


def test_a_number_alone_over_a_long_title_printed_over_two_lines_takes_it():
    # Hand-made on the pattern of Irish minutes: "14." alone, its bold title over two lines read as one block.
    text = (
        "Minutes of the meeting of the Metropolitan District held on 19 December 2024\n\n"
        "13.\n\nDisposal of Land\n\nMembers noted the proposal, as circulated.\n\n"
        "14.\n\nNotice of Motion submitted by Cmhlr. Séighin Ó Ceallaigh (to be referred to the Travel and Transportation Strategic Policy Committee)\n\n"
        "I will move at the next Meeting that the Council conducts a review of the M7.\n\n"
        "15.\n\nFilling of Vacancies on Strategic Policy Committees and Joint Policing Committee – resignation of John Ryan, Councillor\n\n"
        "The Members agreed the nomination.\n\n"
        "16.\n\nThe Members noted that the report of the Director on the proposed works at the old mill site in the town centre would come later.\n"
    )
    paragraphs = find_structure(read_text(text)).paragraphs
    item_of = {p.text: (p.item_number, p.item_title) for p in paragraphs}
    assert item_of["I will move at the next Meeting that the Council conducts a review of the M7."] == (
        "14", "Notice of Motion submitted by Cmhlr. Séighin Ó Ceallaigh (to be referred to the Travel and Transportation Strategic Policy Committee)"
    )
    assert item_of["The Members agreed the nomination."] == (
        "15", "Filling of Vacancies on Strategic Policy Committees and Joint Policing Committee – resignation of John Ryan, Councillor"
    )
    # A long sentence in a sentence's case is no title.
    assert all(p.item_title is None or not p.item_title.startswith("The Members noted") for p in paragraphs)


def test_a_title_cut_at_its_first_sentence_runs_on_past_an_abbreviation():
    assert first_sentence("Notice of Motion submitted by Cmhlr. Séighin Ó Ceallaigh") == "Notice of Motion submitted by Cmhlr. Séighin Ó Ceallaigh"
    assert first_sentence("Question from Cllr. Ryan. The reply was circulated.") == "Question from Cllr. Ryan"
    assert first_sentence("The Clerk reported. The report was noted.") == "The Clerk reported"


def test_parts_run_on_after_an_items_title_or_opening_a_line_and_a_first_item_under_a_heading_in_capitals():
    # Invented minutes in the shape of parish minutes typed as a few long lines: a part right after its item's
    # title ("Matters Arising 3.1 ..."), parts opening a line that goes on into the next item, a part's heading
    # closed only by the sentence after it ("Police Report The Parish Clerk noted ..."), and "1." under a
    # heading in capitals after a stray "2 Leaflets" in a talk.
    text = (
        "MINUTES OF THE NEWTON PARISH COUNCIL MEETING ON THURSDAY 5th MARCH 2020 PRESENT: Cllrs A Ash and B Birch. "
        "The Chair welcomed everyone. A speaker gave advice: 2 Leaflets were handed out. "
        "MINUTES FROM THE MEETING 1. Apologies for absence: None received. 2. Declarations of interest on agenda items "
        "The Councillors had no interests. 3. Matters Arising 3.1 Ditches, Church Road - The Parish Clerk reported on the "
        "ditches. 3.2 Cemetery trees – The Clerk apologised.\n\n"
        "3.3 Repairs to Bridge – The Parish Clerk reported the repairs were done. 3.4 Flooded Path – The Clerk noted it. "
        "4. Reports 4.1 Chair’s Report 4.1.1 Assets - AA reported on assets. 4.2 Police Report The Parish Clerk noted two "
        "burglaries. 4.3 Village Hall Report BB noted that an AGM was due. 4.4 A quote received for the hedge was £50. "
        "5. Date of next meeting AA noted the date."
    )
    paragraphs = find_structure(read_text(text)).paragraphs
    items = list(dict.fromkeys(_items(paragraphs)))
    assert [item for item in items if item[0] != "2" or item[1] != "Leaflets were handed out"] == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of interest on agenda items"),
        ("3", "Matters Arising"),
        ("3.1", "Ditches, Church Road"),
        ("3.2", "Cemetery trees"),
        ("3.3", "Repairs to Bridge"),
        ("3.4", "Flooded Path"),
        ("4", "Reports"),
        ("4.1", "Chair’s Report"),
        ("4.2", "Police Report"),
        ("4.3", "Village Hall Report"),
        ("5", "Date of next meeting"),
    ]
    by_text = {p.text: p for p in paragraphs}
    assert by_text["The Parish Clerk noted two burglaries."].item_number == "4.2"
    # A numbered sentence is a paragraph of its part, not a part: "4.4 A quote received ..." stays under 4.3.
    assert not any(p.item_number == "4.4" for p in paragraphs)


def test_a_heading_numbered_anew_by_a_restarted_markdown_list_is_an_item_as_printed_and_a_list_is_not():
    # Invented Markdown minutes: the word processor's items 10 and 12 come out as list markers "1." and "2."
    # after text of the item before; a list of works under a lead-in stays points.
    text = (
        "1. **Apologies for Absence.** None.\n\n"
        "2. **Declarations of Interest.** None were made.\n\n"
        "3. **Minutes.** The minutes were signed.\n\n"
        "9.1 **Applications.** No new applications had been received.\n\n"
        "The Council was disappointed with the reply.\n\n"
        "1. **Light pollution questionnaire.** It was agreed that the Clerk should reply.\n\n"
        "11.1 A letter had been received from the county.\n\n"
        "2. **Policies and documentation.**\n\n"
        "12.1 **Clerk’s Contract.** The contract was reviewed.\n\n"
        "Works planned.\n\n"
        "1. Footpath signs to be treated;\n\n"
        "2. The picnic table to be inspected.\n"
    )
    blocks, _ = read_markdown(text)
    items = list(dict.fromkeys(_items(find_structure(blocks).paragraphs)))
    assert ("1", "Light pollution questionnaire") in items
    assert ("2", "Policies and documentation") in items
    assert ("12.1", "Clerk’s Contract") in items
    assert not any((title or "").startswith(("Footpath signs", "The picnic table")) for _, title in items)


def test_a_bold_sub_topic_numbered_with_a_roman_numeral_keeps_the_numeral_as_its_number():
    text = (
        "1. **Apologies** None.\n\n"
        "2. **Councillors Reports**\n\n"
        "**i. Highways – A Ash**\n\n"
        "The verges were cut.\n\n"
        "**ii. Drainage – B Birch**\n\n"
        "The ditches were cleared.\n\n"
        "**Viii – Fen Report – C Cedar**\n\n"
        "The fen was mown.\n"
    )
    blocks, _ = read_markdown(text)
    items = list(dict.fromkeys(_items(find_structure(blocks).paragraphs)))
    assert ("i.", "Highways – A Ash") in items
    assert ("ii.", "Drainage – B Birch") in items
    assert ("Viii", "Fen Report – C Cedar") in items


def test_a_numbered_part_that_is_a_planning_application_is_titled_with_its_reference_and_proposal():
    # Invented minutes in three clerks' styles: the reference opening the part, after one word and a dash,
    # and ending the part's own line.
    text = (
        "1\\. Apologies. None.\n\n2\\. Planning. Applications. 2.1 16/00013/F Construction of cattle building at Elm Farm, Long Road. The PC "
        "discussed the application and supported it. 2.2 Decision - 18/01640/F - Station House Station Road - To note "
        "application permitted for conversion of a garage. 2.3 C/2/2015/2034-8 (two applications) – Newton Quarry "
        "Variation of conditions. The PC had no objection.\n\n"
        "3\\. Planning\n\n"
        "3.1 Construction of replacement barn at Sunnyside, Brooks Lane, Newton 09/02015/F\n\n"
        "Objection as inappropriate for location.\n"
    )
    blocks, _ = read_markdown(text)
    items = dict(_items(find_structure(blocks).paragraphs))
    assert items["2.1"] == "16/00013/F Construction of cattle building at Elm Farm, Long Road"
    assert items["2.2"] == "Decision - 18/01640/F - Station House Station Road - To note application permitted for conversion of a garage"
    assert items["2.3"] == "C/2/2015/2034-8 (two applications) – Newton Quarry Variation of conditions"
    assert items["3.1"] == "Construction of replacement barn at Sunnyside, Brooks Lane, Newton 09/02015/F"
