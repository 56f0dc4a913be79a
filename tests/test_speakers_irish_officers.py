"""Speakers of Irish minutes and agendas: officers by their job alone, the chair over a line break, notices' submitters.

Hand-written cases (invented people and places), each checked by reading the text: who the minutes say spoke.
"""
from __future__ import annotations

from conftest import speakers_by_text


_said = speakers_by_text


MINUTES = (
    "MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF RIVERSIDE HELD ON 3RD MAY, 2023.\n\n"
    "PRESENT IN THE CHAIR:\n\n"
    "Councillor F. Dwyer.\n\n"
    "MEMBERS PRESENT:\n\nCouncillors Brennan, Corrigan and Hayes.\n\n"
    "OFFICIALS IN ATTENDANCE:\n\n"
    "Director, Physical Development (Mr. K. Lynch), Meetings Administrator (Mr. M.\n\n"
    "Carroll), Chief Superintendent (Mr. G. Ronan), Senior Executive Engineer, Roads (Ms. A. Burke).\n\n"
    "1. Roads Programme\n\n"
    "The Director highlighted the changes that had been made to the roads programme.\n\n"
    "The Meetings Administrator stated that the report had been circulated.\n\n"
    "The Chief Superintendent stated that crime had fallen in the district.\n\n"
    "The Cathaoirleach conveyed his best wishes to the county team.\n\n"
    "The Cathaoirleach and Members extended congratulations to the local school.\n\n"
    "At the conclusion of the Meeting the Cathaoirleach wished everyone a happy Christmas.\n\n"
    "The deadline for submissions was extended to the end of the month.\n"
)


def test_an_officer_listed_with_a_department_is_the_one_the_minutes_call_by_the_job_alone():
    said = _said(MINUTES)
    assert said["The Director highlighted the changes that had been made to the roads programme."] == ["K Lynch"]
    # The name broken over two lines after an initial ("(Mr. M." / "Carroll)") is still the holder of the job.
    assert said["The Meetings Administrator stated that the report had been circulated."] == ["M Carroll"]
    # A police officer attending a joint policing committee is listed by rank like any official.
    assert said["The Chief Superintendent stated that crime had fallen in the district."] == ["G Ronan"]


def test_a_job_held_by_two_listed_officers_names_nobody():
    said = _said(
        "OFFICIALS IN ATTENDANCE:\n\n"
        "Director, Housing (Ms. C. Quinn), Director, Community (Mr. G. Daly), Meetings Administrator (Ms. E. Tierney).\n\n"
        "1. Housing\n\n"
        "The Director advised that the scheme was aimed at first-time buyers.\n\n"
        "The Director of Service, Housing outlined the target of new homes for the district.\n"
    )
    assert said["The Director advised that the scheme was aimed at first-time buyers."] == []


def test_the_chair_named_on_the_line_after_in_the_chair_speaks_as_cathaoirleach():
    said = _said(MINUTES)
    assert said["The Cathaoirleach conveyed his best wishes to the county team."] == ["F Dwyer"]
    assert said["The Cathaoirleach and Members extended congratulations to the local school."] == ["F Dwyer"]
    # "the Meeting the Cathaoirleach": the role starts at its own "the", not at the meeting's.
    assert said["At the conclusion of the Meeting the Cathaoirleach wished everyone a happy Christmas."] == ["F Dwyer"]
    # "extended" is speech only with a greeting or sympathy after it.
    assert said["The deadline for submissions was extended to the end of the month."] == []


