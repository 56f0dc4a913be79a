"""Names of councils and their committees as facet values: is a phrase a body's name, and its one canonical form.

Pure functions on short strings. A phrase that may not be a name (a sentence, a page label, a date,
a status such as "Draft", a heading) gives None: a facet left empty is better than a wrong one.
"""
from __future__ import annotations

import re

# Words that make a phrase the name of a deliberative body.
BODY_WORD = re.compile(
    r"\b(?:(?:sub-?)?committees?|cabinet|council|panel|board|forum|scrutiny|working\s+(?:group|party)|executive|"
    r"partnership|commission|assembly|parish\s+meeting|town\s+meeting|sub-?group|(?:municipal|metropolitan)\s+district)\b",
    re.IGNORECASE,
)
# Words that make a phrase a sentence, not a name ("Apologies were received from ...").
SENTENCE_WORD = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|should|could|can|may|might|must|"
    r"received|noted|agreed|resolved|reported|advised|asked|said|thanked|proposed|seconded|approved|signed|"
    r"confirmed|declared|attended|welcomed|opened|closed|discussed)\b",
    re.IGNORECASE,
)
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
# A date, a page label, a time or a year: never part of a body's name.
_NOT_NAME = re.compile(
    rf"\bpage\b|\bp\.\s*\d|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|\b(?:19|20)\d\d\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b|"
    rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}[.:]\d{{2}}\s*(?:am|pm)\b|^\W*\d+\W*$",
    re.IGNORECASE,
)
# Words of a document's title ("... Report to Cabinet"): a title is not a body.
_DOCUMENT_WORD = re.compile(r"\b(?:reports?|minutes|agenda|appendix|annex|items?|updates?|decisions?|papers?|pack|notice|summons)\b", re.IGNORECASE)
# A person's post ("Scrutiny Research Officer", "Democratic Services Manager"): a job, however many body words it holds.
_POST_END = re.compile(
    r"\b(?:officer|manager|director|clerk|secretary|advis[eo]r|assistant|analyst|co-?ordinator|solicitor|accountant|"
    r"treasurer|administrator|consultant|lead|head)s?$",
    re.IGNORECASE,
)
# "By: Anna Taylor, ...", "From: ...": a form's field and its value; a body's name has no field label.
_FIELD_LABEL = re.compile(r"^[A-Za-z][\w ]{0,24}:\s")
MAX_NAME_CHARS = 90
MAX_NAME_WORDS = 12

# Leading words that belong to the line around a name, not to the name ("Record of", "February",
# "Minutes of the", "Draft", "Annual"): dropped before a council name is read.
_LEADING = re.compile(
    rf"^(?:(?:the|a|an|draft|confirmed|unconfirmed|approved|annual|ordinary|extraordinary|special|virtual|"
    rf"full|monthly|meeting|meetings|minutes|record|records|notes|summary|notice|agenda|summons|report|"
    rf"papers|business|members|regular|joint|adjourned|reconvened|emergency|statutory|inaugural|budget|precept|above|said|same|aforementioned|aforesaid|{_MONTH}|{_WEEKDAY})\b\.?(?:\s+of\b)?[\s,:\-–—]*)+",
    re.IGNORECASE,
)
# Words of a place name written in lower case ("Northwold and Whittington", "Stow cum Quy").
_SMALL = {"and", "of", "on", "upon", "in", "le", "la", "les", "under", "by", "cum", "next", "the", "with", "en", "sur", "de", "at", "over"}
_COUNCIL_TYPE = r"(?:County|County Borough|Borough|District|City|Parish|Town|Community|Village|Metropolitan Borough|Metropolitan District|Unitary|Combined)"
# "West Dereham PC", "Wretton TC": a place followed by the abbreviation of its council.
_ABBREVIATED = {"pc": "Parish Council", "tc": "Town Council"}
_FUNCTION = {"from", "to", "for", "about", "into", "via", "as", "if", "than", "apologies", "present", "cllr", "mr", "mrs", "ms", "dr"}
_GENERIC = {"county", "borough", "district", "city", "parish", "town", "community", "village", "metropolitan", "unitary", "combined", "council", "london"}


# "Adare-" at a line's end over "Rathkeale": the compound a line break split, rejoined (a dash set apart has a space before it).
HYPHEN_BROKEN = re.compile(r"(?<=[A-Za-z])-\s+(?=[A-Z])")


