#!/usr/bin/env python3
"""Blind labels, set xb7 part a: 15 Norfolk parish minutes. Writes labels.jsonl next to this file."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [l.rstrip('\n') for l in open('/work/helpers/xb7/parish_a.txt', encoding='utf-8') if l.strip()]
def I(*pairs):
    return [{"number": n, "title": t} for n, t in pairs]
def S(*pairs):
    return [{"text": t, "speakers": list(s)} for t, s in pairs]
D = {}

# 1 West Dereham extraordinary meeting (Glazewing), 9 May 2008
D['2008_06_minutes-of-an-extraordinary-west-dereham'] = dict(
 council="West Dereham Parish Council", committee="Full Council", date="2008-05-09", kind="minutes",
 items=I(("1.", "Present")),
 speakers=S(
  ("Minutes of a turbulent meeting convened to examine problems associated with Glazewing activities within the village", []),
  ("Miss Richardson opened the meeting by thanking all for attending and introduced Christopher Fraser M.P.", ["Richardson"]),
  ("Mr. Fraser started by stating that he had been asked to Chair the meeting on behalf of the Parish Council.", ["Christopher Fraser", "Peter Burgess"]),
  ("John Eastgate confirmed that he had been here twice before and he had been for the last 9 months working towards a satisfactory conclusion", ["John Eastgate"]),
  ("Peter Riches stated that there have been no traffic accidents along Station Road", ["Peter Riches", "Richard Rockcliffe"]),
  ("Christopher Fraser asked Tim Phillips if he was able to ensure that the Planning application was submitted within the timescale", ["Christopher Fraser", "Tim Phillips", "John Eastgate"]),
  ("Richard Rockcliffe asked that a time table be prepared by Tim Phillips", ["Richard Rockcliffe", "Christopher Fraser"]),
  ("It was refuted by Peter Burgess that the Company lorries use Basil Road when Police and/or VOSA checks are being carried out", ["Peter Burgess"]),
  ("Complaints were made that Glazewing lorries use Station Road very early in the morning and sometimes late at night - John Eastgate pointed out", ["John Eastgate"]),
  ("Concerns were expressed about a very late night working and it was confirmed that a machine had been broken down", []),
  ("It is hoped that one day Government departments might all liaise with each other", []),
  ("The Parish Councillors then held a short meeting and agreed the accounts and recommended approval of Frimstone's planning applications.", []),
  ("The meeting closed at 9 p.m.", []),
 ),
 notes="Extraordinary meeting of the council chaired by Christopher Fraser MP at the council's request; Full Council. "
       "Chairperson Miss Richardson. 'Glazewing confirmed' (company) and the unnamed members of the public are not speakers. "
       "Tim Phillips is not in the Present list but answers when asked ('he confirmed'), so he is labelled. "
       "Mr. Grief's remarks and letter are relayed/written, not counted.")

# 2 West Dereham, 1 August 2013
D['2013_10_west-dereham-parish-council-august-2.md'] = dict(
 council="West Dereham Parish Council", committee="Full Council", date="2013-08-01", kind="minutes",
 items=I((None, "PRESENT"), (None, "Papers presented to Councillors"),
  ("1.", "Apologies for Absence"), ("1.", "Councillor Vacancy"), ("1.", "Declarations of Interest"),
  ("5.", "Approval of Minutes"), ("6.", "Reports"), (None, "Police report"),
  ("6.1.", "Chairman’s Report"), (None, "Willow Lane"),
  ("5.2", "Clerk’s Report"), (None, "Highway Signs"), (None, "Bath Road Drainage"), (None, "‘White Gate’ Speed Signs"),
  (None, "Glazewing Lorry"), (None, "Allotment Gates"), (None, "Farm Business Tenancy"),
  ("5.3", "Police Report"), ("5.4", "Village Hall Report"), ("5.5", "Broadband Update"), ("5.6", "Glazewing report"),
  ("7.", "Accounts"), (None, "Accounts for Approval August 2013"),
  ("8.", "Review of the Access to Information Publication Scheme"), ("8.", "Adoption of Phone Boxes in the Village"),
  ("9.", "Review of Allotment rent and Contract"), ("10.", "Timetable for Reviewing Policies and Procedures"),
  ("11.", "Planning Decisions"), ("11.1", "Planning Applications"), ("12.", "Correspondence"),
  ("13.", "Further reports/items for next agenda"), ("14.", "Meeting adjourned – open to floor for Open Forum")),
 speakers=S(
  ("The Chairman welcomed all to the meeting.", ["Claire Cann"]),
  ("The PCSO reported that there have been six calls to the police from West Dereham in the last month", ["Jane Edwards"]),
  ("The Beat Manager informed the Parish Council that Downham Market is being prioritised because of the level of crime.", []),
  ("Paula Kellingray asked whether a letter from the Parish Council detailing the effect a lack of PCSO has had", ["Paula Kellingray"]),
  ("She quoted from the Local Government Act 1972, schedule 12, paragraphs 7 and 23", ["Claire Cann"]),
  ("Pam Walker confirmed that Andy Wallace had said Highways would investigate", ["Pam Walker"]),
  ("The Clerk had telephoned Bonnetts to ask for a date to hang the allotment gates", []),
  ("After some successful summer barbecues the bookings for the Village Hall have slowed over the summer period.", []),
  ("Pam Walker reported a Radio Norfolk broadcast that 20% of Norfolk will not receive Broadband.", ["Pam Walker"]),
  ("The Chairman asked Councillors for their comments on the invoice received from the former Parish Clerk from NALC", ["Claire Cann"]),
  ("The Chairman went through the Publication Scheme noting minimal changes", ["Claire Cann"]),
  ("The Parish Council is prepared to look after the decommissioned phone boxes given that BT is not prepared to refurbish them.", []),
  ("All Councillors agreed the proposed prices would be implemented from October 1st 2013 in line with the new contract.", []),
  ("Pam Bullas gave details of:", ["Pam Bullas"]),
  ("The Chairman advised people to report it to the police using the 101 number.", ["Claire Cann"]),
  ("The meeting was closed at 9.55 pm.", []),
 ),
 notes="Chairman: Mrs Claire Cann (PRESENT line). PCSO Jane Edwards named in attendance; 'The Beat Manager' is unnamed -> []. "
       "The Clerk is never named in this file -> 'The Clerk' paragraphs are negatives. "
       "Item numbers kept as printed: the first items are Markdown list markers '1.' separated by non-breaking-space lines "
       "(each renders as its own list, so printed = rendered); '1. **5.** Approval of Minutes' etc. use the bold number. "
       "The body text '1. The Councillor vacancy has been advertised…' is a list-marker artefact inside item 2, not an item. "
       "Sub-reports are printed 6.1., then 5.2–5.6 (kept as printed); '8.' is printed twice. Bold sub-topic heads are null-numbered items. "
       "Same meeting may also exist elsewhere in the corpus under another file name; labelled independently.")

# 3 Northwold, 5 April 2011
D['2011_06_northwold-parish-council-5.md'] = dict(
 council="Northwold Parish Council", committee="Full Council", date="2011-04-05", kind="minutes",
 items=I((None, "Present"),
  ("1.", "Apologies for absence received from the Safer Neighbourhood Team."),
  ("2.", "No Declarations of Interest were made."),
  ("3.", "The minutes of the meeting held on 01/03/11 were agreed as a true record."),
  ("4.", "Matters Arising from previous meetings"), ("5.", "Reports"), ("5.1", "Chairman's Report"),
  ("5.2", "The Clerk's had nothing further to report."), ("5.3", "Manor House Update"), ("5.4", "A134 Crossroads Update"),
  (None, "OPEN FORUM"), ("6.", "The following payments were agreed"), ("7.", "Correspondence"), ("8.", "Planning"),
  ("8.1", "Extension and alteration at 66 High Street, Northwold 11/004176/F"),
  ("9.", "Parish Council elections"), ("10.", "Further reports/items for the next agenda")),
 speakers=S(
  ("Apologies for absence received from the Safer Neighbourhood Team.", []),
  ("Community Action Northwold (CAN) has requested that the agreed location for the notice board for Whittington be changed.", []),
  ("The Council felt the decision made at the March Parish Council meeting should be upheld", []),
  ("A verbal estimate of around £2000 to treat the grubs has been received from a second consultant.", []),
  ("A letter has been received from Northwold Cricket Club outlining the recent groundswork undertaken by the Club", []),
  ("Community Action Northwold has compiled a list of possible Parish Council actions from the results of the recent village survey.", []),
  ("Mr. M Peake offered to investigate this matter and report back at the next meeting.", ["M Peake"]),
  ("It was reported that the Sports and Social AGM has been held.", []),
  ("Letter received from Northwold Bowls Club regarding insurance.", []),
  ("It was noted Mr Jim Morris and Mrs Teresa Waller are not standing for election on May 5th.", []),
  ("It will be checked whether Highways are aware of the sunken drain covers in School Lane.", []),
  ("Mr. F Eglington reported that the ditch along Inghams Lane will be cleared by landowners a bit at a time.", ["F Eglington"]),
 ),
 notes="The chair is not marked in the Present list; no paragraph needs it. Headingless numbered sentences 1–3 and 6 are items with "
       "their sentence as title; 4.1/4.2, 10.1/10.2 and correspondence 7.1/7.2 are not listed. '5.2 The Clerk's had nothing further to report.' "
       "is listed as the Clerk's-report slot (soft). 8.1 is a numbered planning application (listed). 'Mr Jenkinson was asked' and "
       "'Ms Muir has agreed to undertake this role' were not sampled (asked / undertaking). The Peake OPEN FORUM bullet is counted as offering at the meeting.")

# 4 Wereham, 11 November 2008
D['2008_12_wereham-parish-council-minutes-11.md'] = dict(
 council="Wereham Parish Council", committee="Full Council", date="2008-11-11", kind="minutes",
 items=I(("1.", "Present"), (None, "Apologies"), ("2.", "Minutes;"), ("3.", "Matters Arising"), (None, "Co-option to fill Vacancy"),
  ("4.", "Planning"), ("5.", "Payments"), ("6.", "Correspondence"), ("7.", "Any Other Business")),
 speakers=S(
  ("Apologies: R. Lankfer and C. Sampson - Borough Councillor.", []),
  ("Mrs. Willis proposed and C. Humphries seconded that the Minutes of the meeting held on 9th September 2008 be signed as a correct record.", ["Willis", "C. Humphries"]),
  ("A letter of thanks is to be sent to Ivan Voutt for removing the Swinging Plank play item", []),
  ("There were two applicants and a paper ballot took place - Mrs. Karin Newell was duly elected.", []),
  ("Conversion & extension of garage to form self contained Granny annexe - Finlandia, Stoke Road - recommend approval.", []),
  ("Extension of Agricultural bldg. At New College Farm, Wereham - granted.", []),
  ("Br. Legion Poppy Appeal: £16.50 - proposed P. Norris and seconded Mrs. Willis - pass for payment.", ["P. Norris", "Willis"]),
  ("U. Baddock wrote requesting the reinstatement of the 'No Parking Beyond This Point' sign", []),
  ("The road surface opposite Colbournes Garage entrance on Stoke Road needs some attention.", []),
  ("The meeting closed at 8.50p.m.", []),
 ),
 notes="Vice Chairman P. Markwell in the list; nobody is recorded speaking as chair. Item 2 is printed 'Minutes;' (semicolon kept, as "
       "set 6-b kept 'Declarations of Interest;'). 'Planning Application:'/'Planning Decisions:' are list labels (not items). "
       "Election of Karin Newell is not speech; U. Baddock's letter is correspondence.")

# 5 Stoke Ferry, 12 January 2011
D['2011_02_stoke-ferry-parish-coucnil-meeting-2.md'] = dict(
 council="Stoke Ferry Parish Council", committee="Full Council", date="2011-01-12", kind="minutes",
 items=I((None, "Those Attending"), (None, "Apologies"), (None, "Election of Chairman"), (None, "Election of Vice-Chairman"),
  (None, "Minutes of the last Meeting"), (None, "Matters Arising"), (None, "Grit Bin Placement"),
  (None, "Approval of Budget for 2011/2012"), (None, "Precept Request for 2011/2012"),
  (None, "Proposed Power and Recycling Centre as King's Lynn"), (None, "Planning"), (None, "Accounts for Approval"),
  (None, "Correspondence"), (None, "Councillors Other Business"), (None, "Public Other Business"), (None, "Next Meeting")),
 speakers=S(
  ("Cllr Mrs T Mann advised the meeting that she was resigning from the post of Chairman, therefore asked for nominations for chairman.", ["T Mann", "S Lansdell-Williams", "M Leamon", "J Nicholas-Letch"]),
  ("Cllr Mrs Leamon proposed Cllr Summers seconded by Cllr Precey.", ["M Leamon", "M Precey"]),
  ("There were 5 votes for this proposal and 1 abstention.", []),
  ("The Clerk advised the meeting that as there were only three more meetings prior to the Elections in May", ["C Hardy"]),
  ("Minutes of the last Meeting: Cllr Mrs Mendoza proposed acceptance, seconded by Cllr Mrs Mann.", ["R Mendoza", "T Mann"]),
  ("the Clerk informed the meeting she had received a letter from Development Services", ["C Hardy"]),
  ("The Cemetery - a response has been received from the Probation Service to say the paint will be returned", []),
  ("Loose Kerb Buckenham Drive - this has now been repaired", []),
  ("Spigot Mortar Mountings - Cllr Precey advised that these are actually near the Moorings", ["M Precey"]),
  ("A letter had been handed to the meeting from Little Oaks Pre-School Committee requesting financial help", []),
  ("Cllr Precey asked why the sum of £500 towards payment for future Elections had been removed.", ["M Precey"]),
  ("Cllr Nicholas-Letch stated he thought it would be a good idea for a three monthly statement of income and outgoings to be prepared.", ["J Nicholas-Letch", "C Hardy"]),
  ("Cllr Mrs Lansdell-Williams proposed that the sum of £500 for Elections be Removed from the Budget", ["S Lansdell-Williams", "J Nicholas-Letch"]),
  ("Contingency - no decision or discussion took place on this", []),
  ("Cllr Nicholas-Letch proposed requesting a Precept of £11,333.00 an increase of 3% seconded by Cllr Mrs Mann", ["J Nicholas-Letch", "T Mann"]),
  ("Email from Mrs Gostling re mud on the road in School Lane, River Drove and The Common from sugar beet lorries.", []),
  ("Cllr Mrs Lansdell-Williams advised she had not included the full information on her Notes of the Personnel Committee Meeting", ["S Lansdell-Williams", "C Hardy"]),
  ("Cllr Summers advised the meeting there will be a Public Open Meeting of the Village Hall Committee", ["D Summers"]),
  ("Mud on Roads around the village, farmers should clear the roads every day and not leave them covered in mud.", []),
  ("There being no further business the meeting closed at 9.05pm", []),
 ),
 notes="Chairman T Mann resigns at the start and D Summers is elected and takes the chair; Clerk Mrs C Hardy. Nominees "
       "(Nicholas-Letch, Summers) are not speakers as nominees; Nicholas-Letch speaks ('advised he did not wish to stand'). "
       "Matters-arising a)–k) are lettered paragraphs with lead phrases; following set 5's Stoke Ferry rule for lettered points "
       "they are not listed (a scorer listing them would add 11 items). Planning labels and budget-line lead phrases "
       "('Contingency -', 'Clerks Salary … -') are not items.")

# 6 Wretton, 12 May 2014 (annual meeting of the council)
D['2014_07_wretton-parish-council-may.md'] = dict(
 council="Wretton Parish Council", committee="Full Council", date="2014-05-12", kind="minutes",
 items=I((None, "Present"), ("1.", "Election of Chairman"), ("2.", "Chairman signed his Acceptance of Office."),
  ("3.", "Apologies for absence accepted from"), ("4.", "No Declarations of Interest made."), ("5.", "Election of Vice-Chairman"),
  ("6.", "The Minutes of the meeting held on 03/03/14 were agreed as a true record."), ("7.", "Matters arising from previous meetings"),
  ("8.", "Reports"), ("8.1", "Chairman’s Report"), ("8.2", "Clerk’s Report"), ("8.3", "Risk Assessment,"),
  ("9.", "Accounts were presented and accepted for payment."), ("10.", "Correspondence"),
  ("11.", "No planning applications received for consultation."), ("12.", "Reports from Councillors/items for the next agenda"),
  (None, "PUBLIC PARTICIPATION")),
 speakers=S(
  ("It was proposed and seconded that Cllr D Llewellyn should remain as Chairman.", []),
  ("It was proposed and seconded that Cllr M Peake should remain as Vice-Chairman.", []),
  ("It was noted the draft minutes of Wretton Parish Council meetings are posted on the Wretton Parish Council website", []),
  ("Permission has been received from Highways for a dog waste bin to be located on the Wretton side of the river at Fen Drove.", []),
  ("HGVs continue to traverse the unsuitable road along Wretton Row.", []),
  ("Comment was made by the Internal Auditor regarding the seemingly high amount of money held in reserve by the Parish Council.", []),
  ("It was noted that a passing place should be installed along Fen Drove as part of the conditions of this planning consent.", []),
  ("It was reported that the grounds maintenance contractors have been adhering to the cutting schedule", []),
  ("Cllr. J Wyett offered to reinstate the footpath finger post.", ["John Wyett"]),
  ("Councillors would like to meet with councillors from Boughton who have experience of managing wildlife areas", []),
  ("Concern was voiced regarding the future development of the chicken production unit in Wretton", []),
 ),
 notes="Annual meeting of the council (elects Chairman and Vice-Chairman) -> Full Council. Chairman Cllr David Llewellyn; clerk unnamed. "
       "Elections by unnamed proposers and seconders -> []. '8.2a It was agreed the date of the September meeting…' is a headingless "
       "numbered decision (not listed, soft). '## Cheques for approval of payment' and 'Financial position' are list labels inside item 9. "
       "Wyett's offer at the meeting counts (set 6 'offered to visit').")

# 7 Wretton, 3 September 2012
D['2012_10_wretton-parish-council-minutes-september.md'] = dict(
 council="Wretton Parish Council", committee="Full Council", date="2012-09-03", kind="minutes",
 items=I((None, "Present"), ("1.", "Apologies for Absence received from"), ("2.", "No Declarations of Interest made."),
  ("3.", "The Minutes of the meeting held on 25/06/12 were agreed as a true record."), ("4.", "Matters Arising from previous meetings"),
  (None, "Bus shelter"), (None, "Lydia’sLane/Green Lane"), (None, "Grounds Maintenance"), (None, "Pot holes"), (None, "Lime House Drove"),
  ("5.", "Chairman’s Report"), (None, "Clerk’s Report"), (None, "Safer Neighbourhood Team"),
  ("6.", "Accounts were presented and accepted for payment."), ("6.1", "Allocation and investment of reserve money"),
  ("7.", "Correspondence"), ("8.", "No planning applications received for consultation."),
  ("9.", "Reports from Councillors/items for the next agenda"), (None, "PUBLIC PARTICIPATION")),
 speakers=S(
  ("It was noted that the village bus shelter has been repaired and painted by Cllrs Mandy Peake, Mick Peake and John Wyett.", []),
  ("Thanks were also voiced forCllrMickPeakand Cllr Martyn Cann who have undertaken cutting and clearing of village footpaths", []),
  ("The grounds maintenance contractors will be asked to supply a schedule for future grass cutting in the parish.", []),
  ("The Parish Council has requested that signs be erected at either end of Lime House Drove", []),
  ("Apologies for non-attendance at the meeting had been received from the Safer Neighbourhood Team Police Liaison Officer for Wretton.", []),
  ("Councillors were presented with income and expenditure spreadsheets showing expenditure against the budget.", []),
  ("The External Auditor has contacted the Clerk to enquire how the reserve money held by the Parish Council is to be allocated.", []),
  ("Cllr. J Wyett offered to research the possibility of obtaining higher interest", ["John Wyett"]),
  ("The meeting was briefly suspended to allow Borough Councillor Colin Sampson to voice some possible implications", ["Colin Sampson"]),
  ("Discussion took place before a vote was taken for those in favour of the part night lighting policy.", []),
  ("It was noted lead stolen from the roof of the Church has been recovered locally but that some is still missing.", []),
  ("Concern was voiced that the date of the previous meeting of the Parish Council had not been made known to the public.", []),
  ("The Project Manager for the Bio-Energy Plant at Wissington Sugar Factory has offered to visit local Parish Councils", []),
 ),
 notes="Chairman Cllr David Llewellyn; clerk unnamed. Bullet sub-heads under Matters Arising and the Clerk's Report are null items "
       "(set 4 bullet sub-heading rule); 'Lydia’sLane/Green Lane' kept with the printed missing space. People thanked for work done "
       "(Peakes, Wyett, Cann) are not speakers. Wyett's offer at the meeting counts; Colin Sampson addresses the suspended meeting. "
       "The Bio-Energy project manager's offer is from outside the meeting and unnamed -> [].")

# 8 Northwold and Whittington, 6 March 2018
D['2018_07_northwold-parish-council-march-meeting'] = dict(
 council="Northwold and Whittington Parish Council", committee="Full Council", date="2018-03-06", kind="minutes",
 items=I((None, "PRESENT"), ("1.", "PUBLIC FORUM"), ("2.", "LOCAL AUTHORITY REPORTS"), ("3.", "ACCEPTANCE OF APOLOGIES FOR ABSENCE"),
  ("4.", "MEMBERS’ DECLARATION OF INTERESTS (for items on the Agenda)"), ("5.", "TO APPROVE AND SIGN THE MINUTES OF THE LAST MEETING"),
  ("6.", "REPORTS AND MATTERS ARISING FROM MINUTES OF PREVIOUS MEETINGS (for information only)"), ("7.", "CORRESPONDENCE"),
  ("8.", "RESOLVE DECISION ON GRANT REQUEST FROM NORTHWOLD SPORTS & SOCIAL CLUB TOWARDS REFURBISHMENTS"),
  ("9.", "REVIEW QUOTES FOR TREE MANAGEMENT PLAN WORKS"), ("10.", "GENERAL DATA PROTECTION REGULATIONS"), ("11.", "SCHOOL PARKING"),
  ("12.", "PLAY AREA"), ("13.", "CEMETERIES"), ("14.", "GROUNDS MAINTENANCE"), ("15.", "HIGHWAYS"), ("16.", "FLY TIPPING"),
  ("17.", "It was noted that permission was granted by the Clerk between meetings for UK Power Networks to access Parish Council land to cut back trees at Hovell’s Lane / Riverside to expose high and low voltage electricity lines."),
  ("18.", "THE CROWN INN NORTHWOLD"), ("19.", "PLANNING APPLICATIONS AND UPDATES"), ("20.", "FINANCE & POLICIES"),
  ("21.", "TRAINING"), ("22.", "ITEMS FOR AGENDA OF NEXT MEETING")),
 speakers=S(
  ("The Chairman of Northwold Sports and Social Club was present and advised that three quotations for the external cladding had been provided", []),
  ("Cllr Storey (NCC) advised that during last week’s snow there were 49 gritters and ploughs working", ["M Storey", "M. Peake"]),
  ("Apologies were received from Cllr C. Anderson, Cllr Nigel Nickles, Cllr David Human and Cllr Susan Smith.", []),
  ("Cllr Sharp declared an interest in discussions on the Northwold Sports and Social Club grant.", ["C Sharp"]),
  ("The minutes were approved by all Councillors present and the minutes were signed by the Chairman", []),
  ("The Clerk read out an email received with regards to Little London Lane as discussed at the last meeting.", ["N. Cooper"]),
  ("Norfolk County Council – A Vision for Norfolk in 2021", []),
  ("Northwold Sports and Social Club have requested that the Parish Council fund the repainting of re exterior", []),
  ("Three quotes were provided for the external cladding of the Sports and Social Club. These were all read out by the Chair", ["R. Crisp"]),
  ("Only two quotes have been received for these works. A third is awaited.", []),
  ("Cllr Quinn, Cllr Pointeer and Cllr Hogan volunteered", ["I Quinn", "C Pointeer", "H Hogan"]),
  ("The Clerk advised that the National Lottery Awards for All grant of £6,300 has been granted", ["N. Cooper"]),
  ("A timetable for the Play Maintain repairs has been requested and is awaited.", []),
  ("Cllr Gillett advised that he has checked the Northwold headstones twice since the last meeting", ["G Gillett"]),
  ("The Clerk advised that the TTSR schedule of works and insurance documents are awaited.", ["N. Cooper"]),
  ("Cllr Storey advised that all NCC Members have been provided a budget of £6,000", ["M Storey"]),
  ("FLY TIPPING Whittington This has been resolved.", []),
  ("With nothing more to discuss the meeting closed at 9pm", []),
 ),
 notes="'Ordinary Meeting' -> Full Council. Chair Cllr R. Crisp (Chairperson); Clerk Mrs N. Cooper. Item 13 CEMETERIES is printed "
       "twice (brought forward mid-paragraph after item 5, and again in its place); listed once. Item 17 has no heading (sentence as title). "
       "Roman sub-points i./ii. and '20.i CASHBOOK BANK RECONCILIATION' are not listed. The Sports and Social Club chairman is unnamed -> []. "
       "Signing the minutes is not speech. The GDPR paragraph: the three volunteers at the meeting are speakers; the Clerk's written summary is not.")

# 9 Stoke Ferry, 18 May 2011 (annual meeting of the council)
D['2011_06_stoke-ferry-parish-council-21.md'] = dict(
 council="Stoke Ferry Parish Council", committee="Full Council", date="2011-05-18", kind="minutes",
 items=I((None, "Those Attending"), (None, "Apologies"), (None, "Election of Chairman"), ("1.", "Minutes of the last Meeting"),
  ("2.", "Matters Arising"), (None, "Internal Audit"), (None, "Adoption of Financial Regulations"),
  (None, "Adoption of Risk Assessment and Management"), (None, "Adoption of Annual Governance Statement Section 2"),
  (None, "Adoption of Annual Accounts"), (None, "Signatory for Current Account"), (None, "Future Meetings"),
  (None, "Co-option of Parish Councillor(s)"), (None, "Parish Council Representative on Village Liaison Committee"),
  ("3.", "Planning"), ("4.", "Accounts for Approval")),
 speakers=S(
  ("Apologies: No apologies", []),
  ("The Clerk advised the meeting that it would be in order for a Chairman to be elected for this meeting", ["C Hardy"]),
  ("Cllr Ryves proposed Cllr Nicholas-Letch seconded by Cllr Mr Leamon.", ["T Ryves", "M Leamon", "J Nicholas-Letch"]),
  ("Cllr Nicholas-Letch asked for an amendment to the item - Review of Rental - Allotment Land Furlong Drove", ["J Nicholas-Letch"]),
  ("Subject to this amendment Cllr Mrs Leamon proposed acceptance seconded by Cllr Ryves", ["M Leamon", "T Ryves"]),
  ("Cllr Mrs Leamon asked whether the Clerk still had the grit bins in her possession", ["M Leamon", "C Hardy"]),
  ("The Clerk informed the meeting that the Internal Audit had taken place - everything was in order.", ["C Hardy"]),
  ("The Clerk asked if the Financial Regulations had been read and if they were in agreement with them.", ["C Hardy"]),
  ("Cllr Ryves proposed acceptance seconded by Cllr Mrs Leamon. Agreed", ["T Ryves", "M Leamon"]),
  ("Cllr Nicholas-Letch informed the meeting that meetings were at one time held every six weeks then changed to once a month", ["J Nicholas-Letch", "C Sampson"]),
  ("The Clerk informed the meeting that five requests to become parish councillors had been received", ["C Hardy"]),
  ("Carried by 2 votes to 1.", []),
  ("BC Sampson said thanks for coming forward it's hard work.", ["C Sampson", "J Nicholas-Letch"]),
  ("The Clerk advised the meeting that two parish council representatives are required on this Committee", ["C Hardy", "M Leamon", "T Ryves", "J Nicholas-Letch"]),
  ("Supported by the Parish Council - Full and Listed Building Application - single storey rear extension", []),
 ),
 notes="'Annual Parish Council Meeting' of the council (elects a chairman, adopts accounts, co-opts) -> Full Council. Clerk Mrs C Hardy; "
       "J Nicholas-Letch is elected chairman for the meeting. 'Cllr Mr Leamon' (typo) is M Leamon. 'Cllr Mrs Mann' proposes in "
       "'Adoption of Financial Regulations' but is not in the attendance list: that paragraph was not sampled. Nominees (Nicholas-Letch, "
       "Clements) are not speakers as nominees. Ryves 'agreed to be the third signatory' was not sampled. "
       "The file is truncated after '4. Accounts for Approval / E-on - Direct Debit -'. 'a) Grit Bins' (lettered point) not listed.")

# 10 West Dereham, 14 September 2006 (printed 2007)
D['2006_10_west-dereham-parish-council-minutes-4.md'] = dict(
 council="West Dereham Parish Council", committee="Full Council", date="2006-09-14", kind="minutes",
 items=I(("1.", "Present"), ("2.", "Apologies"), ("3.", "Minutes"), ("4.", "Matters Arising"), ("5.", "Planning"),
  ("6.", "Payments"), ("7.", "Correspondence"), ("8.", "Any Other Business")),
 speakers=S(
  ("Apologies: R. Drew and Mrs. Moir - Borough Councillor.", []),
  ("The minutes of the meeting held on 13th July 2006 were agreed as a correct record and duly signed.", []),
  ("The DEFRA information is on 'back order' and will be forwarded to us as soon as it is available.", []),
  ("Planning: None", []),
  ("proposed Mrs. Fisher and seconded Mrs. Berry pass for payment.", ["Fisher", "Berry"]),
  ("The grassed area in front of the old Forge is need of cutting -clerk to contact N.C.C.", []),
  ("The meeting closed at 8.40 p.m.", []),
 ),
 notes="Body prints 'Wrest Dereham parish Council' (typo; title 'West Dereham Parish Council Minutes') and 'Thursday 14th September 2007'. "
       "The meeting approves the minutes of 13 July 2006, mentions a Home Watch road show on 21/11/06, the file was posted 2006-10, and "
       "14 Sep 2006 was a Thursday (14 Sep 2007 a Friday): date corrected to 2006-09-14 (set 2 hard case 3 style); a literal reading gives 2007-09-14. "
       "Correspondence paragraph (Tilburn 'agreed to contact', the Robertsons' letter) not sampled. Chairperson Miss Richardson; "
       "'Action: None' is a list label.")

# 11 West Dereham, 15 May 2019 (annual meeting of the council)
D['2019_09_draft-minutes-of-the-west-dereham-annual'] = dict(
 council="West Dereham Parish Council", committee="Full Council", date="2019-05-15", kind="minutes",
 items=I(("1.", "Election of Chairman and Declaration of Acceptance of Office (chaired by Claire Cann)"),
  ("2.", "Apologies for absence"), ("3.", "Declarations of interest on agenda items"),
  ("4.", "Notice regarding use of social media, audio recording of Parish Council meeting and invitation for public contributions"),
  ("5.", "Minutes of the Meeting held on 4 April 2019"), ("6.", "Matters Arising"),
  ("6.1", "War Memorial, St Andrew’s Churchyard"), ("6.2", "Keep Britain Tidy, West Dereham’s litter pick 14th April"),
  ("6.3", "Changes to Mobile Library Service in West Dereham"), ("6.4", "Natural Burial area, replacement of trees"),
  ("6.5", "Parish Council Election results"), ("6.6", "Borough Election (Denver Ward) results"),
  ("6.7", "Fly tipping, Wereham Road"), ("6.8", "Flooded Drains, Hilgay Road"), ("6.9", "Field Entrance, Ryston Road"),
  ("6.10", "Ditches, Church Road"), ("6.11", "Potholes, Church Road and Basil Road"),
  ("6.12", "Visit to Arbory Trust, natural burial cemetery"), ("6.13", "YMCA Youth-West Partnership"),
  ("7.", "Reports"), ("7.1", "Chairman’s Report"), ("7.2", "Clerk’s Report"), ("7.3", "Handyman’s Report"),
  ("7.4", "Police Report"), ("7.5", "Village Hall Report"), ("7.6", "Glazewing Report"),
  ("8.", "Finance Report"), ("8.1", "Bank Mandate"), ("8.2", "Accounts for April 2019 - Cash Flow, Cash Book and Payments"),
  ("8.3", "Insurance (Three year Agreement)"), ("8.4", "Handyman’s Pay and Expenses"), ("8.5", "End of year Accounts 2018/19"),
  ("9.", "To consider Parish Council Internal Affairs and Policies"), ("9.1", "Assets Register 2019/20"),
  ("10.", "To comment on planning applications currently received at the time of the meeting"), ("11.", "Correspondence"),
  ("12.", "To receive further reports/items of business for the next agenda"), ("13.", "Date of Next Meeting"),
  ("14.", "Open Forum"), ("15.", "Close of Meeting.")),
 speakers=S(
  ("DRAFT MINUTES OF THE WEST DEREHAM ANNUAL PARISH COUNCIL MEETING HELD AT WEST DEREHAM VILLAGE HALL", []),
  ("PW was proposed as Chairman by LH and seconded by PK.", ["Lorraine Hunt", "Paula Kellingray", "Pam Walker"]),
  ("6.2 Keep Britain Tidy, West Dereham’s litter pick 14th April - The Parish Clerk reported that 10 local people helped", ["Peter King"]),
  ("LH requested that the Parish Clerk contact the YMCA to ascertain if other local villages had been successful", ["Peter King", "Lorraine Hunt", "Pam Walker", "Paula Kellingray"]),
  ("7.6 Glazewing Report The Parish Clerk reported that there were outstanding items of information", ["Peter King"]),
  ("Payee Cheque No Net VAT Gross Remarks Norfolk Association of Local Councils", []),
  ("PW asked the Councillors present if they were content with the payments.", ["Peter King", "Pam Walker", "Lorraine Hunt"]),
  ("The Parish Clerk stated that no planning applications had been received this month.", ["Peter King"]),
  ("PW confirmed that the invitation had been deferred and that they would be invited to a future meeting.", ["Pam Walker", "Lorraine Hunt"]),
 ),
 notes="'Annual Parish Council Meeting' (elects the Chairman) -> Full Council. PRESENT: Annie Barber (AB), Lorraine Hunt (LH), Paula "
       "Kellingray (PK), Pam Walker (PW) Chair; Claire Cann (CC) Retiring Chair; Peter King, Parish Clerk. Whole-paragraph rule: the "
       "minutes run as a few long paragraphs. In the first paragraph 'The Chairman welcomed everyone' comes before the election, which "
       "is 'chaired by Claire Cann': the welcomer is ambiguous (Claire Cann or Pam Walker) and was not added; PW speaks in that paragraph "
       "anyway (asked/advised/thanked). Parishioners are unnamed. The PK 'had reported to him' remark is relayed, but PK also speaks "
       "('PK noted that there was nothing to report') in the same paragraph. The handyman's report (third-level 7.3.x) is written. "
       "Third-level numbers and 14.1–14.4 (headingless) are not listed. The payments table paragraph is a negative.")

# 12 West Dereham, 14 November 2002
D['2003_02_west-dereham-parish-council-3.md'] = dict(
 council="West Dereham Parish Council", committee="Full Council", date="2002-11-14", kind="minutes",
 items=I((None, "Present"), (None, "Apologies"), (None, "Minutes"), (None, "Matters Arising"),
  (None, "The road outside the old Chequers"), (None, "Information Commissioner"), (None, "Planning"), (None, "Payments"),
  (None, "Correspondence"), (None, "Any Other Business")),
 speakers=S(
  ("Apologies: T. Manley and G. Cann", []),
  ("It was proposed by B. Glover and seconded by Miss Richardson that the minutes of the October meeting be signed as a correct record.", ["B. Glover", "Richardson"]),
  ("Mr. Warren wrote to the County Council regarding the state the area was left in", []),
  ("The clerk had spoken on the telephone to their Office", []),
  ("Glazewing Ltd. Replacement Office - recommend approval.", []),
  ("Proposed P. Wood, seconded B. Glover pass for payment.", ["P. Wood", "B. Glover"]),
  ("C.A.B. request for a donation - £25.00 proposed P. Wood, seconded Miss Richardson unanimously agreed.", ["P. Wood", "Richardson"]),
  ("C.G.M. Ltd sent a quotation for the grass maintenance for 2003", []),
  ("A Parishioner suggested that perhaps an 'adopt a grave' scheme could be set up to clear the Churchyard.", []),
  ("A question was asked if Mr. Cann was still a member of the Parish Council.", []),
  ("The meeting closed at 9.30p.m.", []),
 ),
 notes="Council from the front-matter title ('West Dereham Parish Council'); the body says only 'Minutes of the November 2002 meeting'. "
       "Chairman E. Drew (no paragraph needs him). Own-line heads are null items, including the two Matters Arising sub-heads. "
       "Letters (Warren, O'Grady), the clerk's phone call and the anonymous parishioner are not speakers.")

# 13 Stoke Ferry, 8 October 2014
D['2014_12_stoke-ferry-parish-council-24.md'] = dict(
 council="Stoke Ferry Parish Council", committee="Full Council", date="2014-10-08", kind="minutes",
 items=I((None, "Those attending"), ("1.", "To consider accepting apologies for absence"), (None, "Extraordinary Item"),
  ("2.", "To approve the Minutes of the last Council Meeting on 10 September 2014"), ("3.", "To consider Matters Arising from the Minutes"),
  (None, "Overgrown hedge from bungalows adjacent to playing fields"), (None, "New light Boughton Rd reported to Westcotec again"),
  (None, "Overgrown hedge in Bridge Road"), (None, "Grassed area Oak Road/Border Road"),
  ("4.", "To record Declarations of Interest"),
  ("5.", "To consider responses to the Questionnaire re Defibrillator, Speeding, Cemetery Wild Flower Meadow"),
  ("6.", "To consider setting up internet communication/internet access for councillors"),
  ("7.", "Remembrance Sunday – 9 November – Final Details/Programme"), ("8.", "SNAP Meeting update"),
  ("9.", "Standing Orders – update to accommodate recording/filming meetings"),
  ("1.", "Speeding in the village – NCC Delivering Highway Improvements"),
  ("1.", "To consider further involvement of Stoke Ferry constituents/surgeries"), ("2.", "To consider Planning Applications"),
  ("3.", "To approve payments to be made"), ("4.", "Correspondence received"),
  ("5.", "To receive further information or suggested items to be considered for the next meeting agenda (Councillors and Public)"),
  (None, "Points raised by members of the public"), ("6.", "Date and time of next meeting"),
  (None, "Exclusion of Press and Public – Standing Order 3d"), ("7.", "To consider staffing matters")),
 speakers=S(
  ("Apologies were received from Vice-Chair Cllr S Lintern.", []),
  ("The Chair gave official thanks to Mrs C Hardy, former clerk to the Council", ["D Clements"]),
  ("Cllr Denny proposed acceptance of the Minutes, seconded by Cllr McCarthy.", ["P Denny", "L McCarthy"]),
  ("Kit Hesketh-Harvey has OK’d the use of the Church for Remembrance Sunday and Christmas Carols.", []),
  ("Parking and speeding reported to the Police, but there is not much they can do without registration numbers", []),
  ("Chair reported that the light was now working.", ["D Clements"]),
  ("Cllr Denny provided the response sheet, showing around 80 responses per item.", ["P Denny"]),
  ("It was agreed that as much information as possible should be provided to councillors in electronic form", []),
  ("The Chair reported on the last meeting held on 17th September in Watlington.", ["D Clements"]),
  ("Cllr Denny proposed that the Standing Orders be thus amended, Cllr McCarthy seconded.", ["P Denny", "L McCarthy"]),
  ("The NCC was offering 50% funding for mobile (but not fixed) speed indicators.", []),
  ("County Councillor Storey said that NCC did surgeries", ["M Storey"]),
  ("Reserved matters application construction of 3 bungalows at Sandralan Lynn Road", []),
  ("Cllr Denny proposed approval for payment, seconded by Cllr McCarthy.", ["P Denny", "L McCarthy"]),
  ("A plant catalogue from J Parker’s Wholesale.", []),
  ("Cllr McCarthy related an incident where he found someone pushing a wheelchair along the road in Bridge Road", ["L McCarthy"]),
  ("County Councillor Storey described the event to open the new playing equipment on the playing fields as most enjoyable", ["M Storey"]),
  ("The Chair noted that as information was provided in this case via leaflet", ["M Storey", "D Clements"]),
  ("The Chair confirmed that it was owned privately, but it was not known by whom.", ["D Clements", "L McCarthy"]),
  ("Speeding in the village: what villagers really wanted was more police in evidence.", ["D Clements"]),
  ("Various comments on how best for the Council to communicate with constituents", []),
  ("Some details within the Clerk’s contract of employment were changed.", []),
 ),
 notes="Chair Cllr D Clements; Clerk Mrs J A Taylor (new); Mrs C Hardy is the former clerk (thanked, not a speaker). Item numbers kept "
       "as printed: Markdown list markers restart ('1.' for the items that would be 10 and 11, then '2.'–'7.' for 12–17); each list is "
       "broken by intervening paragraphs, so printed = rendered. Paragraph-initial topic lead phrases in Matters Arising are null items "
       "(set 6-b rule for Stoke Ferry 2014), except the references 'Items 7 and 8:' and 'Item 14:'. The public's question lead phrases "
       "are not listed. Undertakings (Ryves 'agreed to investigate', Stocking 'undertook', 'The Chair undertook/agreed to talk') were avoided.")

# 14 Northwold, 3 September 2013
D['2013_11_northwood-parish-council-september.md'] = dict(
 council="Northwold Parish Council", committee="Full Council", date="2013-09-03", kind="minutes",
 items=I((None, "Present"), ("1.", "To receive and consider accepting apologies for absence"), ("2.", "Declarations of Interest made"),
  ("2.1", "To consider dispensations"), ("3.", "To agree the minutes of the meeting of 06/08/2013"),
  ("4.", "Matters arising from the minutes (for information only)"), ("5.", "Reports"), ("5.1", "Chairman’s report"),
  ("5.2", "Clerk’s report"), ("6.", "To Consider and give an update on"), (None, "Streetlighting"), (None, "Manor House"),
  (None, "Allotment Contract"), (None, "Play Equipment Maintenance Money"), (None, "Lightsource Community Benefit Payment"),
  (None, "OPEN FORUM"), ("7.", "Accounts to be presented for approval of payment August 2013"),
  ("7.1", "To Consider the Revised Budget and Projected Figures"), ("7.2", "To Consider Clerk’s Training"), ("8.", "Planning"),
  ("8.1", "To receive planning decisions"), ("8.2", "To consider the following planning application"),
  ("8.3", "To consider any planning applications after the agenda was produced"),
  ("9", "To receive and Consider Correspondence"), ("10.", "Any Further reports/items for the next agenda")),
 speakers=S(
  ("Mrs Crisp welcomed all to the meeting.", ["R Crisp"]),
  ("Mrs Crisp went through the minutes; the minutes having been previously circulated were agreed and signed as a true record.", ["R Crisp"]),
  ("Most of the items are on the agenda. The clerk has emailed about the tree survey", []),
  ("It was noted that the chafer bugs are back although not as bad as before", []),
  ("The clerk read out the letter from the Parishioner who had complained about CGM", []),
  ("an email had been received from the lighting contractors; the work could go ahead", []),
  ("It was suggested that a litter picker be employed, the clerk recommended looking at the budget first.", []),
  ("A member of the Playground Committee commented that the letter she received from the Parish Council was inaccurate", []),
  ("Mrs Crisp clarified that the last repairs were completed free of charge", ["R Crisp"]),
  ("A discussion took place on communication with the Parish Council and issues surrounding communication.", []),
  ("Mrs Crisp thanked Mr Collins and the person who had donated the money", ["R Crisp"]),
  ("Single storey extension at Hill House, 25 Methwold Road, Whittington (13/01163/F)- agreed, no objections", []),
  ("Two Highway engineers surveyed the crossroad; they commented on the speed of cars and will report it.", []),
  ("Mrs Crisp thanked everyone for attending.", ["R Crisp"]),
 ),
 notes="File name says 'northwood'; the body says 'NORTHWOLD PARISH COUNCIL'. Chair Mrs R Crisp ('Mrs R Crisp-Chair'). The clerk is never "
       "named, so 'The clerk read out/recommended' paragraphs are negatives (set 3/4 rule). Items 7.1, 7.2 and 8 are inside an HTML "
       "table (underlined heads); listed. Bold sub-topics under item 6 are null items. The HTML table is one Markdown paragraph; its speakers "
       "are R Crisp only (the Clerk is unresolved; 'Mrs Crisp signed the form' and Peake 'would not be taking any part' are not speech). "
       "Peake's late apologies (P14) and the litter paragraph with undertakings were not sampled.")

# 15 Wretton, 13 November 2007
D['2008_02_wretton-parish-council-meeting-minutes.md'] = dict(
 council="Wretton Parish Council", committee="Full Council", date="2007-11-13", kind="minutes",
 items=I((None, "Present"), ("1.", "Apologies for Absence accepted from"), ("2.", "No declarations of Interest made"),
  ("3.", "Approval of Minutes"), ("4.", "Matters Arising"), ("5.", "Chairman's Report"), (None, "Clerk's Report"),
  ("6.", "Accounts were presented and accepted for payment."), ("7.", "Correspondence"), ("8.", "Planning"),
  ("8.1", "Location: The Old Barn, Low Road, Wretton"), ("9.", "Sewerage Update - Public participation"),
  ("10.", "Other Reports - for information only")),
 speakers=S(
  ("The minutes of the 11/09/07 were confirmed as a true record of the meeting.", []),
  ("The paperwork regarding the transfer of Wretton Green is now back from the Borough Council.", []),
  ("The Chairman gave an update on the sewerage problem and advised that the public would also get an opportunity to comment", ["D Llewellyn"]),
  ("Borough Councillor Mr Sampson has replied regarding Highways issues in the parish", []),
  ("It was resolved to increase the precept request for 2008 to £3576 (a rise of 3%).", []),
  ("It was also suggested that consideration should be given to placing some of the money held in the Reserve Account", []),
  ("(Comment was made however that there is a potential problem with overlooking on the SW facing elevation).", []),
  ("The meeting was closed to allow the public at 8.30pm.", []),
  ("The Parish Council was thanked for the efforts put in so far relating to trying to resolve the sewerage odour problems.", []),
  ("It was commented that the drain along Wretton Drove also appears contaminated.", []),
  ("Concern was voiced about outdoor lighting in the parish", []),
  ("It was agreed to go ahead and obtain one five a side goal as long as the cost would not exceed £200.", []),
 ),
 notes="Chairman Cllr D Llewellyn; clerk unnamed. Correspondence 1–16 (no 9) is a numbered list, not items. The planning consultation "
       "number '8.1' stands on its own line before 'Location: …' and is listed as a numbered planning application. 6.1 and 10.1/10.2 "
       "are headingless. The second Chairman's-report paragraph (Sprules letter, 'A reply will be drafted by the Chairman') was not sampled. "
       "Sampson's reply is correspondence -> [].")

out = []
for f in FILES:
    base = f.split('/', 1)[1]
    keys = [k for k in D if base.startswith(k) or base == k]
    assert len(keys) == 1, (f, keys)
    d = D[keys[0]]
    out.append({"file": f, "council": d["council"], "committee": d["committee"], "date": d["date"], "kind": d["kind"],
                "items": d["items"], "speakers": d["speakers"], "context": {"notes": d["notes"]}})
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
ti = tw = tn = 0
print('| file | council | committee | date | kind | items | with spk | neg |')
print('|---|---|---|---|---|---|---|---|')
for o in out:
    w = sum(1 for s in o['speakers'] if s['speakers']); n = len(o['speakers']) - w
    ti += len(o['items']); tw += w; tn += n
    print(f"| {o['file'][7:52]} | {o['council']} | {o['committee']} | {o['date']} | {o['kind']} | {len(o['items'])} | {w} | {n} |")
print('total items', ti, 'with', tw, 'neg', tn)
