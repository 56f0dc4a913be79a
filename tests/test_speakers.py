"""Speakers: who speaks in reported speech, who does not, and one name per person."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from conftest import shared_corpus
from indexer.loaders.text import read_text
from indexer.model import Document, Paragraph
from indexer.speakers import assign_speakers, normalise_name, speakers_in
from indexer.structure import find_structure

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Councillor Glynis Phillips urged that the new money be invested.", ["Glynis Phillips"]),
        ("Cllr Tilley welcomed the attendance of councillors.", ["Tilley"]),
        ("County Councillor Driver expressed concern that assessments took too long.", ["Driver"]),
        ("Asked why the report is labour-intensive, Mr Dyson responded that much is manual.", ["Dyson"]),
        ("Ms Scott introduced the report.", ["Scott"]),
        ("Dave Carr, Head of Service - Policy, Information and Commissioning (Start Well) confirmed that work had started.", ["Dave Carr"]),
        ("A report was presented by Donna Talbot, Head of Service, providing an overview.", ["Donna Talbot"]),
        ("Councillors Constance and Green reported that delays were still occurring.", ["Constance", "Green"]),
        ("Mr Derek Murphy proposed, and Mr Rob Thomas seconded the motion.", ["Derek Murphy", "Rob Thomas"]),
        ("The Leader of the Labour Group, Mr Brady, thanked officers for the report.", ["Brady"]),
        ("It was proposed by G. Clere, seconded by D. Pickston that the minutes be signed.", ["G Clere", "D Pickston"]),
        ("PCSO Watson gave an update on crime in the village.", ["Watson"]),
        ("Dr A Ghosh (Director of Public Health) introduced the report.", ["A Ghosh"]),
    ],
)
def test_reported_speech_names_its_speakers(text, expected):
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Apologies were received from Councillor Charles Mathew and Councillor Mark Gray.",
        "PRESENT: Mr R W Gough (Chairman), Mr N Baker, Mrs S Chandler and Mr D Jeffrey",
        "Mr Baker, Mr Bartlett, Mr Beaney, Mrs Bell, Mrs Binks, Mr Bond, Mr Booth",
        "He agreed with Mr Hook that the road was dangerous.",
        "Councillor Phythian left the meeting during this item.",
        "The General Counsel advised that no declarations were needed.",
        "Signed letters received from Mr Rye and parishioners.",
    ],
)
def test_people_who_do_not_speak_are_not_speakers(text):
    assert speakers_in(text) == []


def _document(text: str) -> Document:
    structured = find_structure(read_text(text))
    document = Document("d", "/x", "x.txt", "text", "h", paragraphs=structured.paragraphs)
    assign_speakers(document)
    return document


def _said(document: Document) -> dict[str, list[str]]:
    """Each paragraph's speakers by its text (attendance lines may become headings, so positions vary)."""
    return {p.text: p.speakers for p in document.paragraphs}


def test_chair_and_leader_resolve_to_the_people_the_document_names():
    document = _document(
        "PRESENT: Mr R W Gough (Chairman), Mr N Baker and Mr D Jeffrey\n\n"
        "Mr R Gough, Leader of the Council, welcomed everyone.\n\n"
        "The Chairman asked for comments on the report.\n\n"
        "The Leader thanked the Cabinet Members for their updates.\n\n"
        "Mr Gough said the budget was balanced.\n"
    )
    assert [p.speakers for p in document.paragraphs] == [[], ["R W Gough"], ["R W Gough"], ["R W Gough"], ["R W Gough"]]


def test_an_unnamed_chair_is_not_guessed():
    document = _document("The Chairman asked that cases be brought to the Committee.\n")
    assert document.paragraphs[0].speakers == []


def test_bullets_after_a_lead_in_belong_to_its_speaker():
    document = _document(
        "Stephen Chandler responded to Members' questions as follows:\n"
        "·         Not every care home will be capable of providing end-of-life care.\n"
        "·         The draft contract will be brought to the Committee.\n\n"
        "RESOLVED: to note the report.\n"
    )
    assert [p.speakers for p in document.paragraphs] == [["Stephen Chandler"]] * 3 + [[]]


def test_reported_speech_carries_on_until_someone_else_speaks():
    document = _document(
        "Stephen Chandler described three main reasons for the lack of improvement.\n\n"
        "The second issue is that the reablement system has lower outcomes.\n\n"
        "He added that the workforce is simply not there.\n\n"
        "Members asked for a briefing.\n\n"
        "She said it would be circulated.\n"
    )
    speakers = [p.speakers for p in document.paragraphs]
    assert speakers[:3] == [["Stephen Chandler"]] * 3
    assert speakers[3] == []


def test_short_forms_take_the_fullest_name_in_the_document():
    document = _document(
        "Voting Members: Councillor Ian Hudspeth – in the Chair, Councillor Lawrie Stratford\n\n"
        "Councillor Stratford introduced the report.\n"
    )
    assert document.paragraphs[1].speakers == ["Lawrie Stratford"]


@pytest.mark.parametrize(
    "raw, name",
    [("Mr R W Gough, OBE", "R W Gough"), ("County Councillor Driver", "Driver"), ("Cllr. Melinda Tilley", "Melinda Tilley"), ("Sir Paul Carter, CBE", "Paul Carter"), ("the Committee", None)],
)
def test_names_lose_honorifics_and_post_nominals(raw, name):
    assert normalise_name(raw) == name


def test_roles_named_in_the_attendance_list_resolve():
    document = _document(
        "Those Attending: Cllr Mrs M Leamon, Cllr R Bivon, Mrs C Hardy (Clerk), Borough Councillor C Sampson\n\n"
        "Cllr Mrs Leamon queried why only some pot holes had been filled. The Clerk advised that the rest were in Wretton.\n\n"
        "BC Colin Sampson suggested contacting the British Legion.\n\n"
        "Cllr Bivon was duly elected as chairman. Cllr Bivon then took the chair.\n\n"
        "The Chairman thanked everyone for coming.\n"
    )
    speakers = [p.speakers for p in document.paragraphs]
    assert speakers[1] == ["M Leamon", "C Hardy"]
    assert speakers[2] == ["Colin Sampson"]
    assert speakers[4] == ["R Bivon"]


