import os
# Builds labels.jsonl for blind motion set mb4. Labels were written by reading each document whole.
import json
OTHER=[l.rstrip('\n') for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'selection_other.txt'),encoding='utf-8')][:9]
PARISH=[l.rstrip('\n') for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'selection_parish.txt'),encoding='utf-8') if l.strip()]
L='mb4 (blind helper, Claude)'
def M(text,prop=None,sec=None,outcome=None,unan=None,typ='motion',cf=None,ca=None,cab=None,vf=(),va=(),vab=(),res=None,item=None):
    return {"type":typ,"text_start":text,"proposer":prop,"seconder":sec,"outcome":outcome,"unanimous":unan,
            "counts":{"for":cf,"against":ca,"abstain":cab},"votes":{"for":list(vf),"against":list(va),"abstain":list(vab)},
            "resolution_start":res,"item_number":item}
docs={}
# ---------------- Limerick ----------------
# 1. Annual Meeting 26 June 2017
KEARY_FOR=["Daniel Butler","J. Collins","M. Collins","Vivienne Crowley","Donegan","Foley","Galvin","Noel Gleeson","Hogan",
 "Michael Hourigan","Hurley","Keary","Seán Lynch","Mitchell","O’Brien","O’Dea","O’Donnell","O’Donoghue","Kieran O’Hanlon",
 "Pond","Ryan","Scanlan","John Sheahan","K. Sheahan","M. Sheahan","Teefy","Adam Teskey"]
