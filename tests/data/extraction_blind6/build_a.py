#!/usr/bin/env python3
"""Throw-away builder: the labels as Python data -> labels.jsonl (set xb6, part a).

Each document: (file, council, committee, date, kind, items, speakers, notes).
items: list of (number, title); speakers: list of (quote, [names]).
"""
import json, os, re, sys

CORPUS = '/work/shared/corpus'
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [l.rstrip('\n') for l in open('/work/helpers/xb6/parish_a.txt', encoding='utf-8') if l.strip()]

def f(prefix):
    m = [x for x in FILES if x.startswith('parish/' + prefix)]
    assert len(m) == 1, (prefix, m)
    return m[0]

DOCS = []
def doc(prefix, council, committee, date, kind, items, speakers, notes):
    DOCS.append(dict(file=f(prefix), council=council, committee=committee, date=date, kind=kind,
                     items=[{"number": n, "title": t} for n, t in items],
                     speakers=[{"text": q, "speakers": s} for q, s in speakers],
                     context={"notes": notes}))

# ---------------------------------------------------------------- West Dereham APM 2006
doc('2006_06_minutes-of-the-west-dereham-annual', 'West Dereham Parish Council', 'Annual Parish Meeting',
    '2006-05-11', 'minutes',
    [("1.", "Present"), ("2.", "Apologies"), ("3.", "Minutes"), ("4.", "Chairpersons Report"),
     ("5.", "Village Hall Report"), ("6.", "Matters Raised by the Public")],
    [("Miss Richardson stated that the report would be short due to the fact that she had only elected to the Chair in November", ["Richardson"]),
     ("Mrs. Berry gave apologies from Mrs. Johnson and then presented the Accounts.", ["Berry"]),
     ("West Dereham Parish Chairman gives his annual report the the village.", []),
     ("Minutes of the West Dereham Parish Meeting held on Thursday 11th May 2006 in The Village Hall at 7.00 p.m.", []),
     ("Present: Miss Richardson - Chairperson, Mrs. Fisher, Mrs. Cann, Mrs. Berry, B. Glover, M. Grief, R. Drew plus 4 members of the public.", []),
     ("Apologies: Mrs. D. Moir - Borough Councillor.", []),
     ("The Minutes of the meeting held on 12th May 2005 were agreed and signed as a correct record.", []),
     ("The Parish Council would like to express their thanks to the Village Hall Committee", []),
     ("The meeting closed at 7.06 p.m.", [])],
    "Body: 'West Dereham Parish Meeting' (electors' meeting: Chairperson's report, Village Hall report, "
    "matters raised by the public) -> Annual Parish Meeting; title says 'Annual Parish Meeting'. "
    "Miss Richardson is only ever surname+honorific -> 'Richardson'. Mrs. Berry 'gave apologies from Mrs. Johnson' "
    "and presented the accounts: she speaks; Mrs. Johnson does not.")

# ---------------------------------------------------------------- Wretton report Nov 2007
doc('2008_01_report-from-wretton', 'Wretton Parish Council', 'Full Council', '2007-11-13', 'report',
    [],
    [("The Clerk reported that paperwork relating to the transfer of ownership of Wretton Green has now finally been completed", []),
     ("The Chairman gave an update on the sewerage problem which seems to be an ongoing issue.", []),
     ("The November meeting of Wretton Parish Council, held at the James Bradfield School, was attended by six members of the Parish Council and four members of the public.", []),
     ("Concern was also raised at the meeting about possible contamination of the drain which runs alongside Wretton Drove.", []),
     ("Correspondence from a local resident has been received regarding the provision of affordable housing in Wretton.", []),
     ("The matter of overgrown hedgerows around the parish was raised once more.", []),
     ("The next meeting of Wretton Parish Council will be held on Tuesday January 8th 2008 at 7.30pm", [])],
    "A newsletter-style 'report from' the November meeting, not minutes -> kind report; no items printed. "
    "Date from the front-matter title ('held on November 13th 2007'); the body says only 'The November meeting'. "
    "Clerk and Chairman are never named -> their paragraphs are deliberate negatives.")

# ---------------------------------------------------------------- Wereham March 2009
doc('2009_04_wereham-parish-council-4', 'Wereham Parish Council', 'Full Council', '2009-03-10', 'minutes',
    [(None, "Present"), (None, "Apologies"), ("1.", "Minutes"), ("2.", "Matters Arising"),
     ("3.", "Planning Decision"), ("4.", "Payments"), ("5.", "Correspondence"), ("6.", "Any Other Business")],
    [("It was proposed by P. Norris and seconded by P. Markwell that the Minutes be signed as correct", ["P. Norris", "P. Markwell"]),
     ("P Norris asked when the vacancy is to be filled", ["P. Norris"]),
     ("Minutes of the meeting of held on Tuesday 10th March 2009 in The Village Hall at 7.30 p.m.", []),
     ("Present: P. Markwell - Chairman, P. Norris, D. Pickston together with 3 members of the public.", []),
     ("Apologies: C. Humphries, Mrs. Newell and Mrs. Willis", []),
     ("Manor House, Wereham - C of U from Residential Care Home to three -dwellings - approved.", []),
     ("N.R.C.C. £25. 00 agreed for payment.", []),
     ("Playing Field : Norfolk Link : W.N.B.C. Funders - all noted.", [])],
    "Council from the front-matter title only (body: 'Minutes of the meeting of held on...'). "
    "AOB paragraph: 'Mrs. Roberts has asked' reads as a request relayed to the council (not counted); "
    "P. Norris requests/asks at the meeting -> P. Norris only. Matters Arising paragraph (Markwell 'has spoken to' "
    "Acorn Tree Services, Humphries attended a meeting: out-of-meeting actions) not sampled.")

