"""Find the structure of a council document: meetings, agenda items, sections and the kind of each paragraph.

The input is the loader's blocks in reading order; the output is paragraphs that each carry the
meeting (council, committee, date), item (number, title), section and kind they belong to. Only
what the document shows is recorded: a value it does not state stays None.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Callable, TypeVar

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from indexer.analysis import VOTE_GROUP, sentence_spans
from indexer.bodies import BODY_WORD, FULL_COUNCIL, HYPHEN_BROKEN, canonical_council, committee_name, whole_meeting_body
from indexer.dates import find_dates, first_date
from indexer.given_names import is_given_name
from indexer.model import Block, Paragraph

T = TypeVar("T")

HEADER_ZONE_BLOCKS = 25  # where a document states its council and meeting
OPENING_BLOCKS = 8  # the title lines of a document
DOC_KIND_BLOCKS = 10  # blocks read to tell an agenda from minutes, a report or a decision
HEADER_WINDOW_CHARS = 250  # how much of a long first block is read as its heading
MEETING_DATE_WINDOW_CHARS = 600  # how far into a first block a "Meeting of ... <date>" line is looked for
MAX_HEADING_CHARS = 160
MISPRINT_RATIO = 80  # rapidfuzz ratio at or above which two spellings of one word of a council's name are one word misprinted
MISPRINT_USUAL_USES = 3  # a word of a council's name printed once is read as a near word the document prints this often
MISPRINT_MIN_CHARS = 5  # shorter words are too alike to tell a misprint from another word
MAX_ITEM_TITLE_CHARS = 250  # a numbered item's title, anchored by its number, may run longer than a plain heading
MAX_ITEM_TITLE_WORDS = 40
REPEATED_LINE_MIN = 3  # a short line seen this often is a running header or footer
ITEM_TITLE_MATCH = 85  # rapidfuzz score for any heading to be an agenda item's title
REPORT_TITLE_MATCH = 70  # looser score for the title heading that opens a report in a pack

_COUNCIL_TYPES = r"(?:County|County Borough|Borough|District|City|Parish|Town|Community|Metropolitan Borough|Metropolitan District|Unitary|Combined)"
_NAME_WORD = r"(?:[A-Z][\w’'\-]*|and|upon|on|under|in|le|of|&)"
COUNCIL_NAME = re.compile(
    rf"\b((?:(?:[A-Z][\w’'\-]*)(?:\s+{_NAME_WORD}){{0,5}}\s+)?{_COUNCIL_TYPES}\s+Council)\b"
    rf"|\b((?:London\s+)?Borough\s+of\s+[A-Z][\w’'\-]*(?:\s+(?:and|upon)\s+[A-Z][\w’'\-]*)?(?:\s+Council)?)\b"
    rf"|\b([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){{0,3}}\s+Council)\b",
)
_GENERIC_COUNCIL_WORDS = {
    "the", "this", "our", "county", "borough", "district", "city", "parish", "town", "full", "each", "every",
    "a", "an", "of", "and", "whole", "that", "which", "metropolitan", "unitary", "combined", "its",
}
_MEETING_WORDS = {"annual", "ordinary", "extraordinary", "virtual", "special", "draft", "regular", "joint", "adjourned", "reconvened", "emergency", "statutory", "inaugural"}
# A council only referred to: "the above Council", "the said Council", "the Clerk of X Town Council".
_REFERRING_WORDS = {"whereas", "therefore", "resolved", "moved", "above", "said", "same", "aforementioned", "aforesaid", "clerk", "mayor", "chair", "chairman", "councillor", "councillors", "cllr", "officer", "officers", "member"}
# Bodies before "and ... Council" make a joint meeting ("Planning Board and City Council"), not a council's name.
_OTHER_BODY_WORDS = {"board", "committee", "commission", "panel", "cabinet", "forum", "group", "authority", "trust", "association", "society"}
_NOT_COUNCIL_FIRST = {
    "the", "this", "that", "our", "each", "every", "a", "an", "and", "of", "to", "by", "for", "from", "with", "full",
    "whole", "its", "which", "at", "in", "on", "as", "all", "local", "other", "neighbouring", "members", "minutes",
    "meeting", "notice", "agenda", "virtual", "ordinary", "annual", "extraordinary", "draft", "report", "held",
    "between", "against", "about", "into", "under", "over", "if", "when", "where", "whether", "chairman", "leader",
} | _MEETING_WORDS | _REFERRING_WORDS

_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
_DASH = r"\s+[-–—]\s+"
# "Performance Scrutiny Committee - Thursday, 16 March 2017 10.00 am", "Cabinet - 30 January 2025"
COMMITTEE_DATE = re.compile(rf"^(?P<committee>[A-Z][\w’'&,()/ \-]{{2,90}}?){_DASH}(?P<when>(?:{_WEEKDAY},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{{4}}.*)$", re.IGNORECASE)
DECISION_MAKER = re.compile(r"^(?:Decision Maker|DECISION TO BE TAKEN BY|Decision taker|Meeting)\s*:\s*(?P<committee>.{3,100})$", re.IGNORECASE)
DECIDED_AT = re.compile(r"^Decided at meeting\s*:\s*(?P<when>[\d/.\-]+)\s*(?:[-–]\s*(?P<committee>.+))?$", re.IGNORECASE)
DATE_OF_DECISION = re.compile(r"^(?:Date of decision|Decision date|Date of meeting|Meeting date|Date)\s*:\s*(?P<when>.+)$", re.IGNORECASE)
NOTICE_OF_MEETING = re.compile(r"^(?:Notice of|Agenda for|Summons to)\s+(?:an?|the)\s+(?:[A-Z]\w+\s+)?Meeting\s+of\s+(?:the\s+)?(?P<body>.{3,100}?)\s*$", re.IGNORECASE)
MINUTES_HEADER = re.compile(
    r"^(?:(?:draft|confirmed|unconfirmed|approved)\s+)?(?:the\s+)?minutes\s+(?:of|for|from)\b(?!.*\b(?:approved?|approval|signed|correct record|agreed|adopted|confirmed|motioned|seconded)\b)",
    re.IGNORECASE,
)
MEETING_OF = re.compile(
    r"\bmeeting\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w’'&,/ \-]{2,150}?)"
    r"(?=,?\s+(?:held|on|at|in|commencing|which|virtual|meeting|was|will|shall|to\s+(?:be|consider|discuss|receive|approve|agree|adopt|note|pass))\b|[.(;]|\s*$)",
    re.IGNORECASE,
)


def meeting_body(text: str) -> str | None:
    """The body a "meeting of ..." names; a comma ends it unless the words after it end in a body ("Council, Planning Committee")."""
    match = MEETING_OF.search(text)
    if not match:
        return None
    parts = [part.strip() for part in match.group("body").split(",")]
    parts = [part for part in parts if part]
    if len(parts) > 1 and (BODY_WORD.search(parts[-1]) or re.search(r"\bSPC\b", parts[-1])):
        return ", ".join(parts)
    return parts[0] if parts else None
MINUTES_OF_BODY = re.compile(
    r"^(?:(?:draft|confirmed|unconfirmed|approved|meeting)\s+)?minutes\s+of\s+(?!(?:the\s+)?(?:last|previous|prior|preceding|earlier)\b)(?:the\s+)?(?P<body>[A-Z][\w’'&,/ \-]{2,90}?)"
    r"(?=\s+(?:held|on|at|in|meeting|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|[,.(]|\s*$)",
    re.IGNORECASE,
)
TO_COMMITTEE = re.compile(rf"^To\s*:\s*(?P<committee>[A-Z][\w’'&,/ \-]{{2,80}}?)(?:{_DASH}(?P<when>.+))?$")

MODERNGOV_NUMBER = re.compile(r"^(?P<number>\d{1,4}/\d{2,4})\.?$")
MODERNGOV_NUMBER_TITLE = re.compile(r"^(?P<number>\d{1,4}/\d{2,4})\.?\s+(?P<title>\S.{1,200})$")
# A title may open with a reference number of any shape ("88. 24/00108 - Revenue ...", "4. P/2019/0123 ...").
NUMBERED_HEADING = re.compile(r"^(?:Item\s+)?(?P<number>\d{1,4}(?:[a-z]|\([a-z]\)|\.?-[A-Z](?![\w-]))?)(?:[.)]|(?<=\d)\s*:(?=\s))?\s+(?P<title>(?:[A-Z(\"‘']|[A-Z]{0,3}/?\d+(?:/\d+)+\b).{1,250})$")
ITEM_ALONE = re.compile(r"^Item\s*(?P<number>\d{1,3}[a-z]?)\s*[:.]?$", re.IGNORECASE)  # "Item 1:", "Item 2", "Item3." over its title
ITEM_REFERENCE = re.compile(r"^\(?(?:Agenda\s+)?Item\.?\s*(?:No\.?\s*)?[\dA-Z]{1,4}(?:\s*[-–]\s*[\w ]+)?\)?\.?$", re.IGNORECASE)
INLINE_ITEM = re.compile(r"^(?P<number>\d{1,3})[.)]\s+(?P<title>(?:[A-Z][\w’'&/\-]*)(?:\s+(?:[A-Za-z][\w’'&/\-]*)){0,6}?)\s*[:–-]\s+(?P<rest>\S.*)$")
# "(17-53) Name, Place, commended ...", "(*06-110) Minutes of ...": a minute numbered with the year and a
# serial in brackets (an asterisk marks consent items), as North American city councils print them.
RECORD_ITEM = re.compile(r"^\((?P<number>\*?\d{2}-\d{2,4})\)\s+(?P<rest>[A-Z“\"].*)$")
# "Kevin Kennedy, City Treasurer, commented": a public speaker's item is titled by who spoke.
_RECORD_SPEAKER = re.compile(r"^(?P<who>[A-Z][\w.’'\- ]{1,40}?,\s*[A-Z][\w.’'&\- ]{1,40}?),\s+[a-z]")
# A table of minutes whose item rows hold only the number and the title ("1.0 | Welcome and apologies"), the text in the rows below.
MAX_TABLE_TITLE_WORDS = 24
TABLE_ITEM_ROW = re.compile(r"^(?P<number>\d{1,3}(?:\.0)?|\d{1,3}[.)])\s*\|\s*(?P<title>[A-Z][^|]{1,200}?)\s*$")
# A numbered title in ordinary case run into a heading in capitals of two words or more ("... (if required) EXEMPT ITEMS (At the time").
HEADING_RUN_ON = re.compile(r"^(?P<number>\d{1,3})[.)]\s+(?P<title>[A-Z][^\n]*?[a-z)])\s+(?P<caps>[A-Z]{4,}(?:\s+[A-Z]{2,})+)(?=\s*(?:\(|$|[A-Z][a-z]))")
# "Item 15/06/2 Public Forum: There were no members ...": a minute numbered by year, month and serial, its title
# closed by a colon over its text (or alone on the line). The word "Item" is required: a bare "15/06/15" is a date.
SERIAL_ITEM = re.compile(r"^(?:Item|Minute)\s+(?P<number>\d{1,2}/\d{1,2}/\d{1,3})\.?\s+(?P<title>[A-Z(][^:]{1,200}?)(?:\s*:\s*(?P<rest>\S.*)?)?$", re.IGNORECASE)
MAX_SERIAL_TITLE_WORDS = 20  # a title closed by a colon before the minute's text
CAPS_ITEM = re.compile(r"^(?P<number>\d{1,3})[.)]\s+(?P<title>[A-Z][A-Z’'&/,\- ]{3,80}?)(?:\s+\((?P<note>[^)]{1,60})\))?\s+(?P<rest>[A-Z][a-z].*)$")
PAGES_NOTE = re.compile(r"\s*\((?:Pages?|pp?\.?)\s*[\d\s\-–]+\)\s*$", re.IGNORECASE)
PDF_ICON = re.compile(r"\s*(?:pdf icon\s*PDF\s*[\d.]+\s*[KM]B|View directions\.?)\s*$", re.IGNORECASE)
TIME_ONLY = re.compile(r"^\d{1,2}[.:]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?$", re.IGNORECASE)
PAGE_NUMBER = re.compile(r"^(?:Page\s+\d+(?:\s+of\s+\d+)?|\d{1,4}|-\s*\d{1,4}\s*-)$", re.IGNORECASE)
NOISE = re.compile(
    r"^(?:this page is intentionally left blank|view directions|additional documents:?|supporting documents:?|"
    r"accompanying documents:?|items|no\.?\s+item|agenda item|background papers:?|view the background to item \d+\.?|"
    r"printed minutes|link to .*|attachments?:?|restricted|unrestricted|unrestricted items|public|"
    r"page\s+\d+(?:\s+of\s+\d+)?)$",
    re.IGNORECASE,
)

# "For (57): Mr Baker, Mr Baldock": a recorded vote's group, a paragraph of names, never a title.
RECORDED_VOTE = re.compile(rf"^{VOTE_GROUP}\s*:\s*\S", re.IGNORECASE)

# "Proposed by: Cllr X", "Seconded: Mrs Y", "Prop. Mr Z": a line of the motion it belongs to, never a heading ("Proposed Budget" is one).
# "2nd: Cllr C Humphries", "Prop: Cllr X", "Propser: ..." (as misspelt): the shorthand of the same lines.
MOTION_LINE = re.compile(r"^(?:proposed|seconded|moved|prop\.|prop|propser|proposer|seconder|2nd|sec\.)(?:\s+by\b|\s*[:\-–]|\s+(?:cllrs?|councillors?|mrs?|ms|miss|dr)\b)", re.IGNORECASE)
# "Payment proposed by Mrs Leaman, seconded by Mr Stocking", "4 Votes for 1 Against - Carried", "For – 5 Against - 2", "All in favour":
# a motion's record printed on a short line of its own; read as a heading it would end up in no paragraph and be lost.
MOTION_RECORD = re.compile(
    r"\b(?:proposed|moved|prop\.?)\b.*\b(?:seconded|2\s?nd)\b|^\d{1,2}\s+votes?\s+(?:for|in\s+favou?r|against)\b|^(?:for|against|abstentions?|abstained)\s*[-–:]?\s*\d{1,2}\b"
    r"|^all\s+(?:were\s+|members\s+|councillors\s+)?in\s+favou?r\b|[-–]\s*(?:carried|agreed|lost|defeated)(?:\s+unanimously)?\s*$"
    r"|[\w)][.,]\s*\(\d{1,3}\)\s*$",  # "Councillors Keller, Prendiville. (2)": the last line of a recorded vote's names, with its count
    re.IGNORECASE,
)

SECTION_MINUTES = re.compile(r"^minutes\s*:?$", re.IGNORECASE)
SECTION_DECISIONS = re.compile(r"^(?:decisions?|decision details|record of decision)\s*:?$", re.IGNORECASE)
RESOLVED = re.compile(r"^(?:\(?\d+\)?\s*)?(?:it was\s+)?(?:resolved|agreed|decision|decided)\b\s*(?:unanimously\s*)?(?:that|to|:|–|-|\(|$)", re.IGNORECASE)
RESOLVED_UPPER = re.compile(r"\bRESOLVED\b")
RECOMMENDED = re.compile(r"\b(?:is|are)\s+RECOMMENDED\b|^(?:It is\s+)?RECOMMENDED\b|^Recommendations?\s*(?:\(s\))?\s*:?$|\bis asked to\b", re.IGNORECASE)
REPORT_BY = re.compile(r"^(?:(?:Joint\s+)?Report (?:by|of|from)\b|From\s*:|Report author\s*:|Author\s*:)", re.IGNORECASE)
METADATA_LINE = re.compile(
    r"^(?:Venue|Contact(?: Officer)?|Tel|Telephone|E-?mail|Report author|Decision status|Is Key decision\?|Key decision|"
    r"Classification|Electoral Divisions?|Division\(s\)|Forward Plan Ref|Cabinet Member|Decision no|Subject|Wards? affected|"
    r"Lead Member|Portfolio|Published|Date of publication|Call[- ]in|Exempt|Is the decision eligible for call-in\?)\b.{0,200}$",
    re.IGNORECASE,
)
ATTENDANCE = re.compile(r"^(?:present|in attendance|also present|apologies|officers|members present|those attending|attendance)\b", re.IGNORECASE)

DOC_KIND_HINTS = (
    (re.compile(r"^(?:decision details|record of decision|proposed record of decision|.*\bRECORD OF DECISION\b|decision notice)", re.IGNORECASE), "decision"),
    (re.compile(r"^(?:agenda and minutes|agenda item|agenda|notice of (?:a|the) meeting|summons|agenda frontsheet)\b", re.IGNORECASE), "agenda"),
    (re.compile(r"^(?:minutes|draft minutes|printed minutes)\b", re.IGNORECASE), "minutes"),
    # A record that opens with the meeting itself: "The Council met at 9:43 a.m.", "The Chair called the meeting to order".
    (re.compile(r"^The\s+(?:[\w-]+\s+){1,4}(?:met|convened)\s+(?:at|on|in)\b|^The\s+(?:[\w-]+\s+){1,4}called\s+the\s+meeting\s+to\s+order\b"), "minutes"),
    # (A field label ends at its colon: "Subject: ..." has no word boundary after the colon.)
    (re.compile(r"^(?:(?:report|joint report|equality (?:impact|analysis)|eqia|appendix|annex)\b|(?:subject|summary)\s*:)", re.IGNORECASE), "report"),
)
MINUTES_AFTER_BODY = re.compile(r"^(?P<body>(?:[A-Z][\w’'&\-]*\s+){1,6}?)(?i:(?:draft|printed|confirmed|unconfirmed)\s+)?(?i:minutes)\b(?!\s+(?i:of\s+the\s+(?:last|previous)))")
ATTENDANCE_LINE = re.compile(r"^\W*(?:present|attendance|those\s+present|those\s+attending|members\s+present|councillors\s+present)\b\s*(?:\([^)]{0,40}\))?\s*[:\-–]", re.IGNORECASE)
# What the file is called: a clue to the kind of document, used for nothing else. Only the plain
# English names of the kinds count, not one council's own labels for its files.
FILENAME_KINDS = (
    (re.compile(r"\bminutes\b", re.IGNORECASE), "minutes"),
    (re.compile(r"\b(?:agenda|summons)\b", re.IGNORECASE), "agenda"),
    (re.compile(r"\b(?:record of decision|decision notice|decisions?)\b", re.IGNORECASE), "decision"),
    (re.compile(r"\b(?:report|appendix|annex|assessment|strategy|amendment|motion)\b", re.IGNORECASE), "report"),
)


@dataclass(frozen=True)
class Meeting:
    """The meeting a run of paragraphs records."""

    council: str | None = None
    committee: str | None = None
    date: date | None = None


@dataclass
class StructureHints:
    """What the file or a sidecar already says, before the text is read."""

    title: str | None = None
    council: str | None = None
    committee: str | None = None
    date: date | None = None
    published: date | None = None  # e.g. a front-matter date: a clue to the year, never the meeting date
    kind: str | None = None
    filename: str | None = None  # the file's own name, a clue to its kind only


@dataclass
class Structured:
    """Paragraphs with their context, and the document-level values found."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    council: str | None = None
    committee: str | None = None
    date: date | None = None
    title: str | None = None


