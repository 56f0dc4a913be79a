"""Motions in layouts the first extraction missed (indexer/motions.py): hand-written minutes modelled on real ones, expected fields by hand."""
from __future__ import annotations

from indexer.model import Document, Motion, Paragraph
from indexer.motions import find_motions


def _document(*texts: str, item: str | None = "5", labels: tuple[str | None, ...] = (), sections: tuple[str | None, ...] = ()) -> Document:
    """Minutes made of these paragraphs under one item; labels give printed paragraph numbers, sections the heading the loader saw."""
    paragraphs = []
    for n, text in enumerate(texts):
        label = labels[n] if n < len(labels) else None
        section = sections[n] if n < len(sections) else None
        kind = "decision" if text.startswith("RESOLVED") else "minutes"
        paragraphs.append(Paragraph(text=text, position=n, kind=kind, item_number=item, item_title="An item", label=label, section=section))
    return Document(document_id="d", path="/x", relpath="x", format="text", content_hash="h", paragraphs=paragraphs)


def _summary(motion: Motion) -> tuple[object, ...]:
    return (motion.type, motion.proposer, motion.seconder, motion.outcome, motion.unanimous)


def test_budget_amendment_form_voted_with_the_vote_named_first() -> None:
    """A county budget meeting: amendments printed as a form ("Proposed Purpose:"), "put to the vote the amendment set out in
    paragraph N", a name list broken across lines with its title left on the first, and a lead broken by an out-of-place outcome."""
    document = _document(
        "PRESENT: Mr T Archer (Chairman), Mr P Quinlan, Mrs R Yeo, Mr H Ulverston, Ms D Fenwick, Mr S Okafor, Mr L Varga",
        "Mr Quinlan proposed and Mrs Yeo Seconded the following motion:",
        "“County Council is asked to agree the revenue budget for 2025-26.”",
        "Mr Ulverston proposed, and Ms Fenwick seconded the following amendment:",
        "Proposed Purpose:",
        "“Allocate £50k from general reserves to a study of school transport.”",
        "Proposed Amount:",
        "“£50k”",
        "Following the debate, the Chairman put to the vote the amendment set out in paragraph 3 above and the voting was as follows:",
        "For (2): Mr Ulverston, Ms Fenwick",
        "Against (4): Mr Quinlan, Mrs Yeo, Mr",
        "Okafor, Mr Varga",
        "Mr Okafor proposed, and Mr Varga seconded the following",
        "Amendment lost.",
        "amendment:",
        "Proposed Purpose:",
        "“Reduce the waste reserve by £1m to fund enforcement cameras.”",
        "Following the debate, the Chairman put to the vote the amendment set out in paragraph 5 above and the voting was as follows:",
        "For (2): Mr Okafor, Mr Varga",
        "Against (3): Mr Quinlan, Mrs Yeo, Ms Fenwick",
        "Abstain (1): Mr Ulverston",
        "Amendment lost.",
        "The Chairman put to the vote the substantive motion as set out in paragraph 2 above and the voting was as follows:",
        "For (4): Mr Quinlan, Mrs Yeo, Mr Okafor, Mr Varga",
        "Against (0)",
        "Abstain (2): Mr Ulverston, Ms Fenwick",
        "Substantive Motion Carried.",
        labels=(None, "2", None, "3", None, None, None, None, "4", None, None, None, "5", None, None, None, None, "6", None, None, None, None, "7"),
    )
    motion, first, second = find_motions(document)
    assert _summary(motion) == ("motion", "P Quinlan", "R Yeo", "carried", None)  # no vote against, no "unanimously": not stated
    assert motion.counts == {"for": 4, "against": 0, "abstain": 2}
    assert motion.votes == {"for": ["P Quinlan", "R Yeo", "S Okafor", "L Varga"], "against": [], "abstain": ["H Ulverston", "D Fenwick"]}
    assert _summary(first) == ("amendment", "H Ulverston", "D Fenwick", "lost", False)
    assert first.text == "Allocate £50k from general reserves to a study of school transport."
    assert first.counts == {"for": 2, "against": 4, "abstain": None}
    # "Mr" ends one line, "Okafor" opens the next: one member, and no member called "Mr"
    assert first.votes["against"] == ["P Quinlan", "R Yeo", "S Okafor", "L Varga"]
    assert _summary(second) == ("amendment", "S Okafor", "L Varga", "lost", False)
    assert second.text == "Reduce the waste reserve by £1m to fund enforcement cameras."
    assert second.counts == {"for": 2, "against": 3, "abstain": 1}
    assert second.votes == {"for": ["S Okafor", "L Varga"], "against": ["P Quinlan", "R Yeo", "D Fenwick"], "abstain": ["H Ulverston"]}


