"""Who speaks in each paragraph of minutes written in reported speech.

A speaker is a person who speaks, reports, presents, asks, answers, moves, seconds or responds in
the paragraph ("Councillor Glynis Phillips urged", "A report was presented by Donna Talbot",
"It was proposed by G. Clere, seconded by D. Pickston", "The Chairman asked" when the document
says who chaired). People who only sent apologies, are listed as present or in a recorded vote,
are mentioned or addressed, or left the meeting are not speakers. Names are shown without
honorifics, in the fullest form the same document gives for that person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from nameparser import HumanName
from rapidfuzz import fuzz

from indexer.analysis import split_sentences
from indexer.model import Document, Paragraph

# Honorifics that open a name; longest first so "County Councillor" wins over "Councillor".
HONORIFICS = (
    "County Councillors", "Borough Councillors", "District Councillors", "Parish Councillors", "Councillors", "Cllrs",
    "County Councillor", "Borough Councillor", "District Councillor", "Parish Councillor", "City Councillor",
    "Councillor", "Cllr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady", "Professor", "Prof",
    "Revd", "Rev", "Reverend", "Canon", "PCSO", "PC", "Sergeant", "Sgt", "Inspector", "Insp", "Superintendent", "Messrs",
)
POST_NOMINALS = ("OBE", "MBE", "CBE", "KBE", "DBE", "JP", "DL", "MP", "QC", "KC", "FRICS")
SPEECH_VERBS = (
    "said", "says", "asked", "asks", "answered", "responded", "replied", "reported", "explained", "stated", "noted",
    "added", "commented", "confirmed", "advised", "welcomed", "thanked", "urged", "expressed", "raised", "queried",
    "questioned", "suggested", "proposed", "seconded", "moved", "introduced", "presented", "summarised", "summarized",
    "outlined", "highlighted", "emphasised", "emphasized", "informed", "updated", "gave", "provided", "spoke",
    "agreed", "undertook", "declared", "requested", "sought", "challenged", "acknowledged", "concluded",
    "reiterated", "clarified", "described", "detailed", "referred", "indicated", "accepted", "supported",
    "opposed", "echoed", "congratulated", "delivered", "elaborated", "tabled", "assured", "recommended",
    "considered", "felt", "believed", "pointed", "paid", "praised", "voiced", "argued", "insisted", "cautioned",
    "warned", "stressed", "recognised", "recognized", "commended", "invited", "wished", "offered", "mentioned",
    "observed", "remarked", "contended", "announced", "concurred", "led", "addressed", "read", "put", "made",
    "referenced", "shared", "set", "went", "took", "undertaken", "gave", "circulated", "explained", "drew",
    "volunteered", "called", "notified", "briefed", "reminded", "proposes", "seconds", "moves", "enquired", "inquired", "requested", "pointed", "looked",
    "would", "will", "had", "has", "was", "is",
)
# Verbs after which a name is a speaker even in the passive: "presented by Donna Talbot".
PASSIVE_VERBS = ("presented", "introduced", "proposed", "seconded", "moved", "given", "raised", "asked", "made", "delivered", "led", "reported", "tabled", "submitted")
# Verbs that do not make their subject a speaker when they stand alone.
WEAK_VERBS = {"would", "will", "had", "has", "was", "is", "set", "went", "took", "put", "made", "read", "led"}
WEAK_CONTINUATIONS = {
    "would": r"(?:like|welcome|ask|be\s+(?:grateful|happy|pleased)|support|oppose|suggest|urge|encourage|propose)",
    "will": r"(?:respond|reply|report|provide|circulate|ask|write|update|look|clarify|confirm)",
    "had": r"(?:asked|given|raised|requested|proposed|reported|spoken|attended|met|written|submitted|visited)",
    "has": r"(?:asked|given|raised|requested|proposed|reported|spoken|met|written|submitted|visited)",
    "was": r"(?:pleased|concerned|disappointed|keen|happy|delighted|grateful|invited\s+to\s+speak|of\s+the\s+(?:view|opinion))",
    "is": r"(?:pleased|concerned|disappointed|keen|happy|delighted|grateful)",
    "set": r"out", "went": r"on\s+to", "took": r"(?:members|the\s+(?:committee|meeting|cabinet|council))\s+through",
    "put": r"(?:forward|a\s+question|to\s+the\s+vote|(?:the|a|an|it|this)\b.{0,100}?\bto\s+(?:the\s+)?vote)", "made": r"(?:a\s+(?:statement|presentation|point|comment))", "read": r"(?:out|a\s+statement)",
    "led": r"(?:the\s+(?:discussion|debate|presentation))",
}
ROLE_WORDS = r"(?:Vice[- ]Chairman|Vice[- ]Chairperson|Vice[- ]Chair|Chairman|Chairwoman|Chairperson|Chair|Leader|Mayor|Clerk)"

_HONORIFIC = "|".join(re.escape(h) for h in HONORIFICS)
_NAME_WORD = r"[A-Z][a-zA-Z’'\-]+(?:-[A-Z][a-zA-Z’']+)?"
_INITIALS = r"(?:[A-Z]\.?\s*){1,3}"
# A titled name: "Councillor Lawrie Stratford", "Mr R W Gough", "Cllr. Tilley", "Mrs. Willis"
TITLED = rf"(?:{_HONORIFIC})\.?\s+(?:{_INITIALS}\s*)?(?:{_NAME_WORD}\s+){{0,2}}{_NAME_WORD}"
# An untitled full name: "Dave Carr", "Stephen Fairhurst Jones", "G. Clere", "R. Lankfer"
UNTITLED = rf"(?:{_INITIALS}|{_NAME_WORD}\s+)(?:{_NAME_WORD}\s+)?{_NAME_WORD}"
NAME = rf"(?:{TITLED}|{UNTITLED})"
_VERB = "|".join(sorted(set(SPEECH_VERBS), key=len, reverse=True))
# "NAME[, appositive,] [also] VERB"
SUBJECT_VERB = re.compile(
    rf"(?P<name>{NAME})(?:\s*\((?P<paren>[^)]{{1,80}})\))?(?P<appos>,[^.;:]{{1,160}}?,?|\s+[-–—]\s+[^.;:]{{1,120}}?[,)]?)?\s+(?:also\s+|then\s+|further\s+|duly\s+|formally\s+|briefly\s+|subsequently\s+)?(?P<verb>{_VERB})\b"
)
# "Councillors Constance and Green reported"
PLURAL_SUBJECT = re.compile(
    rf"\b(?P<title>Councillors|Cllrs|County Councillors|Messrs)\.?\s+(?P<names>{_NAME_WORD}(?:\s*,\s*{_NAME_WORD})*\s+and\s+{_NAME_WORD})\s+(?:also\s+)?(?P<verb>{_VERB})\b"
)
PASSIVE = re.compile(
    rf"\b(?:{'|'.join(PASSIVE_VERBS)})\s+by\s+(?:the\s+)?(?P<name>{NAME}|{ROLE_WORDS})(?:\s*\([^)]{{1,60}}\))?"
)
SECONDED_BY = re.compile(rf"\b(?:seconded|supported)\s+by\s+(?P<name>{NAME}|{ROLE_WORDS})")
# Parish style without "by": "proposed C. Cann and seconded M. Grief"
PROPOSED_NAME = re.compile(rf"\b(?:proposed|seconded)\s+(?P<name>{_INITIALS}{_NAME_WORD}|(?:Mr|Mrs|Ms|Miss|Cllr|Councillor)\.?\s+{_NAME_WORD})\b(?!\s+(?:as|for|to\s+be)\b)")
ROLE_SUBJECT = re.compile(
    rf"\b[Tt]he\s+(?P<role>{ROLE_WORDS})(?:\s+of\s+the\s+(?:Council|Committee|Cabinet))?(?:,\s*(?P<name>{NAME}),)?\s+(?:also\s+|then\s+|further\s+)?(?P<verb>{_VERB})\b"
)
# "The Leader of the Labour Group, Mr Brady, thanked officers": a role, then the name.
APPOSITIVE_SUBJECT = re.compile(rf",\s*(?P<name>{TITLED}),\s+(?:also\s+)?(?P<verb>{_VERB})\b")
# Paragraphs that list people without them speaking.
NOT_SPEECH = re.compile(
    r"^\s*(?:apologies|apologies for absence|present|also present|in attendance|attendance|attending|those attending|"
    r"voting members|members present|councillors present|officers(?: present)?|absent|for|against|abstain(?:ed|ing|ions)?|"
    r"recorded vote|the following members voted|membership)\b\s*(?:were received)?\s*[:\-–]",
    re.IGNORECASE,
)
APOLOGIES = re.compile(r"^\s*apologies\b|\bapologies\s+(?:for\s+absence\s+)?(?:were|was|had been)\s+(?:received|given|tendered|submitted|noted|accepted)\b", re.IGNORECASE)
LEFT_MEETING = re.compile(r"\b(?:left|joined|arrived at|returned to|withdrew from)\s+the\s+(?:meeting|room|chamber)\b", re.IGNORECASE)
CHAIR_MARK = re.compile(
    rf"(?P<name>{NAME})\s*(?:\([A-Z]{{2,3}}\)\s*)?(?:\((?:Chairman|Chairwoman|Chairperson|Chair)\)|[-–—,]\s*(?:in the Chair|Chairman|Chairwoman|Chairperson|Chair)\b(?!\s+(?:of|for)\b))"
    rf"|(?:Chairman|Chairperson|Chair)\s*[:\-–]\s*(?P<name2>{NAME})"
    rf"|(?P<name3>{NAME})\s+(?:took|was in)\s+the\s+chair",
)
VICE_CHAIR_MARK = re.compile(rf"(?P<name>{NAME})\s*(?:\([A-Z]{{2,3}}\)\s*)?(?:\(Vice[- ]?(?:Chairman|Chairperson|Chair)\)|[-–—,]\s*Vice[- ]?(?:Chairman|Chairperson|Chair)\b(?!\s+(?:of|for)\b))")
# "Claire Cann (CC)": the initials the minutes then use for her.
INITIALS_MARK = re.compile(rf"(?P<name>(?:(?:{_HONORIFIC})\.?\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s*\((?P<initials>[A-Z]{{2,3}})\)")
# "Proposer: Cllr G Key, 2nd: Cllr D Deighton"
PROPOSER_FIELD = re.compile(rf"\b(?:Proposer|Proposed|Seconder|Seconded|2nd)\s*:\s*(?P<name>{NAME})")
LEADER_MARK = re.compile(rf"(?P<name>{NAME})\s*[,(]?\s*(?:the\s+)?Leader of the Council\b")
CONTINUATION = re.compile(r"^(?:The\s+[\w’'\- ]{3,60}?\s+(?:is|was)\s+the\s+(?:second|third|fourth|fifth|final|last|other)\s+(?:issue|point|matter|reason|concern|factor)\b)|^(?:He|She|They)\s+(?:also\s+|further\s+|then\s+)?(?:" + _VERB + r")\b|^(?:He|She)\s+\w+ed\b|^(?:The\s+(?:second|third|fourth|final|next|other)\s+(?:issue|point|matter|question)|In\s+(?:response|reply|addition)|Furthermore|Additionally|Moreover)\b")
NOT_NAMES = {
    "the", "this", "that", "these", "those", "it", "he", "she", "they", "we", "members", "member", "officers", "officer",
    "committee", "council", "cabinet", "board", "panel", "government", "report", "chairman", "chair", "leader", "director",
    "head", "clerk", "county", "borough", "district", "parish", "city", "town", "mayor", "minutes", "resolved", "agreed",
    "item", "items", "appendix", "annex", "section", "paragraph", "table", "page", "kent", "oxfordshire", "lancashire",
    "public", "health", "social", "care", "children", "adult", "adults", "services", "service", "cabinet member",
    "corporate", "strategic", "deputy", "assistant", "executive", "chief", "group", "labour", "conservative", "liberal",
    "green", "greens", "independent", "democrats", "party", "national", "local", "authority", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "there", "following", "questions", "question",
    "all", "both", "each", "any", "some", "no", "an", "a", "in", "on", "at", "for", "with", "from", "by", "of", "to",
    "and", "or", "but", "as", "if", "when", "while", "after", "before", "during", "following", "however", "also",
    "further", "then", "once", "since", "following", "mental", "highways", "education", "finance", "policy",
    "planning", "transport", "environment", "economy", "community", "communities", "housing", "waste", "police",
    "fire", "network", "nhs", "icb", "kcc", "occ", "ofsted", "department", "secretary", "minister", "ministers",
    "scrutiny", "select", "overview", "audit", "governance", "standards", "pension", "pensions", "fund", "trust",
    "school", "schools", "hall", "church", "village", "road", "street", "lane", "drive", "close", "way", "centre",
    "statement", "written", "draft", "budget", "plan", "strategy", "framework", "policy", "programme", "project",
    "motion", "amendment", "decision", "recommendation", "recommendations", "update", "updates", "presentation",
    "general", "counsel", "monitoring", "solicitor", "treasurer", "auditor", "internal", "external", "officer's",
    "dr", "mr", "mrs", "ms", "miss", "sir", "councillor", "cllr", "pc", "pcso", "cabinet", "vice", "acting", "interim",
}
PRONOUN_START = re.compile(r"^(?:He|She|They)\b")


@dataclass
class _People:
    """Everyone a document names, keyed by surname, so short forms resolve to the fullest one."""

    by_surname: dict[str, list[str]] = field(default_factory=dict)
    chair: str | None = None
    vice_chair: str | None = None
    leader: str | None = None
    initials: dict[str, str] = field(default_factory=dict)  # "CC" -> "Claire Cann", as the minutes define them

    def add(self, name: str) -> None:
        last = _surname(name)
        if not last:
            return
        forms = self.by_surname.setdefault(last.lower(), [])
        if name not in forms:
            forms.append(name)

    def fullest(self, name: str) -> str:
        """The fullest form of a name in this document: "Stratford" -> "Lawrie Stratford"."""
        last = _surname(name)
        forms = self.by_surname.get(last.lower(), []) if last else []
        given = _given(name)
        candidates = [f for f in forms if _compatible(given, _given(f))] + [name]
        return max(candidates, key=_fullness)


def _fullness(name: str) -> tuple[int, int]:
    given = _given(name)
    spelled = sum(1 for part in given.split() if len(part.rstrip(".")) > 1)
    return spelled, len(name)


def _compatible(given_a: str, given_b: str) -> bool:
    """"R W" fits "Roger", "Lawrie" fits "" (surname only), "Liz" does not fit "Jean"."""
    if not given_a or not given_b:
        return True
    a = [p.rstrip(".") for p in given_a.split()]
    b = [p.rstrip(".") for p in given_b.split()]
    if a[0][0].lower() != b[0][0].lower():
        return False
    if len(a[0]) > 1 and len(b[0]) > 1:
        return a[0].lower() == b[0].lower() or fuzz.ratio(a[0].lower(), b[0].lower()) >= 85
    return True


def _parse(name: str) -> HumanName:
    return HumanName(name)


def _surname(name: str) -> str:
    parts = name.split()
    return parts[-1] if parts else ""


def _given(name: str) -> str:
    parts = name.split()
    return " ".join(parts[:-1])


_STRIP_HONORIFIC = re.compile(rf"^(?:(?:{_HONORIFIC})\.?\s+)+")
_STRIP_POST = re.compile(rf"(?:,?\s+(?:{'|'.join(POST_NOMINALS)})\b)+\s*$")


def normalise_name(raw: str) -> str | None:
    """A person's name without honorifics or post-nominals ("Mr R W Gough, OBE" -> "R W Gough"), or None."""
    name = re.sub(r"\s+", " ", raw).strip(" ,.;:()")
    name = _STRIP_POST.sub("", name)
    name = _STRIP_HONORIFIC.sub("", name).strip()
    name = re.sub(r"\b([A-Z])\.(?=\s|[A-Z]|$)", r"\1", name)  # "G. Clere" -> "G Clere"
    name = re.sub(r"\b([A-Z])([A-Z])\b(?=\s+[A-Z][a-z])", r"\1 \2", name)  # "RW Gough" -> "R W Gough"
    name = re.sub(r"\s+", " ", name).strip()
    words = name.split()
    if not words or len(words) > 4:
        return None
    titled = _is_titled(re.sub(r"\s+", " ", raw).strip(" ,.;:()"))
    # After an honorific only the surname must look like a name ("Councillor Green" is a person).
    checked = words[:-1] if titled else words
    if any(w.lower().strip("’'") in NOT_NAMES for w in checked if len(w) > 1):
        return None
    if words[-1].lower() in {"the", "council", "committee", "cabinet", "chairman", "chair", "leader", "members", "officers"}:
        return None
    last = words[-1]
    if len(last) < 2 or not last[0].isupper() or re.fullmatch(r"[A-Z]{2,}s?", last):
        return None  # "MPs", "KCC", "NHS": bodies, not people
    return name


