"""One person, one name within a council: computed when the writer commits, stored with the index.

Each document already names a speaker in the fullest form it gives, but documents differ: one
says "R W Gough", another "Roger Gough". Two forms are one person only when their surnames are
equal (after case, accents and hyphens) and their given names or initials agree ("N" fits
"Nigel", "N" does not fit "P"); different surnames are different people, always. A form that fits
two people ("R Gough" beside "Roger" and "Rosalind Gough") stays as printed, and so does a bare
surname: it is resolved only inside its own document (indexer/speakers.py), where the attendance
list says who it is. A wrong merge would put one person's words in another's mouth.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

import numpy as np
from nameparser import HumanName

from engine.facets import Facet, term_facet
from engine.postings import live_mask

# A surname with more forms than this in one council is left as printed: no real council has so
# many people of one surname, and matching forms pairwise costs the square of their number.
MAX_FORMS_PER_SURNAME = 200
MIN_SHORT_FORM = 3  # "Rob" fits "Robert" and "Chris" fits "Christine"; "Jo" is too short to tell


def _fold(word: str) -> str:
    """Lowercase without accents: "Zoë" -> "zoe"."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def surname_key(surname: str) -> str:
    """A surname as compared: case, accents, hyphens, spaces and apostrophes do not count."""
    return "".join(c for c in _fold(surname) if c.isalnum())


@lru_cache(maxsize=20000)
def split_name(name: str) -> tuple[str, str]:
    """(given names, surname) as nameparser reads them, keeping "van der Berg" style surnames whole."""
    parts = name.split()
    if len(parts) == 1:
        return "", parts[0]
    parsed = HumanName(name)
    # nameparser knows particles ("van der", "de la"); otherwise the last word is the surname.
    if parsed.last and " " in parsed.last and name.endswith(parsed.last):
        return name[: -len(parsed.last)].strip(), parsed.last
    return " ".join(parts[:-1]), parts[-1]


def _given_word_agrees(a: str, b: str) -> bool:
    """One given name against another: an initial fits a name with that letter, a name fits itself or its short form."""
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= MIN_SHORT_FORM and long.startswith(short)


def given_compatible(a: str, b: str) -> bool:
    """ "R W" fits "Roger" and "N" fits "Nigel"; "" fits anything; "N" does not fit "P", nor "R W" "R J", nor "Liz" "Jean"."""
    if not a or not b:
        return True
    pa = [_fold(p.strip(".")) for p in a.split() if p.strip(".")]
    pb = [_fold(p.strip(".")) for p in b.split() if p.strip(".")]
    # Word by word as far as both go: "R W" and "Roger" agree on R; "R W" and "R J" disagree on the second.
    return all(_given_word_agrees(x, y) for x, y in zip(pa, pb))


def name_fullness(name: str) -> tuple[int, int, int]:
    """How fully a name is given: spelled-out given names, then given names, then length."""
    given, _ = split_name(name)
    spelled = sum(1 for part in given.split() if len(part) > 1)
    return spelled, len(given.split()), len(name)


def council_people(names: dict[str, int]) -> dict[str, str]:
    """Speaker names from one council's documents (with how often each is used), each mapped to one name per person."""
    by_surname: dict[str, list[str]] = {}
    for name in names:
        by_surname.setdefault(surname_key(split_name(name)[1]), []).append(name)
    mapping: dict[str, str] = {}
    for forms in by_surname.values():
        if len(forms) > MAX_FORMS_PER_SURNAME:
            mapping.update((form, form) for form in forms)
            continue
        given_forms = sorted((n for n in forms if split_name(n)[0]), key=lambda n: (name_fullness(n), names[n], n), reverse=True)
        people: list[list[str]] = []
        ambiguous: list[str] = []
        for form in given_forms:
            given = split_name(form)[0]
            fits = [person for person in people if all(given_compatible(given, split_name(member)[0]) for member in person)]
            if len(fits) == 1:
                fits[0].append(form)
            elif not fits:
                people.append([form])
            else:
                ambiguous.append(form)
        for person in people:
            canonical = max(person, key=lambda n: (name_fullness(n), names[n], n))
            for form in person:
                mapping[form] = canonical
        for form in ambiguous:
            mapping[form] = form
        for form in forms:
            if not split_name(form)[0]:
                # A bare surname is resolved in its own document or not at all: across a council's
                # documents "Mr Cook" may be any Cook of any year.
                mapping[form] = form
    return mapping


def names_by_council(speakers: Facet, councils: Facet, size: int) -> dict[str, dict[str, int]]:
    """For each council, its speaker names with the number of paragraphs using each."""
    council_of = np.full(size, -1, dtype=np.int64)
    council_of[councils.docs] = councils.ids
    pair_council = council_of[speakers.docs]
    width = max(len(speakers.values), 1)
    keys, counts = np.unique((pair_council + 1) * width + speakers.ids, return_counts=True)
    found: dict[str, dict[str, int]] = {}
    for key, count in zip(keys.tolist(), counts.tolist()):
        council, value = divmod(key, width)
        if council > 0:  # paragraphs with no council keep their names as indexed
            found.setdefault(councils.values[council - 1], {})[speakers.values[value]] = count
    return found


def people_of_index(reader: Any) -> dict[str, dict[str, str]]:
    """council -> {name as indexed: name shown} for the names that change, over a Whoosh reader's live paragraphs."""
    size = reader.doc_count_all()
    live = live_mask(reader)
    speakers = term_facet(reader, "speakers", live)
    councils = term_facet(reader, "council_facet", live)
    shown: dict[str, dict[str, str]] = {}
    for council, names in names_by_council(speakers, councils, size).items():
        changed = {name: person for name, person in council_people(names).items() if person != name}
        if changed:
            shown[council] = changed
    return shown
