"""Motions, amendments and procedural motions in minutes: who proposed and seconded, the words, the vote and the outcome.

Read from the paragraphs of minutes in document order, in any of the ways councils record them:
"Mr X proposed, and Mrs Y seconded the motion that ...", "Proposed: Cllr X. Seconded: Cllr Y.
Carried", "It was proposed by X and seconded by Y that ... - unanimously agreed", "Proposed by
Councillor X; Seconded by Councillor Y; And Resolved: “That ...”", "Councilmember X moved approval
...; Councilmember Y seconded the motion, which carried by the following voice vote: Ayes: ...",
recorded votes ("For (38): Mr Baker, ... Against (5): ... Abstain (4): ..."), and the outcome
("Motion carried", "Amendment lost", "nem. con.", "carried 5-2", "accepted by the mover"). Nothing
is inferred: a count or a name is stated only when the minutes print it. Names are resolved as
speakers are (indexer/speakers.py): fullest form in the document, no honorific, "the Chairman" as
the person in the chair.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from indexer.analysis import split_sentences
from indexer.model import VOTE_SIDES, Document, Motion, Paragraph
from indexer.speakers import _NAME_WORD, TITLED, UNTITLED, NameResolver

MAX_TEXT_CHARS = 4000  # a motion's words or its resolution are cut to this length (a motion is rarely longer)
MAX_TEXT_PARAGRAPHS = 25  # paragraphs read after a lead-in ("the following amendment:") for the motion's words
MAX_OUTCOME_LINE = 200  # a paragraph this short that states an outcome ("Amendment lost.") is read as one
MAX_RESOLUTION_PARAGRAPHS = 15  # sub-paragraphs of a RESOLVED text gathered after it
MAX_SECONDER_GAP = 12  # paragraphs of debate between "X moved ..." and "Y seconded the motion"
FOLLOW_PARAGRAPHS = 3  # paragraphs after a lead within which its seconder or outcome may be printed
SKIP_KINDS = frozenset({"agenda", "report"})  # their proposals are not the meeting's record

# Titles of members outside the UK honorifics the speakers module knows (US and Irish minutes).
_OFFICE = (
    r"(?:Vice[- ]\s*Mayor|Deputy\s+Mayor|Mayor|Councilmembers?|Council\s+[Mm]embers?|Commissioners?|Boardmembers?|Board\s+[Mm]embers?|"
    r"Vice[- ]\s*Chair(?:man|person|woman)?|Chair(?:man|person|woman)?|Vice[- ]\s*President|President|Trustees?|Aldermen|Alderman|"
    r"Alderperson|Cathaoirleach|Leas[- ]Chathaoirleach|(?:Acting\s+)?(?:Deputy\s+)?Speaker|Member)"
)
_OFFICE_RUN = rf"{_OFFICE}(?:\s*/\s*{_OFFICE})?"
# Surnames that open in lower case or with a particle: "deHaan", "van der Berg", "de Souza".
_ODD_SURNAME = r"(?:[a-z]{1,3}[A-Z][a-zA-Z’'\-]+|(?:Ó|Ní|Nic|Uí|Mac|Mhic)\s+[A-ZÁÉÍÓÚ][\w’'\-]+|(?:(?:de|van|von|der|den|la|le|du|di|da|del|ten|ter)\s+){1,3}[A-Z][a-zA-Z’'\-]+)"
_ODD_TITLE = r"(?:Councillors?|Cllrs?|County\s+Councillor|Cmhlr|Comhairleoir|Mr|Mrs|Ms|Miss|Dr)\.?"  # Cmhlr: the Irish "Comhairleoir" ("Cmhlr. Ó Ceallaigh")
_ODD_PERSON = rf"(?:(?:{_OFFICE_RUN}|{_ODD_TITLE})\s+(?:[A-Z][a-z]+\s+)?{_ODD_SURNAME}(?![\w’'-]))"
_ROLE = r"(?:[Tt]he\s+)?(?:Vice[- ]Chairman|Vice[- ]Chairperson|Vice[- ]Chairwoman|Vice[- ]Chair|Chairman|Chairwoman|Chairperson|Chair|Mayor|Leader|Clerk)\b"
_SLASHED_TITLE = r"M/s\.?"  # "M/s Norris": Ms typed with a slash, as some clerks do (not among the speakers' honorifics)
_PERSON = (
    rf"(?:{_ODD_PERSON}|{_SLASHED_TITLE}\s+{_NAME_WORD}(?![\w’'-])|{_OFFICE_RUN}\s+(?:{_NAME_WORD}\s+){{0,2}}{_NAME_WORD}(?:\s*\([A-Z]{{1,2}}\))?"
    rf"|{TITLED}(?:\s*\([A-Z]{{1,2}}\))?|{UNTITLED}|\b[A-Z]{{2,3}}\b|(?<![\w’'-])[A-Z][a-z][a-zA-Z’'\-]+)"  # last: a bare surname, kept only if the document lists it
)
NAME = rf"(?:{_PERSON}|{_ROLE})"

# Who proposed: "Mr X proposed", "proposed by X", "Proposed: X", "on the proposal of X", "X moved".
PROPOSER_SUBJECT = re.compile(  # "(?<!as )": "elected as Chair, proposed by ..." names an office, not who proposed
    rf"(?<!\bas\s)(?<!\bas\sthe\s)(?P<name>{NAME})(?:\s*\([^)]{{1,60}}\))?,?\s+(?:then\s+|formally\s+|duly\s+|also\s+|so\s+)?"
    rf"(?P<verb>(?:proposed|proposes|moved|motioned|nominated|(?:made|put\s+forward|offered|raised|tabled)\s+(?:a|the|this)\s+motion)\b|prop\.(?=\s))(?!\s+by\b)"  # "Mr. Mycock prop. Mr. Bonnett 2nd that ..."
)
PROPOSER_BY = re.compile(
    rf"\b(?:[Pp]roposed|[Mm]oved|MOVED|PROPOSED|[Nn]ominated|[Pp]roposal\s+(?:was\s+)?(?:made|put\s+forward))(?P<between>(?:\s+(?!(?:and|seconded)\b)[^\s,.;:()]+){{0,14}}?)\s+by\s*:?\s+(?P<name>{NAME})"
)
PROPOSER_FIELD = re.compile(
    rf"(?:^|(?<=[\s(;.,:\-–_*]))(?:(?:PROPOSED|Proposed|proposed|Proposer|MOVED|Moved|Mover)\s*(?:[.:\-–]\s*|\s)|Prop(?:\.\s*|\s*[:\-–]\s*|\s+))(?P<name>{NAME})"
    r"(?!\s+(?:as|for|to\s+be|should|be)\b)"
)
# "Carole's proposal was seconded by Peter Agate": the proposal the member set out before (in a report), now put to the meeting
PROPOSER_POSSESSIVE = re.compile(rf"(?P<name>{NAME})[’']s\s+(?:proposal|motion)\s+(?:was|is)\s+(?:then\s+|duly\s+)?seconded\b")
PROPOSER_OF = re.compile(rf"\b(?:[Oo]n\s+the\s+(?:proposal|motion|nomination)|(?:proposal|motion))\s+of\s+(?P<name>{NAME})")  # "the nomination of the Mayor": the nominee
# "Councillor Prendiville, in proposing the Motion, stated that ...": the words are the notice printed before, not what he said.
PROPOSER_IN = re.compile(rf"(?P<name>{NAME})(?:\s*\([^)]{{1,60}}\))?,\s+in\s+(?:proposing|moving)\s+(?:the|his|her|this|their)\s+(?:amended\s+)?(?:[Mm]otion|[Aa]mendment|[Pp]roposal)\b")
# "In proposing the motion Councillor Prendiville noted ...": the same, the name after the phrase
PROPOSER_IN_FIRST = re.compile(rf"\bIn\s+(?:proposing|moving)\s+(?:the|his|her|this|their)\s+(?:amended\s+)?(?:[Mm]otion|[Aa]mendment|[Pp]roposal),?\s+(?P<name>{NAME})")
# US minutes' shorthand: "M/S Hyman / Jenks", "M/S: Daysog/Oddie" (moved / seconded).
_MS_NAME = rf"(?:(?:{_OFFICE_RUN})\s+)?[A-Z][\w’'\-]+"  # one word: a table's next column ("Sorensen Unanimous") follows it
MOVED_SECONDED = re.compile(rf"\bM\s*/\s*S\b\s*[:\-–]?\s*(?P<name>{_MS_NAME})\s*/\s*(?P<second>{_MS_NAME})\b")
# A verbatim record: "Councillor X: I move, seconded by ..." names the speaker of the turn.
_I_WILL = r"I(?:['’]d|['’]ll|\s+would|\s+will|\s+wish\s+to|\s+want\s+to|\s+hereby)?\s+(?:like\s+to\s+)?"
PROPOSER_TURN = re.compile(rf"^(?P<name>{NAME})\s*:\s+(?:.{{0,1500}}?\b)?{_I_WILL}(?:move|nominate)\b")
_PRONOUN_LEAD = re.compile(
    r"(?<!\bhow\s)(?<!\bwhat\s)(?<!\bwhy\s)(?<!\bif\s)(?<!\bwhen\s)(?<!\bwhether\s)"  # "asked how he proposed to ...": a question, no motion
    r"(?:\b(?:he|she|He|She)|(?P<coordinated>,\s*and))\s+(?:then\s+|formally\s+|also\s+|duly\s+)?(?P<verb>proposed|proposes|moved|seconded)\b(?!\s+(?:by|to)\b)"
)  # ", and proposed that ...": the verb's subject opens the sentence
_I_MOVE = re.compile(rf"\b{_I_WILL}(?:move|nominate)\b")
_CAPS_LABEL = re.compile(r"^([A-Z][A-Z.'’\- ]{3,50}):(?=\s)")  # "COUNCILLOR BROWATY:" in a transcript not yet re-cased
SECONDER_TURN = re.compile(rf"^(?P<name>{NAME})\s*:\s+(?:.{{0,200}}?\b)?{_I_WILL}second\b")
# "2nd": "2<sup>nd</sup>" in an HTML table comes out as "2 nd"
# "2nd"; "2\"" (a typed superscript lost to a ditto mark: "Prop.M.Mycock, 2\" L.Bonnett") only after a comma and before a name
_SECOND_MARK = r"(?:(?<![\w/])2\s?nd\b|(?<=[,;]\s)2[\"”](?=\s*(?:[A-Z]\.|Mr|Mrs|Ms|Miss|Dr|Cllr)))"
SECONDER = re.compile(rf"(?:\b(?:[Ss]econded|SECONDED|Seconder)|{_SECOND_MARK})\s*(?:by\s*)?[:\-–]?\s*(?:by\s+)?(?P<name>{NAME})")
# "(?<!as )": "proposed Cllr Lintern as Chair, seconded ...": the office named, not its holder seconding
SECONDER_SUBJECT = re.compile(
    rf"(?<!\bas\s)(?<!\bas\sthe\s)(?P<name>{NAME})(?:\s*\([^)]{{1,60}}\))?,?\s+(?:then\s+|duly\s+|also\s+)?(?:[Ss]econded|2nd)\b"
    r"(?!\s+by\b|[^.;]{0,60}?\b(?:comments|remarks|views|sentiments|concerns|points?|thanks)\b)"  # "seconded Mr X's comments": agreement, not a motion
)
# "Councillor Benson, in seconding the Motion, said ...", "In seconding the motion Councillor Keller noted ...": the seconder
SECONDER_IN = re.compile(
    rf"(?P<name>{NAME})(?:\s*\([^)]{{1,60}}\))?,\s+in\s+seconding\s+(?:the|this)\s+(?:[Mm]otion|[Aa]mendment|[Pp]roposal)\b"
    rf"|\bIn\s+seconding\s+(?:the|this)\s+(?:[Mm]otion|[Aa]mendment|[Pp]roposal),?\s+(?P<after>{NAME})"
)

# "The substantive motion as amended was put to the vote": the same, passive
_PUT_PASSIVE = re.compile(
    r"\b(?:the\s+)?(?P<what>substantive\s+motion|original\s+motion|motion|amendment|recommendations?|proposal|nomination)(?:\s*,?\s*as\s+amended,?)?"
    r"(?:\s+(?:set\s+out|as\s+set\s+out|printed)\s+(?:in|at)\s+paragraph\s+(?P<para>\d+))?\s+(?:was|were)\s+(?:then\s+)?put\s+to\s+the\s+(?:vote|meeting)",
    re.IGNORECASE,
)
_PUT = re.compile(
    r"\bput\s+(?:the\s+)?(?P<what>substantive\s+motion|original\s+motion|motion|amendment|amended\s+motion|recommendations?|proposal|nomination)"
    r"(?:\s+(?:set\s+out|as\s+set\s+out|printed)\s+(?:in|at)\s+paragraph\s+(?P<para>\d+))?(?:\s*(?:,\s*)?as\s+amended)?\s+to\s+the\s+(?:vote|meeting)",
    re.IGNORECASE,
)
# "The Chairman put to the vote the amendment set out in paragraph 7 above": the same, the vote named first
_PUT_AFTER = re.compile(
    r"\bput\s+to\s+the\s+(?:vote|meeting)\s+(?:the\s+)?(?P<what>substantive\s+motion|original\s+motion|motion|amendment|amended\s+motion|recommendations?|proposal|nomination)"
    r"(?:\s*,?\s*as\s+amended,?)?(?:\s+(?:set\s+out|as\s+set\s+out|printed)\s+(?:in|at)\s+paragraph\s+(?P<para>\d+))?",
    re.IGNORECASE,
)


def _put(text: str) -> re.Match[str] | None:
    """Where a text says a motion was put to the vote, in any word order."""
    return _PUT.search(text) or _PUT_PASSIVE.search(text) or _PUT_AFTER.search(text)


# Vote labels: "For (14):", "Against:", "Abstain (4)", "Ayes:", "Noes:", "In favour:".
_SIDE_WORDS = r"(?:For|FOR|Against|AGAINST|Abstain(?:ed|ing|ions?)?|ABSTAIN(?:ED|ING|IONS?)?|Abstentions?|ABSTENTIONS?|[Ii]n\s+[Ff]avou?r|IN\s+FAVOU?R|Ayes|AYES|Yeas|YEAS|Noes|NOES|Nays|NAYS)"
VOTE_LABEL = re.compile(rf"(?:^|(?<=[.:;\]]\s)|(?<=[.:;\]]))\s*(?:(?:Those|Members|Councillors)\s+(?:voting\s+|who\s+voted\s+)?|Vot(?:ing|ed|es)\s+)?(?P<side>{_SIDE_WORDS})\s*(?:\((?P<n>\d+)\)\s*[:\-–]?|[:\-–])\s*")
_ABSENT = re.compile(r"\[?\s*(?:Absent|Not\s+voting|Recused|Excused)\b", re.IGNORECASE)
# A vote count: no council has a thousand members, so "Cheque No. 300553 for £350" or "£2,500 for the hall" is no count
_COUNT = r"(?<![\d,.£$€/])\d{1,3}(?![\d,.]\d)"
_COUNT_PHRASES = (
    re.compile(
        rf"(?P<for>{_COUNT})\s+(?:votes?\s+)?(?:for|in\s+favou?r)\b(?:\s*[,;\-–]?\s*(?:with\s+|and\s+)?(?P<against>\d+|none|no)\s+(?:votes?\s+)?against)?"
        r"(?:\s*[,;\-–]?\s*(?:with\s+|and\s+)?(?P<abstain>\d+|one|no)\s+abstentions?)?",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:carried|carries|lost|defeated|agreed|approved|passed|passes|failed|fails)\s+(?:by\s+)?(?:an?\s+)?(?:(?:roll\s+call\s+|voice\s+)?vote\s+of\s+)?(?P<for>\d+)\s*(?:[-–:]|votes?\s+to|to)\s*(?P<against>\d+)"
        r"(?:\s*(?:[-–:]|,?\s*with)\s*(?P<abstain>\d+)(?:\s+abstentions?)?)?",
        re.IGNORECASE,
    ),
    re.compile(r"\bby\s+(?P<for>\d+)\s+votes?\s+to\s+(?P<against>\d+)(?:\s*,?\s*with\s+(?P<abstain>\d+)\s+abstentions?)?", re.IGNORECASE),
    re.compile(r"\bunanimous\s+(?:voice\s+|roll\s+call\s+)?vote\s*[-–:]?\s*(?P<for>\d+)\b", re.IGNORECASE),
)
_UNANIMOUS = re.compile(
    r"\bunanimous(?:ly)?\b|\bnem\.?\s*con\b|\bnemine\s+contradicente\b|\ball\s+(?:were\s+|members\s+(?:were\s+)?|councillors\s+(?:were\s+)?|present\s+(?:were\s+)?)?in\s+favou?r\b(?!\s*\?)"
    r"|\bagreed\s+by\s+all\b|\ball\s+(?:members\s+|councillors\s+)?(?:present\s+)?agreed\b|\bwith\s+all\s+in\s+favou?r\b"
    r"|\ball\s+(?:members|councillors)\s+(?:present\s+)?(?:were\s+)?in\s+agreement\b|\bwithout\s+dissent\b"
    r"|\b(?:was|were)\s+supported\s+by\s+all\b",  # "Cllr X proposed that ... This was supported by all."
    re.IGNORECASE,
)
# "it was agreed that the motion would not go forward": the meeting's decision against the motion
_NOT_FORWARD = (r"\b(?:motion|proposal|amendment)\s+(?:would|should|will|could|did)\s+not\s+"
                r"(?:go\s+forward|proceed|be\s+(?:progressed|pursued|proceeded\s+with|adopted|supported|carried))\b")
_AGREED_NOT_FORWARD = rf"\b(?:agreed|decided|resolved)\s+that\s+the\s+{_NOT_FORWARD[2:]}"
_OUTCOMES = (
    ("withdrawn", re.compile(r"\bwithdr(?:ew|awn)\b", re.IGNORECASE)),
    ("accepted", re.compile(r"\baccepted\s+by\s+the\s+(?:mover|proposer)|\baccepted\s+the\s+(?:friendly\s+)?amendment\b|\b(?:mover|proposer)(?:\s+of\s+the\s+\w+)?\s+(?:accepted|agreed\s+to\s+(?:accept|include))|\baccepted\s+(?:as\s+a\s+)?friendly", re.IGNORECASE)),
    ("lost", re.compile(r"\blost\b|\bfails\b|\bfell\b|\bdefeated\b|\bnot\s+carried\b|\bwas\s+not\s+(?:agreed|approved|passed|seconded)\b|\brejected\b|\bfailed\b"
                         rf"|{_NOT_FORWARD}", re.IGNORECASE)),
    ("deferred", re.compile(r"\bdeferred\b|\badjourned\b|\bpostponed\b", re.IGNORECASE)),
    ("carried", re.compile(
        r"\bcarried\b|\bcarries\b|\bpasses\b|\bagreed\b|\bapproved\b|\bresolved\b|\bpassed\b|\b(?:duly\s+)?(?:re-?)?elected\b|\bco-?opted\b|\bin\s+favou?r\b|\bwere\s+favou?r\b|\bin\s+agreement\b|\bnem\.?\s*con\b|\bunanimous"
        r"|\b(?:was|were)\s+supported\s+by\s+(?:all|the\s+(?:meeting|council|majority))\b",
        re.IGNORECASE,
    )),
)
# Where the motion's words end and the record of its fate begins: " - unanimously agreed", ". Carried".
_TAIL = re.compile(
    r"(?:\s+[-–—]+\s*|\s*[.;:]\s*|,\s*|\s+and\s+|\s*\(\s*)(?=(?:[Ii]t\s+was\s+|[Tt]his\s+was\s+|[Tt]he\s+(?:[Mm]otion|[Aa]mendment|[Pp]roposal)\s+(?:was\s+)?|[Mm]otion\s+|[Aa]mendment\s+|and\s+)?"
    r"(?:unanimously|all\s+(?:were\s+|[Mm]embers\s+|[Cc]ouncillors\s+|present\s+)?(?:in\s+favou?r|agreed)|agreed\s+by\s+all|[Cc]arried|CARRIED|[Pp]asse[sd]|[Ff]ail(?:s|ed)|[Aa]greed|[Aa]pproved|RESOLVED|[Rr]esolved|[Ll]ost|LOST|[Dd]efeated|"
    r"[Ww]ithdrawn|nem\.?\s*con|[Ww]ith\s+all|\d+\s+[Vv]otes?|\d+\s+(?:for|in\s+favou?r)|[Vv]ote[ds]?\b|[Ss]econded|[Pp]roposed|[Mm]oved|Proposer|Seconder|Cllr|Councillor|Mr\b|Mrs\b|Ms\b))"
)
_OUTCOME_LINE = re.compile(
    r"^\W*(?:the\s+)?(?:substantive\s+|original\s+|amended\s+)?(?:motion|amendment|proposal|resolution|nomination|recommendations?)?\s*(?:was\s+|were\s+)?(?:duly\s+|therefore\s+|then\s+)?"
    r"(?:carried|lost|agreed|approved|defeated|fell|withdrawn|deferred|passed|accepted|not\s+carried|unanimously|all\s+in\s+favou?r|all\s+agreed|all\s+approved|nem\.?\s*con|"
    r"\d+\s+votes?|\d+\s+(?:for|in\s+favou?r|agreed|were\b|voted)|and\s+(?:unanimously\s+)?(?:agreed\s+and\s+)?resolved|resolved\s*:?\s*$)",
    re.IGNORECASE,
)
# "On the call for the question, the motion carried by the following roll call vote": after debate on the last motion.
_CALLED = re.compile(r"^\W*(?:On\s+the\s+call\s+for\s+the\s+question,?\s*)?the\s+(?:motion(?:ed)?|amendment)(?:\s+as\s+amended)?\s+(?:which\s+)?(?:was\s+)?(?:carried|failed|passed|lost|was\s+withdrawn)\b", re.IGNORECASE)
# Words proposed that the minutes state as done: the proposal was carried.
# "were read and approved", "were discussed and agreed": a verb of the meeting's reading before the one of its decision.
# "All resolved that ...", "It was agreed to ...": the sentence opens with the decision taken.
_DONE = re.compile(
    r"\b(?:were|was|been)\s+(?:duly\s+|formally\s+)?(?:(?:read|discussed|considered|reviewed|examined|checked|presented|circulated)\s+and\s+)?"
    r"(?:approved|agreed|adopted|accepted|signed)\b|^(?:Approved|Agreed|Adopted|Accepted)\b"
    r"|^(?:All|It\s+was|[Mm]embers|[Cc]ouncillors)\s+(?:unanimously\s+|duly\s+)?(?:resolved|agreed|decided)\s+(?:that|to)\b"
    r"|\b(?:[Tt]he\s+)?(?:(?:Parish\s+|Town\s+)?Council|P\.\s?C\.?|PC)\s+(?:unanimously\s+)?(?:[Aa]greed|[Rr]esolved|[Aa]pproved)\b"  # "Youth Club requested a donation. P.C. Agreed £50"
)
# "C.G.M. Ltd £696.56 - proposed T. Manley seconded P. Wood - pass for payment.": the payments are named before the movers
_FOR_PAYMENT = re.compile(r"[\s\-–—,;:]*(?:pass(?:ed)?|approved|agreed)\s+for\s+payment\b", re.IGNORECASE)
# "There being no further nominations the proposal was carried.", "The motion was therefore lost."
_FATE_SENTENCE = re.compile(
    r"\b(?:the|this|that)\s+(?:motion|proposal|amendment|nomination|resolution|recommendation)s?\s+(?:was|were)\s+(?:duly\s+|therefore\s+|then\s+|unanimously\s+)*"
    r"(?:carried|agreed|approved|lost|defeated|withdrawn|passed|adopted|not\s+carried)\b"
    rf"|{_AGREED_NOT_FORWARD}",
    re.IGNORECASE,
)
_TURN = re.compile(rf"^(?:{NAME})\s*:\s+")
# "Mr Gough accepted the amendment.", "Mr Hook withdrew his motion.": a member's act that settles the motion's fate.
_FATE = re.compile(
    r"\baccepted\s+the\s+(?:friendly\s+)?amendment\b|\b(?:amendment|motion)\s+(?:was\s+)?(?:accepted|withdrawn)\b|\bwithdr(?:ew|awn)\s+(?:the|his|her|their)\s+(?:motion|amendment)\b",
    re.IGNORECASE,
)
_FATE_FIRST = re.compile(
    r"^[\W_]*(?:all\b|unanimous|carried|agreed\b|approved\b|resolved\b|lost\b|nem\b|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:were\s+|voted\s+)?(?:votes?|for|in\s+favou?r|agreed|against|abstained))", re.IGNORECASE
)
_TITLED_FULL = re.compile(TITLED)
_HONOURS = re.compile(r"(?:OBE|MBE|CBE|KBE|DBE|JP|DL|MP|QC|KC)")
_TITLE_ONLY = re.compile(r"(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Sir)\.?")
# A vote list broken by a page or a column: "..., Mr Richardson, Mr" / "Ridgers, Mr Robey, ...": the title left behind.
_DANGLING_TITLE = re.compile(r"(?:^|[,\s])(?P<title>Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s*$")
_DECLARED = re.compile(r"\b(?:carried|lost|defeated|withdrawn|fails|failed)\b", re.IGNORECASE)
_AMENDMENT = re.compile(r"\bamendments?\b", re.IGNORECASE)
_NO_AMENDMENT = re.compile(r"\b(?:no|without)\s+(?:further\s+|suggested\s+|other\s+)?amendments?\b", re.IGNORECASE)  # "There were no amendments and X proposed ..."
PROCEDURAL = re.compile(
    r"\b(?:question|motion|matter)\s+(?:be\s+)?(?:now\s+)?put\b|\bbe\s+now\s+put\b|\bclosure\s+motion\b|"
    r"\b(?:meeting|proceedings|time)\s+(?:be\s+|is\s+)?(?:extended|continued?|prolonged)\b|\bextend(?:ing)?\s+the\s+(?:meeting|time|session)\b|"
    r"\bmeeting\s+(?:to\s+)?continue\b|\b(?:press|public)\b[^.]{0,60}\bexcluded\b|\bexclu(?:de|sion\s+of)\s+(?:the\s+)?(?:press|public)\b|"
    r"\bprivate\s+session\b|\bin\s+camera\b|[‘'\"“]?\bin\s+committee\b|\bnext\s+business\b|\bsuspen(?:d|sion\s+of)\s+(?:the\s+)?(?:standing\s+orders|rules?\s+of\s+procedure|rules?)\b|"
    r"\b(?:standing\s+orders|rules?)\s+(?:be|were|was)\s+suspended\b|\badjourn(?:ed|ment)?\s+(?:of\s+)?(?:the\s+)?(?:meeting|debate|council)\b|\bmeeting\s+be\s+adjourned\b|"
    r"\b(?:rule|time)\s+limit(?:ing|s)?\b|\bwaiv(?:e|ing)\s+the\s+rule\b|\bremaining\s+items\b|\bspeaking\s+time\b|\bbe\s+not\s+now\s+put\b",
    re.IGNORECASE,
)
_RESOLVED = re.compile(r"^\W*(?:(?:it\s+was\s+)?(?:RESOLVED|Resolved)\b|AGREED\s*(?:that|:))")
_QUOTE_OPEN = ("“", '"', "‘", "'")
_QUOTE_CLOSE = re.compile(r"[”\"’'][\s*_]*[.;]?[\s*_]*$")  # Markdown emphasis may follow the closing quote
_LEAD_OPEN = re.compile(r"(?:\bthat|\bas\s+follows|\bthe\s+following|\bfollowing\s+(?:motion|amendment|resolution|recommendations?|proposal)|:)\s*(?::?\s*[-–])?\s*$", re.IGNORECASE)
# Before a motion's words: "Proposed Purpose:", a form's short label, or "amendment:", the end of a lead broken by the layout.
_WORDS_LABEL = re.compile(r"^\W*(?:[A-Z][\w’'\-]*\s+){0,3}[A-Z][\w’'\-]*\s*:\s*$")
_LEAD_REST = re.compile(r"^\s*(?:substantive\s+)?(?P<what>motion|amendment|resolution|proposal|recommendations?)\s*:\s*$")
_THAT = re.compile(r"^[\s,:;\-–—'‘“\"]*(?:(?:the\s+)?(?:following\s+)?(?:substantive\s+|notice\s+of\s+)?(?:motion|amendment|resolution|proposal|recommendations?)\s*,?\s*)?(?P<text>(?:that|That|THAT|to(?=\s+[a-z]+))\b.*)", re.DOTALL)
_SUBSTANTIVE = re.compile(r"substantive|original|amended", re.IGNORECASE)

_ODD_FULL = re.compile(rf"(?:{_OFFICE_RUN}|{_ODD_TITLE})\s+(?P<name>(?:[A-Z][a-z]+\s+)?{_ODD_SURNAME})")
_OFFICE_NAME = re.compile(rf"\b{_OFFICE_RUN}\s+(?:{_NAME_WORD}\s+){{0,2}}({_NAME_WORD})")
# Compiled once: each holds the NAME pattern, too long to recompile per paragraph.
_OFFICE_START = re.compile(rf"^(?:{_OFFICE_RUN})\s+")
_TITLE_START = re.compile(rf"(?:{_OFFICE_RUN}|Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\b")
_TITLED_OR_INITIAL = re.compile(rf"{TITLED}|[A-Z](?:\.\s*|\s+)")
_STRIP_OF = re.compile(rf"\b(?:[Oo]n|[Uu]pon)\s+the\s+(?:proposal|motion|nomination)\s+of\s+{NAME}(?:\s*\([^)]{{1,60}}\))?\s*,?\s*")
_STRIP_PROPOSED = re.compile(rf"\(?\s*(?:[Pp]roposed|PROPOSED|Proposer|[Mm]oved|Prop\b)\s*(?:by)?\s*[.:\-–]?\s*(?:by\s+)?{NAME}\s*[,;]?\s*")
_STRIP_SECONDED = re.compile(rf"(?:,\s*|\s+and\s+|\s+)?(?:[Ss]econded|SECONDED|Seconder|{_SECOND_MARK})\s*(?:by)?\s*[:\-–]?\s*(?:by\s+)?{NAME}\s*[,;.)]?")
_STRIP_SUBJECT = re.compile(
    rf"{NAME}\s+(?:(?:proposed|moved|seconded)\b(?:\s+(?:and|this|it|the\s+(?:motion|same|resolution|proposal)))*|(?:raised|tabled)\s+(?:this|the|a)\s+motion\b)"
)
_SECONDED_TAIL = re.compile(rf"[,;]?\s*(?:[Ss]econded|SECONDED)\s+(?:by\s+)?{NAME}.*$", re.DOTALL)

@dataclass
class _Open:
    """A motion being read, with what is still to be filled."""

    motion: Motion
    paragraph: int  # index in the paragraph list where its lead was read
    label: str | None
    awaiting_text: bool = False
    quote_open: bool = False
    closed: bool = False  # its outcome line was read: later lines belong to others
    voted: bool = False  # put to the vote or a vote printed
    text_parts: list[str] = field(default_factory=list)
    named_at: list[tuple[int, tuple[str | None, ...]]] = field(default_factory=list)  # each paragraph naming its proposer or seconder, with whom it names
    last_side: str | None = None  # the side of the vote list read last (its names may run on after a page break)
    carry: str = ""  # a title the last list line ended with, its name on the next line
    contested: bool = False  # one of rival nominations put to one vote, its voters listed under the nominee's name
    pointer: bool = False  # "The Chair proposed the resolution as below.": it points at a motion printed next


def _strip_office(raw: str) -> str:
    """ "Councilmember/Commissioner Vella" -> "Councillor Vella"; "Sheahan (J)" -> "J Sheahan": a member named as speakers are."""
    raw = re.sub(r"-\s+", "-", re.sub(r"\s+", " ", raw)).strip()
    initial = re.search(r"\s*\(([A-Z]{1,2})\)$", raw)
    if initial:
        raw = raw[: initial.start()]
    stripped = _OFFICE_START.sub("", raw)
    if stripped != raw:
        raw = "Councillor " + stripped  # a member by office: titled, so one surname is enough
    if initial:
        words = raw.split()
        titled = re.match(r"(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?$", words[0]) is not None
        raw = " ".join(words[:1] + [initial.group(1)] + words[1:]) if titled and len(words) > 1 else f"{initial.group(1)} {raw}"
    return raw


_RUN_ON_WORDS = re.compile(r"(?:\s+(?:Formally|Unanimously|Duly|Also|Then|Subsequently|Jointly|Accordingly|Again|Agreed|All|Carried|Seconded|Proposed|Resolved|And|That|THAT))+$")


def _name(resolver: NameResolver, raw: str | None) -> str | None:
    if not raw:
        return None
    raw = _RUN_ON_WORDS.sub("", raw.strip())  # "Cllr. Leddin Formally proposed": an adverb written with a capital
    if re.fullmatch(r"[A-Z]{2,3}", raw):
        if resolver.knows_initials(raw):
            return resolver.resolve(raw)
        # "Prop JB, 2nd GK" where the attendance reads "Cllr Jo Bruce JB": the one person the document names with these initials
        return resolver.with_initials(raw)
    if re.fullmatch(_ROLE, raw):
        return resolver.resolve(raw)
    if re.fullmatch(r"[A-Z][a-z][a-zA-Z’'\-]+", raw):
        return resolver.resolve_surname(raw) or (raw if raw in resolver.member_surnames else None)
    odd = _ODD_FULL.fullmatch(raw)
    if odd:
        # "Councilmember deHaan": the speakers' name rules expect a capital; kept as printed, or as the document prints it in full
        return resolver.particle_names.get(odd.group("name"), odd.group("name"))
    found = resolver.resolve(_strip_office(raw))
    if found:
        words = found.split()
        if len(words) >= 2 and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words[-2:]):
            # "Cllr Nicholas Letch" where the minutes list "Cllr J Nicholas-Letch": the hyphen left out
            found = resolver.resolve_surname(f"{words[-2]}-{words[-1]}") or found
    if found and re.search(r"\s(?:&|and)\s", found):
        # "Cllr Snell" resolved to "Parker & Snell" (an attendance line "Cllrs ..., Parker & Snell" read as one name): the member as printed
        printed = re.sub(r"^(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+", "", _strip_office(raw)).strip()
        return printed if re.fullmatch(r"(?:[A-Z][\w’'.\-]*\s+){0,2}[A-Z][\w’'\-]+", printed) else None
    # "Commissioners Little" read from a roll call as a name elsewhere in the document: the office is not the name
    return _OFFICE_START.sub("", found) if found else None


_PARTICLE_FULL = re.compile(rf"(?:{_OFFICE_RUN}|{_ODD_TITLE})\s+(?P<given>[A-ZÁÉÍÓÚ][a-záéíóú]+)\s+(?P<surname>{_ODD_SURNAME})(?![\w’'-])")


def _particle_names(paragraphs: list[Paragraph]) -> dict[str, str]:
    """ "Cmhlr. Séighin Ó Ceallaigh" printed somewhere: "Ó Ceallaigh" elsewhere is that member (one given name only, else none)."""
    given: dict[str, set[str]] = {}
    for paragraph in paragraphs:
        for match in _PARTICLE_FULL.finditer(f"{paragraph.section or ''} {paragraph.text}"):
            given.setdefault(match.group("surname"), set()).add(match.group("given"))
    return {surname: f"{next(iter(names))} {surname}" for surname, names in given.items() if len(names) == 1}


def _names_list(resolver: NameResolver, text: str) -> list[str]:
    """ "Mr Baker, Mr Brady and Ms Constantine", "Councilmembers Knox White, Oddie and Vella – 3" as names."""
    text = re.sub(r"\s*[-–—]\s*\d+\s*\.?\s*$", "", text.strip())
    text = re.sub(r"[.;]\s*$", "", text)
    plural = re.match(r"^(?:Councillors|Cllrs|Councilmembers|Council\s+Members|Commissioners|Boardmembers|Board\s+Members|Trustees|Aldermen|Messrs)\.?\s+", text)
    title = ""
    if plural:
        title = "Councillor "
        text = text[plural.end():]
    names: list[str] = []
    for chunk in re.split(r"\s*,\s*|\s+and\s+|\s*;\s*|\s*&\s*", text):
        chunk = re.sub(r"^(?:and|&)\s+", "", chunk.strip(" ."))  # "..., and Mayor Johnson"
        if not chunk or re.fullmatch(r"\d+|none|nil|n/a|-", chunk, re.IGNORECASE):
            continue
        if _HONOURS.fullmatch(chunk) or _TITLE_ONLY.fullmatch(chunk):
            continue  # "Mr Hill, OBE"; "..., Mr" at the end of a line whose name is on the next
        raw = chunk if not title or _TITLE_START.match(chunk) else title + chunk
        name = _loose_name(resolver, raw)
        if name and name not in names:
            names.append(name)
    return names


def _loose_name(resolver: NameResolver, raw: str) -> str | None:
    """In a printed vote list every entry is a member: a bare surname is kept as printed when it resolves to no one."""
    found = _name(resolver, raw)
    if found:
        return found
    bare = re.sub(r"^(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+", "", _strip_office(raw)).strip()
    return bare if re.fullmatch(r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}", bare) else None


_NUMBER_WORDS = {"none": 0, "no": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12}
_NUMBER = rf"(?:{_COUNT}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# Parish style: "7 agreed, 1 abstained", "seven were in favour, one abstained, two against".
_SIDE_COUNTS = re.compile(
    rf"(?<![-–:])(?<![-–:]\s)\b(?P<n>{_NUMBER})\s+(?:(?:councillors|members)\s+)?(?:were\s+|voted\s+)?(?P<side>in\s+favou?r|(?<=were\s)favou?r\b|in\s+support|agreed|for\b(?=\s*(?:[,;.)\-–]|and\b|with\b|\d|$))|against|abstained|abstentions?|objected)",
    re.IGNORECASE,
)


def _number(value: str) -> int | None:
    return int(value) if value.isdigit() else _NUMBER_WORDS.get(value.lower())


# "For-5 Abstention - 1", "For: 7, Against: 2": a label, a dash or colon, the number
_LABEL_COUNTS = re.compile(r"\b(?P<side>For|FOR|Against|AGAINST|Abstain(?:ed)?|Abstentions?|ABSTENTIONS?|In\s+favou?r)\s*[-–:]\s*(?P<n>\d+)\b(?!\s*[-–:/]\s*\d)")


def _counts_in(text: str) -> dict[str, int | None]:
    """Numbers printed as a vote count ("4 votes for, 1 against", "carried 5-2", "7 agreed, 1 abstained"), and nothing else."""
    counts: dict[str, int | None] = {side: None for side in VOTE_SIDES}
    labelled = list(_LABEL_COUNTS.finditer(text))
    if labelled:
        for match in labelled:
            side = _side(match.group("side"))
            if counts[side] is None:
                counts[side] = int(match.group("n"))
        return counts
    words = _NUMBER_WORDS
    side_counts = list(_SIDE_COUNTS.finditer(text))
    if side_counts and not re.search(r"\d+\s+votes?\s+(?:for|in\s+favou?r)|(?:carried|lost|defeated)\s+(?:by\s+)?\d+\s*[-–:]", text, re.IGNORECASE):
        for match in side_counts:
            side = match.group("side").lower()
            key = "against" if side in ("against", "objected") else "abstain" if side.startswith("abst") else "for"
            if counts[key] is None:
                counts[key] = _number(match.group("n"))
        return counts
    for pattern in _COUNT_PHRASES:
        phrase = pattern.search(text)
        if phrase:
            for side in VOTE_SIDES:
                value = phrase.groupdict().get(side)
                if value is not None:
                    counts[side] = int(value) if value.isdigit() else words.get(value.lower())
            return counts
    return counts


def _side(word: str) -> str:
    word = word.lower()
    if word.startswith(("against", "noes", "nays")):
        return "against"
    if word.startswith(("abstain", "abstention")):
        return "abstain"
    return "for"


# "The following voted in favour:", "Those voting against:", "Members voting to abstain:": a side's label as a sentence
_VOTED_PHRASE = re.compile(
    r"(?:^|(?<=[.:;]\s))(?:[Tt]he\s+following\s+|[Tt]hose\s+)?(?:[Mm]embers\s+|[Cc]ouncillors\s+)?(?:voted|voting)\s+(?P<side>for|in\s+favou?r|against|to\s+abstain|abstained)"
    r"(?:\s+of\s+the\s+(?:motion|amendment|proposal))?\s*(?=[:(\-–])"
)


def _canonical_sides(text: str) -> str:
    def label(match: re.Match[str]) -> str:
        side = match.group("side").lower()
        return "Against" if side == "against" else "Abstain" if "abst" in side else "For"
    return _VOTED_PHRASE.sub(label, text)


_COUNT_ITEM = re.compile(r"\b(?P<side>For|Against|Abstain(?:ed|ing)?|Abstentions?|In\s+favou?r|Declared\s+Interests?)\s*[-–:]?\s*(?P<n>\d{1,2})\b", re.IGNORECASE)
_COUNT_LINE = re.compile(r"[\W_]*(?:(?:For|Against|Abstain(?:ed|ing)?|Abstentions?|In\s+favou?r|Declared\s+Interests?)\s*[-–:]?\s*\d{1,2}[\s,;.*_]*)+", re.IGNORECASE)


def _vote_lists(text: str) -> list[tuple[str, int | None, str]]:
    """Each "For (14): names" / "Ayes: names – 3" segment of a text: side, the printed number, the names part."""
    text = _canonical_sides(text)
    labels = list(VOTE_LABEL.finditer(text))
    found = []
    for n, label in enumerate(labels):
        end = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        body = text[label.end() : end]
        absent = _ABSENT.search(body)
        if absent:
            body = body[: absent.start()]
        note = re.search(r"\s*\[", body)
        if note:
            body = body[: note.start()]  # "Abstentions: Councilmember Matarrese – 1. [Note Councilmember Matarrese recused ...]": the clerk's note
        number = int(label.group("n")) if label.group("n") else None
        if number is None:
            tail = (re.search(r"[-–—]\s*(\d+)\s*\.?\s*$", body.strip()) or re.fullmatch(r"\s*(\d+)\s*[.,;]?\s*", body)
                    or re.match(r"\s*(\d+)\s*[.,;](?:\s|$)", body))  # "Ayes: 5. [Items so enacted ...]"
            number = int(tail.group(1)) if tail else None
        if number is None and re.fullmatch(r"\s*(?:None|Nil|NONE|NIL)\s*[.,;]?\s*", body):
            number = 0  # "Noes: None.": the minutes record that no one voted so
        found.append((_side(label.group("side")), number, body))
    return found


def _outcome(text: str) -> str | None:
    for outcome, pattern in _OUTCOMES:
        if pattern.search(text):
            return outcome
    return None


def _apply_result(motion: Motion, text: str) -> None:
    """What a stretch of the record says of a motion's fate: outcome, unanimity, counts (only as printed)."""
    if motion.outcome is None:
        outcome = _outcome(text)
        # only an amendment is "accepted" (by the mover, into the motion); a motion's acceptance says nothing of its fate
        motion.outcome = outcome if outcome != "accepted" or motion.type == "amendment" else None
    if _UNANIMOUS.search(text) and motion.unanimous is None:
        motion.unanimous = True
    counts = _counts_in(text)
    for side in VOTE_SIDES:
        if counts[side] is not None and motion.counts[side] is None:
            motion.counts[side] = counts[side]