# ---------------------------------------------------------------- Wretton March 2007
doc('2007_06_minutes-of-wretton', 'Wretton Parish Council', 'Full Council', '2007-03-14', 'minutes',
    [(None, "Present"), ("1.", "Apologies for Absence accepted from"), ("2.", "Declaration of Interest"),
     ("3.", "Approval of Minutes"), ("4.", "Matters Arising"), ("5.", "Chairman's Report"),
     (None, "Clerk's Report"), ("6.", "Accounts were presented and accepted for payment."),
     ("6.1", "Donation to Norfolk Accident Rescue Service"), ("7.", "Correspondence"), ("8.", "Planning"),
     ("9.", "Village Green and Sign"), ("10.", "Sewerage Update"), ("11.", "Other Reports - for information only")],
    [("Cllr S Briston and Cllr L Peake declared an interest in item 8.", ["S Briston", "L Peake"]),
     ("Cllr M Peake asked that the following comment, made by Cllr Pilgrim, be minuted", ["M Peake", "N Pilgrim", "D Llewellyn"]),
     ("Cllr Pilgrim stated that he has passed letters relating to the sewerage to another member of the Parish Council", ["N Pilgrim"]),
     ("The minutes of the 10/01/07 were confirmed as a true record of the meeting.", []),
     ("The Parish Council are still waiting for the Highway Technician to make contact regarding a site visit to Wretton.", []),
     ("The Chairman and Clerk attended a training session on planning held by the Borough Council.", []),
     ("The 2005/6 audit has now been returned by the external auditor with no further action necessary.", []),
     ("It was proposed, seconded and agreed to donate £50.00", []),
     ("Cllr Trevor Manley was asked if he could investigate the problem and contact BCKLWN Environmental Health.", []),
     ("A request was made for the provision of a street light in Jane Forby Close.", []),
     ("Meeting closed at 8.44pm.", [])],
    "Chairman = Cllr D Llewellyn (Present list). Pilgrim's comment was made at the meeting and minuted at M Peake's "
    "request; the Chairman 'responded' -> all three speak. In item 10 the Chairman's attendance at meetings last "
    "year has no speech verb; only Pilgrim 'stated'. Trevor Manley is asked (object), not a speaker. "
    "Items: 9.1/9.2 and the 10.1-10.4 points under item 11 are headingless (not listed); 7.1-7.12 correspondence "
    "list not listed; item 11's points are printed 10.1-10.4 (as printed). Clerk unnamed throughout.")

# ---------------------------------------------------------------- Stoke Ferry APM 2013
doc('2013_05_stoke-ferry-annual-parish-meeting', 'Stoke Ferry Parish Council', 'Annual Parish Meeting',
    '2013-05-15', 'minutes',
    [(None, "Those Attending"), ("1.", "Apologies"), ("2.", "Minutes of Last Meeting"), ("3.", "Matters Arising"),
     ("4.", "Reports"), ("4.1", "Playing Field Report"), ("4.2", "Stoke Ferry Community Car Scheme"),
     ("4.3", "Village Hall Committee Report"), ("4.4", "Stoke Ferry Common Room"), ("4.5", "Youth Club Report"),
     ("4.6", "Little Oaks"), ("4.7", "Volunteer Credits"), ("5.", "Any Other Business")],
    [("Mrs Clements proposed acceptance of the last Annual Parish Meeting Minutes seconded by Mr Ryves.", ["D Clements", "T Ryves"]),
     ("Trudy Mann gave a brief outline about the playing fields, the land was donated in 1968 by a Mr Waters", ["Trudy Mann", "Emma Yardy"]),
     ("Mr Nicholas-Letch asked what the cost of the annul insurance was", ["J Nicholas-Letch", "M Hand"]),
     ("Mr Nicholas-Letch advised that the scheme had been running for 8 months", ["J Nicholas-Letch", "S Lintern"]),
     ("The Clerk read a report from the Village Hall Committee stating how disappointed they were", ["C Hardy"]),
     ("Mr Nicholas-Letch read a report from the Chairman of the Stoke Ferry Common Room", ["J Nicholas-Letch"]),
     ("Mandy Leamon gave a report on the Youth Club for the younger children", ["Mandy Leamon"]),
     ("Mr Nicholas-Letch advised of the West Norfolk Time Credits Programme", ["J Nicholas-Letch"]),
     ("Minutes of Stoke Ferry Annual Parish Meeting held in the Community Centre", []),
     ("Those Attending Mrs M Leamon, Mr J Nicholas-Letch, Mr T Ryves, Mrs D Clements", []),
     ("Apologies No apologies", []),
     ("There were no matters arising.", []),
     ("No report submitted", []),
     ("No matters raised", []),
     ("There being no further business the meeting closed at 8.05pm.", [])],
    "Electors' Annual Parish Meeting -> committee 'Annual Parish Meeting'. Clerk = Mrs C Hardy (Those Attending). "
    "Names in fullest same-document form: Mrs M Leamon = 'Mandy Leamon' (text gives the full name); Mr J Nicholas-Letch, "
    "Mrs D Clements, Mr T Ryves, Mr M Hand, Mrs S Lintern from the attendance list. Trudy Mann and Emma Yardy (playing "
    "field speakers, not in the list) as printed. The Clerk reads out the Village Hall Committee's report: the reader "
    "is the speaker, the committee is not.")

# ---------------------------------------------------------------- Stoke Ferry July 2014
doc('2014_09_stoke-ferry-parish-council-july', 'Stoke Ferry Parish Council', 'Full Council', '2014-07-09', 'minutes',
    [(None, "Those Attending"), ("1", "To Consider Accepting Apologies for Absence"),
     ("2", "To Approve the Minutes of the last Council Meeting on 11 June 2014"),
     ("3", "To Consider Matters Arising from the Minutes"), ("4", "To Record Declarations of Interest"),
     ("5", "To Consider Planning Applications"), ("6", "To Approve Payments to be Made"),
     ("7", "Correspondence Received"),
     ("8", "To Receive Further Information or suggested items to be considered for the next meeting Agenda"),
     ("9", "Date and Time of Next Meeting")],
    [("Cllr P Denny proposed acceptance of the Minutes seconded by Cllr L McCarthy.", ["P Denny", "L McCarthy"]),
     ("Cllr Mrs Leamon referred to the two new lights which are still not working or connected to the power supply.", ["M Leamon"]),
     ("Cllr Mrs Leamon proposed approval for payment seconded by Cllr McCarthy – Agreed", ["M Leamon", "L McCarthy"]),
     ("Cllr Mrs Clements stated that she felt there should be a meeting in August", ["D Clements"]),
     ("Cllr Mrs Clements referred to the hedge adjacent to 1 Border Road which has become rather tall", ["D Clements"]),
     ("Cllr Denny - the Cottage near the Pizza/Fish Shop has a very dangerous drop along the kerbside.", ["P Denny"]),
     ("Cllr Denny referred to the surface of the road near the A134 Roundabout", ["P Denny"]),
     ("Cllr Ryves asked if the PC would consider twinning with another village/town in another country in the future", ["T Ryves"]),
     ("Cllr Ryves asked if the PC go ahead with a Defibrillator in the village", ["T Ryves"]),
     ("CC Storey advised that 80% of Norfolk Schools who are doing well are now supporting those not doing so well.", ["M Storey"]),
     ("Apologies were received from Borough Councillor C Sampson", []),
     ("Weeds at Bus Stop in Bridge Road reported to Highways", []),
     ("British Sugar advised they have again notified their contract haulage companies", []),
     ("There were no declarations of interest", []),
     ("Application for the Erection of a single storey house on plot with full planning permission at 9 The Hollow", []),
     ("Mr John Cross acknowledging cheque towards expenses relating to Internal Audit", []),
     ("The Hedge along Bridge Road was again mentioned – it is not known who this actually belongs to", []),
     ("There being no further business the meeting closed at 8.05pm", [])],
    "Front-matter title says 'July Meeting'; body 'Wednesday 9 July 2014' agrees. Chairman Cllr Mrs D Clements, "
    "Clerk Mrs C Hardy, County Councillor M Storey ('CC Storey'). 'Item 13' under item 3 is a list label (not listed). "
    "'Cllr Denny - the Cottage...' counted as Denny raising the issue (set 4 rule). The county councillor's news lines "
    "after his 'advised' paragraph are separate paragraphs without a name that continue his report by content; they "
    "were not sampled.")

