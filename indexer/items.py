"""An item followed across papers: each agenda item of a meeting with its agenda entry, reports, appendices, minutes and decision record, and the earlier and later meetings of the same matter.

Computed at the end of every build from the documents' notes (their cards and links, see
indexer/relink.py) and written beside the index by engine/items.py; the web app only reads it.

- Each card keeps its paragraphs' meetings and items as runs (item_runs). A report linked to an
  agenda item takes that item and the agenda's meeting; minutes printed alone in a later pack
  (a link "item only") are the minutes of the item of the later meeting that names them.
- A meeting is council, committee and date; a meeting whose council no paper states takes the
  one council the other papers of that committee and day give, else the one council in the index
  with a committee of that name. Items of a meeting whose council stays unknown are never linked
  to other meetings.
- Minutes number their minutes on their own ("90. 24/00109 - Transfer ..." for agenda item 7):
  a minute is the agenda item of its meeting with the same number and a like title, else the one
  item whose title matches its title (rapidfuzz, over a threshold and clear of the next). In a
  meeting with an agenda, other papers' numbered headings that match no listed item are a
  report's sections ("10. Conclusions"), not items.
- The same matter comes back: items of one council sharing a reference number in their titles or
  in their own papers' names and titles ("24/00093", "23/01234/FUL"), or an item whose title
  says it returns (call-in, reconsideration, deferred, referred) whose subject matches an earlier
  item's title closely, with the same numbers in both. Recurring business ("Budget Monitoring
  Report November" and "... December") carries no such mark and is never linked by title.
Items need a meeting date; paragraphs with no date or no item make no item.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterable

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from engine.items import ITEMS_VERSION, item_key
from indexer.dates import find_dates
from indexer.linking import PAGES_NOTE, REFERENCE_NUMBER, SHORT_LINE, reference_numbers

MINUTE_TITLE_MATCH = 85  # token ratio for a minute's title to name an agenda item of its meeting
MINUTE_TITLE_MARGIN = 8  # ... clear of the next item by this much
SAME_NUMBER_TITLE = 60  # a minute with the agenda item's own number needs only this likeness of title
RETURN_TITLE_MATCH = 88  # a returning item's subject against an earlier item's title
MIN_SUBJECT_WORDS = 3  # words of 3+ letters a subject needs to be matched by title
MAX_ITEMS_PER_REFERENCE = 40  # a reference number in more item titles than this names no one matter
MAX_LIFE = 60  # meetings of one matter kept on an item (the nearest in date)
ROLES = ("agenda", "report", "appendix", "minutes", "decision")

# An item that comes back says so: "Call-in of ...", "Cabinet reconsideration of Decision ...", "(deferred from 5 March)".
RETURN_MARK = re.compile(r"\b(?:call(?:ed)?[\s-]?in|reconsider\w*|deferr?(?:ed|al)|referr?(?:ed|al)|re-?submitted|returned)\b", re.IGNORECASE)
OWN_REFERENCE_LINE = re.compile(r"^\s*(?:decision\s*(?:no\.?|number|ref\w*)|key\s+decision|ref(?:erence)?(?:\s*no\.?)?|subject|title)\b", re.IGNORECASE)
APPENDIX_NAME = re.compile(r"\b(?P<label>(?:appendix|appendices|annex)\s+[A-Z0-9]{1,2})\b", re.IGNORECASE)
# A planning or licensing reference: "23/01234/FUL", "DC/23/0123/OUT".
CASE_REFERENCE = re.compile(r"(?<![\w/])(?:[A-Z]{1,4}/)?\d{2,4}/\d{3,6}/[A-Z]{2,6}(?![\w/])")
_COARSE = {"agenda": "agenda", "report": "report", "minutes": "minutes", "decision": "decision"}


def item_runs(paragraphs: Iterable[Any]) -> dict[str, Any]:
    """A document's paragraphs as runs of one meeting, item and kind, for its card (compact: meetings and items listed once)."""
    meetings: list[list[Any]] = []
    items: list[list[Any]] = []
    runs: list[list[Any]] = []
    meeting_index: dict[tuple[Any, ...], int] = {}
    item_index: dict[tuple[Any, ...], int] = {}
    for paragraph in paragraphs:
        when = paragraph.date.isoformat() if paragraph.date else None
        meeting = (paragraph.council, paragraph.committee, when)
        item = (paragraph.item_number, paragraph.item_title)
        m = meeting_index.setdefault(meeting, len(meetings))
        if m == len(meetings):
            meetings.append(list(meeting))
        i = item_index.setdefault(item, len(items))
        if i == len(items):
            items.append(list(item))
        # "other" paragraphs (headers, tables) go with the run they are in: kinds alternate inside a report.
        kind = _COARSE.get(paragraph.kind) or (runs[-1][4] if runs and runs[-1][2:4] == [m, i] else "other")
        if runs and runs[-1][2:5] == [m, i, kind] and runs[-1][1] == paragraph.position - 1:
            runs[-1][1] = paragraph.position
        else:
            runs.append([paragraph.position, paragraph.position, m, i, kind])
    return {"meetings": meetings, "items": items, "runs": runs}


