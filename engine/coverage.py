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


def councils_covered(snap: Any, reader: Any) -> list[dict[str, Any]]:
    """One entry per council (None for paragraphs that name none), most paragraphs first."""
    live = snap.live
    size = snap.size
    documents = term_facet(reader, "document_id", live)
    document_of = np.full(size, -1, dtype=np.int64)
    document_of[documents.docs] = documents.ids
    councils = snap.facets["council"]
    council_of = np.full(size, -1, dtype=np.int64)
    council_of[councils.docs] = councils.ids
    committees = snap.facets["committee"]
    out: list[dict[str, Any]] = []
    for council in np.unique(council_of[live]).tolist():
        mask = live & (council_of == council)
        days = snap.day[mask]
        dated = days[days >= 0]
        chosen = np.flatnonzero(mask)
        pairs, _ = committees._pairs_of(chosen)
        names = sorted({committees.values[i] for i in np.unique(committees.ids[pairs]).tolist()})
        out.append({
            "council": councils.values[council] if council >= 0 else None,
            "documents": int(len(np.unique(document_of[mask]))),
            "paragraphs": int(mask.sum()),
            "first_meeting": _day(int(dated.min())) if len(dated) else None,
            "last_meeting": _day(int(dated.max())) if len(dated) else None,
            "committees": names,
            "last_indexed": _stamp(int(snap.indexed_at[mask].max())),
        })
    out.sort(key=lambda entry: (-int(entry["paragraphs"]), str(entry["council"] or "\uffff")))
    return out
