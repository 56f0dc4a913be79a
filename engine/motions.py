"""Motions in the index: the fields the writer stores for them, and the table a reader snapshot builds of them.

Each motion is stored as JSON on its first paragraph (field `motion_json`, with `motion_head` set so a
reader finds those paragraphs without reading the rest), and every paragraph of a motion carries
the motion's outcome (field `outcome`, the search page's facet). They are written with their
document, so replacing or deleting a document replaces or deletes its motions. A motion's id is its
document's id and its ordinal in the document ("<document id>-m<n>"): stable across re-indexing.
Motions are few (thousands), so a snapshot reads them all once into a table and filters in memory.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Iterable

import numpy as np
from whoosh import query as wq

from engine.analysis import analysed_words

VOTE_SIDES = ("for", "against", "abstain")
OUTCOMES = ("carried", "lost", "withdrawn", "deferred", "accepted")
TYPES = ("motion", "amendment", "procedural")
VOTES = ("proposed", "seconded", *VOTE_SIDES)  # what the `vote` filter may ask of a member
_KEPT = ("type", "text", "positions", "proposer", "seconder", "outcome", "unanimous", "counts", "votes", "resolution", "item_number", "item_title")
EPOCH = date(1970, 1, 1)


def doc_key(document_id: str) -> int:
    """A document's number in the motion_doc column: 62 bits of a hash, never 0 (0 is "no motion")."""
    return (int.from_bytes(hashlib.sha1(document_id.encode("utf-8", "surrogatepass")).digest()[:8], "big") >> 2) | 1


def motion_id(document_id: str, ordinal: int) -> str:
    """The stable id of a document's ordinal-th motion."""
    return f"{document_id}-m{ordinal}"


def _as_dict(motion: Any) -> dict[str, Any]:
    """A Motion record (indexer/model.py) as plain JSON-ready data."""
    counts = getattr(motion, "counts", None) or {}
    votes = getattr(motion, "votes", None) or {}
    return {
        "type": motion.type,
        "text": motion.text or "",
        "positions": [int(p) for p in (getattr(motion, "positions", None) or [])],
        "proposer": getattr(motion, "proposer", None),
        "seconder": getattr(motion, "seconder", None),
        "outcome": getattr(motion, "outcome", None),
        "unanimous": getattr(motion, "unanimous", None),
        "counts": {side: counts.get(side) for side in VOTE_SIDES},
        "votes": {side: list(votes.get(side) or []) for side in VOTE_SIDES},
        "resolution": getattr(motion, "resolution", None),
        "item_number": getattr(motion, "item_number", None),
        "item_title": getattr(motion, "item_title", None),
    }


def motion_fields(document_id: str, motions: Iterable[Any], positions: Iterable[int]) -> dict[int, dict[str, Any]]:
    """The extra fields of each paragraph position of a document that has motions.

    A motion whose positions name no paragraph of the document is stored on the first paragraph.
    """
    motions = list(motions)
    present = sorted(set(positions)) if motions else []
    known = set(present)
    if not present:
        return {}
    extra: dict[int, dict[str, Any]] = {}
    heads: dict[int, list[dict[str, Any]]] = {}
    outcomes: dict[int, list[str]] = {}
    key = doc_key(document_id)
    for ordinal, motion in enumerate(motions):
        data = _as_dict(motion)
        own = sorted({p for p in data["positions"] if p in known}) or present[:1]
        data["positions"] = own
        data["ordinal"] = ordinal
        heads.setdefault(own[0], []).append(data)
        for position in own:
            extra.setdefault(position, {})["motion_doc"] = key
        if data["outcome"]:
            for position in data["positions"]:
                outcomes.setdefault(position, [])
                if data["outcome"] not in outcomes[position]:
                    outcomes[position].append(data["outcome"])
    for position, found in heads.items():
        extra.setdefault(position, {}).update(motion_json=json.dumps(found), motion_head=True)
    for position, values in outcomes.items():
        extra.setdefault(position, {})["outcome"] = ",".join(values)
    return extra


