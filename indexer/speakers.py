"""Who speaks in each paragraph of minutes written in reported speech.

A speaker is a person who speaks, reports, presents, asks, answers, moves, seconds or responds in
the paragraph ("Councillor Glynis Phillips urged", "A report was presented by Donna Talbot",
"It was proposed by G. Clere, seconded by D. Pickston", "The Chairman asked" when the document
says who chaired, "The Clerk advised" when the attendance list names the Clerk). People who only
sent apologies, are listed as present or in a recorded vote, are mentioned or addressed, or left
the meeting are not speakers, and neither is anyone in an officer's report or an agenda (their
people are mentioned, not heard). A speaker is a person: a name counts when it carries a title or
role, or the document lists or titles that person elsewhere, or it starts with a given name
(indexer/given_names.py) and the document never uses it as a thing ("the Grit Bin", "dog
fouling"). Names are shown without honorifics, in the fullest form the same document gives for
that person ("Councillor Stratford" -> "Lawrie Stratford"); a different surname is a different
person, however alike ("Barker" is not "N Baker").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

from engine.people import MAX_FORMS_PER_SURNAME
from engine.people import given_compatible as _given_compatible
from engine.people import name_fullness as _fullness
from engine.people import split_name as _split
from engine.people import surname_key as _key
from indexer.analysis import split_sentences
from indexer.given_names import is_given_name
from indexer.model import Document, Paragraph

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

# Titles that open a name; longest first so "County Councillor" wins over "Councillor".
# "BC"/"CC"/"DC" are parish minutes' short forms of Borough/County/District Councillor.
HONORIFICS = (
    "County Councillors", "Borough Councillors", "District Councillors", "Parish Councillors", "Councillors", "Cllrs",
    "County Councillor", "Borough Councillor", "District Councillor", "Parish Councillor", "City Councillor",
    "Town Councillor", "Councillor", "Cllr", "BCllr", "CCllr", "DCllr", "Clr", "Cll", "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady",
    "Professor", "Prof", "Revd", "Rev", "Reverend", "Canon", "PCSO", "PC", "Sergeant", "Sgt", "Inspector", "Insp",
    "Superintendent", "Supt", "Messrs", "BC", "CC", "DC",
    # North American councils and boards title members by their seat ("Councilmember Daysog",
    # "Vice Mayor Gilmore", "Board Member Kohlstrand", "President Blake", "Commissioner Tilos").
    "Councilmembers", "Council Members", "Boardmembers", "Board Members", "Board members", "Commissioners",
    "Councilmember", "Council Member", "Boardmember", "Board Member", "Board member", "Commissioner",
    "Vice Mayor", "Deputy Mayor", "Mayor", "Vice-President", "Vice President", "President", "Director", "Member",
    "Madam Speaker", "Mister Speaker", "Speaker", "Chair",
    # "Clir." is how OCR reads "Cllr."; "Cmhlr" is the Irish "Comhairleoir" (OCR: "Cmhir").
    "Clir", "Cmhlr", "Cmhir",
    # A mayor in Canada and elsewhere: "His Worship Mayor Katz".
    "His Worship", "Her Worship", "Your Worship",
)
POST_NOMINALS = ("OBE", "MBE", "CBE", "KBE", "DBE", "JP", "DL", "MP", "QC", "KC", "FRICS")
_FEMALE = {"mrs", "ms", "miss", "dame", "lady"}
_MALE = {"mr", "sir", "lord", "messrs"}
_COUNCILLOR = {"councillor", "cllr", "bcllr", "ccllr", "dcllr", "clr", "cll", "county councillor", "borough councillor", "district councillor",
               "parish councillor", "city councillor", "town councillor", "bc", "cc", "dc", "councilmember", "council member", "clir", "cmhlr",
               # "Councillors Mrs D Clements" in an attendance list: the plural title says the same.
               "councillors", "cllrs", "county councillors", "borough councillors", "district councillors", "parish councillors"}

# Verbs whose subject speaks. Past tense as minutes are written, plus a few presents.
SPEECH_VERBS = (
    "said", "says", "asked", "asks", "answered", "responded", "replied", "reported", "explained", "stated", "noted",
    "added", "commented", "confirmed", "advised", "welcomed", "thanked", "urged", "expressed", "raised", "queried",
    "questioned", "suggested", "proposed", "seconded", "moved", "introduced", "presented", "summarised", "summarized",
    "outlined", "highlighted", "emphasised", "emphasized", "informed", "updated", "gave", "provided", "spoke",
    "agreed", "declared", "requested", "sought", "challenged", "acknowledged", "concluded",
    "reiterated", "clarified", "described", "detailed", "referred", "indicated", "accepted", "supported",
    "opposed", "echoed", "congratulated", "delivered", "elaborated", "tabled", "assured", "recommended",
    "considered", "felt", "believed", "pointed", "paid", "praised", "voiced", "argued", "insisted", "cautioned",
    "warned", "stressed", "recognised", "recognized", "commended", "invited", "wished", "offered", "mentioned",
    "observed", "remarked", "contended", "announced", "concurred", "led", "addressed", "read", "put", "made",
    "referenced", "shared", "set", "went", "took", "circulated", "drew", "volunteered", "called", "notified",
    "briefed", "reminded", "recalled", "recapped", "recounted", "reflected", "restated", "reaffirmed", "reassured",
    "countered", "disagreed", "proposes", "seconds", "moves", "enquired", "inquired", "looked", "retorted",
    "complained", "objected", "passed", "apologised", "thought", "estimated", "queried", "announced", "nominated", "explains",
    "motioned", "convened", "endorsed", "inquires", "talked", "expanded", "told", "brought", "submitted", "proceeded", "opened",
    "closed", "suspended", "did", "extended", "conveyed", "adjourned", "wanted", "joined",
    "reports", "welcomes", "thanks", "asks", "advises", "confirms", "suggests", "notes", "responds", "replies",
    "would", "had", "has", "was", "is",
)
# Verbs after which a name is a speaker even in the passive: "presented by Donna Talbot".
PASSIVE_VERBS = ("presented", "introduced", "proposed", "seconded", "moved", "given", "raised", "asked", "made", "requested",
                 "delivered", "led", "reported", "tabled", "submitted", "nominated", "suggested", "read out")
# Verbs that make their subject a speaker only with the right words after them.
WEAK_CONTINUATIONS = {
    "would": r"(?:like|welcome|ask|be\s+(?:grateful|happy|pleased)|support|oppose|suggest|urge|encourage|propose)",
    "had": r"(?:offered\s+to\s+(?:give|speak|present|provide|update|report|explain)|asked|given\s+(?:notice|an?\s+update|a\s+(?:report|presentation|statement))|raised|requested|proposed|spoken|submitted)",  # "had reported": earlier, relayed
    "has": r"(?:asked|given\s+(?:notice|an?\s+update|a\s+(?:report|presentation|statement))|raised|requested|proposed|reported|spoken|submitted)",  # "has written": a letter
    "was": r"(?:pleased|concerned|disappointed|keen|happy|delighted|grateful|unhappy|dissatisfied|not\s+(?:happy|content|satisfied|convinced)|"
           r"invited\s+to\s+(?:speak|share|address|give|present|comment|report|explain|update|respond|introduce|outline)|of\s+the\s+(?:view|opinion))",
    # "Cllr Stocking did not agree": disagreeing at the meeting is speaking.
    # "the Clerk did point out that ...", "The Clerk did advise that she would be prepared ...": an emphatic "did" before a speech verb.
    "did": r"(?:not\s+(?:agree|accept|support|think|feel|believe|want|wish|like|consider|see)|(?:also\s+)?(?:point\s+out|advise|say|state|confirm|explain|report|mention|ask|suggest|stress|add)\b)",
    "talked": r"(?:through|about|on|to\s+(?:members|the\s+(?:meeting|committee|council|board)))",
    "expanded": r"(?:on|upon)",
    "brought": r"(?:up|forward|to\s+(?:the\s+)?(?:attention|notice))",
    "submitted": r"(?:a|an|the|his|her|their)\s+(?:\w+\s+)?(?:petition|report|motion|question|proposal|amendment|statement)",
    "proceeded": r"to\s+(?:go\s+through|give|present|outline|explain|read|speak|address|update|introduce|describe)",
    # Opening or closing the meeting, suspending standing orders: the chair announcing it.
    # "President Teague opened public comments", "adjourned the meeting": the chair announcing it.
    "opened": r"(?:the\s+meeting|(?:the\s+)?(?:public\s+(?:comments?|hearing)|floor)\b)", "adjourned": r"the\s+meeting",
    # "joined in extending his condolences", "joined in the tributes": not "joined the meeting".
    "joined": r"in\s+(?:(?:extending|paying|expressing|offering|conveying|sending)\b|the\s+(?:tributes?|sympathy|congratulations|condolences|thanks|welcome)\b)",
    # "President Teague wanted to know how ...", "Director Thomas wanted to thank ...".
    "wanted": r"to\s+(?:know|thank|see|ask|add|clarify|understand|hear|note|say|mention|point\s+out|express|comment|confirm|echo|stress|highlight|emphasi[sz]e)\b", "closed": r"the\s+meeting", "suspended": r"(?:the\s+)?(?:standing\s+orders|meeting)",
    "is": r"(?:pleased|concerned|disappointed|keen|happy|delighted|grateful)",
    "set": r"out", "went": r"(?:on\s+to|through)", "took": r"(?:members|the\s+(?:committee|meeting|cabinet|council|panel|board))\s+through",
    "put": r"(?:forward|a\s+question|to\s+the\s+vote|(?:the|a|an|it|this)\b.{0,100}?\bto\s+(?:the\s+)?vote)",
    "made": r"(?:(?:a|the|his|her|their)\s+(?:\w+\s+)?(?:statement|presentation|point|comment|speech|plea|request|proposal|motion|complaint))",
    "read": r"(?:out|(?:a|an|the|his|her)\s+(?:\w+\s+)?(?:statement|letter|email|e-mail|report|message|question|response|reply|note|update))",
    "led": r"(?:the\s+(?:discussion|debate|presentation))",
    "gave": r"(?:(?:members|councillors|the\s+(?:members|committee|board|meeting|council))\s+)?(?:(?:an?|the|his|her|their|a\s+brief|a\s+short|a\s+verbal)\s+)?(?:\w+\s+)?(?:update|report|presentation|overview|summary|briefing|explanation|assurances?|details?|thanks|talk|answer|response|account|reply|speech|statement|address|thoughts|views|comments|remarks|opinion|timeline|history|background|breakdown|reminder|recap)",
    "paid": r"tribute",
    "called": r"(?:(?:for|on|upon)\b|(?:the|this)\s+(?:[\w’'-]+\s+){0,8}?meeting\s+to\s+order)",
    "looked": r"forward",
    "thought": r"(?:that|it)\b",
    "passed": r"on\b",
    # "The Cathaoirleach extended congratulations / his deepest sympathy": said at the meeting; not "extended the deadline".
    "extended": r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:\w+\s+){0,2}?(?:sympathy|sympathies|condolences?|congratulations|thanks|gratitude|good\s+wishes|best\s+wishes|wishes|welcome|appreciation|tribute)",
    "conveyed": r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:\w+\s+){0,2}?(?:sympathy|sympathies|condolences?|congratulations|thanks|gratitude|good\s+wishes|best\s+wishes|wishes|welcome|appreciation|concerns?|views?)",
}
WEAK_VERBS = frozenset(WEAK_CONTINUATIONS)
ROLE_WORDS = r"(?:Vice[- ]Chairman|Vice[- ]Chairperson|Vice[- ]Chair|Chairman|Chairwoman|Chairperson|Chair|Cathaoirleach|Príomh[- ]Chomhairleoir|Leader|Mayor|Clerk)"

# Capitalised words that are never part of a person's name (they follow or precede one in lists).
_STOP_WORDS = (
    "County|Borough|District|Parish|City|Town|Council|Councils|Councillor|Councillors|Cllr|Cllrs|Cabinet|Member|Members|"
    "Leader|Chairman|Chairwoman|Chairperson|Chair|Clerk|Vice|Deputy|Director|Head|Officer|Manager|Mayor|Committee|"
    "The|And|Of|For|To|In|On|At|By|With|From|Apologies|Present|Also|Absent|Agenda|Item|Minutes|Resolved|Mr|Mrs|Ms|"
    "Miss|Dr|Sir|Messrs|OBE|MBE|CBE|KBE|DBE|JP|DL|MP|QC|KC|Proposed|Seconded|Proposer|Seconder|Agreed|Carried"
)
_HONORIFIC = "|".join(re.escape(h) for h in HONORIFICS)
_HON_SEQ = rf"(?<![\w’'-])(?:(?:{_HONORIFIC})(?:\.\s*|\s+))+"  # not "BC" inside "BBC Radio Norfolk"  # "Cllr.Adrian Jenkinson" as printed too
# One capitalised word with a lower-case letter after its first. Possessive (*+): the word is taken
# whole, never split two ways, so a long list of names that ends without a verb fails in linear
# time instead of trying every split of every name (a 16-name roll call took minutes).
_NAME_WORD = rf"(?!(?:{_STOP_WORDS})\b)[A-Z](?=[a-zA-Z’'\-]*[a-z])[a-zA-Z’'\-]*+"
_INITIALS = r"(?:(?:[A-Z](?:\.\s*|\s+)){1,3}|[A-Z]{2,3}\s+)"
# A titled name: "Councillor Lawrie Stratford", "Mr R W Gough", "Cllr. Tilley", "Cllr Mrs M Leamon".
# With initials the surname is one word, so "Mr M Storey Norfolk County Councillor" stops at Storey.
TITLED = rf"(?:{_HON_SEQ}(?:{_INITIALS}{_NAME_WORD}|(?:{_NAME_WORD}\s+){{0,2}}{_NAME_WORD}))"
# An untitled full name: "Dave Carr", "Stephen Fairhurst Jones", "G. Clere", "R. Lankfer".
UNTITLED = rf"(?:{_INITIALS}{_NAME_WORD}|{_NAME_WORD}\s+(?:{_NAME_WORD}\s+)?{_NAME_WORD})"
NAME = rf"(?:{TITLED}|{UNTITLED})"
_VERB = "|".join(sorted(set(SPEECH_VERBS), key=len, reverse=True))
_ADVERB = r"(?:(?:also|then|further|duly|formally|briefly|subsequently|again|later|kindly|finally|first|firstly|secondly|strongly|fully)\s+)?"
_SPEECH = rf"(?:re-?)??(?P<verb>{_VERB})\b"  # lazy: "recalled" is itself a verb, not "re" + "called"

# "NAME[ (role)][, appositive,] [also] VERB"
SUBJECT_VERB = re.compile(
    rf"(?P<name>{NAME})(?:\s*\((?P<paren>[^)]{{1,100}})\))?(?P<appos>,[^.;:]{{1,160}}?,?|\s+[-–—]\s+[^.;:]{{1,120}}?[,)]?)?\s+{_ADVERB}{_SPEECH}"
)
# "The following was declared as an interest: Cllr Janet Taylor due to ... Cllr Trudy Mann as she lives ...",
# "Declarations of interest: Cllr X (item 5)": each member named after the marker declared, i.e. spoke.
DECLARED_LIST = re.compile(r"\b(?:declared\s+(?:as\s+)?(?:an?\s+)?interests?|[Dd]eclarations?\s+of\s+(?:[Pp]ecuniary\s+|[Pp]ersonal\s+)?[Ii]nterests?)\s*[:\-–]\s*")
# "Declarations of Interest made from Councillors ... and from Mr. B Glover": each titled name after "from".
DECLARED_FROM = re.compile(r"\b[Dd]eclarations?\s+of\s+(?:\w+\s+)?[Ii]nterests?\s+(?:were\s+|was\s+)?(?:made|received|given)\b(?:[^.]|\.(?=\S)|(?<=\b(?:Mr|Ms|Dr))\.|(?<=\bMrs)\.)*")
_FROM_TITLED = re.compile(rf"\bfrom\s+(?P<name>{TITLED})")
# "PAG, MPO, DCO and FRE are all members of the Cricket Club, and declared their interest": initials the list defines.
INITIALS_DECLARED = re.compile(r"(?<![\w’'-])(?P<list>[A-Z]{2,3}(?:\s*,\s*[A-Z]{2,3})*\s*,?\s+(?:and|&)\s+[A-Z]{2,3})\b[^.;]{0,120}?\bdeclared\b")
DECLARER = re.compile(rf"(?:^|(?<=[,;.]\s))(?P<name>{TITLED})")
# "Chairman’s Report “Thanks to all ...", "The following is a report of the Chairman's account of the year":
# the report the chair gives at the meeting is theirs.
_MEMBER_REPORTER = r"(?:Chairman|Chairwoman|Chairperson|Chair|Mayor|Leader|Cathaoirleach)"  # a clerk's report is mostly correspondence
ROLE_REPORT = re.compile(
    rf"^\W*(?:(?:[Tt]he\s+)?(?P<role>{_MEMBER_REPORTER})[’']s\s+(?:[Aa]nnual\s+)?[Rr]eport\b\W+(?=\w+(?:\W+\w+){{4}})|[^.]{{0,40}}\b[Rr]eport\s+of\s+the\s+(?P<role2>{_MEMBER_REPORTER})[’']s\s+account\b)"
)
# "Jim advised that ...": a given name alone opening a sentence, for the one member of that name.
# "Replying to members, Gordon stated": after a lead-in of replying.
GIVEN_NAME_SUBJECT = re.compile(rf"^\s*(?:(?:In\s+(?:reply|response)|Replying|Responding)\b[^,.;]{{0,40}},\s*)?(?P<given>{_NAME_WORD})\s+{_ADVERB}{_SPEECH}")
# "Councillors Constance and Green reported"
PLURAL_SUBJECT = re.compile(
    rf"\b(?P<title>Councillors|Cllrs|County Councillors|Messrs|Councilmembers|Boardmembers|Board [Mm]embers|Commissioners)\.?\s+(?P<names>{_NAME_WORD}(?:\s*,\s*{_NAME_WORD})*\s+(?:and|&)\s+{_NAME_WORD})\s+{_ADVERB}{_SPEECH}"
)
# "Mrs Verity Lynch, Mr Mark Roberts and Miss Alison Muir volunteered": the last of a list, then the
# earlier ones are read backwards comma by comma (one regex over the whole list backtracks exponentially).
LIST_TAIL = re.compile(rf",?\s+and\s+(?P<last>{TITLED})\s+{_ADVERB}{_SPEECH}")
_TITLED_AT_END = re.compile(rf"(?:^|(?<=\s))(?P<name>{TITLED})\s*$")
_PASSIVE_ALT = "|".join(f"[{v[0]}{v[0].upper()}]{v[1:]}" for v in PASSIVE_VERBS)
# "were presented by the clerk": older minutes write the role in lower case.
PASSIVE = re.compile(rf"\b(?:{_PASSIVE_ALT})\s+by\s+(?:both\s+)?(?:(?:the\s+)?(?P<name>{NAME}|{ROLE_WORDS})|the\s+(?P<lower_role>clerk|chairman|chairwoman|chairperson|chair)\b)(?:\s*\([^)]{{1,60}}\))?")
# "... seconded by both Mr. Joyce and Councillor Reale": the second of a pair after a passive verb.
PASSIVE_PAIR = re.compile(rf"\b(?:{_PASSIVE_ALT})\s+by\s+(?:both\s+)?{TITLED}\s+and\s+(?P<name>{TITLED})")
# "Cllr. Pond and the Members thanked ...": the named member speaks with the others.
WITH_MEMBERS = re.compile(rf"(?P<name>{TITLED})\s+and\s+(?:the\s+)?(?:other\s+)?(?:Members|Councillors|Committee)\s+{_ADVERB}{_SPEECH}")
SECONDED_BY = re.compile(rf"\b(?:[Ss]econded|[Ss]upported)\s+by\s+(?:the\s+)?(?P<name>{NAME}|{ROLE_WORDS})")
# Parish style without "by": "proposed C. Cann and seconded M. Grief" (not "X proposed Y as Chairman"); the short
# forms "It was prop. Mr. Bonnett, 2nd Mrs. Lewis", "Proposed. Cllr Grant Tomkins, Seconded Cllr Jim McNeill",
# "Proposed - Cllr Mrs Taylor Seconded - Cllr Mrs Clements", "Prop JB, 2nd GK" (initials the minutes use for members).
# Read over the whole paragraph: a sentence splitter cuts "Proposed." and "prop." off their names.
PROPOSED_NAME = re.compile(
    rf"(?:(?:^|\bwas\s+|\band\s+|[,;:(\-–.]\s*|(?<=\s)(?=Seconded\b))(?:[Pp]roposed|[Ss]econded)|(?:^|(?<=[\s,;:(.\-–]))(?:[Pp]rop|PROP|[Ss]ec|2\s?nd|2<sup>nd</sup>)(?![\w’'-]))"
    rf"\s*[.:\-–—]?\s*(?P<name>{TITLED}|{_INITIALS}{_NAME_WORD}|(?P<initials>[A-Z]{{2,3}})\b)(?!\s+(?:as|for|to|should|be)\b)"
)
# "A proposal was made by PK and seconded by TF": initials after a passive verb.
PASSIVE_INITIALS = re.compile(rf"\b(?:{_PASSIVE_ALT})\s+by\s+(?P<initials>[A-Z]{{2,3}})\b")
# "No one present except Mr Powell who explained about ...": a relative clause after a titled name.
WHO_SUBJECT = re.compile(rf"(?P<name>{TITLED})\s*,?\s+who\s+{_ADVERB}{_SPEECH}")
# "P. Norris requested via Mrs. Koopowitz that letters of thanks be sent": the member who relays it speaks at the meeting.
VIA = re.compile(rf"\b(?:re-?)?(?:{_VERB})\s+via\s+(?:the\s+)?(?P<name>{TITLED}|{ROLE_WORDS})")
_RELAYED = re.compile(r"\s+via\b")
# "The meeting was briefly suspended for Mr. Manley to inform those present": given the floor.
FOR_TO = re.compile(rf"\bfor\s+(?:the\s+)?(?P<name>{TITLED}|{ROLE_WORDS})\s+to\s+(?:inform|speak|address|update|present|give|explain|report|brief|outline|answer|respond)\b")
# "Cllr Ryves - had heard that the school ...", "Cllr McCarthy -The Playing Field Committee will ...": a member's
# contribution set after their name and a dash or colon (not "Cllr Price: to write to the school", an action).
NAME_DASH = re.compile(rf"^\s*(?P<name>{TITLED})\s*(?:[-–—]|:)\s*(?!to\b)(?P<rest>\S.*)", re.DOTALL)
_NAME_DASH_MIN_WORDS = 5
# "Cllr Mrs Lansdell-Williams - a big thank you to the Chairman ...": thanks given at the meeting, with no verb.
_DASH_THANKS = re.compile(r"(?:(?:a\s+)?(?:big|huge|special|sincere|warm)\s+|many\s+)?thank(?:s|\s+you)\b", re.IGNORECASE)
_NAME_DASH_VERB_WORDS = 12
# A finite verb makes the words after the dash a report ("had heard", "will shortly be", "There was"), not a
# description of the person ("Norfolk County Council for the Division", "tendering his resignation").
# "Mr. T. Hewitt - 4 no. 2 storey dwellings ... has been approved": a passive verb tells what was done to the person's
# application or letter, not what they said; only an active verb makes the words after the dash theirs.
_PASSIVE_CLAUSE = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|not\s+)?been\s+\w+\b|\b(?:is|are|was|were)\s+(?:now\s+|not\s+)?(?:being\s+)?[a-z]+(?:ed|en|wn|ld|nt)\b")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|[a-z]{2,}ed)\b")
# "Following a question from Councillor Carter", "In response to a question by Mr Hook"
QUESTION_FROM = re.compile(
    rf"\b(?:question|questions|query|queries|comments?|request|representations?)\s+(?:from|by)\s+(?P<name>{TITLED}|{UNTITLED})"
)
# "On the proposal of Councillor Galvin, seconded by ...": the proposer speaks.
PROPOSAL_OF = re.compile(rf"\b[Oo]n\s+the\s+(?:proposal|motion)\s+of\s+(?P<name>{TITLED})")
# "In response to Mr. Garfinkle’s inquiry", "Following Councillor Mayes’ question": the asker speaks too.
POSSESSIVE_QUESTION = re.compile(
    rf"\b(?:[Ii]n\s+(?:response|reply)\s+to|[Ff]ollowing|[Aa]fter|[Aa]nswering)\s+(?P<name>{TITLED})(?<=[’'s])\s+(?:\w+\s+)?(?:inquiry|enquiry|question|query|request|comments?|concerns?|remarks?)\b"
)
# "The Chairman asked", "The Leader, Mr Gough, said", "the Clerk advised", "The Democratic Services Manager reported"
ROLE_SUBJECT = re.compile(
    rf"\b(?:[Tt]he|An(?=\s+Cathaoirleach))\s+(?P<role>(?:[A-Z][\w’'\-]*|&)(?:\s+(?:(?:of|for|and|&|to)(?:\s+the)?|[A-Z][\w’'\-]*)){{0,9}}?)(?:,\s*(?P<name>{NAME}),)?(?:,\s*on\s+behalf\s+of\s+[^,.;]{{1,80}},)?\s+{_ADVERB}{_SPEECH}"
    .replace(r"(?:,\s*(?P<name>", r",?(?:\s*(?P<name>")
)
# "The A/Senior Planner, Economic Development, informed", "The Senior Planner, Forward Planning, Public Realm & Heritage
# advised": a job with its department, as the officials list names it ("Senior Planner, Forward Planning, ... (Ms. M. Woods)").
ROLE_DEPT_SUBJECT = re.compile(
    rf"\b[Tt]he\s+(?P<role>[A-Z][\w’'/\-]*(?:\s+(?:of|for|and|[A-Z&][\w’'/\-]*)){{0,5}}(?:,\s*[A-Z][\w’'&/\- ]{{2,60}}?){{1,2}}),?\s+{_ADVERB}{_SPEECH}"
)
# "Clerk reported that ...": parish minutes often drop the article.
BARE_ROLE_SUBJECT = re.compile(rf"(?:^|(?<=[.;:]\s))(?P<role>{ROLE_WORDS})\s+{_ADVERB}{_SPEECH}")
# "the chairperson welcomed the new Councillor": a chair or clerk written in lower case.
LOWER_ROLE_SUBJECT = re.compile(
    rf"\b[Tt]he\s+(?P<role>vice[- ]?chair(?:man|person|woman)?|chair(?:man|person|woman)?|clerk|mayor|leader|(?:outgoing|retiring)\s+(?:Mayor|Chairman|Chairperson|Chair|Cathaoirleach))\s+{_ADVERB}{_SPEECH}"
)
# "The Leader of the Labour Group, Mr Brady, thanked officers": a role, then the name.
APPOSITIVE_SUBJECT = re.compile(rf",\s*(?P<name>{TITLED}),\s+{_ADVERB}{_SPEECH}")
# Paragraphs that list people without them speaking.
NOT_SPEECH = re.compile(
    r"^\s*(?:apologies|apologies for absence|present|also present|in attendance|attendance|attending|those attending|"
    r"voting members|members present|councillors present|officers(?: present)?|absent|for|against|abstain(?:ed|ing|ions)?|"
    r"recorded vote|the following members voted|membership|other members in attendance|in attendance virtually)\b\s*(?:were received)?\s*[:\-–]",
    re.IGNORECASE,
)
APOLOGIES = re.compile(r"^\s*apologies\b|\bapologies\s+(?:for\s+absence\s+)?(?:were|was|had been)\s+(?:received|given|tendered|submitted|noted|accepted)\b", re.IGNORECASE)
# Where the names of those who sent apologies start: "Apologies were received from", "APOLOGIES Mr. White", "Apologies:".
ABSENT_FROM = re.compile(r"^\W*(?:\d+[.)]?\s*)?(?:To\s+(?:Consider|Receive|Accept)\s+)?apologies(?:\s+for\s+absence)?\b\s*[:\-–]?\s*(?!were|was|had|have|received)|\bapologies\b[^.]{0,60}?\b(?:received|accepted|given|noted|tendered)\s+from\b", re.IGNORECASE)
LEFT_MEETING = re.compile(r"\b(?:left|leave|joined|arrived at|returned to|withdrew from)\s+the\s+(?:meeting|room|chamber)\b", re.IGNORECASE)
# (Declaring an interest is speaking: the member states it at the meeting, as the labelled minutes count it.)
_AFTER_VERB_NOT_SPEECH = re.compile(r"^[^.;]{0,40}\b(?:his|her|their)\s+(?:formal\s+)?apolog", re.IGNORECASE)
# "accepted the role": taking office, not speech at the meeting.
_TAKING_OFFICE = re.compile(r"\s+(?:the|his|her|their)\s+(?:\w+\s+)?(?:role|office|post|position|nomination|appointment|chair(?:manship)?)\b")
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|to|from|for|by|of|thanked|thank|thanks|asked|invited|about|on|at|than|like|against|between|behalf|congratulated|welcomed|nominated|proposed|elected|appointed|via|through)\s+(?:the\s+)?$"
    # "a site in Yorkshire whose Manager Nigel Bartell would be happy to discuss": someone the speaker tells of.
    r"|\bwhose\s+(?:[A-Z][a-z]+\s+){1,3}$",
    re.IGNORECASE,
)

# "Cathaoirleach" is the Irish chair of a council or committee, and "Príomh Chomhairleoir" the chair
# of an Irish metropolitan district: used as such in English minutes.
_CHAIR_WORD = r"(?:Chairman|Chairwoman|Chairperson|Chair|Cathaoirleach|Príomh[- ]Chomhairleoir)"
# "(Chairman of the Parish Council)": the chair of the body that is meeting, not of another one.
_OF_THE_BODY = r"(?:\s+of\s+the\s+(?:(?:Parish|Town|City|Community)\s+)?(?:Council|[Mm]eeting))"
CHAIR_MARK = re.compile(
    # "Frank Reid(FRE) Councillor/Chair": an attendance table's "role" column.
    rf"(?P<name>{NAME})\s*(?:\([A-Z]{{2,3}}\)\s*)?(?:\({_CHAIR_WORD}{_OF_THE_BODY}?\)|[-–—,]\s*(?:in the Chair|(?:An\s+|the\s+)?(?:[Aa]cting\s+)?{_CHAIR_WORD})\b(?!\s+(?:of|for)\b)|(?:Councillor|Cllr)\s*/\s*{_CHAIR_WORD}\b)"
    rf"|{_CHAIR_WORD}\s*[:\-–]\s*(?P<name2>{NAME})"
    rf"|(?P<name3>{NAME})\s+(?:was\s+)?in\s+the\s+[Cc]hair"
    rf"|(?P<name5>{NAME}),?\s+who\s+(?:then\s+)?took\s+the\s+(?i:chair)\b"  # "Vice Chairman (Mr. Mycock, who took the chair)"
    rf"|(?i:in\s+the\s+chair)\s*:\s*(?:(?:(?:the|An)\s+)?{_CHAIR_WORD},?\s*)?(?P<name4>{NAME})"  # "PRESENT IN THE CHAIR:" over "Councillor K. Sheahan"
)
# "Chairman David Moloney thanked the members": the chair's title before the name.
CHAIR_TITLE = re.compile(rf"\b(?:Chairman|Chairwoman|Chairperson|Cathaoirleach)\s+(?P<name>{TITLED}|{UNTITLED})")
# A change of chair during the meeting: "Mr Cooke be elected to Chair the meeting", "Cllr Bivon then took the chair".
CHAIR_CHANGE = re.compile(
    rf"(?P<name>{NAME})\s+(?:be|was|is|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?(?:elected|appointed)\s+(?:as\s+|to\s+)?(?:the\s+)?(?:(?:Parish|Town|City|Community)\s+Council\s+)?"
    rf"(?i:chairman|chairwoman|chairperson|chair)\b(?!\s+(?:of|for)\s+(?!the\s+(?:meeting|council|parish\s+council|ensuing|coming)\b))"
    rf"|(?P<name2>{NAME})(?:,?\s+who)?\s+(?:then\s+|duly\s+)?took\s+the\s+(?i:chair)\b"
    # "The outgoing Mayor declared Councillor Keary elected as Mayor": an Irish council's chair is its Mayor or Cathaoirleach.
    rf"|\bdeclared\s+(?P<name3>{TITLED})\s+(?:duly\s+)?(?:re-?)?elected\s+(?:as\s+)?(?:the\s+)?(?:(?:Mayor|Cathaoirleach)\b|(?:Chairman|Chairperson|Chair)\b(?!\s+of\b))"
)
VICE_CHAIR_MARK = re.compile(rf"(?P<name>{NAME})\s*(?:\([A-Z]{{2,3}}\)\s*)?(?:\(Vice[- ]?{_CHAIR_WORD}\)|[-–—,]\s*Vice[- ]?{_CHAIR_WORD}\b(?!\s+(?:of|for)\b))")
# "Claire Cann (CC)": the initials the minutes then use for her.
INITIALS_MARK = re.compile(rf"(?P<name>(?:{_HON_SEQ})?{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s*\((?P<initials>[A-Z]{{2,3}})\)")
# An attendance table's initials column: "Cllr Dave Deighton  DD  Vice Chair" (kept only when the letters are the name's initials).
INITIALS_COLUMN = re.compile(rf"(?P<name>(?:{_HON_SEQ})?{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s+(?P<initials>[A-Z]{{2,3}})\b(?![’'\-])")
# "Ruth Day, Head of Communications of British Sugar (RD)": the initials after the person's job.
INITIALS_AFTER_JOB = re.compile(rf"(?P<name>(?:{_HON_SEQ})?{_NAME_WORD}\s+{_NAME_WORD}),\s+[^(),;\n]{{3,80}}?\s*\((?P<initials>[A-Z]{{2,3}})\)")
# "Mr J Cook (Democratic Services Manager)", "Mrs C Hardy (Clerk)": a job the minutes may name instead of the person.
ROLE_MARK = re.compile(rf"(?P<name>{NAME})\s*\((?P<role>[A-Z][^()]{{2,90}}?)\)")
# The job first, the person in brackets: "Chief Executive (Mr. C. Murray), Meetings Administrator (Mr. E. Griffin)".
ROLE_FIRST_MARK = re.compile(rf"(?:^|(?<=[;:)\n])\s*,?\s*|(?<=[a-z]),\s*)(?P<role>[A-Z][\w’'&/\-\s]{{2,40}}?(?:,\s*[A-Z][\w’'&\-\s]{{2,60}}?){{0,2}})\s*\((?P<name>{TITLED})\)")
# "[Staff present: Chief Assistant City Attorney Michael Roush and City Clerk Lara Weisiger]": the job, then the name.
_JOB_END = r"(?:Clerk|Attorney|Manager|Director|Officer|Secretary|Treasurer|Engineer|Planner|Administrator|Executive|Solicitor|Counsel|Auditor)"
ROLE_BEFORE_NAME = re.compile(rf"\b(?P<role>(?:[A-Z][a-z]+\s+){{0,4}}{_JOB_END})\s+(?P<name>{UNTITLED})")
_ENDS_ON_INITIAL = re.compile(r"(?:\(|\b(?:Mr|Mrs|Ms|Miss|Dr))\.?\s+(?:[A-Z]\.\s*)*[A-Z]\.\s*$")
_CHAIR_LINE = re.compile(r"\b(?i:in\s+the\s+chair)\s*:\s*$")
_ATTENDANCE_WORDS = re.compile(r"\b(?:present|attendance|attending)\b", re.IGNORECASE)
# An attendance list that marks roles by spacing alone: "Cllr Sue Lintern Chair Cllr Daphne Clements ...",
# "Cllr Jo Bruce JB Chair", "Helen Richardson Parish Clerk and Responsible Financial Officer".
ATTENDANCE_ROLE = re.compile(
    rf"(?<=\s)(?P<role>(?:[Aa]cting\s+)?(?:Vice[- ]?)?{_CHAIR_WORD}|(?:Parish\s+|Town\s+|Locum\s+|Acting\s+)?Clerk)\b(?![’'])(?!\s+(?:for|to)\b)(?!(?!{_OF_THE_BODY})\s+of\b)(?!\s*:)"  # "Clerk: Helen Carrier": who follows holds it
)
# The name just before such a role (searched in a short window that ends at the role, so a run of names
# "Cllr Daphne Clements Helen Richardson Parish Clerk" gives the last name, not the first words).
_NAME_BEFORE_ROLE = re.compile(rf"(?P<name>{TITLED}|{_INITIALS}{_NAME_WORD}|{_NAME_WORD}\s+{_NAME_WORD})\s+(?:\(?[A-Z]{{2,3}}\)?\s+)?(?:[-–—,]\s*)?(?:the\s+)?$")
ROLE_WINDOW = 80
# A line that is only a name and its role: "Cllr Jo Bruce JB Chair", "Nicola Cooper NC Parish Clerk (Minutes)".
MAX_HEADING_LINE = 120
_ROLE_LINE_END = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*$")
# "Clerk: - Sarah Thorpe", "Vice-Chairman: Mr A Box": the role, a colon, then who holds it.
ROLE_COLON = re.compile(rf"\b(?P<role>(?:Parish\s+|Town\s+)?Clerk|Vice[- ]?{_CHAIR_WORD})\s*:\s*(?:[-–—]\s*)?(?P<name>{NAME})")
# Not "Grit Boxes - the Clerk had looked at prices" (a topic, then the Clerk speaking) nor "Rachel Buckle – Clerk to Methwold
# Parish Council" (another body's clerk): the role ends the appositive ("Clerk.", "Clerk (Minutes)", "Clerk to the Council").
ROLE_APPOS_MARK = re.compile(
    rf"(?P<name>{NAME})\s*[,–—-]\s*(?:the\s+)?(?P<role>(?:Parish\s+|Locum\s+|Acting\s+)?Clerk|Responsible Financial Officer|Chief Executive|Democratic Services Manager)\b(?![’'])"
    r"(?!\s+(?:to\s+(?!the\s+(?:(?:Parish|Town|City|Community)\s+)?Council\b)|(?!and\b|to\b)[a-z]))"
)
# "welcomed the new Parish Clerk Mrs Mandy Maguire": the job, then the titled person who holds it (not "the Clerk, Mr Hewitt & Mrs Wood", a list).
CLERK_BEFORE_NAME = re.compile(rf"\b(?:Parish\s+|Town\s+|Locum\s+|Acting\s+)?Clerk\s+(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)+(?:{_INITIALS}{_NAME_WORD}|(?:{_NAME_WORD}\s+){{0,2}}{_NAME_WORD}))")
# A councillor's office beside the name: "Mr Gough, Leader of the Council,", "Cllr Smith - Cabinet Member for Highways".
_MEMBER_ROLE = r"(?:Deputy\s+Leader|Leader(?:\s+of\s+the\s+Council)?|Deputy\s+Mayor|Mayor|Cabinet\s+Member\s+for\s+[A-Z][\w’'&\- ]{2,60}?)"
MEMBER_ROLE_MARK = re.compile(rf"(?P<name>{NAME})\s*[,–—-]\s*(?:the\s+)?(?P<role>{_MEMBER_ROLE})(?=\s*(?:[,.;:)]|\band\b|$))")
# The office first: "The Leader, Mr Gough, said", "the Clerk, Mrs Hardy, advised".
ROLE_NAME_MARK = re.compile(
    rf"\b[Tt]he\s+(?P<role>{_MEMBER_ROLE}|(?:Parish\s+|Town\s+)?Clerk|Chief\s+Executive|{_CHAIR_WORD}|Vice[- ]?{_CHAIR_WORD}),\s*(?P<name>{NAME}),"
)
# "Proposer: Cllr G Key, 2nd: Cllr D Deighton"
PROPOSER_FIELD = re.compile(rf"\b(?:Proposer|Proposed|Seconder|Seconded|2nd)\s*:\s*(?P<name>{NAME})")
LEADER_MARK = re.compile(rf"(?P<name>{NAME})\s*[,(]?\s*(?:the\s+)?Leader of the Council\b")
CONTINUATION = re.compile(
    r"^(?:The\s+[\w’'\- ]{3,60}?\s+(?:is|was)\s+the\s+(?:second|third|fourth|fifth|final|last|other)\s+(?:issue|point|matter|reason|concern|factor)\b)"
    r"|^(?:He|She|They)\s+(?:also\s+|further\s+|then\s+)?(?:re-?)?(?:" + _VERB + r")\b|^(?:He|She)\s+\w+ed\b"
    r"|^(?:The\s+(?:second|third|fourth|final|next|other)\s+(?:issue|point|matter|question)|In\s+(?:response|reply|addition)|Furthermore|Additionally|Moreover)\b"
)
# Words that end a line broken mid-sentence (a PDF page or column break inside one paragraph).
_BROKEN_END = re.compile(r"(?:\b(?:the|a|an|of|to|and|or|with|for|in|on|at|by|from|that|which|who|as|its|his|her|their|our|was|were|is|be|been|had|has|have|this|these|those)|[,\-–])\s*$", re.IGNORECASE)
def _only_common_words(name: str) -> bool:
    """Whether a name is made only of words that are never names ("General", "Deputy Officer")."""
    words = re.findall(r"[A-Za-z’'\-]+", name)
    return bool(words) and all(word.lower() in NOT_NAMES for word in words)


_ROLE_JOB = re.compile(
    r"\b(?:Clerk|Manager|Director|Officer|Counsel|Executive|Head|Treasurer|Secretary|Solicitor|Accountant|Analyst|Lead|"
    r"Leader|Cabinet Member|Chairman|Chair|Chairperson|Mayor|Engineer|Planner|Advis[eo]r|Commissioner|Auditor|Inspector|Principal|Headteacher|Consultant|"
    r"Administrator|Attorney|Architect|Surveyor|Superintendent|Sergeant)\b"
)
NOT_NAMES = {
    "the", "this", "that", "these", "those", "it", "he", "she", "they", "we", "members", "member", "officers", "officer",
    "committee", "council", "cabinet", "board", "panel", "government", "report", "chairman", "chair", "leader", "director",
    "head", "clerk", "county", "borough", "district", "parish", "city", "town", "mayor", "minutes", "resolved", "agreed",
    "item", "items", "appendix", "annex", "section", "paragraph", "table", "page", "public", "health", "social", "care", "children", "adult", "adults", "services", "service",
    "corporate", "strategic", "deputy", "assistant", "executive", "chief", "group", "labour", "conservative", "liberal",
    "green", "greens", "independent", "democrats", "party", "national", "local", "authority", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "there", "following", "questions", "question",
    "all", "both", "each", "any", "some", "no", "an", "a", "in", "on", "at", "for", "with", "from", "by", "of", "to",
    "and", "or", "but", "as", "if", "when", "while", "after", "before", "during", "however", "also",
    "further", "then", "once", "since", "mental", "highways", "education", "finance", "policy",
    "planning", "transport", "environment", "economy", "community", "communities", "housing", "waste", "police",
    "fire", "network", "nhs", "ofsted", "department", "secretary", "minister", "ministers",
    "scrutiny", "select", "overview", "audit", "governance", "standards", "pension", "pensions", "fund", "trust",
    "school", "schools", "hall", "church", "village", "road", "street", "lane", "drive", "close", "way", "centre",
    "statement", "written", "draft", "budget", "plan", "strategy", "framework", "programme", "project",
    "motion", "amendment", "decision", "recommendation", "recommendations", "update", "updates", "presentation",
    "general", "counsel", "monitoring", "solicitor", "treasurer", "auditor", "internal", "external", "officer's",
    "dr", "mr", "mrs", "ms", "miss", "sir", "councillor", "cllr", "pc", "pcso", "vice", "acting", "interim",
    "supplementary", "matters", "arising", "correspondence", "accounts", "payments", "proposed", "seconded",
    "reports", "open", "forum", "other", "business", "new", "old", "north", "south", "east", "west",
    "highway", "society", "water", "whilst", "his", "her", "your", "worship",
}
_LAST_NOT_NAME = {"the", "council", "committee", "cabinet", "chairman", "chair", "leader", "members", "officers", "clerk"}


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

_STRIP_HONORIFIC = re.compile(rf"^(?:(?:{_HONORIFIC})(?:\.\s*|\s+))+")
_STRIP_POST = re.compile(rf"(?:,?\s+(?:{'|'.join(POST_NOMINALS)})\b)+\s*$")
_CHAIR_SUFFIX = re.compile(r"-(?:Vice-?)?(?:Chairman|Chairwoman|Chairperson|Chair)$", re.IGNORECASE)
_HONORIFIC_LOWER = {h.lower() for h in HONORIFICS}


def normalise_name(raw: str) -> str | None:
    """A person's name without honorifics or post-nominals ("Mr R W Gough, OBE" -> "R W Gough"), or None."""
    # A stray mark run onto a name by the text ("Paula Kellingray_", "M. Grief- pass"): not part of it.
    spaced = re.sub(r"\s+", " ", raw).strip(" ,.;:()_*-–—")
    # "Mayes’", "Smith's", "Lukes’ Ward": the name ends at its possessive.
    spaced = re.sub(r"(?<=[a-z])(?:[’']s|s[’']|[’'])(?=\s|$).*$", lambda m: "s" if m.group().startswith("s") else "", spaced)
    name = _STRIP_POST.sub("", spaced)
    name = _STRIP_HONORIFIC.sub("", name).strip()
    name = _CHAIR_SUFFIX.sub("", name)  # "Mrs R Crisp-Chair": a role run onto the surname
    name = re.sub(r"\b([A-Z])\.(?=\s|[A-Z]|$)", r"\1 ", name)  # "G. Clere" -> "G Clere", "E.A." -> "E A"
    name = re.sub(r"^([A-Z])([A-Z])([A-Z])?\b(?=\s+[A-Z](?:[a-z]|[’'][A-Z]))", lambda m: " ".join(c for c in m.groups() if c), name)
    name = re.sub(r"\s+", " ", name).strip(" .")
    words = name.split()
    if not words or len(words) > 4:
        return None
    titled = _is_titled(spaced)
    # After an honorific only the surname must look like a name ("Councillor Green" is a person).
    checked = words[:-1] if titled else words
    if any(w.lower().strip("’'") in NOT_NAMES for w in checked if len(w) > 1):
        return None
    if words[-1].lower() in _LAST_NOT_NAME:
        return None
    if any(re.search(r"[a-z]{2,}[A-Z]", w) and not re.match(r"Ma?c", w) for w in words):
        return None  # "FinanceClaire": two words run together by the text extraction
    last = words[-1]
    if len(last) < 2 or not last[0].isupper() or re.fullmatch(r"[A-Z]{2,}s?", last):
        return None  # "MPs", "KCC", "NHS": bodies, not people
    return name


