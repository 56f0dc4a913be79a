"""Meeting fields of parish minutes and OCR letterheads (issue 14, round 6): hand-checked synthetic excerpts."""
from collections import Counter
from datetime import date

from indexer.dates import first_date
from indexer.loaders.text import read_text
from indexer.structure import StructureHints, find_councils, find_structure


def structure_of(text: str, **hints):
    return find_structure(read_text(text), StructureHints(**hints))


def _majority(values):
    return Counter(values).most_common(1)[0][0]


def test_a_council_name_with_its_type_in_lower_case_is_the_council_and_its_meeting_the_full_council():
    done = structure_of(
        "Minutes of the Meeting of Ashwell parish Council held on Tuesday 8th March 2011 at 8.00 p.m. in the Village Hall.\n\n"
        "Present: A. Smith - Chairman, B. Jones\n\n1. Minutes: The January Minutes were agreed.\n\n2. Payments: all passed for payment.\n"
    )
    assert {p.council for p in done.paragraphs} == {"Ashwell Parish Council"}
    assert {p.committee for p in done.paragraphs} == {"Full Council"}  # never the council's name as a committee


def test_minutes_filed_under_the_councils_name_alone_are_the_councils_own_meeting():
    text = "Minutes of the March meeting\n\nMinutes of a Meeting held on Thursday, 13th March 2003 in the Village Hall at 8.00 p.m.\n\nPresent: E. Drew - Chairman, P. Wood.\n\nThe work on the gates is in hand.\n"
    done = structure_of(text, title="Ashwell Parish Council", published=date(2003, 4, 1))
    assert _majority(p.committee for p in done.paragraphs) == "Full Council"
    assert _majority(p.date for p in done.paragraphs) == date(2003, 3, 13)
    month = structure_of("Councillors present: Cllr. R. Crisp - Chair, Cllr. A. Collins.\n\nThe Chair welcomed all to the meeting.\n", title="Ashwell Parish Council June")
    assert _majority(p.committee for p in month.paragraphs) == "Full Council"


def test_a_title_naming_more_than_the_council_or_a_report_is_not_a_meeting_of_the_full_council():
    text = "Minutes of a Meeting held on Thursday, 13th March 2003.\n\nPresent: E. Drew - Chairman, P. Wood.\n\nThe work on the gates is in hand.\n"
    assert {p.committee for p in structure_of(text, title="Ashwell Parish Council Standing Orders Review").paragraphs} == {None}
    assert {p.committee for p in structure_of(text, title="Ashwell Parish Council Planning Committee").paragraphs} != {"Full Council"}
    report = "Ashwell Parish Council\n\nThe budget for the year was set out below.\n\nThe precept will rise by two per cent.\n"
    assert {p.committee for p in structure_of(report, title="Ashwell Parish Council").paragraphs} == {None}


def test_minutes_of_the_last_meeting_is_an_item_not_a_new_meeting():
    done = structure_of(
        "DRAFT Minutes of Ashwell Parish Council Meeting held in The Community Centre At 7.30pm on Wednesday 10 August 2011\n\n"
        "Those Attending: Cllr T Ryves (Chairman), Cllr E Taylor\n\nApologies: Cllr R Bivon\n\n"
        "Minutes of the last Meeting: Cllr Mrs Clements proposed acceptance, seconded by Cllr Mrs Buckley-Stevens\n\n"
        "Matters Arising: the bushes near the playing field had been cut back.\n\nPlanning: no applications had been received.\n"
    )
    assert {p.date for p in done.paragraphs} == {date(2011, 8, 10)}
    assert {p.committee for p in done.paragraphs} == {"Full Council"}


def test_a_year_one_off_with_a_weekday_that_fits_only_the_files_year_is_a_typo():
    # 9 January 2012 was a Monday, 9 January 2011 a Sunday: January minutes printed with the old year.
    assert first_date("MONDAY 9th JANUARY 2011", known_year=2012) == date(2012, 1, 9)
    assert first_date("At 7.15pm on Wednesday 16 May 2011", known_year=2012) == date(2012, 5, 16)
    # The weekday fits neither year, the file's year is far off, or there is no weekday: the date as printed.
    assert first_date("Tuesday 16 May 2011", known_year=2012) == date(2011, 5, 16)
    assert first_date("Monday 9 January 2011", known_year=2014) == date(2011, 1, 9)
    assert first_date("9 January 2011", known_year=2012) == date(2011, 1, 9)


LETTERHEAD = (
    "Comhairle Cathrach & Contae\n\nAshby City An Caislean Nua Thiar,\n\n& County Council Co, Ashby\n\n"
    "Westfield Municipal District.\n\nUmenck City and County Council,\n\n27 November, 2020\n\n"
    "You are requested to attend a Meeting of the Municipal District of Westfield to be held in the Chamber on Wednesday, "
    "2nd December, 2020, at 10.00 a.m.\n\nAGENDA\n\n1. Minutes\n\nTo adopt the Minutes of the last meeting.\n"
)