COST_FOR=["Browne","Costelloe","Loftus","McCreesh","McMahon","Ó Ceallaigh","Secas","Sheehy"]
KEL_FOR=["Keller","Prendiville"]
assert len(KEARY_FOR)==27 and len(COST_FOR)==8
docs[OTHER[0]]=dict(chair="Keary",vice_chair="Hurley",motions=[
 M("On the proposal of Councillor Collins (M), seconded by Councillor Sheahan (J), the suspension of Standing Orders, as outlined, was agreed.",
   "M. Collins","John Sheahan","carried",typ='procedural'),
 M("That, Councillor Keary be appointed Mayor of the City and County of Limerick to hold office",
   "John Sheahan","Adam Teskey","carried",None,cf=27,cab=0,vf=KEARY_FOR,item="1"),
 M("That, Councillor Costelloe be appointed Mayor of the City and County of Limerick to hold office",
   "McCreesh","Browne","lost",None,cf=8,cab=0,vf=COST_FOR,item="1"),
 M("That, Councillor Keller be appointed Mayor of the City and County of Limerick to hold office",
   "Prendiville","Keller","lost",None,cf=2,cab=0,vf=KEL_FOR,item="1"),
 M("That, Councillor Hurley be appointed Deputy Mayor of the City and County of Limerick",
   "John Sheahan","M. Sheahan","carried",None,cf=27,cab=0,vf=KEARY_FOR,item="2"),
 M("That, Councillor Secas be appointed Deputy Mayor of the City and County of Limerick",
   "Browne","Ó Ceallaigh","lost",None,cf=8,cab=0,vf=COST_FOR,item="2"),
 M("That, Councillor Keller be appointed Deputy Mayor of the City and County of Limerick",
   "Prendiville","Keller","lost",None,cf=2,cab=0,vf=KEL_FOR,item="2"),
 M("Councillor Sheahan (J) proposed that, in addition to the Mayor of the City and County of Limerick (Councillor Keary)",
   "John Sheahan","M. Collins","carried",item="3"),
])
# 2. Metropolitan District 19 Dec 2016
docs[OTHER[1]]=dict(chair="Michael Hourigan",vice_chair=None,motions=[
 M("That the draft Minutes, as circulated, be taken as read and adopted and signed","Butler","Sheahan","carried",item="1"),
 M("I will call at the next Meeting on Limerick City and County Council, in partnership with Limerick",
   "Elena Secas","Joe Leddin",None,item="15"),
 M("I will move at the next Meeting that Limerick Metropolitan District request the consultants",
   "Cian Prendiville","Keller","lost",item="16"),
 M("move at the next Meeting that Limerick’s Metropolitan District",
   "Cian Prendiville",None,None,item="17"),
 M("That Limerick Metropolitan District write to Irish Water and the relevant Minister urging them to introduce an exemption",
   "Collins","Séighin Ó Ceallaigh","carried",typ='amendment',item="17"),
 M("I will move at the next Meeting that this District calls on the Minister for Local Government,",
   "Séighin Ó Ceallaigh","McCreesh",None,item="19"),
])
# 3. Adare-Rathkeale 1 June 2016
docs[OTHER[2]]=dict(chair="A. Teskey",vice_chair=None,motions=[
 M("that times should be allocated to items on the agenda that required the attendance of deputations",
   "K. Sheahan","McMahon","carried",typ='procedural'),
 M("that the Part 8 should proceed","E. O’Brien","K. Sheahan","carried",item="3"),
 M("that the District requested that provision be made in the 2017 budget to allow Phase 1 of this project",
   "K. Sheahan","R. O'Donoghue","carried",item="7"),
 M("That the draft Minutes, as circulated, be taken as read, adopted and signed","R. O'Donoghue","Keary","carried",item="1"),
 M("will move at the next Meeting that all works carried out under tender for the Council are judged on workmanship",
   "R. O'Donoghue","Keary",None,item="9"),
 M("will move at the next Meeting, as an elected representative for the immediate area of Kilcornan,",
   "K. Sheahan",None,"carried",item="12"),
 M("will move at the next Meeting that, if a request has been received from Kilcornan Community Council",
   "K. Sheahan",None,"carried",item="13"),
])
# 4. Metropolitan District 21 Sept 2020
MIN="That the draft Minutes, as circulated, be taken as read and adopted and signed"
docs[OTHER[3]]=dict(chair="Sarah Kiely",vice_chair=None,motions=[
 M(MIN,"O’Hanlon","O’Dea","carried",item="1(a)"),
 M(MIN,"O’Hanlon","O’Dea","carried",item="1(b)"),
 M(MIN,"O’Hanlon","O’Dea","carried",item="1(c)"),
 M("to approve the Draft Limerick City and County Council Road Traffic (30 Kilometres per hour Special Speed Limit) Bye-Laws 2020",
   "E. Secas","O’Sullivan","carried",item="3"),
 M("I will move at the next meeting of the Metropolitan District of Limerick that Limerick City and",
   "S. Hartigan","J. Costelloe","carried",item="22"),
 M("I will move at the next meeting of the Metropolitan District of Limerick that Limerick City and",
   "S. Hartigan","S. Benson",None,item="23"),
 M("I will move at the next Meeting of the Metropolitan District of Limerick that this Council moves",
   "C. Sheehan","O’Sullivan",None,item="25"),
 M("I will move that in light of traffic movement at the back of Scoil Ide on the Mill Road side of",
   "Daly","O’Hanlon","carried",item="25"),
 M("I will move at the next Meeting of the Metropolitan District of Limerick that this Council calls on",
   "C. Sheehan","E. Secas","carried",item="26"),
 M("I will call upon Limerick City and County Council to join the University of Limerick Student Life’s",
   "E. Secas","C. Sheehan","carried",item="27"),
 M("I will move at the next meeting that this Council, facilitate the lighting up of City Hall in purple",
   "S. Benson","J. Costelloe","carried",item="29"),
])
# 5. Special Meeting 9 May 2025: vote of sympathy, no motion
docs[OTHER[4]]=dict(chair="D. McSweeney",vice_chair=None,motions=[])
# 6. Newcastle West 13 July 2022
NMIN="That, the draft Minutes, as circulated, be taken as read and adopted and signed"
docs[OTHER[5]]=dict(chair="F. Foley",vice_chair=None,motions=[
 M(NMIN,"Sheahan","T. Ruddle","carried",item="1(a)"),
 M(NMIN,"Sheahan","T. Ruddle","carried",item="1(b)"),
 M("that the following Notice of Motion be referred to the Corporate Services Section for inclusion on the Agenda of the next Full Council Meeting",
   "J. Scanlan","T. Ruddle",None,item="3"),
 M("to allocate €1,000 to Glin Community Association.","Sheahan","F. Foley","carried",item="4"),
 M("to allocate €500 to Old Mill Development Association for a defibrillator.","Collins","F. Foley","carried",item="4"),
 M("allocate €1,000 to Newcastle West Cricket Club.","T. Ruddle","J. Scanlan","carried",item="4"),
 M("I will move at the next Meeting that the bus stop sign be replaced in the village of",
   "L. Galvin","F. Foley",None,item="14"),
 M("in light of commitment from the TII Road Safety of €5M",
   "L. Galvin","F. Foley",None,item="15"),
 M("I will move at the next Meeting that immediate safety measures are taken to protect drivers",
   "J. Scanlan","T. Ruddle",None,item="16"),
 M("I will move at the next Meeting that a survey of traffic activity be undertaken at",
   "J. Scanlan","Collins",None,item="17"),
])
# 7. JPC 4 Dec 2020
docs[OTHER[6]]=dict(chair="Adam Teskey",vice_chair=None,motions=[
 M("Proposed by Councillor M. Ryan Seconded by Councillor S. Keary","Martin Ryan","S. Keary",None,item="1"),
 M("I will ask An Garda Síochána for an update on incidents of anti social behavior around the former",
   "C. Sheehan","S. Kiely","carried",item="14"),
])
# 8. EDEP SPC 8 Feb 2021
docs[OTHER[7]]=dict(chair="Eddie Ryan",vice_chair=None,motions=[
 M("The draft minutes were adopted on the proposal of Cllr. J. Scanlan, seconded by Cllr. C. Slattery and unanimously agreed.",
   "Jerome Scanlan","Catherine Slattery","carried",True,item="1"),
 M("to suspend Standing Orders in order to allow completion of the meeting.","Olivia O’Sullivan","Liam Galvin","carried",True,
   typ='procedural',item="4"),
])
# 9. Alameda Planning Board 8 Feb 2021
docs[OTHER[8]]=dict(chair="Alan Teague",vice_chair="Asheshh Saheba",motions=[
 M("Board Member Hom made a motion to approve the minutes.","Hanson Hom","Ron Curtis","carried",None,cf=7,ca=0,item="8-A"),
])
# ---------------- Parish ----------------
P=dict((p.split('/',1)[1][:40],p) for p in PARISH)
def pp(prefix):
    c=[p for p in PARISH if p.startswith('parish/'+prefix)]; assert len(c)==1,prefix; return c[0]
