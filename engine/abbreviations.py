"""Local-government abbreviations: "ASB" also finds "anti-social behaviour", "s106" also "section 106".

The list is a data file (engine/data/abbreviations.tsv) that a deployment can extend.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

ABBREVIATIONS_FILE = Path(__file__).resolve().parent / "data" / "abbreviations.tsv"


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, bool]]:
    """abbreviation (lowercase) -> (what it stands for, only when typed in capitals)."""
    table: dict[str, tuple[str, bool]] = {}
    for line in ABBREVIATIONS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split("\t")]
        if len(parts) >= 2 and parts[0] and parts[1]:
            table[parts[0].lower()] = (parts[1], len(parts) > 2 and parts[2] == "capitals")
    return table


def expansion(typed: str) -> str | None:
    """What an abbreviation as typed stands for, or None."""
    found = _table().get(typed.lower())
    if found is None:
        return None
    words, capitals_only = found
    if capitals_only and not typed.isupper():
        return None
    return words