def test_a_letterhead_set_on_two_lines_names_the_council_before_an_ocr_misreading_of_it():
    done = structure_of(LETTERHEAD)
    assert {p.council for p in done.paragraphs} == {"Ashby City and County Council"}
    # One line only: "City" over "Council" with nothing joining them is no council's name.
    alone = structure_of("Ashby City An Caislean Nua Thiar,\n\nCouncil Chamber\n\nThe meeting discussed the budget at length.\n")
    assert {p.council for p in alone.paragraphs} == {None}


def test_a_type_word_misread_by_one_letter_still_names_the_council():
    text = "Corporate Services,\n\nAshby City and Caunty Council,\n\nMerchants Quay\n\nYou are requested to attend a Meeting of the Metropolitan District of Ashby to be held on Friday, 18 October, 2019 at 11.00 a.m.\n"
    assert {p.council for p in structure_of(text).paragraphs} == {"Ashby City and County Council"}
    # Two letters off, or a real word ("Country"): not a type word.
    assert "Ashby City and County Council" not in find_councils("Ashby City and Cxurtx Council")
    assert "Ashby City and County Council" not in find_councils("Ashby City and Country Council")


def test_a_parish_meeting_in_the_annual_meetings_season_is_the_annual_parish_meeting():
    may = structure_of("Minutes of the Ashwell Parish Meeting held on 11th May 2010\n\nPresent: P. Markwell Chairman, C. Humphries.\n\n1. Minutes: The Minutes of the Parish Meeting held in May 2009 were signed.\n")
    assert {p.committee for p in may.paragraphs} == {"Annual Parish Meeting"}
    november = structure_of("Minutes of the Ashwell Parish Meeting held on 11th November 2010\n\nPresent: P. Markwell Chairman.\n\n1. The proposed wind farm was discussed.\n")
    assert {p.committee for p in november.paragraphs} == {"Parish Meeting"}


def test_the_body_a_letter_convenes_wins_over_a_letterheads_county_council_line_read_as_a_front_sheet():
    text = (
        "Ashby City\n\nCounty Council\n\n27 November, 2020.\n\nTO EACH MEMBER OF ASHBY JOINT POLICING COMMITTEE\n\nA Chara,\n\n"
        "I wish to inform you that a Virtual Meeting of Ashby Joint Policing Committee will take place on\n\n"
        "Friday, 4th December, 2020 at 10.00 a.m.\n\nAGENDA\n\n1. Minutes of the previous meeting.\n\n2. Policing update from the Chief Superintendent.\n"
    )
    done = structure_of(text)
    assert _majority(p.committee for p in done.paragraphs) == "Ashby Joint Policing Committee"
    assert _majority(p.date for p in done.paragraphs) == date(2020, 12, 4)


def test_a_verbatim_record_where_the_council_met_is_the_full_councils_meeting():
    done = structure_of("Wednesday, April 30, 2014\n\nThe Council met at 9:35 a.m.\n\nThe City Clerk advised the Speaker that a quorum was present.\n\nMayor Katz: Thank you, Madam Speaker.\n")
    assert _majority(p.committee for p in done.paragraphs) == "Full Council"
    assert _majority(p.date for p in done.paragraphs) == date(2014, 4, 30)
    committee = structure_of("Wednesday, April 30, 2014\n\nThe Planning Committee met at 9:35 a.m.\n\nThe Clerk advised that a quorum was present.\n")
    assert _majority(p.committee for p in committee.paragraphs) != "Full Council"


def test_minutes_of_a_regular_city_council_meeting_are_the_full_councils():
    text = "MINUTES OF THE REGULAR CITY COUNCIL MEETING TUESDAY- -MARCH 7, 2006- -7:30 P.M.\n\nMayor Johnson convened the Regular Meeting at 7:49 p.m.\n\nAbsent: None.\n"
    done = structure_of(text)
    assert _majority(p.committee for p in done.paragraphs) == "Full Council"
    assert _majority(p.date for p in done.paragraphs) == date(2006, 3, 7)
    joint = structure_of(text.replace("REGULAR CITY COUNCIL MEETING", "JOINT CITY COUNCIL AND PLANNING BOARD MEETING"))
    assert _majority(p.committee for p in joint.paragraphs) != "Full Council"


def test_a_district_over_and_county_council_is_not_one_council():
    from indexer.structure import letterhead_council

    assert letterhead_council("Mansfield District", "and County Council elections were held in May") is None
    assert letterhead_council("— Ashby City path Cacka", "& County Council Co, Ashby") == "Ashby City and County Council"
