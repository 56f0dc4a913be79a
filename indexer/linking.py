"""Across documents: a standalone report or appendix takes its agenda item (and meeting) from the agenda it was published with.

Candidates are the agendas (documents listing at least two items) of the same meeting: in the
same folder, or dated the same day, and never contradicting the report's own council, committee
or date. Within the one meeting they leave, an item is chosen by explicit reference ("Item 7",
"Agenda Item No. 7"), by a reference number the report and only one item title share ("24/00108"),
or by the report's title or subject line matching only one item title (rapidfuzz token ratios over a
threshold, well clear of the next item). Evidence that disagrees, several meetings, or nothing
above the threshold leaves the report unlinked: it is never guessed.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from indexer.appendices import parent_of
from indexer.dates import find_dates

TITLE_MATCH = 85  # token ratio for a title or subject line to name an agenda item
TITLE_MARGIN = 8  # the best item must beat every other item by this much
MIN_SHARED_WORDS = 3  # a subset match (token_set_ratio) needs this many shared words of 3+ letters
SHORT_LINE = 60  # an opening line this short is a heading, where a reference names the document's own item
TITLE_WORDS_COVERED = 0.7  # ... and this share of the item title's words

ITEM_REFERENCE = re.compile(r"\b(?:agenda\s+)?item\s*(?:no\.?\s*|number\s*)?(?P<number>\d{1,3}[a-z]?)\b", re.IGNORECASE)
# A reference number such as a decision number "24/00108" (also printed "24-00108"); not a year range "2025-26".
REFERENCE_NUMBER = re.compile(r"(?<![\d/\-])(?P<left>\d{2,4})\s?[/\-]\s?(?P<right>\d{3,6})(?![\d/\-])")
PAGES_NOTE = re.compile(r"\s*\((?:Pages?|pp?\.?)\s*[\d\s\-–]+\)", re.IGNORECASE)
LINE_LABEL = re.compile(r"^(?:subject(?:\s+matter)?|title(?:\s+of\s+(?:decision|report))?|report\s+title|re)\s*[:/–-]\s*", re.IGNORECASE)


@dataclass
class Link:
    """The agenda item (and meeting) a document was published for, with the evidence."""

    agenda: str  # document id of the agenda
    item_number: str
    item_title: str
    date: str | None = None  # the meeting's, filled only where the document has none
    committee: str | None = None
    council: str | None = None
    item_only: bool = False  # minutes of an earlier meeting: the item, not this meeting's date
    evidence: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON for the notes file and explain."""
        return asdict(self)


def reference_numbers(text: str) -> set[str]:
    """Reference numbers in text, normalised ("24-00108" and "24/00108" are one), year ranges left out."""
    found = set()
    for match in REFERENCE_NUMBER.finditer(text):
        left, right = match.group("left"), match.group("right")
        if len(left) == 4 and left[:2] in ("19", "20") and len(right) in (2, 4):
            continue
        found.add(f"{int(left)}/{int(right)}")
    return found


def _same(a: str | None, b: str | None) -> bool:
    return default_process(a or "") == default_process(b or "")


def _compatible(card: dict[str, Any], agenda: dict[str, Any]) -> bool:
    """Nothing the report states contradicts the agenda's meeting.

    The council counts only across folders: a report's council is often read from a name its
    text repeats, while the folder already says whose papers these are.
    """
    names = ("date", "committee") if card.get("folder") == agenda.get("folder") else ("date", "committee", "council")
    for name in names:
        if card.get(name) and agenda.get(name) and not _same(card[name], agenda[name]):
            return False
    return True


def _meeting_key(doc_id: str, agenda: dict[str, Any]) -> tuple[str, ...]:
    """Agendas of one meeting (a frontsheet and its pack) share a key when their date is known."""
    if agenda.get("date"):
        return (agenda["date"], default_process(agenda.get("committee") or ""))
    return ("folder", agenda.get("folder") or doc_id)


def _clean(text: str) -> str:
    return LINE_LABEL.sub("", PAGES_NOTE.sub("", text)).strip()