def test_a_councillor_is_not_the_officer_with_the_same_surname():
    document = _document(
        "Contact: Claire Phillips, Senior Policy Officer\n\n"
        "Councillor Phillips asked how long the Cabinet Member would tolerate this.\n"
    )
    assert document.paragraphs[1].speakers == ["Phillips"]


def test_coordinated_subjects_and_objects():
    assert speakers_in("Mrs Verity Lynch, Mr Mark Roberts and Miss Alison Muir volunteered to join the group.") == [
        "Verity Lynch", "Mark Roberts", "Alison Muir"]
    assert speakers_in("Mr Gough proposed, and Mr Brady seconded that Mr G Cooke be elected to Chair the meeting.") == [
        "Gough", "Brady"]
    assert speakers_in("Following a question from Councillor Carter, Cabinet was advised of the ongoing work.") == ["Carter"]
    assert speakers_in("Mr Gillett gave his register of interest form to the Clerk.") == []
    assert speakers_in("Ms Grehan had given her formal apologies but was attending the meeting virtually.") == []
    assert speakers_in("Peter Akers undertook the work at a cost of £300.") == []


def test_a_spaced_surname_finds_the_listed_person_but_a_misspelt_one_stays_apart():
    document = _document(
        "IN ATTENDANCE: Dr A Ghosh (Director of Public Health), Councillor Hilary Hibbert-Biles\n\n"
        "Anjan Ghosh (Director of Public Health) was in attendance for this item.\n\n"
        "Dr Gosh introduced the report.\n\n"
        "Councillor Hibbert Biles replied that targets were ambitious.\n"
    )
    # A different surname is a different person, however alike: guessing would merge Barker into Baker.
    assert document.paragraphs[2].speakers == ["Gosh"]
    assert document.paragraphs[3].speakers == ["Hilary Hibbert-Biles"]


def test_alike_surnames_are_different_people():
    document = _document(
        "Present: Mr N Baker, Mrs S Clarke, Mr P Cooke and Mr R Gough (Leader)\n\n"
        "Mr Barker said the bus route should be kept.\n\n"
        "Mrs Clark asked when the verges would be cut.\n\n"
        "Mr Cook replied that the contract had been let.\n\n"
        "Mr Baker thanked officers for the report.\n"
    )
    said = _said(document)
    assert said["Mr Barker said the bus route should be kept."] == ["Barker"]
    assert said["Mrs Clark asked when the verges would be cut."] == ["Clark"]
    assert said["Mr Cook replied that the contract had been let."] == ["Cook"]
    assert said["Mr Baker thanked officers for the report."] == ["N Baker"]


def test_given_names_must_agree_for_two_forms_to_be_one_person():
    document = _document(
        "Present: Cllr N Smith, Cllr Paul Jones, Cllr R W Brown\n\n"
        "Cllr Nigel Smith proposed the budget.\n\n"
        "Cllr P Smith seconded the budget.\n\n"
        "Cllr R J Brown explained why he abstained.\n\n"
        "Cllr Jones asked for a recorded vote.\n"
    )
    said = _said(document)
    assert said["Cllr Nigel Smith proposed the budget."] == ["Nigel Smith"]
    assert said["Cllr P Smith seconded the budget."] == ["P Smith"]
    assert said["Cllr R J Brown explained why he abstained."] == ["R J Brown"]
    assert said["Cllr Jones asked for a recorded vote."] == ["Paul Jones"]


@pytest.mark.parametrize(
    "text",
    [
        "Dog Fouling - The Clerk reported that more signs had been ordered.",
        "Grit Bin - Cllr Jones confirmed that the grit bin by the church had been filled.",
        "Task Groups reported on their progress with the village plan.",
        "Another Parishioner noted that the flies were worse in the evening.",
        "A Parishioner stated that the lorries were overloaded.",
        "War Memorial - The Parish Clerk reported that quotes were awaited.",
        "Play Equipment - the Chairman said the swings needed repair.",
        "Youth Club reported a good year.",
        "Lynn News reported that the shop would close.",
        "Glazewing Ltd confirmed that the machine would be repaired.",
    ],
)
def test_things_and_organisations_are_never_speakers(text):
    document = _document(text + "\n\nThe grit bin, the task groups, the war memorial and the play equipment were all discussed.\n")
    names = {name for p in document.paragraphs for name in p.speakers}
    assert not names & {"Dog Fouling", "Grit Bin", "Task Groups", "Another Parishioner", "A Parishioner", "Parishioner",
                        "War Memorial", "Play Equipment", "Youth Club", "Lynn News", "Glazewing Ltd"}, names


def test_a_bare_name_speaks_when_it_starts_with_a_given_name():
    assert speakers_in("Mally Reeve confirmed that the hall was free.") == []  # not a given name the list knows
    assert speakers_in("Donna Talbot confirmed that the hall was free.") == ["Donna Talbot"]
    document = _document("Present: Cllr M Reeve, Cllr T Ryves\n\nMally Reeve confirmed that the hall was free.\n")
    assert _said(document)["Mally Reeve confirmed that the hall was free."] == ["Mally Reeve"]  # the attendance list knows her


def test_the_leader_recalled_resolves_to_the_leader_named_in_attendance():
    document = _document(
        "Present: Mr R Gough (Leader), Mr N Baker, Mr P Oakford (Deputy Leader)\n\n"
        "The Leader recalled the funding agreed last year for the bus routes.\n\n"
        "The Deputy Leader recalled that the grant was late.\n"
    )
    said = _said(document)
    assert said["The Leader recalled the funding agreed last year for the bus routes."] == ["R Gough"]
    assert said["The Deputy Leader recalled that the grant was late."] == ["P Oakford"]
    unnamed = _document("Present: Mr N Baker\n\nThe Leader recalled the funding agreed last year.\n")
    assert _said(unnamed)["The Leader recalled the funding agreed last year."] == []


def test_a_role_named_earlier_in_the_text_resolves():
    document = _document(
        "The Leader, Mr Gough, introduced the budget.\n\n"
        "Mrs Bell, Cabinet Member for Adult Social Care, set out the savings.\n\n"
        "The Leader recalled the funding agreed last year.\n\n"
        "The Cabinet Member for Adult Social Care answered questions on home care.\n"
    )
    assert [p.speakers for p in document.paragraphs] == [["Gough"], ["Bell"], ["Gough"], ["Bell"]]


