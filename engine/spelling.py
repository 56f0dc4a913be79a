"""UK and US spellings as one word: a query word also finds the other spelling when the index holds it.

General rules (-ise/-ize, -isation/-ization, -yse/-yze, -our/-or, a doubled l before -ing, -ed and
-er) and a data file for the rest (engine/data/spellings.tsv: programme/program, centre/center,
licence/license, ...). A variant is used only when the index's own word list has it, so a rule
that makes a non-word ("otherwize") changes nothing.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

SPELLINGS_FILE = Path(__file__).resolve().parent / "data" / "spellings.tsv"
# -our/-or only after three letters or more, so "for" and "four", "hour" and "hor" never meet.
_OUR = re.compile(r"^([a-z]{3,})our(s|ed|ing|ite|ites|hood|hoods|able|ful|less)?$")
_OR = re.compile(r"^([a-z]{3,})or(s|ed|ing|ite|ites|hood|hoods|able|ful|less)?$")
_ISE = re.compile(r"^([a-z]{2,})is(e|es|ed|ing|ation|ations|er|ers)$")
_IZE = re.compile(r"^([a-z]{2,})iz(e|es|ed|ing|ation|ations|er|ers)$")
_YSE = re.compile(r"^([a-z]{2,})ys(e|es|ed|ing)$")
_YZE = re.compile(r"^([a-z]{2,})yz(e|es|ed|ing)$")
_DOUBLE_L = re.compile(r"^([a-z]{2,}[aeiou])ll(ing|ed|er|ers)$")
_SINGLE_L = re.compile(r"^([a-z]{2,}[aeiou])l(ing|ed|er|ers)$")


@lru_cache(maxsize=1)
def _pairs() -> dict[str, frozenset[str]]:
    """Each form in the data file -> its other forms."""
    other: dict[str, set[str]] = {}
    for line in SPELLINGS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        uk, _, us = line.partition("\t")
        uk, us = uk.strip().lower(), us.strip().lower()
        if uk and us:
            other.setdefault(uk, set()).add(us)
            other.setdefault(us, set()).add(uk)
    return {word: frozenset(forms) for word, forms in other.items()}


def _rule_forms(word: str) -> set[str]:
    forms = set(_pairs().get(word, ()))
    for pattern, replacement in ((_OUR, r"\1or\2"), (_OR, r"\1our\2"), (_ISE, r"\1iz\2"), (_IZE, r"\1is\2"),
                                 (_YSE, r"\1yz\2"), (_YZE, r"\1ys\2"), (_DOUBLE_L, r"\1l\2"), (_SINGLE_L, r"\1ll\2")):
        if pattern.match(word):
            forms.add(pattern.sub(replacement, word))
    forms.discard(word)
    return forms


def spelling_variants(word: str, vocabulary: Mapping[str, int]) -> list[str]:
    """The other spellings of a lowercased word that the index's word list holds (none, usually)."""
    return sorted(form for form in _rule_forms(word) if form in vocabulary)