def test_irish_notice_of_motion_proposed_in_debate_and_declared_carried() -> None:
    """Irish council minutes: a notice of motion printed as "I will move ... that", "Councillor X, in proposing the Motion,
    stated ...", the seconder a sentence later, the Mayor's declaration after a show of hands; an amendment named again
    when voted on ("the amendment proposed by X and seconded by Y") is the same amendment, not a new one."""
    document = _document(
        "Notice of Motion submitted by Councillor P. Rourke",
        "I will move at the next Meeting that this Council calls on the Minister to fund rural bus routes",
        "serving the county's smaller villages.",
        "Councillor Rourke, in proposing the Motion, stated that many villages had lost their only bus service.",
        "The Motion was seconded by Councillor Ó Briain.",
        "During debate, Councillor Hennessy proposed the following amendment and this was seconded by Councillor Daly (T):",
        "“that the Council write to the Minister instead.”",
        "A vote in the form of a show of hands was taken on the amendment proposed by Councillor Hennessy and seconded by "
        "Councillor Daly (T). The Mayor declared the amendment defeated as there was not a majority in favour.",
        "In the absence of agreement on the Motion, a vote was taken in the form of a show of hands. The majority of the Members "
        "were in favour of the Motion and accordingly the Mayor declared the Motion carried.",
    )
    motion, amendment = find_motions(document)
    assert _summary(motion) == ("motion", "P Rourke", "Ó Briain", "carried", None)
    assert motion.text.startswith("that this Council calls on the Minister to fund rural bus routes serving")
    assert "lost their only bus service" not in motion.text  # what he said in proposing it is debate, not the motion
    assert _summary(amendment) == ("amendment", "Hennessy", "T Daly", "lost", None)
    assert amendment.text.startswith("that the Council write to the Minister")


def test_lead_taken_for_a_heading_runs_on_into_its_paragraph() -> None:
    """ "On the proposal of Councillor X, seconded by Councillor Y" the loader took for a heading, "(J), the date ... was
    re-fixed" under it: one sentence, stating a decision made (carried)."""
    document = _document(
        "(J), the date of the Annual Meeting was re-fixed to Friday, 26th June, at 3.00pm.",
        "With the Mayor’s permission, it was agreed to take item 7 next.",
        sections=("On the proposal of Councillor Moran, seconded by Councillor Keane", "On the proposal of Councillor Moran, seconded by Councillor Keane"),
    )
    (motion,) = find_motions(document)
    assert _summary(motion) == ("motion", "Moran", "J Keane", "carried", None)
    assert motion.text.startswith("the date of the Annual Meeting was re-fixed")


def test_suspending_the_rules_is_procedural() -> None:
    """A verbatim council record: "I move that we suspend the rules" / "the rules be suspended and ..." are procedural motions."""
    document = _document(
        "Councillor Okoro: I move that we suspend the rules.",
        "Madam Speaker: All those in favour? Contrary? Carried.",
        "Mayor Lind: I move that the rules be suspended and By-law No. 12/2014 be read a third time.",
        "Madam Speaker: All in favour? Carried.",
        "Mayor Lind: I move that By-law No. 12/2014 be read a second time.",
        "Madam Speaker: All in favour? Carried.",
    )
    types = [(m.type, m.proposer, m.outcome) for m in find_motions(document)]
    assert types == [("procedural", "Okoro", "carried"), ("procedural", "Lind", "carried"), ("motion", "Lind", "carried")]


def test_roll_call_under_side_headings_with_lines_broken_by_the_page() -> None:
    """Irish roll call: "For Deferral" / "Against Deferral" / "Abstentions" as bold lines (taken for headings), the names
    under them over several lines, the count at the end; the lead itself broken over three lines."""
    heads = (None,) * 4 + ("For Deferral",) * 3 + ("Against Deferral",) + ("Abstentions",) * 2
    document = _document(
        "Present: Councillors Aherne, Brophy, Costigan, Dunne, Egan, Fahy, Griffin, Ryan (E), Ryan (M)",
        "Councillor Ryan (E) proposed that the item be deferred until the October Plenary Meeting",
        "in order to hold a workshop for Members and the proposal was seconded by",
        "Councillor Brophy. Following discussion, the Cathaoirleach directed that a vote be taken and the result of the voting was as follows:",
        "Councillors Aherne, Brophy, Costigan,",
        "Dunne, Ryan (E) Ryan",
        "(M) (5)",
        "Councillors Egan, Fahy, Griffin (3)",
        "There were no abstentions.",
        "The Cathaoirleach declared the proposal to defer the decision on the Draft Bye-Laws until the October Plenary",
        sections=heads,
    )
    (motion,) = find_motions(document)
    # the declaration's last words are not printed, but its counts are: 5 for, 3 against is carried
    assert _summary(motion) == ("motion", "E Ryan", "Brophy", "carried", False)
    assert motion.text.startswith("that the item be deferred until the October Plenary Meeting in order to hold a workshop")
    assert motion.counts == {"for": 5, "against": 3, "abstain": 0}
    assert motion.votes == {"for": ["Aherne", "Brophy", "Costigan", "Dunne", "E Ryan", "M Ryan"], "against": ["Egan", "Fahy", "Griffin"], "abstain": []}


