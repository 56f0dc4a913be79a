"""Speakers of parish minutes, round 7: organisations and letter titles, glued initials, heading reports, a few verbs.

Hand-written cases (invented people and places), each checked by reading the text: who the minutes say spoke.
"""
from __future__ import annotations

from indexer.loaders.text import read_text
from indexer.model import Document
from indexer.speakers import assign_speakers, speakers_in
from indexer.structure import find_structure
from conftest import speakers_by_text


_said = speakers_by_text


def test_an_office_or_a_parish_council_thing_is_nobody():
    said = _said(
        "Minutes of Lowfield Parish Council\n\n"
        "Present: Cllr Anna Fenwick (Chair), Cllr Rob Tate.\n\n"
        "1. Police\n\n"
        "The Police & Crime Commissioners Office advised that this was an operational issue.\n\n"
        "2. Handyman\n\n"
        "He advised that he would check the PC Cemetery for unstable headstones. Cllr Tate reported on the gates.\n"
    )
    assert said["The Police & Crime Commissioners Office advised that this was an operational issue."] == []
    assert said["He advised that he would check the PC Cemetery for unstable headstones. Cllr Tate reported on the gates."] == ["Rob Tate"]


def test_a_constable_and_a_borough_councillor_by_letters_still_speak():
    said = _said(
        "Minutes of Lowfield Parish Council\n\n"
        "Present: Cllr Anna Fenwick (Chair), Cllr Rob Tate.\n\n"
        "1. Police\n\n"
        "PC Hargreaves reported two thefts from sheds. The PC thanked him.\n\n"
        "2. Borough\n\n"
        "BC Marlow informed the meeting that the footpath would be inspected.\n"
    )
    assert said["PC Hargreaves reported two thefts from sheds. The PC thanked him."] == ["Hargreaves"]
    assert said["BC Marlow informed the meeting that the footpath would be inspected."] == ["Marlow"]


def test_initials_glued_to_their_verb_are_the_member_the_list_defines():
    said = _said(
        "Minutes of Lowfield Parish Council\n\n"
        "Present: Anna Fenwick (AFE), Rob Tate (RTA).\n\n"
        "1. Standing orders\n\n"
        "No apologies presented,AFErequested a closed session to agree the standing orders, agreed.\n\n"
        "2. Dogs\n\n"
        "RTAasked about dog bins. XYZrequested more.\n"
    )
    assert said["No apologies presented,AFErequested a closed session to agree the standing orders, agreed."] == ["Anna Fenwick"]
    # "XYZ" is defined by no list: nobody.
    assert said["RTAasked about dog bins. XYZrequested more."] == ["Rob Tate"]


def test_a_first_person_report_under_a_heading_naming_the_member_is_theirs():
    said = _said(
        "Minutes of Lowfield Parish Council\n\n"
        "Present: Cllr Anna Fenwick (Chair), Cllr Rob Tate, Cllr Jane Ollerton.\n\n"
        "4 Reports\n\n"
        "Playground – Rob Tate The swings remain in good order. The survey has helped us to secure grant funding.\n\n"
        "Verges – Jane Ollerton The verges on Mill Lane are badly eroded and the Highways team has been told.\n\n"
        "12 Village Pond – Jane Ollerton Jane Ollerton said that the water quality had fallen.\n"
    )
    assert said["Playground – Rob Tate The swings remain in good order. The survey has helped us to secure grant funding."] == ["Rob Tate"]
    # No first person: a heading naming who looks after a topic, not a report given.
    assert said["Verges – Jane Ollerton The verges on Mill Lane are badly eroded and the Highways team has been told."] == []
    # The heading's name runs onto the subject's: one person, not "Ollerton Jane Ollerton".
    assert said["12 Village Pond – Jane Ollerton Jane Ollerton said that the water quality had fallen."] == ["Jane Ollerton"]


def test_verbs_of_parish_minutes():
    assert speakers_in("Cllr Stocking first updated the meeting on a letter she had received.") == ["Stocking"]
    assert speakers_in("Cllr Martin Storey endorsed the mobile option.") == ["Martin Storey"]
    assert speakers_in("Standing Orders manual requested by P. Norris.") == ["P Norris"]
    # "gave" with a timeline is speech; "gave way" is not.
    assert speakers_in("Cllr Ann Hood gave a brief timeline of events leading to the scheme.") == ["Ann Hood"]
    assert speakers_in("Cllr Ann Hood gave way to the Clerk.") == []


def test_accounts_presented_by_the_clerk_in_lower_case():
    said = _said(
        "Minutes of Lowfield Parish Council\n\n"
        "Present: Mr A White (Chairman), Mr T Manley. Clerk: Mrs V Negus.\n\n"
        "5. Accounts\n\n"
        "The accounts for the year were presented by the clerk. Mr Manley proposed that they be adopted.\n"
    )
    assert said["The accounts for the year were presented by the clerk. Mr Manley proposed that they be adopted."] == ["V Negus", "T Manley"]