# "Councillor Sheahan (K)", "Collins (M)": a surname that several members share, told apart by an initial.
_INITIAL_AFTER = re.compile(rf"(?P<surname>{_NAME_WORD})\s*\((?P<initial>[A-Z])\)")


_SPACED_PREFIX = re.compile(r"\b([OD][’'])\s+(?=[A-Z][a-z])")


def initial_first(text: str) -> str:
    """Surnames told apart by a bracketed initial written initial first: "Councillor Sheahan (K)" -> "Councillor K. Sheahan";
    an Irish surname printed with a space after its apostrophe closed up ("S. O’ Connor" -> "S. O’Connor")."""
    text = _SPACED_PREFIX.sub(r"\1", text)
    if "(" not in text:
        return text
    return _INITIAL_AFTER.sub(lambda m: m.group("surname") + m.group(0)[len(m.group("surname")):] if m.group("surname").lower() in NOT_NAMES else f"{m.group('initial')}. {m.group('surname')}", text)


def _is_titled(raw: str) -> bool:
    return re.match(rf"(?:{_HONORIFIC})(?:\.\s*|\s)", raw) is not None


_LETTER_TITLE = re.compile(r"(?:PCSO|PC|BC|CC|DC)\.?\s+")


def _titled_thing(raw: str, name: str, text: str) -> bool:
    """ "Commissioners Office", "the PC Cemetery": a title before an organisation's word, or letters that also
    abbreviate a body (Parish or Borough Council) that the document puts after an article; not a person."""
    if name.split()[-1].lower() in _ORGANISATION_WORDS:
        return True
    if not _LETTER_TITLE.match(raw.strip()):
        return False
    article = r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Oo]ur|[Tt]heir)\s+"
    # Not the words alone: "CC Storey" is a county councillor although the minutes write "two storey".
    return re.search(article + _words_pattern(raw.strip()), text) is not None