def test_recorded_vote_as_sentences_names_nobody_not_printed() -> None:
    """ "The following voted in favour:" with names, and no names printed against: no member is put on a side unprinted."""
    document = _document(
        "Present: Councillors Ann Hale, Brian Iles, Carol Jory, David Kemp",
        "Councillor Hale proposed and Councillor Iles seconded that the grant of £500 be approved.",
        "A recorded vote was taken.",
        "The following voted in favour: Councillors Hale, Iles and Jory.",
        "Against: 1",
        "The motion was carried.",
    )
    (motion,) = find_motions(document)
    assert _summary(motion) == ("motion", "Ann Hale", "Brian Iles", "carried", False)
    assert motion.counts == {"for": None, "against": 1, "abstain": None}
    assert motion.votes == {"for": ["Ann Hale", "Brian Iles", "Carol Jory"], "against": [], "abstain": []}


def test_contested_and_unopposed_nominations_in_parish_minutes() -> None:
    """A contest settled by the votes each nominee received ("X therefore elected"), an unopposed nomination, and a
    double-barrelled name printed once without its hyphen."""
    document = _document(
        "Present: Cllr R Avery (Chair), Cllr T Rowe, Cllr Mrs J Fox-Talbot, Cllr L Marsh, Cllr D Quill, Cllr P Nash",
        "Cllr Avery asked for nominations for Vice-Chair. Cllr Rowe proposed Cllr Marsh, seconded by Cllr Mrs Fox Talbot. "
        "Cllr Quill proposed Cllr Nash seconded by Cllr Marsh.",
        "Cllr Marsh received 5 votes - Cllr Nash received 1 vote. Cllr Marsh therefore elected as Vice-Chair.",
        "Nominations were asked for the post of Tree Warden - Cllr Nash was nominated by Cllr Quill seconded by Cllr Rowe, "
        "there were no further nominations, Cllr Nash accepted the post.",
    )
    marsh, nash, warden = find_motions(document)
    assert _summary(marsh) == ("motion", "T Rowe", "J Fox-Talbot", "carried", None)
    assert marsh.counts == {"for": 5, "against": None, "abstain": None}
    assert _summary(nash) == ("motion", "D Quill", "L Marsh", "lost", None)
    assert nash.counts == {"for": 1, "against": None, "abstain": None}
    assert _summary(warden) == ("motion", "D Quill", "T Rowe", "carried", None)


def test_fate_printed_before_who_proposed() -> None:
    """ "Youth Club £50, Passed for payment. Prop. Mrs. Lewis, 2nd M. Mycock.": the words, their fate, then the names."""
    document = _document(
        "Present: Mrs. K. Lewis, Mr. M. Mycock, Mr. B. Orme",
        "Accounts: Village Hall hire £12.00, Youth Club £50, Passed for payment. Prop. Mrs. Lewis, 2nd M. Mycock.",
    )
    (motion,) = find_motions(document)
    assert _summary(motion) == ("motion", "K Lewis", "M Mycock", "carried", None)


def test_quote_never_closed_ends_at_the_next_proposer_line() -> None:
    """Field-style Irish minutes where the printer left a resolution's closing quote out: the next "Proposed by" starts
    the next motion instead of being swallowed as the first one's words."""
    document = _document(
        "Proposed by Councillor Walsh;",
        "Seconded by Councillor Byrne;",
        "And Resolved:",
        "“That, the approval of the Council be and is hereby given to the disposal of land at Ballyduff, as set out in the notice.",
        "Circulated, report of the Meetings Administrator on sectoral nominations.",
        "Proposed by Councillor Byrne;",
        "Seconded by Councillor Walsh;",
        "And Resolved:",
        "“That, the sectoral nominations, as circulated, be and are hereby approved.”",
    )
    first, second = find_motions(document)
    assert _summary(first) == ("motion", "Walsh", "Byrne", "carried", None)
    assert first.text.startswith("That, the approval of the Council be and is hereby given to the disposal of land")
    assert _summary(second) == ("motion", "Byrne", "Walsh", "carried", None)
    assert second.text == "That, the sectoral nominations, as circulated, be and are hereby approved."


def test_moved_seconded_shorthand_after_the_words() -> None:
    """US board minutes: "... were approved as presented. M/S Okada / Pruitt Unanimous" (the vote table's columns run in)."""
    document = _document(
        "President Lowe called the meeting to order. Present were Vice-President Okada, and members Pruitt, Tan and Vick.",
        "2. APPROVAL OF MINUTES The minutes of the regular meeting of January 26 were approved as presented. M/S Okada / Pruitt Vick Unanimous",
    )
    (motion,) = find_motions(document)
    assert _summary(motion) == ("motion", "Okada", "Pruitt", "carried", True)
    assert motion.text.startswith("The minutes of the regular meeting of January 26 were approved")


def test_the_fate_is_not_the_words() -> None:
    """ "RESOLVED: That ... Proposed Cllr X, Seconder Cllr Y, two were against and five agreed.": the words are the resolution."""
    document = _document(
        "Attendance: Cllr Ann Pryor, Cllr Ben Quayle, Cllr Cy Rudd",
        "RESOLVED: That the Parish Council support a neighbourhood plan. Proposed Cllr Ann Pryor, Seconder Cllr Ben Quayle, "
        "two were against and five agreed.",
    )
    (motion,) = find_motions(document)
    assert _summary(motion) == ("motion", "Ann Pryor", "Ben Quayle", "carried", False)
    assert motion.text == "That the Parish Council support a neighbourhood plan."
    assert motion.counts == {"for": 5, "against": 2, "abstain": None}


