"""Motions round 7 (issue 15): the parish misses of motions set 5; minutes modelled on real ones, expected fields by hand."""
from __future__ import annotations

from indexer.model import Document, Paragraph
from indexer.motions import find_motions
from conftest import only_motion


def _document(*texts: str, item: str | None = "5") -> Document:
    """Minutes made of these paragraphs, all under one item."""
    paragraphs = [Paragraph(text=text, position=n, kind="minutes", item_number=item, item_title="An item") for n, text in enumerate(texts)]
    return Document(document_id="d", path="/x", relpath="x", format="text", content_hash="h", paragraphs=paragraphs)


_one = only_motion


_PRESENT = "Present: Cllr Janet Taylor (JT), Cllr Daphne Clements (DC), Cllr Shirley Cordner (SC), Cllr Trudi Mann (TM)."


def test_shorthand_movers_in_markdown_italics() -> None:
    """"_Prop. JT, 2nd DC, ..._": the italics' underscore hid "Prop." and JT was read as the seconder; the words are the
    sentence before the movers, or the paragraph before when the line has only the movers and the fate."""
    motion = _one(_document(_PRESENT, "The minutes of the meeting held on 5 July 2017 were approved.   _Prop. JT, 2nd DC, five agreed, two abstained due to absence._"))
    assert (motion.proposer, motion.seconder) == ("Janet Taylor", "Daphne Clements")
    assert motion.text.startswith("The minutes of the meeting held on 5 July")
    assert (motion.outcome, motion.counts["for"], motion.counts["abstain"]) == ("carried", 5, 2)
    motion = _one(_document(_PRESENT, "The Chair advised that a letter of application for co-option had been received from Jim Neal.", "_Prop. JT, 2nd DC, All in favour._"))
    assert (motion.proposer, motion.seconder, motion.unanimous) == ("Janet Taylor", "Daphne Clements", True)
    assert motion.text.startswith("The Chair advised that a letter of application")


def test_initials_no_member_has_give_no_proposer() -> None:
    """"Prop. MT, 2nd SC" where nobody's initials are MT: one motion, its proposer unknown (never guessed), its words the line before."""
    motion = _one(_document(_PRESENT, "That the following payments presented are approved:", "_Prop. MT, 2nd SC, all in favour._"))
    assert (motion.proposer, motion.seconder, motion.outcome) == (None, "Shirley Cordner", "carried")
    assert motion.text.startswith("That the following payments")


def test_a_members_proposal_seconded_after_their_report() -> None:
    """"Carole's proposal was seconded by Peter Agate": the proposer by the one given name the attendance lists, the words the
    proposal set out earlier in her report; a given name two members share names nobody."""
    present = "Present: Frank Reid (FRE) Councillor/Chair, Carole Woolnough (CWO) Councillor, Peter Agate (PAG) Councillor."
    report = ("Policies – Carole Woolnough. We have not yet adopted the model publication scheme. Proposal – “That the Council adopts the "
              "Model Publication Scheme and publishes it on the website.” My next task is to review our standing orders. "
              "Carole’s proposal was seconded by Peter Agate. All were in favour.")
    motion = _one(_document(present, report))
    assert (motion.proposer, motion.seconder, motion.outcome, motion.unanimous) == ("Carole Woolnough", "Peter Agate", "carried", True)
    assert motion.text.startswith("That the Council adopts the Model Publication Scheme")
    two = present.replace("Peter Agate (PAG)", "Carole Smith (CSM) Councillor, Peter Agate (PAG)")
    motion = _one(_document(two, report))
    assert (motion.proposer, motion.seconder) == (None, "Peter Agate")