def test_initials_of_an_untitled_clerk_in_a_column_and_of_a_guest_after_her_job():
    lines = [
        "Cllr Sue Marsh   SM   Chairperson",
        "Jean Holloway    JH   Retiring Parish Clerk",
        "Ruth Okafor, Head of Communications of Eastern Sugar (RO)",
    ]
    structured = find_structure(read_text(
        "Minutes of Lowfield Parish Council\n\n1. Roads\n\n"
        "The Council thanked the work that Jean Holloway had provided.\n\n"
        "JH reported that Bridge Road should now be cleared.\n\n"
        "RO of Eastern Sugar shared that the odour team could be called.\n\n"
        "MX reported on the bins.\n"
    ))
    document = Document("d", "/x", "x.txt", "text", "h", paragraphs=structured.paragraphs)
    assign_speakers(document, headings=lines)
    said = {p.text: p.speakers for p in document.paragraphs}
    assert said["JH reported that Bridge Road should now be cleared."] == ["Jean Holloway"]
    assert said["RO of Eastern Sugar shared that the odour team could be called."] == ["Ruth Okafor"]
    assert said["MX reported on the bins."] == []  # initials nobody is listed with


def test_the_chair_in_a_councillor_slash_chair_column():
    said = _said(
        "Lowfield Parish Council Meeting Draft Minutes Present: Frank Ross(FRO) Councillor/Chair Mark Pell(MPE) Councillor\n\n"
        "1. Trees\n\n"
        "The Chairman then proposed that the lowest quote be accepted.\n"
    )
    assert said["The Chairman then proposed that the lowest quote be accepted."] == ["Frank Ross"]


def test_declarations_made_from_a_member_and_by_listed_initials():
    said = _said(
        "Lowfield Parish Council Draft Minutes Present: Frank Ross (FRO) Councillor, Mark Pell (MPE) Councillor, "
        "Ann Dale (ADA) Councillor\n\n"
        "2. Declarations\n\n"
        "Declarations of Interest made from Councillors who are also members of the Village Hall Committee and from Mr. B Hale in relation to item 7.1.\n\n"
        "FRO and MPE are members of the Cricket Club, and declared their interest in the planning application.\n"
    )
    assert said["Declarations of Interest made from Councillors who are also members of the Village Hall Committee and from Mr. B Hale in relation to item 7.1."] == ["B Hale"]
    assert said["FRO and MPE are members of the Cricket Club, and declared their interest in the planning application."] == ["Frank Ross", "Mark Pell"]


def test_a_member_dash_thanks_is_the_member_thanking():
    assert speakers_in("Cllr Mrs Lansdell-Smith - a big thank you to the Chairman for all her hard work during the past year.") == ["Lansdell-Smith"]


def test_a_residents_request_relayed_and_a_member_asked_to_leave_are_not_speech():
    assert speakers_in("Mrs. Robbins has asked if Litter Bins could be reinstated as litter is finding its way into her garden.") == []
    assert speakers_in("Mrs Rose Pardew has requested permission to plant trees around the parish.") == []
    assert speakers_in("DHO and S Horvath asked to leave meeting to allow council discussion on co-option.") == []
    # A councillor's request, and a request at the meeting, still speak.
    assert speakers_in("Cllr Rose Pardew has requested that the item be deferred.") == ["Rose Pardew"]
    assert speakers_in("Mrs Rose Pardew asked if trees could be planted.") == ["Rose Pardew"]


def test_undertakings_and_people_only_told_of_are_not_speech():
    assert speakers_in("Cllr Ann Dale again confirmed she would get in touch with those responsible.") == []
    assert speakers_in("Cllr Ann Dale confirmed that she would support the plan.") == ["Ann Dale"]
    assert speakers_in("TM said there was a site in Yorkshire whose Manager Nigel Barton would be happy to discuss it.") == []


def test_a_second_verb_after_a_title_with_a_full_stop():
    assert speakers_in("Mrs. Bell gave apologies from Mrs. Jones and then presented the Accounts.") == ["Bell"]


def test_a_councillor_by_surname_is_the_listed_councillor_not_a_letter_writer_of_that_surname():
    structured = find_structure(read_text(
        "Minutes of Lowfield Parish Council\n\n"
        "Present: Vice Chairman Mrs J Lawton Councillors Mrs D Hensley Mrs M Lee\n\n1. Correspondence\n\n"
        "To discuss letter from Frazer Hensley re the farm.\n\n"
        "2. Bins\n\n"
        "Cllr Mrs Hensley would ask the musicians.\n\n"
        "Cllr Hensley stated that other councils asked for a refund.\n"
    ))
    document = Document("d", "/x", "x.txt", "text", "h", paragraphs=structured.paragraphs)
    assign_speakers(document)
    said = {p.text: p.speakers for p in document.paragraphs}
    assert said["Cllr Hensley stated that other councils asked for a refund."] == ["D Hensley"]