def test_people_only_mentioned_or_quoted_are_not_speakers():
    assert speakers_in("The Prime Minister, Keir Starmer, said councils would be reorganised.") == []
    assert speakers_in("The Chairman thanked Mr Rye for his letter.") == []
    document = _document(
        "Present: Mr R Gough (Leader), Mr N Baker and Mrs S Prendergast\n\nApologies were received from Mr T Jones.\n\n"
        "The Leader said Mr Jones had sent a report.\n"
    )
    assert _said(document)["The Leader said Mr Jones had sent a report."] == ["R Gough"]
    report = Document("d", "/x", "x.txt", "text", "h", paragraphs=[
        Paragraph("The Leader of the Council, Roger Gough, said the White Paper was welcome.", kind="report"),
        Paragraph("Mrs Chandler explained the decision to the committee.", kind="agenda"),
    ])
    assign_speakers(report)
    assert [p.speakers for p in report.paragraphs] == [[], []]


def test_a_quoted_answer_after_replied_is_the_speakers_but_motion_wording_is_not():
    document = _document(
        "Councillor Hibbert Biles replied:\n\n"
        "\"The Cabinet Member does not tolerate the situation.\"\n\n"
        "Mr Gough proposed, and Mr Oakford seconded the motion that\n\n"
        "\u201cCounty Council is asked to endorse the joint work.\u201d\n"
    )
    speakers = [p.speakers for p in document.paragraphs]
    assert speakers[1] == ["Hibbert Biles"]
    assert speakers[3] == []