def _is_titled(raw: str) -> bool:
    return re.match(rf"(?:{_HONORIFIC})\b", raw) is not None


def _collect_people(document: Document) -> _People:
    """Names the document gives anywhere (attendance lists too), the chair and the leader."""
    people = _People()
    titled_anywhere = re.compile(TITLED)
    for paragraph in document.paragraphs:
        text = paragraph.text
        for match in titled_anywhere.finditer(text):
            name = normalise_name(match.group(0))
            if name:
                people.add(name)
        if NOT_SPEECH.match(text) or re.match(r"^\s*(?:Present|PRESENT|Those Attending|Attendance)", text):
            for chunk in re.split(r"[,;:]|\band\b|\s[-–]\s", text):
                name = normalise_name(chunk)
                if name and len(name.split()) >= 2:
                    people.add(name)
        if people.chair is None:
            match = CHAIR_MARK.search(text)
            if match:
                raw = match.group("name") or match.group("name2") or match.group("name3")
                name = normalise_name(raw or "")
                if name:
                    people.chair = name
        if people.vice_chair is None:
            match = VICE_CHAIR_MARK.search(text)
            if match:
                people.vice_chair = normalise_name(match.group("name"))
        for match in INITIALS_MARK.finditer(text):
            name = normalise_name(match.group("name"))
            if name and len(name.split()) >= 2 and match.group("initials") not in people.initials:
                people.initials[match.group("initials")] = name
                people.add(name)
        if people.leader is None:
            match = LEADER_MARK.search(text)
            if match:
                name = normalise_name(match.group("name"))
                if name:
                    people.leader = name
    return people