def test_proposed_and_seconded_by_nobody_named() -> None:
    """ "It was proposed and seconded that ...": a motion with no mover named (null, never guessed); when the next sentence
    names them it is the same motion, not two."""
    document = _document(
        "Present: Cllr Dee Lowell (Chair), Cllr Mick Pike, Cllr Ann Rees",
        "1. Election of Chairman It was proposed and seconded that Cllr Dee Lowell should remain as Chairman. With no other nominations "
        "Cllr Lowell was duly elected.",
        "It was proposed that the bills be paid as presented. Proposed Cllr Ann Rees, seconded by Cllr Mick Pike, all were in favour.",
    )
    chair, bills = find_motions(document)
    assert _summary(chair) == ("motion", None, None, "carried", None)
    assert chair.text == "that Cllr Dee Lowell should remain as Chairman."
    assert _summary(bills) == ("motion", "Ann Rees", "Mick Pike", "carried", True)


def test_the_chair_proposed_when_the_minutes_never_say_who_chaired() -> None:
    """ "The Chair proposed that ..." with no chair named anywhere: the motion, its proposer null (never guessed); a pointer
    ("the resolution as below") is no motion; and a named lead in the same paragraph is that motion."""
    document = _document(
        "Attendance: Cllr Sue Pratt Cllr Dan Cole Cllr Amy Ford",
        "The Chair proposed that the Clerk write to the owner about the hedge.",
        "The Chair proposed the resolution as below.",
        "RESOLVED: That the Parish Council support the plan. Proposed Cllr Dan Cole, Seconded Cllr Amy Ford, all in favour.",
        "The Chair proposed that Cllr Cole continue as Vice Chair, Cllr Cole for Vice Chair was proposed by Cllr Sue Pratt and seconded by Cllr Amy Ford.",
    )
    hedge, plan, vice = find_motions(document)
    assert (hedge.proposer, hedge.seconder, hedge.text) == (None, None, "that the Clerk write to the owner about the hedge.")
    assert (plan.proposer, plan.seconder, plan.outcome, plan.unanimous) == ("Dan Cole", "Amy Ford", "carried", True)
    assert (vice.proposer, vice.seconder) == ("Sue Pratt", "Amy Ford")


def test_she_proposed_is_the_subject_of_her_sentence() -> None:
    """ "Cllr Cobb explained ... and she proposed & Cllr Evans seconded that ...": the proposer is the sentence's subject."""
    document = _document(
        "Present: Cllr Jo Cobb, Cllr Tom Evans, Cllr Ray Hale",
        "Cllr Cobb explained that a valuation was needed before any sale could be considered and she proposed & Cllr Evans seconded "
        "that the council pay the fee. All Councillors present were in agreement.",
    )
    (motion,) = find_motions(document)
    assert _summary(motion) == ("motion", "Jo Cobb", "Tom Evans", "carried", True)
    assert motion.text == "that the council pay the fee."


def test_proposed_as_an_adjective_names_no_proposer() -> None:
    """ "Mark Potter re proposed WWI Centenary Memorial Woodland": a plan described, nobody proposing anything."""
    document = _document(
        "Present: Cllr Ann Shaw, Cllr Ben Tate",
        "Mark Potter, Abersenny Ltd re proposed WWI Centenary Memorial Woodland in Penallt. Cllr Shaw reported residents' views.",
    )
    assert find_motions(document) == []


def test_agreed_as_follows_before_the_words() -> None:
    """ "... an amendment was proposed by Councillor X, seconded by Councillor Y, and agreed as follows:" then the words."""
    document = _document(
        "During discussion a further amendment to Standing Orders was proposed by Councillor Nolan, seconded by Councillor Quirke, and agreed as follows:",
        "“That the mover of a Motion be allowed to attend the committee meeting to which it is referred.”",
    )
    (motion,) = find_motions(document)
    assert _summary(motion) == ("amendment", "Nolan", "Quirke", "carried", None)
    assert motion.text.startswith("That the mover of a Motion be allowed to attend")


def test_prop_and_2nd_with_initials_the_attendance_list_gives() -> None:
    """A parish clerk's shorthand: "Prop JB, 2nd GK, All agreed." after the decision, the initials printed after each member's
    name in the attendance list ("Cllr Jo Bruce JB Chair")."""
    document = _document(
        "Attendance: Cllr Ann Pollard AP Chair Cllr Gareth Kemble GK Cllr Ruth Lomax RL Tina Ives Parish Clerk",
        "The quotation for clearing the ditch was discussed. It was agreed that the Clerk would ask for two more quotes. Prop AP, 2nd GK, All agreed.",
        "The Financial Risk assessment was proposed, agreed and signed. Prop.AP, 2nd RL All agreed.",
        "Prop is short for proposal in these minutes.",
    )
    found = [(m.proposer, m.seconder, m.outcome, m.unanimous) for m in find_motions(document)]
    assert found == [("Ann Pollard", "Gareth Kemble", "carried", True), ("Ann Pollard", "Ruth Lomax", "carried", True)]
    assert "two more quotes" in find_motions(document)[0].text


