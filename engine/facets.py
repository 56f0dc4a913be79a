"""Facet values of every paragraph as arrays, the matches of a search, filters and facet counts over them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.postings import posting_ids


class Facet:
    """Per-paragraph facet values as (doc, value id) pairs sorted by doc; read-only once made."""

    def __init__(self, values: list[str], docs: np.ndarray, ids: np.ndarray, size: int = 0, aliases: dict[str, set[str]] | None = None):
        self.values = values
        self.aliases = aliases or {}  # another form of a value -> the values it stands for
        order = np.argsort(docs, kind="stable")
        self.docs = docs[order]  # docnum of each (doc, value) pair, sorted
        self.ids = ids[order]  # value id of each pair
        self.index = {value: i for i, value in enumerate(values)}
        size = max(size, int(self.docs[-1]) + 1 if len(self.docs) else 0)
        # Where each document's pairs start: a few matches are counted without touching the rest.
        self.starts = np.searchsorted(self.docs, np.arange(size + 1))
        for array in (self.docs, self.ids, self.starts):
            array.flags.writeable = False  # shared by every thread of the worker

    def _chosen(self, wanted: list[str]) -> list[int]:
        names = set(wanted).union(*(self.aliases.get(v, ()) for v in wanted))
        return [self.index[v] for v in names if v in self.index]

    def _pairs_of(self, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Where the sorted docs' (doc, value) pairs are: (pair indexes, which of the docs each belongs to)."""
        docs = docs[docs < len(self.starts) - 1]
        begins = self.starts[docs]
        lengths = self.starts[docs + 1] - begins
        offsets = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        return np.repeat(begins, lengths) + offsets, np.repeat(np.arange(len(docs)), lengths)

    def holds(self, wanted: list[str], docs: np.ndarray) -> np.ndarray:
        """For each of the sorted docs, whether it has any of the wanted values (work in proportion to the docs)."""
        out = np.zeros(len(docs), dtype=bool)
        chosen = self._chosen(wanted)
        if chosen and len(docs):
            pairs, owners = self._pairs_of(docs)
            out[owners[np.isin(self.ids[pairs], chosen)]] = True
        return out

    def counts(self, allowed: "Matches", limit: int) -> list[tuple[str, int]]:
        """(value, count) over the allowed paragraphs, most frequent first."""
        if not len(self.values):
            return []
        if len(allowed.ids) * 8 < len(self.docs):
            counted = np.bincount(self.ids[self._pairs_of(allowed.ids)[0]], minlength=len(self.values))
        else:
            counted = np.bincount(self.ids[allowed.mask()[self.docs]], minlength=len(self.values))
        shown = np.flatnonzero(counted)
        order = shown[np.lexsort((shown, -counted[shown]))][:limit]
        return [(self.values[i], int(counted[i])) for i in order.tolist()]


@dataclass
class Matches:
    """The live paragraphs a search matches: sorted docnums, their scores (None when unscored), a mask on demand."""

    ids: np.ndarray
    scores: np.ndarray | None
    size: int
    dense: np.ndarray | None = None

    @classmethod
    def of_mask(cls, mask: np.ndarray) -> "Matches":
        return cls(np.flatnonzero(mask), None, len(mask), mask)

    def mask(self) -> np.ndarray:
        """A bool per paragraph of the snapshot; made once per Matches (each request has its own)."""
        if self.dense is None:
            dense = np.zeros(self.size, dtype=bool)
            dense[self.ids] = True
            self.dense = dense
        return self.dense

    def kept(self, keep: np.ndarray | None) -> "Matches":
        """The matches where keep (a bool per match) is true; all of them for None."""
        if keep is None:
            return self
        return Matches(self.ids[keep], None if self.scores is None else self.scores[keep], self.size)


def term_facet(reader: Any, fieldname: str, live: np.ndarray) -> Facet:
    """A facet from an indexed field's terms: each term a value, its live postings the paragraphs holding it."""
    values: list[str] = []
    docs: list[np.ndarray] = []
    ids: list[np.ndarray] = []
    size = len(live)
    if fieldname in reader.indexed_field_names():
        for term in reader.lexicon(fieldname):
            value = term.decode("utf-8") if isinstance(term, bytes) else term
            if not value:
                continue
            found = posting_ids(reader.postings(fieldname, term))
            docs.append(found)
            ids.append(np.full(len(found), len(values), dtype=np.int32))
            values.append(value)
    if values:
        all_docs, all_ids = np.concatenate(docs), np.concatenate(ids)
        keep = live[all_docs]
        return Facet(values, all_docs[keep], all_ids[keep], size)
    return Facet([], np.zeros(0, np.int64), np.zeros(0, np.int32), size)


def year_facet(days: np.ndarray) -> tuple[np.ndarray, Facet]:
    """Each paragraph's year (0 when undated) and the year facet, newest year first."""
    years = np.where(days >= 0, days.astype("datetime64[D]").astype("datetime64[Y]").astype(int) + 1970, 0)
    year_values = sorted({int(y) for y in np.unique(years) if y > 0}, reverse=True)
    pairs = np.flatnonzero(years > 0)
    # year_values runs newest first, so a year's id is where it falls in the negated list.
    ids = np.searchsorted(-np.asarray(year_values, dtype=np.int64), -years[pairs]).astype(np.int32)
    return years, Facet([str(y) for y in year_values], pairs.astype(np.int64), ids, len(days))


def with_people(speakers: Facet, councils: Facet, size: int, shown: dict[str, dict[str, str]]) -> tuple[Facet, dict[tuple[str, str], str]]:
    """The speaker facet with each council's forms of one person's name counted as one value.

    `shown` is the people file's council -> {name as indexed: name shown}. Returns the facet and
    (council, name as indexed) -> name shown for the names present that change.
    """
    if not len(speakers.docs) or not shown:
        return speakers, {}
    council_of = np.full(size, -1, dtype=np.int64)
    council_of[councils.docs] = councils.ids
    pair_council = council_of[speakers.docs]
    width = len(speakers.values)
    keys, inverse = np.unique((pair_council + 1) * width + speakers.ids, return_inverse=True)
    renamed: dict[tuple[str, str], str] = {}
    key_names = []
    for key in keys.tolist():
        council, value = divmod(key, width)
        name = speakers.values[value]
        council_name = councils.values[council - 1] if council > 0 else None
        person = shown.get(council_name, {}).get(name, name) if council_name is not None else name
        if person != name and council_name is not None:
            renamed[(council_name, name)] = person
        key_names.append(person)
    if not renamed:
        return speakers, {}
    values = sorted(set(key_names))
    lookup = {name: i for i, name in enumerate(values)}
    new_ids = np.array([lookup[name] for name in key_names], dtype=np.int64)[inverse.ravel()]
    # One paragraph naming "Gough" and "Roger Gough" counts once for Roger Gough.
    pairs = np.unique(speakers.docs * len(values) + new_ids)
    aliases: dict[str, set[str]] = {}
    for (_, name), person in renamed.items():
        aliases.setdefault(name, set()).add(person)
    return Facet(values, pairs // len(values), (pairs % len(values)).astype(np.int32), size, aliases), renamed