# ---------------------------------------------------------------- West Dereham Feb 2010
doc('2010_03_west-dereham-pc-minutes-for-february', 'West Dereham Parish Council', 'Full Council', '2010-02-04', 'minutes',
    [(None, "Present"), ("1.", "Apologies for Absence accepted from"), ("2.", "Declarations of Interest"),
     ("3.", "Approval of Minutes"), ("4.", "Matters arising from previous meetings"), ("4.1", "Broadband Update"),
     ("5.", "Reports"), ("5.1", "Chairman's Report"), ("5.2", "Clerk's Report"), ("5.3", "Village Hall Report"),
     ("5.4", "Glazewing Report"), ("6.", "Accounts: Financial position update"), ("7.", "Planning applications"),
     ("7.1", "Notice of decision"), ("7.2", "Notice of decision"), ("8.", "Correspondence"),
     ("9.", "Further Reports/items for the next agenda"), (None, "OPEN SESSION")],
    [("Mr. Glover declared an interest in item 6.", ["Barry Glover"]),
     ("At present the site is unlikely to be found through a search engine. Mr. Murfitt offered to add more information to the site", ["Paddy Murfitt"]),
     ("The minutes of the Parish Council meeting held on 03/12/09 were agreed as a true record.", []),
     ("An e-mail from Norfolk County Council had been received regarding the proposed delivery of Corporate Public Internet access to West Dereham.", []),
     ("Leaflets advertising the Fasterfuture campaign, which is a West Norfolk Partnership campaign", []),
     ("Some time ago the Parish Council registered an interest in adopting the telephone box in the village", []),
     ("Only one meeting of the Village Hall Management Committee has taken place since the last Parish Council meeting.", []),
     ("The meeting was briefly opened to members of the public who wished it to be noted that a black pick up truck", []),
     ("Discussion took place regarding possible sponsorship of the Parish Council website.", []),
     ("County Grounds Maintenance has offered to discuss with the Parish Council the building colour and signage", []),
     ("Thanks were voiced to Glazewing for offering pallets for firewood", []),
     ("Comment was made regarding the predicted cost of providing broadband to some of the village", [])],
    "DATE: the body prints 'THURSDAY FEBRUARY 4TH 2009', but the meeting approves the minutes of 03/12/09, reports "
    "October 2009 planning changes and accounts at 31st December 2009, the file was posted 2010-03 as 'Minutes for "
    "February', and 4 Feb 2010 was a Thursday (4 Feb 2009 was a Wednesday). Label 2010-02-04 (set 2 hard case 3 "
    "style); a literal reading gives 2009-02-04. Chairman Mrs Claire Cann; Clerk unnamed. Chairman's-report paragraph "
    "('The Chairman and Mrs Marsters recently attended...') has no speech verb and was not sampled. 6.1-6.3, 9.1-9.2 "
    "headingless and the numbered correspondence list are not listed; 7.1/7.2 'Notice of decision' headings are.")

# ---------------------------------------------------------------- Boughton Aug 2012
doc('2012_10_boughton-parish-council-agenda-minutes', 'Boughton Parish Council', 'Full Council', '2012-08-10', 'minutes',
    [("1.", "Apologies"), ("2.", "Minutes of the Meeting – 22nd June 2012"), ("3.", "Matters Arising"),
     ("4.", "Chairman’s Report – F Reid"), ("5.", "Councillors Reports"), ("i.", "Highways & Planning – T Madgwick"),
     ("ii.", "Drainage – G. Proctor"), ("iii.", "Signs & Street Furniture – P. Agate"),
     ("iv.", "Public Rights of Way – D Cooper"), ("v.", "Fen Report – M Pogmore"), ("6.", "Co-Option of Councillor"),
     ("7.", "Financial Report – D. Horkan"), ("8.", "Correspondence")],
    [("No apologies presented,FRErequested close session meeting finalisation to agree other standing orders and procedures, agreed.", ["Frank Reid"]),
     ("confirmed by MPO that this is legal requirement on SSSIFRE asked DCO if in his opinion dog lead signs should be displayed", ["Mark Pogmore", "Frank Reid", "David Cooper"]),
     ("TMArequested an adoption of controlled policy with no fouling notice, GPR agreed.", ["Tim Madjwick", "Geoff Proctor"]),
     ("PAGrequested that although out of parish, if Gibbet land passing places could be raised also?", ["Peter Agate"]),
     ("Meeting 10.8.2012. Councillors are summoned to a meeting for the purposes of transacting the following business.", []),
     ("Ans. It was confirmed that the resident has right to display signs on his property", []),
     ("Ans. The dip wells are in fact Environment Agency property and confirmation has been received from Ian Levett", []),
     ("Church Lane is particularly bad due to RCV traffic.", []),
     ("One verge in the parish retains verge obstructions in contravention of the highways act.", []),
     ("No works to street signage/furniture in the last period.", []),
     ("DHO and S Horkan asked to leave meeting to allow council discussion on co-option candidate.", []),
     ("A Parishioner having expressed an interest in the current vacancy Co-option was discussed.", []),
     ("Audit completed and sent but lost in post due to “large letter” stamp requirement", [])],
    "One file holds the agenda (summons, unnumbered Apologies, Markdown-numbered 1-4, i-v, Co-option, Financial "
    "Report, Correspondence, Meeting Closes, Open Questions) and then the minutes of the same 10 Aug 2012 meeting. "
    "kind = minutes; items are the minutes' numbered items only (the agenda repeats the same business with "
    "Markdown list numbers that do not match). Initials resolved from the Present table: FRE Frank Reid "
    "(Councillor/Chairman), DHO Dave Horkan (Clerk), MPO Mark Pogmore, TMA Tim Madjwick (text spells 'T. Madgwick'; "
    "the table defines TMA, kept as printed there), PAG Peter Agate, DCO David Cooper, GPR Geoff Proctor. "
    "In the dog-sign paragraph DCO is asked and 'agreed' (answers) -> speaker. Not sampled: 'PAGagreed signage then "
    "required.' (bare agreement), 'MPO has arranged to meet...' (out-of-meeting), undertakings ('MPO to arrange', "
    "'MPO to assist'), and the Chairman's report body (written first-person report; only explicit verbs counted). "
    "'A number of Councillors stated' is an unnamed collective -> [].")

