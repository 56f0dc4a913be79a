"""A document's title as a reader would give it, from what its own opening lines say it is."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Iterable

from indexer.model import Block, Paragraph

OPENING_BLOCKS = 25  # what a document says it is, it says on its first page
MAX_TITLE_CHARS = 160

_SPACE = re.compile(r"\s+")
# A name made by a machine: a counter and a hash ("001_5d340705c2828c47"), or a bare hash or number.
_MACHINE_NAME = re.compile(r"(?:[0-9]+[ _-]+)?[0-9a-f]{8,}|[0-9 _-]+", re.IGNORECASE)
_DECISION_PAGE = re.compile(r"decision details", re.IGNORECASE)
_RECORD_OF_DECISION = re.compile(r"\b(proposed\s+)?record\s+of\s+decision\b", re.IGNORECASE)
_SUBJECT = re.compile(r"^(?:subject(?:\s+matter)?(?:\s*/\s*title\s+of\s+decision)?|title\s+of\s+decision)\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
# A form's next label run into the subject's line ("... Kent 2025-29 Decision:").
_NEXT_LABEL = re.compile(r"\s+\w+:$")
_MODERNGOV_PAGE = re.compile(r"agenda(?:,)?(?: and | & )(?:minutes|decisions)(?: and (?:minutes|decisions))?", re.IGNORECASE)
_AGENDA_ITEM_PAGE = re.compile(r"agenda item", re.IGNORECASE)
_NOTICE = re.compile(r"^(?:notice of (?:a |the )?meeting\b|summons\b|agenda$)", re.IGNORECASE)
_MINUTES = re.compile(r"^minutes of (?:a |the )?(?:meeting|proceedings)\b", re.IGNORECASE)


def uk_date(value: date) -> str:
    """A date as UK readers write it: 26 May 2015."""
    return f"{value.day} {value:%B %Y}"


def _lines(blocks: Iterable[Block]) -> list[str]:
    return [text for text in (_SPACE.sub(" ", b.text).strip() for b in blocks) if text]


def _clip(text: str) -> str:
    text = text.strip(" -–:;,.")
    return text if len(text) <= MAX_TITLE_CHARS else text[: MAX_TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _meeting(committee: str | None, meeting_date: date | None, what: str) -> str:
    """"Cabinet agenda pack, 26 May 2015" from its parts (any may be missing)."""
    head = f"{committee} {what}" if committee else what[:1].upper() + what[1:]
    return f"{head}, {uk_date(meeting_date)}" if meeting_date else head


def _after(lines: list[str], index: int) -> str | None:
    return lines[index + 1] if index + 1 < len(lines) else None


def _decision_subject(lines: list[str]) -> str | None:
    for index, line in enumerate(lines):
        found = _SUBJECT.match(line)
        if found:
            subject = found.group("rest") or _after(lines, index) or ""
            return _NEXT_LABEL.sub("", subject) or None
    return None


def _is_pack(paragraphs: list[Paragraph]) -> bool:
    """An agenda sent out with its reports: more report paragraphs than agenda ones."""
    kinds = Counter(p.kind for p in paragraphs)
    return kinds["report"] > kinds["agenda"]


def derive_title(
    blocks: list[Block],
    paragraphs: list[Paragraph],
    committee: str | None,
    meeting_date: date | None,
    filename: str,
) -> str:
    """The document's title: what its opening lines say it is, else its first item, else a readable file name."""
    lines = _lines(blocks[:OPENING_BLOCKS])
    for index, line in enumerate(lines):
        if _DECISION_PAGE.fullmatch(line) and _after(lines, index):
            return _clip("Decision: " + (_after(lines, index) or ""))
        record = _RECORD_OF_DECISION.search(line)
        if record:
            subject = _decision_subject(lines[index + 1 :])
            what = "Proposed record of decision" if record.group(1) else "Record of decision"
            return _clip(f"{what}: {subject}") if subject else _meeting(committee, meeting_date, what.lower())
        if _MODERNGOV_PAGE.fullmatch(line):
            return _clip(_meeting(committee, meeting_date, line.lower()))
        if _AGENDA_ITEM_PAGE.fullmatch(line) and _after(lines, index):
            return _clip(_after(lines, index) or "")
        if _MINUTES.match(line):
            return _clip(_meeting(committee, meeting_date, "minutes"))
        if _NOTICE.match(line):
            return _clip(_meeting(committee, meeting_date, "agenda pack" if _is_pack(paragraphs) else "agenda"))
    name = _SPACE.sub(" ", filename.replace("_", " ")).strip()
    if name and not _MACHINE_NAME.fullmatch(name.replace(" ", "_")):
        return _clip(name)
    for paragraph in paragraphs[:1]:
        if paragraph.item_title:
            return _clip(paragraph.item_title)
    kinds = Counter(p.kind for p in paragraphs if p.kind != "other")
    what = kinds.most_common(1)[0][0] if kinds else "document"
    return _clip(_meeting(committee, meeting_date, "papers" if what in ("agenda", "report") else what))