def stored_motions(stored: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """A document's motions from its paragraphs' stored fields, in order: the keyword arguments of indexer/model.py's Motion."""
    found: list[dict[str, Any]] = []
    for fields in stored:
        if fields.get("motion_json"):
            found.extend(json.loads(fields["motion_json"]))
    found.sort(key=lambda data: data.get("ordinal", 0))
    return [{name: data.get(name) for name in _KEPT} for data in found]


@lru_cache(maxsize=65536)  # the same few thousand members' names, over and over
def name_key(name: str | None) -> str:
    """A name compared without case or extra spaces."""
    return " ".join((name or "").split()).casefold()


@dataclass
class MotionRow:
    """One motion in a snapshot's table: what the API shows, and what filtering needs."""

    data: dict[str, Any]  # id, document_id, date, council, committee, item_number, item_title, type, ..., paragraphs
    day: int  # days since 1970-01-01, -1 when undated
    docnums: list[int]  # its paragraphs in the snapshot
    roles: dict[str, set[str]] = field(default_factory=dict)  # name key -> proposed, seconded, for, against, abstain


class MotionTable:
    """Every motion of a snapshot, newest first (undated last; a document's motions in their order)."""

    def __init__(self, rows: list[MotionRow]):
        undated = np.iinfo(np.int64).max
        rows.sort(key=lambda r: (-r.day if r.day >= 0 else undated, r.data["document_id"], r.data["ordinal"]))
        self.rows = rows
        self.by_document: dict[str, list[int]] = {}
        for number, row in enumerate(rows):
            self.by_document.setdefault(row.data["document_id"], []).append(number)
        self.para_docnums = np.asarray([d for row in rows for d in row.docnums], dtype=np.int64)
        self.para_rows = np.asarray([n for n, row in enumerate(rows) for _ in row.docnums], dtype=np.int64)
        self._own_words: list[list[str]] | None = None
        self.shown_names: dict[str, str] = {}  # name key -> the name as shown (first met, newest first)
        for row in rows:
            for name in _names_of(row.data):
                self.shown_names.setdefault(name_key(name), name)

    def rows_with_paragraphs(self, mask: np.ndarray) -> np.ndarray:
        """Which rows have at least one paragraph in the mask (a bool per paragraph docnum)."""
        hit = np.zeros(len(self.rows), dtype=bool)
        if len(self.para_docnums):
            inside = self.para_docnums < len(mask)
            chosen = np.zeros(len(self.para_docnums), dtype=bool)
            chosen[inside] = mask[self.para_docnums[inside]]
            hit[self.para_rows[chosen]] = True
        return hit


    def own_matches(self, query: wq.Query) -> np.ndarray | None:
        """A bool per row: whether the motion's own text or resolution holds a word, prefix or phrase of the text field; None for other queries."""
        if getattr(query, "fieldname", None) != "text" or not isinstance(query, (wq.Term, wq.Prefix, wq.Phrase)):
            return None
        if self._own_words is None:
            # Words as the index analyses them: the same text searched as a paragraph would match the same.
            self._own_words = [analysed_words(f"{row.data['text']}\n{row.data['resolution'] or ''}") for row in self.rows]
        if isinstance(query, wq.Phrase):
            wanted = [str(word) for word in query.words]
            found = (any(words[i : i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1)) for words in self._own_words)
        elif isinstance(query, wq.Prefix):
            prefix = str(query.text)
            found = (any(word.startswith(prefix) for word in words) for words in self._own_words)
        else:
            term = query.text.decode("utf-8") if isinstance(query.text, bytes) else str(query.text)
            found = (term in words for words in self._own_words)
        return np.fromiter(found, dtype=bool, count=len(self.rows))


def _names_of(data: dict[str, Any]) -> list[str]:
    names = [data.get("proposer"), data.get("seconder")] + [n for side in VOTE_SIDES for n in data["votes"][side]]
    return [n for n in names if n]


def motion_row(document_id: str, data: dict[str, Any], head: dict[str, Any], docnum_of: dict[int, int], rename: Any) -> MotionRow:
    """A table row from a motion's stored JSON and the stored fields of its first paragraph.

    Date, council and committee are those of the meeting its first paragraph records; item number and
    title the motion's own, else its first paragraph's. rename(council, name) gives a person's one name.
    """
    council = head.get("council")
    shown = dict(data)
    shown["proposer"] = rename(council, data.get("proposer"))
    shown["seconder"] = rename(council, data.get("seconder"))
    shown["votes"] = {side: list(dict.fromkeys(rename(council, n) for n in data["votes"][side] if n)) for side in VOTE_SIDES}
    positions = data.get("positions") or [head.get("position", 0)]  # none named: the paragraph it is stored on
    day_text = head.get("date")
    out = {
        "id": motion_id(document_id, data["ordinal"]),
        "ordinal": data["ordinal"],
        "document_id": document_id,
        "date": day_text,
        "council": council,
        "committee": head.get("committee"),
        "item_number": data.get("item_number") or head.get("item_number"),
        "item_title": data.get("item_title") or (None if data.get("item_number") else head.get("item_title")),
        "type": shown["type"],
        "proposer": shown["proposer"],
        "seconder": shown["seconder"],
        "text": shown.get("text") or "",
        "outcome": shown.get("outcome"),
        "unanimous": shown.get("unanimous"),
        "counts": {side: (data.get("counts") or {}).get(side) for side in VOTE_SIDES},
        "votes": shown["votes"],
        "resolution": shown.get("resolution"),
        "paragraphs": [f"{document_id}-{p}" for p in positions],
    }
    day = (date.fromisoformat(day_text) - EPOCH).days if day_text else -1
    row = MotionRow(out, day, [docnum_of[p] for p in positions if p in docnum_of])
    for role, name in (("proposed", out["proposer"]), ("seconded", out["seconder"])):
        if name:
            row.roles.setdefault(name_key(name), set()).add(role)
    for side in VOTE_SIDES:
        for name in out["votes"][side]:
            row.roles.setdefault(name_key(name), set()).add(side)
    return row


@dataclass
class MotionRequest:
    """A validated /api/motions request."""

    q: str = ""
    council: list[str] = field(default_factory=list)
    committee: list[str] = field(default_factory=list)
    member: str | None = None
    vote: str | None = None  # one of VOTES; only with member
    outcome: list[str] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    document_id: list[str] = field(default_factory=list)
    page: int = 1
    per_page: int = 20
    facet_limit: int = 30


@dataclass
class MotionResult:
    """One page of motions (newest first), the total, and outcome and member facet counts."""

    total: int
    motions: list[dict[str, Any]]
    facets: dict[str, list[tuple[str, int]]]
    roles: dict[str, int] = field(default_factory=dict)  # with a member: motions they proposed, seconded, voted for, ... (vote filter aside)


def _keep(table: MotionTable, request: MotionRequest, without: str | None = None) -> np.ndarray:
    """A bool per row: whether it passes the request's filters, all but `without` (and vote goes with member)."""
    rows = table.rows
    keep = np.ones(len(rows), dtype=bool)
    for name in ("council", "committee", "outcome", "document_id"):
        wanted = set(getattr(request, name))
        if wanted and name != without:
            keep &= np.fromiter((row.data[name] in wanted for row in rows), dtype=bool, count=len(rows))
    if request.member and without != "member":
        key = name_key(request.member)
        vote = None if without == "vote" else request.vote
        keep &= np.fromiter((key in row.roles and (vote is None or vote in row.roles[key]) for row in rows), dtype=bool, count=len(rows))
    if request.date_from or request.date_to:
        days = np.fromiter((row.day for row in rows), dtype=np.int64, count=len(rows))
        if request.date_from:
            keep &= days >= (request.date_from - EPOCH).days
        if request.date_to:
            keep &= (days >= 0) & (days <= (request.date_to - EPOCH).days)
    return keep


def _counted(counts: dict[str, int], limit: int) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]


