"""Given names people have, from the name dictionary that ships with gender-guesser (about 48,000 names, 54 countries).

Used to tell a bare name ("Dave Carr reported") from capitalised words that are not a person
("Dog Fouling", "Task Groups"). Loaded once per process, when the indexer imports it, so the
forked parser children share it.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

_NAME_COLUMNS = slice(3, 29)  # the dictionary's fixed-width name field


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every given name in the dictionary, lowercased ("nigel", "glynis", "anjan")."""
    text = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    names: set[str] = set()
    for line in text.splitlines():
        # '#' lines are comments and '=' lines list spelling equivalents of names already listed.
        if not line or line[0] in "#=":
            continue
        name = line[_NAME_COLUMNS].strip().lower()
        if not name:
            continue
        if "+" in name:  # "Abd+al": written joined, spaced or hyphenated
            names.update(name.replace("+", joiner) for joiner in ("", " ", "-"))
        else:
            names.add(name)
    return frozenset(names)


def is_given_name(word: str) -> bool:
    """Whether a word is a given name somewhere ("Nigel" yes, "Dog" no)."""
    return word.lower().strip(".’'") in given_names()