def test_competing_nominations_each_with_the_names_who_voted_for_it() -> None:
    """Irish minutes: two nominations for the same places, "A Vote was taken which resulted as follows:", a bold heading per
    nominee ("For Councillor Collins (B), O’Sullivan and Slattery") over the names and their number, then the declaration."""
    texts = [
        "Proposed by Councillor Hogan (J);",
        "Seconded by Councillor Power;",
        "“That, Councillors Walsh (B) and Tierney be appointed to the Board of the Harbour Company.",
        "Proposed by Councillor Brennan;",
        "Seconded by Councillor Lyons;",
        "“That, Councillor Quirke be appointed to the Board of the Harbour Company.",
        "A Vote was taken which resulted as follows:",
        "Councillors Hogan (J), Power, Walsh (B), Walsh (T), Tierney,",
        "Ó Briain, Kenny.",
        "(7)",
        "Councillors Brennan, Lyons, Quirke.",
        "(3)",
        "The Mayor declared Councillors Walsh (B) and Tierney appointed to the Board of the Harbour Company.",
    ]
    sections: tuple[str | None, ...] = (None,) * 7 + ("For Councillors Walsh (B) and Tierney",) * 3 + ("For Councillor Quirke",) * 3
    found = find_motions(_document(*texts, sections=sections))
    assert [(m.proposer, m.seconder, m.outcome, m.counts["for"]) for m in found] == [("J Hogan", "Power", "carried", 7), ("Brennan", "Lyons", "lost", 3)]
    assert found[0].votes["for"][:3] == ["J Hogan", "Power", "B Walsh"] and len(found[0].votes["for"]) == 7
    assert found[1].votes["for"] == ["Brennan", "Lyons", "Quirke"]
    assert "Vote" not in found[1].text  # the vote line is not the nomination's words
    assert found[0].votes["against"] == [] and found[1].votes["against"] == []  # no vote the minutes do not record


def test_us_vote_with_a_clerks_note_and_noes_none() -> None:
    """US minutes: "Abstentions: Councilmember X – 1. [Note Councilmember X recused himself ...]" (the note names no voter),
    "Noes: None." (a recorded zero), and a seconder's caveat ("has graciously agreed to do") that is not the motion's fate."""
    document = _document(
        "Present: Councilmembers Arlow, Benning, Corder, Dunmore and Mayor Eskew – 5.",
        "Councilmember Corder moved adoption of the Resolution.",
        "Councilmember Arlow seconded the motion, with the caveat that the staff report be posted, which the City Clerk has graciously agreed to do.",
        "The motion carried by the following roll call vote: Arlow: Aye; Benning: Aye; Corder: Aye; and Mayor Eskew: Aye. Ayes: 4. Noes: None. "
        "Abstentions: Councilmember Dunmore – 1. [Note Councilmember Dunmore recused himself due to owning property nearby.]",
    )
    (motion,) = find_motions(document)
    assert (motion.proposer, motion.seconder, motion.outcome) == ("Corder", "Arlow", "carried")
    assert motion.counts == {"for": 4, "against": 0, "abstain": 1}
    assert motion.votes["for"] == ["Arlow", "Benning", "Corder", "Eskew"]
    assert motion.votes["abstain"] == ["Dunmore"] and motion.votes["against"] == []


def test_nominee_before_the_lead_and_a_cheque_number_is_no_count() -> None:
    """Welsh community council minutes: "Election of Chairman: Cllr Pryce. Proposed by Cllr Vaughan,seconded by Cllr Rees."
    (the words are the nominee), and "Cheque No. 300553 for £350.00" after a grant, which is no vote count."""
    document = _document(
        "Present: Chairman Cllr Mrs Pryce, Cllrs Vaughan, Rees, Tudor & the Clerk.",
        "Cllr Pryce. Proposed by Cllr Vaughan,seconded by Cllr Rees.",
        "Request for a donation - Cllr Tudor proposed and Cllr Rees seconded that the Council give a grant of £350.  Cheque No. 300553 for £350.00 made out to the PCC.",
    )
    found = find_motions(document)
    assert [(m.proposer, m.seconder, m.text) for m in found][0] == ("Vaughan", "Rees", "Cllr Pryce")
    assert (found[1].proposer, found[1].seconder) == ("Tudor", "Rees")
    assert found[1].counts == {"for": None, "against": None, "abstain": None}