def _title_classes(raw: str) -> frozenset[str]:
    """What the titles before a name say about the person: "m"/"f", "cllr"."""
    classes = set()
    for match in re.finditer(rf"\b({_HONORIFIC})\b", _STRIP_HONORIFIC.match(raw).group(0) if _STRIP_HONORIFIC.match(raw) else ""):
        title = match.group(1).lower()
        if title in _FEMALE:
            classes.add("f")
        elif title in _MALE:
            classes.add("m")
        if title in _COUNCILLOR:
            classes.add("cllr")
    return frozenset(classes)


@dataclass
class _Form:
    name: str
    classes: set[str] = field(default_factory=set)


@dataclass
class _People:
    """Everyone a document names, keyed by surname, so short forms resolve to the fullest one."""

    by_surname: dict[str, list[_Form]] = field(default_factory=dict)
    chair: str | None = None
    vice_chair: str | None = None
    leader: str | None = None
    initials: dict[str, str] = field(default_factory=dict)  # "CC" -> "Claire Cann", as the minutes define them
    roles: dict[str, str] = field(default_factory=dict)  # "democratic services manager" -> "J Cook"
    ambiguous_roles: set[str] = field(default_factory=set)
    _forms: dict[str, _Form] = field(default_factory=dict)  # every form by name, so adding one is not a scan
    text: str = ""  # the whole document, to see how it uses a candidate name elsewhere
    _judged: dict[str, bool] = field(default_factory=dict)
    new_surnames_only: bool = False  # while reading lines no paragraph kept: add no form to a surname already known
    kept_text: str = ""  # the paragraphs' text and headings, without the lines no paragraph kept
    absent: list[tuple[str, frozenset[str]]] = field(default_factory=list)  # who sent apologies for this meeting
    mayor_chairs: bool = False  # the chair line names the chair as the Mayor: "the Mayor" is whoever is in the chair

    def is_person(self, name: str) -> bool:
        """Whether an untitled name is a person: known in this document, or a given name the document never uses as a thing."""
        judged = self._judged.get(name)
        if judged is None:
            judged = self._judged[name] = self._judge(name)
        return judged

    def _judge(self, name: str) -> bool:
        if self._known(name):
            return True
        if not _person_like(name, name, self.text):
            return False
        words = name.split()
        # "J Smith" cannot be judged by a given name: its surname must not be a word the document writes in lower case.
        return len(words[0]) > 1 or words[-1].lower() not in _word_sets(self.text)[0]

    def with_given_name(self, given: str) -> str | None:
        """The one person this document names with this given name spelled out ("Jim" for "Cllr Jim McNeill"), else None."""
        if not is_given_name(given) or _key(given) in self.by_surname:
            return None
        people: list[str] = []
        for form in self._forms:
            words = form.split()
            if len(words) >= 2 and words[0] == given and not any(_same_person(form, p) for p in people):
                people.append(form)
        if not people:
            # An officer listed untitled ("Sonja Reidy, Water Services;") and later called by the given name alone
            # ("Sonja informed members"): the one surname the document prints after that given name.
            lower = _word_sets(self.text)[0]
            # Only a list entry ("...; Sonja Reidy, Water Services;"), not a name in a sentence ("I rang Rachel Flanagan at ...").
            followers = {m.group(1) for m in re.finditer(rf"(?:^|[;:,]\s*)(?<![\w’'-]){re.escape(given)}\s+({_NAME_WORD})\s*[,(]", self.text, re.MULTILINE)}
            people = [f"{given} {last}" for last in followers if last.lower() not in lower and last.lower() not in NOT_NAMES]
            if len(followers) != 1:
                return None
        return self.fullest(people[0]) if len(people) == 1 else None

    def with_initials(self, initials: str) -> str | None:
        """The person initials stand for: as the minutes define them ("Claire Cann (CC)"), else the one person
        the document names whose initials they are ("Cllr Jo Bruce" for "JB"); None if none or several."""
        if initials in self.initials:
            return self.initials[initials]
        if initials in _word_sets(self.text)[1] or initials.lower() in _HONORIFIC_LOWER:
            return None  # "the PC", "BC advised": the document uses the letters for a body or a title
        people: list[str] = []
        for form in self._forms:
            words = form.replace("-", " ").split()
            if len(words) >= 2 and "".join(w[0] for w in words) == initials and not any(_same_person(form, p) for p in people):
                people.append(form)
        return self.fullest(people[0]) if len(people) == 1 else None

    def without_run_on(self, name: str) -> str:
        """ "Mendoza Correspondence" -> "Mendoza" when the first word is no given name but a surname this document uses."""
        words = name.split()
        if len(words) == 2 and len(words[0]) > 1 and not is_given_name(words[0]) and _key(words[0]) in self.by_surname:
            return words[0]
        return name

    def drop_run_on_forms(self) -> None:
        """Forget forms like "Mendoza Correspondence" so that "Mrs Mendoza" does not become one."""
        for name in [n for n in self._forms if self.without_run_on(n) != n]:
            form = self._forms.pop(name)
            self.by_surname[_key(_split(name)[1])].remove(form)

    def _known(self, name: str) -> bool:
        """The document titles or lists this person somewhere (any form with a compatible given name)."""
        if name in self._forms:
            return True
        given, last = _split(name)
        forms = self.by_surname.get(_key(last), [])
        return any(_given_compatible(given, _split(f.name)[0]) for f in forms[:MAX_FORMS_PER_SURNAME])

    def add(self, name: str, classes: Iterable[str] = ()) -> None:
        """Record one form of a person's name, with what its titles said."""
        _, last = _split(name)
        known = self._forms.get(name)
        if known is not None:
            known.classes.update(classes)
            return
        if self.new_surnames_only and _key(last) in self.by_surname and not self._spells_out(name):
            return
        form = _Form(name, set(classes))
        self._forms[name] = form
        self.by_surname.setdefault(_key(last), []).append(form)

    def _spells_out(self, name: str) -> bool:
        """Whether a name only spells out an initial the paragraphs print ("Stephen McNamara" for "S. McNamara"),
        never adding a given name where they print none ("Cllr Storey") nor respelling one ("Dave Cooper")."""
        given, last = _split(name)
        known = [g for f in self.by_surname.get(_key(last), []) if (g := _split(f.name)[0])]
        if not given or any(not _given_compatible(given, g) for g in known):
            return False
        return bool(known) or re.search(rf"\b{re.escape(given[0])}\.?\s+{re.escape(last)}\b", self.kept_text) is not None

    def add_role(self, role: str, name: str) -> None:
        """Record that the minutes call this person by a job ("the Clerk")."""
        key = _role_key(role)
        if not key or key in self.ambiguous_roles:
            return
        # "Parish Clerk and Responsible Financial Officer": the person holds each of the joined jobs.
        parts = [p for p in re.split(r"\s+(?:and|&)\s+|\s*/\s*", key) if p != key and re.search(r"\b(?:clerk|officer|treasurer|secretary)\b", p)]
        for part in parts:
            self.add_role(part, name)
        known = self.roles.get(key)
        if known is not None and known != name and not _same_person(known, name):
            del self.roles[key]
            self.ambiguous_roles.add(key)
        elif known is None:
            self.roles[key] = name

    def role(self, role: str) -> str | None:
        """The person a job title names in this document, if just one.

        "The Director" is the one officer listed as "Director, Physical Development" or "Director of Service, Housing":
        a job the list qualifies by its department, named without it, when no other holder of that job is listed.
        """
        key = _role_key(role)
        if key in self.roles or not key:
            return self.roles.get(key)
        if any(k.startswith((key + ", ", key + " of ")) for k in self.ambiguous_roles):
            return None
        holders: list[str] = []
        for held, name in self.roles.items():
            if held.startswith((key + ", ", key + " of ")) and not any(_same_person(name, h) for h in holders):
                holders.append(name)
        return holders[0] if len(holders) == 1 else None

    def fullest(self, name: str, classes: Iterable[str] = ()) -> str:
        """The fullest form of a name in this document: "Stratford" -> "Lawrie Stratford"."""
        classes = set(classes)
        given, last = _split(name)
        best = self._best(given, _key(last), classes, name)
        if best is None and given:
            # "Hibbert Biles" for "Hilary Hibbert-Biles"
            words = given.split()
            best = self._best(" ".join(words[:-1]), _key(words[-1] + "-" + last), classes, name)
        # No fuzzy match of surnames: "Barker" and "Baker", "Clark" and "Clarke" are different people.
        return best or name

    def _best(self, given: str, key: str, classes: set[str], name: str) -> str | None:
        """The fullest compatible form under one surname, if it is fuller than the name as printed."""
        forms = self.by_surname.get(key)
        if not forms or len(forms) > MAX_FORMS_PER_SURNAME:
            return None  # past the limit forms stay as printed, as across documents (engine/people.py)
        candidates = [
            f for f in forms
            if _given_compatible(given, _split(f.name)[0]) and _classes_compatible(classes, f.classes) and not _sex_clash(classes, _split(f.name)[0])
        ]
        if not given:
            people = _distinct_people(candidates)
            if len(people) > 1:
                # Two people share the surname: the titles may tell them apart ("Cllr" vs "Mrs C ...").
                # A form with no given name ("Cllr Mrs Clements") fits either person, so it tells them apart for neither.
                shared = [group for group in people if any(classes & f.classes for f in group if _split(f.name)[0])]
                if len(shared) != 1:
                    return None
                candidates = shared[0]
        if not candidates:
            return None
        best = max((f.name for f in candidates), key=_fullness)
        return best if _fullness(best) > _fullness(name) else None


