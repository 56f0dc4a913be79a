"""Meeting dates as UK documents print them."""
from datetime import date

import pytest

from indexer.dates import find_dates, first_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Performance Scrutiny Committee - Thursday, 16 March 2017 10.00 am", date(2017, 3, 16)),
        ("Date of decision: 27/06/2018", date(2018, 6, 27)),
        ("Minutes of the meeting held on Tuesday 8th March 2005", date(2005, 3, 8)),
        ("MINUTES of the meeting held on Tuesday, 21 April 2015 commencing at 2.00 pm", date(2015, 4, 21)),
        ("MINUTES OF WRETTON PARISH COUNCIL VIRTUAL MEETING HELD ON JULY 6TH 2020", date(2020, 7, 6)),
        ("CABINET - 26 MAY2015", date(2015, 5, 26)),
        ("Agenda frontsheet 30th-Jan-2025 10.00 Cabinet", date(2025, 1, 30)),
        ("03/04/2018", date(2018, 4, 3)),  # day first, as in the UK
    ],
)
def test_uk_dates_are_read_day_first(text, expected):
    assert first_date(text) == expected


def test_a_date_without_year_is_deduced_only_from_its_weekday():
    # 13 July was a Thursday in 2006, not in 2005: the year can be deduced.
    assert first_date("held on Thursday 13th July in the Village Hall", known_year=2006) == date(2006, 7, 13)
    # Without a weekday, or without a year to start from, nothing is guessed.
    assert first_date("held on 13th July in the Village Hall", known_year=2006) is None
    assert first_date("held on Thursday 13th July") is None


def test_a_full_date_wins_over_a_mistyped_weekday():
    # Real minutes: "Thursday 20th January 2003" (a Monday). The printed date is what users cite.
    assert first_date("Minutes of the meeting held on Thursday 20th January 2003") == date(2003, 1, 20)


def test_numbers_that_are_not_dates_are_ignored():
    assert find_dates("(Pages 1 - 8) and item 16/17 and 2016/17") == []


@pytest.mark.parametrize("text", [
    "2.4.10 The Committee noted the report.",  # paragraph 2.4.10, not 2 April 2010
    "Noted. 5.3.10 The Clerk reported",
    "(2.4.10) The Council agreed",
    "2.4.10.1 The budget",
    "1.2.4.10 The budget",
])
def test_paragraph_numbers_are_not_dates(text):
    assert first_date(text) is None


@pytest.mark.parametrize("text, expected", [
    ("The minutes of 02.12.10 were agreed", date(2010, 12, 2)),
    ("Date: 12.03.19 Venue: Village Hall", date(2019, 3, 12)),
    ("12.03.19", date(2019, 3, 12)),
])
def test_dotted_dates_inside_a_sentence_or_alone_are_dates(text, expected):
    assert first_date(text) == expected


def test_a_year_run_onto_the_next_word_is_still_a_year():
    # PDF conversion often loses the space after the year: "held on the 11th April 2024in the Chamber".
    assert first_date("was held on the 11th April 2024in the Council Chamber") == date(2024, 4, 11)
    assert first_date("on 11th April 20245 residents wrote") is None  # five digits are no year


def test_a_raised_ordinal_read_by_ocr_as_a_mark():
    assert first_date("on Friday, 4” December, 2020 at 10.00 a.m.") == date(2020, 12, 4)
    assert first_date("on Wednesday, 1°* June, 2016 at the conclusion") == date(2016, 6, 1)