def test_each_lead_paragraph_carries_only_whom_it_names_and_a_quote_closed_in_a_heading() -> None:
    """Irish minutes, one line a paragraph: "Proposed by Councillor Hogan (J);" then "Seconded by Councillor Power;" (each names
    one member: only that member speaks there), a quote whose closing line the loader took for a heading, and the declaration."""
    texts = [
        "Proposed by Councillor Hogan (J);",
        "Seconded by Councillor Power;",
        "“That, Mr. Eamon Quirke, 12 Main Street, be co-opted to the Council to fill the casual vacancy caused by the resignation of former",
        "As there were no other nominations, the Mayor declared Mr. Quirke co-opted as a Member of the Council.",
        "Councillor Quirke took his seat in the Chamber and thanked all the Members for their good wishes.",
    ]
    sections: tuple[str | None, ...] = (None, None, None, "Councillor, Ann Lyons.”", "Councillor, Ann Lyons.”")
    document = _document(*texts, sections=sections)
    (motion,) = find_motions(document)
    assert (motion.proposer, motion.seconder, motion.outcome) == ("J Hogan", "Power", "carried")
    assert motion.text.endswith("former Councillor, Ann Lyons.") and "thanked" not in motion.text
    assert 4 not in motion.positions  # his thanks are no part of the motion
    speakers = {p.position: p.speakers for p in document.paragraphs}
    assert "Power" not in speakers[0] and "J Hogan" in speakers[0]
    assert "J Hogan" not in speakers[1] and "Power" in speakers[1]
    assert "J Hogan" not in speakers[2] and "Power" not in speakers[2]  # the motion's words are nobody's speech


def test_one_member_named_voting_against_in_a_sentence() -> None:
    """Parish minutes: "Cllr Mann proposed ..., seconded by Cllr Mendoza. Agreed Cllr Nicholas-Letch voted against this
    proposal": the one member named against, and no one else's vote stated."""
    document = _document(
        "Present: Cllrs T Mann, R Mendoza, J Nicholas-Letch, S Oduya",
        "Cllr Mann proposed arrangements be made for this clearance at a cost of no more than £50, seconded by Cllr Mendoza. Agreed Cllr Nicholas-Letch voted against this proposal",
    )
    (motion,) = find_motions(document)
    assert (motion.proposer, motion.seconder, motion.outcome, motion.unanimous) == ("T Mann", "R Mendoza", "carried", False)
    assert motion.votes == {"for": [], "against": ["J Nicholas-Letch"], "abstain": []}
    other = _document(
        "Present: Cllrs T Mann, R Mendoza, J Nicholas-Letch, S Oduya",
        "Cllr Mann proposed the quotation of £350 be accepted, seconded by Cllr Oduya. Approved by a majority vote. Carried. Cllr Nicholas-Letch against.",
        "Cllr Oduya spoke against the hedge being cut in spring.",
    )
    (motion,) = find_motions(other)
    assert motion.votes == {"for": [], "against": ["J Nicholas-Letch"], "abstain": []}


def test_shorthand_seconders_superscript_and_slashed_titles() -> None:
    """Parish shorthand: "2<sup>nd</sup>" read from an HTML table as "2 nd", "Mr. X prop. Mr. Y 2nd that ...", "M/s Norris" (Ms
    typed with a slash), and a title left at a line's end ("2nd Mr." / "Paterson.")."""
    document = _document(
        "Present: Cllr Phil Nash (PN), Cllr Dan Dale (DD), P. Norris, M/s Norris, Mr. R Mycock, Mr. L Bonnett, Mr. A White, Mr. J Paterson",
        "The amended minutes were accepted as a true and accurate record. Prop. PN, 2 nd DD All in favour",
        "It was proposed by P. Norris & seconded by M/s Norris that the clerk renew the insurance.",
        "Mr. Mycock prop. Mr. Bonnett 2nd that Mr. White remain in office, all agreed.",
        "It was agreed to adopt the accounts as presented. Balance at bank £4,027.07. Prop Mr. White 2nd Mr.",
        "Paterson.",
    )
    minutes, insurance, office, accounts = find_motions(document)
    assert _summary(minutes) == ("motion", "Phil Nash", "Dan Dale", "carried", True)
    assert minutes.text == "The amended minutes were accepted as a true and accurate record."
    assert (insurance.proposer, insurance.seconder) == ("P Norris", "M/s Norris")
    assert _summary(office) == ("motion", "R Mycock", "L Bonnett", "carried", True)
    assert office.text == "that Mr. White remain in office"
    assert (accounts.proposer, accounts.seconder, accounts.outcome) == ("A White", "J Paterson", "carried")
    assert accounts.text == "It was agreed to adopt the accounts as presented."  # the balance printed after it is no proposal


def test_pronoun_and_coordinated_leads_name_the_sentences_subject() -> None:
    """ "LH noted that ..., she proposed that ... This was agreed and seconded by PW", "Cllr X shared that ..., and proposed that
    ...": the member the sentence opens with; "He proposed" after a member of the public spoke names no member."""
    document = _document(
        "Present: Lena Hart (LH), Paul Webb (PW), Cllr Ann Reed, Cllr Bob Hale",
        "LH noted that in the absence of the Chairman, she proposed that PW sign the cheques this evening. This was agreed and seconded by PW.",
        "Cllr Ann Reed shared that someone had driven up to the cemetery, and proposed that no vehicles be allowed, "
        "this was seconded by Cllr Bob Hale, and all were in favour.",
        "The owner of the site spoke about his application. He proposed that Councillors look at the new plans. Cllr Hale thanked the owner.",
        "Mr Hale commented that if £20 has been offered then he proposes that we accept it, all Councillors agreed.",
    )
    document.paragraphs[3].speakers = ["Bob Hale"]
    cheques, vehicles, offer = find_motions(document)
    assert (cheques.proposer, cheques.seconder, cheques.outcome) == ("Lena Hart", "Paul Webb", "carried")
    assert (vehicles.proposer, vehicles.seconder, vehicles.outcome, vehicles.unanimous) == ("Ann Reed", "Bob Hale", "carried", True)
    assert (offer.proposer, offer.outcome, offer.unanimous) == ("Bob Hale", "carried", True)
    assert offer.text == "that we accept it"


