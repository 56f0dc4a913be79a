"""Read and check search parameters from a request; anything wrong is a ParamError with a reason."""
from __future__ import annotations

import re
from datetime import date

from engine.reader import SearchRequest

FACET_PARAMS = ("committee", "council", "speaker", "kind", "outcome")
KINDS = ("agenda", "report", "minutes", "decision", "other")
OUTCOMES = ("carried", "lost", "withdrawn", "deferred", "accepted")  # of the motions a paragraph is part of
SORTS = ("relevance", "newest", "oldest")


class ParamError(ValueError):
    """A bad request parameter; the message says what is wrong."""


# ASCII digits only: str.isdigit() and int() also take "²", "٣" and "1_0", which int() then
# refuses or reads differently.
_WHOLE_NUMBER = re.compile(r"[0-9]+")
_MAX_DIGITS = 18  # longer is out of every range; not converted, so a 5,000-digit page costs nothing
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _shown(raw: str) -> str:
    return repr(raw[:40])


def _clean(value: str, name: str) -> str:
    if "\x00" in value:
        raise ParamError(f"{name} contains a NUL character")
    return value


def _int(args, name: str, default: int, low: int, high: int) -> int:
    raw = args.get(name)
    if raw is None or raw == "":
        return default
    if not _WHOLE_NUMBER.fullmatch(raw):
        raise ParamError(f"{name} must be a whole number written with the digits 0-9, not {_shown(raw)}")
    value = int(raw) if len(raw.lstrip("0")) <= _MAX_DIGITS else high + 1
    if not low <= value <= high:
        raise ParamError(f"{name} must be between {low} and {high}")
    return value


def _date(args, name: str) -> date | None:
    raw = args.get(name)
    if not raw:
        return None
    text = raw.strip()
    try:
        if not _ISO_DATE.fullmatch(text):  # fromisoformat also reads "20240101" and "2024-W01-1"
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError as error:
        raise ParamError(f"{name} must be a date as YYYY-MM-DD, not {_shown(raw)}") from error


def _nesting(text: str) -> int:
    depth = deepest = 0
    for char in text:
        if char == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif char == ")":
            depth = max(0, depth - 1)
    return deepest


def search_request(args, settings: dict) -> SearchRequest:
    """A SearchRequest from query-string args (a MultiDict), checked against the settings."""
    q = _clean(args.get("q", "") or "", "q")
    if len(q) > settings["MAX_QUERY_CHARS"]:
        raise ParamError(f"the query is too long ({len(q)} characters; at most {settings['MAX_QUERY_CHARS']})")
    if _nesting(q) > settings["MAX_NESTING"]:
        raise ParamError(f"the query nests parentheses more than {settings['MAX_NESTING']} deep")
    request = SearchRequest(q=q.strip())
    for name in FACET_PARAMS:
        values = [_clean(v, name).strip() for v in args.getlist(name) if v and v.strip()]
        if len(values) > settings["MAX_FILTER_VALUES"]:
            raise ParamError(f"too many {name} values (at most {settings['MAX_FILTER_VALUES']})")
        if name == "kind":
            for value in values:
                if value not in KINDS:
                    raise ParamError(f"kind must be one of {', '.join(KINDS)}, not {_shown(value)}")
        if name == "outcome":
            for value in values:
                if value not in OUTCOMES:
                    raise ParamError(f"outcome must be one of {', '.join(OUTCOMES)}, not {_shown(value)}")
        setattr(request, name, list(dict.fromkeys(values)))
    years = []
    for raw in args.getlist("year"):
        if not raw:
            continue
        if not re.fullmatch("[0-9]{4}", raw) or not 1000 <= int(raw) <= 9999:
            raise ParamError(f"year must be a four-digit year written with the digits 0-9, not {_shown(raw)}")
        years.append(int(raw))
    request.year = years
    request.date_from = _date(args, "from")
    request.date_to = _date(args, "to")
    if request.date_from and request.date_to and request.date_from > request.date_to:
        raise ParamError("from must not be after to")
    sort = args.get("sort") or ("relevance" if request.q else "newest")
    if sort not in SORTS:
        raise ParamError(f"sort must be one of {', '.join(SORTS)}")
    request.sort = sort
    request.per_page = _int(args, "per_page", settings["PER_PAGE_DEFAULT"], 1, settings["MAX_PER_PAGE"])
    request.page = _int(args, "page", 1, 1, settings["MAX_PAGE"])
    request.facet_limit = settings["FACET_LIMIT"]
    match = _clean(args.get("match") or "", "match").strip()
    if match not in ("", "all"):
        raise ParamError("match must be all (every word required, as typed) or left out")
    request.match = "all" if match == "all" else "auto"
    return request
