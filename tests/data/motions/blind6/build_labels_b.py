# Builds labels.jsonl for blind motion set mb6/b (parish list b). Labels were written by reading each
# document whole (cat/grep/sed); nothing here was derived from the project's code or output.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
# selection_parish.txt is a byte copy of /work/helpers/xb7/parish_b.txt; paths are never retyped.
FILES = [l.rstrip('\n') for l in open(os.path.join(HERE, 'selection_parish.txt'), encoding='utf-8') if l.strip()]
assert len(FILES) == 15
L = 'b (blind helper, Claude)'


def M(text, prop=None, sec=None, outcome=None, unan=None, typ='motion', cf=None, ca=None, cab=None,
      vf=(), va=(), vab=(), res=None, item=None):
    return {"type": typ, "text_start": text, "proposer": prop, "seconder": sec, "outcome": outcome,
            "unanimous": unan, "counts": {"for": cf, "against": ca, "abstain": cab},
            "votes": {"for": list(vf), "against": list(va), "abstain": list(vab)},
            "resolution_start": res, "item_number": item}


docs = {}

# 1. West Dereham 5 April 2018. "Lorraine Hunt (LH) Chair of Meeting". PB = Pam Bullas, CW = Claire Williams,
#    PK = Paula Kellingray. Payments ("All Councillors noted they were content") and the continuation past two
#    hours ("All Councillors were content") have no proposer: not labelled.
docs[FILES[0]] = dict(chair="Lorraine Hunt", vice_chair=None, motions=[
    M("It was agreed that the Parish Councillors should have the use of a Debit Card banking facility",
      "Claire Williams", "Paula Kellingray", "carried", True, item="7.2"),
    # deferral of an agenda item's business: typed procedural (postponement); see README
    M("PB proposed that as Parish Councillors were due to carry out a quarterly inspection on Saturday 7th April",
      "Pam Bullas", "Lorraine Hunt", "carried", True, typ='procedural', item="9.2"),
])

# 2. Northwold 3 October 2017. "Cllr R. Crisp (Chairperson)".
docs[FILES[1]] = dict(chair="R. Crisp", vice_chair=None, motions=[
    M("The Council agreed to progress the trod at Methwold Road only.",
      "C Sharp", "C. Anderson", "carried", None, item="10(i)"),
    # Smith relays the PCC's offer "and therefore proposed that ..."; no seconder, no result ("Cllr S Smith to progress").
    M("proposed that if the Parish Council funds the installation of a sensor switch / unit then the running costs",
      "Susan Smith", None, None, None, item="11(i)"),
])

# 3. Northwold 7 September 2010: every decision "agreed" with no proposer; no chair named.
docs[FILES[2]] = dict(chair=None, vice_chair=None, motions=[])

# 4. Wereham Parish Meeting 13 May 2008: "R. Lankfer - Chairman"; no motion.
docs[FILES[3]] = dict(chair="R. Lankfer", vice_chair=None, motions=[])

# 5. West Dereham 1 October 2020 (virtual). "Lorraine Hunt (LH) Chair"; SP = Susan Pepper.
#    The Parishioner's play-area "proposal" is from a non-member: not labelled.
docs[FILES[4]] = dict(chair="Lorraine Hunt", vice_chair=None, motions=[
    M("she requested that Parish Councillors give their approval to viring £200 from Parish Council reserves",
      "Lorraine Hunt", "Susan Pepper", "carried", None, item="7.3"),
])