def _tidy(text: str) -> str:
    return HYPHEN_BROKEN.sub("-", re.sub(r"\s+", " ", text)).strip(" \t,.;:-–—|*#_\"'“”‘’")


def is_body_name(text: str) -> bool:
    """Whether a phrase reads as the name of a body ("Planning Committee", "Cabinet"), not a sentence, date or heading."""
    name = _tidy(text)
    if not name or len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS:
        return False
    if not (name[0].isupper() or name[0].isdigit()):
        return False
    if _NOT_NAME.search(name) or SENTENCE_WORD.search(name) or re.search(r"[.;!?]\s+\w", name):
        return False
    if not BODY_WORD.search(name) or _DOCUMENT_WORD.search(name):
        return False
    if _POST_END.search(name) or _FIELD_LABEL.match(name):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w’'\-]*", name) if w.lower() not in _SMALL]
    lowers = [w for w in words if w[0].islower()]
    return len(lowers) <= len(words) // 3


# A committee value naming no more than a kind of council: the council as a whole ("COUNCIL MEETING" heading a
# disposition or a Hansard is the meeting of the council itself, not a body called "Council Meeting").
_WHOLE_COUNCIL = re.compile(
    r"(?:full\s+|whole\s+)?(?:(?:county|city|town|parish|borough|district|community|village|metropolitan|unitary)(?:\s+(?:and\s+)?(?:county|borough|district))?\s+)?council(?:\s+meetings?)?",
    re.IGNORECASE,
)


def committee_name(text: str) -> str | None:
    """The committee a phrase names, tidied ("PLANNING COMMITTEE" -> "Planning Committee"), or None when it names none."""
    name = _tidy(re.sub(r"^(?:the|a|an)\s+", "", _tidy(text), flags=re.IGNORECASE))
    if _WHOLE_COUNCIL.fullmatch(name):
        return FULL_COUNCIL  # "COUNTY COUNCIL" on an agenda front sheet: the council meeting as a whole
    if not is_body_name(name):
        return None
    if name.isupper() and len(name) > 3:
        name = " ".join(w if w.lower() in _SMALL and i else "-".join(part.capitalize() for part in w.split("-")) for i, w in enumerate(name.lower().split()))
    return name


def _place_word(word: str, first: bool) -> str:
    """One word of a place name in its usual case: "dereham" -> "Dereham", "AND" -> "and", "King's" kept."""
    if word.lower() in _SMALL and not first:
        return word.lower()
    if word.islower() or (word.isupper() and len(word) > 1):
        return "-".join(part[:1].upper() + part[1:].lower() if part.lower() not in _SMALL else part.lower() for part in word.split("-"))
    return word


def canonical_council(text: str) -> str | None:
    """A council's name in one form ("West dereham PC" -> "West Dereham Parish Council"), or None when the text names none."""
    name = _tidy(text).replace(" & ", " and ")  # "City & County Council" is "City and County Council"
    name = re.sub(r"(?:’s|'s)$", "", name)
    name = _LEADING.sub("", name)
    words = name.split()
    if not words:
        return None
    if words[-1].lower() in _ABBREVIATED and words[-1].isupper() and len(words) >= 2:
        # Only a place (capitalised words) before it: "PC Jackson" is a constable, not a council.
        before = words[:-1]
        if not before[0][:1].isupper() or any(w.lower() in _FUNCTION or not re.fullmatch(r"[A-Za-z][A-Za-z’'\-]*", w) for w in before):
            return None
        words = words[:-1] + _ABBREVIATED[words[-1].lower()].split()
    if words[-1].lower() != "council" and not re.match(r"(?i)^(?:(?:london\s+)?borough\s+of|(?:city|town|village)\s+of|(?:\w+\s+){0,2}council\s+of(?:\s+the)?)\s+[A-Z]", " ".join(words)):
        return None
    # "May NMeeting of Wretton Parish Council": a parish's or town's council is named by its place alone, so
    # what stands before an "of" is the line around the name (a misprinted "Meeting"), not part of it.
    local = re.match(r"^(?P<before>.+?)\s+of\s+(?:the\s+)?(?P<name>(?:[A-Z][\w’'\-]*\s+){1,4}(?:Parish|Town|Community|Village)\s+Council)$", " ".join(words))
    if local and not re.search(r"(?i)\b(?:borough|city|county|district|royal)\b", local.group("before")):
        words = local.group("name").split()
    city = re.match(r"(?i)^(?:city|town|village)\s+of\s+(.+)$", " ".join(words))
    if city and words[-1].lower() != "council" and (BODY_WORD.search(city.group(1)) or len(city.group(1).split()) > 3):
        return None  # "City of Ashby Planning Board" names a body of the city, not the city
    words = [_place_word(w, i == 0) for i, w in enumerate(words)]
    name = " ".join(words)
    name = re.sub(rf"(?i)\b{_COUNCIL_TYPE}\s+Council$", lambda m: m.group().title(), name)
    if _NOT_NAME.search(name) or SENTENCE_WORD.search(name) or len(name) > MAX_NAME_CHARS:
        return None
    place = [w for w in name.split() if w.lower() not in _GENERIC and w.lower() not in _SMALL]
    if not place or not all(w[:1].isupper() or w[:1].isdigit() for w in place):
        return None
    if len(place) == 1 and len(place[0]) <= 2:
        return None  # "SF Parish Council": the place's initials, not its name
    return name