# A roll call: "Councilmember Daysog: Aye; Knox White: Aye; ... and Mayor Ezzy Ashcraft: Aye."
ROLL_CALL = re.compile(
    rf"(?:^|[;,.]\s*|\bvote:\s*|\band\s+)(?P<name>(?:{_OFFICE_RUN}\s+)?(?:{_NAME_WORD}\s+){{0,2}}{_NAME_WORD})\s*:\s*(?P<vote>Ayes?|Yes|Yea|No(?:es)?|Nays?|Abstain(?:ed|s)?|Abstention)\b"
)


def _roll_call(motion: Motion, resolver: NameResolver, text: str) -> bool:
    """Each member's vote in a roll call, added to the motion; whether there was one."""
    found = False
    for match in ROLL_CALL.finditer(text):
        name = _loose_name(resolver, match.group("name"))
        side = _side(match.group("vote")) if not match.group("vote").lower().startswith(("yes", "yea", "aye")) else "for"
        if match.group("vote").lower().startswith("no"):
            side = "against"
        if name and name not in motion.votes[side]:
            motion.votes[side].append(name)
            found = True
    return found


# "Agreed Cllr Nicholas-Letch voted against this proposal", "Cllr Hull abstained": one member's vote, named in a sentence
_MEMBER_VOTED = re.compile(
    rf"(?P<name>{NAME})\s+(?:(?:had\s+)?voted\s+(?P<side>against|to\s+abstain)\b|(?P<abstained>abstained)\b|(?P<bare>against)\s*(?:[.;]|$))"
)  # "Carried. Cllr Nicholas-Letch against.": a bare "against" only as the sentence's end
# "all were in favour, with Cllr Jim McNeill abstaining", "All agreed (with abstention from Cllr Peake)"
_WITH_ABSTAINING = re.compile(rf"\bwith\s+(?P<name>{NAME})\s+abstaining\b|\bwith\s+(?:an?\s+)?abstention\s+(?:from|by)\s+(?P<from>{NAME})")
# "7 agreed, RC and CS abstained due to interests": members named together as one side
_MEMBERS_VOTED = re.compile(
    rf"(?P<names>{NAME}(?:\s*,\s*{NAME})*\s+(?:and|&)\s+{NAME})\s+(?:(?:had\s+)?voted\s+(?P<side>against|to\s+abstain)\b|(?P<abstained>abstained)\b)"
)
# "7 for, 1 abstention (Cllr Leamon absent from that meeting)", "2 against (Cllr Hale, Cllr Cole)": who, named in brackets
_COUNT_NAMED = re.compile(r"\b(?P<n>\d{1,2}|one|two|three|four|five)\s+(?:(?P<abstain>abstentions?|abstained|abstaining)|against)\s*\((?P<inside>[^()]{1,120})\)", re.IGNORECASE)


