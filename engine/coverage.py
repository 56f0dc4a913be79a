"""What the index covers, per council: documents, paragraphs, meeting dates, committees, when last indexed."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import numpy as np

from engine.facets import term_facet

_EPOCH = date(1970, 1, 1)


def _day(value: int) -> str | None:
    return (_EPOCH + timedelta(days=value)).isoformat() if value >= 0 else None


def _stamp(value: int) -> str | None:
    return datetime.fromtimestamp(value / 1e6, tz=timezone.utc).isoformat(timespec="seconds") if value > 0 else None


def councils_covered(snap: Any, reader: Any, documents: bool = True) -> list[dict[str, Any]]:
    """One entry per council (None for paragraphs that name none), most paragraphs first; array work, no stored fields.

    documents=False leaves out the documents count, whose facet is the one costly part (a posting
    list per document).
    """
    live = np.flatnonzero(snap.live)
    councils = snap.facets["council"]
    slots = len(councils.values) + 1  # slot 0: no council
    council_of = np.zeros(snap.size, dtype=np.int64)
    council_of[councils.docs] = councils.ids.astype(np.int64) + 1
    owner = council_of[live]
    paragraphs = np.bincount(owner, minlength=slots)
    day = snap.day[live]
    dated = day >= 0
    first = np.full(slots, np.iinfo(np.int64).max, dtype=np.int64)
    last = np.full(slots, -1, dtype=np.int64)
    np.minimum.at(first, owner[dated], day[dated])
    np.maximum.at(last, owner[dated], day[dated])
    newest = np.zeros(slots, dtype=np.int64)
    np.maximum.at(newest, owner, snap.indexed_at[live])
    committees = snap.facets["committee"]
    keep = snap.live[committees.docs]
    pairs = np.unique(council_of[committees.docs[keep]] * len(committees.values) + committees.ids[keep])
    names: dict[int, list[str]] = {}
    for pair in pairs.tolist():
        slot, value = divmod(pair, len(committees.values))
        names.setdefault(slot, []).append(committees.values[value])
    counts = None
    if documents:
        document_facet = term_facet(reader, "document_id", snap.live)
        held = np.unique(council_of[document_facet.docs] * max(1, len(document_facet.values)) + document_facet.ids)
        counts = np.bincount(held // max(1, len(document_facet.values)), minlength=slots)
    out: list[dict[str, Any]] = []
    for slot in np.flatnonzero(paragraphs).tolist():
        entry: dict[str, Any] = {
            "council": councils.values[slot - 1] if slot else None,
            "paragraphs": int(paragraphs[slot]),
            "first_meeting": _day(int(first[slot])) if last[slot] >= 0 else None,
            "last_meeting": _day(int(last[slot])),
            "committees": sorted(names.get(slot, [])),
            "last_indexed": _stamp(int(newest[slot])),
        }
        if counts is not None:
            entry = {"council": entry["council"], "documents": int(counts[slot]), **{k: v for k, v in entry.items() if k != "council"}}
        out.append(entry)
    out.sort(key=lambda entry: (-int(entry["paragraphs"]), str(entry["council"] or "\uffff")))
    return out