def find_motions(table: MotionTable, request: MotionRequest, matched: np.ndarray | None) -> MotionResult:
    """Filter the table (matched: a bool per row for the query, None without one), page it, count the facets."""
    base = matched if matched is not None else np.ones(len(table.rows), dtype=bool)
    chosen = np.flatnonzero(base & _keep(table, request))
    start = (request.page - 1) * request.per_page
    page = [table.rows[i].data for i in chosen[start : start + request.per_page].tolist()]
    outcomes: dict[str, int] = {}
    for i in np.flatnonzero(base & _keep(table, request, without="outcome")).tolist():
        value = table.rows[i].data["outcome"]
        if value:
            outcomes[value] = outcomes.get(value, 0) + 1
    members: dict[str, int] = {}
    for i in np.flatnonzero(base & _keep(table, request, without="member")).tolist():
        for key in table.rows[i].roles:
            members[key] = members.get(key, 0) + 1
    shown_members = {table.shown_names.get(key, key): count for key, count in members.items()}
    facets = {"outcome": _counted(outcomes, request.facet_limit), "member": _counted(shown_members, request.facet_limit)}
    roles = {}
    if request.member:
        key = name_key(request.member)
        taken = [table.rows[i].roles[key] for i in np.flatnonzero(base & _keep(table, request, without="vote")).tolist()]
        roles = {role: sum(1 for found in taken if role in found) for role in VOTES}
    return MotionResult(len(chosen), page, facets, roles)