def _apply_lists(motion: Motion, resolver: NameResolver, text: str) -> bool:
    """Recorded vote lists in a text, added to the motion; whether there were any."""
    _roll_call(motion, resolver, text)
    for match in _MEMBER_VOTED.finditer(text):
        name = _name(resolver, match.group("name"))
        side = "against" if "against" in (match.group("side"), match.group("bare")) else "abstain"
        if name and name not in motion.votes[side]:
            motion.votes[side].append(name)
    for together in _MEMBERS_VOTED.finditer(text):
        side = "against" if together.group("side") == "against" else "abstain"
        for name in _names_list(resolver, together.group("names")):
            if name not in motion.votes[side]:
                motion.votes[side].append(name)
    for abstaining in _WITH_ABSTAINING.finditer(text):
        name = _name(resolver, abstaining.group("name") or abstaining.group("from"))
        if name and name not in motion.votes["abstain"]:
            motion.votes["abstain"].append(name)
    for counted in _COUNT_NAMED.finditer(text):
        side = "abstain" if counted.group("abstain") else "against"
        titled = re.findall(TITLED, counted.group("inside"))
        if titled and len(titled) == _number(counted.group("n")) and re.match(rf"\s*(?:and\s+)?{TITLED}", counted.group("inside")):
            # as many members named as counted, the first at the bracket's start: those are the side's members
            for raw in titled:
                name = _name(resolver, raw)
                if name and name not in motion.votes[side]:
                    motion.votes[side].append(name)
    lists = _vote_lists(text)
    for side, number, body in lists:
        if number is not None and motion.counts[side] is None:
            motion.counts[side] = number
        for name in _names_list(resolver, body):
            if name not in motion.votes[side]:
                motion.votes[side].append(name)
    return bool(lists)


def _finish(motion: Motion) -> None:
    """Unanimous is false when any vote against is printed."""
    if (motion.counts["against"] or 0) > 0 or motion.votes["against"]:
        motion.unanimous = False


MAX_INTEREST_PARAGRAPHS = 6  # paragraphs of an item before its motion within which a declaration of interest names its abstainers
_INTEREST_ABSTAIN = re.compile(
    r"\bdeclared\s+(?:an?\s+)?(?:\w+\s+)?interests?\b.{0,400}?\b(?:abstain(?:ed)?\s+from\s+(?:the\s+)?vot(?:e|ing)|"
    r"(?:did|would|will)\s+not\s+(?:take\s+part\s+in\s+the\s+)?vote|took\s+no\s+part\s+in\s+the\s+vot(?:e|ing))",
    re.IGNORECASE | re.DOTALL,
)


def _interests_abstaining(opened: _Open, paragraphs: list[Paragraph], resolver: NameResolver) -> None:
    """"Cllr A and Cllr B declared an interest ... They agreed to abstain from voting" then "five in favour, two abstained": A and B.

    Only when the item's declaration names exactly as many members as the abstentions counted and no abstainer is named already.
    """
    motion = opened.motion
    if not motion.counts["abstain"] or motion.votes["abstain"]:
        return
    for paragraph in reversed(paragraphs[max(0, opened.paragraph - MAX_INTEREST_PARAGRAPHS) : opened.paragraph + 1]):
        if (paragraph.item_number, paragraph.item_title) != (motion.item_number, motion.item_title):
            break
        declared = _INTEREST_ABSTAIN.search(paragraph.text)
        if declared is None:
            continue
        names: list[str] = []
        for raw in re.findall(TITLED, paragraph.text[: declared.end()]):
            name = _name(resolver, raw)
            if name and name not in names:
                names.append(name)
        if len(names) == motion.counts["abstain"]:
            motion.votes["abstain"].extend(names)
        return


_POINTER = re.compile(r"\s*(?:the\s+)?(?:resolution|motion|proposal|recommendation)s?\s+(?:as\s+)?(?:below|follows|set\s+out\s+below)\b", re.IGNORECASE)
POINTER_REACH = 2  # paragraphs after "X proposed the resolution as below" within which the motion it points at is printed


def _pointed_at(opened: _Open, motions: list[_Open]) -> bool:
    """A pointer ("The Chair proposed the resolution as below.") whose motion, with the same proposer, follows in its item."""
    return opened.pointer and any(
        other.paragraph > opened.paragraph and other.paragraph - opened.paragraph <= POINTER_REACH and other.motion.proposer == opened.motion.proposer
        and other.motion.item_number == opened.motion.item_number for other in motions
    )


def _counted_outcome(motion: Motion, only_for: bool = False) -> None:
    """A motion's fate from its printed counts when no word states it: more for than against is carried, fewer is lost.

    Both sides must be printed, unless `only_for` (a count line under one motion printing only its votes for: none against);
    a tie (settled by a casting vote the minutes may not print) gives nothing.
    """
    votes_for, against = motion.counts["for"], motion.counts["against"]
    if motion.outcome is not None or votes_for is None or (against is None and not only_for):
        return
    against = against or 0
    if votes_for != against:
        motion.outcome = "carried" if votes_for > against else "lost"


