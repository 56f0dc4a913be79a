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

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from indexer.analysis import VOTE_GROUP
from indexer.dates import find_dates, first_date
from indexer.model import Block, Paragraph

HEADER_ZONE_BLOCKS = 25  # where a document states its council and meeting
OPENING_BLOCKS = 8  # the title lines of a document
DOC_KIND_BLOCKS = 10  # blocks read to tell an agenda from minutes, a report or a decision
HEADER_WINDOW_CHARS = 250  # how much of a long first block is read as its heading
MAX_HEADING_CHARS = 160
MAX_AGENDA_TITLE_CHARS = 260  # agenda listings print long item titles on one line
REPEATED_LINE_MIN = 3  # a short line seen this often is a running header or footer
ITEM_TITLE_MATCH = 85  # rapidfuzz score for any heading to be an agenda item's title
REPORT_TITLE_MATCH = 70  # looser score for the title heading that opens a report in a pack

_COUNCIL_TYPES = r"(?:County|County Borough|Borough|District|City|Parish|Town|Metropolitan Borough|Metropolitan District|Unitary|Combined)"
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
_MEETING_WORDS = {"annual", "ordinary", "extraordinary", "virtual", "special", "draft"}
_NOT_COUNCIL_FIRST = {
    "the", "this", "that", "our", "each", "every", "a", "an", "and", "of", "to", "by", "for", "from", "with", "full",
    "whole", "its", "which", "at", "in", "on", "as", "all", "local", "other", "neighbouring", "members", "minutes",
    "meeting", "notice", "agenda", "virtual", "ordinary", "annual", "extraordinary", "draft", "report", "held",
    "between", "against", "about", "into", "under", "over", "if", "when", "where", "whether", "chairman", "leader",
}

_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
_DASH = r"\s+[-–—]\s+"
# "Performance Scrutiny Committee - Thursday, 16 March 2017 10.00 am", "Cabinet - 30 January 2025"
COMMITTEE_DATE = re.compile(rf"^(?P<committee>[A-Z][\w’'&,()/ \-]{{2,90}}?){_DASH}(?P<when>(?:{_WEEKDAY},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{{4}}.*)$", re.IGNORECASE)
DECISION_MAKER = re.compile(r"^(?:Decision Maker|DECISION TO BE TAKEN BY|Decision taker|Meeting)\s*:\s*(?P<committee>.{3,100})$", re.IGNORECASE)
DECIDED_AT = re.compile(r"^Decided at meeting\s*:\s*(?P<when>[\d/.\-]+)\s*(?:[-–]\s*(?P<committee>.+))?$", re.IGNORECASE)
DATE_OF_DECISION = re.compile(r"^(?:Date of decision|Decision date|Date of meeting|Meeting date|Date)\s*:\s*(?P<when>.+)$", re.IGNORECASE)
NOTICE_OF_MEETING = re.compile(r"^(?:Notice of|Agenda for|Summons to)\s+(?:an?|the)\s+(?:[A-Z]\w+\s+)?Meeting\s+of\s+(?:the\s+)?(?P<body>.{3,100}?)\s*$", re.IGNORECASE)
MINUTES_HEADER = re.compile(
    r"^(?:(?:draft|confirmed|unconfirmed|approved)\s+)?(?:the\s+)?minutes\s+(?:of|for|from)\b(?!.*\b(?:approved|signed|correct record|agreed|adopted|confirmed)\b)",
    re.IGNORECASE,
)
MEETING_OF = re.compile(
    r"\bmeeting\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w’'&,/ \-]{2,90}?)(?=\s+(?:held|on|at|in|commencing|which|virtual|meeting)\b|[,.(]|\s*$)",
    re.IGNORECASE,
)
TO_COMMITTEE = re.compile(rf"^To\s*:\s*(?P<committee>[A-Z][\w’'&,/ \-]{{2,80}}?)(?:{_DASH}(?P<when>.+))?$")