# ---------------------------------------------------------------- Boughton Oct 2014
doc('2014_12_boughton-parish-council', 'Boughton Parish Council', 'Full Council', '2014-10-24', 'minutes',
    [("1", "Apologies"), ("2", "Declarations of Interest"), ("3", "Minutes of Meeting 24.07.2014"),
     ("4", "Matters Arising"), ("5", "Police Community Support"), ("6", "Chairman’s report – Frank Reid"),
     ("7", "Reports from Councillors"), (None, "Highways – Tom Roberts"), (None, "Street Furniture – Peter Agate"),
     (None, "Playground – Andy Beeston"), (None, "Boughton Fen – Mark Pogmore"), (None, "Public Footpaths – Dave Cooper"),
     (None, "Document Review – Carole Woolnough"), ("8", "Financial Report – Peter Agate"), ("9", "Planning –Peter Agate"),
     ("10", "Verge Damage – Tom Roberts"), ("11", "Electronic Recording of Meetings"), ("12", "Village Pond – David Cooper"),
     ("13", "Correspondence – Frank Reid"), ("14", "Reports from visiting officers"),
     ("15", "The meeting closed at 08.13pm"), (None, "Open Questions")],
    [("PAG, MPO, DCO and FRE are all members of Boughton Cricket Club, and declared their interest", ["Peter Agate", "Mark Pogmore", "David Cooper", "Frank Reid"]),
     ("The Chairman then proposed that the contractor that presented the lowest quote be invited to remove the diseased Horse Chestnut tree. This was seconded by Dave Cooper.", ["Frank Reid", "David Cooper"]),
     ("Following the report Frank Reid proposed that the Council should proceed with Tom Robert’s recommendation; this was seconded by Carole Woolnough.", ["Tom Roberts", "Frank Reid", "Carole Woolnough", "Peter Agate"]),
     ("Playground – Andy Beeston The playground remains tidy and in good order", ["Andy Beeston", "Mark Pogmore"]),
     ("Carole’s proposal was seconded by Peter Agate. All were in favour.", ["Mark Pogmore", "David Cooper", "Carole Woolnough", "Peter Agate"]),
     ("The Chairman read out the email he had received from Jane Scarrott regarding the planning application", ["Peter Agate", "Frank Reid"]),
     ("Peter Agate’s proposal was seconded by Tom Roberts. All in favour.", ["Tom Roberts", "Peter Agate", "David Cooper"]),
     ("District Councillor Colin Sampson advised that Stanhoe village had experienced a similar problem", ["Frank Reid", "Colin Sampson", "Martin Storey"]),
     ("Frank Reid offered to print off the article that Peter Agate had obtained regarding the feeding of wild ducks", ["Colin Sampson", "Frank Reid"])],
    "Whole document is nine very long Markdown paragraphs (items run inline), so every paragraph has speakers and "
    "there are no negatives (like set 2's Stoke Ferry March 2020). Speaker sets are per whole paragraph: "
    "P1 declarations (PAG, MPO, DCO, FRE); P2 Chairman's report + proposal, seconded by 'Dave Cooper' = David Cooper "
    "(DCO in the Present list); P3 Tom Roberts's highways report, Frank Reid proposes, Carole Woolnough seconds, and "
    "'Street Furniture – Peter Agate Nothing to report' (his report, counted); P4 Andy Beeston's and Mark Pogmore's "
    "reports; P5 Pogmore continues, Dave Cooper 'had nothing to report other than...', Woolnough's review and "
    "proposal, Agate seconds; P6 Agate's financial/planning reports and the Chairman reading out an email (reader only, "
    "not Jane Scarrott); P7 Tom Roberts's verge report, Agate proposes/Roberts seconds, David Cooper said; P8 Reid "
    "suggests, Sampson advises, Storey (county councillor) mentions/suggests; unnamed members of the public excluded; "
    "P9 Sampson suggests, Reid offers/says. Items: numbers are inline; the councillors' report sub-heads under item 7 "
    "(name-titled, unnumbered) are listed with null although most sit mid-paragraph, because they are the structure "
    "of item 7 (a scorer following set 5's paragraph-initial-only rule would keep only 'Playground – Andy Beeston'). "
    "Item 15 is printed as '15 The meeting closed at 08.13pm'. Date from body ('24th October 2014'); 'Draft Minutes'.")