MAX_JOINED_LINES = 4  # lines of one broken sentence read together for a motion's lead
MAX_LIST_LINES = 8  # lines of one side's names under a vote heading ("For Deferral")
_OWN_START = re.compile(
    r"^\W*(?:(?:Cllr|Councillor|County\s+Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w’'.\-]*\s+){0,3}(?:\([A-Z]{1,2}\)\s+)?(?:proposed|seconded|moved|nominated)\b"
    r"|^\W*(?:Proposed|Seconded|Moved|Proposer|Seconder|RESOLVED|Resolved|And\s+Resolved|AGREED|Carried|CARRIED|Lost|Agreed|Approved)\b"
)


def _runs_on(paragraph: Paragraph, following: Paragraph) -> bool:
    """Whether the next paragraph carries on this one's sentence, cut by the layout (a wrapped line, not a new statement)."""
    if (following.item_number, following.item_title, following.section) != (paragraph.item_number, paragraph.item_title, paragraph.section):
        return False
    if following.kind != paragraph.kind and {following.kind, paragraph.kind} - {"minutes", "decision"}:
        return False  # "It was agreed ... Prop Mr. White 2nd Mr." (a decision) / "Paterson." (minutes): one sentence
    if following.label or following.bullet or following.table_row or paragraph.table_row or _OWN_START.match(following.text):
        return False
    if VOTE_LABEL.match(following.text) or following.text.lstrip().startswith(_QUOTE_OPEN) or _OUTCOME_LINE.match(following.text):
        return False
    text = paragraph.text.rstrip(" *_")
    if _continues(text, following.text):
        return True
    # a long line with no end: wrapped by the page ("... until the September Plenary" / "Meeting in order to ...")
    # and the next line is no heading of its own ("Matters Arising:"): it is long too, or ends the sentence
    rest = following.text.rstrip(" *_")
    if _ENDS_WITH_SECONDER.search(text):
        return False  # "... proposed approval for payment seconded by Cllr Summers" / "Cllr Mann queried ...": the lead is whole
    return len(text) >= WRAPPED_LINE and re.search(r"propos|second|\bmoved?\b|nominat", text, re.IGNORECASE) is not None and not re.search(r"[.!?:;”\"’)]$", text) and re.match(r"[A-Z][a-z]", rest.lstrip()) is not None \
        and not rest.endswith(":") and (len(rest) >= WRAPPED_LINE or rest.endswith("."))


_ENDS_WITH_SECONDER = re.compile(r"\b(?:[Ss]econded|2\s?nd)\s+(?:by\s+)?(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+){1,2}(?:[A-Z][\w’'.\-]*\s*){1,3}$")
WRAPPED_LINE = 60  # a line at least this long that stops mid-sentence was wrapped by the page


def _continues(first: str, second: str) -> bool:
    """Whether a line broken off by the layout runs on into the next ("... seconded by Councillor Sheahan" / "(J), it was agreed")."""
    first = first.rstrip(" *_")
    if re.search(r"\b(?:Cllr|Cmhlr|Mr|Mrs|Ms|Dr)\.$", first):
        return True  # "... 2nd Mr." / "Paterson.": a title's dot is no sentence end
    if re.search(r"(?:^|\s)(?:Ó|Ní|Nic|Uí|Mac|Mhic|de|van|von)$", first) and re.match(r"[A-ZÁÉÍÓÚ]", second.lstrip(" *_")):
        return True  # "... seconded by Cmhlr. Ó" / "Ceallaigh that ...": a surname's particle ends no line of its own
    if not first or re.search(r"[.!?:;”\"]$", first):
        return False
    return re.match(r"[a-z(0-9€£$]", second.lstrip(" *_")) is not None \
        or re.search(r"\b(?:by|of|and|the|that|to|Councillor|Cllr|Mr|Mrs|Ms|Dr)$", first) is not None


def _names_only(text: str) -> bool:
    """Whether a line is nothing but members' names ("Mr Webb, Mr Hill, OBE, Ms Wright"): the rest of a broken vote list."""
    chunks = [c for c in re.split(r"\s*,\s*|\s+and\s+", text.strip().rstrip(".,;")) if c]
    return bool(chunks) and all(_TITLED_FULL.fullmatch(c) or _HONOURS.fullmatch(c) or _TITLE_ONLY.fullmatch(c) for c in chunks) \
        and not all(_TITLE_ONLY.fullmatch(c) or _HONOURS.fullmatch(c) for c in chunks)


def _dangling(text: str) -> str:
    found = _DANGLING_TITLE.search(text)
    return found.group("title") if found else ""


def _clean(text: str) -> str:
    text = re.sub(r"\*+", "", text)  # Markdown emphasis left in the text by a break inside it
    text = re.sub(r"\s+", " ", text).strip(" ,;-–—")
    if text[:1] in "‘'“\"" and not re.search(r"[’'”\"]\S", text[1:]):
        text = text.strip("‘’'“”\" ")  # quotes around the whole of the words
    return text[:MAX_TEXT_CHARS]


@dataclass
class _Lead:
    """A motion's lead in one paragraph: where its proposer and seconder were named, and the rest of the sentence."""

    start: int
    end: int
    proposer: str | None
    seconder: str | None
    object_text: str | None = None  # "moved approval of the staff recommendation": what was proposed, when no "that"
    object_start: int = 0  # where object_text starts in the paragraph
    words_before: bool = False  # "X, in proposing the Motion, stated ...": its words are printed before the lead
    reference: bool = False  # "the Motion as proposed by X and seconded by Y": names a motion already read
    shorthand: bool = False  # "M/S Hyman / Jenks" after the words it moved
    unnamed: bool = False  # "It was proposed and seconded that ...": neither mover is named
    decided: bool = False  # "On the proposal of X, seconded by Y, the date was re-fixed": the sentence states the decision made
    nomination: bool = False  # "Cllr X was nominated and seconded ...": the sentence is the nomination's words
    possessive: bool = False  # "Carole's proposal was seconded by Y": its words are the proposal set out before the lead
    restating: bool = False  # "In proposing the motion X said ...", "Y, in seconding the motion, ...": who moved a motion that may be read already


_IN_MOVING = re.compile(r"\b[Ii]n\s+(?:proposing|moving|seconding)\s+(?:the|his|her|this|their)\s+", re.IGNORECASE)
_LEAD_WORDS = re.compile(r"propos|second|moved?\b|mover|nominat|\b2\s?nd\b|\bProp\b|\bmotion\b|\bM\s*/\s*S\b", re.IGNORECASE)


def _leads(text: str, resolver: NameResolver) -> list[_Lead]:
    """Motion leads in a paragraph, in order: each a proposer, a seconder, or both, near each other."""
    if not _LEAD_WORDS.search(text):
        return []  # most paragraphs: no need to try every name pattern
    label = _CAPS_LABEL.match(text)
    if label and len(label.group(1).split()) >= 2:
        text = label.group(1).title() + text[label.end(1):]
    props: list[tuple[int, int, str | None, re.Match[str]]] = []
    taken: set[int] = set()
    for match in PROPOSER_SUBJECT.finditer(text):
        question = re.search(r"\b(?:how|what|why|whether|if|when)\s+(?:the\s+)?$", text[: match.start()], re.IGNORECASE) is not None
        if question or text[match.end("verb"):].startswith(" to "):
            if not re.match(r"\s+to\s+(?:approve|adopt|accept|agree|appoint|co-opt|elect|support|defer|note|refer|reject|continue|pay|grant|award|object|allocate|spend)\b",
                            text[match.end("verb"):]) and (question or not _SECONDED_IN_SENTENCE.match(text, match.end("verb"))):
                continue  # "asked how the Leader proposed to fund it": a question or a plan, not a motion
        if re.search(r"\b(?:by|to|with|from|of|and|that)\s+$", text[: match.start()]) and not re.search(r"\band\s+$", text[: match.start()]):
            continue
        props.append((match.start(), match.end(), match.group("name"), match))
        taken.add(match.start("verb"))
    turn = PROPOSER_TURN.match(text)
    if turn:
        props.append((turn.start(), turn.end(), turn.group("name"), turn))
    for pattern in (PROPOSER_BY, PROPOSER_FIELD, PROPOSER_OF, PROPOSER_IN, PROPOSER_IN_FIRST, PROPOSER_POSSESSIVE):
        for match in pattern.finditer(text):
            if match.start() in taken or any(s <= match.start() < e for s, e, _, _ in props):
                continue
            name = match.group("name")
            if pattern is PROPOSER_FIELD and not re.match(r"(?:Proposer|Mover|PROPOSED|MOVED|Prop\b)|.{0,12}[:\-–]", match.group(0)):
                # "proposed C. Cann": only a titled name, initials, or a known person, never "Proposed Village Hall"
                if not (_TITLED_OR_INITIAL.match(name) or _name(resolver, name)):
                    continue
                if re.search(r"\b(?:re|the|a|an|any|new|its|their|our|his|her)\s+$", text[: match.start()], re.IGNORECASE):
                    continue  # "re proposed WWI Centenary Memorial", "the proposed Village Hall": an adjective, no proposer
            props.append((match.start(), match.end(), name, match))
    seconds: list[tuple[int, int, str]] = []
    subjects: list[tuple[int, int]] = []
    for match in SECONDER_SUBJECT.finditer(text):
        # "Proposed Cllr M Peake, seconded Cllr L Peake": the name before "seconded" is the proposer's, not a subject
        if any(s <= match.start("name") < e for s, e, _, _ in props):
            continue
        if _name(resolver, match.group("name")) is None:
            continue  # "... sending to the Borough Council, seconded Cllr Sue Lintern": no member before "seconded"
        subjects.append((match.start(), match.end()))
        seconds.append((match.start(), match.end(), match.group("name")))
    for match in SECONDER_IN.finditer(text):
        group = "name" if match.group("name") else "after"
        if _name(resolver, match.group(group)) is not None:
            seconds.append((match.start(), match.end(), match.group(group)))
    turn = SECONDER_TURN.match(text)
    if turn and not props:
        seconds.append((turn.start(), turn.end(), turn.group("name")))
    for match in SECONDER.finditer(text):
        # "C. Humphries seconded G. Gott": the name after a subject's "seconded" is the nominee
        if any(s <= match.start() < e for s, e in subjects) or any(s <= match.start("name") < e for s, e, _ in seconds):
            continue
        if re.search(r"[’']s$", match.group("name")):
            continue  # "seconded Mr X's comments": agreement with what was said, not a motion
        seconds.append((match.start(), match.end(), match.group("name")))
    props.sort(key=lambda p: p[0])
    # "Seconded - Cllr Precey That the bills ...": a word run onto the name belongs to what follows it
    seconds = [(st, en - (len(raw) - len(_RUN_ON_WORDS.sub("", raw))), raw) for st, en, raw in seconds]
    seconds.sort(key=lambda s: s[0])
    leads: list[_Lead] = []
    for start, end, raw, match in props:
        name = _name(resolver, raw)
        if name is None and match.re is PROPOSER_POSSESSIVE:
            name = resolver.resolve_given(raw.strip())  # "Carole's proposal": the one member of that given name
        office_only = name is None and re.fullmatch(_ROLE, raw.strip()) is not None and match.re is PROPOSER_SUBJECT
        # "Prop. MT, 2nd SC" where no member has the initials MT: a motion whose proposer is not known (never guessed)
        office_only = office_only or (name is None and match.re is PROPOSER_FIELD and re.match(r"Prop\b", match.group(0)) is not None
                                      and re.fullmatch(r"[A-Z]{2,3}", raw.strip()) is not None)
        if name is None and not office_only:
            continue
        obj = None
        verb = match.groupdict().get("verb")
        if verb:
            obj = text[match.end():]
        reference = match.re is PROPOSER_BY and _REFERENCE.search(text[: match.start()]) is not None
        decided = match.re is PROPOSER_OF and re.match(r"[Oo]n\s+the\s+(?:proposal|motion)\b", match.group(0)) is not None
        # "The Chair proposed that ..." where the minutes never say who chaired: the motion, its proposer null (never guessed)
        leads.append(_Lead(start, end, name, None, object_text=obj, object_start=match.end(), words_before=match.re in (PROPOSER_IN, PROPOSER_IN_FIRST), reference=reference,
                           decided=decided, unnamed=office_only, possessive=match.re is PROPOSER_POSSESSIVE))
    for start, end, raw in seconds:
        name = _name(resolver, raw)
        if name is None:
            continue
        # The nearest lead before it without a seconder (in the same or the previous sentence), else one after it.
        before = [lead for lead in leads if lead.start <= start and lead.seconder is None and start - lead.end < 600]
        after = [lead for lead in leads if lead.start > start and lead.seconder is None and lead.start - end < 60]
        if before:
            target = before[-1]
        elif after:
            target = after[0]
        else:
            # "... reviewed the Policy for approval, Cllr Jim McNeill, seconded by Cllr Trudy Mann": the titled name before is the proposer's
            bare = _BARE_PROPOSER.search(text, max(0, start - 80), start)
            proposer = _name(resolver, bare.group("name")) if bare and re.match(r"[Ss]econded\b", text[start:]) else None
            if proposer and proposer != name:
                leads.append(_Lead(bare.start("name") if bare else start, end, proposer, name))
            else:
                leads.append(_Lead(start, end, None, name))
            leads.sort(key=lambda lead: lead.start)
            continue
        target.seconder = name
        target.start, target.end = min(target.start, start), max(target.end, end)
    for match in MOVED_SECONDED.finditer(text):
        # "M/S Hyman / Jenks": who moved and who seconded, in one mark
        if not any(lead.start <= match.start() < lead.end for lead in leads):
            mover, second = _loose_name(resolver, match.group("name")), _loose_name(resolver, match.group("second"))
            if mover:
                leads.append(_Lead(match.start(), match.end(), mover, second, shorthand=True))
    leads.sort(key=lambda lead: lead.start)
    for lead in leads:
        lead.restating = _IN_MOVING.search(text, max(0, lead.start - 1), lead.end + 1) is not None
    merged: list[_Lead] = []
    for lead in leads:
        if merged and lead.proposer and merged[-1].proposer and not merged[-1].seconder and not lead.seconder \
                and re.fullmatch(r"\s*(?:proposed\s+)?and\s*", text[merged[-1].end : lead.start] if merged[-1].end <= lead.start else "x"):
            # "Mrs Willis proposed and P. Markwell proposed that ...": one motion; the minutes do not say who seconded
            merged[-1].end, merged[-1].object_text, merged[-1].object_start = lead.end, lead.object_text, lead.object_start
            continue
        if merged and lead.proposer is None and not lead.unnamed and merged[-1].seconder is None:
            merged[-1].seconder = lead.seconder
            merged[-1].end = max(merged[-1].end, lead.end)
            continue
        merged.append(lead)
    if any(lead.proposer for lead in merged):
        # "The Chair proposed that X continue ..., X was proposed by Cllr A and seconded by Cllr B": the named lead is that motion
        merged = [lead for lead in merged if not (lead.unnamed and lead.proposer is None)]
    if not merged:
        agreed = _UNNAMED_AGREED.search(text)
        if agreed:
            return [_Lead(agreed.start(), agreed.end(), None, None, unnamed=True, decided=True)]
        unnamed = _UNNAMED_LEAD.search(text)
        if unnamed:
            # "It was proposed and seconded that Cllr D Llewellyn should remain as Chairman": a motion whose movers are not named
            return [_Lead(unnamed.start(), unnamed.end(), None, None, unnamed=True)]
        nominee = _NOMINATED_UNNAMED.search(text)
        if nominee and (_name(resolver, nominee.group("name")) or (nominee.group("verb") == "nominated" and " " not in nominee.group("name"))):
            # a surname alone ("Peake was nominated", two Peakes on the council): only a person is nominated
            # "Cllr D Llewellyn was nominated and seconded and with no further nominations accepted the role": the nomination, its movers unnamed
            return [_Lead(nominee.start(), nominee.end(), None, None, unnamed=True, nomination=True)]
    return merged


_BARE_PROPOSER = re.compile(rf"[,;:]\s*(?P<name>{TITLED})\s*,\s*$")
_SECONDED_IN_SENTENCE = re.compile(r"[^.;]{0,300}?\b(?:seconded|2\s?nd)\b")  # "proposed to take no action, seconded by ...": put to the meeting
_NOMINATED_UNNAMED = re.compile(rf"(?P<name>{TITLED}|{UNTITLED}|(?<![\w’'-])[A-Z][a-z][a-zA-Z’'\-]+)\s+was\s+(?:duly\s+)?(?P<verb>nominated|proposed)\s+and\s+(?:duly\s+)?seconded\b(?!\s+by\b)")
_UNNAMED_LEAD = re.compile(r"\b[Ii]t\s+was\s+(?:duly\s+|formally\s+)?(?:proposed|moved)(?:\s+and\s+(?:duly\s+)?seconded)?\s+(?=that\b)")
# "It was proposed, seconded and agreed to donate £50.00": the movers unnamed, the decision stated
_UNNAMED_AGREED = re.compile(r"\b[Ii]t\s+was\s+(?:duly\s+)?(?:proposed|moved),?\s+(?:and\s+)?(?:duly\s+)?seconded,?\s+and\s+(?:unanimously\s+)?(?:agreed|resolved|approved)\s+(?=(?:that|to)\b)")


