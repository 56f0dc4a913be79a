"""A per-snapshot cache of decoded posting lists of common terms, shared by a worker's threads."""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

import numpy as np

TERM_CACHE_MIN_POSTINGS = 2000  # shorter posting lists are read faster than they would be looked up


class TermCache:
    """Decoded posting lists of common terms within a memory budget (least recently used go first).

    Entries are tuples of read-only arrays, so threads share them without copying.
    """

    def __init__(self, budget_bytes: int, min_postings: int = TERM_CACHE_MIN_POSTINGS):
        self.budget = budget_bytes
        self.min_postings = min_postings
        self.used = 0
        self.entries: OrderedDict[Any, tuple[np.ndarray, ...]] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: Any) -> tuple[np.ndarray, ...] | None:
        with self.lock:
            found = self.entries.get(key)
            if found is not None:
                self.entries.move_to_end(key)
            return found

    def put(self, key: Any, value: tuple[np.ndarray, ...]) -> None:
        """Keep a term's arrays (docnums first) if the term is common enough and they fit."""
        size = sum(array.nbytes for array in value)
        if len(value[0]) < self.min_postings or size > self.budget:
            return
        for array in value:
            array.flags.writeable = False
        with self.lock:
            if key in self.entries:
                return
            self.entries[key] = value
            self.used += size
            while self.used > self.budget:
                _, old = self.entries.popitem(last=False)
                self.used -= sum(array.nbytes for array in old)
