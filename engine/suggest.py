"""Did you mean: the query with each unknown word replaced by the closest word the index has."""
from __future__ import annotations

from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from engine.analysis import PRINTED_WORD, analysed_words

SUGGEST_MAX_EDITS = 2


def closest_word(word: str, words: dict[str, int], reader: Any) -> str | None:
    """The most used indexed word within two edits (a swap of neighbours is one) of `word`, same first letter, that the index still has."""
    found = process.extract(word, words.keys(), scorer=OSA.distance, score_cutoff=SUGGEST_MAX_EDITS, limit=None)
    ranked = sorted((distance, -words[candidate], candidate) for candidate, distance, _ in found if candidate[0] == word[0])
    for _, _, candidate in ranked:
        stems = analysed_words(candidate)
        if stems and all(reader.doc_frequency("text", stem) > 0 for stem in stems):
            return candidate
    return None


def suggestion(text: str, words: dict[str, int], reader: Any) -> str | None:
    """The query text with unknown words corrected, or None when there is nothing to correct."""
    pieces, last, changed = [], 0, False
    for match in PRINTED_WORD.finditer(text):
        word = match.group(0)
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        if word in ("AND", "OR", "NOT") or ":" in (before, after) or word.lower() in words:
            continue
        better = closest_word(word.lower(), words, reader)
        if better:
            pieces += [text[last : match.start()], better]
            last, changed = match.end(), True
    return "".join(pieces) + text[last:] if changed else None