# The member a sentence opens with: "7. d) LH noted that", "Mr Peake commented that", "Cllr Mandy Leamon shared that"
_SUBJECT = re.compile(rf"[\W\d]*(?:[a-z][.)]\s*)?(?P<name>{TITLED}|[A-Z]{{2,3}}|{UNTITLED})\s+(?!proposed|proposes|seconded|moved)[a-z]")


def _subject(text: str, at: int, resolver: NameResolver) -> str | None:
    """Whom "he", "she" or a bare "and proposed" at this point names: the member its sentence opens with, if one does."""
    start, _ = _sentence_bounds(text, at)
    head = _SUBJECT.match(text, start, at)
    return _name(resolver, head.group("name")) if head else None


def _named_before(name: str, text: str) -> bool:
    """Whether a person (by surname) is named in the text: a pronoun after it may stand for them."""
    surname = name.split()[-1] if name.split() else ""
    return bool(surname) and re.search(rf"\b{re.escape(surname)}\b", text) is not None


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The sentence of text holding position at (start, end)."""
    start = 0
    spans: list[tuple[int, int]] = []
    for sentence in split_sentences(text) or [text]:
        begin = text.find(sentence, start)
        if begin < 0:
            continue
        end = begin + len(sentence)
        if spans and _SPLIT_SUM.search(text[spans[-1][0] : spans[-1][1]]) and re.match(r"\d{2}\b", sentence):
            spans[-1] = (spans[-1][0], end)  # "C.G.M. Ltd £678. 09 : ...": a sum typed with a space after its point ends no sentence
        else:
            spans.append((begin, end))
        start = end
    for begin, end in spans:
        if begin <= at < end:
            return begin, end
    return 0, len(text)


_SPLIT_SUM = re.compile(r"[£$€]\s?[\d,]+\.$")


def _strip_names(text: str) -> str:
    """A sentence without its "proposed by X, seconded by Y" clauses: the words of what was proposed."""
    text = _STRIP_OF.sub(" ", text)
    text = _STRIP_PROPOSED.sub(" ", text)
    text = _STRIP_SECONDED.sub(" ", text)
    text = re.sub(r"\b(?:was|were)\s+(?:proposed|moved)(?:\s+[a-z]+){0,4}?\s+(?:by)?\s*(?=$|[,.])", " ", text)
    text = re.sub(r"(?:^|(?<=[\s.;,]))(?:Proposed|Seconded|PROPOSED|SECONDED)\s*[.:]?(?=\s|$)", " ", text)
    text = _STRIP_SUBJECT.sub(" ", text)
    text = re.sub(r"^\W*(?:and\s+)?|\s+(?:and|this|it)\s*\W*$", "", text.strip())
    return _clean(text)


# "Cllr Denny proposed acceptance and authorisation of payment, Cllr Lintern seconded.": the words stop at the seconder's name
_OBJECT_STOP = re.compile(rf",\s*{TITLED}\s+seconded\b")
MAX_OWN_PROPOSAL = 3000  # characters before "X's proposal was seconded" searched for the proposal X set out
_OWN_PROPOSAL = re.compile(r"\b(?:Proposal|PROPOSAL|Motion|MOTION)\s*[:\-–]\s*[“\"](?P<quoted>[^”\"]{5,600})[”\"]|\b(?P<plain>propose\s+that\s[^.;]{5,400})")


def _motion_text(text: str, lead: _Lead, resolver: NameResolver) -> tuple[str | None, int, bool]:
    """The motion's words from its lead's paragraph, where the record of its fate starts, and whether the words follow in later paragraphs."""
    sent_start, sent_end = _sentence_bounds(text, lead.start)
    sent_end = max(sent_end, _sentence_bounds(text, max(lead.end - 1, lead.start))[1])
    after = text[lead.end : sent_end]
    that = _THAT.match(after)
    if that is None:
        # "Mr X proposed, and Mrs Y seconded that ...": the lead ends at the seconder's name, "that" follows a verb.
        that = _THAT.match(re.sub(r"^\s*(?:seconded|moved|proposed)\b", "", after))
    if that:
        words = that.group("text")
        tail = _TAIL.search(words, 8)
        cut = tail.start() if tail else len(words)
        if re.match(r"[‘'“\"]", after.lstrip(" ,:;-–—")):
            closing = re.search(r"[’'”\"](?=\s|[.,;:)]|$)", words)
            cut = min(cut, closing.start()) if closing else cut  # 'That the precept ... £18050' For-5: the words end at the quote
        words_text = words[:cut]
        words_text = _SECONDED_TAIL.sub("", words_text)

        open_quote = words_text.rstrip().endswith((":", "that")) or re.search(r":\s*[-–]$", words_text.rstrip()) is not None or len(words_text.split()) < 3
        outcome_from = lead.end + (len(after) - len(words)) + cut
        return (_clean(words_text) or None), outcome_from, open_quote
    if _LEAD_OPEN.search(text[lead.start : sent_end].rstrip(" .")) and sent_end >= len(text.rstrip()) - 1:
        return None, sent_end, True
    if lead.object_text is not None and lead.proposer is not None:
        obj = lead.object_text
        stops = [m for m in (_OBJECT_STOP.search(obj), re.search(r"(?:,\s*|\s+and\s+|\s+)(?:(?:this|which|it)\s+was\s+)?(?:[Ss]econded|SECONDED)\b|(?:(?<!(?<![\w.])[A-Z])\.\s|\.$|;)|\s+[-–—]\s+|\s*\(", obj)) if m]
        stop = min(stops, key=lambda m: m.start()) if stops else None
        words = obj[: stop.start()] if stop else obj
        words = re.sub(r"^\s*(?:and\s+(?:was\s+)?seconded\s+by\s+\S+(?:\s+\S+)?\s*)", "", words)
        if words.strip() and not re.match(r"^\s*(?:this|it|the\s+(?:motion|same|above|proposal|resolution)|accordingly|and\b|,|:)", words, re.IGNORECASE):
            return _clean(words), max(lead.object_start + (stop.start() if stop else len(obj)), lead.end), False
    if lead.possessive:
        # "Proposal – “That ...”" or "... and propose that ..." earlier in the paragraph: the words the member proposed
        own = [m for m in _OWN_PROPOSAL.finditer(text, max(0, lead.start - MAX_OWN_PROPOSAL), lead.start)]
        if own:
            return _clean(own[-1].group("quoted") or own[-1].group("plain")), lead.end, False
    passive = PROPOSER_BY.search(text, sent_start, sent_end) if lead.proposer else None
    if passive is not None:
        between = passive.group("between").strip()
        if re.match(r"(?:to|that)\b", between) and len(between.split()) >= 3:
            return _clean(between), lead.end, False
        named_then = _THAT.match(text[passive.end() : sent_end])
        if named_then and re.match(r"that\b", named_then.group("text"), re.IGNORECASE) and passive.end() < lead.end and len(named_then.group("text").split()) >= 4:
            # "It was proposed by Cllr X that the Probation Service be used ... - seconded by Cllr Y with the proviso ...": the
            # words follow the proposer's name and stop at the seconder; whatever ends the sentence before "It" is no part of them
            words = _SECONDED_TAIL.sub("", named_then.group("text"))
            tail = _TAIL.search(words, 8)
            return _clean((words[: tail.start()] if tail else words).rstrip(" -–—,;")) or None, lead.end, False
        prefix = re.sub(r"(?:,?\s*(?:and\s+)?(?:it\s+)?(?:was|were|is|are|has\s+been|had\s+been)\s*)$", "", text[sent_start : passive.start()].strip())
        prefix = re.sub(r"^(?:\d+[.)]?\s+|\W+)", "", prefix)
        if len(prefix.split()) >= 3:
            return _clean(prefix), lead.end, False
    # Bare lead: the rest of its sentence, else the sentence before ("... seconded this").
    rest = _strip_names(text[sent_start:sent_end]) if not lead.shorthand else ""
    rest = re.sub(r"^(?:\d+[.)]?\s+|[\W_]+)", "", rest)  # "_Prop. JT, 2nd DC, All in favour._": markdown italics left around the fate
    rest = re.sub(r"^(?:[Ii]t\s+was\s+)?(?:and\s+)+(?=\w)", "", rest)  # "It was [proposed by X, seconded by Y] and agreed to ..."
    rest = re.sub(r"^[Ii]t\s+was\s+(?:proposed|moved)\s+(?=(?:that|to)\b)", "", rest)  # "It was proposed that ...": the words are "that ..."
    refers_back = re.match(r"^(?:and\s+)?(?:this|it|they|these|the\s+(?:motion|same|notice\s+of\s+motion))\b(?!\s+was\s+(?:agreed|resolved|decided)\b)"
                           r"(?!\s+(?:was|were)\s+(?:\w+\s+)?(?!seconded|proposed|moved)\w+\s+(?:that|to)\b)", rest, re.IGNORECASE)  # "It was felt that ...": the words themselves
    fate_first = _FATE_FIRST.match(rest) is not None  # "all Councillors in agreement with this decision": the fate, not the words
    if len(rest.split()) >= 4 and not refers_back and not fate_first and not (_OUTCOME_LINE.match(rest) and len(rest.split()) <= 6):
        tail = _TAIL.search(rest, 8)
        return _clean(rest[: tail.start()] if tail else rest), lead.end, False
    previous = text[:sent_start].strip()
    if previous:
        sentences = [one for one in split_sentences(previous) if len(one.split()) >= 3]
        nominee = re.sub(r"^(?:\d+[.)]?\s*)", "", previous).rstrip(" .")
        if not sentences and _TITLED_FULL.fullmatch(nominee):
            # "Election of Chairman: Cllr Shewell. Proposed by Cllr Evans, seconded by Cllr Parker.": the words are the nominee
            return nominee, lead.end, False
        while len(sentences) > 1 and ((_FIGURES_ONLY.search(sentences[-1]) and len(re.findall(r"\b[A-Za-z]{2,}\b", sentences[-1])) < 4) or _ACTION_NOTE.fullmatch(sentences[-1])):
            # "It was agreed to adopt the accounts. Balance at bank £4,027.07. Prop Mr. White", "It was agreed that ... Clerk to action.
            # Prop JB, 2nd DD": the figures and the clerk's action note are no proposal
            sentences.pop()
        if sentences:
            chosen = sentences[-1]
            if len(sentences) > 1 and len(chosen.split()) <= 8 and re.search(r"\b(?:these|this|it|they|them)\b", chosen, re.IGNORECASE):
                chosen = f"{sentences[-2]} {chosen}"  # "NC has template documents for the HR policies. All agreed these should be adopted."
            last = re.sub(r"^(?:RESOLVED|Resolved|AGREED)\s*[:\-–]?\s*", "", chosen)
            last = re.sub(r"^(?:\d+\.\s+)?(?:[A-Z]{2,}\s+){1,6}(?=[A-Z][a-z])", "", last)  # "2. APPROVAL OF MINUTES The minutes ...": the heading run in
            last = re.sub(r"^[^:]{1,60}:\s+(?=[A-Z])", "", last) if ":" in last[:60] and not re.match(r"^(?:that|That)\b", last) else last
            return _clean(last) or None, lead.end, False
    return None, lead.end, True


_FIGURES_ONLY = re.compile(r"[£$€]\s?\d")
# "Clerk to action.", "NC to investigate.", "NC/JB to make initial contact.", "The Clerk to seek advice on this from NALC.": who is to act
_ACTION_NOTE = re.compile(
    r"\W*(?:[A-Z][\w/]*\s+){1,2}to\s+[a-z]+(?:\s+[a-z]+)?\W*"
    r"|\W*(?:[A-Z]{2,3}(?:\s*/\s*[A-Z]{2,3})*|(?:[Tt]he\s+)?Clerk)\s+to\s+(?!be\b)[a-z]+\b[^.;:]{0,80}[.;]?\s*"
)


def _type_of(lead_words: str, text: str | None) -> str:
    if text and PROCEDURAL.search(text):
        return "procedural"
    if _AMENDMENT.search(_NO_AMENDMENT.sub("", lead_words)) or (text and re.match(r"(?:that\s+)?(?:the\s+motion\s+be\s+amended|to\s+amend)\b", text, re.IGNORECASE)):
        return "amendment"
    return "motion"


# "pro-posed", "se-conded": a word the printer broke at a line's end, its hyphen left in when the lines were joined
_BROKEN_WORD = re.compile(r"\b([A-Za-z]{2,6})-\s?([a-z]{2,8})\b")
_MOTION_WORDS = frozenset({"proposed", "proposer", "proposes", "proposing", "proposal", "seconded", "seconder", "seconding", "nominated", "nomination",
                           "unanimously", "abstained", "abstention", "abstentions", "carried", "agreed", "amendment", "favour"})


# "ProposedFRE, seconded byTMA": a page flattened from HTML lost the space between a lead word and the name after it
_GLUED = re.compile(r"\b((?:[Pp]roposed|[Ss]econded|[Mm]oved|[Nn]ominated|Proposer|Seconder)(?:\s+by)?|by)(?=[A-Z])")


def _unbroken(text: str) -> str:
    """The text with the lead words a line break split ("pro-posed") made whole again, and a name glued to its lead word parted."""
    text = _GLUED.sub(r"\1 ", text)
    if "-" not in text:
        return text
    return _BROKEN_WORD.sub(lambda m: m.group(1) + m.group(2) if (m.group(1) + m.group(2)).lower() in _MOTION_WORDS else m.group(0), text)


def find_motions(document: Document) -> list[Motion]:
    """Every motion, amendment and procedural motion the minutes record, in order; paragraphs get proposer and seconder as speakers."""
    resolver = NameResolver(document)
    paragraphs = document.paragraphs
    # "Board Member Kohlstrand" anywhere: then "Kohlstrand motioned" names a member
    resolver.member_surnames = {m.group(1) for p in paragraphs for m in _OFFICE_NAME.finditer(p.text)}
    resolver.particle_names = _particle_names(paragraphs)
    motions: list[_Open] = []
    current: _Open | None = None  # the motion whose words, vote or outcome are being read
    target: _Open | None = None  # the motion put to the vote
    turn_speaker: str | None = None  # the speaker of the last "Name:" turn of a verbatim record
    skip_until = 0  # paragraphs already read with the one before them (a broken lead, a vote list under its heading)
    for index, paragraph in enumerate(paragraphs):
        resolver.observe(paragraph.text)
        if index < skip_until:
            continue
        section, reading = paragraph.section, target or current
        nominee = _nominee_block(paragraphs, index, motions)
        if nominee is not None:
            # "For Councillor Collopy" / "Councillors Benson, Carey, ..." / "(6)": competing nominations put to one vote
            voted, number, body, last = nominee
            voted.motion.counts["for"] = number if number is not None else voted.motion.counts["for"]
            for name in _names_list(resolver, body):
                if name not in voted.motion.votes["for"]:
                    voted.motion.votes["for"].append(name)
            voted.motion.positions.extend(p.position for p in paragraphs[index:last])
            voted.voted = voted.contested = True
            if last > index:
                skip_until = last
                continue
        nobody = _NOBODY_ON_SIDE.match(paragraph.text)
        contest = [m for m in motions if m.contested and m.motion.item_number == paragraph.item_number and m.motion.item_title == paragraph.item_title]
        if nobody and contest:
            # "There were no abstentions." under the lists of a contested vote: none on that side for any nominee
            side = _side(nobody.group("side"))
            for opened in contest:
                if opened.motion.counts[side] is None:
                    opened.motion.counts[side] = 0
                    opened.motion.positions.append(paragraph.position)
            continue
        listed = _side_block(paragraphs, index, reading)
        if listed is not None and reading is not None:
            # "For Deferral" / "Councillors Benson, Butler, ... Teefy (21)": a recorded vote under side headings
            side, number, body, last = listed
            if number is not None and reading.motion.counts[side] is None:
                reading.motion.counts[side] = number
            for name in _names_list(resolver, body):
                if name not in reading.motion.votes[side]:
                    reading.motion.votes[side].append(name)
            reading.motion.positions.extend(p.position for p in paragraphs[index:last])
            reading.voted, reading.last_side = True, side
            if last > index:
                skip_until = last
                continue
            # a heading with its count and no names ("Abstain (0)"): this paragraph is read as any other
        if section and reading is not None and section != previous_section_before(paragraphs, index) and VOTE_LABEL.match(section):
            # "Against (0)": the loader took the line for a heading; the names, if any, are the paragraphs under it
            _apply_lists(reading.motion, resolver, section)
            reading.voted = True
            reading.last_side = _vote_lists(section)[-1][0] if _vote_lists(section) else reading.last_side
        if paragraph.kind in SKIP_KINDS:
            current = target = None
            continue
        text = _unbroken(paragraph.text)
        new_section = bool(section) and section != previous_section_before(paragraphs, index)
        if section and new_section and re.search(r"\b(?:proposed|moved|seconded)\b", section, re.IGNORECASE):
            if _continues(section, text):
                # "On the proposal of Councillor X, seconded by Councillor Y" taken for a heading, "(J), it was agreed to ..." under it: one sentence
                text = f"{section} {text}"
            else:
                # "Mrs M Leamon proposed approval for payment seconded by Mrs T Mann": a short line the loader took for a heading
                for lead in _leads(section, resolver):
                    opened = _open_motion(section, lead, paragraph, index, resolver, motions, current)
                    if opened is not None:
                        current = target = opened
        if current is not None and current.motion.item_number != paragraph.item_number and (paragraph.item_number or current.motion.item_number):
            current = target = None
        spoken = _TURN.sub("", text)  # "Speaker Gerbasi: All in favour? Carried." in a verbatim record
        outcome_line = len(text) <= MAX_OUTCOME_LINE and (
            _OUTCOME_LINE.match(spoken) is not None or _FATE.search(spoken) is not None or (spoken != text and _DECLARED.search(spoken) is not None)
            or (_FATE_SENTENCE.search(spoken) is not None and not _leads_hint(spoken))
        )
        if current is not None and current.awaiting_text and current.quote_open and new_section and section and _QUOTE_CLOSE.search(section):
            # "... fill the casual vacancy caused by the resignation of former" / "Councillor, John Costelloe.”": the quote's last
            # line, taken by the loader for a heading over this paragraph, ends the words; this paragraph is read as any other
            _take_words(current, replace(paragraph, text=section, label=None))
            current.quote_open = current.awaiting_text = False
        if current is not None and current.awaiting_text and not (current.quote_open and outcome_line) and _reads_as_words(paragraph, current):
            _take_words(current, paragraph)
            continue
        if current is not None and current.awaiting_text and outcome_line:
            # "And Resolved:" or an outcome printed before the words that follow ("Amendment lost." out of place)
            if current.quote_open or not current.text_parts:
                # a motion still awaiting its words was not yet voted on: the outcome is the earlier voted one's
                earlier = next((m for m in reversed(motions) if m is not current and m.motion.outcome is None and m.voted
                                and m.motion.item_number == current.motion.item_number), None)
                if earlier is not None:
                    _apply_result(earlier.motion, text)
                    earlier.motion.positions.append(paragraph.position)
                    continue
            _apply_result(current.motion, text)
            current.motion.positions.append(paragraph.position)
            continue
        if current is not None and current.awaiting_text and not current.text_parts and (_WORDS_LABEL.match(text) or _LEAD_REST.match(text)):
            rest = _LEAD_REST.match(text)
            if rest and rest.group("what") == "amendment" and current.motion.type == "motion":
                current.motion.type = "amendment"  # "... seconded the following" / "amendment:"
            current.motion.positions.append(paragraph.position)
            continue
        if current is not None and current.awaiting_text:
            current.awaiting_text = False
        joined: list[int] = []
        if _LEAD_WORDS.search(text) or (index + 1 < len(paragraphs) and _LEAD_WORDS.search(paragraphs[index + 1].text)):
            # a lead broken over lines by the layout: "... proposed that the item be deferred until the September Plenary" /
            # "Meeting in order to ... and the proposal was seconded by" / "Councillor Galvin."
            while len(joined) < MAX_JOINED_LINES and index + 1 + len(joined) < len(paragraphs):
                following = paragraphs[index + 1 + len(joined)]
                if not _runs_on(paragraphs[index + len(joined)], following):
                    break
                text = f"{text} {_unbroken(following.text)}"
                joined.append(following.position)
            skip_until = index + 1 + len(joined)
        turn = _TURN.match(text)
        if turn:
            turn_speaker = turn.group(0).rstrip(": ")
        leads = _leads(text, resolver)
        pronoun = _PRONOUN_LEAD.search(text) if not leads else None
        seconded_only = [lead for lead in leads if lead.proposer is None and lead.seconder and not lead.unnamed]
        if seconded_only and len(leads) == 1:
            # "Cllr Cobb explained ... and she proposed & Cllr Evans seconded that ...", "LH noted that ..., she proposed that PK
            # sign the cheques ... This was agreed and seconded by PW": she is the subject of her sentence
            movers = [m for m in _PRONOUN_LEAD.finditer(text, 0, seconded_only[0].start + 1) if seconded_only[0].start - m.end() < 600]
            mover = movers[-1] if movers else None
            if mover is not None and mover.group("verb") != "seconded":
                who = _subject(text, mover.start(), resolver)
                if who and who != seconded_only[0].seconder:
                    seconded_only[0].proposer = who
                    seconded_only[0].start = min(seconded_only[0].start, mover.start())
        who = _subject(text, pronoun.start(), resolver) if pronoun else None
        if pronoun and who is None and len(paragraph.speakers) == 1 and not pronoun.group("coordinated") \
                and _named_before(paragraph.speakers[0], text[: pronoun.start()]):
            # "On behalf of the Group, he formally proposed the Draft Budget": he is this paragraph's one speaker, named before
            who = paragraph.speakers[0]
        if pronoun and who:
            proposing = pronoun.group("verb") != "seconded"
            leads = [_Lead(pronoun.start(), pronoun.end(), who if proposing else None, None if proposing else who,
                           object_text=text[pronoun.end():] if proposing else None, object_start=pronoun.end())]
        if not any(lead.proposer for lead in leads) and turn is None and turn_speaker and _I_MOVE.search(text):
            # a speech that runs over several paragraphs: "I move ..." is the speaker of the last "Name:" turn
            text = f"{turn_speaker}: {text}"
            leads = _leads(text, resolver)
        if leads:
            for lead in leads:
                opened = _open_motion(text, lead, paragraph, index, resolver, motions, current)
                if opened is not None:
                    current = target = opened
                    opened.motion.positions.extend(p for p in joined if p not in opened.motion.positions)
                    if _VOTE_TAKEN.search(text, lead.end):
                        opened.voted = True  # "... seconded by Councillor Y. A vote was taken ...": its lists follow
            elected = _ELECTED.search(text, leads[-1].end)
            if elected:
                _election(elected, motions, paragraph)  # "... Cllr Leamon seconded. On a majority vote, Cllr Hardy was elected."
            if current is not None and current.motion.text and index + 1 < len(paragraphs):
                _run_on(current, paragraph, paragraphs[index + 1])
            continue
        if not leads:
            for decided in _DECIDED_COUNTED.finditer(text):
                # "It was resolved not to pursue an objection (4 in support, 1 against, 1 abstention)": a question put to the vote, movers unnamed
                counts = _counts_in(decided.group("counts"))
                if sum(value is not None for value in counts.values()) < 2:
                    continue
                motion = Motion(type="motion", text=_clean(decided.group(0)), positions=[paragraph.position], proposer=None, seconder=None,
                                item_number=paragraph.item_number, item_title=paragraph.item_title, outcome="carried", counts=counts)
                current = target = _Open(motion, index, paragraph.label, closed=True, voted=True)
                motions.append(current)
        if not leads and not (current is not None and not current.closed and current.motion.item_number == paragraph.item_number):
            for divided in _DIVIDED.finditer(text):
                # "It was voted by 2 for and 1 against (with 1 abstention) to recommend approval", "Parish Councillors voted to
                # support the application", "... agreed to object by a majority decision": a division, its movers unnamed
                begin, end = _sentence_bounds(text, divided.start())
                sentence = text[begin:end]
                motion = Motion(type="motion", text=_clean(sentence), positions=[paragraph.position], proposer=None, seconder=None,
                                item_number=paragraph.item_number, item_title=paragraph.item_title, counts=_counts_in(sentence))
                _counted_outcome(motion)
                if motion.outcome is None and motion.counts["against"] is None:
                    motion.outcome = "carried"  # they voted to do it: no count says otherwise
                if re.search(r"\bunanimously\b", divided.group(0)):
                    motion.unanimous = True
                current = target = _Open(motion, index, paragraph.label, closed=motion.outcome is not None, voted=True)
                motions.append(current)
        if not leads:
            for shown in _SHOW_FOR.finditer(text):
                # "the Chair asked for a vote by a show of hands for Mr Jenkinson – show of hands was 6": a nominee put to the vote,
                # movers unnamed; the count is the last show for this nominee (a second vote replaces the first); no outcome is read
                numbers = [m.group("n") or m.group("n2") for m in _SHOWN.finditer(shown.group("rest"))]
                motion = Motion(type="motion", text=_clean(shown.group(0)), positions=[paragraph.position], proposer=None, seconder=None,
                                item_number=paragraph.item_number, item_title=paragraph.item_title)
                motion.counts["for"] = int(numbers[-1]) if numbers else None
                current = target = _Open(motion, index, paragraph.label, voted=True)
                motions.append(current)
        put = _put(text)
        if put:
            target = _put_target(put, motions, paragraph) or target
            if target is not None:
                target.voted = True
                target.motion.positions.append(paragraph.position)
                _apply_result_after(target, text[put.end():])
                _apply_lists(target.motion, resolver, text[put.end():])
            continue
        elected = _ELECTED.search(text)
        if not leads:
            _received(text, motions, paragraph)  # before the election settles the nominations
        if elected and not leads:
            _election(elected, motions, paragraph)
        holder = target or current
        if _VOTE_TAKEN.search(text):
            # "A vote was taken which resulted as follows:": the open motion of the item goes to the vote
            voting = holder if holder is not None and holder.motion.outcome is None else _latest_open(motions, paragraph, None)
            if voting is not None:
                voting.voted = True
                voting.motion.positions.append(paragraph.position)
                target = holder = voting
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        declared = _DECLARED_FATE.search(text)
        if declared is None and following is not None and following.item_number == paragraph.item_number and not re.search(r"[.!?]\s*$", text):
            declared = _DECLARED_FATE.search(f"{text} {following.text[:300]}")  # "declared the proposal ... City" / "Centre ... as carried"
        if declared:
            what = declared.group("what").lower()
            fated = holder if holder is not None and holder.motion.outcome is None and (what != "amendment" or holder.motion.type == "amendment") \
                else _latest_open(motions, paragraph, what)
            if fated is not None:
                word = declared.group("fate").lower()
                fated.motion.outcome = "withdrawn" if word == "withdrawn" else "lost" if re.match(r"lost|defeated|not|fail", word) else "carried"
                _apply_result(fated.motion, text)
                fated.closed = fated.voted = True
                fated.motion.positions.append(paragraph.position)
                continue
        called = _CALLED.match(text)
        holder_before = target or current
        if called:
            # the question called is the motion still open, however long the debate on it
            last = next((m for m in reversed(motions) if m.motion.outcome is None and m.motion.item_number == paragraph.item_number), None)
            if last is None and holder_before is not None and not holder_before.voted and holder_before.motion.item_number == paragraph.item_number:
                # "seconded the motion, with the caveat ... has graciously agreed to do": an outcome read from the debate; the vote called settles it
                last = holder_before
                last.motion.outcome = None
            if last is not None:
                _apply_result(last.motion, text)
                _apply_lists(last.motion, resolver, text)
                last.closed = last.voted = True
                last.motion.positions.append(paragraph.position)
            continue
        if holder is None:
            continue
        if index - _last_index(holder, paragraphs) > FOLLOW_PARAGRAPHS and not holder.voted:
            current = target = None
            continue
        if _COUNT_LINE.fullmatch(text.strip()):
            # "For – 5 Against - 2", "For 6 Declared Interest – 1": a line of counts under the motion (its outcome is not printed)
            for match in _COUNT_ITEM.finditer(text):
                side = _side(match.group("side"))
                if not match.group("side").lower().startswith("declared") and holder.motion.counts[side] is None:
                    holder.motion.counts[side] = int(match.group("n"))
            if not holder.contested:
                _counted_outcome(holder.motion, only_for=True)
            holder.voted = True
            holder.motion.positions.append(paragraph.position)
            continue
        lists = _vote_lists(text)
        if lists and (VOTE_LABEL.match(_canonical_sides(text)) or holder.voted):
            _apply_lists(holder.motion, resolver, text)
            holder.voted = True
            holder.last_side = lists[-1][0]
            holder.carry = _dangling(text)
            holder.motion.positions.append(paragraph.position)
            continue
        if holder.voted and holder.last_side and _names_only(f"{holder.carry} {text}"):
            # "Mr Webb, Mr Whiting, Ms Wright": the names of a list broken by a page
            side = holder.last_side
            names_text, holder.carry = f"{holder.carry} {text}", _dangling(text)
            for name in _names_list(resolver, names_text):
                if name not in holder.motion.votes[side]:
                    holder.motion.votes[side].append(name)
            holder.motion.positions.append(paragraph.position)
            continue
        if outcome_line and not _RESOLVED.match(text):
            if not holder.closed:
                _apply_result(holder.motion, text)
                holder.closed = True
                holder.motion.positions.append(paragraph.position)
            continue
        if _RESOLVED.match(text):
            _resolution(motions, paragraph, index, paragraphs)
            current = target = None
            continue
    motions = [opened for opened in motions if not _pointed_at(opened, motions)]
    for opened in motions:
        _notice_of_motion(opened, paragraphs, resolver)
        if not opened.motion.text:
            _words_before(opened, paragraphs, opened.paragraph)
            if opened.motion.outcome is None and opened.motion.text and _DONE.search(opened.motion.text):
                opened.motion.outcome = "carried"  # "Youth Club requested donation. P.C. Agreed £50." / "Prop. M.Mycock 2nd L.Bonnett."
        _elected_by_heading(opened, motions)
        _interests_abstaining(opened, paragraphs, resolver)
        if not opened.contested:
            _counted_outcome(opened.motion)  # rival nominees' counts are no vote for and against one motion
        _finish(opened.motion)
    _mark_speakers(document, motions)
    return [opened.motion for opened in motions]


_NOTICE = re.compile(rf"\b(?:Notice\s+of\s+)?Motion\s+(?:submitted|proposed|tabled|moved|standing)\s+(?:by|in\s+the\s+name\s+of)\s+(?P<name>{NAME})", re.IGNORECASE)


_ELECTED = re.compile(
    rf"\bdeclared\s+(?:that\s+)?(?P<name>{NAME})(?:(?:\s*,\s*|\s+and\s+)[^.;]{{1,80}}?)?\s+(?:was\s+|were\s+|had\s+been\s+)?(?:duly\s+)?(?:(?:re-?)?elected|appointed|co-opted)\b"
    rf"|(?P<name2>{NAME})\s+(?:(?:was|is)\s+|(?=therefore\s|duly\s))(?:therefore\s+|duly\s+)*(?:re-?)?elected\b"
)
# "Cllr McCarthy received 6 votes - Cllr Nicholas-Letch received 2 votes": each nominee's votes in a contest
_RECEIVED = re.compile(rf"(?P<name>{NAME})\s+(?:received|got|polled)\s+(?P<n>\d+)\s+votes?\b")


def _nominations(motions: list[_Open], paragraph: Paragraph) -> list[_Open]:
    """The open nominations of this item: words naming an office, or nothing but the nominee ("Cllr Ryves proposed Cllr McCarthy")."""
    return [m for m in motions if m.motion.outcome is None and m.motion.item_number == paragraph.item_number and m.motion.item_title == paragraph.item_title
            and (re.search(r"\b(?:appointed|elected|co-opted|nominat\w*|as\s+(?:Chair|Mayor|Vice))", m.motion.text, re.IGNORECASE) or _TITLED_FULL.fullmatch(m.motion.text.strip(" .,")))]


def _received(text: str, motions: list[_Open], paragraph: Paragraph) -> None:
    """ "Cllr McCarthy received 6 votes": the count for the one open nomination naming that nominee."""
    for match in _RECEIVED.finditer(text):
        surname = match.group("name").split()[-1]
        named = [m for m in _nominations(motions, paragraph) if re.search(rf"\b{re.escape(surname)}\b", m.motion.text)]
        if len(named) == 1 and named[0].motion.counts["for"] is None:
            named[0].motion.counts["for"] = int(match.group("n"))
            named[0].motion.positions.append(paragraph.position)


def _elected_surname(elected: re.Match[str]) -> str:
    """The surname of the member an election line names ("Walsh (B)" -> "Walsh")."""
    named = re.sub(r"\s*\([A-Z]{1,2}\)\s*$", "", elected.group("name") or elected.group("name2") or "")
    return named.split()[-1] if named.split() else ""


def _election(elected: re.Match[str], motions: list[_Open], paragraph: Paragraph) -> None:
    """ "The Mayor declared Councillor Keary elected": his nomination carried; the rival nominations of the contest, still open, were lost."""
    surname = _elected_surname(elected)
    open_nominations = _nominations(motions, paragraph)
    winners = [m for m in open_nominations if re.search(rf"\b{re.escape(surname)}\b", m.motion.text)]
    if len(winners) != 1:
        return  # the minutes do not let us tell which nomination this was
    for nomination in open_nominations:
        nomination.motion.outcome = "carried" if nomination is winners[0] else "lost"
        nomination.closed = True
        if paragraph.position not in nomination.motion.positions:
            nomination.motion.positions.append(paragraph.position)


_ELECTION_TITLE = re.compile(r"^\W*(?:Election|Re-?election|Appointment)\s+of\s+(?:the\s+)?(?:Vice[- ]?)?(?:Chair(?:man|person|woman)?|Mayor|Leader)\b", re.IGNORECASE)


def _elected_by_heading(opened: _Open, motions: list[_Open]) -> None:
    """ "Election of Chairman for 2022/23: Cllr Shewell. Proposed by ..., seconded by ...": the minute records the nominee elected.

    Only the one nomination of its item, with no fate printed: with rivals the heading would not say which won.
    """
    motion = opened.motion
    if motion.outcome is not None or not _ELECTION_TITLE.match(motion.item_title or "") or not _TITLED_FULL.fullmatch(motion.text.strip(" .")):
        return
    rivals = [m for m in motions if m is not opened and m.motion.item_number == motion.item_number and m.motion.item_title == motion.item_title]
    if not rivals:
        motion.outcome = "carried"


def _notice_of_motion(opened: _Open, paragraphs: list[Paragraph], resolver: NameResolver) -> None:
    """ "Notice of Motion submitted by Councillor T. Ruddle", then its words, then "The Motion was seconded by ...":
    the proposer is the member the item names, the words are the item's paragraphs before the seconder."""
    lead = paragraphs[opened.paragraph]
    notice = _NOTICE.search(lead.item_title or "") or _NOTICE.search(lead.section or "")
    if notice is None or (opened.motion.proposer and opened.motion.text):
        return
    if opened.motion.proposer is None:
        opened.motion.proposer = _name(resolver, notice.group("name"))
    if opened.motion.text:
        return
    start = opened.paragraph
    while start > 0 and opened.paragraph - start < MAX_TEXT_PARAGRAPHS:
        earlier = paragraphs[start - 1]
        if (earlier.item_number, earlier.item_title) != (lead.item_number, lead.item_title) or _leads_hint(earlier.text):
            break
        start -= 1
    if start == opened.paragraph:
        return
    words = " ".join(p.text for p in paragraphs[start : opened.paragraph])
    that = re.search(r"\bI\s+(?:will\s+|shall\s+|hereby\s+)?move\b.{0,60}?\b(?P<that>that\b.*)", words, re.IGNORECASE | re.DOTALL)
    opened.motion.text = _clean((that.group("that") if that else words).strip("“”\"‘’'* "))
    opened.motion.positions[:0] = [p.position for p in paragraphs[start : opened.paragraph]]