def test_nominations_whose_fate_is_printed_apart() -> None:
    """Elections: "X was nominated and seconded" (movers unnamed: null), a nominee who declined (withdrawn), "There being no further
    nominations the proposal was carried." on the next line, and a nominee with initials ("P. Markwell this was seconded")."""
    document = _document(
        "Present: Cllr D Lowe, Cllr M Pike, Mrs T Mann, Mr C Stocking, Mr A White, Mr S Randall, Mrs. Willis, P. Markwell, R. Lankfer",
        "Cllr D Lowe was nominated and seconded and with no further nominations accepted the role of Chairman.",
        "Mrs Mann proposed Mr White but Mr White declined due to pressure of other commitments",
        "Mr Stocking proposed Mr Randall for the office of vice chairman, seconded by Mrs Mann.",
        "There being no further nominations the proposal was carried.",
        "Nominations were called for and Mrs. Willis proposed P. Markwell this was seconded by R. Lankfer and P. Markwell was duly elected.",
    )
    chair, declined, vice, other = find_motions(document)
    assert _summary(chair) == ("motion", None, None, "carried", None)
    assert chair.text.startswith("Cllr D Lowe was nominated and seconded")
    assert (declined.proposer, declined.seconder, declined.outcome) == ("T Mann", None, "withdrawn")
    assert (vice.proposer, vice.seconder, vice.outcome) == ("C Stocking", "T Mann", "carried")
    assert (other.text, other.proposer, other.seconder, other.outcome) == ("P. Markwell", "Willis", "R Lankfer", "carried")


def test_plans_put_with_a_seconder_and_a_proposer_without_a_verb() -> None:
    """ "proposed to take no action, seconded by ..." is a motion (a plan is not); "for approval, Cllr X, seconded by Cllr Y" names
    the proposer without a verb; "... to the Borough Council, seconded Cllr Y": no member before "seconded"."""
    document = _document(
        "In attendance: Cllr Sue Lane (Chair) Cllr Jim Neal Cllr Tom Mann Cllr Daphne Cole",
        "Cllr Daphne Cole proposed to take no action, seconded by Cllr Jim Neal, all were in favour.",
        "The Parish Council had reviewed the Communications Policy for approval, Cllr Jim Neal, seconded by Cllr Tom Mann, all were in favour.",
        "Cllr Daphne Cole proposed the approval of the letter and its sending to the Borough Council, seconded Cllr Sue Lane, all were in favour.",
        "Cllr Tom Mann said he proposed to raise the matter with the county next year.",
    )
    action, policy, letter = find_motions(document)
    assert (action.proposer, action.seconder, action.outcome) == ("Daphne Cole", "Jim Neal", "carried")
    assert (policy.proposer, policy.seconder, policy.outcome) == ("Jim Neal", "Tom Mann", "carried")
    assert (letter.proposer, letter.seconder) == ("Daphne Cole", "Sue Lane")


def test_count_lines_and_leads_that_end_their_line() -> None:
    """ "For – 5 Against - 2" under a motion: its counts, and from them its fate (more for than against: carried, as the set-2
    label of the real minutes has it); "one for pollarding" is no
    count; a lead that ends with its seconder's name does not run on into the next member's remark."""
    document = _document(
        "Present: Cllr Jo Taylor, Cllr Ann Lintern, Cllr Rose Mendoza, Cllr Dan Summers, Cllr Tina Mann",
        "Proposed – Cllr Taylor Seconded – Cllr Lintern",
        "‘That draft minutes of the Parish Council can be published’",
        "For – 5 Against - 2",
        "Cllr Mendoza proposed that quotes be sought for a sluice gate for the Pond and one for pollarding the Willow trees, seconded by Cllr Mann.",
        "Cllr Mrs Mendoza proposed approval for payment seconded by Cllr Summers",
        "Cllr Mann queried whether it was useful to attend the meetings, it was agreed it is beneficial to the parish to be seen there.",
    )
    drafts, quotes, payment = find_motions(document)
    assert (drafts.proposer, drafts.seconder, drafts.outcome, drafts.counts) == ("Jo Taylor", "Ann Lintern", "carried", {"for": 5, "against": 2, "abstain": None})
    assert quotes.counts == {"for": None, "against": None, "abstain": None}
    assert (payment.proposer, payment.seconder, payment.outcome) == ("Rose Mendoza", "Dan Summers", None)


