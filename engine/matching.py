"""How the words of a plain query are matched: all of them when that finds enough, else most of them.

A plain query is words as people type them, and quoted phrases: no AND/OR/NOT, brackets, fields or
wildcards. A quoted phrase is one slot, matched as written (engine/query.py); the words around it
are matched as below.
Its stop words and question words are dropped ("how much does it cost to rent an allotment" is
"cost rent allotment"), each word also finds its other UK/US spelling when the index has it and what it abbreviates ("ASB": "anti-social
behaviour", engine/data/abbreviations.tsv), a speaker's whole name
("Roger Gough") also finds the paragraphs that person speaks in, and
when all the words together find fewer than enough paragraphs, paragraphs holding most of them are
added below, those holding more of the words first (a minimum-should-match that relaxes a word at
a time, down to half the words). Anything else is searched exactly as written.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping

import numpy as np
from whoosh import query as wq

from engine.abbreviations import expansion
from engine.analysis import TOKEN_PATTERN, is_stop_word, snowball_stem
from engine.evaluate import Result
from engine.spelling import spelling_variants

# Words that make a typed question a question, not what it is about.
QUESTION_WORDS = frozenset("how what when where which who whom whose why is are was were do does did can could would should much many any".split())
_OPERATORS = re.compile(r"\b(?:AND|OR|NOT|ANDNOT)\b|[\"()\[\]{}*?^~:+]|(?:^|\s)-")
_WORD = re.compile(TOKEN_PATTERN)


def plain_words(text: str) -> list[str] | None:
    """The words that matter in a query typed as plain words (as typed), or None for a query with operators, quotes, fields or wildcards."""
    if not text.strip() or _OPERATORS.search(text):
        return None
    words = _WORD.findall(text)
    content = [word for word in words if word.lower() not in QUESTION_WORDS and not is_stop_word(snowball_stem(word.lower()))]
    return list(dict.fromkeys(content)) or None


_QUOTED = re.compile(r'"([^"]*)"')
_PHRASE_SAFE = re.compile(r"^[^()\[\]{}*?^~:+]*$")  # a phrase with none of the query language's other signs


def phrases_and_words(text: str) -> tuple[list[str], list[str]] | None:
    """The quoted phrases and plain words of a query whose only operator is quotes ('"joint policing committee" drugs').

    None for any other query (AND/OR/NOT, brackets, fields, wildcards, an unclosed quote), which is searched as written.
    Phrases keep their stop words; the plain words lose them as in plain_words.
    """
    if '"' not in text:
        words = plain_words(text)
        return ([], words) if words else None
    if text.count('"') % 2:
        return None
    phrases = [" ".join(found.split()) for found in _QUOTED.findall(text)]
    if not all(_PHRASE_SAFE.match(phrase) for phrase in phrases):
        return None
    rest = _QUOTED.sub(" ", text)
    if _OPERATORS.search(rest):
        return None
    words = [word for word in _WORD.findall(rest) if word.lower() not in QUESTION_WORDS and not is_stop_word(snowball_stem(word.lower()))]
    phrases = [phrase for phrase in phrases if phrase]
    if not phrases and not words:
        return None
    return list(dict.fromkeys(phrases)), list(dict.fromkeys(words))


def reading_words(text: str) -> list[str] | None:
    """The words a relevance order weighs (typed forms, titles): the plain words and the words of quoted phrases."""
    split = phrases_and_words(text)
    if split is None:
        return None
    phrases, words = split
    in_phrases = [word for phrase in phrases for word in _WORD.findall(phrase) if not is_stop_word(snowball_stem(word.lower()))]
    return list(dict.fromkeys(in_phrases + words)) or None


def word_query(typed: str, vocabulary: Mapping[str, int]) -> wq.Query:
    """One typed word as a query: its stem, OR its other spelling's, OR what it abbreviates as a phrase."""
    word = typed.lower()
    stems = list(dict.fromkeys(snowball_stem(form) for form in [word, *spelling_variants(word, vocabulary)]))
    parts: list[wq.Query] = [wq.Term("text", stem) for stem in stems]
    stands_for = expansion(typed)
    if stands_for:
        phrase = [snowball_stem(w.lower()) for w in _WORD.findall(stands_for)]
        parts.append(wq.Phrase("text", phrase) if len(phrase) > 1 else wq.Term("text", phrase[0]))
    return parts[0] if len(parts) == 1 else wq.Or(parts)


def person_runs(words: list[str], people: Mapping[tuple[str, ...], str]) -> list[tuple[int, int]]:
    """(start, end) of each run of two or more typed words that is a speaker's whole name ("Roger Gough"), longest first."""
    lowered = [word.lower() for word in words]
    runs: list[tuple[int, int]] = []
    start = 0
    while start < len(lowered):
        for end in range(len(lowered), start + 1, -1):
            if tuple(lowered[start:end]) in people:
                runs.append((start, end))
                start = end
                break
        else:
            start += 1
    return runs


def person_query(words: list[str]) -> wq.Query:
    """A person's name: printed as a name in the text, or the person among the paragraph's speakers."""
    stems = [snowball_stem(word.lower()) for word in words]
    return wq.Or([wq.Phrase("text", stems), wq.Phrase("speaker", stems)])


def word_slots(words: list[str], vocabulary: Mapping[str, int], people: Mapping[tuple[str, ...], str]) -> list[wq.Query]:
    """One query per typed word, except that a speaker's whole name is one query (found as text or as the speaker)."""
    slots: list[wq.Query] = []
    position = 0
    for start, end in person_runs(words, people):
        slots += [word_query(word, vocabulary) for word in words[position:start]]
        slots.append(person_query(words[start:end]))
        position = end
    return slots + [word_query(word, vocabulary) for word in words[position:]]


def all_of(words: list[wq.Query]) -> wq.Query:
    """Every word required: the strict query."""
    return words[0] if len(words) == 1 else wq.And(words)


def relaxed_minimums(count: int) -> list[int]:
    """How many of `count` words a paragraph must hold, step by step: one fewer each time, down to half."""
    return list(range(count - 1, max(1, math.ceil(count / 2)) - 1, -1))


def most_of(results: list[Result], minimum: int) -> Result:
    """Paragraphs holding at least `minimum` of the words, ranked by how many they hold, then by score."""
    ids = np.concatenate([r[0] for r in results]) if results else np.zeros(0, dtype=np.int64)
    scores = np.concatenate([r[1] for r in results]) if results else np.zeros(0)
    unique, inverse, counts = np.unique(ids, return_inverse=True, return_counts=True)
    summed = np.bincount(inverse.ravel(), weights=scores, minlength=len(unique))
    keep = counts >= minimum
    unique, counts, summed = unique[keep], counts[keep], summed[keep]
    # The number of words held comes first: a paragraph with all of them always ranks above one with fewer.
    top = float(summed.max()) if len(summed) else 0.0
    return unique, counts + summed / (top + 1.0)