def _run_on(opened: _Open, paragraph: Paragraph, following: Paragraph) -> None:
    """ "... it was agreed to allocate" / "€500 to Kilmeedy Community Development.": a sentence broken by the layout."""
    if re.search(r"[.!?:;”\"’)]\s*$", paragraph.text) or (following.item_number, following.item_title) != (paragraph.item_number, paragraph.item_title):
        return
    if not re.match(r"[a-z0-9€£$]", following.text) or not opened.motion.text or not paragraph.text.rstrip().endswith(opened.motion.text.rstrip()[-12:]):
        return
    opened.motion.text = _clean(opened.motion.text + " " + following.text)
    opened.motion.positions.append(following.position)


def _words_before(opened: _Open, paragraphs: list[Paragraph], index: int) -> None:
    """ "The motion was proposed by X and seconded by Y": its words are the quoted paragraphs just before."""
    start = None
    for back in range(index - 1, max(-1, index - 1 - MAX_TEXT_PARAGRAPHS), -1):
        earlier = paragraphs[back]
        if earlier.item_number != paragraphs[index].item_number or _leads_hint(earlier.text):
            break
        if earlier.text.lstrip().startswith(_QUOTE_OPEN) or re.match(r"^(?:That|THAT)\b", earlier.text.lstrip()) or _NOTICE_WORDS.match(earlier.text):
            start = back
            break
    if start is not None and _NOTICE_WORDS.match(paragraphs[start].text):
        # a notice of motion printed in the minutes: "I will move at the next Meeting that ..."; its words are from "that"
        words = " ".join(p.text for p in paragraphs[start:index])
        opened.motion.text = _clean(_NOTICE_WORDS.sub("", words, count=1).strip("“”\"‘’' "))
        opened.motion.positions[:0] = [p.position for p in paragraphs[start:index]]
        return
    if start is None:
        # "Proposed by Cllr X, seconded by Cllr Y and agreed by all." on its own line: the paragraph before is what was proposed
        before = paragraphs[index - 1] if index > 0 else None
        same_place = before is not None and (before.item_number, before.item_title) == (paragraphs[index].item_number, paragraphs[index].item_title)
        title = paragraphs[index].item_title or ""
        if not same_place and paragraphs[index].item_number and title.rstrip().endswith(".") and len(title.split()) >= 4 and not _leads_hint(title):
            # "9.2 Clerk to update the address on title numbers ..." / "Prop JB, 2nd GK, All agreed.": the numbered line, taken
            # for the heading of the item the lead opens, is what was proposed
            opened.motion.text = _clean(title)
            return
        if before is None or not same_place or len(before.text.split()) < 4 or _leads_hint(before.text) or before.kind in SKIP_KINDS:
            return
        if _OUTCOME_LINE.match(before.text) or VOTE_LABEL.match(before.text):
            return
        start = index - 1
    parts = [p.text for p in paragraphs[start:index]]
    opened.motion.text = _clean(" ".join(parts).strip("“”\"‘’' "))
    opened.motion.positions[:0] = [p.position for p in paragraphs[start:index]]