@dataclass
class _Run:
    document_id: str
    first: int
    last: int
    meeting: tuple[str | None, str | None, str | None]  # council, committee, date
    number: str | None
    title: str | None
    kind: str


@dataclass
class _Item:
    council: str | None
    committee: str | None
    date: str
    number: str | None
    title: str | None
    parts: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    listed_by: list[str] = field(default_factory=list)

    @cached_property
    def key(self) -> str:
        return item_key(self.council, self.committee, self.date, self.number, self.title)


def _norm(text: str | None) -> str:
    return default_process(text or "")


def _effective_runs(doc_id: str, card: dict[str, Any], link: dict[str, Any] | None, cards: dict[str, dict[str, Any]]) -> list[_Run]:
    """The document's runs as the index holds them after its link: a linked report takes the item and the agenda's meeting."""
    stored = card.get("items")
    if not isinstance(stored, dict):
        return []
    meetings, items = stored.get("meetings") or [], stored.get("items") or []
    found = []
    for first, last, m, i, kind in stored.get("runs") or []:
        council, committee, when = meetings[m]
        number, title = items[i]
        if link and card.get("standalone"):
            number, title = link.get("item_number"), link.get("item_title")
            if link.get("item_only"):
                # Minutes printed alone in a later pack: the minutes item of the meeting whose agenda names them.
                agenda = cards.get(link.get("agenda") or "") or {}
                council, committee, when = agenda.get("council"), agenda.get("committee"), agenda.get("date")
                kind = "minutes"
            else:
                council, committee, when = link.get("council"), link.get("committee"), link.get("date")
        found.append(_Run(doc_id, first, last, (council, committee, when), number, title, kind))
    return found


def _role(card: dict[str, Any], kind: str) -> str:
    """What a run of a document is to its item: the agenda entry, a report, an appendix, the minutes or the decision record."""
    if card.get("kind") == "minutes":
        return "minutes"
    if card.get("agenda") or card.get("kind") == "agenda":
        return {"agenda": "agenda", "minutes": "minutes"}.get(kind, "report")
    if card.get("kind") == "decision":
        return "decision"
    if not card.get("standalone") and kind in ("minutes", "agenda"):
        return kind
    if any(APPENDIX_NAME.search(text or "") for text in (card.get("name"), card.get("title"))):
        return "appendix"
    return "report"


def _label(card: dict[str, Any]) -> str | None:
    for text in (card.get("name"), card.get("title")):
        match = APPENDIX_NAME.search(text or "")
        if match:
            return " ".join(match.group("label").split()).title()
    return None


def _meeting_councils(runs: list[_Run], listings: list[tuple[str, dict[str, Any]]]) -> dict[tuple[str, str | None], str | None]:
    """(committee, date) -> the one council its papers give (None when none or several); (committee, None) -> the one council that has it."""
    councils: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for run in runs:
        council, committee, when = run.meeting
        if council:
            councils[(_norm(committee), when)].add(council)
    for _, card in listings:
        if card.get("council"):
            councils[(_norm(card.get("committee")), card.get("date"))].add(card["council"])
    by_day = {key: next(iter(found)) if len(found) == 1 else None for key, found in councils.items()}
    by_committee: dict[str, set[str]] = defaultdict(set)
    for (committee, _), found in councils.items():
        by_committee[committee] |= found
    # A committee only one council in the index has ("Cabinet" of the one county indexed) is that council's on any day.
    by_day.update({(committee, None): next(iter(found)) for committee, found in by_committee.items() if len(found) == 1})
    return by_day