MODERNGOV_NUMBER = re.compile(r"^(?P<number>\d{1,4}/\d{2,4})\.?$")
MODERNGOV_NUMBER_TITLE = re.compile(r"^(?P<number>\d{1,4}/\d{2,4})\.?\s+(?P<title>\S.{1,200})$")
NUMBERED_HEADING = re.compile(r"^(?:Item\s+)?(?P<number>\d{1,4}[a-z]?)[.)]?\s+(?P<title>(?:[A-Z(\"‘']|\d{2}/\d{3,5}\b).{1,250})$")
ITEM_REFERENCE = re.compile(r"^\(?(?:Agenda\s+)?Item\.?\s*(?:No\.?\s*)?[\dA-Z]{1,4}(?:\s*[-–]\s*[\w ]+)?\)?\.?$", re.IGNORECASE)
INLINE_ITEM = re.compile(r"^(?P<number>\d{1,3})[.)]\s+(?P<title>(?:[A-Z][\w’'&/\-]*)(?:\s+(?:[A-Za-z][\w’'&/\-]*)){0,6}?)\s*[:–-]\s+(?P<rest>\S.*)$")
CAPS_ITEM = re.compile(r"^(?P<number>\d{1,3})[.)]\s+(?P<title>[A-Z][A-Z’'&/,\- ]{3,80}?)(?:\s+\((?P<note>[^)]{1,60})\))?\s+(?P<rest>[A-Z][a-z].*)$")
LABEL_ONLY_TITLE = re.compile(r"^(?P<title>(?:[A-Z][\w’'&/\-]*)(?:\s+[A-Za-z][\w’'&/\-]*){0,4})\s*:\s+(?P<rest>\S.*)$")
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
    (re.compile(r"^(?:report|joint report|from\s*:|to\s*:|subject\s*:|equality (?:impact|analysis)|eqia|appendix|annex|summary\s*:)\b", re.IGNORECASE), "report"),
)
# What a council calls the file: a clue to the kind of document, used for nothing else.
FILENAME_KINDS = (
    (re.compile(r"\bminutes\b", re.IGNORECASE), "minutes"),
    (re.compile(r"\b(?:agenda|frontsheet|summons)\b", re.IGNORECASE), "agenda"),
    (re.compile(r"\b(?:prod|record of decision|decision notice|decisions)\b", re.IGNORECASE), "decision"),
    (re.compile(r"\b(?:report|eqia|equality|appendix|annex|assessment|strategy|plan|amendment|motion)\b", re.IGNORECASE), "report"),
)


@dataclass
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
    name = re.sub(r"\s+", " ", name).strip(" ,.;:-–—|")
    if name.isupper() and len(name) > 3:
        small = {"and", "of", "the", "on", "upon", "in", "for", "to"}
        words = name.lower().split()
        name = " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))
    return name


def find_councils(text: str) -> list[str]:
    """Council names stated in text ("Kent County Council", "West Dereham Parish Council")."""
    names = []
    # Capitalise SHOUTED words so "KENT COUNTY COUNCIL" reads like "Kent County Council".
    text = re.sub(r"\b[A-Z][A-Z’'\-]+\b", lambda m: m.group()[0] + m.group()[1:].lower(), text)
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
        names.append(" ".join(w for w in words if w.lower() not in _MEETING_WORDS))
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


def _body_name(raw: str) -> tuple[str | None, str | None]:
    """Split "the West Dereham Parish Council" into (council, committee)."""
    raw = tidy_name(re.sub(r"^(?:the|a|an)\s+", "", raw.strip(), flags=re.IGNORECASE))
    raw = re.sub(r"\s+(?:held|on|at|in)\b.*$", "", raw)
    council = _council_in(raw)
    if council:
        rest = raw.replace(council, "").strip(" -–,")
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
    if REPORT_BY.match(text) or RECORDED_VOTE.match(text):
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
    return {
        key for key, n in counts.items()
        if n >= REPEATED_LINE_MIN and (first_date(samples[key]) or re.search(r"\bpage\b", samples[key], re.IGNORECASE) or samples[key].isupper())
    }


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
    for pattern, kind in FILENAME_KINDS:
        if hints.filename and pattern.search(hints.filename.replace("_", " ").replace("-", " ")):
            return kind
    return "other"