def _verb_ok(verb: str, after: str) -> bool:
    if verb not in WEAK_VERBS:
        return True
    follow = WEAK_CONTINUATIONS.get(verb)
    return bool(follow and re.match(r"\s+" + follow + r"\b", after, re.IGNORECASE))


def _role_person(role: str, people: _People) -> str | None:
    role = role.lower()
    if role.startswith("vice"):
        return people.vice_chair
    if role.startswith("chair"):
        return people.chair
    if role == "leader":
        return people.leader
    return None


_ROLE_APPOSITIVE = re.compile(
    r"\b(?:Head|Director|Officer|Manager|Chief|Lead|Leader|Member|Clerk|Councillor|Chairman|Chair|Executive|Secretary|"
    r"Advis[oe]r|Commissioner|Inspector|Service|Services|Team|Consultant|Engineer|Planner|Solicitor|Counsel|Treasurer|"
    r"Accountant|Analyst|Coordinator|Co-ordinator|President|Representative|Superintendent|Sergeant|Constable|Principal|Headteacher)\b"
)


def _subject_matches(sentence: str):
    """Every "NAME ... VERB" in a sentence, trying each name start (a skipped object may hide a subject)."""
    position = 0
    while position < len(sentence):
        match = SUBJECT_VERB.search(sentence, position)
        if match is None:
            return
        yield match
        position = match.start() + 1 + len(match.group("name").split()[0])


