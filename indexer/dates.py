"""Find meeting dates in English council text, read day-first as UK documents write them."""
from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as date_parser

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
# An ordinal's letters, or what OCR makes of a raised "th" ("4” December", "1°* June", "4™ September", "24% January").
_ORDINAL = r"(?:st|nd|rd|th|[”\"“°*'’™%]{1,2})?"

# "Tuesday, 26 May 2015", "8th March 2005", "Thursday 13th July", "16th-Mar-2017"
_DAY_MONTH = re.compile(
    rf"(?:(?P<weekday>\b[A-Za-z]*{_WEEKDAYS})[,\s]+)?"
    rf"\b(?P<day>[0-3]?\d){_ORDINAL}(?:\s+of)?[\s\-]+(?P<month>{_MONTHS})(?=[\s\-.,]|\d|$)\.?,?"
    rf"(?:[\s\-]*(?P<year>(?:19|20)\d\d)(?!\d))?",  # not \b: "11th April 2024in the Chamber", a space lost in conversion
    re.IGNORECASE,
)
# "July 6th 2020", "March 16, 2017"
_MONTH_DAY = re.compile(
    rf"(?:(?P<weekday>\b[A-Za-z]*{_WEEKDAYS})[,\s]+)?"
    rf"\b(?P<month>{_MONTHS})\.?\s+(?P<day>[0-3]?\d){_ORDINAL},?(?:\s+(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
# "27/06/2018", "27.06.18", "27-06-2018"
_NUMERIC = re.compile(r"\b(?P<day>[0-3]?\d)[/.\-](?P<month>[01]?\d)[/.\-](?P<year>(?:19|20)?\d\d)\b")
_WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Where a printed paragraph number stands: at the start of the text or of a sentence, or after a
# bullet. "2.4.10 The Committee noted" is paragraph 2.4.10, not 2 April 2010.
_LABEL_PLACE = re.compile(r"(?:^|[.;!?)]\s+|\n\s*|[•·]\s*)[(\[]?$")


def is_paragraph_label(text: str, start: int, end: int) -> bool:
    """Whether the numbers text[start:end] ("2.4.10", "5.3.1.2") are a printed paragraph number, not a date."""
    matched = text[start:end]
    if "." not in matched or "/" in matched:
        return False
    if text[end : end + 2][:1] == "." and text[end + 1 : end + 2].isdigit() or text[max(0, start - 2) : start].rstrip()[-1:] == ".":
        return True  # part of a longer number: "2.4.10.1", "1.2.4.10"
    after = text[end:].lstrip(".)")
    # A label heads text; a number alone on its line is a date.
    return bool(_LABEL_PLACE.search(text[:start])) and after[:1].isspace() and bool(after.strip())


def _weekday_index(word: str | None) -> int | None:
    if not word:
        return None
    word = word.lower()
    for i, name in enumerate(_WEEKDAY_NAMES):
        if word.startswith(name):
            return i
    return None


def _make(day: str, month: str, year: str) -> date | None:
    try:
        parsed = date_parser.parse(f"{day} {month} {year}", dayfirst=True, default=datetime(2000, 1, 1))
    except (ValueError, OverflowError):
        return None
    return parsed.date()


def find_dates(text: str, known_year: int | None = None) -> list[tuple[date, int]]:
    """All dates in text with their offsets, in order; a date without a year takes one only by deduction.

    A date printed without a year ("Thursday 13th July") gets the year of `known_year` or the
    year before only when its weekday fits exactly one of them; otherwise it is left out.
    """
    found: list[tuple[date, int]] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_DAY_MONTH, _MONTH_DAY, _NUMERIC):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            groups = match.groupdict()
            year = groups.get("year")
            if pattern is _NUMERIC:
                if is_paragraph_label(text, start, end):
                    continue
                if len(year) == 2:
                    year = "20" + year if int(year) < 70 else "19" + year
                try:
                    value = date(int(year), int(groups["month"]), int(groups["day"]))
                except ValueError:
                    continue
            elif year:
                value = _make(groups["day"], groups["month"], year)
                value = _year_typo(value, groups, known_year)
            else:
                value = _deduce_year(groups, known_year)
            if value is None:
                continue
            # A printed weekday that disagrees with a full date is a typo in the minutes
            # (it happens); the day, month and year win, unless the weekday fits the file's own year (_year_typo).
            taken.append((start, end))
            found.append((value, start))
    found.sort(key=lambda pair: pair[1])
    return found


def _year_typo(value: date | None, groups: dict, known_year: int | None) -> date | None:
    """The date with the file's year when the printed year is one off and the printed weekday fits only the file's year.

    "MONDAY 9th JANUARY 2011" in minutes a file dates 2012: 9 January 2012 was a Monday, so the year is the typo
    (a January meeting minuted with the old year). Any other disagreement keeps the date as printed.
    """
    weekday = _weekday_index(groups.get("weekday"))
    if value is None or weekday is None or known_year is None or abs(known_year - value.year) != 1 or value.weekday() == weekday:
        return value
    other = _make(groups["day"], groups["month"], str(known_year))
    return other if other is not None and other.weekday() == weekday else value


def _deduce_year(groups: dict, known_year: int | None) -> date | None:
    weekday = _weekday_index(groups.get("weekday"))
    if known_year is None or weekday is None:
        return None
    fits = []
    for year in (known_year, known_year - 1):
        value = _make(groups["day"], groups["month"], str(year))
        if value is not None and value.weekday() == weekday:
            fits.append(value)
    return fits[0] if len(fits) == 1 else None


def first_date(text: str, known_year: int | None = None) -> date | None:
    """The first date stated in text, or None."""
    dates = find_dates(text, known_year)
    return dates[0][0] if dates else None


def parse_iso(value: str) -> date:
    """A YYYY-MM-DD string as a date; ValueError otherwise."""
    return date.fromisoformat(value.strip())
