"""Speakers are who said what at the meeting: not who undertook an action, wrote a letter or only relayed a request."""
from __future__ import annotations

import pytest

from indexer.loaders.text import read_text
from indexer.model import Document
from indexer.speakers import assign_speakers, speakers_in
from indexer.structure import find_structure


def _said(text: str) -> dict[str, list[str]]:
    structured = find_structure(read_text(text))
    document = Document("d", "/x", "x.txt", "text", "h", paragraphs=structured.paragraphs)
    assign_speakers(document)
    return {p.text: p.speakers for p in document.paragraphs}


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Collins agreed to be a signatory.",
        "Cllrs Eglington and Pointeer agreed to attend.",
        "Mr Jenkinson agreed to contact the Borough Council about the verge.",
        "Cllr Denny undertook to find out more.",
        "Cllr Lee also agreed to speak to the landowner.",
    ],
)
def test_an_undertaking_recorded_as_an_action_is_no_speech(text):
    assert speakers_in(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cllr Smith agreed that the hedge was overgrown.", ["Smith"]),
        ("Cllr Smith agreed to the proposal from the Village Hall.", ["Smith"]),
        ("Cllr Smith agreed with the Clerk and said the road was dangerous.", ["Smith"]),
        ("Cllr Smith said that she would be happy to help, and Cllr Jones agreed to check the lights.", ["Smith"]),
    ],
)
def test_agreeing_at_the_meeting_is_still_speech(text, expected):
    assert speakers_in(text) == expected


def test_the_clerk_who_agrees_to_write_is_no_speaker_but_the_member_who_raised_it_is():
    said = _said(
        "Present: Cllr Daphne Clements, Cllr Janet Taylor and Helen Richardson (Clerk).\n\n"
        "Cllr Clements raised that bills were steadily increasing. The Clerk agreed to investigate and report back.\n"
    )
    assert said["Cllr Clements raised that bills were steadily increasing. The Clerk agreed to investigate and report back."] == ["Daphne Clements"]


def test_a_letter_written_outside_the_meeting_is_no_speech():
    said = _said(
        "Present: Cllr Claire Cann (Chairman), Cllr M Grief.\n\n"
        "The Parish Council is not happy with the decision. The Chairman has written to the Borough Council to this effect.\n"
    )
    assert said["The Parish Council is not happy with the decision. The Chairman has written to the Borough Council to this effect."] == []


def test_a_request_relayed_by_a_member_is_the_member_s_and_the_absent_sender_is_no_speaker():
    said = _said(
        "Present: Mrs. Koopowitz - Vice Chairman, C. Humphries, D. Deighton.\n\n"
        "Apologies: P. Norris\n\n"
        "P. Norris requested via Mrs. Koopowitz that letters of thanks be sent to R. Lankfer.\n\n"
        "There is an apple tree branch overhanging the footpath - P. Norris has volunteered to contact the owner.\n"
    )
    assert said["P. Norris requested via Mrs. Koopowitz that letters of thanks be sent to R. Lankfer."] == ["Koopowitz"]
    assert said["There is an apple tree branch overhanging the footpath - P. Norris has volunteered to contact the owner."] == []


def test_an_unnamed_councillor_in_a_list_is_not_the_list_s_speaker():
    said = _said(
        "Present: Cllr Mark Dawson (Chairman), Cllr Pam Bullas.\n\n"
        "14. Planning\n\n"
        "Cllr Dawson reported on the applications received as follows:\n\n"
        "- Erection of a garage at 1 Church Road, no objection.\n\n"
        "- Two storey extension at 2 Abbey Cottage, refused. A Councillor expressed concern that the permission had been refused.\n"
    )
    assert said["Erection of a garage at 1 Church Road, no objection."] == ["Mark Dawson"]
    assert said["Two storey extension at 2 Abbey Cottage, refused. A Councillor expressed concern that the permission had been refused."] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Email from Cllr Denny regarding speeding in the village. He informed the meeting that complaints had increased.", ["Denny"]),
        ("Letter from Mrs Smith about the bus shelter. He informed the meeting that it was damaged.", []),
        ("Cllr Denny and Cllr Lee discussed the bus shelter. He informed the meeting that it was damaged.", []),
    ],
)
def test_he_or_she_after_a_sentence_naming_one_titled_person_is_that_person(text, expected):
    assert speakers_in(text) == expected