def _clean_title(title: str) -> str:
    return PAGES_NOTE.sub("", title).strip()


def _minute_number(number: str | None, title: str | None, listed: dict[str, str]) -> str | None:
    """The agenda item number of a minute of this meeting, or None when its own number and title settle nothing."""
    if number is not None and number in listed and title:
        if fuzz.token_sort_ratio(_clean_title(title), _clean_title(listed[number]), processor=default_process) >= SAME_NUMBER_TITLE:
            return number
    if not title:
        return None
    scores = sorted(((fuzz.token_sort_ratio(_clean_title(title), _clean_title(t), processor=default_process), n) for n, t in listed.items()), reverse=True)
    if not scores or scores[0][0] < MINUTE_TITLE_MATCH:
        return None
    if len(scores) > 1 and scores[1][0] > scores[0][0] - MINUTE_TITLE_MARGIN:
        return None
    return scores[0][1]


def build_items(notes: dict[str, Any]) -> dict[str, Any]:
    """The items file's content from the notes of every document (engine/items.py gives its shape)."""
    cards = {doc_id: note["card"] for doc_id, note in notes.items() if isinstance(note, dict) and isinstance(note.get("card"), dict)}
    links = {doc_id: note.get("link") for doc_id, note in notes.items() if isinstance(note, dict) and isinstance(note.get("link"), dict)}
    runs = [run for doc_id, card in cards.items() for run in _effective_runs(doc_id, card, links.get(doc_id), cards)]
    runs = [run for run in runs if run.meeting[2] and (run.number or run.title)]
    listings = [(doc_id, card) for doc_id, card in cards.items() if card.get("agenda") and card.get("date")]
    councils = _meeting_councils(runs, listings)

    def meeting_of(council: str | None, committee: str | None, when: str) -> tuple[str | None, str, str]:
        known = council or councils.get((_norm(committee), when)) or councils.get((_norm(committee), None))
        return known, _norm(committee), when

    names: dict[tuple[str | None, str, str], str | None] = {}  # a meeting's committee as printed (the agenda's first)
    listed: dict[tuple[str | None, str, str], dict[str, str]] = defaultdict(dict)  # meeting -> agenda number -> title
    for _, card in sorted(listings, key=lambda pair: -len(pair[1]["agenda"])):
        meeting = meeting_of(card.get("council"), card.get("committee"), card["date"])
        names.setdefault(meeting, card.get("committee"))
        for number, title in card["agenda"]:
            listed[meeting].setdefault(number, title)
    items: dict[tuple[Any, ...], _Item] = {}

    def item_for(meeting: tuple[str | None, str, str], number: str | None, title: str | None) -> _Item:
        identity = (meeting, number, None if number else _norm(title))
        found = items.get(identity)
        if found is None:
            council, _, when = meeting
            found = items[identity] = _Item(council, names.get(meeting), when, number, listed[meeting].get(number or "") or title)
        return found

    for doc_id, card in listings:
        meeting = meeting_of(card.get("council"), card.get("committee"), card["date"])
        for number, _ in card["agenda"]:
            item = item_for(meeting, number, None)
            if doc_id not in item.listed_by:
                item.listed_by.append(doc_id)
    documents: dict[str, list[list[Any]]] = defaultdict(list)
    for run in runs:
        council, committee, when = run.meeting
        assert when is not None
        meeting = meeting_of(council, committee, when)
        names.setdefault(meeting, committee)
        card = cards[run.document_id]
        number = run.number
        role = _role(card, run.kind)
        if listed[meeting] and not (card.get("standalone") and links.get(run.document_id)):
            number = _minute_number(run.number, run.title, listed[meeting])
            if number is None and role not in ("minutes", "decision"):
                continue  # a report's numbered section ("10. Conclusions") is no item of the agenda
            number = number or run.number  # a minute the agenda did not list (urgent business) is an item of its own
        item = item_for(meeting, number, run.title)
        part = item.parts.setdefault((run.document_id, role), {"document_id": run.document_id, "role": role, "ranges": [], "resolutions": []})
        if part["ranges"] and part["ranges"][-1][1] == run.first - 1:
            part["ranges"][-1][1] = run.last
        else:
            part["ranges"].append([run.first, run.last])
        if role == "minutes" and run.kind == "decision":
            part["resolutions"].extend(range(run.first, run.last + 1))
        documents[run.document_id].append([run.first, run.last, item.key])
    by_key = {item.key: item for item in items.values()}
    out = {key: _item_json(item, cards) for key, item in by_key.items()}
    _add_printed_with(out, cards)
    for key, life in _lives(by_key, cards).items():
        out[key]["life"] = life
    for runs_of in documents.values():
        runs_of.sort()
    in_document: dict[str, list[str]] = defaultdict(list)  # every item a document lists or speaks to, in item order
    for key, item in sorted(out.items(), key=lambda pair: (pair[1]["date"], _norm(pair[1]["committee"]), _number_order(pair[1]["number"]), pair[0])):
        for part in item["parts"]:
            if key not in in_document[part["document_id"]]:
                in_document[part["document_id"]].append(key)
    return {"version": ITEMS_VERSION, "items": out, "documents": dict(documents), "in_document": dict(in_document)}


