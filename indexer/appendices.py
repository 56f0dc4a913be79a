"""Appendices published as files of their own: the report that lists "Appendix A ..." gives them its agenda item.

A report's sentences that name its appendices ("Appendix A provides a high-level summary of
capital investment", "appendices D to G of this report") are kept in its card. An appendix file
("Appendix A Capital Investment Summary") in the same folder takes the item of the one linked
report that names its letter with words of its title; when only one linked report names that
letter at all, the letter alone does. Otherwise it stays unlinked.
"""
from __future__ import annotations

import re
import string
from typing import Any

from indexer.analysis import split_sentences

MAX_MENTIONS = 60  # sentences naming appendices kept per document
MENTION_CHARS = 240
MIN_SHARED_WORDS = 2  # title words an appendix must share with the sentence naming it, when several reports name its letter
MIN_WORD = 4

_LABEL = r"(?:[A-Z]|\d{1,2})"
MENTION = re.compile(rf"\b(?:Appendix|Appendices|Annex|Annexes)\s+(?P<labels>{_LABEL}(?:\s*(?:,\s*(?:and\s+)?|\band\b|&|\bto\b|[-–])\s*{_LABEL}\b)*)(?![\w.])", re.IGNORECASE)
OWN_LABEL = re.compile(rf"^\s*(?:appendix|annex)\s+(?P<label>{_LABEL})\b[\s:.–-]*(?P<rest>.*)$", re.IGNORECASE)


def _labels(text: str) -> list[str]:
    """"A, B and D" -> A B D; "D to G" -> D E F G; "1-3" -> 1 2 3."""
    parts = re.split(r"(\s*(?:,\s*(?:and\s+)?|\band\b|&|\bto\b|[-–])\s*)", text)
    found: list[str] = []
    for index in range(0, len(parts), 2):
        label = parts[index].strip().upper()
        joiner = parts[index - 1].strip().lower() if index else ""
        if found and joiner in ("to", "-", "–"):
            start = found[-1]
            if start.isdigit() and label.isdigit():
                found.extend(str(n) for n in range(int(start) + 1, int(label) + 1) if n - int(start) <= 26)
                continue
            if start in string.ascii_uppercase and label in string.ascii_uppercase:
                found.extend(string.ascii_uppercase[string.ascii_uppercase.index(start) + 1 : string.ascii_uppercase.index(label) + 1])
                continue
        found.append(label)
    return found


def mentions(texts: list[str]) -> dict[str, list[str]]:
    """Appendix label -> the sentences that name it, from a report's paragraphs."""
    found: dict[str, list[str]] = {}
    kept = 0
    for text in texts:
        if "ppendi" not in text and "nnex" not in text:
            continue
        for sentence in split_sentences(text) or [text]:
            for match in MENTION.finditer(sentence):
                for label in _labels(match.group("labels")):
                    found.setdefault(label, []).append(sentence[:MENTION_CHARS])
                    kept += 1
            if kept >= MAX_MENTIONS:
                return found
    return found


def own_label(card: dict[str, Any]) -> tuple[str, str] | None:
    """(label, title words) of an appendix file, from its file name, title or first line."""
    for text in (card.get("name") or "", card.get("title") or "", *(card.get("opening") or [])[:1]):
        match = OWN_LABEL.match(text)
        if match:
            return match.group("label").upper(), match.group("rest")
    return None


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= MIN_WORD and w not in ("appendix", "appendices", "annex")}


def parent_of(card: dict[str, Any], linked: list[tuple[str, dict[str, Any]]]) -> tuple[str, str] | None:
    """(document id of the report listing this appendix, evidence), or None when not one report settles it."""
    label = own_label(card)
    if label is None:
        return None
    letter, rest = label
    naming = [(doc_id, other) for doc_id, other in linked if letter in (other.get("appendices") or {})]
    if not naming:
        return None
    title_words = _words(rest)
    scored = []
    for doc_id, other in naming:
        sentences = other["appendices"][letter]
        shared = max((len(title_words & _words(s)) for s in sentences), default=0)
        scored.append((shared, doc_id, sentences[0]))
    scored.sort(reverse=True)
    best, doc_id, sentence = scored[0]
    if len(scored) == 1 and (best >= 1 or not title_words):
        return doc_id, f"Appendix {letter} is named by one linked report: {sentence[:120]!r}"
    if best >= MIN_SHARED_WORDS and (len(scored) == 1 or scored[1][0] < best):
        return doc_id, f"Appendix {letter} with {best} words of its title named by: {sentence[:120]!r}"
    return None
