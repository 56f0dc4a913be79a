import os, json
# Builds labels.jsonl for blind motion set mb6/a (15 Norfolk parish minutes fixed by the brief).
# Labels were written by reading each document whole; nothing here reads the project's code or output.
HERE = os.path.dirname(os.path.abspath(__file__))
PARISH = [l.rstrip('\n') for l in open(os.path.join(HERE, 'selection_parish.txt'), encoding='utf-8') if l.strip()]
assert len(PARISH) == 15
L = 'a (blind helper, Claude)'


def M(text, prop=None, sec=None, outcome=None, unan=None, typ='motion', cf=None, ca=None, cab=None,
      vf=(), va=(), vab=(), res=None, item=None):
    return {"type": typ, "text_start": text, "proposer": prop, "seconder": sec, "outcome": outcome,
            "unanimous": unan, "counts": {"for": cf, "against": ca, "abstain": cab},
            "votes": {"for": list(vf), "against": list(va), "abstain": list(vab)},
            "resolution_start": res, "item_number": item}


docs = {}

# 1. West Dereham extraordinary meeting, 9 May 2008 (Glazewing). Public meeting chaired by the MP on the
#    council's behalf; the council's short business ("agreed the accounts") has no proposer. No motion.
docs[PARISH[0]] = dict(chair="Richardson", vice_chair=None, motions=[])

# 2. West Dereham, 1 August 2013. Everything "agreed" / "All Councillors agreed" / "unanimously agreed",
#    no proposer, no seconder, no count. No motion.
docs[PARISH[1]] = dict(chair="Claire Cann", vice_chair=None, motions=[])

# 3. Northwold, 5 April 2011. Only "agreed" decisions; "The meeting was suspended" has no mover. No chair named.
docs[PARISH[2]] = dict(chair=None, vice_chair=None, motions=[])

# 4. Wereham, 11 November 2008. P. Markwell present as Vice Chairman; nothing says who chaired.
#    Co-option by paper ballot ("Mrs. Karin Newell was duly elected"): no proposal, no count -> not labelled.
docs[PARISH[3]] = dict(chair=None, vice_chair="P. Markwell", motions=[
    M("Mrs. Willis proposed and C. Humphries seconded that the Minutes of the meeting held on 9th September 2008 be signed as a correct record.",
      "Willis", "C. Humphries", None, None, item="2"),
    M("Br. Legion Poppy Appeal: £16.50 - proposed P. Norris and seconded Mrs. Willis - pass for payment.",
      "P. Norris", "Willis", None, None, item="5"),
])

# 5. Stoke Ferry, 12 January 2011. T Mann resigned as Chairman; D Summers elected and took the Chair.
#    Vice-Chairman (Lansdell-Williams) resigned; none elected.
docs[PARISH[4]] = dict(chair="D Summers", vice_chair=None, motions=[
    M("Cllr Mrs Lansdell-Williams proposed Cllr Nicholas-Letch seconded by Cllr Mrs Leamon",
      "S Lansdell-Williams", "M Leamon", "withdrawn", None),
    M("Cllr Mrs Leamon proposed Cllr Summers seconded by Cllr Precey.",
      "M Leamon", "M Precey", "carried", None, cf=5, cab=1),
    M("Cllr Mrs Mendoza proposed acceptance, seconded by Cllr Mrs Mann.",
      "R Mendoza", "T Mann", None, None),
    M("Cllr Precey proposed the Parish Council are not able to give any help at the moment",
      "M Precey", "T Mann", "carried", None, cf=5, cab=2),
    M("Cllr Mrs Lansdell-Williams proposed that the sum of £500 for Elections be Removed from the Budget",
      "S Lansdell-Williams", "J Nicholas-Letch", "lost", False, cf=2, ca=3, cab=1),
    M("Cllr Nicholas-Letch proposed requesting a Precept of £11,333.00 an increase of 3%",
      "J Nicholas-Letch", "T Mann", "carried", None, cf=4, cab=3),
    M("Cllr Mrs Leamon proposed approval for payment seconded by Cllr Mrs Mendoza",
      "M Leamon", "R Mendoza", None, None),
])

# 6. Wretton, 12 May 2014 (annual business). Two nominations "proposed and seconded", no names.
#    "Cllr M Peake" as Vice-Chairman: both Mick Peake and Mandy Peake are members, so written as printed.
docs[PARISH[5]] = dict(chair="David Llewellyn", vice_chair="M Peake", motions=[
    M("It was proposed and seconded that Cllr D Llewellyn should remain as Chairman.",
      None, None, "carried", None, item="1"),
    M("It was proposed and seconded that Cllr M Peake should remain as Vice-Chairman.",
      None, None, "carried", None, item="5"),
])

# 7. Wretton, 3 September 2012. Recorded vote on the part night lighting policy, 4 for, 3 against.
docs[PARISH[6]] = dict(chair="David Llewellyn", vice_chair=None, motions=[
    M("Discussion took place before a vote was taken for those in favour of the part night lighting policy.",
      None, None, "carried", False, cf=4, ca=3, item="7.5"),
])

