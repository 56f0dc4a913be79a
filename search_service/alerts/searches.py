"""A followed search: its canonical query string (q and filters), the request it runs, and how it is described."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from werkzeug.datastructures import MultiDict

from engine.reader import SearchRequest
from search_service.params import search_request

FOLLOWED = ("q", "council", "committee", "speaker", "kind", "year", "from", "to", "outcome")
TITLES = {"council": "council", "committee": "committee", "speaker": "speaker", "kind": "kind", "year": "year", "from": "from", "to": "to",
          "outcome": "motion outcome"}


def canonical(args: MultiDict, search_settings: dict) -> str:
    """The followed part of a search as a query string, in a fixed order; ParamError when a value is bad."""
    pairs = []
    for name in FOLLOWED:
        for value in args.getlist(name):
            value = value.strip()
            if value:
                pairs.append((name, value))
    pairs = sorted(dict.fromkeys(pairs), key=lambda pair: (FOLLOWED.index(pair[0]), pair[1]))
    search_request(MultiDict(pairs), search_settings)  # the same checks and messages as a search
    return urlencode(pairs)


def request_of(search: str, search_settings: dict) -> SearchRequest:
    """The search to run for an alert: every word required, as written."""
    return search_request(MultiDict(parse_qsl(search, keep_blank_values=False)), {**search_settings, "MAX_PAGE": 10**9})


def describe(search: str) -> str:
    """A short human description: the words, then the filters."""
    pairs = [(name, " ".join(value.split())) for name, value in parse_qsl(search)]  # no line breaks: it goes in a Subject
    words = " ".join(value for name, value in pairs if name == "q")
    filters = "; ".join(f"{TITLES[name]}: {value}" for name, value in pairs if name != "q")
    if words and filters:
        return f"{words} ({filters})"
    return words or filters or "everything newly indexed"


def search_path(search: str) -> str:
    """The site's search page for this search, with every word required as the alert matches."""
    return "/?" + (search + "&" if search else "") + "match=all"
