# Builds labels.jsonl for blind motion set mb5/a. Labels were written by reading each document whole.
import os, json
HERE = os.path.dirname(os.path.abspath(__file__))
PARISH = [l.rstrip('\n') for l in open(os.path.join(HERE, 'selection_parish.txt'), encoding='utf-8') if l.strip()]
L = 'a (blind helper, Claude)'
def M(text, prop=None, sec=None, outcome=None, unan=None, typ='motion', cf=None, ca=None, cab=None,
      vf=(), va=(), vab=(), res=None, item=None):
    return {"type": typ, "text_start": text, "proposer": prop, "seconder": sec, "outcome": outcome, "unanimous": unan,
            "counts": {"for": cf, "against": ca, "abstain": cab},
            "votes": {"for": list(vf), "against": list(va), "abstain": list(vab)},
            "resolution_start": res, "item_number": item}
def pp(prefix):
    c = [p for p in PARISH if p.startswith('parish/' + prefix)]
    assert len(c) == 1, prefix
    return c[0]
docs = {}
# West Dereham, 5 Feb 2015: everything "agreed"/"approved", no proposer, no vote.
docs[pp('2015_04_west-dereham')] = dict(chair="Claire Cann", vice_chair=None, motions=[])
# Northwold, 4 Sept 2018: everything "agreed by all"/"approved", no proposer; chair not named.
docs[pp('2018_11_minutes-of-northwold')] = dict(chair=None, vice_chair=None, motions=[])
# Stoke Ferry, 9 July 2014
docs[pp('2014_09_stoke-ferry')] = dict(chair="D Clements", vice_chair="S Lintern", motions=[
    M("Cllr P Denny proposed acceptance of the Minutes seconded by Cllr L McCarthy.",
      "P Denny", "L McCarthy", "carried", item="2"),
    M("Cllr Mrs Leamon proposed approval for payment seconded by Cllr McCarthy",
      "M Leamon", "L McCarthy", "carried", item="6"),
])
# Stoke Ferry Annual Parish Meeting, 15 May 2013 (no chair named)
docs[pp('2013_05_stoke-ferry-annual')] = dict(chair=None, vice_chair=None, motions=[
    M("Mrs Clements proposed acceptance of the last Annual Parish Meeting Minutes seconded by Mr Ryves.",
      "D Clements", "T Ryves", "carried", True, item="2"),
])
# West Dereham, 4 Feb 2010 (printed 2009): nothing proposed.
docs[pp('2010_03_west-dereham')] = dict(chair="Claire Cann", vice_chair=None, motions=[])
# Northwold, 2 April 2019 (chair not named)
docs[pp('2019_04_northwold')] = dict(chair=None, vice_chair=None, motions=[
    M("The accounts to April 2nd 2019 were accepted, cheques agreed for signing and payments approved",
      "C Pointeer", "R Crisp", "carried", True, item="8(iv)"),
    M("The Councillors were all in agreement that they would like to sign the statement of the CPRE",
      "R Silvester", "C Pointeer", "carried", True, vab=["M Peake"], item="10(i)"),
])
# West Dereham, 5 March 2020: one recorded vote with no proposer.
docs[pp('2020_03_west-dereham')] = dict(chair="Lorraine Hunt", vice_chair=None, motions=[
    M("Parish Councillors voted to support the application.", None, None, "carried", item="10"),
])
# Wretton, 14 March 2007
docs[pp('2007_06_minutes-of-wretton')] = dict(chair="D Llewellyn", vice_chair=None, motions=[
    M("It was proposed, seconded and agreed to donate £50.00", None, None, "carried", item="6.1"),
    M("It was voted by 2 for and 1 against (with 1 abstention) to recommend approval.", None, None, "carried", False,
      cf=2, ca=1, cab=1, item="8"),
])
# West Dereham, 4 Feb 2016: everything "agreed", no proposer; a member of the public's proposal is not a motion.
docs[pp('2016_03_west-dereham')] = dict(chair="Claire Cann", vice_chair=None, motions=[])
# Wereham, 10 March 2009
docs[pp('2009_04_wereham')] = dict(chair="P. Markwell", vice_chair=None, motions=[
    M("that the Minutes be signed as correct subject to the two following items",
      "P. Norris", "P. Markwell", None, item="1"),
])
# Stoke Ferry, 2 Aug 2017
docs[pp('2017_11_stoke-ferry')] = dict(chair="Sue Lintern", vice_chair=None, motions=[
    M("The Chair advised that a letter of application for co-option to Stoke Ferry Parish Council had been received from Jim Neal",
      "Janet Taylor", "Daphne Clements", "carried", True,
      res="That Jim McNeall (JN) is approved to be Stoke Ferry Parish Councillor with immediate effect.", item="33/17"),
    M("The minutes of the Ordinary Parish Council Meeting held on 5 July 2017 were approved.",
      "Janet Taylor", "Daphne Clements", "carried", None, cf=5, cab=2, item="35/17"),
    M("That the following payments presented are approved:",
      "Trudi Mann", "Shirley Cordner", "carried", True, item="44/17"),
])
# West Dereham Annual Parish Meeting, 11 May 2006: nothing proposed.
docs[pp('2006_06_minutes-of-the-west-dereham')] = dict(chair="Richardson", vice_chair=None, motions=[])
# Boughton, 10 Aug 2012
docs[pp('2012_10_boughton')] = dict(chair="Frank Reid", vice_chair=None, motions=[
    M("requested close session meeting finalisation to agree other standing orders and procedures, agreed.",
      "Frank Reid", None, "carried", typ='procedural', item="1"),
    M("requested an adoption of controlled policy with no fouling notice, GPR agreed.",
      "Tim Madgwick", None, "carried", item="3"),
    M("I now table these for Council acceptance.", "Frank Reid", None, "carried", item="4"),
    M("A show of hands confirmed that if unsure, Council should not proceed with co-option at this time.",
      None, None, "carried", item="6"),
])
# Boughton, 24 Oct 2014
docs[pp('2014_12_boughton')] = dict(chair="Frank Reid", vice_chair=None, motions=[
    M("that the contractor that presented the lowest quote be invited to remove the diseased Horse Chestnut tree.",
      "Frank Reid", "David Cooper", "carried", True, item="6"),
    M("that the Council should proceed with Tom Robert\u2019s recommendation",
      "Frank Reid", "Carole Woolnough", "carried", True, item="7"),
    M("That Boughton Parish council adopts the \u2018Information Commissioner\u2019s Model Publication Scheme\u2019",
      "Carole Woolnough", "Peter Agate", "carried", True, item="7"),
    M("propose that we should prepare a draft policy to be adopted accordingly.",
      "Peter Agate", "Tom Roberts", "carried", True, item="11"),
])
# Wretton report on the 13 Nov 2007 meeting: a narrative report, nothing proposed; chair not named.
docs[pp('2008_01_report-from-wretton')] = dict(chair=None, vice_chair=None, motions=[])

assert len(docs) == len(PARISH) == 15
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for p in PARISH:
        d = docs[p]
        f.write(json.dumps({"file": p, "labeller": L, "complete": True, "chair": d['chair'],
                            "vice_chair": d['vice_chair'], "motions": d['motions']}, ensure_ascii=False) + '\n')
print('wrote', len(docs), 'documents,', sum(len(d['motions']) for d in docs.values()), 'motions')