def _evaluate() -> dict:
    corpus = shared_corpus()
    spec = importlib.util.spec_from_file_location("eval_speakers", ROOT / "scripts" / "eval_speakers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate(corpus)


def test_precision_and_recall_on_labelled_paragraphs():
    result = _evaluate()
    assert not result["missing"], result["missing"]
    assert result["paragraphs"] >= 150 and result["negatives"] >= 60
    assert result["precision"] >= 0.95, result["errors"]
    assert result["recall"] >= 0.90, result["errors"]
    for name, row in result["by_set"].items():
        assert row["precision"] >= 0.95 and row["recall"] >= 0.90, (name, row)


def test_precision_and_recall_on_the_issue_14_dev_set():
    """tests/data/speakers_dev: 147 paragraphs labelled before the code ran on them; measured P 1.000, R 0.831 (before issue 14: P 0.869, R 0.815; "had reported" is relayed since round g)."""
    spec = importlib.util.spec_from_file_location("eval_speakers", ROOT / "scripts" / "eval_speakers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.evaluate(shared_corpus(), module.DEV_LABELS)
    assert not result["missing"], result["missing"]
    assert result["paragraphs"] >= 140 and result["negatives"] >= 80
    assert result["precision"] >= 0.93, result["errors"]
    assert result["recall"] >= 0.83, result["errors"]


def test_a_role_is_never_given_to_a_thing():
    document = _document(
        "Present: Cllr Mrs T Mann (Chairman), Cllr M Precey and Mrs C Hardy (Clerk)\n\n"
        "War Memorial, St Andrew’s Churchyard - The Parish Clerk reported that a stonemason had been asked for a quote.\n\n"
        "Members received the Standing Orders, Financial Regulations, Clerk's job description and contract.\n\n"
        "The Clerk advised that the war memorial lettering was worn.\n"
    )
    said = _said(document)
    assert said["The Clerk advised that the war memorial lettering was worn."] == ["C Hardy"]
    assert not {name for names in said.values() for name in names} & {"War Memorial", "Financial Regulations", "St Andrew’s Churchyard"}


def test_words_run_onto_a_titled_name_are_dropped_and_printed_title_forms_are_read():
    document = _document(
        "Present: Cllr Mrs R Mendoza, Cllr M Precey, Cllr Adrian Jenkinson\n\n"
        "It was proposed by Cllr Precey, seconded by Cllr Mrs Mendoza Correspondence received was noted.\n\n"
        "Cllr.Adrian Jenkinson reported that the footpath was clear. All correspondence was agreed unanimously.\n\n"
        "Proposed by Cllr Precey, seconded by Cllr Mendoza Unanimously agreed.\n\n"
        "Cllr Mrs Mendoza said she had spoken to BBC Radio Norfolk. NCC Lighting Department reported the repair.\n"
    )
    names = {name for p in document.paragraphs for name in p.speakers}
    assert names == {"M Precey", "R Mendoza", "Adrian Jenkinson"}, names


def test_a_long_roll_call_without_a_verb_is_read_in_linear_time():
    """A council's roll call ("Councillors A, B, ... and Z voted ...") took minutes (every split of every name was tried)."""
    import time

    names = ", ".join(f"{first}{second}" for first in ("Brow", "Ead", "Field", "Gerb") for second in ("aty", "ie", "ing", "asi"))
    text = f"Councillors {names} and Wyatt voted in favour of the motion to adjourn the meeting for the evening."
    started = time.process_time()
    speakers_in(text)
    assert time.process_time() - started < 2.0  # was over 100 s for 16 names


# -- after the blind score of 2026-12-02 (tests/data/extraction_blind/CHANGES-2026-12-02.md) -----
# Hand-written examples of general forms; no text of the scored documents.


@pytest.mark.parametrize(
    "text, expected",
    [
        # North American titles of council and board members.
        ("Councilmember Okafor stated that the plan needs more parking.", ["Okafor"]),
        ("Vice Mayor Lindqvist inquired whether the grant had been received.", ["Lindqvist"]),
        ("Board Member Haddad moved approval, seconded by Boardmember Ruiz.", ["Haddad", "Ruiz"]),
        ("President Nakamura called the meeting to order at 7:02 p.m.", ["Nakamura"]),
        ("Commissioner Dorsey suggested that staff report back in May.", ["Dorsey"]),
        ("Member Quayle made a motion to adjourn.", ["Quayle"]),
        # OCR's "Clir." for "Cllr.", and the asker of a question named with a possessive.
        ("Clir. Fennelly seconded the motion.", ["Fennelly"]),
        ("In response to Mr. Abernethy’s inquiry, Chair Tolland stated the record was complete.", ["Abernethy", "Tolland"]),
        # The proposer of "On the proposal of ..." speaks, and a bracketed initial tells a shared surname apart.
        ("On the proposal of Councillor Brennan (T), seconded by Councillor Brennan (P), the minutes were adopted.", ["T Brennan", "P Brennan"]),
        # A pair after a passive verb, a member with the others, an object before "an overview", a chief executive.
        ("The motion was seconded by both Mr. Abbot and Councillor Leary.", ["Abbot", "Leary"]),
        ("Cllr. Quigley and the Members thanked the Garda for the report.", ["Quigley"]),
        ("Ms. Harte gave members an overview of the scheme.", ["Harte"]),
        ("Martin Doyle, CEO, Enterprise Board made a presentation to the members.", ["Martin Doyle"]),
        # A second, speaking verb of the same subject; not after "was".
        ("Mayor Okafor read and presented the proclamation to the team.", ["Okafor"]),
        ("Councillor Bright took his seat in the Chamber and thanked the Members.", ["Bright"]),
        ("Councillor Bright was welcomed and congratulated by the Members.", []),
        # A possessive is whose thing it is; "His Worship" is a mayor's title; "&" joins two members.
        ("Councillor Hale’ motion was seconded by Councillor Roper.", ["Roper"]),
        ("His Worship Mayor Brandt thanked the delegation.", ["Brandt"]),
        ("Cllrs Fenwick & Doyle reported on the hall.", ["Fenwick", "Doyle"]),
    ],
)
def test_titles_and_forms_of_other_english_speaking_councils(text, expected):
    assert speakers_in(text) == expected


def test_a_name_only_mentioned_with_a_north_american_title_is_no_speaker():
    assert speakers_in("The report thanked Councilmember Okafor for her work.") == []
    assert speakers_in("Letters were received from Mayor Lindqvist and the school.") == []


def test_irish_chair_and_officials_listed_job_first_resolve_to_their_names():
    document = _document(
        "PRESENT IN THE CHAIR:\n\nCouncillor R. Dunphy, An Cathaoirleach.\n\n"
        "MEMBERS PRESENT:\n\nCouncillors Brennan (T), Brennan (P), Corrigan.\n\n"
        "OFFICIALS IN ATTENDANCE:\n\nChief Executive (Mr. S. Halloran), Director, Housing Services (Mr. P. Quinn), Meetings Administrator (Ms. E. Tierney).\n\n"
        "The Director, Housing Services, outlined the plan for new homes.\n\n"
        "The Cathaoirleach welcomed the members to the meeting.\n\n"
        "The Chief Executive outlined the budget for the coming year.\n\n"
        "The Meetings Administrator confirmed that two nominations had been received.\n\n"
        "Councillor Brennan (P) asked about road repairs.\n"
    )
    said = _said(document)
    assert said["The Cathaoirleach welcomed the members to the meeting."] == ["R Dunphy"]
    assert said["The Chief Executive outlined the budget for the coming year."] == ["S Halloran"]
    assert said["The Meetings Administrator confirmed that two nominations had been received."] == ["E Tierney"]
    assert said["The Director, Housing Services, outlined the plan for new homes."] == ["P Quinn"]
    assert said["Councillor Brennan (P) asked about road repairs."] == ["P Brennan"]


def test_turns_of_a_verbatim_record_are_spoken_by_the_name_that_opens_them():
    document = _document(
        "ROLL CALL\n\nClerk: Madam Speaker Councillor Aldous, His Worship Mayor Brandt, Councillors Cole, Devlin.\n\n"
        "Madam Speaker: The meeting will come to order. Mayor Brandt, you have an announcement?\n\n"
        "Mayor Brandt: Yes, Madam Speaker. I thank Councillor Cole for her work on the bridge.\n\n"
        "Ella Novak: Thank you, Mayor Brandt. Madam Speaker, Your Worship Mayor Brandt, members of Council, good morning.\n\n"
        "Councillor Cole: Thank you, Your Worship. Councillor Devlin asked me about the cost.\n\n"
        "Harriet Lomax: Good morning. I am here for the residents' association.\n"
    )
    said = _said(document)
    assert said["Madam Speaker: The meeting will come to order. Mayor Brandt, you have an announcement?"] == ["Aldous"]
    assert said["Mayor Brandt: Yes, Madam Speaker. I thank Councillor Cole for her work on the bridge."] == ["Brandt"]
    # Names inside a turn are addressed or mentioned, not speakers.
    assert said["Councillor Cole: Thank you, Your Worship. Councillor Devlin asked me about the cost."] == ["Cole"]
    assert said["Harriet Lomax: Good morning. I am here for the residents' association."] == ["Harriet Lomax"]
    assert "Clerk: Madam Speaker Councillor Aldous, His Worship Mayor Brandt, Councillors Cole, Devlin." not in said or said["Clerk: Madam Speaker Councillor Aldous, His Worship Mayor Brandt, Councillors Cole, Devlin."] == []


def test_a_colon_after_a_name_in_ordinary_minutes_is_no_turn():
    document = _document("Present: Cllr A Price, Cllr B Hale.\n\nCllr Price: to write to the school.\n\nThe Clerk reported on the accounts.\n")
    assert _said(document)["Cllr Price: to write to the school."] == []


def test_an_agendas_first_person_notice_is_the_submitters():
    document = _document(
        "AGENDA\n\n1. Adoption of Minutes\n\n2. Questions\n\nQuestion submitted by Councillor M. Ryan\n\n"
        "I will ask at the next Meeting for an update on the footpath at Mill Road.\n\n"
        "| will ask at the next Meeting when the lights will be repaired.\n\n"
        "ed by Coundlor T. !\n\n"
        "I will ask at the next Meeting for a report on parking.\n\n"
        "Notice of Motion submitted by Orla Byrne, T.D.\n\n"
        "“I will move at the next Meeting that the Council write to the Minister.”\n"
    )
    said = _said(document)
    assert said["I will ask at the next Meeting for an update on the footpath at Mill Road."] == ["M Ryan"]
    assert said["| will ask at the next Meeting when the lights will be repaired."] == ["M Ryan"]  # OCR's "|" for "I"
    # After a submitter line too garbled to read, nobody is guessed.
    assert said["I will ask at the next Meeting for a report on parking."] == []
    assert said["“I will move at the next Meeting that the Council write to the Minister.”"] == ["Orla Byrne"]


def test_staff_named_after_their_job_and_members_of_the_public_with_their_town():
    document = _document(
        "[Staff present: Assistant City Attorney Rosa Delgado and City Clerk Owen Marsh]\n\n"
        "Dana Whitfield, Riverside, stated that she had emailed the Commission.\n\n"
        "The City Clerk responded that the minutes could be amended.\n\n"
        "The Assistant City Attorney stated that the request was answered.\n\n"
        "Letters from Dana Whitfield, Riverside, were noted.\n"
    )
    said = _said(document)
    assert said["Dana Whitfield, Riverside, stated that she had emailed the Commission."] == ["Dana Whitfield"]
    assert said["The City Clerk responded that the minutes could be amended."] == ["Owen Marsh"]
    assert said["The Assistant City Attorney stated that the request was answered."] == ["Rosa Delgado"]
    assert said["Letters from Dana Whitfield, Riverside, were noted."] == []


def test_the_mayor_and_a_hyphenated_irish_chair_resolve_from_the_attendance():
    document = _document(
        "PRESENT IN THE CHAIR: Príomh-Chomhairleoir, Councillor D. Moore.\n\nMEMBERS PRESENT:\n\nMayor Quinlan; Councillors Barry, Casey.\n\n"
        "The Príomh Chomhairleoir welcomed everyone to the meeting.\n\nThe Mayor gave a presentation to the Members on his programme.\n"
    )
    said = _said(document)
    assert said["The Príomh Chomhairleoir welcomed everyone to the meeting."] == ["D Moore"]
    assert said["The Mayor gave a presentation to the Members on his programme."] == ["Quinlan"]


def test_a_possessive_after_a_name_never_becomes_the_persons_name():
    assert normalise_name("Councillor Lukas’ Ward") == "Lukas"
    assert normalise_name("Mr Smith's") == "Smith"
    assert normalise_name("Councillor O’Dea") == "O’Dea"
    document = _document(
        "Present: Councillors Lukas, Marsh.\n\nCouncillor Lukas: There are a few items now in Councillor Lukas’ Ward.\n\n"
        "Councillor Marsh: Thank you.\n\nCouncillor Lukas: Agreed.\n"
    )
    assert {name for p in document.paragraphs for name in p.speakers} == {"Lukas", "Marsh"}


def test_roles_in_an_attendance_list_printed_without_separators():
    # Parish minutes often print the attendance as a run of names, each role after its holder, no commas.
    document = _document(
        "Attendance: Cllr Sue Lintern Chair Cllr Daphne Clements Cllr Jim McNeill Helen Richardson Parish Clerk and "
        "Responsible Financial Officer\n\n"
        "The Chair advised that the mill had been inspected.\n\n"
        "The Clerk advised that the insurance was renewed.\n\n"
        "The Chair of the Parish Council requested that the item be deferred.\n"
    )
    said = _said(document)
    assert said["The Chair advised that the mill had been inspected."] == ["Sue Lintern"]
    assert said["The Clerk advised that the insurance was renewed."] == ["Helen Richardson"]
    assert said["The Chair of the Parish Council requested that the item be deferred."] == ["Sue Lintern"]


def test_an_acting_chair_a_chair_of_the_council_in_brackets_and_a_chair_in_lower_case():
    document = _document("Present: Miss Richardson - acting Chairperson, M. Grief, Mrs. Berry.\n\nThe chairperson welcomed the new Councillor.\n")
    assert _said(document)["The chairperson welcomed the new Councillor."] == ["Richardson"]
    document = _document("Present: Mr. D Llewellyn (Chairman of the Parish Council), Mr L Peake.\n\nThe Chairman reported that a vacancy remained.\n")
    assert _said(document)["The Chairman reported that a vacancy remained."] == ["D Llewellyn"]
    # A chair of another body is not the meeting's chair.
    document = _document("Present: Mr. D Llewellyn (Chairman of the Village Hall Committee), Mr L Peake.\n\nThe Chairman reported that a vacancy remained.\n")
    assert _said(document)["The Chairman reported that a vacancy remained."] == []


def test_the_vice_chair_who_takes_the_chair_is_the_chairman_of_the_meeting():
    document = _document(
        "Present: Cllr Mrs D Clements (Vice-Chair), Cllr T Ryves, Mrs C Hardy (Clerk).\n\n"
        "It was agreed by all present that as Vice-Chair she should take the chair for this meeting.\n\n"
        "The Chairman suspended Standing Orders to enable comments from the public.\n"
    )
    assert _said(document)["The Chairman suspended Standing Orders to enable comments from the public."] == ["D Clements"]


def test_the_clerk_named_after_a_colon_even_with_contact_details_run_on():
    document = _document(
        "Present: Claire Cann (CC) – Chairman, Tom Foy (TF).\n\nThe Clerk advised that she had sent the agenda by email.\n\n"
        "Next meeting is on Thursday 11 June at 7.30pm. Clerk: Sarah Thorpe Email: clerk@example.org\n"
    )
    assert _said(document)["The Clerk advised that she had sent the agenda by email."] == ["Sarah Thorpe"]


def test_initials_stand_for_the_one_member_whose_initials_they_are():
    document = _document(
        "Attendance: Cllr Jo Bruce JB Chair Cllr Dave Deighton DD Vice Chair Cllr Gail Koopowitz GK Cllr Roger Lankfer RL\n\n"
        "JB welcomed all. Apologies for absence were noted from Karin Newell\n\n"
        "GK stated that she has sought advice.\n\n"
        "Clerk to check the lamps. Prop JB, 2nd GK, All agreed.\n\n"
        "The minutes were accepted. Prop. JB 2nd DD All agreed.\n\n"
        "A proposal was made by RL and seconded by DD that the hedge be cut.\n\n"
        "The PC agreed that the hedge be cut.\n\n"
        "VG confirmed that the grant had been received.\n\n"
        "Present also: Cllr Brian Cole.\n\nBC advised that the Borough would collect the bins.\n"
    )
    said = _said(document)
    assert said["JB welcomed all. Apologies for absence were noted from Karin Newell"] == ["Jo Bruce"]
    assert said["GK stated that she has sought advice."] == ["Gail Koopowitz"]
    assert said["Clerk to check the lamps. Prop JB, 2nd GK, All agreed."] == ["Jo Bruce", "Gail Koopowitz"]
    assert said["The minutes were accepted. Prop. JB 2nd DD All agreed."] == ["Jo Bruce", "Dave Deighton"]
    assert said["A proposal was made by RL and seconded by DD that the hedge be cut."] == ["Roger Lankfer", "Dave Deighton"]
    assert said["The PC agreed that the hedge be cut."] == []  # the council, not a person
    assert said["VG confirmed that the grant had been received."] == []  # nobody the minutes name has these initials
    assert said["BC advised that the Borough would collect the bins."] == []  # "BC": a Borough Councillor, not Brian Cole


def test_short_proposer_and_seconder_forms_name_whole_people():
    document = _document(
        "Present: Mrs P Lewis, Mr Bonnett, Cllr Sue Lintern, Cllr Grant Tomkins\n\n"
        "It was prop. Mr. Bonnett, 2nd Mrs. Lewis that Parish Council donate £100.\n\n"
        "The minutes were approved. Proposed. Cllr Sue Lintern, Seconded Cllr Grant Tomkins, all agreed.\n\n"
        "Cllr Sue Lintern proposed Cllr Grant Tomkins as Vice-Chair.\n"
    )
    said = _said(document)
    assert said["It was prop. Mr. Bonnett, 2nd Mrs. Lewis that Parish Council donate £100."] == ["Bonnett", "P Lewis"]
    # Never the given name alone ("Grant") beside the whole name.
    assert said["The minutes were approved. Proposed. Cllr Sue Lintern, Seconded Cllr Grant Tomkins, all agreed."] == ["Sue Lintern", "Grant Tomkins"]
    assert said["Cllr Sue Lintern proposed Cllr Grant Tomkins as Vice-Chair."] == ["Sue Lintern"]  # the nominee does not speak


def test_more_ways_parish_minutes_report_a_member_speaking():
    document = _document(
        "Present: Cllr Jim McNeill, Cllr T Ryves, Mr Powell, Cllr L McCarthy, Mrs Stocking, Cllr Colin Sampson, Mr A Jenkinson\n\n"
        "Cllr Ryves - had heard that the school is considering becoming an Academy in the future.\n\n"
        "Cllr McCarthy -The Playing Field Committee will shortly be submitting a planning application.\n\n"
        "Cllr Ryves was not happy with the wording in Item 15. Cllr Mrs Stocking did not agree.\n\n"
        "Jim advised that the Mill were doing up the houses on the main road.\n\n"
        "No one present except Mr Powell who explained about electric charging.\n\n"
        "The meeting was briefly suspended for Mr. Manley to inform those present about the plan.\n\n"
        "Cllr Colin Sampson was invited to share his views and he advised that he was astounded.\n\n"
        "Cllr McCarthy declared an interest in item 8.1.\n\n"
        "Chris Smith talked through the results of the Tree Management plan.\n\n"
        "Mr. A Jenkinson expanded on the plans to treat the chafer bugs.\n\n"
        "It was suggested by Cllr. Jenkinson and agreed by the Council that the rent be £120.\n"
    )
    said = _said(document)
    assert said["Cllr Ryves - had heard that the school is considering becoming an Academy in the future."] == ["T Ryves"]
    assert said["Cllr McCarthy -The Playing Field Committee will shortly be submitting a planning application."] == ["L McCarthy"]
    assert said["Cllr Ryves was not happy with the wording in Item 15. Cllr Mrs Stocking did not agree."] == ["T Ryves", "Stocking"]
    assert said["Jim advised that the Mill were doing up the houses on the main road."] == ["Jim McNeill"]
    assert said["No one present except Mr Powell who explained about electric charging."] == ["Powell"]
    assert said["The meeting was briefly suspended for Mr. Manley to inform those present about the plan."] == ["Manley"]
    assert said["Cllr Colin Sampson was invited to share his views and he advised that he was astounded."] == ["Colin Sampson"]
    assert said["Cllr McCarthy declared an interest in item 8.1."] == ["L McCarthy"]
    assert said["Chris Smith talked through the results of the Tree Management plan."] == ["Chris Smith"]
    assert said["Mr. A Jenkinson expanded on the plans to treat the chafer bugs."] == ["A Jenkinson"]
    assert said["It was suggested by Cllr. Jenkinson and agreed by the Council that the rent be £120."] == ["A Jenkinson"]


def test_taking_office_and_a_name_with_its_office_are_not_speech():
    document = _document(
        "Present: Claire Cann (CC) – Chairman, Cllr L McCarthy, Cllr T Ryves, Cllr Jim Hale, Mr E Taylor\n\n"
        "CC accepted the role and signed the declaration of office.\n\n"
        "Mr E Taylor - tendering his resignation as parish councillor\n\n"
        "Councillor Vacancy Llandogo Ward: As one vacancy still exists the Council can now co-opt.\n\n"
        "Cllr Ryves agreed that the road was dangerous.\n"
    )
    said = _said(document)
    assert said["CC accepted the role and signed the declaration of office."] == []
    assert said["Mr E Taylor - tendering his resignation as parish councillor"] == []
    assert said["Councillor Vacancy Llandogo Ward: As one vacancy still exists the Council can now co-opt."] == []  # nobody listed
    assert said["Cllr Ryves agreed that the road was dangerous."] == ["T Ryves"]


def test_a_list_of_declarations_and_the_chairmans_report():
    document = _document(
        "Present: Cllr Sue Lintern (Chair) Cllr Janet Taylor Cllr Trudy Mann\n\n"
        "The following was declared as an interest: Cllr Janet Taylor due to a payment to the garage. Cllr Trudy Mann as she lives close to the site.\n\n"
        "Chairman’s Report “Thanks to all who agreed that we join the Church and the School in a campaign.”\n\n"
        "Mark Potter, Abersenny Ltd re proposed WWI Centenary Memorial Woodland in Penterry.\n"
    )
    said = _said(document)
    assert said[
        "The following was declared as an interest: Cllr Janet Taylor due to a payment to the garage. Cllr Trudy Mann as she lives close to the site."
    ] == ["Janet Taylor", "Trudy Mann"]
    assert said["Chairman’s Report “Thanks to all who agreed that we join the Church and the School in a campaign.”"] == ["Sue Lintern"]
    assert said["Mark Potter, Abersenny Ltd re proposed WWI Centenary Memorial Woodland in Penterry."] == []


def test_an_attendance_list_printed_one_bold_member_a_line(tmp_path):
    # Each line of such a list is read as a heading, and the paragraphs keep only the last heading before them.
    from indexer.pipeline import read_document

    source = tmp_path / "minutes.md"
    source.write_text(
        "**PARISH COUNCIL**\n\n**Minutes of the Ordinary Parish Council Meeting**\n\n**8th July 2014 at 7.30pm**\n\n"
        "**Attendance:**\n\n**Cllr Ann Hollis          AH        Chair**\n\n**Cllr Peter Dunmore          PD**\n\n"
        "**Rachel Fenwick          RF        Parish Clerk (Minutes)**\n\n**Also in attendance:**\n\n"
        "**Mr. Stephen Hale, Housing Officer**\n\n**Cllr Martin Storey        NCC**\n\n**Members of the Public: 1**\n\n"
        "1.0 Welcome\n\nAH welcomed all to the meeting.\n\n"
        "2.0 Minutes\n\nThe minutes were accepted as a true record. Prop. AH 2 nd PD All agreed.\n\n"
        "3.0 Matters Arising\n\nClerk reported that the planning enforcement case has been reopened.\n\n"
        "4.0 Housing\n\nS. Hale circulated an update on the housing needs survey.\n\n"
        "5.0 County Council\n\nCllr Storey gave a summary of the budget meeting.\n",
        encoding="utf-8",
    )
    document = read_document(str(source), str(tmp_path))
    said = {p.text: p.speakers for p in document.paragraphs}
    assert said["AH welcomed all to the meeting."] == ["Ann Hollis"]
    assert said["The minutes were accepted as a true record. Prop. AH 2 nd PD All agreed."] == ["Ann Hollis", "Peter Dunmore"]
    assert said["Clerk reported that the planning enforcement case has been reopened."] == ["Rachel Fenwick"]
    # Such a line spells out an initial the paragraphs print, but gives no given name to a surname they print bare
    # (the hand labels of tests/data/speakers_labelled.jsonl keep "Storey" there).
    assert said["S. Hale circulated an update on the housing needs survey."] == ["Stephen Hale"]
    assert said["Cllr Storey gave a summary of the budget meeting."] == ["Storey"]


def test_irish_surnames_printed_with_a_space_and_the_chairs_title_before_the_name():
    document = _document(
        "Present: Mr. Seamus O’ Connor (Senior Executive Officer), Cllr. P.J. O’ Grady, Cllr. Noel Gleeson.\n\n"
        "S. O’ Connor informed the members of the requirement to review the scheme.\n\n"
        "PJ O’ Grady asked on whether a private estate was taken in charge.\n\n"
        "The chairman asked that the sympathies of the committee be extended to the family.\n\n"
        "Chairman Noel Gleeson thanked the members for their kind words.\n"
    )
    said = _said(document)
    assert said["S. O’ Connor informed the members of the requirement to review the scheme."] == ["Seamus O’Connor"]
    assert said["PJ O’ Grady asked on whether a private estate was taken in charge."] == ["P J O’Grady"]
    assert said["The chairman asked that the sympathies of the committee be extended to the family."] == ["Noel Gleeson"]


def test_a_place_before_a_dash_and_an_mps_request_are_not_speakers():
    document = _document(
        "Present: Cllr Sue Lintern (Chair), Cllr Trudy Mann.\n\n"
        "19/01772/F Bluebell Inn Lynn Road Stoke Ferry King's Lynn - Change of use from public house to dwelling "
        "The Chair shared a suggested response for the Council to consider.\n\n"
        "The Chair shared the reply from the Housing Minister to a request from Elizabeth Truss MP for their input.\n"
    )
    said = _said(document)
    assert said[
        "19/01772/F Bluebell Inn Lynn Road Stoke Ferry King's Lynn - Change of use from public house to dwelling "
        "The Chair shared a suggested response for the Council to consider."
    ] == ["Sue Lintern"]
    assert said["The Chair shared the reply from the Housing Minister to a request from Elizabeth Truss MP for their input."] == ["Sue Lintern"]


def test_a_member_whose_surname_is_also_a_word_defined_by_initials():
    document = _document(
        "PRESENT: Claire Cann (CC) – Chairman, Tom Foy (TF), Claire Page (CP).\n\n"
        "Finance: A proposal was made by CC and seconded by CP that TF should be elected to the post. The page was signed.\n"
    )
    said = _said(document)
    assert said[
        "Finance: A proposal was made by CC and seconded by CP that TF should be elected to the post. The page was signed."
    ] == ["Claire Cann", "Claire Page"]


def test_officers_named_by_a_job_with_its_department():
    document = _document(
        "OFFICIALS IN ATTENDANCE: Director, Physical\nDevelopment (Mr. K. Lehane), A/Senior Planner, Economic Development (Ms. M. Woods), "
        "Senior Planner, Forward Planning, Public Realm & Heritage (Ms. R. Quinn).\n\n"
        "The A/Senior Planner, Economic Development, informed the Members that the plan was adopted.\n\n"
        "The Director, Physical Development, thanked the Deputy Mayor for the meeting.\n\n"
        "The Senior Planner, Forward Planning, Public Realm & Heritage advised that the survey was complete.\n\n"
        "The Senior Engineer, Roads, advised that the work would start in May.\n"
    )
    said = _said(document)
    assert said["The A/Senior Planner, Economic Development, informed the Members that the plan was adopted."] == ["M Woods"]
    assert said["The Director, Physical Development, thanked the Deputy Mayor for the meeting."] == ["K Lehane"]
    assert said["The Senior Planner, Forward Planning, Public Realm & Heritage advised that the survey was complete."] == ["R Quinn"]
    assert said["The Senior Engineer, Roads, advised that the work would start in May."] == []  # the holder is not named


def test_a_bare_surname_beside_its_fuller_form_in_one_paragraph_is_one_person():
    document = _document(
        "Present: Councillor J. Leddin, Councillor F. Leddin, Councillor Ryan.\n\n"
        "Councillor Leddin (J) acknowledged the long career of the late member. Councillor Leddin also acknowledged his "
        "belief in lifelong learning.\n\n"
        "Councillor Leddin thanked the staff.\n"
    )
    said = _said(document)
    assert said[
        "Councillor Leddin (J) acknowledged the long career of the late member. Councillor Leddin also acknowledged his "
        "belief in lifelong learning."
    ] == ["J Leddin"]
    assert said["Councillor Leddin thanked the staff."] == ["Leddin"]  # two Leddins: which one the minutes do not say


def _read(tmp_path, text: str) -> dict[str, list[str]]:
    """Each paragraph's speakers by its text, as the whole pipeline (motions included) leaves them."""
    from indexer.pipeline import read_document

    page = tmp_path / "minutes.txt"
    page.write_text(text)
    return {p.text: p.speakers for p in read_document(str(page), str(tmp_path)).paragraphs}


def test_a_motions_proposer_and_seconder_stay_on_the_paragraphs_that_name_them(tmp_path):
    said = _read(
        tmp_path,
        "MINUTES of the meeting of Ashby Parish Council held on 4 March 2015\n\n"
        "Present: Cllr A Jones (Chairman), Cllr B Smith, Cllr C Brown, Cllr Mrs D Hall.\n\n"
        "Cllr Smith moved approval of the budget.\n\n"
        "Cllr Brown seconded the motion, which was carried.\n\n"
        "Cllr Mrs Hall proposed approval for payment seconded by Cllr Brown\n\n"
        "Statement of Account as at 13 November 2014 - Balance in Bank £4,239.57.\n",
    )
    assert said["Cllr Smith moved approval of the budget."] == ["B Smith"]
    assert said["Cllr Brown seconded the motion, which was carried."] == ["C Brown"]
    assert said["Cllr Mrs Hall proposed approval for payment seconded by Cllr Brown"] == ["D Hall", "C Brown"]
    assert said["Statement of Account as at 13 November 2014 - Balance in Bank £4,239.57."] == []


def test_a_heading_that_is_a_whole_sentence_gives_the_next_paragraph_no_speaker(tmp_path):
    said = _read(
        tmp_path,
        "MINUTES of the Annual Meeting of Ashby Parish Council held on 11 May 2005\n\n"
        "Present: Cllr R Pike - Chairman, Cllr T Dunn, Cllr K Webb, Cllr S Orme\n\n"
        "5. Election of Vice Chairman\n\n"
        "Cllr Dunn proposed Cllr K Webb, seconded Cllr Orme 5 Votes\n\n"
        "Cllr K. Webb proposed Cllr Orme seconded Cllr Pike 2 Votes\n\n"
        "Cllr Dunn was elected as Vice Chairman\n",
    )
    assert said["Cllr Dunn was elected as Vice Chairman"] == []


def test_a_chairman_who_sent_apologies_does_not_chair_the_meeting():
    document = _document(
        "PRESENT Vice Chairman (Mr. Pardoe, who took the chair), Mrs. Lane and Messrs Ward, Tolley.\n\n"
        "APOLOGIES Mr. Greenhalgh (Chairman) and Mr. Joss.\n\n"
        "Mrs. Ormond requested a litter bin for the post office. Chairman pointed out that it was for the Borough Council.\n"
    )
    assert _said(document)[
        "Mrs. Ormond requested a litter bin for the post office. Chairman pointed out that it was for the Borough Council."
    ] == ["Ormond", "Pardoe"]


def test_a_proposer_and_seconder_printed_without_a_comma_between_them():
    assert speakers_in("Proposed - Cllr Mrs Ormond Seconded - Cllr Mrs Lane") == ["Ormond", "Lane"]
    assert speakers_in("Proposed – Cllr Mrs Tolley Seconded – Cllr Pardoe") == ["Tolley", "Pardoe"]


def test_an_application_under_the_applicants_name_and_a_dash_is_no_speech():
    assert speakers_in("Mr. R. Dunmore - 4 no. 2 storey dwellings near the Old Rectory has been approved.") == []
    assert speakers_in("Mrs K Lyle - single storey extension to the rear of 4 Mill Lane was refused by the Borough Council.") == []
    assert speakers_in("Cllr Orme - had heard that the school would close next year.") == ["Orme"]


def test_who_sent_apologies_does_not_speak_at_the_meeting():
    document = _document(
        "Those attending: Cllr D Orme (Chair), Cllr P Lane, Cllr K Tolley.\n\n"
        "1 To Consider Apologies for Absence: Apologies were received from Cllr Mrs Pardoe and Mrs J Ormond (Clerk)\n\n"
        "Cllr Lane queried the email policy – Mrs Ormond had asked the chairman to sign the document, this has now been done.\n\n"
        "Mr Tolley attended and apologies were given for his late arrival. Mr Tolley reported that the hedge had been cut.\n"
    )
    said = _said(document)
    assert said["Cllr Lane queried the email policy – Mrs Ormond had asked the chairman to sign the document, this has now been done."] == ["P Lane"]
    assert said["Mr Tolley attended and apologies were given for his late arrival. Mr Tolley reported that the hedge had been cut."] == ["K Tolley"]


def test_a_stray_mark_run_onto_a_name_is_not_part_of_it():
    from indexer.speakers import normalise_name
    assert normalise_name("Ms Paula Ashdown_") == "Paula Ashdown"
    assert normalise_name("M. Gryce-") == "M Gryce"
    assert normalise_name("Mr Hesketh-Harvey") == "Hesketh-Harvey"


def test_initials_printed_in_an_attendance_column_stand_for_that_member():
    # Real minutes whose attendance table prints "Cllr Dave Deighton DD Vice Chair" and whose motions read "Prop JB, 2nd DD".
    from conftest import shared_corpus
    from indexer.pipeline import read_document
    corpus = shared_corpus()
    document = read_document(str(corpus / "parish" / "2014_09_wereham-parish-council-july-meeting-minutes.md"), str(corpus))
    printed = len(re.findall(r"2\s*(?:<sup>)?nd(?:</sup>)?\s*DD\b", (corpus / "parish" / "2014_09_wereham-parish-council-july-meeting-minutes.md").read_text(encoding="utf-8")))
    assert printed >= 3
    assert sum(m.seconder == "Dave Deighton" for m in document.motions) == printed