def test_a_topic_before_a_dash_is_not_the_clerk_and_the_clerk_named_in_the_attendance_speaks():
    said = _said(
        "Those Attending: Cllr Mrs T Mann (Chairman), Cllr M Precey, Mrs C Hardy (Clerk), and 7 members of the public.\n\n"
        "Grit Boxes - the Clerk had looked at prices for these but did point out it would be difficult to place them.\n\n"
        "The Clerk informed the meeting that there was £185 remaining in the budget.\n"
    )
    assert said["The Clerk informed the meeting that there was £185 remaining in the budget."] == ["C Hardy"]


def test_another_councils_clerk_does_not_make_the_clerk_ambiguous():
    said = _said(
        "Councillors present: Cllr. R. Crisp – Chair (RC), Cllr. A. Jenkinson (AJ) & Present: Vicky Bright – Clerk. Cllr. Crisp welcomed all.\n\n"
        "Clerks Maternity Cover update Rachel Buckle – Clerk to Methwold Parish Council has offered her services to cover.\n\n"
        "The Clerk reported that the contract had now been forwarded.\n"
    )
    assert said["The Clerk reported that the contract had now been forwarded."] == ["Vicky Bright"]


def test_the_clerk_is_who_follows_clerk_and_a_colon_not_the_member_before_it():
    said = _said(
        "PRESENT (six Councillors): - Pam Bullas (PB), Claire Cann (CC) - Chair, Tom Foy (TF) and Pam Walker (PW) Clerk: Helen Carrier "
        "Thirteen members of the public were in attendance.\n\n"
        "The Clerk had attended a training seminar and advised the meeting that funding was available.\n"
    )
    assert said["The Clerk had attended a training seminar and advised the meeting that funding was available."] == ["Helen Carrier"]


def test_the_new_clerk_welcomed_by_name_is_the_clerk():
    said = _said(
        "Present: Mrs R Crisp (Chairman), Mr A Collins, Mrs A Muir.\n\n"
        "Mrs Crisp welcomed the new Parish Clerk Mrs Mandy Maguire.\n\n"
        "The clerk informed the Council that NALC provide websites for parish councils.\n"
    )
    assert said["The clerk informed the Council that NALC provide websites for parish councils."] == ["Mandy Maguire"]


def test_a_list_after_the_clerk_does_not_name_the_clerk():
    said = _said(
        "Present: Cllrs Hayward (in the chair), Hillard, Evans & the Clerk.\n\n"
        "2718. Kevin Toombs had carried out a valuation, attended by two Cllrs, the Clerk, Mr Hewitt & Mrs Wood.\n\n"
        "2722. Any Other Business: Clerk reported overgrown verges on Chapel Lane.\n"
    )
    assert "Hewitt" not in {name for names in said.values() for name in names}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cllr Hardy did advise that she would be prepared to continue for another year.", ["Hardy"]),
        ("Cllr Hardy did point out that the verge was council land.", ["Hardy"]),
        ("Cllr Hardy did not agree with the proposal.", ["Hardy"]),
        ("Cllr Hardy did the work on the verge last week.", []),
        # Said before the meeting and relayed in the minutes, not said at it.
        ("Mr Peake had reported that there would be good news concerning The Old Manor House.", []),
        ("Cllr Evans had attended a training seminar and advised the meeting that funding was available.", ["Evans"]),
        ("Cllr Evans had been thanked and congratulated by the school.", []),
    ],
)
def test_what_did_and_had_say_about_speech_at_the_meeting(text, expected):
    assert speakers_in(text) == expected



@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cllr Hardy had looked at prices for these but did point out it would be difficult to place them.", ["Hardy"]),
        ("Cllr Hardy had looked at prices for these but did the work herself.", []),
        ("Cllr Hardy took his seat but thanked the Members for the welcome.", ["Hardy"]),
    ],
)
def test_a_speech_verb_after_but_is_the_subject_s_speech(text, expected):
    assert speakers_in(text) == expected



def test_a_rank_after_a_job_title_is_not_a_surname():
    """Limerick's minutes of 9 May 2025 list "Director General (Dr. P. Daly)"; "The Director General ... joined in" names no "General"."""
    from conftest import shared_corpus
    from indexer.pipeline import read_document

    path = shared_corpus() / "limerick/2025/05/26-Full Meeting of Limerick City and County Council/Minutes - Special Meeting of Limerick City and County Council - 9th May 2025.md"
    document = read_document(str(path), str(path.parent))
    assert any(p.text.startswith("The Director General") for p in document.paragraphs)
    assert all("General" not in p.speakers for p in document.paragraphs)
