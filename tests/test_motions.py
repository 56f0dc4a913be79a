"""Motions found in minutes (indexer/motions.py): hand-written minutes in each style, expected fields written by hand."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from indexer.model import Document, Motion, Paragraph
from indexer.motions import find_motions
from conftest import only_motion

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _document(*texts: str, item: str | None = "5", labels: tuple[str | None, ...] = ()) -> Document:
    """Minutes made of these paragraphs, all under one item (a tuple (label, text) gives a printed paragraph number)."""
    paragraphs = []
    for n, text in enumerate(texts):
        label = labels[n] if n < len(labels) else None
        kind = "decision" if text.startswith("RESOLVED") else "minutes"
        paragraphs.append(Paragraph(text=text, position=n, kind=kind, item_number=item, item_title="An item", label=label))
    return Document(document_id="d", path="/x", relpath="x", format="text", content_hash="h", paragraphs=paragraphs)


_one = only_motion


def test_county_council_recorded_vote_across_lines() -> None:
    document = _document(
        "PRESENT: Mr R W Gough, Mr P J Oakford, Mr A Brady, Mrs C Bell, Ms K Constantine, Mr M Baldock, Mr G Cooke (Chairman)",
        "Mr Gough proposed, and Mr Oakford seconded the motion that",
        "“County Council is asked to endorse the joint work on devolution.”",
        "Mr Brady said he opposed the motion.",
        "Following the debate, the Chairman put the motion set out in paragraph 2 to the vote and the voting was as follows:",
        "For (3): Mr Gough, Mr Oakford, Mrs Bell",
        "Against (2): Mr Brady, Ms Constantine",
        "Abstain (1): Mr Baldock",
        "Motion carried.",
        "RESOLVED that the County Council endorses the joint work on devolution.",
        labels=(None, "2", None, "3", "4"),
    )
    motion = _one(document)
    assert motion.type == "motion"
    assert (motion.proposer, motion.seconder) == ("R W Gough", "P J Oakford")
    assert motion.text.startswith("County Council is asked to endorse the joint work")
    assert motion.outcome == "carried" and motion.unanimous is False
    assert motion.counts == {"for": 3, "against": 2, "abstain": 1}
    assert motion.votes == {"for": ["R W Gough", "P J Oakford", "C Bell"], "against": ["A Brady", "K Constantine"], "abstain": ["M Baldock"]}
    assert motion.resolution is not None and motion.resolution.startswith("RESOLVED that the County Council endorses")
    assert {1, 2, 5, 6, 7, 8} <= set(motion.positions) and 3 not in motion.positions
    # The paragraph naming the proposer and seconder carries them for the speaker facet; a vote list is nobody's speech.
    assert document.paragraphs[1].speakers == ["R W Gough", "P J Oakford"]
    assert document.paragraphs[5].speakers == []
    assert motion.item_number == "5"


def test_amendment_lost_and_its_outcome_line_out_of_place() -> None:
    document = _document(
        "PRESENT: Mr A Hood, Mr M Baldock, Mr C Passmore, Mr A J Hook",
        "Mr Hood proposed and Mr Baldock seconded the following amendment to the motion:",
        "“(1) Note the report",
        "(2) Oppose the programme.”",
        "Following the debate, the Chairman put the amendment set out in paragraph 2 to the vote and the voting was as follows:",
        "For (1): Mr Hood",
        "Against (2): Mr Passmore, Mr Hook",
        "Mr Passmore proposed and Mr Hook seconded the following amendment to the motion:",
        "“(1) Note the report",
        "Amendment lost.",
        "(2) Welcome the programme.”",
        labels=(None, "2", None, None, "3", None, None, "4"),
    )
    first, second = find_motions(document)
    assert first.type == second.type == "amendment"
    assert (first.proposer, first.seconder, first.outcome) == ("A Hood", "M Baldock", "lost")
    assert first.counts == {"for": 1, "against": 2, "abstain": None}
    assert (second.proposer, second.seconder, second.outcome) == ("C Passmore", "A J Hook", None)
    assert "Amendment lost" not in second.text


def test_parish_one_sentence_unanimous() -> None:
    motion = _one(_document("8. Precept: It was proposed by Mrs. Willis and seconded by C. Humphries that the precept for 2006/7 be £3097.50 - unanimously agreed."))
    assert (motion.proposer, motion.seconder) == ("Willis", "C Humphries")
    assert motion.text == "that the precept for 2006/7 be £3097.50"
    assert motion.outcome == "carried" and motion.unanimous is True
    assert motion.counts == {"for": None, "against": None, "abstain": None}


def test_fields_proposed_seconded_carried() -> None:
    motion = _one(_document("Present: Cllr John Smith, Cllr Mary Jones, Cllr Ann Brown", "To approve the payments. Proposed: Cllr Smith. Seconded: Cllr Jones. Carried"))
    assert (motion.proposer, motion.seconder, motion.outcome) == ("John Smith", "Mary Jones", "carried")
    assert motion.text == "To approve the payments."


def test_semicolons_and_votes_for_against() -> None:
    document = _document(
        "Present: Cllr Paul Denny, Cllr Ruth Clements, Cllr Sue Hull",
        "Cllr Clements proposed that Mr Paul Denny be co-opted to the parish council; Cllr Hull seconded; 4 votes for, 1 against, 1 abstention. Carried.",
    )
    motion = _one(document)
    assert (motion.proposer, motion.seconder) == ("Ruth Clements", "Sue Hull")
    assert motion.text == "that Mr Paul Denny be co-opted to the parish council"
    assert motion.counts == {"for": 4, "against": 1, "abstain": 1}
    assert motion.outcome == "carried" and motion.unanimous is False


def test_irish_proposed_by_seconded_by_and_resolved() -> None:
    document = _document(
        "Proposed by Councillor Sheahan (J);",
        "Seconded by Councillor Teskey;",
        "And Resolved:",
        "“That, the draft Minutes, as circulated, be taken as read and adopted and signed.”",
        "Circulated, report of the Senior Executive Officer.",
    )
    motion = _one(document)
    assert (motion.proposer, motion.seconder, motion.outcome) == ("J Sheahan", "Teskey", "carried")
    assert motion.text == "That, the draft Minutes, as circulated, be taken as read and adopted and signed."
    assert 4 not in motion.positions


def test_us_moved_seconded_ayes_noes() -> None:
    document = _document(
        "Vice Mayor Knox White moved final passage of the ordinances.",
        "Councilmember Oddie seconded the motion, which carried by the following voice vote: Ayes: Councilmembers Knox White, Oddie and Vella – 3. "
        "Noes: Mayor Ezzy Ashcraft – 1. [Absent: Councilmember Daysog – 1.]",
    )
    motion = _one(document)
    assert (motion.proposer, motion.seconder) == ("Knox White", "Oddie")
    assert motion.text == "final passage of the ordinances"
    assert motion.outcome == "carried" and motion.unanimous is False
    assert motion.counts == {"for": 3, "against": 1, "abstain": None}
    assert motion.votes["for"] == ["Knox White", "Oddie", "Vella"] and motion.votes["against"] == ["Ezzy Ashcraft"]
    assert "Daysog" not in sum(motion.votes.values(), [])


def test_seconded_after_debate_and_unanimous_voice_vote() -> None:
    document = _document(
        "Councilmember Vella moved approval of the staff recommendation.",
        "Councilmember Oddie inquired about the budget.",
        "The City Manager responded.",
        "Councilmember Daysog seconded the motion, which carried by unanimous voice vote – 5.",
    )
    motion = _one(document)
    assert (motion.proposer, motion.seconder, motion.outcome, motion.unanimous) == ("Vella", "Daysog", "carried", True)
    assert motion.counts["for"] == 5 and motion.counts["against"] is None


def test_carried_five_two_and_nem_con() -> None:
    first, second = find_motions(_document(
        "Present: Cllr Alan Ward, Cllr Beth Price",
        "Cllr Ward proposed that the hall fees be raised, seconded by Cllr Price. Carried 5-2.",
        "Cllr Price proposed that the bins be emptied weekly, seconded by Cllr Ward, and this was agreed nem. con.",
    ))
    assert first.counts == {"for": 5, "against": 2, "abstain": None} and first.outcome == "carried" and first.unanimous is False
    assert first.text == "that the hall fees be raised"
    assert second.unanimous is True and second.outcome == "carried" and second.counts["for"] is None


def test_nomination_and_chairman_resolved_to_the_person() -> None:
    motions = find_motions(_document(
        "Present: Cllr Ann Stocking (Chairman), Mr Tom Randall, Mrs Jane Mann, Mr Bob Ferrie",
        "Mr Stocking proposed Mr Randall for the office of chairman, seconded by Mrs Mann.",
        "The Chairman proposed that the meeting be extended by 15 minutes, seconded by Mr Ferrie, all in favour.",
    ))
    nomination, extension = motions
    assert nomination.text == "Mr Randall for the office of chairman"
    assert nomination.seconder == "Jane Mann"
    assert extension.proposer == "Ann Stocking" and extension.type == "procedural"
    assert extension.unanimous is True and extension.outcome == "carried"


def test_procedural_question_be_put_and_press_excluded() -> None:
    first, second = find_motions(_document(
        "Present: Cllr Alan Ward, Cllr Beth Price",
        "Cllr Ward proposed, and Cllr Price seconded, that the question be now put. Carried.",
        "It was proposed by Cllr Price and seconded by Cllr Ward that the press and public be excluded for the following item. Agreed.",
    ))
    assert first.type == second.type == "procedural"


def test_accepted_withdrawn_deferred() -> None:
    accepted, withdrawn, deferred = find_motions(_document(
        "Present: Cllr Alan Ward, Cllr Beth Price, Cllr Carol Hunt",
        "Cllr Hunt proposed, and Cllr Price seconded, an amendment that the words “by March” be added. The amendment was accepted by the mover.",
        "Cllr Ward proposed, and Cllr Hunt seconded, that the play area be closed. The motion was withdrawn.",
        "Cllr Price proposed, and Cllr Ward seconded, that the budget be approved. The matter was deferred to the next meeting.",
    ))
    assert (accepted.type, accepted.outcome) == ("amendment", "accepted")
    assert withdrawn.outcome == "withdrawn"
    assert deferred.outcome == "deferred"


def test_this_refers_to_the_sentence_before() -> None:
    motion = _one(_document("Approval of minutes of previous meeting: Approved & signed as correct. Cllr Evans proposed and Cllr Richards seconded this."))
    assert motion.text == "Approved & signed as correct."
    assert (motion.proposer, motion.seconder) == ("Evans", "Richards")


def test_no_vote_is_invented() -> None:
    motion = _one(_document("Present: Cllr Alan Ward, Cllr Beth Price", "Cllr Ward proposed that the report be noted, seconded by Cllr Price. The motion was carried by a majority."))
    assert motion.counts == {"for": None, "against": None, "abstain": None}
    assert motion.votes == {"for": [], "against": [], "abstain": []}
    assert motion.unanimous is None and motion.outcome == "carried"


def test_not_motions() -> None:
    assert find_motions(_document(
        "RESOLVED that the minutes of the meeting held on 7 November be approved as a correct record.",
        "The Leader referred to the proposed decision to submit a request to Government.",
        "Mr Brady asked how the Leader proposed to provide more money for local services.",
        "It was proposed and agreed that future meetings be held on Tuesdays.",
    )) == []


def test_reports_are_not_read() -> None:
    document = _document("Cllr Ward proposed, and Cllr Price seconded, that the scheme be approved. Carried.")
    document.paragraphs[0].kind = "report"
    assert find_motions(document) == []


# --- Real minutes (facts read from the PDF text with pdftotext) ---

KENT = SHARED / "kent" / "full_council" / "2025-02-13" / "originals"


def _read(path: Path) -> Document:
    from indexer.pipeline import read_document

    return read_document(str(path), str(SHARED))


@pytest.mark.skipif(not (KENT / "9 January 2025 - County Council minutes.pdf").is_file(), reason="needs ../shared/corpus (Kent minutes)")
def test_kent_9_january_2025() -> None:
    document = _read(KENT / "9 January 2025 - County Council minutes.pdf")
    motions = document.motions
    # Election of Chair, the motion, and five amendments (paragraphs 15, 17, 19, 21 and 23 of the minute).
    assert len(motions) == 7
    election = motions[0]
    assert (election.proposer, election.seconder, election.outcome, election.unanimous) == ("R W Gough", "A Brady", "carried", True)
    assert election.text.startswith("that Mr G Cooke be elected to Chair the meeting")
    hood = next(m for m in motions if m.proposer == "M A J Hood")
    assert hood.type == "amendment" and hood.seconder == "M Baldock" and hood.outcome == "lost"
    assert hood.counts == {"for": 14, "against": 45, "abstain": 4}
    assert hood.votes["abstain"] == ["B Bruneau", "I S Chittenden", "T Dean", "S Webb"]
    assert len(hood.votes["for"]) == 14 and len(hood.votes["against"]) == 45
    streatfeild = next(m for m in motions if m.proposer and m.proposer.endswith("Streatfeild") and m.seconder and m.seconder.endswith("Sole"))
    assert streatfeild.type == "amendment" and streatfeild.outcome == "carried"
    # The substantive motion (39 for, 19 against, 1 abstention) is recorded on the Leader's motion.
    substantive = motions[1]
    assert substantive.proposer == "R W Gough" and substantive.outcome == "carried"
    assert substantive.counts == {"for": 39, "against": 19, "abstain": 1}
    # "Amendment lost." printed inside the next amendment's words belongs to the amendment voted before it.
    brady = next(m for m in motions if m.proposer == "A Brady" and m.type == "amendment")
    assert brady.outcome == "lost" and brady.counts == {"for": 17, "against": 43, "abstain": 3}


@pytest.mark.skipif(not (KENT / "19 December 2024 - County Council minutes.pdf").is_file(), reason="needs ../shared/corpus (Kent minutes)")
def test_kent_19_december_2024() -> None:
    motions = _read(KENT / "19 December 2024 - County Council minutes.pdf").motions
    by_proposer = {m.proposer: m for m in motions}
    transport = by_proposer["N Baker"]
    assert transport.seconder == "D Robey" and transport.outcome == "carried"
    assert transport.counts == {"for": 51, "against": 6, "abstain": 2}
    meade = by_proposer["J Meade"]
    assert meade.seconder == "T Cannon" and meade.counts == {"for": 35, "against": 0, "abstain": 9} and meade.outcome == "carried"
    extension = next(m for m in motions if m.type == "procedural")
    assert extension.text.startswith("that Council resolve to extend the meeting beyond 4.30pm")
    assert extension.outcome == "carried" and extension.unanimous is True


def test_shared_absent_is_skipped_not_failed() -> None:
    # The integration tests above skip without ../shared; this file's own tests never need it.
    assert os.path.isdir(Path(__file__).parent)


@pytest.mark.parametrize(
    ("text", "proposer", "seconder"),
    [
        ("Norfolk RCC subscription £15. Proposed Cllr M. Peake, seconded Cllr L. Peake", "M Peake", "L Peake"),
        ("4. Payments: Environment Agency £14.12 - proposed R. Drew seconded Miss Richardson - pass for payment.", "R Drew", "Richardson"),
        ("Passed for payment. Prop. Mr. Bonnett, 2nd Mr. M. Mycock.", "Bonnett", "M Mycock"),
        ("Election of Vice Chairman: Mrs. Willis proposed and C. Humphries seconded G. Gott - there being no other nominations G. Gott was duly elected.",
         "Willis", "C Humphries"),
        ("2. Minutes of the last meeting Cllr Hardy proposed acceptance; Cllr Precey seconded; Carried.", "Hardy", "Precey"),
    ],
)
def test_parish_short_forms(text: str, proposer: str, seconder: str) -> None:
    motion = _one(_document(text))
    assert (motion.proposer, motion.seconder) == (proposer, seconder)


def test_verbatim_record_turns() -> None:
    first, second = find_motions(_document(
        "Councillor Browaty: Thank you, Mr. Speaker. I move, seconded by Councillor Mayes, that the report of the Executive Policy Committee be adopted.",
        "Speaker Gerbasi: All in favour? Carried.",
        "Councillor Orlikow: I'd like to move that the matter be referred back to committee.",
        "Councillor Eadie: I'll second that.",
    ))
    assert (first.proposer, first.seconder) == ("Browaty", "Mayes")
    assert first.text == "that the report of the Executive Policy Committee be adopted."
    assert first.outcome == "carried" and first.unanimous is None  # "All in favour?" is a question, not a record of unanimity
    assert (second.proposer, second.seconder) == ("Orlikow", "Eadie")


def _scorer():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location("motions_score", Path(__file__).resolve().parent.parent / "scripts" / "motions_score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_score_names_and_matching_rules() -> None:
    score = _scorer()
    # README: honorifics removed and case ignored; or the same surname with given names or initials that agree.
    assert score.same_name("Mr R W Gough", "r w gough") and score.same_name("Cllr Stocking", "Ann Stocking")
    assert score.same_name("Ann Stocking", "A Stocking") and not score.same_name("Ann Stocking", "B Stocking")
    assert not score.same_name("Barker", "N Baker")
    found = [Motion(type="amendment", text="County Council is asked to note", proposer="A Hood"),
             Motion(type="amendment", text="County Council is asked to note", proposer="C Passmore")]
    labels = [{"text_start": "County Council is asked to note", "proposer": "Passmore"}, {"text_start": "County Council is asked to note", "proposer": "Hood"}]
    assert sorted(score.match_motions(found, labels)) == [(0, 1), (1, 0)]
    tally = score.Tally()
    truth = score.winnipeg_motions({"hansard": [{"type": "speaker", "name": "Mayor Bowman"},
                                                {"type": "motion", "moved_by": "Councillor Browaty", "seconded_by": "Councillor Mayes"}]})
    score.score_winnipeg_pair([Motion(type="motion", text="x", proposer="Browaty", seconder="Smith")], truth, tally)
    report = tally.report()
    assert (report["proposer_recall"], report["seconder_recall"], report["seconder_precision"]) == (1.0, 0.0, 0.0)


def test_capitals_turn_and_amendment_accepted_by_the_leader() -> None:
    first, second = find_motions(_document(
        "COUNCILLOR BROWATY: I move, seconded by Councillor Mayes, that the report be adopted.",
        "Present: Mr R W Gough (Leader), Mr A Brady, Mrs S Bell",
        "Mr Brady proposed, and Mrs Bell seconded, the following amendment: that a review be held in June.",
        "Mr Gough accepted the amendment.",
    ))
    assert (first.proposer, first.seconder, first.outcome) == ("Browaty", "Mayes", None)
    assert (second.type, second.outcome) == ("amendment", "accepted")


def test_bare_lead_line_takes_the_paragraph_before() -> None:
    motion = _one(_document("Present: Cllr S Briston, Cllr M Peake", "To renew the grass cutting contract with the current contractor for two years.",
                            "Proposed by Cllr S Briston, seconded by Cllr M Peake and agreed by all."))
    assert motion.text == "To renew the grass cutting contract with the current contractor for two years."
    assert (motion.proposer, motion.seconder, motion.outcome, motion.unanimous) == ("S Briston", "M Peake", "carried", True)
    assert motion.positions == [1, 2]


def test_vote_list_broken_by_a_page() -> None:
    motion = _one(_document(
        "Present: Mr A Hood, Mr M Baldock, Mr C Passmore, Mr A J Hook, Mrs S Bell",
        "Mr Hood proposed and Mr Baldock seconded the motion that the report be noted.",
        "The Chairman put the motion to the vote and the voting was as follows:",
        "For (4): Mr Hood, Mr Baldock,",
        "Mr Passmore, Mr Hook",
        "Against (1): Mrs Bell",
        "Motion carried.",
    ))
    assert motion.votes == {"for": ["A Hood", "M Baldock", "C Passmore", "A J Hook"], "against": ["S Bell"], "abstain": []}
    assert motion.counts == {"for": 4, "against": 1, "abstain": None} and motion.outcome == "carried"


def test_vote_label_read_as_a_heading() -> None:
    document = _document(
        "Present: Mr A Hood, Mr M Baldock, Mrs S Bell",
        "Mr Hood proposed and Mr Baldock seconded the motion that the report be noted.",
        "The Chairman put the motion to the vote and the voting was as follows:",
        "Mr Hood, Mr Baldock",
        "Mrs Bell",
        "Motion carried.",
    )
    document.paragraphs[3].section = "For (2)"
    document.paragraphs[4].section = "Against (1)"
    document.paragraphs[5].section = "Against (1)"
    motion = _one(document)
    assert motion.counts == {"for": 2, "against": 1, "abstain": None}
    assert motion.votes["for"] == ["A Hood", "M Baldock"] and motion.votes["against"] == ["S Bell"]


def test_made_a_motion_so_moved_passed() -> None:
    first, second = find_motions(_document(
        "Board Member Hom made a motion to approve the minutes. Board Member Curtis seconded the motion. The motion passed 7-0.",
        "President Hartigan asked for a motion to accept the Consent Calendar as presented. Board Member Wetzork so moved; Member Lewis seconded "
        "the motion which was carried by a 4-0 vote.",
    ))
    assert (first.proposer, first.seconder, first.text, first.outcome) == ("Hom", "Curtis", "to approve the minutes", "carried")
    assert first.counts == {"for": 7, "against": 0, "abstain": None} and first.unanimous is None
    assert (second.proposer, second.seconder, second.outcome) == ("Wetzork", "Lewis", "carried")
    assert second.counts == {"for": 4, "against": 0, "abstain": None}


def test_surname_in_lower_case() -> None:
    motion = _one(_document(
        "Councilmember deHaan moved introduction of the ordinance.",
        "Councilmember Daysog seconded the motion, which carried by the following voice vote: Ayes: Councilmembers Daysog, Gilmore, "
        "Matarrese, and Mayor Johnson – 4. Abstentions: Councilmember deHaan – 1.",
    ))
    assert (motion.proposer, motion.seconder) == ("deHaan", "Daysog")
    assert motion.votes == {"for": ["Daysog", "Gilmore", "Matarrese", "Johnson"], "against": [], "abstain": ["deHaan"]}
    assert motion.counts == {"for": 4, "against": None, "abstain": 1}


def test_motioned_seconded_to_and_seconded_comments() -> None:
    first, second = find_motions(_document(
        "Minutes from the meeting of November 23, 2009. Kohlstrand motioned, seconded by Vice- President Autorino to approve the minutes. Motion passes 4-0.",
        "Board Member Kohlstrand seconded Board member Cunningham’s comments and added that the Board is mindful of the community’s needs.",
        "Board member Cunningham motioned, seconded by Board Member Kohlstrand to continue the item to the next hearing. Motion fails 2-3.",
    ))
    assert (first.proposer, first.seconder, first.text) == ("Kohlstrand", "Autorino", "to approve the minutes.")
    assert first.outcome == "carried" and first.counts == {"for": 4, "against": 0, "abstain": None}
    assert (second.proposer, second.seconder, second.outcome) == ("Cunningham", "Kohlstrand", "lost")


def test_notice_of_motion_in_the_item_title() -> None:
    paragraphs = [
        Paragraph(text="I will move at the next Meeting that the Council identify a site in the town for a multi-purpose facility.", position=0,
                  kind="minutes", item_number="13", item_title="Notice of Motion submitted by Councillor T. Ruddle"),
        Paragraph(text="The Motion was seconded by Councillor Sheahan.", position=1, kind="minutes", item_number="13",
                  item_title="Notice of Motion submitted by Councillor T. Ruddle"),
        Paragraph(text="REPLY: The Directorate have prepared a draft strategy.", position=2, kind="minutes", item_number="13",
                  item_title="Notice of Motion submitted by Councillor T. Ruddle"),
    ]
    document = Document(document_id="d", path="/x", relpath="x", format="text", content_hash="h", paragraphs=paragraphs)
    motion = _one(document)
    assert (motion.proposer, motion.seconder) == ("T Ruddle", "Sheahan")
    assert motion.text == "that the Council identify a site in the town for a multi-purpose facility."
    assert motion.positions == [0, 1]


def test_i_move_in_a_later_paragraph_of_the_same_speech() -> None:
    motion = _one(_document(
        "Councillor Gillingham: Thank you, Madam Speaker. I have a few remarks on the report.",
        "The report sets out the budget for the coming year.",
        "I move, seconded by Councillor Havixbeck, that the recommendation of the Executive Policy Committee be adopted.",
    ))
    assert (motion.proposer, motion.seconder) == ("Gillingham", "Havixbeck")
    assert motion.text == "that the recommendation of the Executive Policy Committee be adopted."


def test_the_leader_proposed() -> None:
    motion = _one(_document("Present: Mr R W Gough (Leader), Mr P J Oakford", "The Leader proposed, and Mr Oakford seconded, that the report be noted. Agreed."))
    assert (motion.proposer, motion.seconder, motion.outcome) == ("R W Gough", "P J Oakford", "carried")


def test_two_proposers_by_a_slip_and_a_capitalised_adverb() -> None:
    first, second = find_motions(_document(
        "3. Minutes: Mrs. Willis proposed and P. Markwell proposed that the 14th September 2004 minutes be signed as a correct record.",
        "Cllr. Leddin Formally proposed that the agency be invited to present, seconded by Cllr Collopy.",
    ))
    assert (first.proposer, first.seconder, first.text) == ("Willis", None, "that the 14th September 2004 minutes be signed as a correct record.")
    assert (second.proposer, second.seconder) == ("Leddin", "Collopy")


def test_he_formally_proposed_is_the_paragraphs_speaker() -> None:
    document = _document(
        "Present: Councillor John Sheahan, Councillor Michael Collins",
        "Councillor Sheahan spoke on the budget. On behalf of the Group, he formally proposed the Draft Budget as presented.",
        "Councillor Collins said the budget was fair. On behalf of his Party, he formally seconded the proposal to adopt the Budget.",
    )
    document.paragraphs[1].speakers = ["John Sheahan"]
    document.paragraphs[2].speakers = ["Michael Collins"]
    motion = _one(document)
    assert (motion.proposer, motion.seconder, motion.text) == ("John Sheahan", "Michael Collins", "the Draft Budget as presented")


def test_seconder_then_that_in_capitals() -> None:
    motion = _one(_document("12 To Approve Payments to be made Proposed - Cllr Hardy Seconded - Cllr Precey That the bills as per the attached schedule be "
                            "approved for payment. All in favour"))
    assert (motion.proposer, motion.seconder) == ("Hardy", "Precey")
    assert motion.text == "That the bills as per the attached schedule be approved for payment."
    assert motion.unanimous is True and motion.outcome == "carried"


def test_counts_as_label_dash_number() -> None:
    first, second = find_motions(_document(
        "2. To agree Minutes of the last meeting 9th December, 2015 Proposed - Cllr Precey Seconded - Cllr Nicholas-Letch 'That the minutes on "
        "Wednesday 9th December, 2015 be approved' For-5 Abstention - 1 3. Matters arising",
        "Proposed - Cllr Mrs Hardy Seconded - Cllr Mrs Taylor 'That the precept for the financial year 2016/2017 is £18050' For-5 Against - 1",
    ))
    assert first.counts == {"for": 5, "against": None, "abstain": 1}
    assert second.counts == {"for": 5, "against": 1, "abstain": None} and second.unanimous is False


def test_a_motion_restated_before_the_vote_is_one_motion() -> None:
    motion = _one(_document(
        "Councillor Browaty: I move, seconded by Councillor Mayes, that the report be adopted.",
        "Councillor Eadie: I have concerns about the report.",
        "Mayor Bowman: It has been moved by Councillor Browaty, seconded by Councillor Mayes, that the report be adopted. All those in favour? Carried.",
    ))
    assert (motion.proposer, motion.seconder, motion.outcome) == ("Browaty", "Mayes", "carried")


def test_substantive_motion_as_amended_was_put() -> None:
    first, second = find_motions(_document(
        "Present: Mr P J Oakford, Mr R W Gough, Mr A Brady, Ms K Constantine",
        "Mr Oakford proposed, and Mr Gough seconded, the motion that the budget be approved.",
        "Mr Brady proposed, and Ms Constantine seconded, the following amendment: that a review of fees be added.",
        "The amendment was accepted by the mover.",
        "The substantive motion as amended was put to the vote and the voting was as follows:",
        "For (2): Mr Oakford, Mr Gough",
        "Against (2): Mr Brady, Ms Constantine",
        "Motion carried on the casting vote of the Chairman.",
    ))
    assert (first.type, first.proposer, first.outcome) == ("motion", "P J Oakford", "carried")
    assert first.counts == {"for": 2, "against": 2, "abstain": None}
    assert (second.type, second.outcome, second.counts["for"]) == ("amendment", "accepted", None)


def test_those_in_favour_named_and_without_dissent() -> None:
    first, second = find_motions(_document(
        "Present: Cllr Ann Ward, Cllr Beth Price, Cllr Carol Hunt, Cllr Dan Lee",
        "Cllr Ward proposed that the hall be repainted, seconded by Cllr Price. Those in favour: Cllrs Ward, Price and Hunt. Against: Cllr Lee. Carried.",
        "Cllr Hunt proposed that the clerk's hours be reviewed, seconded by Cllr Lee, and this was agreed without dissent.",
    ))
    assert first.votes == {"for": ["Ann Ward", "Beth Price", "Carol Hunt"], "against": ["Dan Lee"], "abstain": []}
    assert first.counts == {"for": None, "against": None, "abstain": None}  # names printed, no numbers: none invented
    assert first.outcome == "carried" and first.unanimous is False
    assert second.unanimous is True and second.outcome == "carried"


def test_roll_call_with_noes_and_the_question_called_after_debate() -> None:
    motion = _one(_document(
        "Councilmember Vella moved approval of final passage of the ordinance.",
        "Vice Mayor Daysog seconded the motion.",
        *["Under discussion, Councilmember Jensen stated concerns about the ordinance."] * 30,
        "On the call for the question, the motion carried by the following roll call vote: Councilmembers Daysog: Aye; Herrera Spencer: No; "
        "Jensen: No; Vella: Aye; and Mayor Ezzy Ashcraft: Aye. Ayes: 3. Noes: 2.",
    ))
    assert motion.outcome == "carried" and motion.unanimous is False
    assert motion.counts == {"for": 3, "against": 2, "abstain": None}
    assert motion.votes == {"for": ["Daysog", "Vella", "Ezzy Ashcraft"], "against": ["Herrera Spencer", "Jensen"], "abstain": []}


def test_contested_election_declared() -> None:
    motions = find_motions(_document(
        "Proposed by Councillor Sheahan (J); Seconded by Councillor Teskey; “That, Councillor Keary be appointed Mayor to the next Annual Meeting.”",
        "Proposed by Councillor McCreesh; Seconded by Councillor Browne; “That, Councillor Costelloe be appointed Mayor to the next Annual Meeting.”",
        "A vote was taken.",
        "The outgoing Mayor declared Councillor Keary elected as Mayor and congratulated him on his election.",
    ))
    assert [(m.proposer, m.outcome) for m in motions] == [("J Sheahan", "carried"), ("McCreesh", "lost")]
