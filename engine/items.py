"""The items file: each agenda item of a meeting with the papers about it and its earlier and later meetings.

ITEMS_FILE sits beside the index (like the people file) and is replaced whole, in one rename, at the
end of every build (indexer/items.py computes it from the documents' notes). Its JSON:
  {"version": ITEMS_VERSION,
   "items": {key: {"key", "council", "committee", "date", "number", "title", "references": [...],
                   "parts": [{"document_id", "document_title", "role", "ranges": [[first, last], ...],
                              "resolutions": [position, ...], "label", "printed_with"}],
                   "life": [{"key", "why"}]}},      # the matter's meetings in order, this item included
   "documents": {document id: [[first position, last position, key], ...]},
   "in_document": {document id: [key, ...]}}  # the items a document lists or speaks to, in meeting and item order
An index written before items existed has no file: it reads as no items (rebuild to make them).
No Whoosh here: the web app reads this file on its own.
"""
from __future__ import annotations

import hashlib
import json
import os
import threading
from bisect import bisect_right
from pathlib import Path
from typing import Any

ITEMS_FILE = "items.json"
ITEMS_VERSION = 1


def item_key(council: str | None, committee: str | None, date: str | None, number: str | None, title: str | None) -> str:
    """A stable id of one item of one meeting: the first 16 hex digits of the SHA-1 of its parts, compared loosely."""
    parts = [" ".join((value or "").lower().split()) for value in (council, committee, date, number, None if number else title)]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def write_items(path: Path, data: dict[str, Any]) -> None:
    """Replace the items file in one rename (a reader sees the old file or the new, never half)."""
    staging = path / (ITEMS_FILE + ".tmp")
    with open(staging, "w", encoding="utf-8") as handle:
        json.dump(data, handle, sort_keys=True)  # ASCII escapes, as the notes file
    os.replace(staging, path / ITEMS_FILE)


def read_items(path: Path) -> dict[str, Any]:
    """The items file of the index at path; empty items when it is absent, unreadable or of another version."""
    try:
        with open(path / ITEMS_FILE, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError):
        return {"items": {}, "documents": {}}
    if not isinstance(data, dict) or data.get("version") != ITEMS_VERSION:
        return {"items": {}, "documents": {}}
    return data


class Items:
    """The items of one index, read once and again only when the file changes (thread-safe)."""

    def __init__(self, index_dir: str | os.PathLike[str]):
        self.index_dir = Path(index_dir)
        self._lock = threading.Lock()
        self._seen: tuple[str, int, int, int] | None = None
        self._data: dict[str, Any] = {"items": {}, "documents": {}}
        self._starts: dict[str, list[int]] = {}

    def _current(self) -> dict[str, Any]:
        real = os.path.realpath(self.index_dir)  # a rebuild switches the index to a new folder
        try:
            info = os.stat(os.path.join(real, ITEMS_FILE))
            seen = (real, info.st_ino, info.st_mtime_ns, info.st_size)  # each write is a new file (a rename)
        except OSError:
            seen = (real, -1, -1, -1)
        with self._lock:
            if seen != self._seen:
                self._data = read_items(Path(real)) if seen[3] >= 0 else {"items": {}, "documents": {}}
                self._starts = {}
                self._seen = seen
            return self._data

    def item(self, key: str) -> dict[str, Any] | None:
        """One item by its key, or None."""
        found = self._current()["items"].get(key)
        return found if isinstance(found, dict) else None

    def key_of(self, document_id: str, position: int | None) -> str | None:
        """The key of the item a paragraph belongs to, or None."""
        data = self._current()
        runs = data["documents"].get(document_id)
        if not runs or position is None:
            return None
        with self._lock:
            starts = self._starts.get(document_id)
            if starts is None:
                starts = self._starts[document_id] = [run[0] for run in runs]
        index = bisect_right(starts, position) - 1
        if index >= 0 and runs[index][0] <= position <= runs[index][1]:
            return str(runs[index][2])
        return None

    def in_document(self, document_id: str) -> list[dict[str, Any]]:
        """The items a document lists or speaks to, in order."""
        data = self._current()
        return [data["items"][key] for key in data.get("in_document", {}).get(document_id, []) if key in data["items"]]

    def count(self) -> int:
        """How many items the index has."""
        return len(self._current()["items"])
