# Builds labels.jsonl for blind motion set mb5/b. Labels were written by reading each document whole.
import os, json
HERE=os.path.dirname(os.path.abspath(__file__))
# file paths are copied byte for byte from the brief's list (kept here as selection_parish.txt)
P=[l.rstrip('\n') for l in open(os.path.join(HERE,'selection_parish.txt'),encoding='utf-8') if l.strip()]
assert len(P)==15
L='b (blind helper, Claude)'
def M(text,prop=None,sec=None,outcome=None,unan=None,typ='motion',cf=None,ca=None,cab=None,vf=(),va=(),vab=(),res=None,item=None):
    return {"type":typ,"text_start":text,"proposer":prop,"seconder":sec,"outcome":outcome,"unanimous":unan,
            "counts":{"for":cf,"against":ca,"abstain":cab},"votes":{"for":list(vf),"against":list(va),"abstain":list(vab)},
            "resolution_start":res,"item_number":item}
docs={}
# 1. Northwold, 5 Dec 2017. PRESENT: R. Crisp (Chairperson), C. Anderson, M. Peake, C Sharp, G Gillet, Susan Smith,
#    David Human, Nigel Nickles, C Pointeer. Initials: CA=C. Anderson, SS=Susan Smith, MP=M. Peake, CS=C Sharp,
#    NN=Nigel Nickles, RC=R. Crisp.
docs[P[0]]=dict(chair="R. Crisp",vice_chair=None,motions=[
 M("It was agreed that TTSR would be appointed for 1 year initially, on the basis of lower cost",
   "C. Anderson","Susan Smith","carried",True,item="9"),
 M("It was agreed that £650 as requested would be provided as a grant.",
   "C. Anderson","M. Peake","carried",None,cf=7,vab=["R. Crisp","C Sharp"],item="11"),
 M("It was agreed in principle to progress the project based on confirmation of life expectancy of the product",
   "C Sharp","C. Anderson","carried",None,cf=8,cab=1,item="12"),
 M("It was agreed that an additional plastic 25l bin should be ordered for Inghams Lane.",
   "Nigel Nickles","C Sharp","carried",True,item="14"),
 M("After consideration it was agreed that the Precept should be kept at its current level of £18,135.",
   "C Sharp","M. Peake","carried",True,item="16"),
 M("Cllr Human proposed that he progresses plans to deliver training on using the defibrillator in both villages",
   "David Human",None,"carried",True,item="21"),
])
# 2. West Dereham, 8 Jan 2004. Present: E. Drew - Chairman, Miss Richardson, B. Glover, M. Grief, Mrs Berry, Mrs. Fisher.
docs[P[1]]=dict(chair="E. Drew",vice_chair=None,motions=[
 M("It was proposed by Miss Richardson and seconded by B. Glover that the 11th December 2003 minutes be signed as a correct record.",
   "Richardson","B. Glover",None),
 M("Proposed B. Glover, seconded M. Grief application be recommended for approval.",
   "B. Glover","M. Grief",None),
])
# 3. West Dereham, 7 July 2014: every decision "agreed" / "approved" with no proposer, seconder or vote.
docs[P[2]]=dict(chair="Claire Cann",vice_chair=None,motions=[])
# 4. West Dereham, 8 Nov 2018 (printed date): no proposer anywhere. The one decision recorded as a majority decision
#    (item 10.2) is labelled; "agreed to object by a unanimous decision" (10.4), "content" items and the
#    continuation of the meeting past two hours ("All Councillors were content") are not.
docs[P[3]]=dict(chair="Claire Cann",vice_chair=None,motions=[
 M("The Parish Councillors agreed to object by a majority decision.",None,None,"carried",None,item="10.2"),
])
# 5. West Dereham, 7 Nov 2019: one vote by a majority (5.6), no proposer.
docs[P[4]]=dict(chair="Lorraine Hunt",vice_chair=None,motions=[
 M("Parishioner Councillors voted by a majority to not cut any of the branches from the tree.",None,None,"carried",None,item="5.6"),
])
# 6. Boughton, 1 Nov 2013: "was proposed ... all agreed" and "it was proposed and agreed" have no proposer.
docs[P[5]]=dict(chair="Frank Reid",vice_chair=None,motions=[])
# 7. Stoke Ferry, 9 June 2010. Cllr Mrs T Mann (Chairman), Cllr Mrs S Lansdell-Williams (Vice-chair).
docs[P[6]]=dict(chair="T Mann",vice_chair="S Lansdell-Williams",motions=[
 M("Councillor Mrs Leamon proposed acceptance, seconded by Cllr Mrs Markwell","M Leamon","J Markwell",None),
 M("Cllr Mrs Mendoza proposed approval for payment seconded by Cllr Precey","R Mendoza","M Precey",None),
])
# 8. Wretton, 11 Sept 2007: "A resolution was passed" with no proposer; nothing else.
docs[P[7]]=dict(chair="D Llewellyn",vice_chair=None,motions=[])
# 9. Wretton Annual Parish Meeting, 29 April 2009: no motion.
docs[P[8]]=dict(chair="D Llewellyn",vice_chair=None,motions=[])
# 10. Stoke Ferry, 1 March 2017. Attendance: Vice Chairman Mrs J Taylor; the Chairman, S Lintern, sent apologies.
#     Nothing says who chaired, so chair is null (as blind4 West Dereham 2011-06).
docs[P[9]]=dict(chair=None,vice_chair="J Taylor",motions=[
 M("That the minutes of the meeting held on Wednesday 1st February, 2017 be approved",
   "D Clements","M Leamon","carried",True,item="4"),
 M("That an internal audit report is presented quarterly as from 1st April, 2017",
   "J Taylor","D Clements","carried",True,item="11"),
 M("That the bills for March 2017 be paid","J Taylor","M Leamon","carried",None,cf=3,item="14"),
])
# 11. Stoke Ferry, 12 Nov 2014. Cllr D Clements (Chair), Cllr S Lintern (Vice-Chair), P Denny, T Ryves, J Stocking.
#     "Cllr McCarthy" (apologies) is printed only by surname.
docs[P[10]]=dict(chair="D Clements",vice_chair="S Lintern",motions=[
 M("Proposed: Cllr Denny. Seconded: Cllr Stocking. Carried","P Denny","J Stocking","carried",item="2"),
 M("Amendment to Standing Orders regarding recording of Council meetings: Cllr Lintern proposed, Cllr Stocking seconded.",
   "S Lintern","J Stocking","carried",item="3"),
 M("Cllr Ryves proposed that this scheme should be adopted.","T Ryves",None,"carried",False,
   cf=4,va=["D Clements"],item="6"),
 M("Regarding quote from Bonnetts to replace the liner for the bin on The Hill, Cllr Denny proposed acceptance",
   "P Denny","S Lintern","carried",item="13"),
 M("Cllr Denny proposed approval for payment, seconded by Cllr McCarthy.","P Denny","McCarthy","carried",item="13"),
])
# 12. West Dereham, 3 Dec 2009: payments and precept "agreed", no proposer.
docs[P[11]]=dict(chair="Claire Cann",vice_chair=None,motions=[])
# 13. Stoke Ferry, 30 April 2003. Mr A. White (Chairman), Mr M. Mycock (Vice-Chairman), M. Mann, C Stocking.
docs[P[12]]=dict(chair="A. White",vice_chair="M. Mycock",motions=[
 M("Mr Mann proposed that the minutes be adopted, seconded by Mr Mycock.","M. Mann","M. Mycock",None,item="3"),
 M("Mr Mycock proposed that the accounts be adopted, seconded by Mr Stocking.","M. Mycock","C Stocking",None,item="6"),
])
# 14. Wereham Annual Parish Council, 11 May 2010. P. Markwell elected Chairman, C. Humphries Vice Chairman.
docs[P[13]]=dict(chair="P. Markwell",vice_chair="C. Humphries",motions=[
 M("P. Markwell was proposed by C. Humphries and seconded by P. Norris","C. Humphries","P. Norris","carried"),
 M("C. Humphries was proposed by Mrs. Newell and seconded by Mrs. Everitt","Newell","Everitt","carried"),
 M("It was proposed by C. Humphries and seconded by D. Pickston that the Minutes of the meeting held on 9th March 2010 be signed as a correct record.",
   "C. Humphries","D. Pickston",None,item="1"),
 M("Payments: Village Hall £36.00 : Mazars £57.15 : Acorn Tree Services £117.50:","D. Pickston","Everitt",None,item="3"),
 M("It was proposed by C. Humphries and seconded by Mrs. Newell that the accounts be adopted as presented.",
   "C. Humphries","Newell",None),
])
# 15. West Dereham, 6 Feb 2014: everything "agreed by all", no proposer.
docs[P[14]]=dict(chair="Claire Cann",vice_chair=None,motions=[])

assert set(docs)==set(P)
with open(os.path.join(HERE,'labels.jsonl'),'w',encoding='utf-8') as f:
    for p in P:
        d=docs[p]
        f.write(json.dumps({"file":p,"labeller":L,"complete":True,"chair":d['chair'],"vice_chair":d['vice_chair'],
                            "motions":d['motions']},ensure_ascii=False)+'\n')
print('docs',len(P),'motions',sum(len(docs[p]['motions']) for p in P))