# Last words that make a name an organisation ("Glazewing Ltd", "Lynn News"): general English, not any one council's.
_ORGANISATION_WORDS = {
    "ltd", "limited", "plc", "llp", "inc", "news", "group", "groups", "club", "society", "trust", "association",
    "partnership", "company", "council", "committee", "services", "team", "board", "agency", "authority",
    "foundation", "charity", "gazette", "herald", "times", "fm", "radio", "mail", "hospital", "school", "academy",
    "college", "university", "centre", "center", "library", "surgery", "department", "office", "museum", "unit",
    "regulations", "orders", "bank", "partners", "homes", "farm", "farms", "estate", "estates", "road",
}


def _person_like(raw: str, name: str, text: str) -> bool:
    """Titled, or a given name (or initials) that the document does not use as a thing or an organisation."""
    if _is_titled(raw.strip()):
        return True
    words = name.split()
    if words[-1].lower() in _ORGANISATION_WORDS or _used_as_a_thing(name, text):
        return False
    if len(words[0]) == 1:
        # A lone "A" or "I" opening a sentence is the word, not an initial ("A Parishioner stated").
        return not (len(words) == 2 and words[0] in {"A", "I"})
    return is_given_name(words[0])


_NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
}


def _trim_run_on(name: str, text: str) -> str:
    """ "Mendoza Correspondence", "Denny Unanimously": a heading or a word run onto a titled surname is dropped."""
    words = name.split()
    if len(words) >= 3 and words[-1].lower() in _NUMBER_WORDS:
        words.pop()  # "Clerk: Helen Carrier Thirteen members of the public ...": a count runs on
    while len(words) >= 2 and words[-1].lower() in _word_sets(text)[0]:
        before = words[-2]
        if not (words[-1].lower().endswith("ly") or (len(before) > 1 and not is_given_name(before))):
            break
        words.pop()
    return " ".join(words)


def _words_pattern(words: str) -> str:
    """A regex for these words as whole words, any spacing between them."""
    return r"(?<![\w’'-])" + r"\s+".join(map(re.escape, words.split())) + r"(?![\w’'-])"


_ARTICLES = {"the", "a", "an", "this", "that", "our", "their", "its", "new", "any"}