def _initials_subject(sentence: str, people: _People):
    """ "CC advised", "PK reported": initials the minutes defined for a person, then a speech verb."""
    if not people.initials:
        return []
    pattern = re.compile(rf"\b(?P<initials>{'|'.join(map(re.escape, people.initials))})\s+(?:also\s+|then\s+)?(?P<verb>{_VERB})\b")
    return [m for m in pattern.finditer(sentence) if _verb_ok(m.group("verb"), sentence[m.end():])]


def speakers_in(text: str, people: _People | None = None) -> list[str]:
    """Speakers of one paragraph, in the order they appear (names as printed, honorifics removed)."""
    people = people or _People()
    if NOT_SPEECH.match(text):
        return []
    found: list[tuple[int, str]] = []
    for sentence in split_sentences(text) or [text]:
        offset = text.find(sentence)
        if APOLOGIES.search(sentence) or LEFT_MEETING.search(sentence):
            continue
        for match in _subject_matches(sentence):
            raw = match.group("name")
            if not _verb_ok(match.group("verb"), sentence[match.end():]):
                continue
            before = sentence[: match.start()]
            # "agreed with Mr Hook", "a question to Councillor X": an object, not a subject.
            if re.search(r"\b(?:with|to|from|for|by|of|thanked|thank|asked|invited|about|on|at|than|like|against|between|behalf)\s+(?:the\s+)?$", before, re.IGNORECASE):
                continue
            if not _is_titled(raw):
                appositive = match.group("appos") or ""
                if len(raw.split()) < 2 and not re.match(rf"^{_INITIALS}", raw):
                    continue
                # An untitled name speaks only straight before its verb or with a job beside it.
                if appositive and not _ROLE_APPOSITIVE.search(appositive):
                    continue
            name = normalise_name(raw)
            if name:
                found.append((offset + match.start(), name))
        for match in PLURAL_SUBJECT.finditer(sentence):
            for part in re.split(r"\s*,\s*|\s+and\s+", match.group("names")):
                name = normalise_name("Councillor " + part)
                if name:
                    found.append((offset + match.start(), name))
        for match in _initials_subject(sentence, people):
            found.append((offset + match.start(), people.initials[match.group("initials")]))
        for pattern in (PASSIVE, SECONDED_BY, PROPOSED_NAME, PROPOSER_FIELD):
            for match in pattern.finditer(sentence):
                raw = match.group("name")
                if re.fullmatch(ROLE_WORDS, raw):
                    person = _role_person(raw, people)
                    if person:
                        found.append((offset + match.start(), person))
                    continue
                name = normalise_name(raw)
                if name:
                    found.append((offset + match.start("name"), name))
        for match in ROLE_SUBJECT.finditer(sentence):
            if not _verb_ok(match.group("verb"), sentence[match.end():]):
                continue
            if match.group("name"):
                name = normalise_name(match.group("name"))
            else:
                name = _role_person(match.group("role"), people)
            if name:
                found.append((offset + match.start(), name))
        for match in APPOSITIVE_SUBJECT.finditer(sentence):
            if _verb_ok(match.group("verb"), sentence[match.end():]):
                name = normalise_name(match.group("name"))
                if name:
                    found.append((offset + match.start("name"), name))
    ordered: list[str] = []
    for _, name in sorted(found):
        if name not in ordered:
            ordered.append(name)
    return ordered