_NOTICE_WORDS = re.compile(r"^\W*I\s+(?:will|shall|hereby|wish\s+to)?\s*move\b[^.]{0,60}?(?=\bthat\b)", re.IGNORECASE)


def _leads_hint(text: str) -> bool:
    return re.search(r"\b(?:proposed|seconded|moved)\b", text, re.IGNORECASE) is not None


def previous_section_before(paragraphs: list[Paragraph], index: int) -> str | None:
    """The section of the paragraph before this one."""
    return paragraphs[index - 1].section if index > 0 else None


def _last_index(opened: _Open, paragraphs: list[Paragraph]) -> int:
    """The index of the last paragraph the motion was read from."""
    last = opened.motion.positions[-1] if opened.motion.positions else paragraphs[opened.paragraph].position
    for index in range(opened.paragraph, len(paragraphs)):
        if paragraphs[index].position == last:
            return index
    return opened.paragraph


def _reads_as_words(paragraph: Paragraph, opened: _Open) -> bool:
    """Whether this paragraph carries on the motion's words (a quoted block, its numbered parts)."""
    text = paragraph.text.strip()
    if _put(text) or _VOTE_TAKEN.search(text) or re.search(r"\b(?:proposed|moved)\b.{0,80}\bseconded\b|\bseconded\s+by\b", text):
        return False  # the next motion's lead or the vote: the words have ended, whatever the quotes say
    if len(opened.text_parts) >= MAX_TEXT_PARAGRAPHS or re.match(r"(?:Proposed|Seconded|Moved|PROPOSED|SECONDED|MOVED)\s*(?:by\b|:)", text):
        return False  # a quote never closed by the printer ends with the next "Proposed by" or after so many paragraphs
    if opened.quote_open:
        return True
    if text.startswith(_QUOTE_OPEN) or re.match(r"^(?:that|That|THAT)\b", text):
        return True
    if opened.text_parts and (paragraph.label and re.fullmatch(r"\(?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})[.)]?", paragraph.label) or paragraph.bullet):
        return not _RESOLVED.match(text) and not _put(text)
    return False


def _take_words(opened: _Open, paragraph: Paragraph) -> None:
    text = paragraph.text.strip()
    if not opened.text_parts and text.startswith(_QUOTE_OPEN) and not _QUOTE_CLOSE.search(text[1:]):
        opened.quote_open = True
    elif opened.quote_open and _QUOTE_CLOSE.search(text):
        opened.quote_open = False
    elif not opened.quote_open and opened.text_parts == [] and _QUOTE_CLOSE.search(text):
        opened.quote_open = False
    part = (paragraph.label + " " if paragraph.label and opened.text_parts else "") + text
    opened.text_parts.append(part)
    if opened.quote_open and _QUOTE_CLOSE.search(text) and len(opened.text_parts) > 1:
        opened.quote_open = False
    words = " ".join(opened.text_parts).strip()
    words = words.strip("“”\"‘’' ")
    opened.motion.text = _clean(words)
    if opened.motion.type == "motion" and PROCEDURAL.search(opened.motion.text):
        opened.motion.type = "procedural"
    opened.motion.positions.append(paragraph.position)
    if not opened.quote_open and not re.search(r"[:;,]\s*$|\band\s*$", text):
        opened.awaiting_text = bool(re.search(r"[:]\s*$", text))


def _open_motion(
    text: str, lead: _Lead, paragraph: Paragraph, index: int, resolver: NameResolver, motions: list[_Open], current: _Open | None
) -> _Open | None:
    """A motion from a lead; a lone seconder just after a lone proposer (the next paragraph) completes that one instead."""
    last = motions[-1] if motions else None
    if current is None and last is not None and last.motion.outcome is None and index - last.paragraph <= MAX_SECONDER_GAP and last.motion.item_number == paragraph.item_number:
        current = last  # "Councilmember X seconded the motion" after the debate on it
    if lead.proposer is None and not lead.unnamed and current is not None and current.motion.seconder is None and current.motion.proposer and not current.closed:
        current.awaiting_text = not current.motion.text
        current.motion.seconder = lead.seconder
        current.named_at.append((paragraph.position, (lead.seconder,)))
        current.motion.positions.append(paragraph.position)
        _, outcome_from, _ = _motion_text(text, lead, resolver)
        _apply_result(current.motion, text[lead.end:])
        _apply_lists(current.motion, resolver, text[lead.end:])
        if _OUTCOME_LINE.search(text[lead.end:]) or _outcome(text[lead.end:]):
            current.closed = current.motion.outcome is not None
        return current
    if lead.restating:
        same = [m for m in motions if (m.motion.item_number, m.motion.item_title) == (paragraph.item_number, paragraph.item_title)
                and ((lead.proposer and m.motion.proposer in (lead.proposer, None)) or (lead.proposer is None and lead.seconder and m.motion.seconder == lead.seconder))]
        if same:
            # "The Motion was proposed by X, seconded by Y and agreed." / "In proposing the Motion, X stated ...": the motion read already
            if lead.seconder and same[-1].motion.seconder is None:
                same[-1].motion.seconder = lead.seconder
            if lead.proposer and same[-1].motion.proposer is None:
                same[-1].motion.proposer = lead.proposer  # "The Motion was seconded by Y." then "In proposing the Motion, X ..."
            same[-1].motion.positions.append(paragraph.position)
            return same[-1]
    if lead.reference:
        named = _referred(lead, paragraph, index, motions)
        if named is not None:
            # "the Mayor declared the Motion as proposed by X and seconded by Y carried": the motion read before, and its fate
            named.motion.positions.append(paragraph.position)
            _apply_result(named.motion, text[lead.end:] if _outcome(text[lead.end:]) else text)
            named.closed = named.closed or named.motion.outcome is not None
            return named
    words, outcome_from, open_words = _motion_text(text, lead, resolver) if not lead.words_before else (None, len(text), False)
    if lead.nomination:
        words = _clean(text[lead.start : _sentence_bounds(text, lead.start)[1]])
    if _FOR_PAYMENT.match(text, lead.end):
        # "proposed T. Manley seconded P. Wood - pass for payment": what was proposed (no fate: the labels read it as the proposal)
        # the payment named before the movers: the paragraph's start when short (a sum's "£696. 56" is no sentence end)
        start = 0 if lead.start <= MAX_OUTCOME_LINE else _sentence_bounds(text, lead.start)[0]
        words = _clean(re.sub(r"^[\w\s]{1,30}:\s+", "", text[start : lead.start]).strip(" -–—,;:")) or None
    last = motions[-1] if motions else None
    if not words and lead.proposer and last is not None and last.motion.proposer is None and last.motion.seconder is None and not last.closed \
            and last.motion.outcome is None and last.motion.item_number == paragraph.item_number and 0 < index - last.paragraph <= 2:
        # "it was proposed that the Clerk's rate of pay ..." / "Cllr Hardy proposed: Cllr Precey seconded: Carried.": who moved it
        last.motion.proposer, last.motion.seconder = lead.proposer, lead.seconder
        last.named_at.append((paragraph.position, (lead.proposer, lead.seconder)))
        last.motion.positions.append(paragraph.position)
        _apply_result(last.motion, text[outcome_from:])
        last.closed = last.motion.outcome is not None
        # "... it was proposed that ... the following proposition would be made." / "Proposed – X Seconded – Y" / "‘That ...’"
        last.awaiting_text = not last.closed and re.search(r"\bfollowing\b|\bas\s+follows\b|:\s*$", last.motion.text) is not None
        return last
    if lead.unnamed and lead.proposer is None and not lead.seconder and not lead.nomination and not re.match(r"(?:that|to)\b", words or "", re.IGNORECASE):
        return None  # "The Chair proposed the resolution as below": a pointer to a motion printed elsewhere, not one
    again = _restated(lead, words, paragraph, index, motions)
    if again is not None:
        # "It's been moved by X, seconded by Y, that ...": the motion already read, said again before the vote
        if paragraph.position not in again.motion.positions:
            again.motion.positions.append(paragraph.position)
        again.named_at.append((paragraph.position, (lead.proposer, lead.seconder)))
        again.motion.seconder = again.motion.seconder or lead.seconder
        _apply_result(again.motion, text[outcome_from:])
        return again
    lead_words = text[max(0, lead.start - 60) : lead.end + 80]
    motion = Motion(
        type=_type_of(lead_words, words),
        text=words or "",
        positions=[paragraph.position],
        proposer=lead.proposer,
        seconder=lead.seconder,
        item_number=paragraph.item_number,
        item_title=paragraph.item_title,
    )
    opened = _Open(motion, index, paragraph.label, awaiting_text=open_words, named_at=[(paragraph.position, (lead.proposer, lead.seconder))],
                   pointer=_POINTER.match(text, lead.end) is not None)
    rest = text[outcome_from:]
    next_lead = re.search(r"(?:[Pp]roposed|[Ss]econded|\bmoved\b)", rest[40:]) if rest else None
    scope = rest[: 40 + next_lead.start()] if next_lead else rest
    elected = _ELECTED.search(scope)
    if elected and not re.search(rf"\b{re.escape(_elected_surname(elected))}\b", words or ""):
        scope = scope[: elected.start()]  # "Cllr Taylor proposed Cllr Lintern; ... On a majority vote, Cllr Hardy was elected": not this nominee
    if words and _MEETING_MOTION.search(words) and _MEETING_DONE.search(scope):
        motion.outcome = "carried"  # "X proposed closing the meeting seconded by Y. The meeting closed": the act done is its fate
    scope = _MEMBER_UNDERTAKES.sub("", scope)
    scope = _MEMBER_AGREED.sub("", scope)  # "Cllr Clements raised this motion. Cllr Hardy agreed.": one member's assent, no decision
    if scope.strip():
        _apply_result(motion, scope)
        _apply_lists(motion, resolver, scope)
        if motion.outcome is not None:
            opened.closed = True
            opened.awaiting_text = opened.awaiting_text and not words
    before = text[: lead.start]
    if motion.outcome is None and (_FATE_ONLY.fullmatch(before[_sentence_bounds(text, lead.start)[0]:]) or (words and before.strip() and _FATE_BEFORE.search(before) and words in before)):
        motion.outcome = "carried"  # "Youth Club £50, Passed for payment. Prop. Mrs. Lewis, 2nd M. Mycock.": the words, their fate, then who proposed
    if motion.outcome is None and re.search(r"nominat", text[lead.start : lead.end]) and _UNOPPOSED.search(text, lead.end, _sentence_bounds(text, lead.start)[1]):
        motion.outcome = "carried"  # "Mr Ferrie was nominated by Mr Mycock seconded by Mrs Mendoza, there were no further nominations"
    if motion.outcome is None and lead.decided and not _VOTE_TAKEN.search(text) and not re.search(r"\?\s*$", text):
        motion.outcome = "carried"  # "On the proposal of X, seconded by Y, the date of the Annual Meeting was re-fixed"
    if motion.outcome is None and not words and open_words and _AGREED_AS_FOLLOWS.search(text, lead.end):
        _apply_result(motion, text[lead.end:])  # "... seconded by Councillor Keary, and agreed as follows:" with the words after
    if motion.outcome is None and _RESOLVED.match(text):
        motion.outcome = "carried"  # "RESOLVED: That ... (X proposed, Y seconded)"
    if motion.outcome is None and lead.seconder and _AGREED_AND_SECONDED.search(text, lead.start, lead.end):
        motion.outcome = "carried"  # "she proposed that PK sign the cheques. This was agreed and seconded by PW."
    if motion.outcome is None and words and _TITLED_FULL.match(words) and _DECLINED.search(text, lead.end, _sentence_bounds(text, lead.start)[1]):
        motion.outcome = "withdrawn"  # "Mrs Mann proposed Mr White but Mr White declined": the nominee withdrew
    if motion.outcome is None and words and _DONE.search(words):
        motion.outcome = "carried"  # "The minutes were approved as a true record. Proposed X, seconded Y."
    motions.append(opened)
    return opened