@lru_cache(maxsize=4)
def _word_sets(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words a document writes in lower case, and the capitalised words it puts after an article.

    Built once per document (a str caches its hash), so judging each name is a set look-up, not a scan.
    """
    tokens = re.findall(r"[\w’'-]+", text)
    lower = frozenset(t for t in tokens if t.islower())
    after_article = frozenset(b for a, b in zip(tokens, tokens[1:]) if a.lower() in _ARTICLES and b[:1].isupper())
    return lower, after_article


def _used_as_a_thing(name: str, text: str) -> bool:
    """ "the Grit Bin", "a Task Group", "dog fouling": the document uses these words as a thing, not a name."""
    if not text:
        return False
    lower, after_article = _word_sets(text)
    words = name.split()
    if name.lower() != name and all(w.lower() in lower for w in words) and re.search(_words_pattern(name.lower()), text):
        return True
    article = r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]ur|[Tt]heir|[Ii]ts|[Nn]ew|[Aa]ny)\s+"
    return words[0] in after_article and re.search(article + _words_pattern(name), text) is not None


def _distinct_people(forms: list[_Form]) -> list[list[_Form]]:
    """Forms grouped by person: forms whose given names are incompatible are different people."""
    groups: list[list[_Form]] = []
    for form in sorted(forms, key=lambda f: _fullness(f.name), reverse=True):
        given = _split(form.name)[0]
        for group in groups:
            if _given_compatible(given, _split(group[0].name)[0]):
                group.append(form)
                break
        else:
            groups.append([form])
    # Forms with no given name fit any group; they do not make a person of their own.
    named = [g for g in groups if _split(g[0].name)[0]]
    return named or groups


@lru_cache(maxsize=1)
def _gender_detector():  # type: ignore[no-untyped-def]
    import gender_guesser.detector as detector  # the name dictionary given_names.py reads

    return detector.Detector(case_sensitive=False)


def _sex_clash(classes: set[str] | frozenset[str], given: str) -> bool:
    """A man's title and a woman's given name: "Mr E Taylor" is not "Elaine Taylor".

    Only this way round: the name dictionary calls many names male that are women's names in English
    ("Carmel", "Andrea", "Nicola"), so "Ms C X" may well be "Carmel X".
    """
    first = given.split()[0].strip(".") if given else ""
    if len(first) < 2 or "m" not in classes or "f" in classes:
        return False
    return bool(_gender_detector().get_gender(first) == "female")


def _classes_compatible(a: set[str], b: set[str]) -> bool:
    if ("m" in a and "f" in b and "m" not in b) or ("f" in a and "m" in b and "f" not in b):
        return False
    # A councillor is not the officer of the same surname ("Councillor Phillips", "Claire Phillips, Policy Officer").
    if ("cllr" in a and "officer" in b and "cllr" not in b) or ("officer" in a and "cllr" in b and "officer" not in b):
        return False
    return True


def _same_person(a: str, b: str) -> bool:
    ga, la = _split(a)
    gb, lb = _split(b)
    return _key(la) == _key(lb) and _given_compatible(ga, gb)


def _role_key(role: str) -> str:
    role = re.sub(r"\s+", " ", role).strip(" ,.;:").lower()
    role = re.sub(r"^(?:the|interim|acting|locum)\s+|^a/\s*", "", role)  # "A/Senior Planner": the acting one
    role = re.sub(r"^(?:parish|town|community)\s+(?=clerk\b)", "", role)  # "the Parish Clerk" is "the Clerk" of parish minutes
    role = role.replace("&", "and").replace("’", "'")
    return re.sub(r"\s+of\s+the\s+council$", "", role)  # "Leader of the Council" is "the Leader" of these minutes


def _after_run_on_surname(raw: str, before: str = "") -> str:
    """ "Taylor Helen Richardson" in "Cllr Janet Taylor Helen Richardson (Clerk)" (a list printed without commas) -> "Helen Richardson":
    three untitled words after a given name, the middle one a given name, are a surname and the next person."""
    words = raw.split()
    if len(words) == 3 and not _is_titled(raw) and is_given_name(words[1]) and re.search(r"\b[A-Z][a-z]+\s+$", before):
        previous = before.split()[-1]
        if is_given_name(previous) or previous.lower().rstrip(".") in _HONORIFIC_LOWER:
            return " ".join(words[1:])
    return raw


_NEXT_NAME = re.compile(r"\s+[A-Z][a-z]")


def _titled_run_on(raw: str, after: str) -> str:
    """ "Cllr Janet Taylor Helen" before "Richardson (Clerk)": a titled name of three words whose last is a given name and
    that runs on into another capitalised word ends before that given name."""
    title = _STRIP_HONORIFIC.match(raw)
    words = raw[title.end():].split() if title else []
    if len(words) >= 3 and _NEXT_NAME.match(after) and is_given_name(words[-1]):
        return raw[: title.end()] + " ".join(words[:-1]) if title else raw
    return raw


def _initialled_name(raw: str, initials: str) -> str | None:
    """ "Claire Page (CP)": a given name and a surname that is also a word ("Page", "Hall", "Church") are a person when
    the minutes give the initials of exactly these words."""
    words = _STRIP_HONORIFIC.sub("", raw).split()
    if len(words) >= 2 and is_given_name(words[0]) and "".join(w[0] for w in words) == initials:
        return " ".join(words)
    return None


def _hold_role(people: _People, role: str, name: str, classes: Iterable[str]) -> None:
    """Record who a chair, vice-chair or clerk marker names (the first the document gives wins)."""
    role = re.sub(r"^(?:[Aa]cting|the)\s+", "", role)
    if re.fullmatch(_CHAIR_WORD, role):
        people.add(name, classes)
        people.chair = people.chair or name
    elif re.fullmatch(rf"Vice[- ]?{_CHAIR_WORD}", role):
        people.add(name, classes)
        people.vice_chair = people.vice_chair or name
    else:
        people.add(name, {"officer"})
        people.add_role(role, name)


_VICE_TAKES_CHAIR = re.compile(r"\bVice[- ]?Chair\w*\b[^.;]{0,40}?\b(?:take|took|takes|taking)\s+the\s+chair\b", re.IGNORECASE)


def _collect_people(document: Document, headings: Iterable[str] = ()) -> _People:
    """Names the document gives anywhere (headings and attendance lists too), the chair, the leader and roles.

    headings: heading lines as the loader read them; an attendance list printed in bold, one member a line
    ("Cllr Jo Bruce   JB   Chair"), is all headings, of which the paragraphs keep only the last.
    """
    people = _People()
    texts: list[str] = []
    seen_headings: set[str] = set()
    for paragraph in document.paragraphs:
        if paragraph.heading_line:
            continue  # a heading kept as a paragraph of its own is read with the headings below, as it was
        for heading in (paragraph.item_title, paragraph.section):
            if heading and heading not in seen_headings:
                seen_headings.add(heading)
                texts.append(heading)
        texts.append(initial_first(paragraph.text))
    kept = len(texts)  # the lines after these are lines no paragraph kept
    people.kept_text = "\n".join(texts)
    for heading in headings:
        heading = re.sub(r"\s+", " ", heading).strip()
        if heading and heading not in seen_headings and len(heading) <= MAX_HEADING_LINE:
            seen_headings.add(heading)
            texts.append(initial_first(heading))
    people.text = "\n".join(texts)

    def person(raw: str, before: str = "") -> str | None:
        """The name, if these words are a person's (a role or a chair is never given to "War Memorial")."""
        name = normalise_name(_after_run_on_surname(raw, before))
        name = _trim_run_on(name, people.text) if name else None  # "Clerk: Sarah Thorpe Email: ..."
        return name if name and _person_like(raw, name, people.text) else None

    titled_anywhere = re.compile(TITLED)
    for number, text in enumerate(texts):
        # Lines no paragraph kept name people the paragraphs do not (an attendance list set as headings); a surname
        # the paragraphs already give keeps the forms they give.
        people.new_surnames_only = number >= kept
        # "APOLOGIES Mr. White (Chairman)": an absent chairman does not chair this meeting.
        absent = APOLOGIES.search(text) is not None
        for match in titled_anywhere.finditer(text):
            name = normalise_name(_titled_run_on(match.group(0), text[match.end():]))
            if name and not _titled_thing(match.group(0), name, people.text):
                name = _trim_run_on(name, people.text)
                people.add(name, _title_classes(match.group(0)))
                if re.match(r"Mayor\b", match.group(0)):
                    people.add_role("Mayor", name)  # "Mayor Moran" in the attendance: "the Mayor" of these minutes (if only one)
        if NOT_SPEECH.match(text) or re.match(r"^\s*(?:Present|PRESENT|Those Attending|Attendance|IN ATTENDANCE)", text):
            for chunk in re.split(r"[,;:|]|\band\b|\s[-–]\s|\(|\)", text):
                name = normalise_name(chunk)
                if name and len(name.split()) >= 2:
                    people.add(name, _title_classes(chunk.strip()))
        elif APOLOGIES.search(text):
            # "Apologies were received from Parish Councillors Tom Foy and Claire Williams": known people, not speakers.
            for chunk in re.split(r"[,;:|]|\band\b|\bfrom\b|\(|\)", text):
                name = normalise_name(chunk)
                if name and len(name.split()) >= 2 and (_is_titled(chunk.strip()) or is_given_name(name.split()[0])):
                    people.add(name, _title_classes(chunk.strip()))
        absent_list = ABSENT_FROM.search(text) if number < kept else None
        if absent_list:
            for chunk in re.split(r"[,;:|]|\band\b|\bfrom\b|\(|\)", (split_sentences(text[absent_list.end():]) or [""])[0]):
                name = normalise_name(chunk)
                # "Apologies: P. Norris": an initial and a surname are a person's name too.
                if name and (_is_titled(chunk.strip()) or (len(name.split()) >= 2 and (is_given_name(name.split()[0]) or len(name.split()[0]) == 1))):
                    people.absent.append((name, _title_classes(chunk.strip())))
        for match in ROLE_MARK.finditer(text):
            role = match.group("role")
            name = person(match.group("name"), text[: match.start("name")])
            if not name or not _ROLE_JOB.search(role) or re.match(r"(?:Agenda\s+)?Item\b", role):
                continue
            classes = set(_title_classes(match.group("name")))
            if not re.search(r"\b(?:Cabinet Member|Chairman|Chair|Leader|Mayor|Councillor)\b", role):
                classes.add("officer")
            people.add(name, classes)
            people.add_role(role, name)
        if _ATTENDANCE_WORDS.search(text[:40]):
            for match in ROLE_BEFORE_NAME.finditer(text):
                name = person(match.group("name"))
                if name:
                    people.add(name, {"officer"})
                    people.add_role(match.group("role"), name)
        # An officials list broken over lines ("Director, Physical" / "Development (Mr. K. Lehane), ..."): read with the text before.
        # "Meetings Administrator (Mr. M." / "Curran), ...": a line that ends on an initial has not ended its sentence.
        joined = texts[number - 1] + "\n" + text if number and (not re.search(r"[.!?]\s*$", texts[number - 1]) or _ENDS_ON_INITIAL.search(texts[number - 1])) else text
        for match in ROLE_FIRST_MARK.finditer(joined):
            if match.end() <= len(joined) - len(text):
                continue  # wholly in the text before: read there
            name = person(match.group("name"))
            if name and _ROLE_JOB.search(match.group("role")) and not re.search(r"\b(?:Councillor|Cllr|Member)s?\b", match.group("role")):
                people.add(name, {"officer"})
                people.add_role(match.group("role"), name)
        attendance = _ATTENDANCE_WORDS.search(text)
        for match in ATTENDANCE_ROLE.finditer(text) if attendance or len(text) <= MAX_HEADING_LINE else ():
            window = max(attendance.end() if attendance else 0, match.start() - ROLE_WINDOW)
            before = _NAME_BEFORE_ROLE.search(text[window : match.start()])
            whole_line = before is not None and window + before.start() == len(text) - len(text.lstrip()) and _ROLE_LINE_END.fullmatch(text, match.end())
            if not attendance and not whole_line:
                continue  # outside an attendance list only a line that is just the name and the role
            name = person(before.group("name")) if before else None
            if name:
                _hold_role(people, re.sub(r"\s+", " ", match.group("role")), name, _title_classes(before.group("name")))
        for match in ROLE_COLON.finditer(text):
            name = person(match.group("name"))
            if name:
                _hold_role(people, re.sub(r"\s+", " ", match.group("role")), name, _title_classes(match.group("name")))
        for match in ROLE_APPOS_MARK.finditer(text):
            name = person(match.group("name"))
            if name:
                people.add(name, {"officer"})
                people.add_role(match.group("role"), name)
        for match in CLERK_BEFORE_NAME.finditer(text):
            name = person(match.group("name"))
            if name:
                people.add(name, {"officer"})
                people.add_role("Clerk", name)
        for pattern in (MEMBER_ROLE_MARK, ROLE_NAME_MARK):
            for match in pattern.finditer(text):
                name = person(match.group("name"))
                role = re.sub(r"\s+", " ", match.group("role"))
                if not name:
                    continue
                people.add(name, _title_classes(match.group("name")))
                if re.fullmatch(_CHAIR_WORD, role):
                    people.chair = people.chair or (None if absent else name)
                elif re.fullmatch(rf"Vice[- ]?{_CHAIR_WORD}", role):
                    people.vice_chair = people.vice_chair or (None if absent else name)
                else:
                    people.add_role(role, name)
        # "Dave Carr, Head of Service", "Claire Phillips, Senior Policy Officer": an officer's full name.
        for match in re.finditer(rf"(?P<name>{UNTITLED}),\s+(?:the\s+)?(?P<role>[A-Z][^,.;:()]{{2,80}})", text):
            name = person(match.group("name"))
            if name and _ROLE_JOB.search(match.group("role")):
                people.add(name, set() if re.search(r"Councillor|Cabinet Member", match.group("role")) else {"officer"})
        if people.chair is None and not absent:
            titled_chair = CHAIR_TITLE.search(text)
            if titled_chair:
                people.chair = person(titled_chair.group("name"))
        if people.chair is None and not absent:
            # "PRESENT IN THE CHAIR:" over "Councillor F. Foley.": the marker ends the line before.
            match = CHAIR_MARK.search(text) or (CHAIR_MARK.search(joined) if joined is not text and _CHAIR_LINE.search(texts[number - 1]) else None)
            if match:
                raw = match.group("name") or match.group("name2") or match.group("name3") or match.group("name4") or match.group("name5")
                people.chair = person(raw or "")
                # "PRESENT IN THE CHAIR:" / "Councillor K. O’Hanlon, Mayor.": the Mayor chairs this meeting.
                people.mayor_chairs = people.chair is not None and re.search(r"\bMayor\b(?!\s+of\b)", text[match.start():match.end() + 20]) is not None
        if people.vice_chair is None and not absent:
            match = VICE_CHAIR_MARK.search(text)
            if match:
                people.vice_chair = person(match.group("name"))
        for match in INITIALS_MARK.finditer(text):
            name = person(match.group("name")) or _initialled_name(match.group("name"), match.group("initials"))
            if name and len(name.split()) >= 2 and match.group("initials") not in people.initials:
                people.initials[match.group("initials")] = name
                people.add(name)
        # An untitled name in a column or before its job takes the initials only when they are its own
        # ("Jean Markwell   JM   Retiring Parish Clerk").
        for match in [*INITIALS_COLUMN.finditer(text), *INITIALS_AFTER_JOB.finditer(text)]:
            name = person(match.group("name"))
            if name is None and not _is_titled(match.group("name")) and is_given_name(match.group("name").split()[0]):
                # Its own initials beside it make a given name and a surname a person, even one the document also
                # writes after "that" ("the work that Jean Markwell had provided").
                name = normalise_name(match.group("name"))
            if name and len(name.split()) >= 2 and "".join(w[0] for w in name.split()) == match.group("initials") and match.group("initials") not in people.initials:
                people.initials[match.group("initials")] = name
                people.add(name)
        if people.leader is None:
            match = LEADER_MARK.search(text)
            if match:
                people.leader = person(match.group("name"))
    if people.chair is None and people.vice_chair and _VICE_TAKES_CHAIR.search(people.text):
        people.chair = people.vice_chair  # "as Vice-Chair she should take the chair for this meeting"
    people.new_surnames_only = False
    people.drop_run_on_forms()
    # Untitled full names elsewhere in the text ("Mark Albiston (Director ...) was in attendance") fill in given names.
    if people.by_surname:
        surnames = "|".join(sorted({re.escape(f.name.split()[-1]) for forms in people.by_surname.values() for f in forms}, key=len, reverse=True))
        full = re.compile(rf"\b(?P<given>(?!(?:{_STOP_WORDS})\b)[A-Z][a-z][a-zA-Z’'\-]+)\s+(?P<last>{surnames})\b")
        for number, text in enumerate(texts):
            people.new_surnames_only = number >= kept
            for match in full.finditer(text):
                given = match.group("given")
                if re.search(r"[a-z]{2,}[A-Z]", given) or given.lower() in NOT_NAMES or given.lower() in _HONORIFIC_LOWER:
                    continue
                before = text[: match.start()]
                if re.search(rf"(?:{_HONORIFIC})\.?\s*$", before):
                    continue  # already collected with its title
                people.add(f"{given} {match.group('last')}")
    people.new_surnames_only = False
    return people


# ---------------------------------------------------------------------------------------------
# One paragraph
# ---------------------------------------------------------------------------------------------


# "The Clerk agreed to write to Highways", "Cllr Collins agreed to be a signatory": an undertaking recorded as an action,
# not what the person said ("undertook to" is no speech verb either). The parish label sets 2-4 never count it, and
# "who said what" is what a user searches by. "agreed to the proposal" and "agreed that ..." stay speech.
_UNDERTAKING = re.compile(r"\s+(?:also\s+|kindly\s+|then\s+)?to\s+(?!(?:the|this|that|these|those|a|an|his|her|their|its|it|all|any|be\s+(?:happy|pleased|grateful))\b)[a-z]+\b")


def _verb_ok(verb: str, after: str) -> bool:
    if _AFTER_VERB_NOT_SPEECH.match(after) and verb not in {"proposed", "seconded", "moved"}:
        return False
    if verb == "agreed" and _UNDERTAKING.match(after):
        return False
    if verb == "confirmed" and _WOULD_DO.match(after):
        return False  # "Chair again confirmed she would get in touch with those responsible": an undertaking
    if verb == "asked" and _ASKED_TO_LEAVE.match(after):
        return False  # "DHO and S Horkan asked to leave meeting": told to go, not speaking
    if verb == "accepted" and _TAKING_OFFICE.match(after):
        return False
    if verb not in WEAK_VERBS:
        return True
    follow = WEAK_CONTINUATIONS[verb]
    if re.match(r"\s+" + follow + r"\b", after, re.IGNORECASE):
        return True
    # "Mayor Spencer read and presented the proclamation", "Councillor X took his seat and thanked the Members":
    # a second, speaking verb of the same subject.
    if verb in ("was", "is", "would") or verb in ("had", "has") and re.match(r"\s+(?:not\s+)?been\b", after):
        return False  # "was thanked and congratulated", "had been thanked and ...": passive, not this person speaking
    # "The Clerk had attended a training seminar and advised the meeting ...": the second verb is the speech.
    # "the Clerk had looked at prices but did point out ...": an emphatic "did" before the speech.
    second = _SECOND_VERB.match(after)
    if second and second.group("verb") == "did":
        return re.match(r"\s+" + WEAK_CONTINUATIONS["did"] + r"\b", after[second.end():], re.IGNORECASE) is not None
    return bool(second) and second.group("verb") in _STRONG_VERBS


_WOULD_DO = re.compile(r"\s+(?:that\s+)?(?:he|she|they)\s+would\s+(?!(?:not\s+)?(?:be\s+)?(?:support|oppose|like|welcome|prefer|recommend|agree)\b)")
_ASKED_TO_LEAVE = re.compile(r"\s+to\s+(?:leave|withdraw|step\s+(?:out|outside)|wait\s+outside)\b")
_REQUEST_SINCE = re.compile(r"\s+(?:asked|requested)\b")
_SECOND_VERB = re.compile(r"(?:[^.;,:]|(?<=\b(?:Mr|Ms|Dr))\.|(?<=\bMrs)\.){0,40}?\b(?:and|but)\s+(?:also\s+|then\s+)?(?P<verb>[a-z]+)\b")
_STRONG_VERBS = frozenset(SPEECH_VERBS) - WEAK_VERBS


def _role_person(role: str, people: _People) -> str | None:
    lowered = re.sub(r"\s+", " ", role.lower())
    # "The Chair of the Parish Council requested": the chair of the meeting's own body.
    lowered = re.sub(r"^((?:vice[- ]?)?chair(?:man|person|woman)?) of the (?:(?:parish|town|city|community) )?(?:council|meeting)$", r"\1", lowered)
    if re.fullmatch(r"vice[- ]?(?:chairman|chairperson|chairwoman|chair)", lowered):
        return people.vice_chair
    if re.fullmatch(r"(?:chairman|chairperson|chairwoman|chair|cathaoirleach|príomh[- ]chomhairleoir)", lowered):
        return people.chair
    if lowered in {"leader", "leader of the council"}:
        return people.leader or people.role(role)
    if re.fullmatch(r"(?:outgoing|retiring)\s+(?:mayor|chairman|chairperson|chairwoman|chair|cathaoirleach)", lowered):
        return people.chair  # "The outgoing Mayor declared X elected": still in the chair until the election is declared
    if lowered == "mayor" and people.mayor_chairs:
        return people.chair  # a Mayor elected during the meeting takes the chair (CHAIR_CHANGE)
    return people.role(role)


_ROLE_APPOSITIVE = re.compile(
    r"\b(?:Head|Director|Officer|Manager|Chief|Lead|Leader|Member|Clerk|Councillor|Chairman|Chair|Executive|Secretary|"
    r"Advis[oe]r|Commissioner|Inspector|Service|Services|Team|Consultant|Engineer|Planner|Solicitor|Counsel|Treasurer|"
    r"Accountant|Analyst|Coordinator|Co-ordinator|President|Representative|Superintendent|Sergeant|Constable|Principal|"
    r"Headteacher|public|resident|applicant|agent|owner|Borough|County|District|CEO)\b"
)


_PLACE_APPOSITIVE = re.compile(r",\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,")
_ROLE_OR_TITLE = re.compile(rf"\b[Tt]he\s+{ROLE_WORDS}\b|{_HON_SEQ}")
_TOPIC_DASH = re.compile(rf"\s+[-–—]\s+(?:[Tt]he\s|(?:{_HONORIFIC})\.?\s|{ROLE_WORDS}\b)")
# Roles outside the council: people quoted in minutes, not heard at the meeting ("the Prime Minister, Keir Starmer, said").
_OUTSIDE_ROLE = re.compile(r"\b(?:Prime Minister|Minister|Secretary of State|Chancellor|President|King|Queen|Prince|Princess|Pope|MP)\b")


def _subject_matches(sentence: str) -> Iterator[re.Match]:
    """Every "NAME ... VERB" in a sentence, trying each name start (a skipped object may hide a subject)."""
    position = 0
    name_end = -1
    while position < len(sentence):
        match = SUBJECT_VERB.search(sentence, position)
        if match is None:
            return
        if match.end("name") != name_end:  # "J Brown" inside "Cllr R J Brown" is not another person
            yield match
        name_end = match.end("name")
        position = match.start() + 1 + len(match.group("name").split()[0])


# "CC advised", "PK reported", "Cllr JB welcomed": initials standing for a member, then a speech verb.
# "RD of British Sugar shared": the initials' organisation between them and the verb.
INITIALS_SUBJECT = re.compile(
    rf"(?<![\w’'-])(?:(?:{_HONORIFIC})\.?\s+)?(?P<initials>[A-Z]{{2,3}})\s+(?:of\s+(?:the\s+)?(?:[A-Z][\w&’'-]*\s+){{1,4}}?)?{_ADVERB}{_SPEECH}"
)

GLUED_INITIALS_SUBJECT = re.compile(rf"(?<![\w’'-])(?P<initials>[A-Z]{{2,3}})(?P<verb>{_VERB})\b")


def _initials_subject(sentence: str, people: _People) -> list[tuple[re.Match, str]]:
    """Initials as the subject of a speech verb, with the person they stand for in this document."""
    found = []
    for match in INITIALS_SUBJECT.finditer(sentence):
        if re.search(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Oo]ur|[Tt]heir)\s+$", sentence[: match.start()]):
            continue  # "the PC agreed": a body
        person = people.with_initials(match.group("initials"))
        if person and _verb_ok(match.group("verb"), sentence[match.end():]):
            found.append((match, person))
    for match in GLUED_INITIALS_SUBJECT.finditer(sentence):
        # "FRErequested close session": the text lost the space; only letters the attendance list defines.
        person = people.initials.get(match.group("initials"))
        if person and _verb_ok(match.group("verb"), sentence[match.end():]):
            found.append((match, person))
    return found