docs[pp('2003_04_west-dereham')]=dict(chair="E. Drew",vice_chair=None,motions=[
 M("Key cutting £10.00 N.C.A.P.& T.C. £92.07 Clerk's salary £1050.00 Proposed Mrs. Berry and seconded T. Manley pass for payment",
   "D. Berry","T. Manley","carried",True),
])
docs[pp('2003_08_wereham')]=dict(chair="R. Lankfer",vice_chair=None,motions=[
 M("that the May 2003 Annual Parish Council Meeting minutes be signed as a correct record.","G. Clere","Willis",None),
 M("Payments: Norfolk Playing Fields £15.00: N.C.A. of P.& T. Councils £109.62:","G. Clere","D. Pickston",None),
])
docs[pp('2005_01_west-dereham')]=dict(chair="E. Drew",vice_chair=None,motions=[
 M("that the minutes of the meeting held on 14th October 2004 be signed as a correct record.","B. Glover","Cairn",None,item="3"),
 M("Payments: Royal British Legion £34.50: West Dereham Plant Ltd £105.75: West Norfolk M.E. Support £10.00",
   "Cann","M. Grief",None,item="6"),
])
docs[pp('2005_06_minutes-for-wretton')]=dict(chair="D Llewellyn",vice_chair=None,motions=[
 M("The minutes for the meeting on Wednesday 19th January were approved, proposed by Cllr M Peake and seconded by Cllr Briston",
   "M Peake","S Briston","carried",item="3"),
])
docs[pp('2006_04_wereham')]=dict(chair="R. Lankfer",vice_chair=None,motions=[
 M("that the Minutes of the meeting held on 11th January 2006 be signed as a correct record.","C. Humphries","P. Markwell",None,item="3"),
 M("Payments: N.R.C.C. £15. 00 Norfolk Playing Field Assoc. £15.00 proposed G. Clere and seconded Mrs. Willis - pass for payment.",
   "G. Clere","Willis",None,item="6"),
])
docs[pp('2006_08_minutes-of-stoke-ferry')]=dict(chair="T Mann",vice_chair="T Mann",motions=[
 M("County Councillor T White proposed the Minutes be adopted seconded by Mr M Precey.","T White","M Precey",None,item="4"),
 M("Mr Precey proposed adoption of the accounts seconded by Mr Ferrie.","M Precey","M Ferrie",None,item="6"),
 M("Mr M Precey proposed approval for payment seconded by Mr M Ferrie","M Precey","M Ferrie",None,item="9"),
])
docs[pp('2006_08_minutes-of-wretton')]=dict(chair="D Llewellyn",vice_chair="I Mack",motions=[
 M("Cllr. D Llewellyn was proposed by Cllr. M Peake, 2nd by Cllr. I Mack and with no other nominations re-elected as Chairman.",
   "M Peake","I Mack","carried",item="1"),
 M("Cllr M Peake was proposed by Cllr. B Glover.","B Glover",None,"lost",item="5"),
 M("Cllr I Mack was proposed by Cllr. N Pilgrim.","N Pilgrim",None,"carried",item="5"),
])
docs[pp('2008_03_west-dereham')]=dict(chair="Richardson",vice_chair=None,motions=[
 M("that the Minutes of the meeting held on 10th January 2008 be signed as a correct record.","R. Drew","Berry",None,item="3"),
 M("Payments: Pearce and Kemp Ltd £68. 02, W.N.B.C. (4 years rent on Playing field area) £20. 00:","R. Drew","Berry",None,item="6"),
])
docs[pp('2011_07_west-dereham')]=dict(chair=None,vice_chair="Paddy Murfitt",motions=[])
docs[pp('2013_10_west-dereham')]=dict(chair="Claire Cann",vice_chair=None,motions=[])
docs[pp('2015_10_northwold')]=dict(chair="R. Crisp",vice_chair=None,motions=[
 M("the Chair asked for a vote by a show of hands for Mr Jenkinson – show of hands was 6.",None,None,"carried",cf=6,item="15/06/1"),
 M("The chair then asked for a show of hands for Mr Eglington initially there was a show of 4,",None,None,"carried",cf=6,item="15/06/1"),
])
docs[pp('2019_03_northweold')]=dict(chair="C Anderson",vice_chair="C Anderson",motions=[
 M("The minutes from the meeting held on 2nd October 2018 were agreed by all Councillors present (Prop. CP, 2nd GG, All agreed).",
   "C Pointeer","G Gillett","carried",True,item="4"),
 M("It was resolved not to pursue an objection to this (4 in support, 1 against, 1 abstention).",None,None,"carried",False,
   cf=4,ca=1,cab=1,item="5"),
])
docs[pp('2020_02_stoke-ferry')]=dict(chair="Sue Lintern",vice_chair="Jim McNeill",motions=[
 M("The minutes of the Ordinary meeting held on 7 August 2019 were proposed for approval by Cllr Janet Taylor,",
   "Janet Taylor","Daphne Clements","carried",None,cf=6,cab=1,item="207/19"),
 M("The minutes of the Extraordinary meeting held on 21 August 2019 were proposed for approval by Cllr Mandy Leamon,",
   "Mandy Leamon","Daphne Clements","carried",None,cf=6,cab=1,item="207/19"),
 M("to continue to use the soil area for grass cuttings in the cemetery and not use a skip,",
   "Sue Lintern","Daphne Clements","carried",True,item="210/19"),
 M("the purchase of one poppy wreath, five large poppies and 21 wooden crosses for names of remembrance",
   "Janet Taylor","Sue Lintern","carried",True,item="212/19"),
 M("Cllr Kit Hesketh-Harvey proposed approval of the payments, which was seconded Cllr Janet Taylor, all were in favour.",
   "Kit Hesketh-Harvey","Janet Taylor","carried",True,item="215/19"),
])
docs[pp('2020_02_west-dereham')]=dict(chair="Lorraine Hunt",vice_chair=None,motions=[
 M("LH was proposed as Chair by AB and seconded by KG.","Annie Barber","Keith Gore","carried",item="1"),
])
docs[pp('2020_08_minutes-of-stoke-ferry-virtual')]=dict(chair="Sue Lintern",vice_chair="Kit Hesketh-Harvey",motions=[
 M("That Stuart Collins be co-opted to Stoke Ferry Parish Council.","Sue Lintern","Kit Hesketh-Harvey","carried",True,item="111/20"),
 M("That the minutes of the Ordinary meeting held on 3 June 2020 be approved as a correct record.",
   "Donna Stocking","Janet Taylor","carried",None,cf=6,cab=2,item="112/20"),
 M("That a larger Litter Bin be purchased for the Common, pending necessary permissions being obtained,",
   "Gail Reeve","Andy Hayward","carried",True,item="114/20"),
 M("That an application for a second grant for the Neighbourhood Plan project be approved totalling £5972",
   "Andy Hayward","Kit Hesketh-Harvey","carried",True,item="115/20"),
 M("That the only item on the register of decisions made online by the Parish Council for ratification",
   "Sue Lintern","Kit Hesketh-Harvey","carried",True,item="116/20"),
 M("That the revised Covid-19 Action Plan be approved as presented.","Andy Hayward","Janet Taylor","carried",True,item="118/20"),
 M("That Cllr Gail Reeve be approved as a third authorised signatory for banking.","Sue Lintern","Janet Taylor","carried",None,
   cf=7,vab=["Gail Reeve"],item="119/20"),
 M("That Cllr Kit Hesketh-Harvey be appointed as Councillor member on the Mill Liaison Group.","Sue Lintern","Janet Taylor",
   "carried",True,item="120/20"),
 M("That the payments for June as presented be approved.","Andy Hayward","Donna Stocking","carried",True,item="121/20"),
])
order=OTHER+PARISH
assert set(order)==set(docs) and len(docs)==24
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'labels.jsonl'),'w',encoding='utf-8') as out:
    for f in order:
        d=docs[f]
        out.write(json.dumps({"file":f,"labeller":L,"complete":True,"chair":d['chair'],"vice_chair":d['vice_chair'],
                              "motions":d['motions']},ensure_ascii=False)+'\n')
print('docs',len(docs),'motions',sum(len(d['motions']) for d in docs.values()))