# ---------------------------------------------------------------- West Dereham Feb 2015
doc('2015_04_west-dereham-parish-council-february', 'West Dereham Parish Council', 'Full Council', '2015-02-05', 'minutes',
    [(None, "PRESENT (7 Councillors)"), (None, "Papers presented to Councillors"), ("1.", "Apologies for Absence."),
     ("2.", "Declarations of Interest."), ("3.", "Use of social media and audio recording of meeting."),
     ("4.", "Minutes of the Parish Council Meetings held on 4 December 2014."), ("5.1", "Chairman’s Report."),
     ("5.2", "Clerk’s Report."), ("5.3", "Handyman’s Report."), ("5.4", "Police Report."), ("5.5", "Village Hall Report."),
     ("5.6", "Broadband Report."), ("5.7", "Glazewing Report."), ("6.1", "Accounts."),
     ("7.", "Location of two additional dog waste bins."), ("8.", "New PC website."), ("9.1", "Applications."),
     ("9.2", "Decisions."),
     ("9.3", "C/2/2014/2026 – Temporary (10 years) change of use of land for top soil recycling at Cornerways Farm, College Road, Stoke Ferry."),
     ("1.", "Light pollution questionnaire from Campaign to Protect Rural England."),
     ("2.", "Parish Council policies and documentation."), ("12.1", "Clerk’s Contract."), ("12.2", "Clerk’s Appraisal."),
     ("12.3", "Equal Opportunities Policy."), ("12.4", "Travel & Expenses Policy."), ("12.5", "Health & Safety Policy."),
     ("3.", "Other Business – Any additional reports and items for inclusion on the next Agenda."),
     (None, "Open Forum."), (None, "Closure.")],
    [("The Chairman welcomed everyone present and opened the meeting.", ["Claire Cann"]),
     ("CC asked “Will anyone present be filming, recording, blogging or tweeting during this meeting?”", ["Claire Cann"]),
     ("The Chairman confirmed all Councillors had seen the minutes of the Parish Council (PC) meetings held on 4 December 2014.", ["Claire Cann"]),
     ("CC advised that she had recently attended this course.", ["Claire Cann"]),
     ("BL advised that the cost to the PC of this scheme was £16,000 per annum.", ["Brian Long"]),
     ("PK advised that a PCSO was not present and no report had been received.", ["Paula Kellingray"]),
     ("PK advised that it had been a successful Christmas and New Year period.", ["Paula Kellingray"]),
     ("BL advised that he had asked for the application to be determined by the planning committee", ["Brian Long"]),
     ("CC advised that she had recently asked an enormous lorry about to travel down Lime Kiln Road", ["Claire Cann"]),
     ("Accounts for approval and the monthly financial management report were submitted by the Clerk. She advised", ["Sarah Thorpe"]),
     ("PK advised that she had been passed a request for advertising in the Parish Magazine.", ["Paula Kellingray"]),
     ("BL asked for confirmation that KOK will still be attending the next PC meeting closer to the date.", ["Brian Long"]),
     ("The Chairman thanked everyone for attending and final closure of the meeting was at 9.16pm.", ["Claire Cann"]),
     ("All Parish Councillors were present. Apologies had been received from Borough. Councillor Trevor Manley", []),
     ("No declarations of pecuniary interest were made.", []),
     ("The PC has registered for the foundation level of this scheme which replaces the Quality Council Award Scheme", []),
     ("The Police & Crime Commissioners Office advised that this was an operational issue and not a matter for them.", []),
     ("No report this month as no work has been carried out since the last meeting due to the weather.", []),
     ("The reply from KOK was read out to the meeting. It stated:", []),
     ("An email had been received by a parishioner advising that she had made a complaint to the Environment Agency", []),
     ("A request had been received for a dog waste bin to be located on Station Road near the telephone box.", []),
     ("The PC were very disappointed with this response because they had not objected to the planning application", []),
     ("A sunken manhole inspection cover on the verge near to Hudson’s Garage has been repaired by Highways.", [])],
    "Chairman Claire Cann (CC), Clerk Sarah Thorpe, County Councillor Brian Long (BL); initials PB, CC, TF, LH, PK, "
    "CP, PW from the PRESENT line. Numbering as printed: the source has Markdown ordered-list markers for items 10, "
    "12 and 13 ('1. Light pollution...', '2. Parish Council policies...', '3. Other Business...'); kept as printed "
    "(set 3 hard case 2). No '5.' or '9.' or '11.' heading is printed; 11.1-11.3 and 13.1-13.2 are headingless; "
    "third-level 5.1.1, 5.2.1, 9.2.1 not listed. 'The reply from KOK was read out' has no named reader -> []. "
    "Not sampled: 'CC would refund the PC' and 'CC agreed that she would be clearing...' (undertakings).")

# ---------------------------------------------------------------- West Dereham Feb 2016
doc('2016_03_west-dereham-parish-council-february', 'West Dereham Parish Council', 'Full Council', '2016-02-04', 'minutes',
    [("1.", "Apologies for absence."), ("2.", "Declarations of interest."),
     ("3.", "Use of social media, audio recording of meeting and invitation for public contributions."),
     ("4.", "Minutes of the Parish Council meeting held on 4 & 29 December 2015."), ("5.", "Reports."),
     ("5.1", "Chairman’s Report."), ("5.2", "Clerk’s Report."), ("5.3", "Handyman’s Report."), ("5.4", "Police Report."),
     ("5.5", "Village Hall Report."), ("5.6", "Broadband Report."), ("5.7", "Glazewing Report."), ("6.", "Finance."),
     ("6.1", "Accounts."), ("7.", "Parish Assets."), ("7.1", "Registration of ownership of the cemetery with Land Registry."),
     ("7.2", "Purchase of replacement litter bin for the bus shelter in front of the village hall."),
     ("8.", "Parish Council policies and documentation."), ("8.1", "Reporting Policy."), ("8.2", "Action Plan."),
     ("8.3", "Clerk’s contract."), ("8.4", "Clerk’s Appraisal form."), ("8.5", "Travel & Expenses Policy."),
     ("8.6", "Health & Safety Policy."), ("9.", "Planning."),
     ("9.1", "16/00013/F Construction of cattle building at Grange Farm, Lynn Road."),
     ("9.2", "16/00025/F Extension to existing horticultural building at Cornerways Nursery, College Road."),
     ("9.3", "16/00077/F Proposed annex and ancillary works at Withy Farm, Station Road."),
     ("9.4", "15/01780/LDP Lawful Development Certificate for conservatory base and wall at Kingscroft, Basil Road."),
     ("9.5", "C/2/2015/2034-8 (five applications) – Crimplesham Quarry (Northern & Southern site) Variation of conditions of previous permissions to allow extension of date for operations to continue."),
     ("10.", "Correspondence."), ("11.", "Other Business – Any additional reports and items for inclusion on the next Agenda."),
     (None, "Open Forum."), (None, "Closure.")],
    [("Papers presented to Councillors: (i) Financial Management Report (spreadsheet); (ii) Expenditure (for approval); and (iii) Glazewing report. The Chairman welcomed everyone present and opened the meeting.", ["Claire Cann"]),
     ("CC advised members of the public that if they wished to comment on any item, before a decision was made", ["Claire Cann"]),
     ("CC confirmed all Councillors had seen the minutes of the Parish Council (PC) meetings held on 4 & 29 December 2015.", ["Claire Cann"]),
     ("CC advised that no reply had been received to the letter sent to the tenants asking for a response to questions raised by parishioners.", ["Claire Cann"]),
     ("LH advised that there is an online reporting form that anyone can use to report highways issues.", ["Lorraine Hunt", "Pam Walker"]),
     ("PK advised that information received from the police did not show any crimes reported in WD", ["Paula Kellingray"]),
     ("PW advised that she had no further information other than an email that had been sent to the PC", ["Pam Walker"]),
     ("CW advised that on 13 January a Glazewing skip lorry had overturned on Station Road", ["Claire Williams", "Brian Long"]),
     ("Accounts for approval and the monthly financial management report were submitted by the Clerk. She advised that the income and expenditure for November and December 2015", ["Sarah Thorpe"]),
     ("A parishioner asked if this document was available to the public and CC confirmed", ["Claire Cann"]),
     ("The Clerk gave details of the action taken so far on the telephone boxes.", ["Brian Long", "Sarah Thorpe", "Claire Cann"]),
     ("PB advised of damage to posts on the side of the road on Station Road.", ["Claire Williams", "Pam Walker", "Pam Bullas"]),
     ("CC reported that the police had been approached but had advised that they did not have the resources", ["Claire Cann", "Brian Long"]),
     ("The Chairman thanked everyone for attending, and final closure of the meeting was at 9.22pm.", ["Claire Cann"]),
     ("Apologies had been received from Tom Foy (TF), who was away on a work course.", []),
     ("Declarations of interest. No declarations were made.", []),
     ("Fraser Dawbarns Solicitors (FD) have confirmed that they hold the deeds for the purchase of the cemetery in the 1960s.", []),
     ("Quotations had been obtained for various options for a new litter bin.", []),
     ("The official meeting concluded at 9.03pm, and was opened to the floor for general comment.", []),
     ("Next PC meeting is on Thursday 3 March 2016 at 7.30pm with Open Surgery from 7.00pm.", [])],
    "Chairman Claire Cann (CC), Clerk Sarah Thorpe, County Cllr Brian Long (BL), Borough Cllr Sandra Squire (SS); "
    "initials PB, LH, PK, PW, CW (Claire Williams) from the PRESENT line. Items run inline; numbered sub-items with "
    "an inline lead phrase are listed, including the 9.1-9.5 planning applications (set 4 rule); 10.1-10.4 and "
    "11.1-11.4 are headingless; 5.1.1-5.1.3 and 5.2.1-5.2.6 are third-level. The inline 'PRESENT'/'Papers presented' "
    "heads sit mid-paragraph and are not listed. Clerk's-report paragraph: the Clerk has no speech verb there; LH and "
    "PW advise. 11.x paragraph: CW, PW, PB advise; 'LH offered her apologies' is an apology (not counted). "
    "Open Forum paragraph: unnamed parishioner/member of the public excluded.")