def test_divisions_whose_movers_are_not_named() -> None:
    """A vote the minutes record with no proposer: the sentence is the motion; counts as printed; carried when they voted to do it."""
    motion = _one(_document("It was voted by 2 for and 1 against (with 1 abstention) to recommend approval."))
    assert (motion.proposer, motion.outcome, motion.unanimous) == (None, "carried", False)
    assert (motion.counts["for"], motion.counts["against"], motion.counts["abstain"]) == (2, 1, 1)
    for sentence in ("Parish Councillors voted to support the application.", "The Parish Councillors agreed to object by a majority decision.",
                     "Councillors voted by a majority to not cut any of the branches from the tree.",
                     "A show of hands confirmed that, if unsure, Council should not proceed with co-option at this time."):
        motion = _one(_document(f"The application was discussed. {sentence}"))
        assert (motion.text, motion.proposer, motion.seconder, motion.outcome, motion.counts["for"]) == (sentence, None, None, "carried", None), sentence
    # a decision with no vote recorded, and a vote on a motion already read, open no motion of their own
    assert find_motions(_document("It was agreed to object to the application.")) == []
    # a speaker recalling a past decision in a verbatim record is no division
    assert find_motions(_document("Councillor Browaty: Council voted to have him as our City auditor, but I do not know why.")) == []
    motion = _one(_document("Cllr Ryves proposed that this scheme should be adopted.", "Four councillors voted in favour, the Chair voted against."))
    assert motion.proposer == "Ryves"


def test_proposed_seconded_and_agreed_with_no_names() -> None:
    motion = _one(_document("It was proposed, seconded and agreed to donate £50.00"))
    assert (motion.proposer, motion.seconder, motion.outcome) == (None, None, "carried")
    assert "donate £50.00" in motion.text


def test_supported_by_all_is_carried_unanimously() -> None:
    motion = _one(_document("Cllr Human proposed that he arranges training on using the defibrillator. Cllr Human will look after both "
                            "defibrillators. This was supported by all. To review in January."))
    assert (motion.proposer, motion.outcome, motion.unanimous) == ("Human", "carried", True)


def test_members_named_together_as_abstaining() -> None:
    present = "PRESENT Cllr R Crisp (RC), Cllr C Anderson (CA), Cllr M Peake (MP), Cllr C Sharp (CS)."
    motion = _one(_document(present, "It was agreed that £650 would be provided as a grant. Prop CA, 2nd MP, 7 agreed, RC and CS abstained due to interests."))
    assert (motion.counts["for"], motion.counts["abstain"], sorted(motion.votes["abstain"])) == (7, None, ["C Sharp", "R Crisp"])
    motion = _one(_document(present, "The Councillors would like to sign the CPRE Pledge, Prop. CA, 2nd CS, All agreed (with abstention from Cllr Peake)."))
    assert (motion.unanimous, motion.votes["abstain"], motion.votes["against"]) == (True, ["M Peake"], [])


def test_one_member_taking_on_a_task_is_no_outcome() -> None:
    """"Mr. Eastgate agreed to deal with these" later in the paragraph is his undertaking, not the meeting's decision on the minutes."""
    motion = _one(_document(
        "1 Minutes: It was proposed by C. Humphries and seconded by D. Pickston that the Minutes of the meeting held on 9th March 2010 be "
        "signed as a correct record. Matters Arising: Registration of the old Bowling Green is still progressing slowly. There are various "
        "County Council matters still outstanding and Mr. Eastgate agreed to deal with these - road sign broken.",
    ))
    assert (motion.proposer, motion.seconder, motion.outcome) == ("C Humphries", "D Pickston", None)
    # the meeting agreeing is still its fate
    motion = _one(_document("It was proposed by C. Humphries and seconded by D. Pickston that the Minutes be signed. Agreed."))
    assert motion.outcome == "carried"


def test_the_words_stop_at_a_titled_seconder() -> None:
    motion = _one(_document("Regarding the quote to replace the bin liner, Cllr Denny proposed acceptance and authorisation of payment, Cllr Lintern seconded.  Carried."))
    assert (motion.text, motion.proposer, motion.seconder, motion.outcome) == ("acceptance and authorisation of payment", "Denny", "Lintern", "carried")