AGENDA = (
    "AGENDA\n\n"
    "1. Adoption of Minutes\n\n"
    "2. Notice of Motion submitted by Councillor D. Nolan (to be referred to the Travel and\n\n"
    "Transportation Strategic Policy Committee)\n\n"
    "I call on the Council to create a parking permit system for trades vans in the town centre.\n\n"
    "3. Notice of Motion submitted by Councillor S, Harte\n\n"
    "| will move at the next meeting that the Council compiles data on housing demand.\n\n"
    "I will move at the next meeting that the Council reviews the cemetery bye-laws.\n\n"
    "4. Notice of Motion submitted by Councillors Ann Prior, Joe Kiely and Tom Walsh\n\n"
    "We will move at the next Meeting that the District writes to the water utility.\n\n"
    "5. Questions submitted by Councillor $. Keane\n\n"
    "| will ask at the next Meeting for an update on the works at Mill Cross and\n\n"
    "Church Road Cross.\n\n"
    "| will ask at the next Meeting for the cost of the new footpath.\n"
)


def test_notices_in_the_first_person_belong_to_who_submitted_them():
    said = _said(AGENDA)
    # The heading's bracketed note, cut at the line's end, does not hide the submitter; "I call on" is a notice too.
    assert said["I call on the Council to create a parking permit system for trades vans in the town centre."] == ["D Nolan"]
    # OCR's comma for an initial's dot.
    assert said["| will move at the next meeting that the Council compiles data on housing demand."] == ["S Harte"]
    # A second notice under a one-notice heading: its own heading was lost, so it is not Councillor Harte's.
    assert said["I will move at the next meeting that the Council reviews the cemetery bye-laws."] == []
    assert said["We will move at the next Meeting that the District writes to the water utility."] == ["Ann Prior", "Joe Kiely", "Tom Walsh"]
    # "Questions submitted by" heads several questions; "$." is OCR's "S.".
    assert said["| will ask at the next Meeting for the cost of the new footpath."] == ["S Keane"]


def test_a_notice_broken_over_lines_keeps_its_submitter():
    said = _said(AGENDA)
    assert said["| will ask at the next Meeting for an update on the works at Mill Cross and"] == ["S Keane"]
    assert said["Church Road Cross."] == ["S Keane"]


def test_a_reply_after_a_notice_is_not_the_submitter_speaking():
    said = _said(
        "MINUTES OF MEETING\n\n"
        "7. Question submitted by Councillor P. Ward\n\n"
        "I will ask at the next Meeting for an update on the emergency call out service\n\n"
        "The Council operates an emergency service every day of the year.\n"
    )
    assert said["I will ask at the next Meeting for an update on the emergency call out service"] == ["P Ward"]
    assert said["The Council operates an emergency service every day of the year."] == []


def test_an_officer_listed_untitled_is_named_by_the_given_name_alone():
    said = _said(
        "MINUTES OF THE ECONOMIC DEVELOPMENT STRATEGIC POLICY COMMITTEE\n\n"
        "Sectoral nominees: Marta Quigley, Water Services; Brian Tobin, Planning.\n\n"
        "1. Water Resources Plan\n\n"
        "Members thanked Marta for the presentation.\n\n"
        "Marta informed members that a draft submission would be prepared.\n\n"
        "Replying to members, Marta stated that the plan covered every town.\n"
    )
    assert said["Marta informed members that a draft submission would be prepared."] == ["Marta Quigley"]
    assert said["Replying to members, Marta stated that the plan covered every town."] == ["Marta Quigley"]
    assert said["Members thanked Marta for the presentation."] == []


def test_a_given_name_of_someone_only_mentioned_in_a_sentence_is_no_speaker():
    said = _said(
        "5. Waste Site Report\n\n"
        "On Wednesday I rang Greta Holm at the Environment Agency who told me the site had closed. "
        "Greta also told me that the stockpiles were being reduced.\n"
    )
    assert said["On Wednesday I rang Greta Holm at the Environment Agency who told me the site had closed. "
                "Greta also told me that the stockpiles were being reduced."] == []