# ---------------------------------------------------------------- West Dereham March 2020
doc('2020_03_west-dereham-parish-council-meeting-march', 'West Dereham Parish Council', 'Full Council', '2020-03-05', 'minutes',
    [("1.", "Apologies for absence"), ("2.", "Declarations of interest on agenda items"),
     ("3.", "Notice regarding use of social media, audio recording of Parish Council meeting and invitation for public contributions."),
     ("4.", "Minutes of the Parish Council Meeting held on 6th February 2020"), ("5.", "Matters Arising"),
     ("5.1", "Ditches, Church Road"), ("5.2", "Parish Cemetery, boundary trees"),
     ("5.3", "Repairs to Bridge at Watering Cottages, Ryston Road and Temporary Road Closure"),
     ("5.4", "Meeting with new NCC Highways Area Manager"), ("5.5", "Flooded Bridle Path"), ("6.", "Reports"),
     ("6.1", "Chair’s Report"), ("6.2", "Parish Clerk’s Report"), ("6.3", "Handyman’s Report"), ("6.4", "Police Report"),
     ("6.5", "Village Hall Report"), ("6.6", "Glazewing Report"), ("7.", "Finance Report"),
     ("7.1", "Accounts for February 2020 – Payments"), ("8.", "Local Footpaths"),
     ("9.", "To consider Parish Council Internal Affairs and Policies"), ("9.1", "Risk Assessment"),
     ("9.2", "Cemetery Risk Assessment"), ("9.3", "Equal Opportunities Policy"), ("9.4", "Disciplinary and Grievance Policy"),
     ("9.5", "Health & Safety Policy"), ("9.6", "Reporting Policy"),
     ("10.", "To comment on planning applications currently received"), ("11.", "Correspondence."),
     ("11.1", "Approval pf application for the erection of a Memorial in the Cemetery"),
     ("12.", "To receive further reports/items of business for the next agenda"), ("13.", "Date of next meeting"),
     ("14.", "Open Forum"), ("14.1", "A134 Lynn Road – Reduction in speed consultation"), ("14.2", "A134/A1122 Junction"),
     ("14.3", "Signage - A134 at Lime Kiln Road and Bath Road Junctions"), ("14.4", "Cemetery gate handle"),
     ("14.5", "Local Bus Services"), ("15.", "Close of Meeting.")],
    [("The Chair welcomed Tim Glover as a new Parish Councillor, Councillor Brian Long (BCKLWN & NCC) and everyone present", ["Lorraine Hunt", "Peter King", "Stuart Glover"]),
     ("The Parish Clerk reported that the bridge repairs work had taken longer than expected, but had now been completed.", ["Peter King", "Lorraine Hunt"]),
     ("BL referred to the meeting held with Glazewing on 12th December 2019", ["Peter King", "Lorraine Hunt", "Brian Long", "Susan Pepper"]),
     ("KG referred to correspondence received during December 2020 regarding Albanwise", ["Lorraine Hunt", "Keith Gore", "Brian Long", "Tim Glover", "Peter King"]),
     ("TF requested that the subject of allotment water capture be added to the next agenda.", ["Lorraine Hunt", "Peter King", "Brian Long", "Tom Foy", "Keith Gore", "Susan Pepper", "Stuart Glover"])],
    "Printed as five giant paragraphs (plus a page-number line '1'), each with speakers, so no negatives; each is "
    "labelled once with its whole-paragraph speaker set. Chair Lorraine Hunt (LH); Parish Clerk Peter King; County/"
    "Borough Cllr Brian Long (BL; also 'Bl'). Initials from PRESENT: TF Tom Foy, TG Tim Glover, KG Keith Gore, "
    "SP Susan Pepper. Stuart Glover is printed '(SB)' but the text only uses 'SG'; SG resolved to Stuart Glover (the "
    "only member with those initials; flagged). 'The Village Hall Treasurer reported' (P3) is unnamed -> not listed. "
    "Unnamed parishioners excluded. Items: numbers are inline; third-level 5.x.x/6.1.1/7.1.1 and headingless 12.1 are "
    "not listed; '11.1 Approval pf application...' has a heading (typo kept). 'MINUTES FROM THE MEETING' not listed.")