def _opens_list(text: str) -> bool:
    """ "... responded to Members' questions as follows:", "Councillor Godden reported that" """
    text = text.rstrip()
    return text.endswith(":") or bool(re.search(r"\b(?:that|as follows)$", text))


_MEETING_SUBJECT = re.compile(
    r"^(?:Members|The (?:Committee|Cabinet|Panel|Board|Chairman|Chair|Leader|meeting)|It was|RESOLVED|Resolved|Following the|After the)\b|^[“\"]"
)


def _in_list(paragraph: Paragraph, previous_inherited: bool) -> bool:
    """A bullet, a printed sub-paragraph ("(b)"), a lower-case run-on, or more of the same list."""
    sub_label = bool(paragraph.label and re.fullmatch(r"\(?(?:[a-z]{1,2}|[ivx]{1,5})[.)]?", paragraph.label))
    if _NAME_LIST.match(paragraph.text) or paragraph.text.startswith(("“", '"')):
        return False  # a vote list, or the words of a motion: nobody's reported speech
    if paragraph.bullet or sub_label or paragraph.text[:1].islower() or re.match(r"^(?:[a-z]|[ivx]{1,4})\)\s", paragraph.text):
        return paragraph.kind != "decision" or paragraph.bullet
    return previous_inherited and paragraph.kind != "decision" and not _MEETING_SUBJECT.match(paragraph.text)