def _title_score(texts: list[str], title: str) -> float:
    """How well any of texts names the item title: whole-title likeness, or the title's words nearly all in one line."""
    best = 0.0
    target = _clean(title)
    target_words = {w for w in default_process(target).split() if len(w) >= 3}
    for text in texts:
        text = _clean(text)
        if len(text) < 8:
            continue
        score = fuzz.token_sort_ratio(text, target, processor=default_process)
        shared = target_words & {w for w in default_process(text).split() if len(w) >= 3}
        # A line holding the item's title and more ("Subject: X (KCC ICS)") names it; a few of a long title's words do not.
        if len(shared) >= MIN_SHARED_WORDS and len(shared) >= TITLE_WORDS_COVERED * len(target_words):
            score = max(score, fuzz.token_set_ratio(text, target, processor=default_process))
        best = max(best, score)
    return best


class _Meeting:
    """The items of one meeting, merged from its agendas (the fullest listing's titles first)."""

    def __init__(self, agendas: list[tuple[str, dict[str, Any]]]):
        agendas = sorted(agendas, key=lambda pair: (-len(pair[1]["agenda"]), pair[0]))
        self.agenda_id, first = agendas[0]
        self.date = next((a.get("date") for _, a in agendas if a.get("date")), None)
        self.committee = next((a.get("committee") for _, a in agendas if a.get("committee")), None)
        self.council = next((a.get("council") for _, a in agendas if a.get("council")), None)
        self.items: dict[str, str] = {}
        for _, agenda in agendas:
            for number, title in agenda["agenda"]:
                self.items.setdefault(number, title)


def _by_reference(card: dict[str, Any], meeting: _Meeting) -> tuple[set[str], list[str]]:
    numbers, said = set(), []
    # An opening line names the document's own item when the reference heads it or the line is short;
    # a sentence "having regard to agenda item 5" refers to another item.
    lines = [line for line in card.get("opening", []) if len(line) <= SHORT_LINE or ITEM_REFERENCE.match(line.lstrip("( "))]
    for text in [card.get("name") or "", card.get("title") or "", *lines]:
        for match in ITEM_REFERENCE.finditer(text):
            number = match.group("number")
            if number in meeting.items:
                numbers.add(number)
                said.append(f"explicit reference {match.group(0)!r} in {text[:80]!r}")
    return numbers, said


def _by_reference_number(card: dict[str, Any], meeting: _Meeting) -> tuple[set[str], list[str]]:
    own = set()
    for text in [card.get("name") or "", card.get("title") or "", *card.get("opening", [])]:
        own |= reference_numbers(text)
    holders: dict[str, set[str]] = {}
    for number, title in meeting.items.items():
        for ref in reference_numbers(title) & own:
            holders.setdefault(ref, set()).add(number)
    numbers, said = set(), []
    for ref, items in holders.items():
        if len(items) == 1:
            numbers |= items
            said.append(f"reference number {ref} shared with item {next(iter(items))}")
    return numbers, said


def _by_title(card: dict[str, Any], meeting: _Meeting) -> tuple[set[str], list[str]]:
    texts = [card.get("title") or "", card.get("name") or "", *card.get("opening", [])]
    scores = sorted(((_title_score(texts, title), number) for number, title in meeting.items.items()), reverse=True)
    if not scores or scores[0][0] < TITLE_MATCH:
        return set(), []
    if len(scores) > 1 and scores[1][0] > scores[0][0] - TITLE_MARGIN:
        return set(), []
    score, number = scores[0]
    return {number}, [f"title matches item {number} {meeting.items[number]!r} (score {score:.0f})"]


def _minutes_item(card: dict[str, Any], meeting: _Meeting) -> tuple[set[str], list[str]]:
    """Minutes of an earlier meeting: the item whose title names minutes of that date."""
    if card.get("kind") != "minutes" or not card.get("date"):
        return set(), []
    numbers = set()
    for number, title in meeting.items.items():
        if re.search(r"\bminutes\b", title, re.IGNORECASE) and any(d.isoformat() == card["date"] for d, *_ in find_dates(title)):
            numbers.add(number)
    if len(numbers) != 1:
        return set(), []
    number = next(iter(numbers))
    return numbers, [f"item {number} {meeting.items[number]!r} names minutes of {card['date']}"]