# "WWI Centenary", "NHS Trust": three capitals run together open an abbreviation, not a person's initials.
_FUSED_CAPITALS = re.compile(r"\b[A-Z]{3,}\b")


def _plausible_member(name: str, text: str) -> bool:
    """A titled name whose words read as a person's: a given name or an initial first, or one surname the document never writes in lower case."""
    words = name.split()
    if len(words) == 1:
        return words[0].lower() not in _word_sets(text)[0]
    return len(words[0]) == 1 or is_given_name(words[0])


def _found(people: _People, found: list[tuple[int, str, frozenset[str]]], position: int, raw: str) -> None:
    """Record a speaker if the words are a person's name: titled, or a person by the evidence of the document."""
    if re.search(r"[’']s?$", raw.strip()):
        return  # "Councillor Mayes’ motion": a possessive names whose thing it is, not who speaks
    if not _is_titled(raw) and re.search(r"[’']s?\s+\S", raw):
        return  # "Stoke Ferry King's Lynn": a possessive inside untitled words makes a place or a thing
    name = normalise_name(raw)
    if name and _is_titled(raw):
        if _titled_thing(raw, name, people.text):
            return
        found.append((position, people.without_run_on(_trim_run_on(name, people.text)), _title_classes(raw)))
    elif name and name.split()[0] in name.split()[1:]:
        # "Village Pond – David Cooper David Cooper said": the heading's name ran onto the subject's.
        _found(people, found, position, " ".join(name.split()[1:]))
    elif name and people.is_person(name) and not _FUSED_CAPITALS.search(raw):
        found.append((position, name, _title_classes(raw)))


# "Email from Cllr Denny regarding speeding. He informed the meeting that ...": a sentence whose subject is "He" or "She".
PRONOUN_SUBJECT = re.compile(rf"^\s*(?P<pronoun>He|She)\s+{_ADVERB}{_SPEECH}")


def _one_titled(sentence: str, sex: str) -> str | None:
    """The one titled person a sentence names (as printed), when a pronoun of this sex ("m"/"f") can stand for them."""
    people = {normalise_name(m.group(0)): m.group(0) for m in re.finditer(TITLED, sentence)}
    people.pop(None, None)
    if len(people) != 1:
        return None
    raw = next(iter(people.values()))
    other = "m" if sex == "f" else "f"
    return None if other in _title_classes(raw) else raw


# "10 Verge Damage – Tom Roberts I am sure many others ...": a member's written report printed under a heading
# that names them (a table of reports run together); the report is theirs when it speaks in the first person.
HEADING_REPORT = re.compile(
    rf"(?:^|(?<=\s))(?:\d+\.?\s+)?(?:[A-Z][\w’'&/]*\s+){{0,4}}?[A-Z][\w’'&/]*\s*[-–—]\s*"
    rf"(?P<name>{_NAME_WORD}\s+{_NAME_WORD})\s+(?=[A-Z])"
)
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|us|[Mm]y|[Oo]ur)\b|^Nothing\s+to\s+report\b")
HEADING_REPORT_WINDOW = 600  # characters of a report read for its first person


def _heading_reports(text: str, people: _People) -> list[tuple[int, str]]:
    """Members whose first-person report follows a heading naming them: (position, name)."""
    out = []
    for match in HEADING_REPORT.finditer(text):
        raw = match.group("name")
        name = normalise_name(raw)
        if not name or not is_given_name(name.split()[0]) or not people.is_person(name):
            continue
        report = text[match.end(): match.end() + HEADING_REPORT_WINDOW]
        following = HEADING_REPORT.search(report)
        if following:
            report = report[: following.start()]
        if _FIRST_PERSON.search(report):
            out.append((match.start("name"), name))
    return out