# ---------------------------------------------------------------- Northwold Sept 2018
doc('2018_11_minutes-of-northwold', 'Northwold and Whittington Parish Council', 'Full Council', '2018-09-04', 'minutes',
    [(None, "PRESENT"), ("1.", "PUBLIC FORUM (15 MINUTES)"), ("2.", "ACCEPTANCE OF APOLOGIES FOR ABSENCE"),
     ("3.", "MEMBERS’ DECLARATION OF INTERESTS and DISPENSATION REQUESTS (for items on the Agenda)"),
     ("4.", "TO APPROVE AND SIGN THE MINUTES OF THE LAST MEETING held on 3rd July 2018"),
     ("5.", "REPORTS AND MATTERS ARISING FROM MINUTES OF PREVIOUS MEETINGS (for information only)"),
     ("6.", "LOCAL AUTHORITY REPORTS"), ("7.", "CORRESPONDENCE"), ("8.", "School Lane car park update"),
     ("9.", "Northwold Sports and Social Club roof repairs"), ("10.", "Northwold Recreation Ground"),
     ("11.", "Northwold War Memorial and Whittington War Memorial have both been awarded Listed Building Status by Historic England."),
     ("12.", "Discussed under item 1."), ("13.", "Constables Charity Land"),
     ("14.", "A request from Methwold PC to remind people to clear up after their dogs along Mill Drove was noted."),
     ("15.", "UPDATE ON CURRENT WORKS"), ("16.", "CEMETERIES"), ("17.", "GROUNDS MAINTENANCE"),
     ("18.", "HIGHWAYS and STREETLIGHTING"), ("19.", "PLANNING APPLICATIONS AND UPDATES"), ("20.", "FINANCES"),
     ("21.", "TRAINING"), ("22.", "MEETING VENUES"), ("23.", "ADDITIONAL ITEMS FOR AGENDA OF NEXT MEETING")],
    [("The Clerk advised that she had looked through the paper work and on the Charities Commission website", ["N Cooper", "David Human"]),
     ("Cllr Smith asked if it is ok to cut the hedge in front of the Whittington War Memorial.", ["S Smith"]),
     ("Before the close of the meeting the Clerk asked for a volunteer to be the named generator for the solar panels", ["N Cooper", "R Crisp"]),
     ("Northwold and Whittington Parish Council – Ordinary Meeting Tuesday 4th September 2018, 7.30pm Christchurch, Whittington", []),
     ("There were 4 members of the public.", []),
     ("ACCEPTANCE OF APOLOGIES FOR ABSENCE There were none.", []),
     ("The minutes were approved by all Councillors present.", []),
     ("Item 8b, the items could not be refunded as they were paid by card.", []),
     ("Norfolk County Council – representative not present", []),
     ("Also a complaint has been received into the Council about a fence height.", []),
     ("a request from a Northwold team to play football on the recreation ground has been received over the summer.", []),
     ("The following planning applications were received between meetings.", []),
     ("The BCKLWN has advised by email that Borough Council costs for administrating uncontested elections", []),
     ("It was agreed that meetings at Whittington Christchurch should be continued.", []),
     ("With nothing more to discuss the meeting closed at 9.15pm", [])],
    "'Ordinary Meeting' -> Full Council. Clerk Mrs N Cooper. The chair is not marked in the PRESENT list ('approval "
    "of the Chair' unnamed). 'Cllr Human offered to visit the records office' -> David Human (offer at the meeting). "
    "'Cllr Crisp agreed to this' = volunteering when the Clerk asked for a volunteer -> R Crisp (borderline). "
    "Lettered/roman sub-points written inline (a., b., i.) are not listed. Not sampled: paragraphs whose only people "
    "are undertakings (items 1, 8, 15, 17, 18: 'Cllr Pointeer to progress', 'Cllr Anderson should go back...', "
    "'Clerk to...').")

# ---------------------------------------------------------------- Northwold April 2019
doc('2019_04_northwold-parish-council-april', 'Northwold and Whittington Parish Council', 'Full Council', '2019-04-02', 'minutes',
    [(None, "PRESENT"), ("1.", "PUBLIC FORUM (15 MINUTES)"), ("2.", "ACCEPTANCE OF APOLOGIES FOR ABSENCE"),
     ("3.", "MEMBERS’ DECLARATION OF INTERESTS and DISPENSATION REQUESTS (for items on the Agenda)"),
     ("4.", "TO APPROVE AND SIGN THE MINUTES OF THE LAST MEETING held on 4th March 2019"),
     ("5.", "REPORTS AND MATTERS ARISING FROM MINUTES OF PREVIOUS MEETINGS (for information only)"),
     ("6.", "LOCAL AUTHORITY REPORTS"), ("7.", "CORRESPONDENCE"), ("8.", "FINANCES"), ("9.", "PLANNING"),
     ("10.", "BCKLWN Draft Local Plan"), ("11.", "LAND"), ("12.", "HIGHWAYS AND STREETLIGHTING"),
     ("13.", "GROUNDS MAINTENANCE"), ("14.", "CEMETERIES"), ("15.", "PARISH FACILITIES"), ("16.", "CROWN INN"),
     ("17.", "ELECTIONS 2019"), ("18.", "ITEMS FOR AGENDA OF NEXT MEETING")],
    [("Cllr Storey was asked to provide his NCC update at this point. Cllr Storey advised", ["M Storey"]),
     ("The Clerk advised that Cllr Smith had formally advised that she would be stepping down", ["N Cooper"]),
     ("Prop CP, 2nd RC, All agreed.", ["C Pointeer", "R Crisp"]),
     ("Prop. RS, 2nd CP, All agreed (with abstention from Cllr Peake).", ["R Silvester", "C Pointeer"]),
     ("Cllr Pointeer advised that he had provided his name and that of Cllr Anderson as specific trustees", ["C Pointeer"]),
     ("Cllr Gillet advised that the cut of the School Lane cemetery, Northwold is not up to the same standard as last year.", ["G Gillet"]),
     ("Cllr Gillet advised that he had been asked if old wreaths and flowers can be removed from the cemetery", ["G Gillet"]),
     ("The Clerk offered help if required.", ["N Cooper"]),
     ("A representative from the Northwold Women’s Institute attended to explain plans to refurbish the village sign", []),
     ("MEMBERS’ DECLARATION OF INTERESTS and DISPENSATION REQUESTS (for items on the Agenda) Nothing was declared.", []),
     ("The minutes from the meeting held on 4th March 2019 were agreed by all Councillors present.", []),
     ("LOCAL AUTHORITY REPORTS No further reports.", []),
     ("Receipts for approval Paying In slip From Amount", []),
     ("CROWN INN The Crown Inn has been sold.", []),
     ("MONDAY 13th MAY 2019 starting at 7pm, Northwold Village Hall ANNUAL PARISH MEETING and ANNUAL PARISH COUNCIL MEETING", []),
     ("With nothing more to discuss the meeting closed at 8.50pm", [])],
    "'Ordinary Meeting' -> Full Council. Clerk Mrs N Cooper; County Cllr M Storey. Chair not marked in PRESENT. "
    "Initials CP, RC, RS are not defined by the list; resolved to C Pointeer, R Crisp, R Silvester, the only members "
    "with those initials (flagged, as set 2/5 did for Northwold). Abstainer (Peake) and signer (Crisp) are not speakers. "
    "The WI representative is unnamed -> []. In item 11 'Cllr Pointeer has met with Hayes + Storr' is out-of-meeting, "
    "'Cllr Pointeer advised' is at the meeting -> Pointeer. In item 12 'Cllr Nickles has had an email' (not sampled). "
    "Inline roman sub-points (i., ii.) are not listed. Payment/bank-reconciliation lines are not items.")