def _item_json(item: _Item, cards: dict[str, dict[str, Any]]) -> dict[str, Any]:
    parts = []
    for doc_id in item.listed_by:
        if (doc_id, "agenda") not in item.parts:
            parts.append({"document_id": doc_id, "role": "agenda", "ranges": [], "resolutions": []})
    parts.extend(item.parts.values())
    for part in parts:
        card = cards.get(part["document_id"]) or {}
        part["document_title"] = card.get("title") or card.get("name")
        part["label"] = _label(card) if part["role"] in ("appendix", "decision") else None
        part["printed_with"] = None
    # The agenda entry, the reports (appendices after, by their label), the minutes, the decision record.
    parts.sort(key=lambda p: (ROLES.index(p["role"]), p["label"] is not None, _label_order(p["label"]), p["document_title"] or "", p["document_id"]))
    return {
        "key": item.key,
        "council": item.council,
        "committee": item.committee,
        "date": item.date,
        "number": item.number,
        "title": item.title,
        "references": sorted(_references(item, cards).values()),
        "parts": parts,
        "life": [{"key": item.key, "why": None}],
    }


def _label_order(label: str | None) -> tuple[int, str]:
    if not label:
        return (0, "")
    last = label.split()[-1]
    return (int(last), "") if last.isdigit() else (0, last)


def matter_references(text: str) -> dict[str, str]:
    """Reference numbers naming one matter, normalised -> as printed: decision numbers ("24/00093", printed "24-00093" too) and case references ("23/01234/FUL")."""
    found = {}
    for match in REFERENCE_NUMBER.finditer(text):
        left, right = match.group("left"), match.group("right")
        if len(left) == 2 and len(right) == 4 and right[:2] in ("19", "20"):
            continue  # a year range printed short: "25-2028"
        for normal in reference_numbers(match.group(0)):
            found.setdefault(normal, f"{left}/{right}")
    for match in CASE_REFERENCE.finditer(text):
        found.setdefault(match.group(0).upper(), match.group(0).upper())
    return found