def _speakers_raw(text: str, people: _People) -> list[tuple[str, frozenset[str]]]:
    """Speakers of one paragraph as printed (honorifics removed), with what their titles said, in order."""
    if NOT_SPEECH.match(text):
        return []
    found: list[tuple[int, str, frozenset[str]]] = []
    offset = 0
    text = initial_first(text)
    for match in PROPOSED_NAME.finditer(text):
        raw = match.group("name")
        letters = match.group("initials") or (re.match(r"[A-Z]{2,3}(?=\s)", raw) if not _is_titled(raw) else None)
        if letters is not None and not isinstance(letters, str):
            # "2nd DD All agreed": initials, then a capitalised word that is no surname
            name = normalise_name(raw)
            letters = letters.group() if not (name and people.is_person(name)) else None
        if letters:
            person = people.with_initials(letters)
            if person:
                found.append((match.start("name"), person, frozenset()))
        else:
            _found(people, found, match.start("name"), raw)
    report = ROLE_REPORT.match(text)
    if report:
        person = _role_person(report.group("role") or report.group("role2"), people)
        if person:
            found.append((0, person, frozenset()))
    for position, name in _heading_reports(text, people):
        found.append((position, name, frozenset()))
    declared = DECLARED_LIST.search(text)
    if declared:
        rest = text[declared.end():]
        for match in DECLARER.finditer(rest):
            _found(people, found, declared.end() + match.start("name"), match.group("name"))
    for match in DECLARED_FROM.finditer(text):
        for named in _FROM_TITLED.finditer(match.group(0)):
            _found(people, found, match.start() + named.start("name"), named.group("name"))
    for match in INITIALS_DECLARED.finditer(text):
        for letters in re.findall(r"[A-Z]{2,3}", match.group("list")):
            if letters in people.initials:
                found.append((match.start(), people.initials[letters], frozenset()))
    previous = ""
    for sentence in split_sentences(text) or [text]:
        offset = text.find(sentence, offset)
        before_sentence, previous = previous, sentence
        if APOLOGIES.search(sentence) or LEFT_MEETING.search(sentence):
            continue
        pronoun = PRONOUN_SUBJECT.match(sentence)
        if pronoun and _verb_ok(pronoun.group("verb"), sentence[pronoun.end():]):
            named = _one_titled(before_sentence, "f" if pronoun.group("pronoun") == "She" else "m")
            if named:
                _found(people, found, offset, named)
        dash = NAME_DASH.match(sentence)
        if dash:
            words = dash.group("rest").split()[:_NAME_DASH_MIN_WORDS + 1]
            named = normalise_name(dash.group("name"))
            # "Councillor Vacancy Llandogo Ward: As one vacancy still exists ...": a heading, not a member.
            if named and _plausible_member(named, people.text) and len(words) >= _NAME_DASH_MIN_WORDS and (_DASH_THANKS.match(dash.group("rest")) or _FINITE.search(_PASSIVE_CLAUSE.sub(" ", " ".join(dash.group("rest").split()[:_NAME_DASH_VERB_WORDS])))):
                _found(people, found, offset + dash.start("name"), dash.group("name"))
        given = GIVEN_NAME_SUBJECT.match(sentence)
        if given and _verb_ok(given.group("verb"), sentence[given.end():]):
            person = people.with_given_name(given.group("given"))
            if person:
                found.append((offset, person, frozenset()))
        for match in _subject_matches(sentence):
            raw = match.group("name")
            if not _verb_ok(match.group("verb"), sentence[match.end():]) or _RELAYED.match(sentence, match.end()):
                continue  # "P. Norris requested via Mrs. Koopowitz": the absent member's request, relayed
            if match.group("verb") == "has" and _REQUEST_SINCE.match(sentence, match.end()) and "cllr" not in _title_classes(raw):
                continue  # "Mrs. Roberts has asked if Litter Bins could be reinstated": a resident's request, relayed
            before = sentence[: match.start()]
            # "agreed with Mr Hook", "a question to Councillor X": an object, not a subject.
            if _OBJECT_BEFORE.search(before):
                continue
            if not _is_titled(raw):
                appositive = (match.group("appos") or "") + (match.group("paren") or "")
                if len(raw.split()) < 2:
                    continue
                # An untitled name speaks only straight before its verb, with a job beside it, or with where
                # the speaker lives ("Jay Garfinkle, Alameda, stated": a member of the public).
                if match.group("appos") and not _ROLE_APPOSITIVE.search(appositive) and not _PLACE_APPOSITIVE.fullmatch(match.group("appos")):
                    continue
                # "War Memorial - The Parish Clerk reported": a topic, then who spoke about it (also further on:
                # "Bluebell Inn Lynn Road - Change of use ... The Chair shared").
                if _TOPIC_DASH.search(match.group("appos") or "") or (appositive.lstrip().startswith(("-", "–", "—")) and _ROLE_OR_TITLE.search(appositive)):
                    continue
            _found(people, found, offset + match.start(), raw)
        for match in PLURAL_SUBJECT.finditer(sentence):
            if not _verb_ok(match.group("verb"), sentence[match.end():]):
                continue  # "Cllrs Eglington and Pointeer agreed to attend": an undertaking
            for part in re.split(r"\s*,\s*|\s+(?:and|&)\s+", match.group("names")):
                _found(people, found, offset + match.start(), "Councillor " + part)
        for match in LIST_TAIL.finditer(sentence):
            if not _verb_ok(match.group("verb"), sentence[match.end():]):
                continue
            names = [(match.start("last"), match.group("last"))]
            chunks = sentence[: match.start()].split(",")
            position = match.start()
            for chunk in reversed(chunks):
                position -= len(chunk) + 1
                tail = _TITLED_AT_END.search(chunk)
                if tail is None:
                    break
                names.append((position + 1 + tail.start("name"), tail.group("name")))
                if chunk[: tail.start()].strip():
                    break  # words before the first name: the list starts here
            if len(names) < 2 or _OBJECT_BEFORE.search(sentence[: names[-1][0]]):
                continue
            for start, raw in names:
                _found(people, found, offset + start, raw)
        for match, person in _initials_subject(sentence, people):
            found.append((offset + match.start(), person, frozenset()))
        for match in PASSIVE_INITIALS.finditer(sentence):
            person = people.with_initials(match.group("initials"))
            if person:
                found.append((offset + match.start("initials"), person, frozenset()))
        for pattern in (PASSIVE, SECONDED_BY, PROPOSER_FIELD, QUESTION_FROM, POSSESSIVE_QUESTION, PROPOSAL_OF, PASSIVE_PAIR, WITH_MEMBERS, WHO_SUBJECT, FOR_TO, VIA):
            for match in pattern.finditer(sentence):
                raw = match.group("name") or match.group("lower_role").capitalize()
                if "verb" in pattern.groupindex and not _verb_ok(match.group("verb"), sentence[match.end():]):
                    continue
                if pattern is POSSESSIVE_QUESTION:
                    if not re.search(r"[’']s?$", raw):
                        continue
                    raw = re.sub(r"[’']s?$", "", raw)  # "Mr. Garfinkle’s", "Councillor Mayes’"
                if re.fullmatch(ROLE_WORDS, raw):
                    person = _role_person(raw, people)
                    if person:
                        found.append((offset + match.start("name"), person, frozenset()))
                    continue
                if pattern is QUESTION_FROM and not _is_titled(raw) and len(raw.split()) < 2:
                    continue
                if pattern is QUESTION_FROM and re.match(r"\s*,?\s*MP\b", sentence[match.end("name"):]):
                    continue  # "a request from Elizabeth Truss MP": a Member of Parliament writes to the council
                _found(people, found, offset + match.start("name"), raw)
        for match in ROLE_SUBJECT.finditer(sentence):
            if not _verb_ok(match.group("verb"), sentence[match.end():]):
                continue
            if _OBJECT_BEFORE.search(sentence[: match.start()]):
                continue
            if match.group("name"):
                # "The Director, Physical Development, thanked": a job with its department, as the officials list gives it.
                person = _role_person(f"{match.group('role')}, {match.group('name')}", people)
                if person:
                    found.append((offset + match.start(), person, frozenset()))
                elif not _OUTSIDE_ROLE.search(match.group("role")):
                    _found(people, found, offset + match.start(), match.group("name"))
                continue
            # "The Cathaoirleach and Members extended congratulations": the chair speaks for them all.
            person = _role_person(re.sub(r"\s+and\s+(?:the\s+)?(?:other\s+)?(?:Members|Councillors)$", "", match.group("role")), people)
            if person:
                found.append((offset + match.start(), person, frozenset()))
        for match in [*BARE_ROLE_SUBJECT.finditer(sentence), *LOWER_ROLE_SUBJECT.finditer(sentence), *ROLE_DEPT_SUBJECT.finditer(sentence)]:
            person = _role_person(match.group("role"), people) if _verb_ok(match.group("verb"), sentence[match.end():]) else None
            if person:
                found.append((offset + match.start(), person, frozenset()))
        for match in APPOSITIVE_SUBJECT.finditer(sentence):
            if _verb_ok(match.group("verb"), sentence[match.end():]):
                _found(people, found, offset + match.start("name"), match.group("name"))
        offset += len(sentence)
    ordered: list[tuple[str, frozenset[str]]] = []
    names: list[str] = []
    for _, name, classes in sorted(found, key=lambda item: item[0]):
        if name not in names:
            names.append(name)
            ordered.append((name, classes))
    return ordered


def speakers_in(text: str, people: _People | None = None) -> list[str]:
    """Speakers of one paragraph, in the order they appear (names as printed, honorifics removed)."""
    return [name for name, _ in _speakers_raw(text, people or _People(text=text))]


# ---------------------------------------------------------------------------------------------
# A whole document: carry-over between paragraphs
# ---------------------------------------------------------------------------------------------


def _opens_list(text: str, people: _People) -> bool:
    """ "... responded to Members' questions as follows:", "Key points included:" -- said by this paragraph's speaker."""
    text = text.rstrip()
    if not (text.endswith(":") or re.search(r"\b(?:that|as follows)$", text)):
        return False
    sentences = split_sentences(text)
    if not sentences or _MOTION_LEAD.search(sentences[-1]):
        return False  # "proposed the following amendment:": what follows is the motion's wording
    if _speakers_raw(sentences[-1], people):
        return True
    # "Mr Oakford introduced the report ... Key points included:" (not "A discussion took place which included:")
    return len(sentences) > 1 and not _MEETING_VOICE.search(sentences[-1])


# The meeting speaking for itself: what follows is not one person's speech.
_MEETING_VOICE = re.compile(
    r"\b(?:discussion|debate|[Mm]embers|[Cc]ouncillors|[Ii]t was|RESOLVED|[Rr]esolved|apolog\w*|"
    r"(?:was|were)\s+(?:agreed|approved|noted|signed|raised|made|carried|lost)|the (?:Committee|Cabinet|Council|Panel|Board|meeting) "
    r"(?:agreed|noted|resolved|decided|asked|considered))\b"
)


_MEETING_SUBJECT = re.compile(
    r"^(?:Members|Councillors|The (?:Committee|Cabinet|Panel|Board|Chairman|Chair|Leader)\b|The Council (?:agreed|resolved|noted|decided|RESOLVED)|"
    r"The meeting (?:agreed|resolved|noted|decided|closed)|It was|RESOLVED|Resolved|Following the|After the|Further to)\b"
)
_MOTION_LEAD = re.compile(r"\b(?:motion|amendment|recommendations?|resolution|wording|notice of motion)\b", re.IGNORECASE)
_UNNAMED_SUBJECT = re.compile(
    rf"\b(?:An?|One|Another)\s+(?:(?:[Pp]arish\s+)?[Cc]ouncillor|[Mm]ember(?:\s+of\s+the\s+public)?|[Rr]esident|[Pp]arishioner|[Pp]arishoner)\s+{_ADVERB}{_SPEECH}"
)


def _in_list(paragraph: Paragraph, previous_inherited: bool, lead_in: Paragraph) -> bool:
    """A bullet, a printed sub-paragraph ("(b)"), a lower-case run-on, a quoted answer, or more of the same list."""
    sub_label = bool(paragraph.label and re.fullmatch(r"\(?(?:[a-z]{1,2}|[ivx]{1,5})[.)]?", paragraph.label))
    if _NAME_LIST.match(paragraph.text):
        return False  # a vote list
    if paragraph.text.startswith(("“", '"')) and _MOTION_LEAD.search(lead_in.text):
        return False  # the words of a motion: nobody's reported speech
    if _UNNAMED_SUBJECT.search(paragraph.text):
        return False  # "A Councillor expressed concern ...": the paragraph says who spoke, and it is not the list's speaker
    if paragraph.bullet or sub_label or paragraph.text[:1].islower() or re.match(r"^(?:[a-z]|[ivx]{1,4})\)\s", paragraph.text):
        return paragraph.kind != "decision" or paragraph.bullet
    if paragraph.kind == "decision" or _MEETING_SUBJECT.match(paragraph.text) or _MEETING_VOICE.search(paragraph.text):
        return False
    return True


def _closes_list(paragraph: Paragraph) -> bool:
    """The meeting's own voice ("RESOLVED", "Members asked") or a vote list ends someone's list."""
    return paragraph.kind == "decision" or bool(_MEETING_SUBJECT.match(paragraph.text)) or bool(_NAME_LIST.match(paragraph.text))


# "Mr Baker, Mr Bartlett, Mrs Bell, ...": a list of people (a recorded vote, an attendance list).
_NAME_LIST = re.compile(rf"^\s*(?:(?:{TITLED})(?:,\s*(?:{'|'.join(POST_NOMINALS)}))?\s*(?:,|\band\b)\s*){{2,}}")
_SECTION_SUBJECT = re.compile(rf"^\s*(?:\d+[.)]?\s+)?{TITLED}\b")


def _heading_subject(paragraph: Paragraph, previous: Paragraph | None) -> str | None:
    """A sentence whose subject the loader took for a heading ("1. Mr Oakford, Deputy Leader and" / "Traded Services introduced")."""
    section = paragraph.section
    if not section or (previous is not None and previous.section == section):
        return None
    if section.rstrip()[-1:] in ".:;!?" or not _SECTION_SUBJECT.match(section):
        return None
    return re.sub(r"^\s*\d+[.)]?\s+", "", section) + " " + paragraph.text


NO_SPEAKER_KINDS = frozenset({"report", "agenda"})
# A verbatim record (a Hansard, a transcript) opens each turn with who speaks: "Councillor Browaty: Thank you",
# "Kayla Hodgins: Good morning", "Madam Speaker: Our Page for today ...".
_PRESIDING = r"(?:Madam|Mister|Mr\.?)\s+(?P<role>Speaker|Chair(?:man|person)?|Mayor|President)"
SPEAKER_TURN = re.compile(rf"^\s*(?:{_PRESIDING}|(?P<name>{TITLED}|{UNTITLED}))\s*:\s+\S")
# "Madam Speaker Councillor Sharma" in a roll call: who presides.
PRESIDING_MARK = re.compile(rf"\b{_PRESIDING}\s+(?P<name>{TITLED})")  # no comma: "Madam Speaker, Your Worship ..." addresses two people
# "Question submitted by Councillor L. Galvin" over "I will ask at the next Meeting ...": an agenda's notice is
# the submitter's own words (OCR reads the "I" as "|", "1", "!" or "\\").
# "Notice of Motion submitted by Councillor D. Butler (to be referred to the Travel and": a note in brackets may follow,
# cut at the line's end; "submitted by Councillors C. Prendiville, J. Gilligan and J. Costello" over "We will move ...".
_SUBMITTER_NOTE = r"(?:\s*\((?:[^()]*\)|[^()]*$))?"
SUBMITTED_BY = re.compile(rf"\b(?:submitted|tabled|lodged|given)\s+by\s+(?P<name>{TITLED}|{UNTITLED})(?:,?\s*[A-Z](?:\.\s*[A-Z0-9])+\.?)?{_SUBMITTER_NOTE}\s*[.:]?\s*$")
SUBMITTED_BY_MANY = re.compile(
    rf"\b(?:submitted|tabled|lodged|given)\s+by\s+(?:Councillors|Cllrs|Cmhlrs|Members)\.?\s+(?P<names>(?:{_INITIALS}|{_NAME_WORD}\s+)?{_NAME_WORD}(?:\s*,\s*(?:{_INITIALS}|{_NAME_WORD}\s+)?{_NAME_WORD})*\s*,?\s+(?:and|&)\s+(?:{_INITIALS}|{_NAME_WORD}\s+)?{_NAME_WORD}){_SUBMITTER_NOTE}\s*[.:]?\s*$"
)
# "I will move / ask at the next Meeting", "We will move", "I call on the Council to ...".
FIRST_PERSON_NOTICE = re.compile(r"^\W{0,3}(?:(?:I|\||1|!|\\|We)\s+(?:will|wish\s+to|intend\s+to)\s+(?:move|ask|propose|request|seek|call)\b|(?:I|\||1|!|\\)\s+call\b)")
_SUBMITTER_LINE = re.compile(r"\bby\b", re.IGNORECASE)
MAX_SUBMITTER_LINE = 100
_ONE_NOTICE = re.compile(r"\bNotice\s+of\s+Motion\b", re.IGNORECASE)  # one motion a heading ("Questions submitted by" may head several)
TRANSCRIPT_MIN_TURNS = 3  # paragraphs opening with a speaker's name and a colon before a document reads as a verbatim record


def _submitter(text: str, people: _People) -> list[str]:
    """The members a "... submitted by Councillor X" line names, in the fullest form the document gives."""
    text = re.sub(r"\b([A-Z]),(?=\s+[A-Z][a-z])", r"\1.", text)  # OCR's comma for an initial's dot: "Councillor S, Hartigan"
    text = re.sub(r"(?<=\s)\$\.(?=\s*[A-Z][a-z])", "S.", text)  # OCR's "$" for an initial S: "Councillor $. Keary"
    many = SUBMITTED_BY_MANY.search(text)
    if many:
        names = [normalise_name("Councillor " + part) for part in re.split(r"\s*,\s*|\s+(?:and|&)\s+", many.group("names"))]
        # "... and John" / "Costello": a given name alone, its surname on the next line, is no one's name.
        return [people.fullest(name, {"cllr"}) for name in names if name and (len(name.split()) > 1 or not is_given_name(name))]
    match = SUBMITTED_BY.search(text)
    name = normalise_name(match.group("name")) if match else None
    if not match or not name or not (_is_titled(match.group("name")) or people.is_person(name)):
        return []
    return [people.fullest(name, _title_classes(match.group("name")))]


