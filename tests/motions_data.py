"""Hand-written minutes with hand-written motions, indexed through the engine's writer, and the facts a user should get back.

The expected answers are written out here by hand (EXPECTED), not computed by the code under test;
the tests filter, count and order that list by brute force.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from engine.writer import open_session
from indexer.model import Document, Motion, Paragraph

KENT = "Testshire County Council"
PARISH = "Little Parish Council"


def _doc(doc_id: str, council: str, committee: str | None, day: date | None, texts: list[tuple[str, list[str]]],
         item: tuple[str, str] | None = None, item_from: int = 0) -> Document:
    doc = Document(document_id=doc_id, path=f"/t/{doc_id}.txt", relpath=f"{doc_id}.txt", format="text", content_hash=doc_id,
                   title=f"Minutes {doc_id}", council=council, committee=committee, date=day)
    doc.paragraphs = [
        Paragraph(text=text, position=i, council=council, committee=committee, date=day, kind="minutes", speakers=speakers,
                  item_number=item[0] if item and i >= item_from else None, item_title=item[1] if item and i >= item_from else None)
        for i, (text, speakers) in enumerate(texts)
    ]
    return doc


def _votes(for_: list[str] | None = None, against: list[str] | None = None, abstain: list[str] | None = None) -> dict[str, list[str]]:
    return {"for": for_ or [], "against": against or [], "abstain": abstain or []}


def _counts(for_: int | None = None, against: int | None = None, abstain: int | None = None) -> dict[str, int | None]:
    return {"for": for_, "against": against, "abstain": abstain}


def documents() -> list[Document]:
    """Four documents: county council, cabinet, a parish council, an undated parish paper."""
    kcc = _doc("kcc", KENT, "County Council", date(2025, 2, 13), [
        ("Minutes of the meeting of the County Council held on 13 February 2025.", []),
        ("Revenue Budget 2025-26 and Medium Term Financial Plan.", []),
        ("Mr Gough proposed, and Mr Oakford seconded, the motion that the revenue budget be approved.", ["Roger Gough", "Peter Oakford"]),
        ("Mrs Dean proposed and Mr Hood seconded an amendment that the library closures be reversed.", ["Jane Dean", "Mark Hood"]),
        ("For (2): Mrs Dean, Mr Hood. Against (3): Mr Gough, Mr Oakford, Mrs Bell. Abstain (0). Amendment lost.", []),
        ("For (3): Mr Gough, Mr Oakford, Mrs Bell. Against (1): Mrs Dean. Abstain (1): Mr Hood. Motion carried.", []),
        ("RESOLVED that the revenue budget for 2025-26 be approved.", []),
        ("Mr Hood moved that the meeting be extended by thirty minutes; agreed unanimously.", ["Mark Hood"]),
    ], item=("5", "Revenue Budget 2025-26"), item_from=1)
    kcc.motions = [
        Motion(type="motion", text="that the revenue budget be approved", positions=[2, 5, 6], proposer="Roger Gough", seconder="Peter Oakford",
               outcome="carried", unanimous=False, counts=_counts(3, 1, 1),
               votes=_votes(["Roger Gough", "Peter Oakford", "Susan Bell"], ["Jane Dean"], ["Mark Hood"]),
               resolution="that the revenue budget for 2025-26 be approved", item_number="5", item_title="Revenue Budget 2025-26"),
        Motion(type="amendment", text="that the library closures be reversed", positions=[3, 4], proposer="Jane Dean", seconder="Mark Hood",
               outcome="lost", unanimous=False, counts=_counts(2, 3, 0),
               votes=_votes(["Jane Dean", "Mark Hood"], ["Roger Gough", "Peter Oakford", "Susan Bell"], []),
               item_number="5", item_title="Revenue Budget 2025-26"),
        Motion(type="procedural", text="that the meeting be extended by thirty minutes", positions=[7], proposer="Mark Hood",
               outcome="carried", unanimous=True),
    ]
    cab = _doc("cab", KENT, "Cabinet", date(2025, 3, 10), [
        ("Cabinet minutes, 10 March 2025.", []),
        ("Councillor Bell proposed that the highways report be deferred to the next meeting; Councillor Gough seconded. Deferred.", ["Susan Bell", "Roger Gough"]),
        ("Councillor Dean proposed that the grit bins be replaced. The motion was withdrawn.", ["Jane Dean"]),
    ])
    cab.motions = [
        Motion(type="motion", text="that the highways report be deferred to the next meeting", positions=[1], proposer="Susan Bell",
               seconder="Roger Gough", outcome="deferred", item_number="7", item_title="Highways Report"),
        Motion(type="motion", text="that the grit bins be replaced", positions=[2], proposer="Jane Dean", outcome="withdrawn"),
    ]
    par = _doc("par", PARISH, None, date(2024, 11, 5), [
        ("Proposed G. Clere and seconded D. Pickston that a request be made for £3010.00 - unanimously agreed.", ["G Clere", "D Pickston"]),
        ("Proposed D. Pickston that the footpath be cleared; not seconded.", ["D Pickston"]),
        ("The clerk's report on the allotments was received.", []),
    ])
    par.motions = [
        Motion(type="motion", text="that a request be made for £3010.00", positions=[0], proposer="G Clere", seconder="D Pickston",
               outcome="carried", unanimous=True),
        Motion(type="motion", text="that the footpath be cleared", positions=[1], proposer="D Pickston"),
    ]
    und = _doc("und", PARISH, None, None, [
        ("Councillor Smith moved an amendment that the accounts be accepted, seconded by Councillor Dean; the mover accepted it.", ["Ann Smith", "Jane Dean"]),
        ("Any other business was taken.", []),
    ])
    und.motions = [
        Motion(type="amendment", text="that the accounts be accepted", positions=[0], proposer="Ann Smith", seconder="Jane Dean", outcome="accepted"),
        # No paragraph named: stored on the document's first paragraph; its words are only in its own text.
        Motion(type="motion", text="that the clerk write to the highways authority about the verges", positions=[], proposer="Ann Smith",
               outcome="carried", counts=_counts(5, None, None)),
    ]
    return [kcc, cab, par, und]


def _m(mid, doc, day, council, committee, item_number, item_title, type_, proposer, seconder, text, outcome, unanimous, counts, votes,
       resolution, paragraphs):
    return {"id": mid, "document_id": doc, "date": day, "council": council, "committee": committee, "item_number": item_number,
            "item_title": item_title, "type": type_, "proposer": proposer, "seconder": seconder, "text": text, "outcome": outcome,
            "unanimous": unanimous, "counts": counts, "votes": votes, "resolution": resolution, "paragraphs": paragraphs}


NONE_COUNTS = {"for": None, "against": None, "abstain": None}
NO_VOTES = {"for": [], "against": [], "abstain": []}

# Every motion as /api/motions should give it (url aside), newest first: dated by meeting, undated last.
EXPECTED = [
    _m("cab-m0", "cab", "2025-03-10", KENT, "Cabinet", "7", "Highways Report", "motion", "Susan Bell", "Roger Gough",
       "that the highways report be deferred to the next meeting", "deferred", None, NONE_COUNTS, NO_VOTES, None, ["cab-1"]),
    _m("cab-m1", "cab", "2025-03-10", KENT, "Cabinet", None, None, "motion", "Jane Dean", None,
       "that the grit bins be replaced", "withdrawn", None, NONE_COUNTS, NO_VOTES, None, ["cab-2"]),
    _m("kcc-m0", "kcc", "2025-02-13", KENT, "County Council", "5", "Revenue Budget 2025-26", "motion", "Roger Gough", "Peter Oakford",
       "that the revenue budget be approved", "carried", False, {"for": 3, "against": 1, "abstain": 1},
       {"for": ["Roger Gough", "Peter Oakford", "Susan Bell"], "against": ["Jane Dean"], "abstain": ["Mark Hood"]},
       "that the revenue budget for 2025-26 be approved", ["kcc-2", "kcc-5", "kcc-6"]),
    _m("kcc-m1", "kcc", "2025-02-13", KENT, "County Council", "5", "Revenue Budget 2025-26", "amendment", "Jane Dean", "Mark Hood",
       "that the library closures be reversed", "lost", False, {"for": 2, "against": 3, "abstain": 0},
       {"for": ["Jane Dean", "Mark Hood"], "against": ["Roger Gough", "Peter Oakford", "Susan Bell"], "abstain": []}, None, ["kcc-3", "kcc-4"]),
    # Its paragraph lies in item 5, and the motion names no item of its own: the paragraph's item.
    _m("kcc-m2", "kcc", "2025-02-13", KENT, "County Council", "5", "Revenue Budget 2025-26", "procedural", "Mark Hood", None,
       "that the meeting be extended by thirty minutes", "carried", True, NONE_COUNTS, NO_VOTES, None, ["kcc-7"]),
    _m("par-m0", "par", "2024-11-05", PARISH, None, None, None, "motion", "G Clere", "D Pickston",
       "that a request be made for £3010.00", "carried", True, NONE_COUNTS, NO_VOTES, None, ["par-0"]),
    _m("par-m1", "par", "2024-11-05", PARISH, None, None, None, "motion", "D Pickston", None,
       "that the footpath be cleared", None, None, NONE_COUNTS, NO_VOTES, None, ["par-1"]),
    _m("und-m0", "und", None, PARISH, None, None, None, "amendment", "Ann Smith", "Jane Dean",
       "that the accounts be accepted", "accepted", None, NONE_COUNTS, NO_VOTES, None, ["und-0"]),
    _m("und-m1", "und", None, PARISH, None, None, None, "motion", "Ann Smith", None,
       "that the clerk write to the highways authority about the verges", "carried", None, {"for": 5, "against": None, "abstain": None},
       NO_VOTES, None, ["und-0"]),
]


def build_index(index_dir: Path, docs: list[Document] | None = None) -> Path:
    """Write the documents through the writer the indexer uses."""
    with open_session(str(index_dir)) as session:
        for doc in docs if docs is not None else documents():
            session.replace(doc)
    return index_dir


def roles(motion: dict, name: str) -> set[str]:
    """How a person took part in a motion (brute force over the expected facts)."""
    key = name.casefold()
    found = set()
    if motion["proposer"] and motion["proposer"].casefold() == key:
        found.add("proposed")
    if motion["seconder"] and motion["seconder"].casefold() == key:
        found.add("seconded")
    for side in ("for", "against", "abstain"):
        if any(n.casefold() == key for n in motion["votes"][side]):
            found.add(side)
    return found


def names(motion: dict) -> set[str]:
    """Everyone a motion names: proposer, seconder, voters."""
    found = {motion["proposer"], motion["seconder"], *[n for side in ("for", "against", "abstain") for n in motion["votes"][side]]}
    return {n for n in found if n}