def _choose(card: dict[str, Any], meeting: _Meeting) -> Link | None:
    numbers: set[str] = set()
    evidence: list[str] = []
    for rule in (_by_reference, _by_reference_number, _by_title):
        found, said = rule(card, meeting)
        numbers |= found
        evidence += said
    if len(numbers) != 1:
        return None  # nothing, or evidence that disagrees
    number = numbers.pop()
    return Link(meeting.agenda_id, number, meeting.items[number], meeting.date, meeting.committee, meeting.council, evidence=evidence)


class Agendas:
    """Every agenda of the index, found by folder and by date."""

    def __init__(self, cards: dict[str, dict[str, Any]]):
        self.cards = {doc_id: card for doc_id, card in cards.items() if card.get("agenda")}
        self.by_folder: dict[str, list[str]] = {}
        self.by_date: dict[str, list[str]] = {}
        for doc_id, card in self.cards.items():
            self.by_folder.setdefault(card.get("folder") or "", []).append(doc_id)
            if card.get("date"):
                self.by_date.setdefault(card["date"], []).append(doc_id)

    def near(self, card: dict[str, Any]) -> list[str]:
        """Agendas in the same folder as the card, or dated the same day."""
        found = list(self.by_folder.get(card.get("folder") or "", []))
        for doc_id in self.by_date.get(card.get("date") or "", []):
            if doc_id not in found:
                found.append(doc_id)
        return found


def _meetings_for(doc_id: str, card: dict[str, Any], agendas: Agendas, same_day: bool) -> list[_Meeting]:
    grouped: dict[tuple[str, ...], list[tuple[str, dict[str, Any]]]] = {}
    for agenda_id in agendas.near(card):
        agenda = agendas.cards[agenda_id]
        if agenda_id != doc_id and (not same_day or _compatible(card, agenda)):
            grouped.setdefault(_meeting_key(agenda_id, agenda), []).append((agenda_id, agenda))
    return [_Meeting(group) for group in grouped.values()]


def link_one(doc_id: str, card: dict[str, Any], agendas: Agendas) -> Link | None:
    """The agenda item a standalone document belongs to, or None when the evidence does not settle it."""
    if not card.get("standalone") or card.get("agenda"):
        return None
    if card.get("kind") == "minutes":
        meetings = [m for m in _meetings_for(doc_id, card, agendas, same_day=False) if m.date != card.get("date")]
        links = []
        for meeting in meetings:
            found, said = _minutes_item(card, meeting)
            if found:
                number = next(iter(found))
                links.append(Link(meeting.agenda_id, number, meeting.items[number], item_only=True, evidence=said))
        return links[0] if len(links) == 1 else None
    meetings = _meetings_for(doc_id, card, agendas, same_day=True)
    if len(meetings) > 1 and card.get("date"):
        meetings = [m for m in meetings if m.date == card["date"]] or meetings
    if len(meetings) != 1:
        return None  # no agenda, or several meetings it could be
    link = _choose(card, meetings[0])
    if link and card.get("folder") == agendas.cards[link.agenda].get("folder"):
        link.evidence.insert(0, "same folder as the agenda")
    if link and card.get("date") and card.get("date") == link.date:
        link.evidence.insert(0, f"same meeting date {link.date}")
    return link


def link_all(cards: dict[str, dict[str, Any]]) -> dict[str, Link]:
    """Links of every document that has one, by document id."""
    agendas = Agendas(cards)
    links = {}
    for doc_id, card in cards.items():
        link = link_one(doc_id, card, agendas)
        if link is not None:
            links[doc_id] = link
    # Then appendices, through the linked report of their folder that lists them.
    linked_by_folder: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for doc_id in links:
        if cards[doc_id].get("appendices"):
            linked_by_folder.setdefault(cards[doc_id].get("folder") or "", []).append((doc_id, cards[doc_id]))
    for doc_id, card in cards.items():
        if doc_id in links or not card.get("standalone") or card.get("agenda") or card.get("kind") == "minutes":
            continue
        found = parent_of(card, linked_by_folder.get(card.get("folder") or "", []))
        if found is not None:
            parent, said = found
            link = dataclasses.replace(links[parent], evidence=[said, f"that report is linked to item {links[parent].item_number}"])
            if _compatible(card, {"date": link.date, "committee": link.committee, "folder": card.get("folder")}):
                links[doc_id] = link
    return links
