"""What one document says about the meeting it belongs to, kept between builds to link reports to agenda items.

A card is plain JSON: the document's folder, meeting (council, committee, date), title and file
name, the agenda items it lists (if it is an agenda), its opening lines (where a report names its
item, meeting and subject), and which paragraphs lack a date, committee or council (the gaps a
link may fill, so a link can be changed or undone without reading the file again).
"""
from __future__ import annotations

import os
import re
from collections import Counter
from typing import Any

from indexer.appendices import mentions
from indexer.dates import find_dates
from indexer.items import item_runs
from indexer.model import Block, Document
from indexer.walk import WalkRecorder

OPENING_LINES = 12  # short lines kept from the top of a document: its title, "To:", "Subject:", "Item 7"
OPENING_BLOCKS = 40  # how far down those lines are looked for
MAX_OPENING_LINE = 200
MIN_AGENDA_ITEMS = 2  # fewer listed items is a heading or two, not an agenda
FILLED = ("date", "committee", "council")  # paragraph fields a link fills where the document leaves them empty


def ranges(positions: list[int]) -> list[list[int]]:
    """Sorted positions as [start, end) runs: a long document's gaps stay short in the notes file."""
    runs: list[list[int]] = []
    for position in positions:
        if runs and runs[-1][1] == position:
            runs[-1][1] = position + 1
        else:
            runs.append([position, position + 1])
    return runs


def in_ranges(position: int, runs: list[list[int]]) -> bool:
    """Whether position falls in one of the runs."""
    return any(start <= position < end for start, end in runs)


def split_committee(committee: str | None) -> tuple[str | None, str | None]:
    """A committee name without a date printed after it ("Cabinet, 30 January 2025"), and that date (ISO)."""
    if not committee:
        return None, None
    found = find_dates(committee)
    if not found:
        return committee, None
    when, start = found[0]
    name = re.sub(r"(?:\s*[,–—-]\s*|\s+)(?:on\s+)?(?:\w+day,?\s+)?$", "", committee[:start]).strip(" ,–—-")
    return (name or None), when.isoformat()


def _opening_lines(blocks: list[Block]) -> list[str]:
    lines: list[str] = []
    for block in blocks[:OPENING_BLOCKS]:
        text = " ".join(block.text.split())
        if text and len(text) <= MAX_OPENING_LINE and not block.table_row:
            lines.append(text)
        if len(lines) >= OPENING_LINES:
            break
    return lines


def meeting_card(document: Document, walk: WalkRecorder, blocks: list[Block]) -> dict[str, Any]:
    """The card of one structured document (after speakers and paragraph splitting)."""
    paragraphs = document.paragraphs
    committee, committee_date = split_committee(document.committee)
    kinds = Counter(p.kind for p in paragraphs)
    items = walk.agenda_items() if walk.steps else []
    agenda = [[number, title] for number, title in items] if len(items) >= MIN_AGENDA_ITEMS else []
    standalone = not any(p.item_number or p.item_title for p in paragraphs)
    linkable = standalone and not agenda  # only these need their opening lines and gaps kept
    gaps = {name: ranges([p.position for p in paragraphs if getattr(p, name) is None]) for name in FILLED} if linkable else {}
    return {
        "folder": os.path.dirname(document.path),
        "name": os.path.splitext(os.path.basename(document.path))[0],
        "title": document.title,
        "council": document.council,
        "committee": committee,
        "date": document.date.isoformat() if document.date else committee_date,
        "kind": kinds.most_common(1)[0][0] if kinds else "other",
        "agenda": agenda,
        "standalone": standalone,
        "opening": _opening_lines(blocks) if linkable else [],
        "appendices": mentions([p.text for p in paragraphs]) if linkable else {},
        "gaps": gaps,
        "paragraphs": len(paragraphs),
        "items": item_runs(paragraphs),  # the meetings and items of its paragraphs, for item pages (indexer/items.py)
    }
