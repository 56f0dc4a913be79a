"""What the structure walker decided, line by line, and which recogniser decided it (for explain and for linking)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from indexer import structure
from indexer.model import Block, Paragraph

# Meeting-line recognisers of indexer/structure.py, in the order meeting_header() tries them.
_MEETING_RECOGNISERS = (
    ("held-on line", lambda text: re.match(r"^held\s+(?:on|at)\b", text, re.IGNORECASE)),
    ("minutes heading", lambda text: _pattern("MINUTES_HEADER", text) or re.match(r"^(?:minutes|record)\s+of\s+", text, re.IGNORECASE)),
    ("notice of meeting", lambda text: _pattern("NOTICE_OF_MEETING", text)),
    ("decision maker line", lambda text: _pattern("DECISION_MAKER", text)),
    ("decided-at line", lambda text: _pattern("DECIDED_AT", text)),
    ("date-of-decision line", lambda text: _pattern("DATE_OF_DECISION", text)),
    ("report header (To:)", lambda text: _pattern("TO_COMMITTEE", text)),
    ("committee and date heading", lambda text: _pattern("COMMITTEE_DATE", text)),
    ("meeting heading", lambda text: re.search(r"\bmeeting\b", text, re.IGNORECASE)),
)
_ITEM_RECOGNISERS = (
    ("minute number and title", "MODERNGOV_NUMBER_TITLE"),
    ("numbered heading", "NUMBERED_HEADING"),
    ("numbered heading in capitals, text on the same line", "CAPS_ITEM"),
    ("numbered heading, text on the same line", "INLINE_ITEM"),
)


def _pattern(name: str, text: str) -> Any:
    pattern = getattr(structure, name, None)
    return pattern.match(text) if isinstance(pattern, re.Pattern) else None


@dataclass
class Step:
    """One block the walker read, with the state before and after it."""

    index: int
    block: Block
    before: Any  # structure.Reading
    after: Any
    paragraph: Paragraph | None


@dataclass
class Evidence:
    """One decision of the walker: which line, which recogniser, what it set."""

    what: str  # "meeting", "item", "section"
    line: int  # index of the block in the loader's reading order
    page: int | None
    text: str
    recogniser: str
    found: dict[str, Any] = field(default_factory=dict)


class WalkRecorder:
    """A trace for find_structure(): keeps every step, then says what was decided where."""

    def __init__(self) -> None:
        self.steps: list[Step] = []

    def __call__(self, index: int, block: Block, before: Any, after: Any, paragraph: Paragraph | None) -> None:
        self.steps.append(Step(index, block, before, after, paragraph))

    def evidence(self) -> list[Evidence]:
        """Every meeting, item and section decision, in reading order."""
        found: list[Evidence] = []
        for step in self.steps:
            found.extend(_meeting_evidence(step))
            found.extend(_item_evidence(step))
            before, after = step.before.place.section, step.after.place.section
            if after and after != before:
                found.append(Evidence("section", step.index, step.block.page, step.block.text[:200], "section heading", {"section": after}))
        return found

    def agenda_items(self) -> list[tuple[str, str]]:
        """(number, title) of the items the document lists as its own agenda, in order, last title kept."""
        items: dict[str, str] = {}
        for step in self.steps:
            place, meetings = step.after.place, step.after.meetings
            if not place.item_number or not place.item_title or step.after.kind != "agenda":
                continue
            if meetings.own is not None and meetings.current != meetings.own:
                continue  # minutes of another meeting printed in a pack
            items[place.item_number] = place.item_title
        return list(items.items())


def _meeting_evidence(step: Step) -> list[Evidence]:
    old, new = step.before.meetings, step.after.meetings
    now_old = old.all[old.current] if old.current < len(old.all) else None
    now_new = new.now
    changed: dict[str, Any] = {}
    started = len(new.all) > len(old.all)
    for name in ("council", "committee", "date"):
        value = getattr(now_new, name)
        if value is not None and (started or now_old is None or getattr(now_old, name) != value):
            changed[name] = value.isoformat() if hasattr(value, "isoformat") else value
    if not changed:
        return []
    text = step.block.text.strip()
    recogniser = next((name for name, test in _MEETING_RECOGNISERS if test(text[:250])), None)
    if recogniser is None:
        recogniser = "council named in the opening lines" if set(changed) == {"council"} else "meeting line"
    if started:
        changed["new_meeting"] = True
    return [Evidence("meeting", step.index, step.block.page, text[:200], recogniser, changed)]


def _item_evidence(step: Step) -> list[Evidence]:
    old, new = step.before.place, step.after.place
    if not new.item_number and not new.item_title:
        return []
    if (old.item_number, old.item_title) == (new.item_number, new.item_title):
        return []
    text = step.block.text.strip()
    expect = step.before.expect
    if old.item_number == new.item_number and old.item_title and new.item_title and new.item_title.startswith(old.item_title[:20]):
        recogniser = "item title continued on the next line"
    elif expect.number:
        recogniser = "title after a minute number printed alone"
    elif expect.item_title:
        recogniser = "title after an 'Agenda item' page"
    elif step.after.kind == "report" and step.before.kind != "report" or expect.report_title:
        recogniser = "report title matched to the agenda listing"
    elif step.block.label and step.block.label == new.item_number:
        recogniser = "item number printed in its own column"
    else:
        recogniser = next((name for name, pattern in _ITEM_RECOGNISERS if _pattern(pattern, text)), "item heading")
    found = {"number": new.item_number, "title": new.item_title, "kind": step.after.kind}
    return [Evidence("item", step.index, step.block.page, text[:200], recogniser, found)]
