"""One person, one name within a council: computed when the writer commits, stored with the index.

Each document already names a speaker in the fullest form it gives, but documents differ: one
says "R W Gough", another "Roger Gough", a third only "Gough". Forms with the same surname and
compatible given names are one person, named by the fullest form. A form that fits two people
("R Gough" beside "Roger" and "Rosalind Gough") and a bare surname two people share stay as
printed, since a wrong merge would put one person's words in another's mouth.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np
from nameparser import HumanName
from rapidfuzz import fuzz

from engine.facets import Facet, term_facet
from engine.postings import live_mask

# A surname with more forms than this in one council is left as printed: no real council has so
# many people of one surname, and matching forms pairwise costs the square of their number.
MAX_FORMS_PER_SURNAME = 200
GIVEN_NAME_SIMILARITY = 80  # rapidfuzz ratio at which two spelled-out given names are one ("Steven", "Stephen")


def surname_key(surname: str) -> str:
    """A surname as compared: lowercase, one kind of apostrophe."""
    return surname.lower().replace("’", "'")


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


def given_compatible(a: str, b: str) -> bool:
    """ "R W" fits "Roger", "" fits anything, "Liz" does not fit "Jean"."""
    if not a or not b:
        return True
    pa = [p.rstrip(".") for p in a.split()]
    pb = [p.rstrip(".") for p in b.split()]
    if pa[0][0].lower() != pb[0][0].lower():
        return False
    if len(pa[0]) > 1 and len(pb[0]) > 1:
        first_a, first_b = pa[0].lower(), pb[0].lower()
        return first_a == first_b or fuzz.ratio(first_a, first_b) >= GIVEN_NAME_SIMILARITY or first_a.startswith(first_b) or first_b.startswith(first_a)
    return True


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
        canonical_of_bare = mapping[people[0][0]] if len(people) == 1 else None
        for form in forms:
            if not split_name(form)[0]:
                mapping[form] = canonical_of_bare or form
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
