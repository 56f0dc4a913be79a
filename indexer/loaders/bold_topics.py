"""Bold sub-topics in Markdown minutes: "**Streetlighting**: the Clerk ...", "**Willow Lane**", "**Correspondence**".

Once the business of a meeting has begun (after the first numbered line or the attendance), a clerk
often heads each matter with a short phrase in bold, alone on its line or run into the text and
closed by a colon: under a numbered item ("7. To consider and give an update on:", "5.1 Chairman's
Report"), or as the only heads of minutes that number nothing. Each is a matter of its own, listed
as an unnumbered item. The bold is the only mark of it and the Markdown reader drops the bold, so
the line is marked here first. The title lines above the business ("**Wereham Parish Council**")
are not read here, and a line in capitals is left alone: under a numbered item it is a heading
within the item ("LAND AT ELM FARM" under "4. Planning"), as the structure reader already takes it.
"""
from __future__ import annotations

import re

# One or more bold runs opening the line ("**Bath Road** **Drainage**"), then a colon or semicolon and text, or nothing.
_LEAD = re.compile(r"^\s*(?P<bold>(?:\*\*[^*\n]{1,80}?\*\*[ \t]*)+)(?P<rest>.*)$")
_RUN = re.compile(r"\*\*([^*\n]+?)\*\*")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
# "1.", "5.1", "10)" or "Item 3" opening a line (bold marks and a Markdown list marker ignored): the document numbers its items.
NUMBERED_LINE = re.compile(r"^\s*(?:\d{1,2}\.\s+)?(?:\*\*)?\s*(?:Item\s+)?\d{1,3}(?:\.\d{1,2})?\\?[.):]?(?:\*\*)?\s+\S")
# "Present:", "**Those Attending:**", "Apologies": the attendance, after which the business of the meeting begins.
BUSINESS_BEGINS = re.compile(r"^\W*(?:present|those\s+(?:present|attending)|(?:councillors|members)\s+present|apologies|attendance)\b", re.IGNORECASE)
MAX_TOPIC_WORDS = 8
# Heads of lists, motions and decisions, and people: never a matter's title.
_NOT_TOPIC = re.compile(
    r"^(?:present|apologies|absent|in attendance|proposed|seconded|resolved|agreed|carried|action|signed|note|date|time|venue|"
    r"cllrs?|councillors?|mrs?|ms|miss|dr|rev)\b(?![’'])",
    re.IGNORECASE,
)


def bold_topic(line: str) -> tuple[str, str] | None:
    """(title, the line without bold marks) for a line opening with a bold sub-topic, else None."""
    match = _LEAD.match(line)
    if not match:
        return None
    rest = match.group("rest").strip()
    closed = match.group("bold").rstrip().rstrip("*").rstrip().endswith(":")  # "**Members of the public:** 20"
    if rest and not closed and not (rest[0] in ":;" and rest[1:].strip()) and rest not in (":", ";"):
        return None  # "**Glazewing** Lorry took down branches": bold words inside a sentence
    title = _ESCAPE.sub(r"\1", " ".join(run.strip() for run in _RUN.findall(match.group("bold"))))
    title = re.sub(r"\s+", " ", title).strip().rstrip(":;").strip()
    words = title.split()
    if not words or len(words) > MAX_TOPIC_WORDS or title.endswith(".") or not re.match(r"[A-Za-z‘'\"“]", title):
        return None
    if not any(c.islower() for c in title) or _NOT_TOPIC.match(title):
        return None
    return title, _ESCAPE.sub(r"\1", _RUN.sub(r"\1", line)).strip()