def _references(item: _Item, cards: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Reference numbers of the item (normalised -> printed): in its title, and in the names, titles and heading lines of papers published for it alone."""
    found = matter_references(item.title or "")
    for (doc_id, role) in item.parts:
        card = cards.get(doc_id) or {}
        if card.get("standalone") and role in ("report", "appendix", "decision"):
            # Its file name, title, and opening lines that head it ("Decision No: 24/00109", "Subject: ..."), not its prose.
            heads = [line for line in card.get("opening") or [] if len(line) <= SHORT_LINE or OWN_REFERENCE_LINE.match(line)]
            for text in (card.get("name"), card.get("title"), *heads):
                for normal, printed in matter_references(text or "").items():
                    found.setdefault(normal, printed)
    return found


def _add_printed_with(out: dict[str, Any], cards: dict[str, dict[str, Any]]) -> None:
    """Minutes printed in a later meeting's pack: the item of that meeting that names them ("Minutes of the Meeting held on 30 January 2025")."""
    agendas_by_folder: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for card in cards.values():
        if card.get("agenda") and card.get("date"):
            agendas_by_folder[card.get("folder") or ""].append(card)
    item_at = {(item["date"], _norm(item["committee"]), item["number"]): key for key, item in out.items()}
    approved: dict[str, dict[str, dict[str, Any]]] = {}  # later item ("Minutes of the meeting held on ...") -> the minutes printed for it
    for item in out.values():
        for part in item["parts"]:
            card = cards.get(part["document_id"]) or {}
            if part["role"] != "minutes" or card.get("kind") != "minutes":
                continue
            for agenda in agendas_by_folder.get(card.get("folder") or "", []):
                if agenda["date"] <= item["date"]:
                    continue
                for number, title in agenda["agenda"]:
                    if re.search(r"\bminutes\b", title, re.IGNORECASE) and any(d.isoformat() == item["date"] for d, *_ in find_dates(title)):
                        later = item_at.get((agenda["date"], _norm(agenda.get("committee")), number))
                        part["printed_with"] = {"key": later, "committee": agenda.get("committee"), "date": agenda["date"], "number": number, "title": title}
                        if later is not None:
                            approved.setdefault(later, {})[part["document_id"]] = card
        # The meeting's own minutes before copies printed later (the sort keeps the order otherwise).
        item["parts"].sort(key=lambda p: (ROLES.index(p["role"]), p["printed_with"] is not None))
    for key, printed in approved.items():
        parts = out[key]["parts"]
        for doc_id, card in printed.items():
            if not any(p["document_id"] == doc_id for p in parts) and card.get("paragraphs"):
                parts.append({"document_id": doc_id, "role": "minutes", "ranges": [[0, int(card["paragraphs"]) - 1]], "resolutions": [],
                              "document_title": card.get("title") or card.get("name"), "label": None, "printed_with": None})
        parts.sort(key=lambda p: ROLES.index(p["role"]))


def _subject(title: str) -> str | None:
    """What a returning item is about: its title without the return, reference numbers and page notes; None without a return mark."""
    if not RETURN_MARK.search(title):
        return None
    text = PAGES_NOTE.sub("", title)
    # "X (deferred from 3 March 2020)": the rest is the subject.
    unmarked = re.sub(r"\([^)]*\)", lambda m: "" if RETURN_MARK.search(m.group(0)) else m.group(0), text)
    split = re.search(r"\s[-–—:]\s|:\s", unmarked)
    if unmarked != text:
        text = unmarked
    elif split and RETURN_MARK.search(unmarked[: split.start()]) and unmarked[split.end():].strip():
        text = unmarked[split.end():]  # "Call-in: X", "Cabinet Reconsideration of Decision 24/00093 - X"
    elif split and RETURN_MARK.search(unmarked[split.end():]):
        text = unmarked[: split.start()]  # "X - deferred item"
    else:
        # "Call-in of the decision on X", "Cabinet reconsideration of X": the mark, a word or two before it, and its joining words go.
        text = re.sub(rf"^\W*(?:\w+\s+){{0,2}}?{RETURN_MARK.pattern}\s*(?:(?:of|from|to|on|by)\s+)?(?:the\s+)?(?:decision\s+(?:(?:on|of)\s+)?)?",
                      "", text, flags=re.IGNORECASE)
        text = RETURN_MARK.sub(" ", text)
    text = re.sub(r"\(\s*if\s+required\s*\)", " ", text, flags=re.IGNORECASE)
    text = _without_references(text)
    return " ".join(text.split()).strip(" -–—:") or None


def _without_references(text: str) -> str:
    return REFERENCE_NUMBER.sub(" ", CASE_REFERENCE.sub(" ", text))


def _words(text: str) -> list[str]:
    return [word for word in _norm(text).split() if len(word) >= 3]


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+", text))


def _same_matter(subject: str, other_title: str) -> bool:
    """A returning item's subject names an earlier item: nearly the same words, and the same numbers (a Q2 report is not a Q3 report)."""
    other = _without_references(_clean_title(other_title))
    if len(_words(subject)) < MIN_SUBJECT_WORDS or len(_words(other)) < MIN_SUBJECT_WORDS:
        return False
    if _numbers(subject) != _numbers(other) and _numbers(subject) - _numbers(other_title):
        return False
    return fuzz.token_sort_ratio(subject, other, processor=default_process) >= RETURN_TITLE_MATCH


def _councils_agree(a: str | None, b: str | None) -> bool:
    """One council's numbers are not another's, and a meeting whose council no paper gives is never guessed to be one."""
    return bool(a) and bool(b) and _norm(a) == _norm(b)


def _lives(by_key: dict[str, _Item], cards: dict[str, dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """For each item that comes back, its matter's meetings in order with why each is the same matter."""
    edges: dict[str, dict[str, str]] = defaultdict(dict)
    by_reference: dict[str, list[str]] = defaultdict(list)
    printed: dict[str, str] = {}
    for key, item in by_key.items():
        for ref, shown in _references(item, cards).items():
            by_reference[ref].append(key)
            printed.setdefault(ref, shown)
    for ref, keys in by_reference.items():
        if len(keys) > MAX_ITEMS_PER_REFERENCE:
            continue
        for a in keys:
            for b in keys:
                same_meeting = (by_key[a].date, _norm(by_key[a].committee)) == (by_key[b].date, _norm(by_key[b].committee))
                if a != b and not same_meeting and _councils_agree(by_key[a].council, by_key[b].council):
                    edges[a][b] = f"same reference {printed[ref]}"
    returning = [(key, subject) for key, item in by_key.items() if item.council and item.title and (subject := _subject(item.title))]
    if returning:
        # Candidates share words with the subject: only those are compared (a large index has many thousand items).
        by_word: dict[tuple[str, str], list[str]] = defaultdict(list)
        for key, item in by_key.items():
            if item.title and item.council:
                for word in set(_words(_without_references(item.title))):
                    by_word[(_norm(item.council), word)].append(key)
        for key, subject in returning:
            later = by_key[key]
            shared: dict[str, int] = defaultdict(int)
            for word in set(_words(subject)):
                for other_key in by_word.get((_norm(later.council), word), []):
                    shared[other_key] += 1
            for other_key, count in shared.items():
                other = by_key[other_key]
                if count >= MIN_SUBJECT_WORDS and other.date < later.date and _same_matter(subject, other.title or ""):
                    edges[key].setdefault(other_key, "its title says it returns")
                    edges[other_key].setdefault(key, "its title says it returns")
    lives: dict[str, list[dict[str, Any]]] = {}
    seen: set[str] = set()
    for start in edges:
        if start in seen:
            continue
        component, todo = {start}, [start]
        while todo:
            for neighbour in edges[todo.pop()]:
                if neighbour not in component:
                    component.add(neighbour)
                    todo.append(neighbour)
        seen |= component
        ordered = sorted(component, key=lambda k: (by_key[k].date, _norm(by_key[k].committee), _number_order(by_key[k].number), k))
        for here, key in enumerate(ordered):
            # The nearest meetings in date order when the matter has more than MAX_LIFE.
            low = max(0, min(here - MAX_LIFE // 2, len(ordered) - MAX_LIFE))
            kept = ordered[low:low + MAX_LIFE]
            lives[key] = [{"key": k, "why": None if k == key else edges[key].get(k) or "the same matter, through the meetings between"} for k in kept]
    return lives


def _number_order(number: str | None) -> tuple[int, str]:
    digits = re.match(r"\d+", number or "")
    return (int(digits.group()), number or "") if digits else (10**9, number or "")


def index_items(session: Any) -> int:
    """Compute the items of the whole index from its notes and write the items file; returns how many items."""
    from engine.items import write_items

    data = build_items(session.notes())
    write_items(session.path, data)
    return len(data["items"])
