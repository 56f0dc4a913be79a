"""Posting lists, columns and lengths read straight into numpy arrays.

The one module that knows Whoosh's private codec internals (W3LeafMatcher blocks, numeric column
layout, the per-document lengths column); the evaluator, facets and people build on it.
"""
from __future__ import annotations

from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.columns import NumericColumn
from whoosh.matching.wrappers import FilterMatcher, MultiMatcher
from whoosh.util.numeric import byte_to_length

from engine.format import POSITION_BYTES

IdArray = np.ndarray
EMPTY_IDS = np.zeros(0, dtype=np.int64)
_LENGTH_OF_BYTE = np.array([byte_to_length(b) for b in range(256)], dtype=np.float32)


class Unsupported(Exception):
    """A posting list stored in a way the array path does not decode; the caller hands the query to Whoosh."""


def leaves(matcher: Any) -> list[tuple[Any, int]]:
    """(segment matcher, docnum offset) pairs of a posting list.

    A segment with deletions wraps its postings in a matcher that skips deleted paragraphs; the
    wrapper is taken off here, since every answer is masked with the snapshot's live paragraphs.
    """
    pairs = list(zip(matcher.matchers, matcher.offsets)) if isinstance(matcher, MultiMatcher) else [(matcher, 0)]
    return [(leaf.child if isinstance(leaf, FilterMatcher) and leaf._exclude else leaf, offset) for leaf, offset in pairs]


def block_ids(leaf: W3LeafMatcher, offset: int) -> IdArray:
    """The docnums of the posting block a segment matcher is on, read from disk if need be."""
    if leaf._data is None:
        leaf._read_data()
    ids = np.asarray(leaf._data[0], dtype=np.int64)
    return (ids if leaf._byteids else np.cumsum(ids)) + offset


def block_weights(leaf: W3LeafMatcher) -> np.ndarray:
    """The weights (term frequencies times field boost) of the block a segment matcher is on."""
    raw, count = leaf._data[1], leaf._blocklength
    if raw is None:
        return np.ones(count, dtype=np.float64)
    if isinstance(raw, float):
        return np.full(count, raw, dtype=np.float64)
    return np.asarray(raw, dtype=np.float64)


def block_values(leaf: W3LeafMatcher) -> list[bytes]:
    """The encoded values (positions) of each posting of the block a segment matcher is on."""
    if leaf._values is None:
        leaf._read_values()
    return list(leaf._values)


def posting_ids(matcher: Any) -> IdArray:
    """Every docnum of a posting list, a block at a time."""
    parts = []
    for leaf, offset in leaves(matcher):
        if not isinstance(leaf, W3LeafMatcher):  # short lists are kept inline: read them one by one
            parts.append(np.fromiter(leaf.all_ids(), dtype=np.int64) + offset)
            continue
        while leaf.is_active():
            parts.append(block_ids(leaf, offset))
            leaf._next_block()
    return np.concatenate(parts) if parts else EMPTY_IDS


def term_postings(reader: Any, fieldname: str, btext: bytes) -> tuple[IdArray, np.ndarray] | None:
    """(docnums, weights) of one term, or None when the index does not have it."""
    if (fieldname, btext) not in reader:
        return None
    id_parts, weight_parts = [], []
    for leaf, offset in leaves(reader.postings(fieldname, btext)):
        if not isinstance(leaf, W3LeafMatcher):
            raise Unsupported(f"inline postings of {fieldname}")
        while leaf.is_active():
            id_parts.append(block_ids(leaf, offset))
            weight_parts.append(block_weights(leaf))
            leaf._next_block()
    if not id_parts:
        return EMPTY_IDS, np.zeros(0, dtype=np.float64)
    return np.concatenate(id_parts), np.concatenate(weight_parts)


def decode_positions(values: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """Some postings' position values: (how many positions each has, all of them in order)."""
    counts = np.fromiter(map(len, values), dtype=np.int64, count=len(values)) // POSITION_BYTES
    return counts, np.frombuffer(b"".join(values), dtype="<u4")


def numeric_column(column: Any, count: int) -> np.ndarray | None:
    """All values of one segment's fixed-width numeric column in one read, or None for other kinds."""
    if not isinstance(column, NumericColumn.Reader):
        return None
    dtype = np.dtype(">" + column._typecode)
    stored = min(column._count, count)
    values = np.frombuffer(column._dbfile.get(column._basepos, stored * column._fixedlen), dtype=dtype).astype(dtype.newbyteorder("="))
    if stored < count:  # documents after the last stored value take the column's default
        default = np.frombuffer(column._defaultbytes, dtype=dtype)[0]
        values = np.concatenate([values, np.full(count - stored, default, dtype=values.dtype)])
    return values


def column_values(reader: Any, name: str, default: int) -> np.ndarray:
    """A numeric sortable column of every document, read a segment at a time."""
    parts = []
    for leaf, _ in reader.leaf_readers():
        count = leaf.doc_count_all()
        if not leaf.has_column(name):
            parts.append(np.full(count, default, dtype=np.int64))
            continue
        column = leaf.column_reader(name)
        raw = column.raw_column() if hasattr(column, "raw_column") else column
        values = numeric_column(raw, count)
        if values is None:  # a column kind without a fixed layout: one value at a time
            parts.append(np.fromiter((column[d] for d in range(count)), dtype=np.int64, count=count))
            continue
        if raw is not column:
            # Stored values are in Whoosh's sortable form: translate each distinct value once.
            distinct, inverse = np.unique(values, return_inverse=True)
            values = np.array([column._translate(v) for v in distinct.tolist()], dtype=np.int64)[inverse.ravel()]
        parts.append(values.astype(np.int64))
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def field_lengths(reader: Any, fieldname: str) -> np.ndarray:
    """Each document's length in words of one field, as BM25 sees it (Whoosh's one-byte encoding)."""
    parts = []
    for leaf, _ in reader.leaf_readers():
        count = leaf.doc_count_all()
        perdoc = getattr(leaf, "_perdoc", None)
        lengths = perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN) if perdoc is not None else None
        codes = numeric_column(lengths, count) if lengths is not None else None
        if codes is None:
            parts.append(np.fromiter((leaf.doc_field_length(d, fieldname, 0) or 0 for d in range(count)), dtype=np.float32, count=count))
        else:
            parts.append(_LENGTH_OF_BYTE[codes.astype(np.int64)])
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)


def live_mask(reader: Any) -> np.ndarray:
    """True for each live document of a reader, False for deleted ones."""
    live = np.ones(reader.doc_count_all(), dtype=bool)
    for leaf, offset in reader.leaf_readers():
        if leaf.has_deletions():
            live[np.fromiter(leaf.deleted_docs_set, dtype=np.int64) + offset] = False
    return live