# 6. Stoke Ferry 3 April 2019. "Cllr Sue Lintern (Chair)"; Jim McNeill (Vice-Chair) sent apologies.
#    85/19 adjournment for public comments and 87/19 exclusion of press and public ("Resolved.") have no proposer.
docs[FILES[5]] = dict(chair="Sue Lintern", vice_chair="Jim McNeill", motions=[
    M("the minutes of the Ordinary meeting held on 6 March 2019 were accepted as a true record",
      "Daphne Clements", "Trudy Mann", "carried", None, cf=5, cab=1, item="71/19"),
    M("The Parish Council had received a revised Communications protocol, proposed by Cllr Kit Hesketh-Harvey",
      "Kit Hesketh-Harvey", "Gail Reeve", "carried", True, item="77/19"),
    M("Cllr Daphne Clements proposed the approval of the adoption of the Equal Opportunities Policy as presented",
      "Daphne Clements", "Sue Lintern", "carried", True, item="78/19"),
    M("Cllr Daphne Clements proposed the approval of the adoption of the Grievance Policy as presented",
      "Daphne Clements", "Gail Reeve", "carried", True, item="79/19"),
    M("The payments were proposed for approval by Cllr Mandy Leamon, seconded by Cllr Daphne Clements",
      "Mandy Leamon", "Daphne Clements", "carried", True, item="81/19"),
    # "the Chair proposed that ... should continue providing a return" then the formal proposal; one motion.
    M("Cllr Sue Lintern proposed to return the audit to the External Auditor, seconded by Cllr Kit Hesketh-Harvey",
      "Sue Lintern", "Kit Hesketh-Harvey", "carried", True, item="82/19"),
])

# 7. Wretton 4 January 2016. "Cllr David Llewellyn - Chairman"; everything "agreed" / "agreed by all".
docs[FILES[6]] = dict(chair="David Llewellyn", vice_chair=None, motions=[])

# 8. West Dereham 1 December 2011 (file ends mid-item 7). "Mrs Claire Cann – Chairman". The Vice-Chairman
#    election was deferred with no nomination made.
docs[FILES[7]] = dict(chair="Claire Cann", vice_chair=None, motions=[])

# 9. West Dereham 6 October 2016. "Claire Cann (CC) - Chair". 6.2 "CC advised that she felt the Clerk's salary
#    budget should be increased ...; this was agreed by all" is an opinion agreed to, not a proposal: not labelled.
docs[FILES[8]] = dict(chair="Claire Cann", vice_chair=None, motions=[])

# 10. West Dereham 1 September 2011 (file ends at item 6). "Mrs Claire Cann – Chairman". No motion.
docs[FILES[9]] = dict(chair="Claire Cann", vice_chair=None, motions=[])

# 11. West Dereham 3 December 2015. "Claire Cann (CC) – Chairman". Everything "agreed (by all)".
docs[FILES[10]] = dict(chair="Claire Cann", vice_chair=None, motions=[])

# 12. West Dereham 2 October 2014. "Claire Cann (CC) – Chairman". Everything "agreed".
docs[FILES[11]] = dict(chair="Claire Cann", vice_chair=None, motions=[])

# 13. West Dereham 5 March 2015. "Claire Cann (CC) – Chairman". Item 8 is a recorded division (4 for, 2 against)
#     with no proposer: labelled, as blind2/blind4 did for recorded votes.
docs[FILES[12]] = dict(chair="Claire Cann", vice_chair=None, motions=[
    M("It was agreed to accept the quotation from CGM for £3004.09 plus VAT by four votes in favour and two against.",
      None, None, "carried", False, cf=4, ca=2, item="8"),
])

# 14. West Dereham 14 October 2004. "Mr. E. Drew - Chairman". No result printed for either motion.
docs[FILES[13]] = dict(chair="E. Drew", vice_chair=None, motions=[
    M("Miss Richardson proposed and Mrs. Berry seconded that the minutes of the September meeting be signed as a correct record.",
      "Richardson", "Berry", None, None),
    M("Payments: Tapping House Hospice £25.00: County Grounds Maintenance £896.56.",
      "M. Grief", "Richardson", None, None),
])

# 15. West Dereham 13 March 2008. "Miss Richardson - chairperson". Payment line, no result printed.
docs[FILES[14]] = dict(chair="Richardson", vice_chair=None, motions=[
    M("Payments: Audit Commission - £58. 75: proposed Mrs. Berry seconded Mrs. Cann pass for payment.",
      "Berry", "Cann", None, None, item="6"),
])

with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as out:
    for f in FILES:
        d = docs[f]
        out.write(json.dumps({"file": f, "labeller": L, "complete": True, "chair": d["chair"],
                              "vice_chair": d["vice_chair"], "motions": d["motions"]}, ensure_ascii=False) + "\n")
print(len(FILES), 'documents,', sum(len(docs[f]['motions']) for f in FILES), 'motions')