def test_numbered_minutes_with_the_movers_at_their_end() -> None:
    """Minutes numbered "9.2", each ending "Prop JB, 2nd GK": the clerk's action note ("Clerk to action.") is not what was proposed,
    a short decision that points back ("All agreed these should be adopted.") keeps the sentence it points to, and a numbered line the
    loader took for the item's heading ("9.2 Clerk to update the address ...") is the words of the lead under it."""
    document = _document(
        "Present: Cllr Jo Bruce (JB), Cllr Gail Kemp (GK), Cllr Dave Dale (DD)",
        "It was agreed that the condition of these areas would be included on the monthly checklist. Clerk to action. Prop JB, 2nd DD, All agreed.",
        "NC has template documents from NALC for the outstanding HR Staff Policies. All agreed these should be adopted. NC to action. Prop. GK, 2 nd DD, all in favour.",
    )
    document.paragraphs.append(Paragraph(text="Prop JB, 2nd GK, All agreed. NC", position=3, kind="minutes", item_number="9.2",
                                         item_title="Clerk to update the address on title numbers NK408732 and NK127127."))
    checklist, policies, address = find_motions(document)
    assert checklist.text == "It was agreed that the condition of these areas would be included on the monthly checklist."
    assert policies.text == "NC has template documents from NALC for the outstanding HR Staff Policies. All agreed these should be adopted."
    assert (address.text, address.proposer, address.seconder, address.outcome) == (
        "Clerk to update the address on title numbers NK408732 and NK127127.", "Jo Bruce", "Gail Kemp", "carried")


def test_broken_words_list_names_and_an_election_settled_by_its_heading() -> None:
    """ "pro-posed ... se-conded" (a word broken at a line's end); "Cllrs ..., Parker & Snell" in the attendance does not make Snell
    "Parker & Snell"; "Election of Chairman: Cllr Shewell. Proposed by ..." records the one nominee elected (with a rival it would not)."""
    present = "Present: Cllrs Mawdsley, Evans, Ashman, Parker & Snell, County Cllr Webb & the Clerk."
    document = _document(
        present,
        "The Financial Regulations had been received, they were pro-posed for approval by Cllr Ashman, se-conded by Cllr Evans, all were in favour.",
        "Request for a donation - Cllr Parker proposed and Cllr Snell seconded that the Council give a grant of £350.",
    )
    document.paragraphs += [
        Paragraph(text="Cllr Mawdsley. Proposed by Cllr Evans, seconded by Cllr Parker.", position=3, kind="minutes", item_number="808",
                  item_title="Election of Chairman for 2022/23"),
        Paragraph(text="Cllr Evans. Proposed by Cllr Ashman, seconded by Cllr Snell.", position=4, kind="minutes", item_number="809",
                  item_title="Election of Vice-Chairman for 2022/23"),
        Paragraph(text="Cllr Parker. Proposed by Cllr Mawdsley, seconded by Cllr Evans.", position=5, kind="minutes", item_number="809",
                  item_title="Election of Vice-Chairman for 2022/23"),
    ]
    regulations, grant, chair, vice, rival = find_motions(document)
    assert (regulations.proposer, regulations.seconder, regulations.outcome) == ("Ashman", "Evans", "carried")
    assert (grant.proposer, grant.seconder) == ("Parker", "Snell")
    assert (chair.text, chair.outcome) == ("Cllr Mawdsley", "carried")
    assert (vice.outcome, rival.outcome) == (None, None)  # two nominations under one heading: which won is not printed


def test_a_contest_settled_after_the_leads_and_movers_on_the_next_line() -> None:
    """ "Cllr A proposed Cllr B; Cllr C seconded. Cllr D proposed Cllr E; Cllr F seconded. On a majority vote, Cllr B was elected.":
    B's nomination carried, E's lost (not E's carried from the sentence after it); "it was proposed that ..." with its movers on
    the next line ("Cllr B proposed: Cllr C seconded: Carried.") is one motion."""
    document = _document(
        "Present: Cllr Ann Cole, Cllr Bea Hardy, Cllr Mel Price, Cllr Jo Tait, Cllr Sue Linton, Cllr Mia Lee",
        "Vice-Chair: Cllr Cole proposed Cllr Hardy; Cllr Price seconded. Cllr Tait proposed Cllr Linton; Cllr Lee seconded. "
        "On a majority vote, Cllr Hardy was elected.",
        "Further to the committee meeting, it was proposed that the Clerk's rate of pay should be Spinal Column Point 20.",
        "Cllr Hardy proposed:  Cllr Price seconded:  Carried.",
        "After further discussion it was proposed that in order to set the records straight the following proposition would be made.",
        "Proposed – Cllr Tait Seconded – Cllr Lee",
        "‘That it is noted that the car scheme is not a Parish Council scheme’",
        "All in favour",
    )
    hardy, linton, pay, scheme = find_motions(document)
    assert (scheme.proposer, scheme.seconder, scheme.outcome) == ("Jo Tait", "Mia Lee", "carried")
    assert scheme.text == "That it is noted that the car scheme is not a Parish Council scheme"
    assert (hardy.text, hardy.proposer, hardy.outcome) == ("Cllr Hardy", "Ann Cole", "carried")
    assert (linton.text, linton.proposer, linton.outcome) == ("Cllr Linton", "Jo Tait", "lost")
    assert (pay.proposer, pay.seconder, pay.outcome) == ("Bea Hardy", "Mel Price", "carried")
    assert pay.text.startswith("that the Clerk's rate of pay")