# "A vote was taken which resulted as follows", "the result of the voting was as follows", "asked that a vote take place"
# "It was resolved not to pursue an objection to this (4 in support, 1 against, 1 abstention).": a decision with its vote
_DECIDED_COUNTED = re.compile(r"\b[Ii]t\s+was\s+(?:unanimously\s+|duly\s+)?(?:resolved|agreed|decided)\b[^.;()]{0,300}?\((?P<counts>[^()]{0,80}?\d[^()]{0,80})\)\s*\.?")
# A division whose movers are not named: "It was voted by 2 for and 1 against ... to ...", "(The) (Parish) Councillors voted (by a
# majority) to ...", "The Parish Councillors agreed to object by a majority decision", "A show of hands confirmed that ...". Not "voted in favour" (a vote on a motion read).
# the members, never "Council voted to ..." (a speaker recalling a past decision in a verbatim record)
_MEMBERS = r"(?:[Tt]he\s+)?(?:(?:Parish|Parishioner|Town|Community)\s+)?(?:Councillors|[Mm]embers)(?:\s+present)?"
_DIVIDED = re.compile(
    rf"\b[Ii]t\s+was\s+voted\s+by\s+\d{{1,2}}\s+(?:votes?\s+)?(?:for|in\s+favou?r)\b"
    rf"|(?<![\w,]\s){_MEMBERS}\s+voted\s+(?:unanimously\s+)?(?:by\s+a\s+majority\s+(?:decision\s+|vote\s+)?)?(?:not\s+)?to\s+[a-z]"
    rf"|(?<![\w,]\s){_MEMBERS}\s+(?:agreed|resolved|decided)\s+(?:not\s+)?to\s+[a-z][^.;:]{{0,150}}?\bby\s+a\s+majority(?:\s+(?:decision|vote))?\b"
    r"|\b[Aa]\s+show\s+of\s+hands\s+(?:confirmed|agreed|decided|resolved)\s+(?:that|to)\b"  # "A show of hands confirmed that ... Council should not proceed"
)
# "asked for a vote by a show of hands for Mr Jenkinson – show of hands was 6": up to the next nominee's show
_SHOW_FOR = re.compile(rf"\basked\s+for\s+(?:a\s+vote\s+by\s+)?a\s+show\s+of\s+hands\s+for\s+(?:{TITLED})(?P<rest>(?:(?!show\s+of\s+hands\s+for)[^.])*)\.?")
_SHOWN = re.compile(r"\bshow\s+of\s+(?:hands\s+(?:was|were)\s+(?P<n>\d{1,2})\b|(?P<n2>\d{1,2})\b)")
_VOTE_TAKEN = re.compile(
    r"\b(?:recorded\s+|roll[- ]call\s+|named\s+|electronic\s+)?vote\s+(?:was\s+|be\s+|being\s+|were\s+)?(?:taken|held|called\s+for)\b(?!\s+(?:at|by)\s+the\s+next)"
    r"|\bvote\s+take\s+place\b|\bresult\s+of\s+the\s+vot(?:e|ing)\b|\bvoting\s+(?:was|were)\s+(?:as\s+follows|recorded)\b",
    re.IGNORECASE,
)
# "The Mayor declared the Motion carried", "declared the proposal defeated", "declared the amendment lost as there was not a majority"
_DECLARED_FATE = re.compile(
    r"\bdeclared\s+(?:that\s+)?(?:the\s+)?(?P<what>motion|amendment|proposal|nomination|resolution|recommendations?)\b[^.;]{0,200}?"
    r"\b(?:as\s+|to\s+be\s+|was\s+|had\s+been\s+)?(?P<fate>carried|lost|defeated|passed|adopted|agreed|withdrawn|not\s+carried|failed)\b",
    re.IGNORECASE,
)


# "For Deferral", "Against the Proposal", "Abstentions", "For (21)": a side's heading over the names who voted that way
_SIDE_HEADING = re.compile(
    r"^\W*(?:(?:Those|Members|Councillors)\s+(?:voting\s+)?)?(?P<side>For|FOR|Against|AGAINST|In\s+[Ff]avou?r|Abstentions?|ABSTENTIONS?|Abstain(?:ed|ing)?|ABSTAIN(?:ED|ING)?|Ayes|Noes|Nays)"
    r"(?:\s+(?:the\s+)?(?!(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s*(?:\(\s*(?P<n>\d+)\s*\))?[\s:.*_]*$"
)
_NONE_VOTED = re.compile(r"^\W*(?:There\s+(?:were|was)\s+no\s+\w+|None|Nil|No\s+(?:one|member|councillor)s?\b)[^,]{0,40}$", re.IGNORECASE)
_LIST_LINE = re.compile(r"^[\s*_]*(?:(?:Councillors?|Cllrs?|Members?|Messrs|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-ZÁÉÍÓÚ(][^\s,]*(?:\s+|,\s*|$)|and\s+|&\s+)+[\s.*_]*$")
_TRAILING_COUNT = re.compile(r"\(\s*(\d+)\s*\)[\s.*_]*$")


def _side_block(paragraphs: list[Paragraph], index: int, reading: _Open | None) -> tuple[str, int | None, str, int] | None:
    """A side heading ("For Deferral") with the names under it, when a vote is being read: side, count, names, end index."""
    if reading is None or not reading.voted:
        return None
    paragraph = paragraphs[index]
    section = paragraph.section or ""
    if section and section != previous_section_before(paragraphs, index) and _SIDE_HEADING.match(section):
        heading, start = _SIDE_HEADING.match(section), index  # the loader took the bold line for a heading
    elif len(paragraph.text) <= 60 and _SIDE_HEADING.match(paragraph.text) and not VOTE_LABEL.match(paragraph.text):
        heading, start = _SIDE_HEADING.match(paragraph.text), index + 1
    else:
        return None
    assert heading is not None
    side = _side(heading.group("side"))
    number = int(heading.group("n")) if heading.group("n") else None
    lines: list[str] = []
    end = start
    while end < len(paragraphs) and end - start < MAX_LIST_LINES:
        later = paragraphs[end]
        if later.item_number != paragraph.item_number or (end > start and later.section != paragraphs[start].section and later.section != section):
            break
        text = later.text.strip()
        if not lines and _NONE_VOTED.match(text):
            number = 0 if number is None else number  # "There were no abstentions."
            end += 1
            break
        if not _LIST_LINE.match(text) or _SIDE_HEADING.match(text) or VOTE_LABEL.match(text):
            break
        lines.append(text)
        end += 1
    body = " ".join(lines)
    count = _TRAILING_COUNT.search(body)
    if count:
        number = int(count.group(1)) if number is None else number
        body = body[: count.start()]
    if not lines and number is None:
        return None
    # "Ryan (E) Scanlan": a comma the printer left out after an initial
    body = re.sub(r"(\([A-Z]{1,2}\))\s+(?=[A-Z])", r"\1, ", body)
    return side, number, body, end


# "For Councillor Collins (B), O’Sullivan and Slattery": the names under it voted for the nomination of these members
_NOBODY_ON_SIDE = re.compile(r"^\W*There\s+(?:were|was)\s+no\s+(?:votes?\s+)?(?P<side>abstentions?|against)\s*[.;]?\s*$", re.IGNORECASE)
_NOMINEE_HEADING = re.compile(r"^[\W_]*For\s+(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P<names>[A-ZÁÉÍÓÚ].{0,120}?)[\s:*_]*$")


def _nominee_block(paragraphs: list[Paragraph], index: int, motions: list[_Open]) -> tuple[_Open, int | None, str, int] | None:
    """A nominee's heading over the names who voted for them, after a vote was taken: the motion nominating them, count, names, end."""
    paragraph = paragraphs[index]
    section = paragraph.section or ""
    if not section or section == previous_section_before(paragraphs, index):
        heading, start = _NOMINEE_HEADING.match(paragraph.text) if len(paragraph.text) <= 140 else None, index + 1
    else:
        heading, start = _NOMINEE_HEADING.match(section), index  # the loader took the bold line for a heading
    if heading is None:
        return None
    # the nominee's surname, e.g. "Collins (B), O’Sullivan" -> "Collins"; the motion of this item, put to the vote, that names them
    surname = re.match(r"[A-ZÁÉÍÓÚ][\w’'\-]+", re.sub(r"^(?:Councillors?|Cllrs?)\s+", "", heading.group("names").strip("*_ ")))
    if surname is None:
        return None
    voted = [m for m in motions if m.motion.item_number == paragraph.item_number and m.motion.outcome is None
             and (m.voted or any(o.voted for o in motions if o.motion.item_number == paragraph.item_number and o.motion.outcome is None))
             and re.search(rf"\b{re.escape(surname.group(0))}\b", m.motion.text)]
    if len(voted) != 1:
        return None  # no vote being read, or the name fits no single nomination: never guess whose vote it is
    lines: list[str] = []
    end = start
    while end < len(paragraphs) and end - start < MAX_LIST_LINES:
        text = paragraphs[end].text.strip()
        if paragraphs[end].item_number != paragraph.item_number or (end > start and paragraphs[end].section != paragraphs[start].section and paragraphs[end].section != section):
            break
        if not (_LIST_LINE.match(text) or _TRAILING_COUNT.fullmatch(text)) or _NOMINEE_HEADING.match(text):
            break
        lines.append(text)
        end += 1
    body = " ".join(lines)
    count = _TRAILING_COUNT.search(body)
    number = int(count.group(1)) if count else None
    body = body[: count.start()] if count else body
    if not lines:
        return None
    body = re.sub(r"(\([A-Z]{1,2}\))\s+(?=[A-Z])", r"\1, ", body)
    return voted[0], number, body, end


def _latest_open(motions: list[_Open], paragraph: Paragraph, what: str | None) -> _Open | None:
    """The latest motion of this item with no outcome yet (an amendment when the minutes say "the amendment")."""
    same = [m for m in motions if m.motion.item_number == paragraph.item_number and m.motion.item_title == paragraph.item_title and m.motion.outcome is None]
    if what == "amendment":
        same = [m for m in same if m.motion.type == "amendment"] or same
    elif what is not None:
        same = [m for m in same if m.motion.type != "amendment"] or same
    return same[-1] if same else None


# A motion about the meeting itself ("closing the meeting", "that the meeting be adjourned"), and the record of it done
_MEETING_MOTION = re.compile(r"\b(?:clos(?:e|ing)|adjourn(?:ing)?|suspend(?:ing)?|re-?open(?:ing)?)\s+the\s+meeting\b|\bmeeting\s+(?:be\s+)?(?:closed|adjourned|suspended|re-?opened)\b", re.IGNORECASE)
_MEETING_DONE = re.compile(r"^\W*(?:[Tt]he\s+)?[Mm]eeting\s+(?:was\s+)?(?:then\s+)?(?:closed|adjourned|suspended|re-?opened)\b")
_MEMBER_AGREED = re.compile(rf"(?:^|(?<=[.;]\s))\s*{TITLED}\s+(?:also\s+)?agreed\b(?!\s+(?:that|to)\b)[^.;]*[.;]?")
# "Mr. Eastgate agreed to deal with these", "JT agreed to circulate the letter": one member taking on a task, no decision of the meeting
_MEMBER_UNDERTAKES = re.compile(
    rf"(?:^|(?<=[.;:\-–]\s)|(?<=\band\s)|(?<=,\s))\s*(?:{TITLED}|[A-Z]{{2,3}})\s+(?:also\s+|kindly\s+)?agreed\s+to\s+(?!(?:the|this|that|it|accept|approve|adopt|support|second)\b)[a-z]+\b[^.;]*[.;]?"
)
_FATE_BEFORE = re.compile(r"\b(?:passed|agreed|approved|carried|adopted)(?:\s+(?:for\s+payment|unanimously|by\s+all))?\s*[.,;]?\s*$", re.IGNORECASE)
_AGREED_AND_SECONDED = re.compile(r"\b(?:[Tt]his|[Ww]hich|[Ii]t)\s+was\s+(?:duly\s+|unanimously\s+)?(?:agreed|approved|carried)\s+and\s+seconded\b")
_DECLINED = re.compile(r"\b(?:declined|refused)\b(?!\s+to\s+(?:second|vote))")
_FATE_ONLY = re.compile(r"\W*(?:passed|agreed|approved|carried|adopted)(?:\s+(?:for\s+payment|unanimously|by\s+all))?\s*[.,;:\-–]?\s*", re.IGNORECASE)
_UNOPPOSED = re.compile(r"\b(?:there\s+were\s+)?no\s+(?:further|other)\s+nominations\b|\bunopposed\b", re.IGNORECASE)


_AGREED_AS_FOLLOWS = re.compile(r"\band\s+(?:unanimously\s+|duly\s+)?(?:agreed|resolved|carried|approved|adopted)\b[^.]{0,40}:\s*$", re.IGNORECASE)


def _referred(lead: _Lead, paragraph: Paragraph, index: int, motions: list[_Open]) -> _Open | None:
    """The motion of this item a reference names by its proposer (and seconder), read shortly before."""
    for earlier in reversed(motions):
        if index - earlier.paragraph > RESTATED_WITHIN:
            return None
        motion = earlier.motion
        if motion.item_number == paragraph.item_number and motion.proposer == lead.proposer and (not lead.seconder or motion.seconder in (None, lead.seconder)):
            if motion.seconder is None and lead.seconder:
                motion.seconder = lead.seconder
            return earlier
    return None


# "... on the amendment proposed by", "the Motion as proposed by": a participle naming a motion, not a new one
_REFERENCE = re.compile(r"\b(?:the|this|that|his|her)\s+(?:substantive\s+|original\s+|amended\s+)?(?:[Mm]otion|[Aa]mendment|[Pp]roposal)\s*,?\s*(?:as\s+)?$")

RESTATED_WITHIN = 15  # paragraphs within which the same proposer and seconder with the same words restate one motion


def _restated(lead: _Lead, words: str | None, paragraph: Paragraph, index: int, motions: list[_Open]) -> _Open | None:
    """An open motion of the same item with this proposer and seconder and the same (or no) words, read just before."""
    for earlier in reversed(motions):
        if index - earlier.paragraph > RESTATED_WITHIN:
            return None
        motion = earlier.motion
        if earlier.paragraph == index and motion.proposer and motion.proposer == lead.proposer and motion.seconder in (None, lead.seconder) \
                and words and motion.text and motion.text.rstrip(" .").lower() in words.lower():
            # "Cllr X proposed the payment for the work. Proposed Cllr X, Seconded Cllr Y, one against, six for.": the same motion
            # said again in the same paragraph, its words the sentence of the first
            return earlier
        if earlier.closed or motion.outcome is not None or motion.item_number != paragraph.item_number:
            continue
        if motion.proposer != lead.proposer or (lead.seconder and motion.seconder != lead.seconder):
            continue
        if (words and motion.text and _same_words(words, motion.text)) or (not words and index - earlier.paragraph <= 3):
            return earlier
    return None


def _same_words(a: str, b: str) -> bool:
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.8


def _apply_result_after(opened: _Open, text: str) -> None:
    """ "... to the vote and it was agreed": the fate printed after the motion was put."""
    if text.strip():
        _apply_result(opened.motion, text)
        if opened.motion.outcome is not None:
            opened.closed = True


def _put_target(put: re.Match[str], motions: list[_Open], paragraph: Paragraph) -> _Open | None:
    """The motion a "put ... to the vote" names: by its paragraph number, or the latest of its kind in the item."""
    same_item = [m for m in motions if m.motion.item_number == paragraph.item_number and m.motion.item_title == paragraph.item_title]
    what = put.group("what").lower()
    if _SUBSTANTIVE.search(what):
        originals = [m for m in same_item if m.motion.type == "motion"]
        if originals:
            return originals[0]
    if put.group("para"):
        named = [m for m in same_item if m.label and m.label.strip("().") == put.group("para")]
        if named:
            return named[-1]
    if what.startswith("amendment"):
        amendments = [m for m in same_item if m.motion.type == "amendment" and not m.closed]
        if amendments:
            return amendments[-1]
    open_motions = [m for m in same_item if not m.closed]
    return open_motions[-1] if open_motions else None


def _resolution(motions: list[_Open], paragraph: Paragraph, index: int, paragraphs: list[Paragraph]) -> None:
    """A RESOLVED text printed apart from the motion: the resolution of the latest motion of its item that passed."""
    same_item = [m for m in motions if m.motion.item_number == paragraph.item_number and m.motion.item_title == paragraph.item_title]
    candidates = [m for m in same_item if m.motion.outcome in (None, "carried") and m.motion.resolution is None]
    chosen = next((m for m in reversed(candidates) if m.motion.type != "amendment"), candidates[-1] if candidates else None)
    if chosen is None:
        return
    parts = [paragraph.text]
    for later in paragraphs[index + 1 : index + 1 + MAX_RESOLUTION_PARAGRAPHS]:
        if later.item_number != paragraph.item_number or later.item_title != paragraph.item_title:
            break
        if not (later.bullet or (later.label and re.fullmatch(r"\(?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})[.)]?", later.label) and later.label.startswith("("))):
            break
        parts.append((later.label + " " if later.label else "") + later.text)
    chosen.motion.resolution = _clean(" ".join(parts))
    if chosen.motion.outcome is None:
        chosen.motion.outcome = "carried"


def _mark_speakers(document: Document, motions: list[_Open]) -> None:
    """The paragraphs that name a motion's proposer or seconder carry them as speakers (for the speaker facet).

    Only those: the motion's quoted words and the vote lists are nobody's speech (INTERFACE.md's speaker).
    """
    by_position = {p.position: p for p in document.paragraphs}
    for opened in motions:
        motion = opened.motion
        for position, named in opened.named_at:
            paragraph = by_position.get(position)
            if paragraph is None:
                continue
            for name in (motion.proposer, motion.seconder):
                # "Proposed by Councillor Sheahan (J);" names the proposer only: its seconder, named in the next paragraph, is no speaker of it
                if name and name in named and name not in paragraph.speakers:
                    paragraph.speakers.append(name)