def _turn_speakers(document: Document, people: _People) -> dict[int, str]:
    """Paragraph index -> the speaker its turn label names, when the document is a verbatim record."""
    for text in (p.text for p in document.paragraphs):
        for match in PRESIDING_MARK.finditer(text):
            name = normalise_name(match.group("name"))
            if name:
                people.add_role(match.group("role"), name)
    turns: dict[int, str] = {}
    for index, paragraph in enumerate(document.paragraphs):
        match = SPEAKER_TURN.match(paragraph.text)
        if match is None or NOT_SPEECH.match(paragraph.text):
            continue
        if match.group("role"):
            person = people.role(match.group("role"))
        else:
            raw = match.group("name")
            name = normalise_name(raw)
            person = people.fullest(name, _title_classes(raw)) if name and (_is_titled(raw) or people.is_person(name)) else None
        if person:
            turns[index] = person
    return turns if len(turns) >= TRANSCRIPT_MIN_TURNS else {}


def assign_speakers(document: Document, why: list[tuple[int, str]] | None = None, headings: Iterable[str] = ()) -> None:
    """Set `speakers` on every paragraph of a document, in place; why, if given, gets (position, how they were found)."""
    people = _collect_people(document, headings)
    _remember_people(document, people)
    absent = {people.fullest(name, classes) for name, classes in people.absent}
    turns = _turn_speakers(document, people)
    submitter: list[str] = []  # who submitted the notices that follow
    submitted = ""  # the line that named them
    notice: Paragraph | None = None  # the last paragraph that opened a notice in the first person
    heading: tuple[str | None, str | None] = (None, None)
    lead_in: Paragraph | None = None  # "... provided an update on the following:": its list is theirs
    inherited = False  # the previous paragraph took its speakers from lead_in
    last_speaking: Paragraph | None = None
    previous: Paragraph | None = None
    for index, paragraph in enumerate(document.paragraphs):
        if (paragraph.item_title, paragraph.section) != heading:
            new_item = paragraph.item_title != heading[0]
            heading = (paragraph.item_title, paragraph.section)
            # The sub-heading names the submitter, else the item's title does ("Notice of Motion submitted by ..." over a
            # sub-heading the scan garbled); a sub-heading naming nobody inside the same item keeps the submitter a line gave.
            if paragraph.section and (_submitter(paragraph.section, people) or _SUBMITTER_LINE.search(paragraph.section)):
                # A sub-heading naming a submitter, or one too garbled to read ("ed by Coundlor T. !"): nobody then.
                submitter, submitted = _submitter(paragraph.section, people), paragraph.section
            elif new_item or not paragraph.section:
                submitter, submitted = _submitter(paragraph.item_title or "", people), paragraph.item_title or ""
        if (
            previous is not None
            and previous.speakers
            and previous is notice
            and (previous.item_title, previous.section) == (paragraph.item_title, paragraph.section)
            and not FIRST_PERSON_NOTICE.match(paragraph.text)
            and not (len(paragraph.text) <= MAX_SUBMITTER_LINE and re.search(r"\bby\s+\S*[A-Z$]", paragraph.text))  # a (garbled) submitter line
            and (_BROKEN_END.search(previous.text) or re.match(r"\(?[a-z]{1,2}\d?\)|[a-z]", paragraph.text) or re.fullmatch(r"\(?[a-z]{1,2}\d?[.)]?", paragraph.label or ""))
            and not _speakers_raw(paragraph.text, people)
        ):
            # "| will ask at the next Meeting" / "(a) do the Council operate ...": the notice goes on over a line break.
            paragraph.speakers = list(previous.speakers)
            if why is not None:
                why.append((paragraph.position, "the rest of a notice in the first person broken over lines"))
            notice = previous = paragraph
            continue
        if FIRST_PERSON_NOTICE.match(paragraph.text):
            notice = paragraph
            paragraph.speakers = list(submitter)
            if why is not None and submitter:
                why.append((paragraph.position, "a notice in the first person ('I will ask ...'): the member who submitted it"))
            if _ONE_NOTICE.search(submitted):
                submitter = []  # "Notice of Motion submitted by X" heads one motion: the next, whose heading the scan lost, is not X's
            previous = paragraph
            continue
        if len(paragraph.text) <= MAX_SUBMITTER_LINE and _SUBMITTER_LINE.search(paragraph.text):
            submitter, submitted = _submitter(paragraph.text, people), paragraph.text  # a new submitter, or a line too garbled to read: nobody
        if index in turns:
            # A turn of a verbatim record: the person it names speaks; people named inside are addressed or mentioned.
            paragraph.speakers = [turns[index]]
            if why is not None:
                why.append((paragraph.position, "the speaker's name that opens this turn of a verbatim record"))
            lead_in, inherited, last_speaking, previous = None, False, paragraph, paragraph
            continue
        if paragraph.kind in NO_SPEAKER_KINDS:
            # An officer's report or an agenda: people in it are mentioned or quoted, not heard.
            paragraph.speakers = []
            lead_in = last_speaking = None
            inherited = False
            previous = paragraph
            continue
        raw = _speakers_raw(paragraph.text, people)
        how = "named as the subject of a speech verb in this paragraph"
        if not raw and not paragraph.table_row:
            joined = _heading_subject(paragraph, previous)
            if joined:
                # Only a sentence that runs from the heading into the paragraph: a heading that is a whole sentence of its
                # own ("Cllr M. Peake proposed Cllr Glover seconded Cllr Briston 2 Votes") is not this paragraph's speech.
                alone = {name for name, _ in _speakers_raw(joined[: len(joined) - len(paragraph.text)].strip(), people)}
                raw = [(name, classes) for name, classes in _speakers_raw(joined, people) if name not in alone]
                how = "named in the heading that opens this sentence"
        # "The Director General, ... joined in": a title's next word that is a rank, not a surname, names nobody.
        names = [name for name in (people.fullest(name, classes) for name, classes in raw) if not _only_common_words(name)]
        took_from_lead = False
        same_place = previous is not None and previous.item_title == paragraph.item_title and previous.section == paragraph.section
        if names or NOT_SPEECH.match(paragraph.text) or paragraph.table_row and not raw:
            pass
        elif same_place and previous.speakers and _BROKEN_END.search(previous.text) and not _closes_list(paragraph) and not paragraph.text.startswith(("“", '"')):
            # One sentence broken in two by a page or column break: the same speaker goes on.
            names = list(previous.speakers)
            took_from_lead = inherited
            how = "a sentence broken by a page or column break: the previous paragraph's speaker"
        elif lead_in is not None and lead_in.item_title == paragraph.item_title and _in_list(paragraph, inherited, lead_in):
            names, took_from_lead = list(lead_in.speakers), True
            how = "in the list that a speaker's paragraph opened ('... as follows:')"
        elif (
            last_speaking is not None
            and last_speaking.item_title == paragraph.item_title
            and last_speaking.section == paragraph.section
            and CONTINUATION.match(paragraph.text)
            and not _MEETING_VOICE.search(paragraph.text)
        ):
            # "He added ...", "The third issue is ...": the last person speaking under this heading goes on.
            names = list(last_speaking.speakers)
            how = "a continuation ('He added', 'The second issue'): the last speaker under this heading"
        resolved: list[str] = []
        for name in names:
            if name not in resolved:
                resolved.append(name)
        # "Councillor Leddin (J) acknowledged ... Councillor Leddin also acknowledged": where two members share the surname
        # the bare one stays as printed, but beside a fuller form of that surname in the same paragraph it is that person.
        resolved = [n for n in resolved if _split(n)[0] or not any(m != n and _split(m)[0] and _same_person(m, n) for m in resolved)]
        # "Apologies were received from ... Mrs J Taylor (Clerk)": who is absent does not speak at this meeting ("Mrs Taylor had
        # asked the chairman to sign" reports what she did before it).
        resolved = [n for n in resolved if n not in absent]
        paragraph.speakers = resolved
        if why is not None and resolved:
            why.append((paragraph.position, how))
        if not took_from_lead:
            if paragraph.speakers and _opens_list(paragraph.text, people):
                lead_in = paragraph
            elif _closes_list(paragraph) or (paragraph.speakers and (lead_in is None or not set(paragraph.speakers) <= set(lead_in.speakers))):
                lead_in = None
            elif lead_in is not None and lead_in.item_title != paragraph.item_title:
                lead_in = None
        inherited = took_from_lead
        if paragraph.speakers:
            last_speaking = paragraph
        elif _closes_list(paragraph):
            last_speaking = None
        # The chair can change hands during a meeting (an election, "took the chair").
        change = CHAIR_CHANGE.search(paragraph.text)
        if change:
            name = normalise_name(change.group("name") or change.group("name2") or change.group("name3") or "")
            if name:
                people.chair = people.fullest(name, _title_classes(change.group("name") or change.group("name2") or change.group("name3") or ""))
        previous = paragraph


# ---------------------------------------------------------------------------------------------
# For other modules: a person's name as speakers are shown
# ---------------------------------------------------------------------------------------------


# The people assign_speakers collected for the last document, so a NameResolver for the same document does not
# read it all again (the chair as the document first states it, before the meeting's changes of chair).
_last_people: tuple[int, str, int, _People, str | None] | None = None


def _remember_people(document: Document, people: _People) -> None:
    global _last_people
    _last_people = (id(document), document.relpath, len(document.paragraphs), people, people.chair)


class NameResolver:
    """One document's people, for naming proposers and voters as speakers are named (indexer/motions.py)."""

    def __init__(self, document: Document) -> None:
        self.member_surnames: set[str] = set()  # surnames the caller knows as members' (titled by office elsewhere)
        self.particle_names: dict[str, str] = {}  # "Ó Ceallaigh" -> "Séighin Ó Ceallaigh": the fullest form the caller found printed
        known = _last_people
        if known is not None and known[:3] == (id(document), document.relpath, len(document.paragraphs)):
            self._people = known[3]
            self._people.chair = known[4]
        else:
            self._people = _collect_people(document)

    @property
    def chair(self) -> str | None:
        """Who the document says is in the chair (changes as observe() reads an election or "took the chair")."""
        return self._people.chair

    @property
    def vice_chair(self) -> str | None:
        return self._people.vice_chair

    def knows_initials(self, initials: str) -> bool:
        """Whether the minutes defined these initials for a person ("Claire Cann (CC)")."""
        return initials in self._people.initials

    def with_initials(self, initials: str) -> str | None:
        """The person initials stand for ("JB" for "Cllr Jo Bruce"): as defined, else the one person named with them; None if none or several."""
        return self._people.with_initials(initials)

    def resolve(self, raw: str) -> str | None:
        """The person these words name, fullest form and no honorific; a role ("the Chairman") as the person who holds it; else None."""
        words = re.sub(r"\s+", " ", raw).strip(" ,.;:()")
        words = re.sub(r"^[Tt]he\s+", "", words)
        if re.fullmatch(ROLE_WORDS, words, re.IGNORECASE):
            return _role_person(words, self._people)
        if words in self._people.initials:
            return self._people.initials[words]
        name = normalise_name(words)
        if not name:
            return None
        if not _is_titled(words) and len(name.split()) < 2:
            return None
        if not _is_titled(words) and (not self._people.is_person(name) or _FUSED_CAPITALS.search(words)):
            return None
        return self._people.fullest(name, _title_classes(words))

    def resolve_surname(self, word: str) -> str | None:
        """A bare surname ("Kohlstrand motioned") as the one person of that surname the document lists, else None."""
        forms = self._people.by_surname.get(_key(word))
        if not forms or word.lower() in NOT_NAMES:
            return None
        people = _distinct_people(forms)
        return max((f.name for f in people[0]), key=_fullness) if len(people) == 1 else None

    def resolve_given(self, word: str) -> str | None:
        """A given name alone ("Carole's proposal") as the one person the document lists with that given name, else None."""
        if not re.fullmatch(r"[A-Z][a-z]{2,}", word) or word.lower() in NOT_NAMES:
            return None
        found = {max((f.name for f in person), key=_fullness) for forms in self._people.by_surname.values() for person in _distinct_people(forms)
                 if any(_split(f.name)[0].split()[:1] == [word] for f in person)}
        return next(iter(found)) if len(found) == 1 else None

    def observe(self, text: str) -> None:
        """Read a paragraph in document order: the chair may change hands (an election, "took the chair")."""
        change = CHAIR_CHANGE.search(text)
        if change:
            raw = change.group("name") or change.group("name2") or change.group("name3") or ""
            name = normalise_name(raw)
            if name:
                self._people.chair = self._people.fullest(name, _title_classes(raw))


# ---------------------------------------------------------------------------------------------
# After the motions module: a proposer or seconder stays only where the paragraph names them
# ---------------------------------------------------------------------------------------------


def _names_person(text: str, name: str, people: _People | None) -> bool:
    """Whether a paragraph's own words name this person: their surname, their initials, or a role they hold here."""
    text = initial_first(text)
    tokens = re.findall(r"[\w’'-]+", text)
    given, last = _split(name)
    key = _key(last)
    if key and any(_key(t) == key for t in tokens):
        return True
    initials = "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())
    if len(initials) >= 2 and initials in tokens:
        return True
    if people is None:
        return False
    for match in re.finditer(ROLE_WORDS, text, re.IGNORECASE):
        person = _role_person(match.group(0), people)
        if person and _same_person(person, name):
            return True
    return False


def keep_named_speakers(document: Document, before: list[list[str]]) -> None:
    """Names added to paragraphs since `before` (a motion's proposer and seconder, indexer/motions.py) are kept only on a
    paragraph whose own words name that person, and never on a turn of a verbatim record (its speaker is the one it opens with).

    "Councilmember Ezzy Ashcraft moved approval" does not name the seconder of the next line, "Cllr Mack was elected as Vice
    Chairman" does not name the nominee's proposer printed above it, and "seconded by Cllr Mycock" is no "Mycock Statement".
    """
    known = _last_people
    people = known[3] if known is not None and known[:2] == (id(document), document.relpath) else None
    turns = [SPEAKER_TURN.match(p.text) is not None for p in document.paragraphs]
    verbatim = sum(turns) >= TRANSCRIPT_MIN_TURNS
    for paragraph, had, turn in zip(document.paragraphs, before, turns):
        added = [name for name in paragraph.speakers if name not in had]
        if not added:
            continue
        keep = [] if verbatim and turn else [name for name in added if _names_person(paragraph.text, name, people)]
        paragraph.speakers = [name for name in paragraph.speakers if name in had or name in keep]


# ---------------------------------------------------------------------------------------------
# Passages of one long paragraph: a passage goes on with a speaker's turn only where it continues it
# ---------------------------------------------------------------------------------------------

MAX_TURN_SENTENCES = 3  # a turn is carried over only from the last few sentences of the passage before


def turn_continued(document: Document, previous: Paragraph, passage: Paragraph) -> list[str]:
    """The speakers whose turn a passage with no speaker of its own carries on: those of the last sentence of the
    passage before that names any, unless the meeting's own voice ("It was agreed", "RESOLVED") ends that turn first
    or opens this passage. A long table cell holds many turns; only the one still going on runs over the cut."""
    known = _last_people
    people = known[3] if known is not None and known[:2] == (id(document), document.relpath) else _collect_people(document)
    opening = (split_sentences(passage.text) or [passage.text])[0]
    if _MEETING_SUBJECT.match(opening) or _MEETING_VOICE.search(opening):
        return []
    for sentence in list(reversed(split_sentences(previous.text)))[:MAX_TURN_SENTENCES]:
        if _MEETING_SUBJECT.match(sentence) or _MEETING_VOICE.search(sentence):
            return []
        names = [people.fullest(name, classes) for name, classes in _speakers_raw(sentence, people)]
        if names:
            return [name for name in previous.speakers if any(_same_person(name, found) for found in names)] or names
    return []
