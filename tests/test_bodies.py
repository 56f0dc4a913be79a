"""Body names as facet values: what reads as a committee, and councils in one canonical form."""
import pytest

from indexer.bodies import canonical_council, committee_name, is_body_name


@pytest.mark.parametrize("name", [
    "Cabinet", "Performance Scrutiny Committee", "Cabinet Committee on Performance Improvement",
    "Planning Sub-Committee", "Health and Wellbeing Board", "Police and Crime Panel", "Local Plan Working Group",
    "Boughton Parish Meeting", "Children's Services Scrutiny Panel",
])
def test_names_of_bodies_read_as_bodies(name):
    assert is_body_name(name)
    assert committee_name(name) == name


@pytest.mark.parametrize("name", ["County Council", "COUNTY COUNCIL", "City Council", "Council", "the Full Council", "City and County Council", "COUNCIL MEETING", "Parish Council Meeting"])
def test_a_committee_naming_only_a_kind_of_council_is_the_full_council(name):
    assert committee_name(name) == "Full Council"


@pytest.mark.parametrize("text", [
    "Page 001 (2017)", "Page 005 (2017)",  # page labels
    "Apologies were received from PC Jackson and Mr M Evans",  # a sentence
    "Draft", "Sfpc", "Minutes of the April meeting",  # a status, an abbreviation, a heading
    "Minutes of the meeting held on 13th June at 8pm", "Cabinet - 30 January 2025", "12/03/2019",
    "Scrutiny Committee - call-in Family Hubs Report to Cabinet",  # a report's title
    "Children's Services", "", "the committee agreed to note the report",
    "By: Anna Taylor, Scrutiny Research Officer",  # a report's author line: a form field, and a post
    "Scrutiny Research Officer", "Democratic Services Manager", "Committee Clerk",  # people's posts
])
def test_what_is_not_a_body_name_gives_none(text):
    assert committee_name(text) is None


def test_shouted_committee_is_put_in_title_case():
    assert committee_name("PLANNING AND HIGHWAYS COMMITTEE") == "Planning and Highways Committee"


@pytest.mark.parametrize("text, council", [
    ("West dereham PC", "West Dereham Parish Council"),
    ("West Dereham PC", "West Dereham Parish Council"),
    ("Stoke Ferry TC", "Stoke Ferry Town Council"),
    ("Record of West Dereham Parish Council", "West Dereham Parish Council"),
    ("Minutes of the Stoke Ferry Parish Council", "Stoke Ferry Parish Council"),
    ("NORTHWOLD AND WHITTINGTON PARISH COUNCIL", "Northwold and Whittington Parish Council"),
    ("Kent County Council", "Kent County Council"),
    ("King's Lynn Town Council", "King's Lynn Town Council"),
    ("London Borough of Camden", "London Borough of Camden"),
    ("Borough Council of Kings Lynn and West Norfolk", "Borough Council of Kings Lynn and West Norfolk"),
])
def test_council_names_take_one_canonical_form(text, council):
    assert canonical_council(text) == council


@pytest.mark.parametrize("text", [
    "February Parish Council",  # a month, not a place
    "PC Jackson", "Apologies from PC", "Mr Jones PC",  # a constable, not a council
    "County Council", "the Council", "Parish Council", "Sfpc", "Wd Pc",
    "Minutes of the meeting held on 5 May 2019 Parish Council",
    "Budget County Council",  # "the Budget County Council Meeting": the kind of meeting, not a place
])
def test_what_names_no_council_gives_none(text):
    assert canonical_council(text) is None


def test_canonical_form_is_stable():
    for text in ("West dereham PC", "Northwold And Whittington Parish Council", "Kent County Council"):
        once = canonical_council(text)
        assert canonical_council(once) == once


def test_a_misprinted_word_before_a_parish_councils_name_is_not_part_of_it():
    assert canonical_council("NMeeting of Ashby Parish Council") == "Ashby Parish Council"
    assert canonical_council("Council of the Isles of Ashby") == "Council of the Isles of Ashby"  # a name with "of" in it stays


def test_a_councils_initials_are_not_its_name():
    assert canonical_council("SF Parish Council") is None
    assert canonical_council("Ely Parish Council") == "Ely Parish Council"


def test_a_compound_split_at_a_lines_hyphen_is_rejoined():
    assert committee_name("Municipal District of Ashby- Kingsford") == "Municipal District of Ashby-Kingsford"
    assert committee_name("Audit - Committee") != "Audit-Committee"  # a dash set apart is not a broken compound