def test_the_mayor_in_the_chair_is_the_mayor_until_a_new_one_is_declared_elected():
    said = _said(
        "MINUTES OF PROCEEDINGS AT ANNUAL MEETING OF RIVERSIDE COUNTY COUNCIL HELD ON 26TH JUNE, 2023.\n\n"
        "PRESENT IN THE CHAIR:\n\n"
        "Councillor K. Hanley, Mayor.\n\n"
        "MEMBERS PRESENT:\n\nCouncillors Brennan, Keane, Hurst and Walsh.\n\n"
        "1. Election of Mayor\n\n"
        "The Mayor informed the Meeting that nominations were open.\n\n"
        "The outgoing Mayor invited nominations for the Office of Mayor of the County.\n\n"
        "The outgoing Mayor declared Councillor Keane elected as Mayor of the County.\n\n"
        "The incoming Mayor, Councillor Keane, gave the following address to the Meeting:\n\n"
        "2. Election of Deputy Mayor\n\n"
        "The Mayor invited nominations for the Office of Deputy Mayor.\n\n"
        "The Mayor declared Councillor Hurst elected as Deputy Mayor of the County.\n"
    )
    assert said["The Mayor informed the Meeting that nominations were open."] == ["K Hanley"]
    assert said["The outgoing Mayor invited nominations for the Office of Mayor of the County."] == ["K Hanley"]
    assert said["The outgoing Mayor declared Councillor Keane elected as Mayor of the County."] == ["K Hanley"]
    assert said["The incoming Mayor, Councillor Keane, gave the following address to the Meeting:"] == ["Keane"]
    # After the election the Mayor in the chair is the new one; a Deputy Mayor's election changes nothing.
    assert said["The Mayor invited nominations for the Office of Deputy Mayor."] == ["Keane"]
    assert said["The Mayor declared Councillor Hurst elected as Deputy Mayor of the County."] == ["Keane"]


def test_a_mayor_not_named_as_the_chair_is_not_guessed():
    said = _said(
        "PRESENT: Councillor A. Byrne (Chair), Councillor T. Lowe.\n\n"
        "1. Correspondence\n\n"
        "The Mayor thanked the staff for their work on the festival.\n"
    )
    assert said["The Mayor thanked the staff for their work on the festival."] == []


def test_an_officer_speaking_on_behalf_of_others_and_a_chair_making_a_statement():
    said = _said(
        "PRESENT IN THE CHAIR:\n\n"
        "Councillor D. Moran.\n\n"
        "OFFICIALS IN ATTENDANCE:\n\nDirector General (Mr. P. Doyle), Meetings Administrator (Ms. E. Tierney).\n\n"
        "1. Vote of Sympathy\n\n"
        "The Director General, on behalf of the Management and Staff, extended his sympathy to the family.\n\n"
        "The Chair made the following statement.\n\n"
        "The Meetings Administrator joined in extending condolences to the family.\n\n"
        "Councillor Lowe joined the meeting at this point.\n"
    )
    assert said["The Director General, on behalf of the Management and Staff, extended his sympathy to the family."] == ["P Doyle"]
    assert said["The Meetings Administrator joined in extending condolences to the family."] == ["E Tierney"]
    assert said["Councillor Lowe joined the meeting at this point."] == []
    assert said["The Chair made the following statement."] == ["D Moran"]


def test_north_american_chairs_open_adjourn_and_want_to_know():
    said = _said(
        "ROLL CALL: Present: President Okafor, Vice President Lindqvist, Board Members Hale, Ruiz.\n\n"
        "1. Public comment\n\n"
        "President Okafor opened public comments.\n\n"
        "Board Member Hale gave his thoughts on the density bonus.\n\n"
        "Vice President Lindqvist wanted to know how the energy usage had changed.\n\n"
        "President Okafor adjourned the meeting at 8:17 p.m.\n\n"
        "The applicant wanted to build a taller house.\n"
    )
    assert said["President Okafor opened public comments."] == ["Okafor"]
    assert said["Board Member Hale gave his thoughts on the density bonus."] == ["Hale"]
    assert said["Vice President Lindqvist wanted to know how the energy usage had changed."] == ["Lindqvist"]
    assert said["President Okafor adjourned the meeting at 8:17 p.m."] == ["Okafor"]
    assert said["The applicant wanted to build a taller house."] == []