class _Reader:
    """Walks the blocks once, keeping the meeting, item and section in force."""

    def __init__(self, blocks: list[Block], hints: StructureHints):
        self.blocks = blocks
        self.hints = hints
        self.known_year = hints.date.year if hints.date else (hints.published.year if hints.published else None)
        self.meeting = Meeting(hints.council, hints.committee, hints.date)
        self.meeting_locked = bool(hints.committee or hints.date)
        self.doc_kind = _doc_kind(blocks, hints)
        self.kind = self.doc_kind if self.doc_kind != "other" else "other"
        self.item_number: str | None = None
        self.item_title: str | None = None
        self.section: str | None = None
        self.pending_number: str | None = None
        self.pending_title = False  # a ModernGov "Agenda item" page: its title comes next
        self.title_open = False  # the item title so far has an unclosed "(": its next line may end it
        self.awaiting_report_title = False  # a pack's report starts: its first heading is its title
        self.last_report_item: str | None = None
        self.decision_list = False  # numbered/bulleted lines after RESOLVED are decisions too
        self.agenda_items: dict[str, str] = {}  # printed number -> title, from an agenda listing
        self.repeated = _repeated_lines(blocks)
        self.seen_content = 0
        self.part_start = True  # at the start of the file or of a document inside a pack
        self.since_part_start = 0
        self.paragraphs: list[Paragraph] = []
        self.paragraph_meetings: list[Meeting] = []  # a meeting's date may be printed after its paragraphs
        self.first_council: str | None = hints.council
        self.first_meeting: Meeting | None = None

    # -- meeting context ------------------------------------------------------------
    def _set_meeting(self, council: str | None = None, committee: str | None = None, when: date | None = None, new: bool = False) -> None:
        if new:
            # Minutes of another meeting begin: its own date, its own items.
            self.meeting = Meeting(council or self.meeting.council, committee or self.meeting.committee, when)
            self.item_number = self.item_title = self.section = None
            self.pending_number = None
        else:
            if council and not self.meeting.council:
                self.meeting.council = council
            if committee and not self.meeting.committee:
                self.meeting.committee = committee
            if when and not self.meeting.date:
                self.meeting.date = when
        if self.hints.council:
            self.meeting.council = self.hints.council
        if self.first_council is None and self.meeting.council:
            self.first_council = self.meeting.council
        if self.first_meeting is None and (self.meeting.committee or self.meeting.date):
            self.first_meeting = self.meeting

    def _meeting_header(self, full_text: str, index: int) -> bool:
        """Recognise lines that state a meeting; returns True when the line is only that."""
        # A converted page may run the heading into the attendance list: read its opening only.
        text = full_text[:HEADER_WINDOW_CHARS]
        if re.match(r"^held\s+(?:on|at)\b", text, re.IGNORECASE) and self.seen_content < 3:
            when = first_date(text, self.known_year)
            if when:
                self._set_meeting(when=when)
                self.kind = "minutes" if self.doc_kind in ("other", "minutes") else self.kind
                return len(full_text) < 200
        if MINUTES_HEADER.match(text) or re.match(r"^(?:minutes|record)\s+of\s+(?:the\s+)?.{0,80}?(?:meeting|council)\b", text, re.IGNORECASE):
            body = MEETING_OF.search(text)
            council, committee = _body_name(body.group("body")) if body else (None, None)
            if council is None:
                council = _council_in(text)
            if committee is None and not council:
                committee = self._committee_above(index)
            when = first_date(text, self.known_year) or self._date_below(index)
            if when or committee or council:
                if committee is None and council is None:
                    committee = self.meeting.committee
                self._set_meeting(council, committee, when, new=self.meeting.date is not None and when != self.meeting.date or self.seen_content > 0)
                self.kind = "minutes"
                self.section = None
                return len(full_text) < 300
        match = NOTICE_OF_MEETING.match(text)
        if match:
            council, committee = _body_name(match.group("body"))
            self._set_meeting(council, committee, first_date(text, self.known_year) or self._date_below(index))
            self.kind = "agenda"
            return True
        match = DECISION_MAKER.match(text)
        if match:
            self._set_meeting(committee=tidy_name(match.group("committee")))
            return False
        match = DECIDED_AT.match(text)
        if match:
            self._set_meeting(committee=tidy_name(match.group("committee")) if match.group("committee") else None, when=first_date(match.group("when")))
            return False
        match = DATE_OF_DECISION.match(text)
        if match and not self.meeting.date and first_date(match.group("when"), self.known_year):
            self._set_meeting(when=first_date(match.group("when"), self.known_year))
            return False
        match = TO_COMMITTEE.match(text)
        if match and self.seen_content < 3:
            when = first_date(match.group("when") or "", self.known_year)
            committee = re.sub(r"^(?:all\s+)?members\s+of\s+(?:the\s+)?", "", match.group("committee"), flags=re.IGNORECASE)
            self._set_meeting(committee=tidy_name(committee), when=when)
            return False
        if (index < OPENING_BLOCKS or self.part_start) and not self.meeting.date and re.search(r"\bmeeting\b", text, re.IGNORECASE):
            # "Boughton Parish Council Meeting, 24th July 2014", "summoned to the Annual Parish Meeting on ..."
            found = find_dates(text, self.known_year)
            if found and _reads_as_heading(text[: found[0][1]]):
                self._set_meeting(council=_council_in(text), when=found[0][0])
                return len(full_text) < 200 and not text.endswith(".")
        match = COMMITTEE_DATE.match(text)
        if match and len(text) < 140:
            committee = tidy_name(match.group("committee"))
            when = first_date(match.group("when"), self.known_year)
            council, rest = _body_name(committee)
            if when and (not self.meeting.date or self.part_start):
                if council:
                    self._set_meeting(council, rest, when)
                elif not re.search(r"\b(?:report|minutes|agenda)\b", committee, re.IGNORECASE):
                    self._set_meeting(committee=committee, when=when)
                return True
        return False

    def _report_follows(self, index: int) -> bool:
        """A "Report by ..." line within the next few blocks: a page header that opens a report."""
        return any(REPORT_BY.match(b.text) for b in self.blocks[index + 1 : index + 4])

    def _items_after_current(self) -> dict[str, str]:
        """Agenda items not before the current one: reports follow the agenda's order."""
        numbers = list(self.agenda_items)
        if self.last_report_item in numbers:
            numbers = numbers[numbers.index(self.last_report_item) + 1 :]
        return {n: self.agenda_items[n] for n in numbers} or dict(self.agenda_items)

    def _back_to_own_meeting(self, header: str) -> None:
        """After an earlier meeting's minutes, a page header of the pack's own meeting starts its reports."""
        own = self.first_meeting
        if own is None or not own.date:
            return
        if first_date(header, self.known_year) == own.date:
            self.meeting = own
            self.item_number = self.item_title = self.section = None
            self.kind = "report"
            self.awaiting_report_title = True

    def _committee_above(self, index: int) -> str | None:
        for back in range(index - 1, max(-1, index - 3), -1):
            text = self.blocks[back].text.strip()
            if _norm(text) in self.repeated or NOISE.match(text):
                continue
            if len(text) < 60 and _is_heading_like(text) and not first_date(text) and not _council_in(text):
                return tidy_name(text)
            if len(text) < 60 and _council_in(text):
                continue
            break
        return None

    def _date_below(self, index: int) -> date | None:
        for block in self.blocks[index + 1 : index + 4]:
            when = first_date(block.text, self.known_year) if len(block.text) < 200 else None
            if when:
                return when
        return None

    # -- items ------------------------------------------------------------------------
    def _start_item(self, number: str | None, title: str | None) -> None:
        self.item_number = number
        self.item_title = _clean_title(title) if title else None
        # "291. Capital Programme ... (including" printed over two lines: the next heading ends it.
        self.title_open = bool(title) and title.count("(") > title.count(")")
        self.section = None
        self.decision_list = False
        if self.kind == "decision" and self.doc_kind != "decision":
            self.kind = self._base_kind()
        if self.doc_kind == "agenda" and self.meeting is self.first_meeting and self.kind != "report":
            # A web page of "agenda and minutes": each item opens with its agenda text.
            self.kind = "agenda"

    def _base_kind(self) -> str:
        return self.doc_kind if self.doc_kind in ("agenda", "report", "minutes", "decision") else "other"

    def _item_heading(self, block: Block, index: int) -> tuple[bool, str | None]:
        """Recognise an agenda item heading; returns (consumed, text left over to index)."""
        text = block.text
        if self.pending_title:
            self.pending_title = False
            if len(text) <= MAX_HEADING_CHARS and not text.endswith("."):
                self._start_item(None, text)
                return True, None
        if self.pending_number:
            number, self.pending_number = self.pending_number, None
            self._start_item(number, text)
            return True, None
        match = MODERNGOV_NUMBER.match(text)
        if match:
            self.pending_number = match.group("number")
            return True, None
        match = MODERNGOV_NUMBER_TITLE.match(text)
        if match and len(text) <= MAX_HEADING_CHARS and not text.endswith("."):
            self._start_item(match.group("number"), match.group("title"))
            return True, None
        if block.bullet or self.decision_list:
            return False, text
        if (
            block.label
            and re.fullmatch(r"\d{1,4}", block.label)
            and self.kind != "report"
            and len(text) <= MAX_HEADING_CHARS
            and not text.endswith(".")
            and _is_heading_like(_clean_title(text), 24)
            and self._plausible_item_number(block.label)
        ):
            # A minute number printed in its own column: "90." beside "24/00109 - Transfer ..."
            self._start_item(block.label, text)
            return True, None
        match = NUMBERED_HEADING.match(text)
        if match and ITEM_REFERENCE_SUFFIX.search(text) and len(text) <= MAX_AGENDA_TITLE_CHARS and self._plausible_item_number(match.group("number")):
            # "88. 24/00108 - Revenue and Capital Budget Monitoring Report (Item 5)": a minute heading.
            self._start_item(match.group("number"), match.group("title"))
            return True, None
        if match and len(text) <= (MAX_AGENDA_TITLE_CHARS if self.kind == "agenda" else MAX_HEADING_CHARS) and not re.search(r"[.;]$", text.rstrip(")")) and _is_heading_like(PAGES_NOTE.sub("", match.group("title")), 40 if self.kind == "agenda" else (24 if block.heading else 12)):
            number = match.group("number")
            if self.kind == "report":
                # Numbered headings inside a report are its sections, not agenda items.
                return False, text
            if self._plausible_item_number(number):
                self._start_item(number, match.group("title"))
                if self.kind == "agenda" and self.meeting is self.first_meeting:
                    self.agenda_items[number] = self.item_title
                return True, None
        if self.kind == "report":
            return False, text
        match = CAPS_ITEM.match(text)
        if match and self._plausible_item_number(match.group("number")):
            self._start_item(match.group("number"), match.group("title"))
            return False, match.group("rest")
        match = INLINE_ITEM.match(text)
        if match and self._plausible_item_number(match.group("number")):
            self._start_item(match.group("number"), match.group("title"))
            return False, match.group("rest")
        return False, text

    def _plausible_item_number(self, number: str) -> bool:
        digits = re.match(r"\d+", number)
        if not digits:
            return False
        value = int(digits.group())
        if self.item_number and re.match(r"^\d+", self.item_number):
            current = int(re.match(r"\d+", self.item_number).group())
            # Sub-paragraphs "1.", "2." inside a minute are not new items.
            return current < value <= current + 20
        return value < 1000

    def _report_part(self, text: str) -> None:
        """A heading inside a pack that names an agenda item: the report for that item starts."""
        awaited = self.awaiting_report_title
        if len(text) > (MAX_AGENDA_TITLE_CHARS if awaited else MAX_HEADING_CHARS):
            return
        self.awaiting_report_title = False
        best = None
        if self.agenda_items:
            best = process.extractOne(_clean_title(text), self.agenda_items, scorer=fuzz.token_sort_ratio, score_cutoff=ITEM_TITLE_MATCH, processor=default_process)
            if best is None and awaited:
                # The first heading of a report in a pack is its title, often worded unlike the agenda's.
                best = process.extractOne(_clean_title(text), self._items_after_current(), scorer=fuzz.token_set_ratio, score_cutoff=REPORT_TITLE_MATCH, processor=default_process)
        if best is None and awaited:
            self.item_number, self.item_title = None, _clean_title(text)
            self.section = None
            self.kind = "report"
            return
        if best:
            title, _score, number = best
            if number != self.item_number or self.kind != "report":
                self.item_number, self.item_title = number, title
                self.last_report_item = number
                self.section = None
                self.kind = "report"

    # -- walking --------------------------------------------------------------------
    def run(self) -> Structured:
        for index, block in enumerate(self.blocks):
            self._take(block, index)
        council = self.hints.council or self.first_council or _typed_council_in(self.hints.title or "") or self._council_by_frequency()
        for paragraph, meeting in zip(self.paragraphs, self.paragraph_meetings):
            paragraph.council = paragraph.council or meeting.council or council
            paragraph.committee = paragraph.committee or meeting.committee
            paragraph.date = paragraph.date or meeting.date
        first = self.first_meeting or self.meeting
        if not first.date and self.hints.title and re.search(r"\b(?:meeting|minutes)\b", self.hints.title, re.IGNORECASE):
            # The text never gives the date, but the document's own title does.
            when = first_date(self.hints.title, self.known_year)
            if when:
                first.date = when
                for paragraph, meeting in zip(self.paragraphs, self.paragraph_meetings):
                    if meeting is first and paragraph.date is None:
                        paragraph.date = when
        return Structured(
            paragraphs=self.paragraphs,
            council=council,
            committee=self.hints.committee or first.committee,
            date=self.hints.date or first.date,
            title=self.hints.title,
        )

    def _council_by_frequency(self) -> str | None:
        counts = Counter()
        for block in self.blocks:
            counts.update(find_councils(block.text.replace("’s", "").replace("'s", "")))
        if not counts:
            return None
        (best, n), (_, second) = (counts.most_common(2) + [(None, 0)])[:2]
        typed = re.search(_COUNCIL_TYPES + r"\s+Council$", best) is not None
        # One typed name ("Lancashire County Council") and no rival is the document's own council.
        return best if (n >= 2 or typed) and n >= 2 * second else None

    def _take(self, block: Block, index: int) -> None:
        text = PDF_ICON.sub("", block.text).strip()
        if text != block.text:
            block = dataclasses.replace(block, text=text)
        if not text or NOISE.match(text) or TIME_ONLY.match(text) or (PAGE_NUMBER.match(text) and not block.label):
            lowered = text.lower()
            if lowered.startswith("this page is intentionally left blank"):
                self.part_start = True
                self.since_part_start = 0
            elif lowered == "agenda item" and not self.paragraphs:
                self.pending_title = True
            return
        if _norm(text) in self.repeated and len(text) <= 80:
            if self.part_start or self.since_part_start <= 3 or self._report_follows(index):
                self._back_to_own_meeting(text)
            return
        if self.awaiting_report_title and not block.bullet and len(text) < 200 and not text.endswith(".") and not METADATA_LINE.match(text) and not REPORT_BY.match(text):
            self._report_part(text)
            return
        if self.pending_number or self.pending_title:
            self._item_heading(block, index)
            return
        if self.title_open:
            self.title_open = False
            if block.heading and len(text) <= MAX_HEADING_CHARS and ")" in text and self.item_title:
                self.item_title = _clean_title(f"{self.item_title} {text}")
                return
        if ITEM_REFERENCE.match(text):
            return
        if index < HEADER_ZONE_BLOCKS or self.part_start or len(text) < 400:
            council = _typed_council_in(text[:HEADER_WINDOW_CHARS]) if index < OPENING_BLOCKS else None
            if council and len(text) >= 80 and not text.lower().lstrip("#* ").startswith(council.lower()[:12]) and not MINUTES_HEADER.match(text):
                council = None  # named in passing in an opening paragraph, not as the document's heading
            if council:
                self._set_meeting(council=council)
            if self._meeting_header(text, index):
                return
            if council and len(text) < 80 and _is_heading_like(text):
                return
        if SECTION_MINUTES.match(text):
            self.section = "Minutes"
            self.kind = "minutes"
            self.decision_list = False
            return
        if SECTION_DECISIONS.match(text):
            self.section = "Decisions"
            self.kind = "decision"
            return
        consumed, rest = self._item_heading(block, index)
        if consumed:
            self.part_start = False
            return
        text = rest or text
        if (block.heading and len(text) < MAX_HEADING_CHARS) or (not block.bullet and not block.label and _is_heading_like(text) and len(text) < 80 and not METADATA_LINE.match(text)):
            self._report_part(text)
            if re.match(r"^(?:agenda)$", text, re.IGNORECASE):
                self.kind = "agenda"
            elif re.match(r"^(?:minutes|printed minutes)$", text, re.IGNORECASE) and self.item_number is None:
                self.kind = "minutes"
            self.section = tidy_name(f"{block.label} {text}" if block.label else text)
            self.decision_list = False
            return
        if REPORT_BY.match(text) and self.kind != "minutes":
            self.kind = "report" if self.doc_kind != "agenda" or self.item_number is None else self.kind
        self._emit(block, text)

    def _emit(self, block: Block, text: str) -> None:
        label = block.label
        if label is None and not block.table_row:
            match = LEADING_LABEL.match(text)
            if match:
                label = next(g for g in match.groups() if g)
                text = text[match.end():]
        kind = self.kind
        if block.table_row:
            kind = "other"
        elif RESOLVED.match(text) or (RESOLVED_UPPER.search(text[:60]) and not RECOMMENDED.search(text[:80])):
            kind = "decision"
            self.decision_list = text.rstrip().endswith((":", "that", "to")) or len(text) < 40
        elif self.decision_list and (block.bullet or block.label or re.match(r"^(?:\(?[a-z0-9]{1,3}[.)]|[ivx]+\))\s", text)):
            kind = "decision"
        else:
            self.decision_list = False
            if METADATA_LINE.match(text) and len(text) < 200:
                kind = "other"
        self.seen_content += 1
        self.since_part_start += 1
        self.part_start = False
        self.paragraph_meetings.append(self.meeting)
        self.paragraphs.append(
            Paragraph(
                text=text,
                position=len(self.paragraphs),
                page=block.page,
                council=self.meeting.council,
                committee=self.meeting.committee,
                date=self.meeting.date,
                item_number=self.item_number,
                item_title=self.item_title,
                section=self.section,
                kind=kind,
                label=label,
                bullet=block.bullet,
                table_row=block.table_row,
            )
        )


def find_structure(blocks: list[Block], hints: StructureHints | None = None) -> Structured:
    """Turn blocks into paragraphs carrying their meeting, item, section and kind."""
    return _Reader(blocks, hints or StructureHints()).run()
