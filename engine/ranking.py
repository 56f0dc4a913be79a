"""The order of a relevance-sorted answer to plain words: Whoosh's BM25F score, then what a reader weighs.

BM25 alone puts two-word fragments on top ("Grass Cutting.", "Classification: Unrestricted"),
since their few words make every match count for much; it ranks a contents line ("Armed Forces
Covenant signing ........ 8") like the section it points to, and fills a page with one item's
twenty minutes or with the same paragraph printed in an agenda and again in the minutes. So,
for a relevance-sorted search that is not strict (`match=all` stays exactly Whoosh's order):

- every candidate's score is weighed by its length: full weight from SHORT_WORDS words on, less
  below (the square root of the share);
- the best `window` candidates are then read and weighed by what they say: a contents line or a
  line of dot leaders counts for little; a paragraph holding a query word as typed ("programme"
  typed, "programme" printed) counts for more than one holding only its stem; one whose item or
  document title holds the query's words counts for more;
- within that window, a paragraph that repeats one already ranked (the same text, or nine in ten
  of its word types shared) is folded into it (shown once, "also in" the others), and a third
  paragraph of one agenda item (or one page) moves below the others ("N more in this item"), so the
  first page shows more of the answers there are.

The total and the facets count every matching paragraph, repeats included; only the list changes.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.analysis import analysed_words

SHORT_WORDS = 12  # a paragraph of at least this many words is weighed in full
CONTENTS_WEIGHT = 0.2  # a contents line or dot leaders: a pointer, not an answer
TYPED_FORM_BONUS = 0.15  # at most, when every query word is printed as typed
TITLE_BONUS = 0.25  # at most, when the item or document title holds every query word
PER_PLACE = 2  # paragraphs of one agenda item (or page) before the others are shown
SAME_WORDS = 0.9  # share of word types that makes two paragraphs the same

_CONTENTS = re.compile(r"(?:\.\s?){4,}\s*\d+\s*$|…\s*\d+\s*$|\.{3,}\s*\d+\s*\n", re.MULTILINE)
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class Wanted:
    """What the reader typed: the plain words as typed and their stems."""

    typed: tuple[str, ...]
    stems: frozenset[str]

    @classmethod
    def of(cls, words: Sequence[str]) -> Wanted:
        typed = tuple(dict.fromkeys(word.lower() for word in words))
        return cls(typed, frozenset(stem for word in typed for stem in analysed_words(word)))


def length_weight(lengths: np.ndarray) -> np.ndarray:
    """1 from SHORT_WORDS words on, the square root of the share below."""
    return np.sqrt(np.clip(lengths.astype(np.float64), 1.0, SHORT_WORDS) / SHORT_WORDS)


def is_contents_line(text: str) -> bool:
    """A line of a contents page or an index: words, dot leaders, a page number."""
    return bool(_CONTENTS.search(text))


def reading_weight(fields: dict[str, Any], wanted: Wanted) -> float:
    """How much one paragraph's own text and titles add to or take from its score."""
    text = fields.get("text") or ""
    weight = CONTENTS_WEIGHT if is_contents_line(text) else 1.0
    if wanted.typed:
        printed = set(_WORDS.findall(text.lower()))
        weight *= 1.0 + TYPED_FORM_BONUS * sum(word in printed for word in wanted.typed) / len(wanted.typed)
    if wanted.stems:
        titles = " ".join(str(fields.get(name) or "") for name in ("item_title", "doc_title"))
        in_titles = set(analysed_words(titles)) & wanted.stems
        weight *= 1.0 + TITLE_BONUS * len(in_titles) / len(wanted.stems)
    return weight


def _word_types(text: str) -> frozenset[str]:
    return frozenset(_WORDS.findall(text.lower()))


def _same(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return a == b
    return len(a & b) >= SAME_WORDS * max(len(a), len(b))


@dataclass
class Order:
    """A window put in reading order: what is shown, which repeats fold into which hit, and what each place holds more of."""

    docnums: list[int]
    repeats: dict[int, list[int]]  # shown docnum -> the docnums repeating it (same text, or nine in ten word types)
    more_in_place: dict[int, int]  # the last shown docnum of a place -> how many of that place's paragraphs come later


def spread(docnums: list[int], fields: Callable[[int], dict[str, Any]]) -> Order:
    """The window's order with repeats folded into the paragraph they repeat and each place's third and later paragraphs moved below."""
    first: list[int] = []
    later: list[int] = []
    kept: list[tuple[frozenset[str], int]] = []
    repeats: dict[int, list[int]] = {}
    per_place: dict[tuple[str, str], list[int]] = {}
    for docnum in docnums:
        stored = fields(docnum)
        types = _word_types(stored.get("text") or "")
        same = next((shown for other, shown in kept if _same(types, other)), None)
        if same is not None:
            repeats.setdefault(same, []).append(docnum)
            continue
        kept.append((types, docnum))
        place_of = stored.get("item_number") or (f"page {stored['page']}" if stored.get("page") else None)
        if place_of is not None:
            placed = per_place.setdefault((str(stored.get("document_id")), str(place_of)), [])
            placed.append(docnum)
            if len(placed) > PER_PLACE:
                later.append(docnum)
                continue
        first.append(docnum)
    more = {placed[PER_PLACE - 1]: len(placed) - PER_PLACE for placed in per_place.values() if len(placed) > PER_PLACE}
    return Order(first + later, repeats, more)


def ranked(ids: np.ndarray, scores: np.ndarray, lengths: np.ndarray, wanted: Wanted, fields: Callable[[int], dict[str, Any]],
           end: int, window: int, tiers: np.ndarray | None = None) -> tuple[Order, list[float]]:
    """The first `end` hits in reading order (repeats folded in), with the scores they were ordered by.

    `tiers` (how many of the words each holds, for a relaxed search) always comes first: a paragraph
    with more of the words stays above one with fewer. Past the window the order is the weighed score's.
    """
    tier = tiers if tiers is not None else np.zeros(len(ids))
    weighed = scores * length_weight(lengths[ids])
    order = np.lexsort((ids, -weighed, -tier))
    head = order[: max(window, 0)]
    stored = {int(ids[i]): fields(int(ids[i])) for i in head}
    adjusted = {int(ids[i]): float(weighed[i]) * reading_weight(stored[int(ids[i])], wanted) for i in head}
    tier_of = {int(ids[i]): float(tier[i]) for i in head}
    in_window = sorted(adjusted, key=lambda d: (-tier_of[d], -adjusted[d], d))
    placed = spread(in_window, stored.__getitem__)
    out = placed.docnums
    if end > len(out):
        out += [int(ids[i]) for i in order[len(head): len(head) + end - len(out)]]
    chosen = out[:end]
    values = {**{int(ids[i]): float(weighed[i]) for i in order[len(head): len(head) + end]}, **adjusted}
    return Order(chosen, placed.repeats, placed.more_in_place), [values[d] for d in chosen]