def tidy_name(name: str) -> str:
    """A body's name as a facet value: spaces collapsed, SHOUTING put in title case."""
    # A form read as a table row ("Cabinet | DECISION NO: 24/00096"): the name is the first cell.
    name = name.split(" | ")[0]
    name = HYPHEN_BROKEN.sub("-", re.sub(r"\s+", " ", name)).strip(" ,.;:-–—|")
    if name.isupper() and len(name) > 3:
        small = {"and", "of", "the", "on", "upon", "in", "for", "to"}
        words = name.lower().split()
        name = " ".join(w if (i and w in small) else "-".join(part[:1].upper() + part[1:] for part in w.split("-")) for i, w in enumerate(words))
    return name


# Words naming a kind of council, as an OCR'd letterhead may misread one letter of them ("Caunty", "Courty").
_TYPE_WORDS = ("County", "Borough", "District", "Parish", "Community", "Village")
MIN_MISREAD_TYPE_CHARS = 5  # shorter words ("City", "Town") are too near other words to be read as misreadings


def _misread_type(word: str) -> str:
    """A council's type word misread by one letter, restored ("Limerick City and Caunty Council"); any other word unchanged.

    One letter replaced, the first kept and the length the same: the misreadings a scanned page gives.
    """
    if len(word) < MIN_MISREAD_TYPE_CHARS or word in _TYPE_WORDS:
        return word
    for kind in _TYPE_WORDS:
        if len(kind) == len(word) and kind[0] == word[0] and sum(a != b for a, b in zip(kind, word)) == 1:
            return kind
    return word


def find_councils(text: str) -> list[str]:
    """Council names stated in text ("Kent County Council", "West Dereham Parish Council")."""
    names = []
    # Capitalise SHOUTED words so "KENT COUNTY COUNCIL" reads like "Kent County Council".
    text = re.sub(r"\b[A-Z][A-Z’'\-]+\b", lambda m: m.group()[0] + m.group()[1:].lower(), text)
    text = re.sub(r"\b[A-Z][a-z]{3,}(?=\s+Council\b)", lambda m: _misread_type(m.group()), text)
    for match in COUNCIL_NAME.finditer(text):
        name = tidy_name(next(g for g in match.groups() if g))
        words = name.split()
        while words and words[0].lower() in _NOT_COUNCIL_FIRST:
            words = words[1:]
        if len(words) < 2 or all(w.lower() in _GENERIC_COUNCIL_WORDS | {"council"} for w in words):
            continue
        if any(w.lower() in _NOT_COUNCIL_FIRST - {"and", "of"} - _MEETING_WORDS for w in words[1:-1]):
            continue  # "Between The Council", "Members Of The Council": words around a council, not a name
        if words[-1] != "Council" and not name.lower().startswith(("borough of", "london borough")):
            continue
        if not re.search(_COUNCIL_TYPES + r"\s+Council$", name) and re.fullmatch(r"[A-Z][a-z]+(?:ed|ing)", words[0]) and len(words) == 2:
            continue  # "URGED COUNCIL to ...", "Following Council": a verb before "Council", not a place
        if any(w.lower() in _OTHER_BODY_WORDS for w in words[:-1]):
            # "Planning Committee of Stoke Ferry Parish Council": the council is what follows the last "of".
            last_body = max(i for i, w in enumerate(words[:-1]) if w.lower() in _OTHER_BODY_WORDS)
            after_of = [i for i, w in enumerate(words[:-1]) if i > last_body and w.lower() == "of"]
            if not after_of:
                continue  # "Planning Board and City Council", "Social Services Board Council": not one council's name
            words = words[after_of[-1] + 1 :]
            while words and words[0].lower() in _NOT_COUNCIL_FIRST:
                words = words[1:]
            if len(words) < 2:
                continue
        canonical = canonical_council(" ".join(w for w in words if w.lower() not in _MEETING_WORDS))
        if canonical:
            names.append(canonical)
    return names


def _council_in(text: str) -> str | None:
    names = find_councils(text.replace("’s", "").replace("'s", ""))
    return names[0] if names else None


_SENTENCE_WORDS = re.compile(r"\b(?:was|were|had|has|agreed|signed|informed|reported|that|which|would)\b|\.\s(?=[A-Z])", re.IGNORECASE)


def _reads_as_heading(before_date: str) -> bool:
    """The words before a date read as a heading ("Parish Council Meeting,"), not a sentence."""
    return len(before_date) < 140 and not _SENTENCE_WORDS.search(before_date)