# ---------------------------------------------------------------- Stoke Ferry Aug 2017
doc('2017_11_stoke-ferry-parish-council-august', 'Stoke Ferry Parish Council', 'Full Council', '2017-08-02', 'minutes',
    [(None, "Attendance"), ("32/17", "Apologies and Welcome"), ("33/17", "To discuss and agree co-option of new Councillor"),
     (None, "Open Meeting for Discussion with Representatives from British Sugar and BCKLWN Principle Environmental Health Officer"),
     ("34/17", "Consider Declarations of Interest on Agenda Items and Dispensation Requests"),
     ("35/17", "Minutes of the Meeting dated 5 July 2017"), ("36/17", "Matters Arising from the Minutes"),
     ("37/17", "Public Rights of Way (Footpaths/Bridleways)"), ("38/17", "Update on the Website"),
     ("39/17", "Cemetery Maintenance"), ("40/17", "Handyman Job List"), ("41/17", "Mid-Summer Fayre June 2018"),
     ("42/17", "Asset List of Parish Owned Street Furniture, Street Lights and Bins"),
     ("43/17", "Rangers Items for Notification"), ("44/17", "Approval of Payments"),
     ("45/17", "Letter from Calvert, Brain and Fraulo regarding Street Lights on New Development"),
     ("46/17", "Correspondence"), (None, "Letter from BCKLWN Planning Team: Greatmans Way Appeal"),
     (None, "Letter Received regarding use of land near village hall"), ("47/17", "Urgent Items Agreed by the Chairman"),
     ("48/17", "Public Participation - Information or Suggestions for Next Meeting"),
     ("49/17", "Date and Time of Next Meeting")],
    [("The Chair welcomed the new Stoke Ferry Parish Clerk Helen Richardson to the meeting.", ["Sue Lintern"]),
     ("The Chair advised that a letter of application for co-option to Stoke Ferry Parish Council had been received from Jim Neal", ["Sue Lintern"]),
     ("Prop. JT, 2nd DC, All in favour.", ["Janet Taylor", "Daphne Clements"]),
     ("CM thanked the Parish Council for his invite to the meeting", ["Colm McKay"]),
     ("JT shared that she thought the smell within the green house was unlike what was in her home", ["Janet Taylor"]),
     ("MW introduced himself and advised that he had been onsite with British Sugar to look at the entire process.", ["Mark Whitmore"]),
     ("The Chair advised that she had received copies of the forms, and MW advised", ["Sue Lintern", "Mark Whitmore"]),
     ("TM shared that she had completed some of her own research online as follows:", ["Trudi Mann"]),
     ("TM shared that after research a company in Kent for GW Pharmaceutical since 1998 had produced 2m plants", ["Colm McKay", "Trudi Mann"]),
     ("RD of British Sugar shared that it was appreciated that not all had the contact details", ["Ruth Day"]),
     ("Cllr Colin Sampson shared that as local councillor he had received the biggest response to the issue since the incinerator", ["Colin Sampson"]),
     ("Prop. JT, 2nd DC, five agreed, two abstained due to absence.", ["Janet Taylor", "Daphne Clements"]),
     ("JM reported that Bridge Road should now be cleared.", ["Jean Markwell"]),
     ("JT advised that she had got one of three quotes returned for rabbit fencing which was £1150", ["Janet Taylor"]),
     ("DC advised that she had been approached by someone who visited the area of the cemetery", ["Daphne Clements"]),
     ("JM summarised that the letter asked the Parish Council to confirm if footway lighting was required.", ["Jean Markwell"]),
     ("CS shared that the number of streetlights for footways would be determined by light splays.", ["Colin Sampson"]),
     ("The Chairman advised that there would be a hazardous waste amnesty held by the Borough Council in September", ["Sue Lintern"]),
     ("Dog Bin on Wretton Road – JT advised it had been installed.", ["Janet Taylor", "Mandy Leaman"]),
     ("Jim Neal received and signed a copy of a declaration in agreeance to become Parish Councillor of Stoke Ferry", []),
     ("That Jim McNeall (JN) is approved to be Stoke Ferry Parish Councillor with immediate effect.", []),
     ("The meeting was adjourned at this point for the purpose of an open meeting.", []),
     ("A Parish Councillor shared with the representatives that they thought contact details of British Sugar should be more widely available", []),
     ("There were no issues to discuss.", []),
     ("‘NCC Highways Department have confirmed that under the Section 38 application there is not a requirement for highway lighting’", []),
     ("There was Ivy over wall between the Chip Shop and Offices.", []),
     ("The Parish Council wished to acknowledge the work that Jean Markwell had provided to the Parish Council", [])],
    "'Ordinary Meeting of the Parish Council' -> Full Council; it includes an adjourned open meeting with British Sugar "
    "and the BCKLWN EHO (listed as a null-numbered heading). Initials from the Attendance table: SL Sue Lintern "
    "(Chairperson), TM Trudi Mann, SC Shirley Cordner, JT Janet Taylor, DC Daphne Clements, ML Mandy Leaman, JM Jean "
    "Markwell (retiring clerk), HR Helen Richardson (clerk), CS Colin Sampson; visitors CM Colm McKay, RD Ruth Day, "
    "MW Mark Whitmore. 'The Chair'/'The Chairman' -> Sue Lintern. 'The Clerk' is ambiguous (retiring JM and new HR "
    "both present) and appears only in undertakings, so not sampled. 'Prop. MT' is undefined (not sampled). Jim Neal / "
    "Jim McNeall (co-opted, JN) is a nominee/signer, not a speaker. 'Prop. JT, 2nd DC, All in favour.' is the co-option "
    "vote line. The 32/17 paragraph holds both 'no apologies' and the Chair's welcome, so it is sampled once (welcome "
    "quote, Sue Lintern). Open-meeting bullet lists under CM's/MW's summaries carry no name and were not sampled.")

# ---------------------------------------------------------------- write
out = os.path.join(HERE, 'labels.jsonl')
with open(out, 'w', encoding='utf-8') as fh:
    for d in DOCS:
        fh.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(DOCS), 'docs written to', out)