# 8. Northwold, 6 March 2018. All decisions "approved by all" / "It was agreed", no proposer. No motion.
docs[PARISH[7]] = dict(chair="R. Crisp", vice_chair=None, motions=[])

# 9. Stoke Ferry Annual Parish Council Meeting, 18 May 2011 (file cut off at "Accounts for Approval").
#    J Nicholas-Letch elected Chairman for this meeting and took the chair.
docs[PARISH[8]] = dict(chair="J Nicholas-Letch", vice_chair=None, motions=[
    M("Cllr Ryves proposed Cllr Nicholas-Letch seconded by Cllr Mr Leamon.",
      "T Ryves", "M Leamon", "carried", None),
    M("Subject to this amendment Cllr Mrs Leamon proposed acceptance seconded by Cllr Ryves",
      "M Leamon", "T Ryves", None, None, item="1"),
    M("The Clerk asked if the Financial Regulations had been read and if they were in agreement with them.",
      "Mann", "T Ryves", "carried", None),
    M("The Clerk asked if everyone was in agreement with the Risk Assessment and Management Document.",
      "M Leamon", "T Ryves", "carried", None),
    M("The Clerk asked if everyone was happy with the Annual Governance Statement Section 2.",
      "T Ryves", "M Leamon", "carried", None),
    M("The Clerk asked if everyone was happy with the End of Year Accounts she had prepared",
      "M Leamon", "T Ryves", "carried", None),
    M("After some discussion the Clerk asked for a vote. Two councillors voted for all five to be co-opted",
      None, None, "carried", False, cf=2, ca=1),
    M("Cllr Mrs Clements was proposed by Cllr Mrs Leamon seconded by Cllr Ryves.",
      "M Leamon", "T Ryves", "carried", None),
])

# 10. West Dereham, 14 September 2006 (heading prints 2007). Payment proposal; result never stated.
docs[PARISH[9]] = dict(chair="Richardson", vice_chair=None, motions=[
    M("C.G.M. Ltd - Half year grass & grounds maintenance - £696. 56 - proposed Mrs. Fisher and seconded Mrs. Berry pass for payment.",
      "Fisher", "Berry", None, None, item="6"),
])

# 11. West Dereham Annual Parish Council Meeting, 15 May 2019. Election of Chairman (item 1, chaired by
#     Claire Cann); PW = Pam Walker, LH = Lorraine Hunt, PK = Paula Kellingray (PRESENT list).
#     "All Councillors noted that they were content" (payments, assets register): no proposer, not labelled.
docs[PARISH[10]] = dict(chair="Pam Walker", vice_chair=None, motions=[
    M("PW was proposed as Chairman by LH and seconded by PK.",
      "Lorraine Hunt", "Paula Kellingray", "carried", None, item="1"),
])

# 12. West Dereham, 14 November 2002.
docs[PARISH[11]] = dict(chair="E. Drew", vice_chair=None, motions=[
    M("It was proposed by B. Glover and seconded by Miss Richardson that the minutes of the October meeting be signed as a correct record.",
      "B. Glover", "Richardson", None, None),
    M("Proposed P. Wood, seconded B. Glover pass for payment.",
      "P. Wood", "B. Glover", None, None),
    M("C.A.B. request for a donation - £25.00 proposed P. Wood, seconded Miss Richardson unanimously agreed.",
      "P. Wood", "Richardson", "carried", True),
])

# 13. Stoke Ferry, 8 October 2014. Chair D Clements; Vice-Chair S Lintern sent apologies.
#     Items after 9 are printed "1.", "1.", "2.", "3." by the markdown conversion (10, 11, 12, 13):
#     the payments item is written "13".
docs[PARISH[12]] = dict(chair="D Clements", vice_chair="S Lintern", motions=[
    M("Cllr Denny proposed acceptance of the Minutes, seconded by Cllr McCarthy.",
      "P Denny", "L McCarthy", "carried", None, item="2"),
    M("Cllr Denny proposed that the Standing Orders be thus amended, Cllr McCarthy seconded.",
      "P Denny", "L McCarthy", "carried", None, item="9"),
    M("Cllr Denny proposed approval for payment, seconded by Cllr McCarthy.",
      "P Denny", "L McCarthy", "carried", None, item="13"),
])

# 14. Northwold, 3 September 2013. "All Councillors approved/agreed", no proposer; "Meeting suspended" has no mover.
docs[PARISH[13]] = dict(chair="R Crisp", vice_chair=None, motions=[])

# 15. Wretton, 13 November 2007. "It was resolved to increase the precept" and "It was agreed", no proposer.
docs[PARISH[14]] = dict(chair="D Llewellyn", vice_chair=None, motions=[])

assert set(docs) == set(PARISH)
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for rel in PARISH:
        d = docs[rel]
        f.write(json.dumps({"file": rel, "labeller": L, "complete": True, "chair": d['chair'],
                            "vice_chair": d['vice_chair'], "motions": d['motions']}, ensure_ascii=False) + '\n')
print(len(PARISH), 'documents,', sum(len(docs[r]['motions']) for r in PARISH), 'motions')