def _closes_list(paragraph: Paragraph) -> bool:
    """The meeting's own voice ("RESOLVED", "Members asked") or a vote list ends someone's list."""
    return paragraph.kind == "decision" or bool(_MEETING_SUBJECT.match(paragraph.text)) or bool(_NAME_LIST.match(paragraph.text))


# "Mr Baker, Mr Bartlett, Mrs Bell, ...": a list of people (a recorded vote, an attendance list).
_NAME_LIST = re.compile(rf"^\s*(?:(?:{TITLED})(?:,\s*(?:{'|'.join(POST_NOMINALS)}))?\s*(?:,|\band\b)\s*){{2,}}")


def assign_speakers(document: Document) -> None:
    """Set `speakers` on every paragraph of a document, in place."""
    people = _collect_people(document)
    lead_in: Paragraph | None = None  # "... provided an update on the following:": its list is theirs
    inherited = False  # the previous paragraph took its speakers from lead_in
    last_speaking: Paragraph | None = None
    for paragraph in document.paragraphs:
        names = speakers_in(paragraph.text, people)
        took_from_lead = False
        if names or NOT_SPEECH.match(paragraph.text) or paragraph.table_row:
            pass
        elif lead_in is not None and lead_in.item_title == paragraph.item_title and _in_list(paragraph, inherited):
            names, took_from_lead = list(lead_in.speakers), True
        elif (
            last_speaking is not None
            and last_speaking.item_title == paragraph.item_title
            and last_speaking.section == paragraph.section
            and CONTINUATION.match(paragraph.text)
        ):
            # "He added ...", "The third issue is ...": the last person speaking under this heading goes on.
            names = list(last_speaking.speakers)
        resolved: list[str] = []
        for name in names:
            full = people.fullest(name)
            if full not in resolved:
                resolved.append(full)
        paragraph.speakers = resolved
        if not took_from_lead:
            if paragraph.speakers and _opens_list(paragraph.text):
                lead_in = paragraph
            elif _closes_list(paragraph) or (paragraph.speakers and (lead_in is None or not set(paragraph.speakers) <= set(lead_in.speakers))):
                lead_in = None
        inherited = took_from_lead
        if paragraph.speakers:
            last_speaking = paragraph
        elif _closes_list(paragraph):
            last_speaking = None