def _typed_council_in(text: str) -> str | None:
    """A council name with its type ("Wereham Parish Council"), or a "Wretton PC" heading."""
    text = re.sub(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+PC\b", r"\1 Parish Council", text)
    for name in find_councils(text.replace("’s", "").replace("'s", "")):
        if re.search(_COUNCIL_TYPES + r"\s+Council$", name):
            return name
    return None


# "City of Alameda Planning Board", "CITY OF WINNIPEG COUNCIL": a North American municipality named before its body.
CITY_OF = re.compile(r"^(?P<kind>City|Town|Village)\s+of\s+(?P<place>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})\s+(?P<body>[A-Z].*)$", re.IGNORECASE)


def _city_of(raw: str) -> tuple[str, str | None] | None:
    """("City of Alameda", "Planning Board") from "City of Alameda Planning Board": the shortest place leaving a body's name."""
    match = CITY_OF.match(raw)
    if not match:
        return None
    words = f"{match.group('place')} {match.group('body')}".split()
    for cut in range(1, min(3, len(words) - 1) + 1):
        place, body = " ".join(words[:cut]), " ".join(words[cut:])
        if committee_name(body) or re.fullmatch(r"(?i)council", body):
            council = f"{match.group('kind').capitalize()} of {' '.join(w.capitalize() if w.isupper() else w for w in place.split())}"
            return council, (None if re.fullmatch(r"(?i)council", body) else committee_name(body))
    return None


def _body_name(raw: str) -> tuple[str | None, str | None]:
    """Split "the West Dereham Parish Council" into (council, committee)."""
    raw = tidy_name(re.sub(r"^(?:the|a|an)\s+", "", raw.strip(), flags=re.IGNORECASE))
    raw = re.sub(r"\s+(?:held|on|at|in)\b.*$", "", raw)
    raw = re.sub(r"(?i),?\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b.*$", "", raw)  # "... Parish Council Wednesday 4 July 2018"
    city = _city_of(raw)
    if city:
        return city
    council = _council_in(raw)
    if council is None and canonical_council(raw):
        return canonical_council(raw), None  # "Wereham parish Council": a council's name with its type in lower case
    if council:
        if council in raw:
            rest = raw.replace(council, "")
        else:  # printed otherwise than its canonical form ("City & County Council’s ..."): what follows "Council"
            after = re.search(r"\bCouncil(?:[’']s)?\b", raw, re.IGNORECASE)
            rest = raw[after.end() :] if after else ""
        rest = re.sub(r"\s+of(?:\s+the)?$", "", rest.strip(" -–,"), flags=re.IGNORECASE)  # "Planning Committee of"
        return council, (tidy_name(rest) if rest and len(rest) > 3 else None)
    return None, raw or None


# "3.2 Basic Need ...", "12. We will ...", "(b) approve ...": a printed paragraph number.
LEADING_LABEL = re.compile(r"^(?:(\d{1,3}(?:\.\d{1,3}){1,3})\.?\s+(?=[A-Z(“\"‘'£])|(\d{1,3})[.)]\s+(?=[A-Z(“\"‘'£])|(\([a-z]{1,2}\)|\([ivx]{1,5}\)|\(\d{1,2}\))\s+(?=\S))")
ITEM_REFERENCE_SUFFIX = re.compile(r"\s*\((?:Agenda\s+)?Item\.?\s*(?:No\.?\s*)?[\dA-Z]{1,4}\)\s*$", re.IGNORECASE)


def _clean_title(title: str) -> str:
    title = PDF_ICON.sub("", title)
    title = PAGES_NOTE.sub("", title)
    title = ITEM_REFERENCE_SUFFIX.sub("", title)
    return tidy_name(title.strip())


def _is_heading_like(text: str, max_words: int = 12) -> bool:
    """A short line with no sentence ending: a title, not a paragraph."""
    if len(text) > 8 * max_words or text.endswith((".", ";", ",", ":")) and not text.endswith("etc."):
        return False
    if REPORT_BY.match(text) or RECORDED_VOTE.match(text) or MOTION_LINE.match(text) or MOTION_RECORD.search(text):
        return False
    words = text.split()
    if not words or len(words) > max_words:
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    lowers = [w for w in words if w[:1].islower() and w not in {"and", "of", "the", "for", "to", "in", "on", "a", "an", "with", "by", "at", "from", "or", "&"}]
    return len(lowers) <= max(1, len(words) // 3)


def _repeated_lines(blocks: list[Block]) -> set[str]:
    """Short lines printed again and again: running headers and footers of a converted pack."""
    counts = Counter(_norm(b.text) for b in blocks if len(b.text) <= 80)
    samples = {_norm(b.text): b.text for b in blocks if len(b.text) <= 80}
    # A heading set over lines ("REPORT OF THE" / "EXECUTIVE POLICY COMMITTEE") recurs, but a running header does not hang.
    hanging = {_norm(b.text) for b in blocks if _HANGING.search(b.text)}
    hanging |= {_norm(after.text) for b, after in zip(blocks, blocks[1:]) if _HANGING.search(b.text)}
    return {
        key for key, n in counts.items()
        if n >= REPEATED_LINE_MIN and key not in hanging
        and (first_date(samples[key]) or re.search(r"\bpage\b", samples[key], re.IGNORECASE) or samples[key].isupper())
    }


_HANGING = re.compile(r"\b(?:of|the|and|to|for|on|in|at)\s*$", re.IGNORECASE)


def _norm(text: str) -> str:
    return re.sub(r"[\s\-–—]+", "", text).lower()


def _doc_kind(blocks: list[Block], hints: StructureHints) -> str:
    if hints.kind:
        return hints.kind
    candidates = [hints.title or ""] + [b.text for b in blocks[:DOC_KIND_BLOCKS]]
    for text in candidates:
        for pattern, kind in DOC_KIND_HINTS:
            if text and pattern.search(text):
                return kind
    for text in candidates:
        # "STOKE FERRY PARISH COUNCIL Draft Minutes ...": minutes headed by the body's name.
        match = MINUTES_AFTER_BODY.match(text)
        if match and BODY_WORD.search(match.group("body")):
            return "minutes"
    if any(ATTENDANCE_LINE.match(b.text) for b in blocks[:DOC_KIND_BLOCKS]):
        return "minutes"  # who was present is recorded after a meeting, never in its agenda
    for pattern, kind in FILENAME_KINDS:
        if hints.filename and pattern.search(hints.filename.replace("_", " ").replace("-", " ")):
            return kind
    return "other"


# -- reading state ------------------------------------------------------------------------
# The walker carries these small frozen states from block to block; each recogniser reads the
# parts it needs and says what it found, and only the walker applies a finding to the state.


@dataclass(frozen=True)
class MeetingUpdate:
    """A meeting stated by a line: its values fill gaps in the meeting in force, or start a new one."""

    council: str | None = None
    committee: str | None = None
    when: date | None = None
    new: bool = False  # minutes of another meeting begin: its own date, its own items
    corrects_date: bool = False  # the line states the meeting's date better than an earlier line did (a letter's date)


@dataclass(frozen=True)
class Meetings:
    """Every meeting seen so far, which one is in force and which is the document's own."""

    all: tuple[Meeting, ...]
    current: int = 0
    own: int | None = None  # the first meeting given a committee or a date
    first_council: str | None = None

    @property
    def now(self) -> Meeting:
        """The meeting in force."""
        return self.all[self.current]

    @property
    def in_own(self) -> bool:
        """The meeting in force is the document's own."""
        return self.own is not None and self.current == self.own


@dataclass(frozen=True)
class Place:
    """The agenda item and section the next paragraph belongs to."""

    item_number: str | None = None
    item_title: str | None = None
    section: str | None = None
    title_open: bool = False  # the item title so far has an unclosed "(": its next line may end it
    inline_text: bool = False  # an item printed inline has begun: the next line is its text, whatever its shape
    title_below: bool = False  # the next line is the rest of the item's title, already read into it


@dataclass(frozen=True)
class Expectation:
    """What the previous lines say the next heading will be."""

    number: str | None = None  # a ModernGov minute number printed alone: its title comes next
    item_title: bool = False  # a ModernGov "Agenda item" page: its title comes next
    report_title: bool = False  # a pack's report starts: its first heading is its title


@dataclass(frozen=True)
class Agenda:
    """The items an agenda listing printed, and the last one a report in the pack matched."""

    items: tuple[tuple[str, str], ...] = ()  # printed number, title; in the listing's order
    last_report_item: str | None = None

    def as_dict(self) -> dict[str, str]:
        """Number -> title, for fuzzy matching of report headings."""
        return dict(self.items)

    def listing(self, number: str, title: str) -> Agenda:
        """The agenda with one more item (a number printed twice keeps its first place, newest title)."""
        items = dict(self.items)
        items[number] = title
        return dataclasses.replace(self, items=tuple(items.items()))

    def after_last_report(self) -> dict[str, str]:
        """Agenda items not before the last report matched: reports follow the agenda's order."""
        numbers = [number for number, _ in self.items]
        if self.last_report_item in numbers:
            numbers = numbers[numbers.index(self.last_report_item) + 1 :]
        items = self.as_dict()
        return {n: items[n] for n in numbers} or items


@dataclass(frozen=True)
class Progress:
    """How far the walk is into the file, and into the document a pack holds."""

    paragraphs: int = 0
    part_start: bool = True  # at the start of the file or of a document inside a pack
    since_part_start: int = 0


@dataclass(frozen=True)
class Reading:
    """Everything in force between one block and the next."""

    meetings: Meetings
    kind: str = "other"
    decision_list: bool = False  # numbered/bulleted lines after RESOLVED are decisions too
    place: Place = Place()
    expect: Expectation = Expectation()
    agenda: Agenda = Agenda()
    progress: Progress = Progress()
    capital_items: bool = False  # the document has headed an unnumbered item in capitals ("ROLL CALL"): its later capital headings are items too
    column_numbers: tuple[str, ...] = ()  # item numbers printed in a column of their own, for the unnumbered headings below


@dataclass(frozen=True)
class Facts:
    """What is known of the whole document before the walk: fixed while it runs."""

    blocks: list[Block]
    hints: StructureHints
    known_year: int | None
    doc_kind: str
    repeated: frozenset[str]
    numbered: bool = True  # the document numbers its items (or its paragraphs) anywhere

    @classmethod
    def of(cls, blocks: list[Block], hints: StructureHints) -> Facts:
        """Facts of a document from its blocks and hints."""
        known_year = hints.date.year if hints.date else (hints.published.year if hints.published else _letter_year(blocks))
        numbered = any(block.label and block.label[:1].isdigit() or NUMBERED_HEADING.match(block.text) or MODERNGOV_NUMBER_TITLE.match(block.text) for block in blocks)
        return cls(blocks, hints, known_year, _doc_kind(blocks, hints), frozenset(_repeated_lines(blocks)), bool(numbered))


def named_bodies(update: MeetingUpdate) -> MeetingUpdate:
    """The update with a committee only where it reads as a body, and the council in its canonical form.

    A "committee" that is a council's name ("Wereham PC") names the council instead.
    """
    council = canonical_council(update.council) if update.council else None
    committee = committee_name(update.committee) if update.committee else None
    named_council = canonical_council(update.committee) if update.committee else None
    if named_council:
        council, committee = council or named_council, None
    if (council, committee) == (update.council, update.committee):
        return update
    return dataclasses.replace(update, council=council, committee=committee)


def with_meeting(meetings: Meetings, update: MeetingUpdate, hinted_council: str | None = None) -> Meetings:
    """The meetings after a line stated one: gaps filled in the meeting in force, or a new meeting begun."""
    update = named_bodies(update)
    now = meetings.now
    if update.new:
        meeting = Meeting(update.council or now.council, update.committee or now.committee, update.when)
    else:
        when = update.when if update.corrects_date and update.when else _fill(now.date, update.when)
        committee = _fill(now.committee, update.committee)
        if update.corrects_date and update.committee and now.committee == FULL_COUNCIL:
            # "County Council" (a letterhead's second line) over the letter's date read as a front sheet; the letter
            # then calls "a Meeting of Limerick Joint Policing Committee": the body the letter convenes is the meeting's.
            committee = update.committee
        meeting = Meeting(_fill(now.council, update.council), committee, when)
    if hinted_council:
        meeting = dataclasses.replace(meeting, council=hinted_council)
    if update.new:
        all_meetings, current = (*meetings.all, meeting), len(meetings.all)
    else:
        current = meetings.current
        all_meetings = (*meetings.all[:current], meeting, *meetings.all[current + 1 :])
    first_council = meetings.first_council
    if first_council is None and meeting.council:
        first_council = meeting.council
    own = meetings.own
    if own is None and (meeting.committee or meeting.date):
        own = current
    return Meetings(all_meetings, current, own, first_council)


def _fill(old: T | None, new: T | None) -> T | None:
    """A value a line states fills a gap; it never overwrites what an earlier line stated."""
    return new if new and not old else old


# -- recognisers: each reads one line (and the state it needs) and says what it found ----------


class Skip(StrEnum):
    """Why a line carries no text to index."""

    NOISE = "noise"
    BLANK_PAGE = "blank page"  # the end of one document in a pack: the next begins
    AGENDA_ITEM_PAGE = "agenda item page"  # a ModernGov "Agenda item" page: its title comes next


def skipped_line(text: str, block: Block) -> Skip | None:
    """Why a line is noise, or None when it has text to read."""
    if not text or NOISE.match(text) or TIME_ONLY.match(text) or (PAGE_NUMBER.match(text) and not block.label):
        lowered = text.lower()
        if lowered.startswith("this page is intentionally left blank"):
            return Skip.BLANK_PAGE
        if lowered == "agenda item":
            return Skip.AGENDA_ITEM_PAGE
        return Skip.NOISE
    return None


def is_running_header(text: str, repeated: frozenset[str]) -> bool:
    """A short line printed on page after page of a pack."""
    return _norm(text) in repeated and len(text) <= 80


def own_meeting_resumes(header: str, meetings: Meetings, known_year: int | None) -> bool:
    """A page header dated with the pack's own meeting: after an earlier meeting's minutes, its reports start."""
    if meetings.own is None:
        return False
    own = meetings.all[meetings.own]
    return bool(own.date) and first_date(header, known_year) == own.date


def could_be_report_title(block: Block, text: str) -> bool:
    """A line that can be the title of a report that a pack's page header announced."""
    return not block.bullet and len(text) < 200 and not text.endswith(".") and not METADATA_LINE.match(text) and not REPORT_BY.match(text)


@dataclass(frozen=True)
class ReportStart:
    """A report in a pack begins: the agenda item it is for, when the agenda listed it."""

    item_number: str | None
    item_title: str
    matched_agenda: bool


def report_part(text: str, awaited: bool, agenda: Agenda, place: Place, kind: str) -> tuple[bool, ReportStart | None]:
    """A heading that names an agenda item starts the report for it; returns (heading read, report begun)."""
    if len(text) > (MAX_ITEM_TITLE_CHARS if awaited else MAX_HEADING_CHARS):
        return False, None
    title = _clean_title(text)
    best = None
    if agenda.items:
        best = process.extractOne(title, agenda.as_dict(), scorer=fuzz.token_sort_ratio, score_cutoff=ITEM_TITLE_MATCH, processor=default_process)
        if best is None and awaited:
            # The first heading of a report in a pack is its title, often worded unlike the agenda's.
            best = process.extractOne(title, agenda.after_last_report(), scorer=fuzz.token_set_ratio, score_cutoff=REPORT_TITLE_MATCH, processor=default_process)
    if best is None:
        return True, (ReportStart(None, title, matched_agenda=False) if awaited else None)
    agenda_title, _score, number = best
    if number != place.item_number or kind != "report":
        return True, ReportStart(number, agenda_title, matched_agenda=True)
    return True, None


def continued_title(block: Block, text: str, place: Place) -> str | None:
    """The item title with its second printed line, when this line closes its open "(" ."""
    if block.heading and len(text) <= MAX_HEADING_CHARS and ")" in text and place.item_title:
        return _clean_title(f"{place.item_title} {text}")
    return None


# "Limerick City" over "& County Council": a letterhead's name set on two lines, a scanned page's other column run into either.
# Only the combined kind ("City and County Council"): "Mansfield District" over "and County Council elections" is two bodies.
_LETTERHEAD_HEAD = re.compile(r"(?:^|[^\w’'])(?P<place>[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+){0,2}?)\s+(?P<kind>City)\b")
_LETTERHEAD_TAIL = re.compile(r"^\W*(?:&|and)\s+(?P<kind>County)\s+Council\b")


def letterhead_council(text: str, below: str) -> str | None:
    """The council a two-line letterhead names: its place and first type on this line, "& <type> Council" opening the next."""
    tail = _LETTERHEAD_TAIL.match(below)
    head = _LETTERHEAD_HEAD.search(text[:TITLE_LINE_CHARS]) if tail else None
    if tail is None or head is None:
        return None
    return _typed_council_in(f"{head.group('place')} {head.group('kind')} and {tail.group('kind')} Council")


def opening_council(text: str, index: int) -> str | None:
    """A council named as the heading of the document, in its opening lines."""
    council = _typed_council_in(_OFFICE_AT_COUNCIL.sub(" ", text[:HEADER_WINDOW_CHARS])) if index < OPENING_BLOCKS else None
    opens_with = text.lower().lstrip("#* ").startswith(council.lower()[:12]) if council else False
    if council and (len(text) >= 80 or not _is_heading_like(text)) and not opens_with and not MINUTES_HEADER.match(text):
        return None  # named in passing in an opening paragraph, not as the document's heading
    return council


# "Draft Minutes of the August meeting of Stoke" over "Fferry Parish Council": the place's first word(s) end the line above.
_PLACE_FRAGMENT_END = re.compile(r"\bof\s+(?:the\s+)?(?P<place>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})\W*$")


def place_broken_above(above: str, text: str, council: str) -> str:
    """The council a heading names, with the start of its place name when the line above ends with it ("... of Stoke")."""
    match = _PLACE_FRAGMENT_END.search(above) if len(above) <= MAX_HEADING_CHARS else None
    if match is None or BODY_WORD.search(match.group("place")) or not re.match(rf"^\W*{re.escape(council.split()[0])}\b", text, re.IGNORECASE):
        return council
    return canonical_council(f"{match.group('place')} {council}") or council


def usual_spelling(council: str, names: list[str], words: Counter[str]) -> str:
    """A council's name in the spelling the document uses most: "Stoke Fferry Parish Council" (a misprint printed once)
    becomes "Stoke Ferry Parish Council" when the document also names it so and writes "Ferry" more often."""
    own = council.split()
    for name in names:
        other = name.split()
        if len(other) != len(own) or name == council:
            continue
        pairs = [(a, b) for a, b in zip(own, other) if a != b]
        if pairs and all(_misprint_of(a, b) and words[b.lower()] > words[a.lower()] for a, b in pairs):
            return name
    # "Limenck City and County Council" (OCR) in a document that writes "Limerick" throughout: a word of the name printed
    # once, where the document uses a near spelling of it many times, is that word misread.
    return " ".join(_usual_word(word, words) for word in own)


def _misprint_of(word: str, other: str) -> bool:
    """Whether a word of a council's name may be another misprinted: near in spelling, with the same first letter.

    Neighbouring places differ by a first letter (Wereham and Dereham, Hinton and Linton): two such names
    are two councils. Misprints and misreadings fall inside a word ("Fferry", "Limenck").
    """
    return word[:1].lower() == other[:1].lower() and fuzz.ratio(word.lower(), other.lower()) >= MISPRINT_RATIO


_COUNCIL_KIND_WORDS = _GENERIC_COUNCIL_WORDS | {"council", "community", "village", "town", "royal"}


def _usual_word(word: str, words: Counter[str]) -> str:
    """The document's usual spelling of a word it prints only once, or the word."""
    lowered = word.lower()
    if len(word) < MISPRINT_MIN_CHARS or not word[:1].isupper() or words[lowered] > 1 or lowered in _COUNCIL_KIND_WORDS:
        return word  # only the place: "County" is never "Community", "Council" never "Councillor"
    near = [(n, w) for w, n in words.items() if n >= MISPRINT_USUAL_USES and w != lowered and _misprint_of(lowered, w)]
    return max(near)[1].capitalize() if near else word


def _letter_year(blocks: list[Block]) -> int | None:
    """The year of the first full date in a document's opening lines (a letter's date): the year of the meeting it calls.

    "28 November 2018" over "... on Monday 3 December": a date printed without its year is read by its weekday in this
    year or the one before, as with a year the file states.
    """
    for block in blocks[:HEADER_ZONE_BLOCKS]:
        found = find_dates(block.text[:HEADER_WINDOW_CHARS])
        if found:
            return found[0][0].year
    return None


@dataclass(frozen=True)
class MeetingHeader:
    """A line stating a meeting: what it says, and whether it is only that."""

    update: MeetingUpdate | None
    consumed: bool  # the line says nothing more worth indexing
    kind: str | None = None  # the kind of the paragraphs that follow, when the line sets it
    clears_section: bool = False


def meeting_header(full_text: str, index: int, reading: Reading, facts: Facts) -> MeetingHeader | None:
    """A line that states a meeting ("Minutes of the Cabinet held on ...", "Decision Maker: Cabinet")."""
    header = _stated_meeting(full_text, index, reading, facts)
    if header is None or header.update is None:
        return header
    if reading.meetings.now.committee is not None and not header.update.new:
        return header  # a committee's meeting already stated (its front sheet): a council named below does not undo it
    window = full_text[:HEADER_WINDOW_CHARS]
    above = facts.blocks[index - 1].text if index > 0 and len(facts.blocks[index - 1].text) < 120 else ""
    # "STOKE FERRY PARISH COUNCIL" over "Minutes of the meeting held on ...": the council's own meeting.
    names_council = COUNCIL_WORD.search(window) or (index < OPENING_BLOCKS and _council_in(above))
    below = facts.blocks[index + 1].text[:120] if index + 1 < len(facts.blocks) else ""
    # "MEETING OF LIMERICK CITY AND COUNTY" / "COUNCIL HELD IN ...": a name the line break cut.
    cut = re.search(r"\bmeeting\s+of\s+(?:the\s+)?(.{3,80}?\bcouncil)\b", f"{window} {below}", re.IGNORECASE) if re.match(r"^\W*council\b", below, re.IGNORECASE) else None
    broken = _council_in(cut.group(1)) if cut else None
    council = header.update.council or broken or (reading.meetings.now.council if names_council else None)
    committee = header.update.committee
    if committee and council and _norm(committee) in _norm(council):
        committee = None  # the part of the council's name before the line break
    body = whole_meeting_body(window, council, committee)
    if body is None or body == header.update.committee:
        return header
    return dataclasses.replace(header, update=dataclasses.replace(header.update, committee=body))


# "Council", or a council abbreviated after its place ("Wretton PC Minutes ...").
_ABBREVIATED_COUNCIL = r"\b[A-Z][a-z]+\s+[PT]C\b"  # "Ashby PC", "Ely TC"
COUNCIL_WORD = re.compile(rf"\bcouncil\b|{_ABBREVIATED_COUNCIL}", re.IGNORECASE)
# Words naming a body other than the council itself: a title with one is not the full council's.
_COMMITTEE_WORD = re.compile(r"\b(?:(?:sub-?)?committee|cabinet|panel|board|forum|scrutiny|working\s+(?:group|party)|executive|sub-?group)\b", re.IGNORECASE)


# What a title may hold besides a council's name and still be only the council's: when, not what ("June", "2015", "- 3").
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_TITLE_WHEN_ONLY = re.compile(rf"^(?:[\W\d_]|\b(?:{_MONTH_NAME}|{_WEEKDAY}|draft)\b)*$", re.IGNORECASE)


def _title_meeting_body(title: str, council: str | None, doc_kind: str = "other") -> str | None:
    """A document title that names the council's own meeting ("Stoke Ferry Parish Council July meeting").

    Minutes filed under the council's name alone ("West Dereham Parish Council", "Northwold Parish Council June")
    are the council's own: a committee's minutes are filed under the committee's name.
    """
    if _COMMITTEE_WORD.search(title):
        return None
    named = _typed_council_in(title)
    if not re.search(r"\b(?:meeting|minutes)\b", title, re.IGNORECASE):
        if doc_kind != "minutes" or named is None or named != council:
            return None
        rest = re.sub(r"\s+".join(map(re.escape, named.split())), " ", title, count=1, flags=re.IGNORECASE)
        return FULL_COUNCIL if rest != title and _TITLE_WHEN_ONLY.match(rest) else None
    return whole_meeting_body(title, council if named else None, None)


def _stated_meeting(full_text: str, index: int, reading: Reading, facts: Facts) -> MeetingHeader | None:
    """What a meeting line says, before a council's meeting as a whole is named."""
    # A converted page may run the heading into the attendance list: read its opening only.
    text = full_text[:HEADER_WINDOW_CHARS]
    meeting = reading.meetings.now
    seen = reading.progress.paragraphs
    known_year = facts.known_year
    if re.match(r"^held\s+(?:on|at)\b", text, re.IGNORECASE) and seen < 3:
        when = first_date(text, known_year)
        if when:
            kind = "minutes" if facts.doc_kind in ("other", "minutes") else None
            return MeetingHeader(MeetingUpdate(when=when), consumed=len(full_text) < 200, kind=kind)
    if index < OPENING_BLOCKS and _HANGING.search(text) and index + 1 < len(facts.blocks) and len(facts.blocks[index + 1].text) < HEADER_WINDOW_CHARS:
        # "MEETING MINUTES OF" over "CITY OF X PLANNING BOARD MONDAY, DECEMBER 14, 2009": one heading on two lines.
        text = f"{text} {facts.blocks[index + 1].text}"
    if index < OPENING_BLOCKS and MINUTES_HEADER.match(text):
        text = _heading_read_on(facts, index, text, known_year)
    if (
        MINUTES_HEADER.match(text)
        # "Minutes of the last Meeting: Cllr X proposed acceptance": an item about an earlier meeting, no heading of one.
        or re.match(r"^(?:minutes|record)\s+of\s+(?!(?:the\s+)?(?:last|previous|prior|preceding|earlier)\b)(?:the\s+)?(?!.*\b(?:approved?|approval|signed|correct record|agreed|adopted|confirmed|motioned|seconded|proposed)\b).{0,80}?(?:meeting|council)\b", text, re.IGNORECASE)
        or (index < OPENING_BLOCKS and len(full_text) < 200 and BODY_MINUTES.match(text))
    ) and not EARLIER_MINUTES.match(text):
        if index < OPENING_BLOCKS and not first_date(text, known_year) and _fuller_heading_below(facts, index, text):
            return None  # "Minutes from Wereham PC" over "Minutes of the meeting of the West Dereham Parish Council": a label
        minutes_of = _minutes_of_committee(text)
        minutes_body = MINUTES_OF_BODY.match(text)
        if minutes_of is None and minutes_body and not _council_in(minutes_body.group("body")):
            minutes_body = None  # "Minutes of the meeting held on ...": no body named after "minutes of"
        body = meeting_body(text) or (minutes_body.group("body") if minutes_body else None)
        council, committee = _body_name(body) if body else (None, None)
        if council is None:
            council = _council_in(text)
        if committee is None and not council:
            committee = _committee_above(facts, index)
        when = first_date(text, known_year) or _date_below(facts, index)
        if reading.kind == "minutes" and reading.place.item_number and meeting.date and when and when < meeting.date and not council and not (committee and committee_name(committee)):
            return None  # "4. MINUTES:" / "Minutes from the meeting of September 28, 2009.": the item's subject, an earlier meeting
        if when or committee or council:
            if committee is None and council is None:
                committee = meeting.committee
            new = meeting.date is not None and when != meeting.date or seen > 0
            return MeetingHeader(MeetingUpdate(council, committee, when, new), consumed=len(full_text) < 300, kind="minutes", clears_section=True)
    match = NOTICE_OF_MEETING.match(text)
    if match:
        council, committee = _body_name(match.group("body"))
        when = first_date(text, known_year) or _date_below(facts, index)
        return MeetingHeader(MeetingUpdate(council, committee, when), consumed=True, kind="agenda")
    match = DECISION_MAKER.match(text)
    if match:
        return MeetingHeader(MeetingUpdate(committee=tidy_name(match.group("committee"))), consumed=False)
    match = DECIDED_AT.match(text)
    if match:
        committee = tidy_name(match.group("committee")) if match.group("committee") else None
        return MeetingHeader(MeetingUpdate(committee=committee, when=first_date(match.group("when"))), consumed=False)
    match = DATE_OF_DECISION.match(text)
    if match and not meeting.date and first_date(match.group("when"), known_year):
        return MeetingHeader(MeetingUpdate(when=first_date(match.group("when"), known_year)), consumed=False)
    match = TO_COMMITTEE.match(text)
    if match and seen < 3:
        when = first_date(match.group("when") or "", known_year)
        # "To: All Members of the X", "To: The Chairperson and Each Member of the X": the addressees, then the body.
        committee = re.sub(r"^(?:[\w ]{0,40}?\band\s+)?(?:all\s+|each\s+|every\s+)?members?\s+of\s+(?:the\s+)?", "", match.group("committee"), flags=re.IGNORECASE)
        return MeetingHeader(MeetingUpdate(committee=tidy_name(committee), when=when), consumed=False)
    if (index < OPENING_BLOCKS or reading.progress.part_start) and not meeting.date and re.search(r"\bmeeting\b", full_text[:MEETING_DATE_WINDOW_CHARS], re.IGNORECASE):
        # "Boughton Parish Council Meeting, 24th July 2014", "summoned to the Annual Parish Meeting on ..."
        window = full_text[:MEETING_DATE_WINDOW_CHARS]
        if index + 1 < len(facts.blocks) and not re.search(r"[.;:!?]\s*$", window) and re.match(r"^\W*(?:an?|the)\s+(?:[\w-]+\s+)?meeting\s+of\b", window, re.IGNORECASE):
            # "A meeting of X Council, Planning" / "Committee was held on ...": a sentence a line break cut.
            window = f"{window} {facts.blocks[index + 1].text[:MEETING_DATE_WINDOW_CHARS]}"
        when = own_meeting_date(window, known_year)
        if when:
            body = meeting_body(window)
            council, committee = _body_name(body) if body else (None, None)
            # "A meeting of X Council, Planning Committee was held on ...": the body as well as the date.
            update = MeetingUpdate(council=council or _council_in(text), committee=committee, when=when)
            return MeetingHeader(update, consumed=len(full_text) < 200 and not text.endswith("."))
    letter = convening_sentence(facts, index)
    convening = index < HEADER_ZONE_BLOCKS and (not meeting.date or reading.kind == "agenda") and CONVENING.search(letter)
    when = convened_date(facts, index, known_year) if convening else None
    if when:
        # "You are requested to attend a Meeting of X to be held ... on Wednesday, 13 July, 2022": the agenda's meeting,
        # not the date of the letter above it.
        body = meeting_body(letter)
        council, committee = _body_name(body) if body else (None, None)
        if when != meeting.date or (body and not meeting.committee) or (council and not meeting.council):
            # The same date already read (from a title): the letter still names the meeting's body.
            return MeetingHeader(MeetingUpdate(council=council, committee=committee, when=when, corrects_date=True), consumed=False)
    if index < OPENING_BLOCKS and not meeting.date and len(text) < 60 and _date_only(text, known_year) and _meeting_opens_below(facts, index):
        # A verbatim record's title page: "Wednesday, April 30, 2014" over "The Council met at 9:35 a.m."
        return MeetingHeader(MeetingUpdate(when=_date_only(text, known_year)), consumed=True, kind="minutes" if facts.doc_kind == "other" else None)
    if index < OPENING_BLOCKS and not meeting.committee and COUNCIL_MET.match(text):
        # A verbatim record opening "The Council met at 9:43 a.m.": the council itself sat, not one of its committees.
        return MeetingHeader(MeetingUpdate(committee=FULL_COUNCIL), consumed=False, kind="minutes" if facts.doc_kind == "other" else None)
    if index < OPENING_BLOCKS and not meeting.committee and len(text) < 60 and committee_name(text):
        # An agenda front sheet: "CABINET" over "Thursday, 13th March, 2025, at 3.00 pm".
        when = _date_line_below(facts, index)
        if when:
            return MeetingHeader(MeetingUpdate(committee=text, when=when), consumed=True)
    match = COMMITTEE_DATE.match(text)
    if match and len(text) < 140:
        committee = tidy_name(match.group("committee"))
        when = first_date(match.group("when"), known_year)
        council, rest = _body_name(committee)
        if when and (not meeting.date or reading.progress.part_start):
            if council:
                return MeetingHeader(MeetingUpdate(council, rest, when), consumed=True)
            if not re.search(r"\b(?:report|minutes|agenda)\b", committee, re.IGNORECASE):
                return MeetingHeader(MeetingUpdate(committee=committee, when=when), consumed=True)
            return MeetingHeader(None, consumed=True)  # a dated report or minutes title: no meeting of its own
    return None


# "Minutes of the last Meeting: Cllr X proposed acceptance": an item approving an earlier meeting's minutes, not a heading
# that starts a meeting.
EARLIER_MINUTES = re.compile(r"^\W*(?:(?:draft|confirmed|unconfirmed|approved)\s+)?minutes\s+(?:of|from)\s+(?:the\s+)?(?:last|previous|prior|preceding)\s+meeting\b", re.IGNORECASE)
# "The Council met at 9:35 a.m.", "The City Council convened at 7 p.m.": the council as a whole (not "The Planning Committee met").
COUNCIL_MET = re.compile(r"^\W*The\s+(?:(?:City|Town|County|Borough|District|Parish|Village|Community|Full)\s+)?Council\s+(?:met|convened|assembled)\b")
HEADING_LINES = 3  # lines a converted page may break a minutes heading over ("... MEETING OF LIMERICK" / "CITY AND COUNTY COUNCIL HELD ...")


def _heading_read_on(facts: Facts, index: int, text: str, known_year: int | None) -> str:
    """A minutes heading read on over its line breaks until it gives its meeting's date: the body's name is whole then too."""
    for block in facts.blocks[index + 1 : index + 1 + HEADING_LINES]:
        if re.search(r"[.:;!?]\W*$", text) or any(year for _, year in _dated_with_year(text, known_year)):
            break
        if re.search(rf"(?:{BODY_WORD.pattern})\W*$", text, re.IGNORECASE):
            break  # "Minutes of the meeting of the Board" over "Wereham Parish Council": a name complete on its line
        if STATUS_LINE.match(block.text):
            continue  # "DRAFT" set between the heading's lines: no part of the body's name
        if len(block.text) >= HEADER_WINDOW_CHARS or ATTENDANCE.match(block.text) or ATTENDANCE_LINE.match(block.text):
            break
        if block.label or LEADING_LABEL.match(block.text) or NUMBERED_HEADING.match(block.text) or CONVENING_OPENS.match(block.text):
            break  # "2.4.10 The Committee noted ...", "A meeting of X was held on ...": a paragraph of its own, the minutes begun
        text = f"{text} {block.text}"
    return text[:MEETING_DATE_WINDOW_CHARS]


def _dated_with_year(text: str, known_year: int | None) -> list[tuple[date, bool]]:
    """The dates in text, each with whether it printed its year (a date only deduced from a weekday may be a later line's)."""
    return [(when, bool(re.search(r"(?:19|20)\d\d", text[offset : offset + 40]))) for when, offset in find_dates(text, known_year)]


# "Library Board Minutes of the Regular Meeting of the Library Board, March 23, 2017", "MEETING MINUTES OF THE ...":
# the minutes heading after a body's name or the word "meeting" (not "... were approved").
BODY_MINUTES = re.compile(
    r"^(?:[A-Z][\w’'&/\-]*\s+){1,8}?(?i:minutes\s+of)\s+(?!.*\b(?i:approved?|approval|signed|correct record|agreed|adopted|confirmed|motioned|seconded)\b)",
)


# "... Meeting of the Parish Council Wednesday 7 March 2018", "Parish Council Meeting, 24th July 2014",
# "meeting held on Thursday 14th July 2005": the date a meeting line gives its own meeting.
MEETING_THEN_DATE = re.compile(
    r"\bmeeting\b(?:\s+of\s+(?:the\s+)?[A-Z][\w’'&\- ]{0,60}?)?[\s,:–\-]*(?:(?:held|convened)\b[^.;]{0,80}?)?(?:\b(?:on|at)\s+)?$",
    re.IGNORECASE,
)
# "the next meeting", "the last Parish Council Meeting", "minutes of the previous meeting": another meeting.
OTHER_MEETING = re.compile(
    r"\b(?:next|last|previous|prior|earlier|following|future|forthcoming|approve|agree|confirm)\b(?:\s+(?!meeting\b)[\w’'\-]+){0,3}?\s+meeting\b(?:(?!\bmeeting\b)[^.;])*$",
    re.IGNORECASE,
)


# "... held on 11.09.17 were agreed as a true record": the minutes of an earlier meeting, approved.
APPROVED_AFTER = re.compile(r"\S*[^.;]{0,80}\b(?:were|was|be|being)\s+(?:\w+\s+)?(?:agreed|approved|signed|adopted|accepted|confirmed)\b", re.IGNORECASE)


# "A meeting of X Council, Planning Committee was held on": a sentence that states the meeting's own date.
HELD_ON = re.compile(r"^\W*(?:an?|the)\s+(?:[\w-]+\s+)?meeting\s+of\b[^.;]{0,200}\bwas\s+held\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)


def own_meeting_date(text: str, known_year: int | None) -> date | None:
    """The date a meeting heading gives its own meeting: after "Meeting (of ...)", or after words that read as a heading."""
    for when, offset in find_dates(text, known_year):
        before = text[:offset]
        clause = re.split(r"[.;!?]\s+", before)[-1]
        if HELD_ON.search(clause) and not OTHER_MEETING.search(clause):
            return when  # "A meeting of the Planning Committee was held on ..."
        if OTHER_MEETING.search(clause) or _SENTENCE_WORDS.search(clause) or APPROVED_AFTER.match(text[offset:]) or re.search(r"\bthe\s+minutes\s+of\b", clause, re.IGNORECASE):
            continue
        if MEETING_THEN_DATE.search(before[-160:]) or (re.search(r"\bmeeting\b", before, re.IGNORECASE) and _reads_as_heading(before)):
            return when
    return None


def _minutes_of_committee(text: str) -> re.Match | None:
    """ "Minutes of the Planning Committee": a committee named straight after "minutes of" (a council is named elsewhere)."""
    match = MINUTES_OF_BODY.match(text)
    if match and committee_name(match.group("body")) and not re.search(r"\bcouncil\b", match.group("body"), re.IGNORECASE):
        return match
    return None


def _committee_above(facts: Facts, index: int) -> str | None:
    """A short title line just above a minutes heading: the committee it does not name itself."""
    for back in range(index - 1, max(-1, index - 3), -1):
        text = facts.blocks[back].text.strip()
        if _norm(text) in facts.repeated or NOISE.match(text):
            continue
        if len(text) < 60 and _is_heading_like(text) and not first_date(text) and not _council_in(text):
            return tidy_name(text)
        if len(text) < 60 and _council_in(text):
            continue
        break
    return None


def _fuller_heading_below(facts: Facts, index: int, text: str) -> bool:
    """Whether the next line is itself a minutes heading naming another council: the line above it is a label, not the meeting."""
    if index + 1 >= len(facts.blocks):
        return False
    below = facts.blocks[index + 1].text[:HEADER_WINDOW_CHARS]
    if not MINUTES_HEADER.match(below):
        return False
    abbreviated = re.search(_ABBREVIATED_COUNCIL, text)  # "Wereham PC"
    named = _council_in(below)
    own = _council_in(text) or (canonical_council(abbreviated.group()) if abbreviated else None)
    return bool(named and own and named != own)


def _date_below(facts: Facts, index: int) -> date | None:
    """A date printed in the few lines under a meeting heading, on a line of its own ("held on ...", "Thursday 3 February 2011")."""
    for block in facts.blocks[index + 1 : index + 4]:
        found = find_dates(block.text, facts.known_year) if len(block.text) < 200 else []
        if found and _reads_as_heading(block.text[: found[0][1]]) and len(block.text[: found[0][1]]) < 80 and not OTHER_MEETING.search(block.text[: found[0][1]]):
            return found[0][0]
    return None


# A letter convening a meeting: the date after these words is the meeting's.
CONVENING = re.compile(r"\bmeeting\b[^;]{0,120}?\b(?:will\s+be\s+held|to\s+be\s+held|will\s+take\s+place|shall\s+be\s+held)\b", re.IGNORECASE)
CONVENED_DATE_CHARS = 250  # how far after "to be held" the date may be printed (a venue comes between)


# The opening of a letter convening a meeting: "You are requested to attend a Meeting of ...", "A meeting of X will be held".
CONVENING_OPENS = re.compile(
    r"^\W*(?:you\s+are\s+(?:hereby\s+)?(?:requested|invited|summoned|asked)\b|(?:an?|the)\s+(?:[\w-]+\s+)?meeting\s+of\b|notice\s+is\s+(?:hereby\s+)?given\b"
    r"|[^.;]{0,120}\b(?:has|have)\s+(?:called|convened|summoned)\s+(?:an?|the)\b)",  # "Councillor X, Mayor of Y, has called a Special"
    re.IGNORECASE,
)
CONVENING_LINES = 3  # lines a convening sentence may be broken over by a converted page


def convening_sentence(facts: Facts, index: int) -> str:
    """A convening letter's sentence from this line, read on over the line breaks a converted page put in it."""
    text = facts.blocks[index].text[:MEETING_DATE_WINDOW_CHARS]
    if not CONVENING_OPENS.match(text):
        return text
    for block in facts.blocks[index + 1 : index + CONVENING_LINES]:
        if re.search(r"[.;:!?]\s*$", text) or len(text) >= MEETING_DATE_WINDOW_CHARS:
            break
        text = f"{text} {block.text}"[:MEETING_DATE_WINDOW_CHARS]
    return text


def convened_date(facts: Facts, index: int, known_year: int | None) -> date | None:
    """The date after a convening sentence ("... will take place on" / "Friday, 4th December, 2020"), read on into the next line."""
    text = convening_sentence(facts, index)
    match = CONVENING.search(text)
    if match is None or OTHER_MEETING.search(text[: match.end()]):
        return None
    after = text[match.end() :]
    joined = text != facts.blocks[index].text[:MEETING_DATE_WINDOW_CHARS]
    if index + 1 < len(facts.blocks) and len(after) < CONVENED_DATE_CHARS and not joined:
        after = f"{after} {facts.blocks[index + 1].text[:CONVENED_DATE_CHARS]}"
    found = find_dates(after[:CONVENED_DATE_CHARS], known_year)
    return found[0][0] if found else None


def _date_only(text: str, known_year: int | None) -> date | None:
    """The date a line consists of, and nothing else ("Wednesday, April 30, 2014")."""
    found = find_dates(text, known_year)
    months = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    # A weekday, a month and perhaps "the"/"of", an ordinal's letters: no other words ("March 25, 2015 Item 4B" is a page header).
    others = [w for w in re.findall(r"[A-Za-z]+", text) if not re.match(rf"(?i)(?:{_WEEKDAY}|(?:{months})[a-z]*|the|of|st|nd|rd|th)$", w)]
    return found[0][0] if len(found) == 1 and not others else None


# "The Council met at 9:35 a.m.", "The Chair called the meeting to order": the meeting itself begins.
MEETING_OPENS = re.compile(r"\b(?:met|convened|assembled)\b|\bcalled\s+(?:the\s+)?(?:\w+\s+){0,6}?meeting\s+to\s+order\b", re.IGNORECASE)


def _meeting_opens_below(facts: Facts, index: int) -> bool:
    """One of the next three lines says the meeting began."""
    return any(MEETING_OPENS.search(block.text[:200]) for block in facts.blocks[index + 1 : index + 4])


def _title_below(facts: Facts, index: int) -> bool:
    """The next line reads as a title: short, no full stop, few lower-case words."""
    if index + 1 >= len(facts.blocks):
        return False
    text = facts.blocks[index + 1].text.strip()
    if re.match(r"To\s+[a-z]+\b", text) and len(text) <= MAX_ITEM_TITLE_CHARS and not re.search(r"\.\s", text):
        return True  # "To consider Motion referred from ...": an agenda's title in the form of a purpose
    return len(text) <= MAX_HEADING_CHARS and not text.endswith(".") and _is_heading_like(text, 24)


def _date_line_below(facts: Facts, index: int) -> date | None:
    """The date that opens the next line ("Thursday, 13th March, 2025, at 3.00 pm")."""
    for block in facts.blocks[index + 1 : index + 2]:
        found = find_dates(block.text[:80], facts.known_year)
        if found and found[0][1] < 15:
            return found[0][0]
    return None


def _report_follows(blocks: list[Block], index: int) -> bool:
    """A "Report by ..." line within the next few blocks: a page header that opens a report."""
    return any(REPORT_BY.match(b.text) for b in blocks[index + 1 : index + 4])


def section_marker(text: str) -> tuple[str, str] | None:
    """A ModernGov "Minutes:" or "Decisions:" line: (section, kind) of what follows."""
    if SECTION_MINUTES.match(text):
        return "Minutes", "minutes"
    if SECTION_DECISIONS.match(text):
        return "Decisions", "decision"
    return None


@dataclass(frozen=True)
class ItemHeading:
    """What an item-heading recogniser found in a line."""

    consumed: bool  # the line is only a heading
    rest: str | None = None  # text after an inline heading, still to index
    starts: bool = False  # an agenda item begins
    number: str | None = None
    title: str | None = None
    pending_number: str | None = None  # a minute number printed alone, waiting for its title
    listed: bool = False  # a numbered heading that an agenda listing may record
    own_text: bool = False  # rest is the item's own text after its title, however short: never a heading


def _plausible_item_number(number: str, place: Place) -> bool:
    """A number that can follow the current item: sub-paragraphs "1.", "2." inside a minute are not new items."""
    digits = re.match(r"\d+", number)
    if not digits:
        return False
    value = int(digits.group())
    current = re.match(r"\d+", place.item_number) if place.item_number else None
    if current and re.search(r"-[A-Z]$", number):
        return int(current.group()) <= value <= int(current.group()) + 1  # "6-A" under item 6: a lettered part of it
    if current:
        return int(current.group()) < value <= int(current.group()) + 20
    return value < 1000


def _plausible_serial(number: str, place: Place) -> bool:
    """A year/month/serial minute number after the current one of the same month ("15/06/3" after "15/06/2"); any while none is in force."""
    current = re.fullmatch(r"(\d{1,2}/\d{1,2})/(\d{1,3})", place.item_number or "")
    head, serial = number.rsplit("/", 1)
    return not current or current.group(1) != head or int(current.group(2)) < int(serial)


def item_heading(block: Block, expect: Expectation, place: Place, kind: str, decision_list: bool) -> ItemHeading:
    """An agenda item heading: "13/17" then its title, "5. Budget Monitoring", "3) APOLOGIES Received from ..."."""
    text = block.text
    if expect.item_title and len(text) <= MAX_HEADING_CHARS and not text.endswith("."):
        return ItemHeading(True, starts=True, title=text, pending_number=expect.number)
    if expect.number:
        return ItemHeading(True, starts=True, number=expect.number, title=text)
    match = MODERNGOV_NUMBER.match(text)
    if match:
        return ItemHeading(True, pending_number=match.group("number"))
    match = MODERNGOV_NUMBER_TITLE.match(text)
    if match and len(text) <= MAX_HEADING_CHARS and not text.endswith("."):
        return ItemHeading(True, starts=True, number=match.group("number"), title=match.group("title"))
    if block.table_row and kind != "report":
        row = TABLE_ITEM_ROW.match(text)
        if row and _table_item_title(row.group("title")) and _plausible_item_number(row.group("number"), place):
            return ItemHeading(True, starts=True, number=row.group("number").rstrip(".)"), title=row.group("title"))
    if block.bullet or decision_list and not _next_item_heading(text, place):
        return ItemHeading(False, rest=text)
    if (
        block.label
        and re.fullmatch(r"\d{1,4}", block.label)
        and kind != "report"
        and len(text) <= MAX_HEADING_CHARS
        and not text.endswith(".")
        and _is_heading_like(_clean_title(text), 24)
        and _plausible_item_number(block.label, place)
    ):
        # A minute number printed in its own column: "90." beside "24/00109 - Transfer ..."
        return ItemHeading(True, starts=True, number=block.label, title=text)
    match = NUMBERED_HEADING.match(text)
    if match and ITEM_REFERENCE_SUFFIX.search(text) and len(text) <= MAX_ITEM_TITLE_CHARS and _plausible_item_number(match.group("number"), place):
        # "88. 24/00108 - Revenue and Capital Budget Monitoring Report (Item 5)": a minute heading.
        return ItemHeading(True, starts=True, number=match.group("number"), title=match.group("title"))
    if (
        match
        and len(text) <= MAX_ITEM_TITLE_CHARS
        and not re.search(r"[.;]$", text.rstrip(")"))
        and _is_heading_like(_caps_colon(PAGES_NOTE.sub("", match.group("title"))), MAX_ITEM_TITLE_WORDS)
    ):
        if kind == "report":
            # Numbered headings inside a report are its sections, not agenda items.
            return ItemHeading(False, rest=text)
        if _plausible_item_number(match.group("number"), place):
            return ItemHeading(True, starts=True, number=match.group("number"), title=match.group("title"), listed=True)
    if kind == "report":
        return ItemHeading(False, rest=text)
    lettered = LETTERED_ITEM.match(text)
    if lettered and lettered.group("letter") == _next_letter(place.item_number) and len(text) <= MAX_HEADING_CHARS and not text.endswith(".") and _is_heading_like(lettered.group("title"), 24):
        # "6(a). Update on Derelict Sites" ... "(b) Update on the Taking in Charge of ...": the next lettered part of the item.
        return ItemHeading(True, starts=True, number=f"({lettered.group('letter')})", title=lettered.group("title"))
    run_on = HEADING_RUN_ON.match(text)
    if run_on and _plausible_item_number(run_on.group("number"), place) and _is_heading_like(run_on.group("title"), MAX_ITEM_TITLE_WORDS):
        # "3. Consideration of Decision 24/00093 (if required) EXEMPT ITEMS (At the time ...": a line of the
        # agenda joined to the next heading by the PDF's layout; the item's title ends where the capitals begin.
        return ItemHeading(False, rest=text[run_on.start("caps") :], starts=True, number=run_on.group("number"), title=run_on.group("title"))
    serial = SERIAL_ITEM.match(text)
    if serial and _plausible_serial(serial.group("number"), place):
        title, rest = serial.group("title").strip(), serial.group("rest")
        if rest and len(title.split()) <= MAX_SERIAL_TITLE_WORDS:
            return ItemHeading(False, rest=rest, starts=True, number=serial.group("number"), title=title, own_text=True)
        if not rest and _is_heading_like(title, MAX_ITEM_TITLE_WORDS):
            return ItemHeading(True, starts=True, number=serial.group("number"), title=title)
    match = RECORD_ITEM.match(text)
    if match:
        return ItemHeading(False, rest=text, starts=True, number=match.group("number"), title=record_item_title(match.group("rest")))
    for inline in (CAPS_ITEM, INLINE_ITEM):
        match = inline.match(text)
        if match and _plausible_item_number(match.group("number"), place):
            return ItemHeading(False, rest=match.group("rest"), starts=True, number=match.group("number"), title=match.group("title"))
    return ItemHeading(False, rest=text)


# "(b) Update on ...": a lettered part of an item, an item of its own after "6(a)." or "(a)".
LETTERED_ITEM = re.compile(r"^\((?P<letter>[a-y])\)\s+(?P<title>[A-Z].{1,200})$")


def _next_letter(number: str | None) -> str | None:
    """The letter of the part after this item's ("6(a)" -> "b"), or None when the item has no lettered part."""
    match = re.search(r"\(([a-y])\)$", number or "")
    return chr(ord(match.group(1)) + 1) if match else None


def _next_item_heading(text: str, place: Place) -> bool:
    """After a decision, the next item's heading ("90. Any Other Business" after item 89), not a numbered point of the decision."""
    match = NUMBERED_HEADING.match(text)
    current = re.match(r"\d+", place.item_number or "")
    if not match or not current or int(current.group()) < 2 or not match.group("number").isdigit():
        return False
    title = match.group("title")
    return int(match.group("number")) == int(current.group()) + 1 and not re.search(r"[.;:,]$", title) and _is_heading_like(title, MAX_ITEM_TITLE_WORDS)


def _table_item_title(title: str) -> bool:
    """A table cell beside an item number that reads as a title: one phrase of a few words, at most closed by a full stop, not a sentence or a list."""
    if re.search(r"[.!?;:]\s", title) or title.endswith((";", ":", ",")) or REPORT_BY.match(title) or RECORDED_VOTE.match(title):
        return False
    return len(title.split()) <= MAX_TABLE_TITLE_WORDS


def _caps_colon(title: str) -> str:
    """A title in capitals ending with a colon ("ROLL CALL:") without it: such a line is a heading, not a lead-in."""
    return title.rstrip(":").rstrip() if title.endswith(":") and title.rstrip(":").isupper() else title


def record_item_title(rest: str) -> str:
    """The title of a bracket-numbered minute: who spoke ("Kevin Kennedy, City Treasurer"), else its first sentence."""
    who = _RECORD_SPEAKER.match(rest)
    if who:
        return who.group("who")
    spans = sentence_spans(rest)
    first = rest[: spans[0][1]] if spans else rest
    return first[:MAX_ITEM_TITLE_CHARS].rstrip(" .")


def _base_kind(doc_kind: str) -> str:
    return doc_kind if doc_kind in ("agenda", "report", "minutes", "decision") else "other"


def start_item(number: str | None, title: str | None, kind: str, doc_kind: str, in_own_meeting: bool) -> tuple[Place, str]:
    """The place and kind once an agenda item begins."""
    place = Place(
        item_number=number,
        item_title=_clean_title(title) if title else None,
        # "291. Capital Programme ... (including" printed over two lines: the next heading ends it.
        title_open=bool(title) and title.count("(") > title.count(")"),
    )
    if kind == "decision" and doc_kind != "decision":
        kind = _base_kind(doc_kind)
    if doc_kind == "agenda" and in_own_meeting and kind != "report":
        # A web page of "agenda and minutes": each item opens with its agenda text.
        kind = "agenda"
    return place, kind


MAX_CAPITAL_ITEM_CHARS = 100


# A paper's status printed over it ("DRAFT", "Unconfirmed"): never an item's title.
STATUS_LINE = re.compile(r"^\W*(?:draft|unconfirmed|confirmed|approved|final|confidential|not for publication|signed)\b\W*(?:minutes|copy|version)?\W*$", re.IGNORECASE)


def _item_follows(facts: Facts, index: int) -> bool:
    """The next line starts another numbered item, or the document ends."""
    if index + 1 >= len(facts.blocks):
        return True
    after = facts.blocks[index + 1]
    return after.item or bool(NUMBERED_HEADING.match(after.text) or ITEM_ALONE.match(after.text) or MODERNGOV_NUMBER.match(after.text) or MODERNGOV_NUMBER_TITLE.match(after.text))


ENDED_PARAGRAPH_CHARS = 120  # a block this long before a heading-like line is a paragraph of its own, not a line it wraps


def _stands_alone(facts: Facts, index: int) -> bool:
    """A line of two or more words, no list of names, set between a finished sentence and a new one: not a wrapped line of a paragraph."""
    text = facts.blocks[index].text
    if "," in text or len(text.split()) < 2 or _HANGING.search(text) or re.match(r"(?:cllrs?|councillors?|mrs?|ms|miss|dr)\b", text, re.IGNORECASE):
        return False
    before = facts.blocks[index - 1] if index else None
    after = facts.blocks[index + 1] if index + 1 < len(facts.blocks) else None
    # A paragraph too long to be one wrapped line has ended, even unpunctuated ("... 7 votes for 1 abstention. Carried"), as has a motion's line ("2nd: Cllr G Key").
    ended = before is None or before.heading or bool(re.search(r"[.!?:)]\W*$", before.text)) or len(before.text) >= ENDED_PARAGRAPH_CHARS or bool(MOTION_LINE.match(before.text))
    return ended and (after is None or after.bullet or bool(re.match(r"\W*[A-Z0-9]", after.text)))


def _own_line_heading(facts: Facts, index: int, text: str) -> bool:
    """A heading on a line of its own: standing apart from sentences, or closed by its one colon over the text it heads."""
    if len(text) >= 80:
        return False
    if _is_heading_like(text) and _plain_heading(text) and _stands_alone(facts, index):
        return True
    # "Election of Chairman:" over its minute: the colon marks the heading, whatever the line before ends with.
    bare = text[:-1].rstrip()
    after = facts.blocks[index + 1] if index + 1 < len(facts.blocks) else None
    return (
        text.endswith(":") and ":" not in bare and bare[:1].isalpha() and len(bare.split()) <= 8 and _is_heading_like(bare) and _plain_heading(bare)
        and after is not None and not after.heading and bool(re.match(r"\W*[A-Z0-9]|\(?[a-z]\)\s", after.text))  # "Matters Arising:" over "a) ..."
        and not re.match(r"(?:cllrs?|councillors?|mrs?|ms|miss|dr)\b", bare, re.IGNORECASE)
        and not bare.isupper() and not ATTENDANCE.match(bare)  # "MEMBERS PRESENT:", "OFFICIALS IN ATTENDANCE:": heads of lists
    )


MAX_BULLET_TOPIC_WORDS = 8
MIN_TOPIC_TEXT_CHARS = 40  # the paragraph under a bulleted heading: a sentence or more, not another short line


def _bullet_topic(facts: Facts, index: int, text: str) -> bool:
    """A bulleted line that heads the paragraph below it ("• Donation towards planters" over "A donation of £50 ..."), not a line of a list."""
    if len(text.split()) > MAX_BULLET_TOPIC_WORDS or re.search(r"[.;:,]$", text) or not _is_heading_like(text) or not _plain_heading(text):
        return False
    if re.match(r"(?:cllrs?|councillors?|mrs?|ms|miss|dr)\b", text, re.IGNORECASE):
        return False
    before = facts.blocks[index - 1] if index else None
    after = facts.blocks[index + 1] if index + 1 < len(facts.blocks) else None
    if before is not None and before.bullet or after is None or after.bullet or after.heading or after.item or after.table_row:
        return False  # a line of a list of bullets
    return len(after.text) >= MIN_TOPIC_TEXT_CHARS and bool(re.match(r"\W*[A-Z]", after.text))


def _plain_heading(text: str) -> bool:
    """A heading that is not a status, a date or time line, an attendance line, a council's name, a question or a turn ("Mayor Fox: ...")."""
    if re.search(r":\s|\?$", text) or STATUS_LINE.match(text) or ATTENDANCE.match(text) or _council_in(text) or first_date(text, None):
        return False
    return not re.search(r"\b\d{1,2}[.:]\d{2}\s*(?:am|pm)?\b|\b\d{1,2}\s*(?:am|pm)\b", text, re.IGNORECASE)


def capital_item_heading(block: Block, text: str) -> bool:
    """A short heading in capitals that is not an attendance or meeting line: an unnumbered item's title."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters) or len(text) > MAX_CAPITAL_ITEM_CHARS or block.bullet or block.table_row:
        return False
    if text.endswith((".", ":", ",", ";")) or ATTENDANCE.match(text) or STATUS_LINE.match(text) or re.search(r"\b(?:PRESENT|ATTENDANCE|OFFICIALS|MINUTES OF|MEETING OF|HELD)\b", text):
        return False
    return not _date_only(text, None) and not _council_in(text) and not PAGE_NUMBER.match(text)


# The parts of a meeting held apart from its numbered business: the public's session, the closure.
MEETING_PART = re.compile(
    r"\b(?:open\s+(?:forum|session)|public\s+(?:forum|session|participation|questions?|question\s+time|speaking|comments?)|"
    r"question\s+time|parishioners[’']?\s+(?:forum|questions?|time)|closure|close\s+of\s+(?:the\s+)?meeting|"
    r"exclusion\s+of\s+(?:the\s+)?(?:press|public))\b",
    re.IGNORECASE,
)


# "Present: Cllr ...", "PRESENT (6 Councillors):- Mrs ...", "Those Attending - ..." opening minutes: the attendance, the minutes' first (unnumbered) item.
# "Attendance:" opens the list as well; with no colon or dash ("PRESENT Cllr R Crisp, ...", "Those Attending Mrs M Leamon")
# an honorific must follow the head.
ATTENDANCE_OPENS = re.compile(
    r"^\W*(?P<head>(?:present|those\s+(?:present|attending)|(?:councillors|members)\s+present|attendance)(?:\s*\([^)]{1,40}\))?)"
    r"\s*(?::-?|[-–]\s|\s(?=(?:cllrs?|councillors?|mrs?|ms|miss|dr|vice\s+chairman|chairman)\.?\s))\s*(?=\S)",
    re.IGNORECASE,
)
ATTENDANCE_TITLE = re.compile(r"^(?:present|those\s+(?:present|attending)|(?:councillors|members)\s+present|attendance|apologies)\b", re.IGNORECASE)
# "Apologies Mr J Smith, Mr E Jones": the apologies printed with no colon, a list of names under the attendance.
APOLOGIES_LIST = re.compile(r"^\W*apologies\s+(?=(?:cllrs?|councillors?|mrs?|ms|miss|dr|borough|county)\.?\s)", re.IGNORECASE)
APOLOGIES_OPENS = re.compile(r"^\W*(?P<head>apologies(?:\s+for\s+absence)?)\s*(?::-?|[-–]\s)\s*(?=\S)", re.IGNORECASE)


MEETING_PART_OPENS = re.compile(rf"^(?P<head>(?:{MEETING_PART.pattern}))\s*[.:]\s+(?=[A-Z•\-])", re.IGNORECASE)
# "Open Forum." alone on its line over the public's points: the part's heading, with nothing else on the line.
MEETING_PART_ALONE = re.compile(rf"^(?P<head>(?:{MEETING_PART.pattern}))\s*[.:]?$", re.IGNORECASE)


def _attendance_over(reading: Reading, facts: Facts, index: int, text: str) -> bool:
    """Whether an unnumbered attendance item ends at this line: it is no attendance or apologies line."""
    title = reading.place.item_title
    if reading.place.item_number is not None or not title or not ATTENDANCE_TITLE.match(title):
        return False
    if ATTENDANCE_OPENS.match(text) or APOLOGIES_OPENS.match(text):
        return False
    return True


def _attendance_opening(reading: Reading, block: Block, text: str, facts: Facts) -> str | None:
    """The title of an unnumbered attendance item ("Present", "Those Attending") or of the apologies after it, else None."""
    # Minutes whose heading names no minutes ("Ordinary Meeting ... DRAFT") may read as "other" at their attendance line.
    if reading.kind not in ("minutes", "other") or facts.doc_kind not in ("minutes", "other") or block.label or block.table_row or reading.place.item_number is not None:
        return None
    title = reading.place.item_title
    head = ATTENDANCE_OPENS.match(text)
    if head and title is None:
        return tidy_name(head.group("head"))
    head = APOLOGIES_OPENS.match(text)
    if head and title is not None and ATTENDANCE_TITLE.match(title) and not APOLOGIES_OPENS.match(title + ": x"):
        return tidy_name(head.group("head"))
    return None


def _apart_from_items(text: str, reading: Reading) -> bool:
    """A heading in capitals under a numbered item that is an item of its own.

    In minutes, one that names a part of the meeting held apart ("OPEN FORUM"); in a record whose
    items are headed in capitals ("ROLL CALL", "DELEGATIONS"), any such heading after a numbered
    line ("5. That the report be adopted" is a point of a motion). Any other line in capitals under a
    numbered item ("LAND AT ELM FARM") is a heading within it.
    """
    return reading.kind == "minutes" and (reading.capital_items or bool(MEETING_PART.search(text)))


# The purpose line under an agenda item's title: "To consider ...", "To receive a report ...".
# "To receive ...", and "To Receive ..." as some agendas capitalise the verb.
AGENDA_PURPOSE = re.compile(r"^To\s+(?i:consider|receive|note|adopt|approve|agree|authorise|authorize|discuss|elect|appoint|confirm|determine|review)\b")


def _purpose_below(facts: Facts, index: int) -> bool:
    """The next line states an agenda item's purpose."""
    return index + 1 < len(facts.blocks) and bool(AGENDA_PURPOSE.match(facts.blocks[index + 1].text))


# "I will ask at the next Meeting ...", "| will move ..." (OCR of "I"), "We will move ...", "I call on ...": a member's
# question or notice of motion in their own words, printed under its heading in an agenda.
NOTICE_OPENS = re.compile(r"^\W{0,3}(?:I|\||1|!|\\|We)\s+(?:(?:will|shall|wish\s+to|intend\s+to)\s+(?:move|ask|propose|request|seek|call)|call\s+on)\b")
WRAPPED_TITLE_CHARS = 60  # a title line this long, or left hanging, may go on over the next line
_TITLE_END = re.compile(r"[.!?;:,]\W*$")


def _closes_open_title(title: str | None, text: str) -> bool:
    """Whether a short line closes the bracket an item's title left open."""
    return title is not None and title.count("(") > title.count(")") and text.count(")") > text.count("(") and len(text) <= MAX_HEADING_CHARS


def notice_heading(facts: Facts, index: int, text: str) -> tuple[str, bool] | None:
    """The heading over a member's question or notice of motion ("Question submitted by Councillor X" over "I will
    ask ..."): an agenda item of its own, numbered or not. With it, whether its title goes on over the next line
    ("... (to be referred to the Travel and" / "Transportation Strategic Policy Committee)")."""
    block = facts.blocks[index]
    if block.bullet or block.table_row or len(text) > MAX_HEADING_CHARS or NOTICE_OPENS.match(text) or _TITLE_END.search(text):
        return None
    below = facts.blocks[index + 1 : index + 3]
    if below and NOTICE_OPENS.match(below[0].text):
        return text, False
    wraps = len(text) >= WRAPPED_TITLE_CHARS or bool(_HANGING.search(text)) or text.count("(") > text.count(")")
    if wraps and not text.isupper() and len(below) == 2 and NOTICE_OPENS.match(below[1].text):
        rest = below[0].text.strip()
        if len(text) + len(rest) <= MAX_ITEM_TITLE_CHARS and not re.search(r"[.!?;:,]$", rest) and _is_heading_like(rest.rstrip(")"), MAX_ITEM_TITLE_WORDS):
            return f"{text} {rest}", True
    return None


LONE_NUMBER = re.compile(r"^(?P<number>\d{1,3})\.$")
MIN_COLUMN_NUMBERS = 2


def number_column(facts: Facts, index: int) -> tuple[str, ...] | None:
    """At a line that is only an item number in an agenda: the run of numbers it starts when they go up by one
    ("10." ... "15.", a number column flattened apart from its titles); () for a later line of such a run; None otherwise."""
    if facts.doc_kind != "agenda" or not LONE_NUMBER.match(facts.blocks[index].text):
        return None
    start = index
    while start > 0 and LONE_NUMBER.match(facts.blocks[start - 1].text):
        start -= 1
    end = index
    while end + 1 < len(facts.blocks) and LONE_NUMBER.match(facts.blocks[end + 1].text):
        end += 1
    values = [int(LONE_NUMBER.match(facts.blocks[i].text).group("number")) for i in range(start, end + 1)]  # type: ignore[union-attr]
    if len(values) < MIN_COLUMN_NUMBERS or any(b != a + 1 for a, b in zip(values, values[1:])):
        return None
    return tuple(str(v) for v in values) if index == start else ()


def _column_number(reading: Reading) -> tuple[str | None, Reading]:
    """The next number of a flattened number column, for an unnumbered heading below it, if it can follow the current item."""
    if not reading.column_numbers:
        return None, reading
    number, rest = reading.column_numbers[0], reading.column_numbers[1:]
    if not _plausible_item_number(number, reading.place):
        return None, dataclasses.replace(reading, column_numbers=())
    return number, dataclasses.replace(reading, column_numbers=rest)


RUN_IN_HEADING = re.compile(r"^(?P<title>[A-Z][^:]{2,80}?)\s*:\s+(?=[A-Z])")
MAX_RUN_IN_WORDS = 8
# A line's label, a person or an address before a colon is no topic ("Resolved: ...", "Cllr Smith: ...", "Mr. Speaker: ...").
_NOT_TOPIC_FIRST = re.compile(
    r"^(?:cllrs?|councill?ors?|mrs?|ms|miss|dr|sir|mayor|madam|mister|deputy|speaker|chair\w*|clerk|his|her|your|note|notes|nb|action|actions|"
    r"proposed|proposer|seconded|seconder|resolved|agreed|decision|decided|vote[sd]?|carried|lost|date|time|venue|place|signed|"
    r"present|absent|apologies|for|against|abstain\w*|response|reply|answer|question|comments?|recommendation|result|total|"
    r"page|item|minute|tel|email|e-mail|web|website|address|contact|attendees|attendance|in\s+attendance|staff|officers|members|guests|"
    r"visitors|public|others|also|cc|copy|copies|attachments?|enclosures?|ref|reference)\b",
    re.IGNORECASE,
)


def run_in_heading(block: Block, text: str) -> str | None:
    """The topic run into the start of a minute before a colon ("The Queen’s Diamond Jubilee 2012: The Chairman asked ..."), if the line opens with one."""
    if block.label or block.bullet or block.table_row or block.heading:
        return None
    match = RUN_IN_HEADING.match(text)
    if not match:
        return None
    title = match.group("title").strip()
    words = title.split()
    if len(words) == 1 and words[0].lower().endswith("ed"):
        return None  # "Circulated: ...", "Received: ...": a line's label, not a topic
    named = len(words) <= 3 and words[0].lower() not in ("the", "a", "an") and is_given_name(words[0]) and all(w[:1].isupper() for w in words)
    if len(words) > MAX_RUN_IN_WORDS or _NOT_TOPIC_FIRST.match(title) or named or MOTION_LINE.match(f"{title}:") or RESOLVED.match(title):
        return None
    return title if _is_heading_like(title, MAX_RUN_IN_WORDS) and _plain_heading(title) and not METADATA_LINE.match(title) else None


def _heads_notices(facts: Facts, index: int) -> bool:
    """A heading straight over a member's question or notice of motion ("QUESTIONS" over "Question submitted by ..."): a group's heading."""
    return facts.doc_kind == "agenda" and index + 1 < len(facts.blocks) and notice_heading(facts, index + 1, facts.blocks[index + 1].text) is not None


def _title_over_purpose(facts: Facts, index: int, text: str) -> bool:
    """A title with commas ("Environment, Climate Action and Shared Services Directorate") over an agenda item's purpose,
    after a finished line: the purpose line below shows it is a title, not a list of names."""
    before = facts.blocks[index - 1].text if index else ""
    return (
        len(text) < MAX_HEADING_CHARS and not _TITLE_END.search(text) and _is_heading_like(text, MAX_ITEM_TITLE_WORDS) and _plain_heading(text)
        and not _HANGING.search(text) and (not before or bool(re.search(r"[.!?:)]\W*$", before)) or facts.blocks[index - 1].heading)
    )


def _heads_numbered_items(facts: Facts, index: int, place: Place) -> bool:
    """A heading in capitals straight over the next numbered item ("QUESTIONS" over "10. Question submitted by ..."):
    it heads a group of items, as an item of its own, not a part of the item above it."""
    if index + 1 >= len(facts.blocks):
        return False
    after = facts.blocks[index + 1]
    number = after.label if after.label and re.fullmatch(r"\d{1,4}", after.label) else None
    match = NUMBERED_HEADING.match(after.text) or ITEM_ALONE.match(after.text) or re.match(r"^(?P<number>\d{1,4})\.$", after.text)
    number = number or (match.group("number") if match else None)
    return number is not None and _plausible_item_number(number, place)


def is_section_heading(block: Block, text: str) -> bool:
    """A heading that names the section the following paragraphs are in."""
    if block.heading and len(text) < MAX_HEADING_CHARS:
        return True
    return not block.bullet and not block.label and _is_heading_like(text) and len(text) < 80 and not METADATA_LINE.match(text)


def kind_named_by_heading(text: str, item_number: str | None) -> str | None:
    """A heading "Agenda" or "Minutes" that says what follows."""
    if re.match(r"^(?:agenda)$", text, re.IGNORECASE):
        return "agenda"
    if re.match(r"^(?:minutes|printed minutes)$", text, re.IGNORECASE) and item_number is None:
        return "minutes"
    return None


def kind_after_report_by(text: str, kind: str, doc_kind: str, item_number: str | None) -> str:
    """A "Report by ..." line starts a report, unless it is quoted in minutes or an agenda item."""
    if REPORT_BY.match(text) and kind != "minutes":
        return "report" if doc_kind != "agenda" or item_number is None else kind
    return kind


def split_label(block: Block, text: str) -> tuple[str | None, str]:
    """The printed paragraph number ("3.2", "(b)") and the text after it."""
    if block.label is None and not block.table_row:
        match = LEADING_LABEL.match(text)
        if match:
            return next(g for g in match.groups() if g), text[match.end() :]
    return block.label, text


def paragraph_kind(block: Block, text: str, kind: str, decision_list: bool) -> tuple[str, bool]:
    """A paragraph's own kind, and whether a list of decisions runs on after it."""
    if block.table_row:
        return "other", decision_list
    if RESOLVED.match(text) or (RESOLVED_UPPER.search(text[:60]) and not RECOMMENDED.search(text[:80])):
        return "decision", text.rstrip().endswith((":", "that", "to")) or len(text) < 40
    if decision_list and (block.bullet or block.label or re.match(r"^(?:\(?[a-z0-9]{1,3}[.)]|[ivx]+\))\s", text)):
        return "decision", decision_list
    if METADATA_LINE.match(text) and len(text) < 200:
        return "other", False
    return kind, False


# -- the walker ---------------------------------------------------------------------------------


def _starting(reading: Reading, meeting: MeetingUpdate, facts: Facts) -> Reading:
    """The reading once a line has stated a meeting."""
    meetings = with_meeting(reading.meetings, meeting, facts.hints.council)
    if not meeting.new:
        return dataclasses.replace(reading, meetings=meetings)
    return dataclasses.replace(
        reading,
        meetings=meetings,
        place=dataclasses.replace(reading.place, item_number=None, item_title=None, section=None),
        expect=dataclasses.replace(reading.expect, number=None),
    )


def _reading_report_part(reading: Reading, text: str) -> Reading:
    """The reading after a heading that may start a report in a pack."""
    read, start = report_part(text, reading.expect.report_title, reading.agenda, reading.place, reading.kind)
    if not read:
        return reading
    reading = dataclasses.replace(reading, expect=dataclasses.replace(reading.expect, report_title=False))
    if start is None:
        return reading
    place = dataclasses.replace(reading.place, item_number=start.item_number, item_title=start.item_title, section=None)
    agenda = dataclasses.replace(reading.agenda, last_report_item=start.item_number) if start.matched_agenda else reading.agenda
    return dataclasses.replace(reading, place=place, kind="report", agenda=agenda)


def _reading_item_heading(reading: Reading, block: Block, facts: Facts) -> tuple[Reading, ItemHeading]:
    """The reading after a line that may be an agenda item heading."""
    found = item_heading(block, reading.expect, reading.place, reading.kind, reading.decision_list)
    if reading.expect.item_title or reading.expect.number != found.pending_number:
        reading = dataclasses.replace(reading, expect=dataclasses.replace(reading.expect, item_title=False, number=found.pending_number))
    if not found.starts:
        return reading, found
    in_own = reading.meetings.in_own
    place, kind = start_item(found.number, found.title, reading.kind, facts.doc_kind, in_own)
    agenda = reading.agenda
    if found.listed and kind == "agenda" and in_own:
        agenda = agenda.listing(found.number, place.item_title)
    return dataclasses.replace(reading, place=place, kind=kind, decision_list=False, agenda=agenda), found


def _back_to_own_meeting(reading: Reading) -> Reading:
    """The reading once a page header shows the pack's own meeting again: a report of its starts."""
    return dataclasses.replace(
        reading,
        meetings=dataclasses.replace(reading.meetings, current=reading.meetings.own),
        place=dataclasses.replace(reading.place, item_number=None, item_title=None, section=None),
        kind="report",
        expect=dataclasses.replace(reading.expect, report_title=True),
    )


def _reading_meeting_header(reading: Reading, header: MeetingHeader, facts: Facts) -> Reading:
    """The reading after a line that states a meeting."""
    if header.update:
        reading = _starting(reading, header.update, facts)
    if header.kind:
        reading = dataclasses.replace(reading, kind=header.kind)
    if header.clears_section:
        reading = dataclasses.replace(reading, place=dataclasses.replace(reading.place, section=None))
    return reading


def read_block(reading: Reading, block: Block, index: int, facts: Facts) -> tuple[Reading, Paragraph | None]:
    """Apply the recognisers to one block: the reading after it, and the paragraph it gives, if any."""
    if block.item:
        # An item the loader found printed inline: its number and title, nothing else to read.
        if reading.kind == "report":
            # Numbered headings inside a report are its sections, not agenda items.
            section = tidy_name(f"{block.label} {block.text}") if block.text else None
            return dataclasses.replace(reading, place=dataclasses.replace(reading.place, section=section)), None
        place, kind = start_item(block.label, block.text or None, reading.kind, facts.doc_kind, reading.meetings.in_own)
        place = dataclasses.replace(place, inline_text=True, title_open=False)
        reading = dataclasses.replace(reading, place=place, kind=kind, decision_list=False, expect=Expectation())
        if block.text and index + 1 < len(facts.blocks) and facts.blocks[index + 1].item:
            # "Reports:" straight over its parts ("i) Chairman's Report"): an item without text of its own, its heading its paragraph.
            return _paragraph(reading, block, block.text, facts)
        return reading, None
    text = PDF_ICON.sub("", block.text).strip()
    if text != block.text:
        block = dataclasses.replace(block, text=text)
    skip = skipped_line(text, block)
    if skip:
        if skip is Skip.BLANK_PAGE:
            reading = dataclasses.replace(reading, progress=dataclasses.replace(reading.progress, part_start=True, since_part_start=0))
        elif skip is Skip.AGENDA_ITEM_PAGE and reading.progress.paragraphs == 0:
            reading = dataclasses.replace(reading, expect=dataclasses.replace(reading.expect, item_title=True))
        return reading, None
    if is_running_header(text, facts.repeated):
        progress = reading.progress
        if (progress.part_start or progress.since_part_start <= 3 or _report_follows(facts.blocks, index)) and own_meeting_resumes(text, reading.meetings, facts.known_year):
            reading = _back_to_own_meeting(reading)
        return reading, None
    if reading.place.inline_text:
        # The text after an inline item's title ("Mrs V Lynch"), however short: never a heading.
        reading = dataclasses.replace(reading, place=dataclasses.replace(reading.place, inline_text=False))
        if not block.heading and not block.table_row:
            return _paragraph(reading, block, text, facts)
    if reading.place.title_below:
        # The second line of a title already read with its first.
        return dataclasses.replace(reading, place=dataclasses.replace(reading.place, title_below=False)), None
    if reading.expect.report_title and could_be_report_title(block, text):
        return _reading_report_part(reading, text), None
    if reading.expect.number or reading.expect.item_title:
        # The awaited title line is read as a heading only, even when it turns out not to be one.
        return _reading_item_heading(reading, block, facts)[0], None
    if reading.place.title_open:
        title = continued_title(block, text, reading.place)
        reading = dataclasses.replace(reading, place=dataclasses.replace(reading.place, title_open=False, item_title=title or reading.place.item_title))
        if title:
            return reading, None
    column = number_column(facts, index)
    if column is not None:
        # "10." "11." ... "15." down the margin of a flattened page, the titles after them: each heading below takes one.
        return (dataclasses.replace(reading, column_numbers=column) if column else reading), None
    alone = ITEM_ALONE.match(text)
    if alone and reading.kind in ("minutes", "other") and _title_below(facts, index) and _plausible_item_number(alone.group("number"), reading.place):
        # "Item 3." over "Road Works Scheme": the number waits for its title ("Item 19" over a sentence is a reference).
        return dataclasses.replace(reading, expect=dataclasses.replace(reading.expect, number=alone.group("number"))), None
    if ITEM_REFERENCE.match(text) or alone:
        return reading, None
    if index < HEADER_ZONE_BLOCKS or reading.progress.part_start or len(text) < 400:
        council = opening_council(text, index)
        if council is None and index < OPENING_BLOCKS and index + 1 < len(facts.blocks):
            council = letterhead_council(text, facts.blocks[index + 1].text)
        if council and index < OPENING_BLOCKS and not first_date(text, facts.known_year) and _fuller_heading_below(facts, index, text):
            council = None  # a label over the minutes' own heading, which names another council
        if council and index > 0:
            council = place_broken_above(facts.blocks[index - 1].text.strip(), text, council)
        if council:
            reading = _starting(reading, MeetingUpdate(council=council), facts)
        header = meeting_header(text, index, reading, facts)
        if header:
            reading = _reading_meeting_header(reading, header, facts)
            if header.consumed:
                return reading, None
        if council and len(text) < 80 and _is_heading_like(text):
            return reading, None
    marker = section_marker(text)
    if marker:
        section, kind = marker
        decision_list = False if kind == "minutes" else reading.decision_list
        return dataclasses.replace(reading, place=dataclasses.replace(reading.place, section=section), kind=kind, decision_list=decision_list), None
    reading, found = _reading_item_heading(reading, block, facts)
    if found.consumed:
        reading = dataclasses.replace(reading, progress=dataclasses.replace(reading.progress, part_start=False))
        if found.starts and found.title and facts.doc_kind == "agenda" and _item_follows(facts, index):
            # An agenda item with no text of its own ("1. Apologies" over "2. Declarations of Interest"): its line is its paragraph.
            return _paragraph(reading, block, found.title, facts)
        return reading, None
    text = found.rest or text
    if found.own_text:
        return _paragraph(reading, block, text, facts)
    if _closes_open_title(reading.place.item_title, text):
        # "... (to be referred to the Travel and" over "Transportation Strategic Policy Committee)": the title's bracket
        # closes on this line, so the line is the rest of the title, not an item of its own.
        return dataclasses.replace(reading, place=dataclasses.replace(reading.place, item_title=f"{reading.place.item_title} {text}")), None
    notice = notice_heading(facts, index, text) if facts.doc_kind == "agenda" and reading.kind == "agenda" and not block.label else None
    if notice:
        # "Question submitted by Councillor X" over "I will ask ...": the question is an item, whether or not the
        # scan kept its number.
        number, reading = _column_number(reading)
        place, kind = start_item(number, notice[0], reading.kind, facts.doc_kind, reading.meetings.in_own)
        place = dataclasses.replace(place, title_below=notice[1], title_open=False)
        return dataclasses.replace(reading, place=place, kind=kind, decision_list=False), None
    if facts.doc_kind == "agenda" and reading.kind == "agenda" and not block.label and _purpose_below(facts, index) and (_own_line_heading(facts, index, text) or _title_over_purpose(facts, index, text)):
        # "Disposal of Land" over "To consider proposal for the disposal of land ...": an agenda item whose number the
        # scan lost; an agenda states each item's purpose under its title.
        number, reading = _column_number(reading)
        place, kind = start_item(number, text, reading.kind, facts.doc_kind, reading.meetings.in_own)
        return dataclasses.replace(reading, place=place, kind=kind, decision_list=False), None
    if reading.kind in ("minutes", "agenda") and capital_item_heading(block, text) and (
        reading.place.item_number is None or _apart_from_items(text, reading) or _heads_numbered_items(facts, index, reading.place) or _heads_notices(facts, index)
    ):
        # "ROLL CALL", "DELEGATIONS", "NOTICES OF MOTION": minutes that number no items head each in capitals.
        if reading.place.item_title and (re.match(r"(?:DATED|HELD|OF|AND|ON|FOR|TO)\b", text) or _HANGING.search(reading.place.item_title)):
            text = f"{reading.place.item_title} {tidy_name(text)}"  # "REPORT OF THE ... COMMITTEE" / "DATED MARCH 4, 2015": one title on two lines
        grouping = reading.place.item_number is not None and _heads_numbered_items(facts, index, reading.place) or _heads_notices(facts, index)
        place, kind = start_item(None, text, reading.kind, facts.doc_kind, reading.meetings.in_own)
        reading = dataclasses.replace(reading, place=place, kind=kind, decision_list=False, capital_items=True)
        if grouping:
            # "QUESTIONS" over "6. Question submitted by ...": a group's heading has no text of its own; its line is its paragraph.
            return _paragraph(reading, block, text, facts)
        return reading, None
    attendance_over = _attendance_over(reading, facts, index, text)
    if attendance_over:
        reading = dataclasses.replace(reading, place=Place(section=reading.place.section))  # the attendance item holds only its lists
    opening = _attendance_opening(reading, block, text, facts)
    if opening:
        # The attendance (and the apologies under it) before the first item: the clerk's own first items.
        # The line itself is read on as before (a section heading over the list, or the list's paragraph).
        place, kind = start_item(None, opening, reading.kind, facts.doc_kind, reading.meetings.in_own)
        reading = dataclasses.replace(reading, place=place, kind=kind, decision_list=False)
    part = MEETING_PART_OPENS.match(text) if reading.kind == "minutes" and not block.label and not block.table_row else None
    if part:
        # "Open Forum. A resident asked ...", "Public Participation: ...": the public's part of the meeting, an item of its own.
        place, kind = start_item(None, part.group("head"), reading.kind, facts.doc_kind, reading.meetings.in_own)
        return _paragraph(dataclasses.replace(reading, place=place, kind=kind, decision_list=False), block, text, facts)
    alone = MEETING_PART_ALONE.match(text) if reading.kind == "minutes" and not block.label and not block.table_row and not block.bullet else None
    if alone and reading.place.item_title != alone.group("head"):
        # "Open Forum." on a line of its own after the numbered business: the public's part, an item whose text follows.
        place, kind = start_item(None, alone.group("head"), reading.kind, facts.doc_kind, reading.meetings.in_own)
        return dataclasses.replace(reading, place=place, kind=kind, decision_list=False), None
    if reading.kind == "minutes" and block.bullet and _bullet_topic(facts, index, text):
        # "• Abandoned car" over the paragraph about it: the clerk's heading for a matter, an unnumbered item.
        place, kind = start_item(None, text, reading.kind, facts.doc_kind, reading.meetings.in_own)
        return dataclasses.replace(reading, place=place, kind=kind, decision_list=False), None
    run_in = run_in_heading(block, text) if reading.kind == "minutes" and not facts.numbered and reading.place.item_number is None else None
    if run_in:
        # "Minutes of the last Meeting: Cllr X proposed acceptance ...": minutes that number nothing may run the
        # heading into its text; the line stays the item's paragraph, as printed.
        place, kind = start_item(None, run_in, reading.kind, facts.doc_kind, reading.meetings.in_own)
        return _paragraph(dataclasses.replace(reading, place=place, kind=kind, decision_list=False), block, text, facts)
    if reading.kind == "minutes" and not facts.numbered and not block.label and _own_line_heading(facts, index, text):
        # "Playing Field Report", "Election of Chairman:": minutes that number nothing head each item with a line of its own.
        place, kind = start_item(None, text.rstrip(" :"), reading.kind, facts.doc_kind, reading.meetings.in_own)
        reading = dataclasses.replace(reading, place=place, kind=kind, decision_list=False)
        # A heading closed by a colon stays a paragraph of its item too, as it was: the lead-in of what follows.
        return _paragraph(reading, block, text, facts) if text.endswith(":") else (reading, None)
    if attendance_over and not block.heading and APOLOGIES_LIST.match(text):
        # "Apologies Mr J Smith, ..." under the attendance: a list of names, a paragraph, not a heading over what follows.
        return _paragraph(reading, block, text, facts)
    if is_section_heading(block, text):
        reading = _reading_report_part(reading, text)
        section = tidy_name(f"{block.label} {text}" if block.label else text)
        kind = kind_named_by_heading(text, reading.place.item_number) or reading.kind
        return dataclasses.replace(reading, place=dataclasses.replace(reading.place, section=section), kind=kind, decision_list=False), None
    return _paragraph(reading, block, text, facts)


def _paragraph(reading: Reading, block: Block, text: str, facts: Facts) -> tuple[Reading, Paragraph]:
    """The paragraph a block of text gives, with the meeting, item and section in force."""
    # "Report by ..." starts a report from this paragraph on; the paragraph's own kind may differ.
    kind = kind_after_report_by(text, reading.kind, facts.doc_kind, reading.place.item_number)
    label, text = split_label(block, text)
    own_kind, decision_list = paragraph_kind(block, text, kind, reading.decision_list)
    meeting, place, progress = reading.meetings.now, reading.place, reading.progress
    paragraph = Paragraph(
        text=text,
        position=progress.paragraphs,
        page=block.page,
        council=meeting.council,
        committee=meeting.committee,
        date=meeting.date,
        item_number=place.item_number,
        item_title=place.item_title,
        section=place.section,
        kind=own_kind,
        label=label,
        bullet=block.bullet,
        table_row=block.table_row,
        ocr=block.ocr,
        ocr_confidence=block.ocr_confidence,
    )
    progress = Progress(paragraphs=progress.paragraphs + 1, part_start=False, since_part_start=progress.since_part_start + 1)
    # Built directly rather than with dataclasses.replace: this runs once per paragraph.
    return Reading(reading.meetings, kind, decision_list, reading.place, reading.expect, reading.agenda, progress, reading.capital_items, reading.column_numbers), paragraph


TITLE_LINE_CHARS = 80  # a line this short at a document's top may be its letterhead or title
UNTYPED_COUNCIL_MENTIONS = 3  # times a council name without a type ("Wiltshire Council") must be named to be the document's own
_OFFICE_AT_COUNCIL = re.compile(
    r"\b(?:Clerk|Chairman|Chair|Mayor|Leader|Member|Officer|Councillor|Cllr|Representative)s?\s+(?:of|to|for|at|on)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){1,5}Council\b"
)


def _council_by_frequency(blocks: list[Block], report: bool = False) -> str | None:
    """The council named most often, when it clearly outnumbers any other."""
    counts = Counter()
    opening: set[str] = set()
    seen: set[str] = set()
    for index, block in enumerate(blocks):
        key = _norm(block.text.rstrip(". "))
        if key in seen:
            continue  # a numbered line read as an item's heading and again as its text: one mention
        seen.add(key)
        # "the Clerk of X Town Council", "Councillor for Y Council": someone's office at a council, not this document's council.
        text = _OFFICE_AT_COUNCIL.sub(" ", block.text)
        found = find_councils(text.replace("’s", "").replace("'s", ""))
        counts.update(found)
        if index < OPENING_BLOCKS and len(block.text) <= TITLE_LINE_CHARS:
            opening.update(found)  # a letterhead or title line, not a sentence of the opening paragraphs
    if not counts:
        return None
    (best, n), (_, second) = (counts.most_common(2) + [(None, 0)])[:2]
    typed = re.search(_COUNCIL_TYPES + r"\s+Council$", best) is not None
    # A typed name ("Lancashire County Council") with no rival is the document's own council; in a report it must
    # also open the report or recur, since reports cite other councils ("Swale Borough Council" named once in a
    # county council's report). A name without a type ("Social Planning Council" may be a charity) needs more
    # than a couple of mentions.
    typed_enough = typed and (not report or n >= 2 or best in opening)
    return best if (typed_enough or n >= UNTYPED_COUNCIL_MENTIONS) and n >= 2 * second else None


def _mostly_report(doc_kind: str, paragraphs: list[Paragraph]) -> bool:
    """Whether a document is an officer's report: so named, or most of its paragraphs read as report text."""
    return doc_kind == "report" or sum(p.kind == "report" for p in paragraphs) * 2 > len(paragraphs)


def _spellings(blocks: list[Block], hints: StructureHints) -> Callable[[str | None], str | None]:
    """Each council value in the spelling the document's header lines use most (a misprint in one heading is not its name)."""
    head = [block.text for block in blocks[:HEADER_ZONE_BLOCKS]] + [hints.title or ""]
    names = [name for text in head for name in find_councils(text)]
    words = Counter(w.lower() for block in blocks for w in re.findall(r"[\w’'\-]+", block.text))
    words.update(w.lower() for w in re.findall(r"[\w’'\-]+", hints.title or ""))
    cache: dict[str, str] = {}

    def spelled(council: str | None) -> str | None:
        if council is None or not names:
            return council
        if council not in cache:
            cache[council] = usual_spelling(council, names, words)
        return cache[council]

    return spelled


_SUM_OF_MONEY = re.compile(r"[£$€]\s?\d")


@dataclass(frozen=True)
class Heading:
    """A line read as an item's or a section's heading: kept as a paragraph of its own if no paragraph comes under it
    ("16. Date of Next Meeting - 15 January" closing the minutes, a payments list set one payee a line), so that no
    line of a document is lost to search."""

    block: Block
    reading: Reading
    heads_item: bool  # it started an item (else it named a section)

    @staticmethod
    def of(block: Block, before: Place, reading: Reading) -> "Heading | None":
        """The heading a line that changed the place is, if it names anything."""
        place = reading.place
        heads_item = (place.item_number, place.item_title) != (before.item_number, before.item_title)
        named = (place.item_title or place.item_number) if heads_item else place.section
        return Heading(block, reading, heads_item) if named else None

    @property
    def is_entry(self) -> bool:
        """A table row or a sum of money read as a section's name: an entry of a list (a payment), never only a heading."""
        return not self.heads_item and (self.block.table_row or _SUM_OF_MONEY.search(self.block.text) is not None)

    def continued_by(self, place: Place) -> bool:
        """Whether the place after a later line is still this heading's (its title continued, a section under the item)."""
        mine = self.reading.place
        if self.heads_item:
            return place.item_number == mine.item_number and (place.item_title or "").startswith(mine.item_title or "")
        return (place.item_number, place.item_title) == (mine.item_number, mine.item_title) and (place.section or "").startswith(mine.section or "")

    def extended(self, reading: Reading) -> "Heading":
        """This heading with its title read on over the next line."""
        return dataclasses.replace(self, reading=reading)

    def as_paragraph(self, facts: Facts, first: bool) -> Paragraph | None:
        """The heading's own words as a paragraph of its item, unless it is a title over the document's first paragraph."""
        place = self.reading.place
        if first:
            return None  # letterhead and title lines over the opening ("AGENDA"): the meeting they state is on every paragraph
        if self.heads_item:
            paragraph = _paragraph(self.reading, dataclasses.replace(self.block, label=None), place.item_title or self.block.text, facts)[1]
        else:
            paragraph = _paragraph(self.reading, self.block, self.block.text, facts)[1]  # the whole line: a payments row keeps its sums
        paragraph.heading_line = True
        return paragraph


def _keep_heading(heading: Heading, read: list[tuple[Paragraph, int]], facts: Facts) -> None:
    """Keep a heading no paragraph came under as a paragraph of its own."""
    paragraph = heading.as_paragraph(facts, first=not read)
    if paragraph is not None:
        read.append((paragraph, heading.reading.meetings.current))


# "Parish Meeting", "Town Meeting": the electors' meeting a parish or town council convenes.
_ELECTORS = re.compile(r"(?P<place>Parish|Town|Village|Community) Meeting")
ANNUAL_ELECTORS_MONTHS = (3, 4, 5)  # the annual meeting of a parish's electors is held between 1 March and 1 June (LGA 1972 Sch. 12)


def electors_meeting(committee: str | None, when: date | None) -> str | None:
    """The committee value, with an electors' meeting held in the annual meeting's season named as the annual one.

    "Minutes of the Wereham Parish Meeting held on 11th May 2010" is the Annual Parish Meeting, one value for the
    yearly meeting however its minutes name it; a parish meeting in another month (one called on a single matter) stays.
    """
    match = _ELECTORS.fullmatch(committee) if committee else None
    if match is None or when is None or not (when.month in ANNUAL_ELECTORS_MONTHS or (when.month, when.day) == (6, 1)):
        return committee
    return f"Annual {match.group('place')} Meeting"


# Called after each block with (index, block, reading before, reading after, paragraph or None).
WalkTrace = Callable[[int, Block, "Reading", "Reading", Paragraph | None], None]


def find_structure(blocks: list[Block], hints: StructureHints | None = None, trace: WalkTrace | None = None) -> Structured:
    """Turn blocks into paragraphs carrying their meeting, item, section and kind; trace, if given, sees every step."""
    hints = hints or StructureHints()
    facts = Facts.of(blocks, hints)
    reading = Reading(
        meetings=Meetings((Meeting(hints.council, hints.committee, hints.date),), first_council=hints.council),
        kind=facts.doc_kind,
    )
    read: list[tuple[Paragraph, int]] = []  # with the meeting each was read in: its date may be printed after it
    item_heading: Heading | None = None  # the last item heading and section heading read, until a paragraph comes under them
    section_heading: Heading | None = None
    for index, block in enumerate(blocks):
        before = reading
        reading, paragraph = read_block(reading, block, index, facts)
        if trace is not None:
            trace(index, block, before, reading, paragraph)
        if paragraph is not None:
            if section_heading is not None and section_heading.is_entry:
                _keep_heading(section_heading, read, facts)
            item_heading = section_heading = None
            read.append((paragraph, reading.meetings.current))
            continue
        if reading.place == before.place:
            continue
        if item_heading is not None and not item_heading.continued_by(reading.place):
            _keep_heading(item_heading, read, facts)
            item_heading = None
        if section_heading is not None and not section_heading.continued_by(reading.place):
            _keep_heading(section_heading, read, facts)
            section_heading = None
        heading = Heading.of(block, before.place, reading)
        if heading is not None and heading.heads_item:
            item_heading = item_heading.extended(reading) if item_heading is not None else heading
        elif heading is not None:
            section_heading = section_heading.extended(reading) if section_heading is not None else heading
    for heading in (item_heading, section_heading):
        if heading is not None:
            _keep_heading(heading, read, facts)
    for position, (paragraph, _) in enumerate(read):
        paragraph.position = position
    meetings = reading.meetings
    council = hints.council or meetings.first_council or _typed_council_in(hints.title or "") or _council_by_frequency(blocks, report=_mostly_report(facts.doc_kind, [p for p, _ in read]))
    own = meetings.own if meetings.own is not None else meetings.current
    own_meeting = meetings.all[own]
    title_date = None
    if not own_meeting.date and hints.title and re.search(r"\b(?:meeting|minutes)\b", hints.title, re.IGNORECASE):
        # The text never gives the date, but the document's own title does.
        title_date = first_date(hints.title, facts.known_year)
        own_meeting = dataclasses.replace(own_meeting, date=title_date or own_meeting.date)
    if not own_meeting.committee and hints.title:
        own_meeting = dataclasses.replace(own_meeting, committee=_title_meeting_body(hints.title, council, facts.doc_kind))
    spelled = _spellings(blocks, hints)
    council = spelled(council)
    for paragraph, number in read:
        meeting = own_meeting if number == own else meetings.all[number]
        paragraph.council = spelled(paragraph.council or meeting.council or council)
        paragraph.date = paragraph.date or meeting.date
        paragraph.committee = electors_meeting(paragraph.committee or meeting.committee, paragraph.date)
    return Structured(
        paragraphs=[paragraph for paragraph, _ in read],
        council=council,
        committee=hints.committee or electors_meeting(own_meeting.committee, own_meeting.date),
        date=hints.date or own_meeting.date,
        title=hints.title,
    )