# A meeting of the council itself, not of one of its committees: one value across councils, as the
# committee lists of council websites give it.
FULL_COUNCIL = "Full Council"
# The yearly meeting of a parish's or town's electors: the council convenes it, but it is not a meeting
# of the council ("Annual Parish Meeting", "Annual Meeting of the Parish", "Parish Assembly").
_ELECTORS_MEETING = re.compile(
    r"\b(?P<annual>annual\s+)?(?P<place>parish|town|village|community)\s+(?:meeting|assembly)\b"
    r"|\bannual\s+meeting\s+of\s+(?:the\s+)?(?P<of>parish|town|village|community)\b(?!\s+council)(?:\s+electors)?",
    re.IGNORECASE,
)


# What may be left of a line naming the council's own meeting once the council's name is taken out.
_MEETING_WORDS_ONLY = re.compile(
    r"^\W*(?:(?:the|of|a|an|annual|ordinary|extraordinary|special|monthly|regular|statutory|inaugural|virtual|full|draft|meeting|general|adjourned|reconvened|above|said|council)\b\W*)+$",
    re.IGNORECASE,
)


_KIND_OF_COUNCIL_MEETING = re.compile(
    r"^\W*(?:(?:draft|approved)\s+)?minutes\s+of\s+(?:the\s+|an?\s+)?(?:(?:regular|ordinary|special|extraordinary|annual|adjourned|monthly)\s+)?"
    r"(?:(?:city|town|county|borough|district|parish|village|community)\s+)?council\s+meeting\b",
    re.IGNORECASE,
)
# Words naming a body other than the council (a joint meeting with a board is not the council's alone).
_OTHER_BODY = re.compile(r"\b(?:(?:sub-?)?committees?|cabinet|panel|boards?|forum|commissions?|authority|joint)\b", re.IGNORECASE)


def whole_meeting_body(header: str, council: str | None, committee: str | None) -> str | None:
    """The body a meeting line names when no committee met: the electors' annual meeting, or the full council.

    None when the line names a committee, or names no council (a council's meeting is never guessed).
    """
    # Only the words naming the meeting: "... Parish Council Meeting held ... following the Parish Meeting" is the council's.
    electors = _ELECTORS_MEETING.search(re.split(r"\b(?:held|following|after|preceding|before|convened)\b", header, maxsplit=1, flags=re.IGNORECASE)[0])
    if electors and (committee is None or committee_name(committee) is None or _ELECTORS_MEETING.search(committee)):
        place = (electors.group("place") or electors.group("of")).capitalize()
        return f"Annual {place} Meeting" if electors.group("annual") or electors.group("of") else f"{place} Meeting"
    unnamed = re.search(r"\bmeeting\s+of\s+(?:the\s+)?(?:above|said|full|whole)?\s*council\b", header, re.IGNORECASE)  # "a meeting of the above Council"
    # "MINUTES OF THE REGULAR CITY COUNCIL MEETING": the council's own meeting, its kind of council named, no other body.
    if unnamed is None and not _OTHER_BODY.search(header):
        unnamed = _KIND_OF_COUNCIL_MEETING.match(header)
    if (council or unnamed) and (committee is None or _MEETING_WORDS_ONLY.match(committee)):  # "Annual" left over from "Annual X Council"
        return FULL_COUNCIL
    return None
