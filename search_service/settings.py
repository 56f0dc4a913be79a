"""Settings: every limit is named here, documented, and can be set from the environment (SEARCH_*)."""
from __future__ import annotations

import os
import re

from engine.reader import ReaderLimits

_ENGINE = ReaderLimits()  # the engine's limits have their defaults in one place

DEFAULTS: dict[str, object] = {
    "INDEX_DIR": "var/index",  # the index the app serves
    "MAX_QUERY_CHARS": 1000,  # longer query text gets a 400
    "MAX_NESTING": 20,  # deepest parentheses in a query
    "MAX_WILDCARD_TERMS": _ENGINE.max_wildcard_terms,  # a prefix* may expand to at most this many index words
    "PER_PAGE_DEFAULT": 20,
    "MAX_PER_PAGE": 100,
    "MAX_PAGE": 500,  # deepest page a search can be paged to
    "MAX_FILTER_VALUES": 50,  # values of one facet in one request
    "SEARCH_TIME_LIMIT": _ENGINE.time_limit,  # seconds a search may take before it gets a 400
    "RERANK_WINDOW": _ENGINE.rerank_window,  # best candidates of plain words put in reading order (README "Ranking"); 0: BM25 order
    "TERM_CACHE_MB": _ENGINE.term_cache_mb,  # per worker: decoded posting lists of common words, reused across searches
    "FACET_LIMIT": 30,  # values shown per facet (of /api/motions too)
    "MAX_NAME_CHARS": 200,  # longest member name (/api/motions member, /members name and council) before a 400
    "MEMBER_PAGE_SIZE": 50,  # motions per page of a member's page (/members, /api/members) unless per_page says

    "CSV_MAX_ROWS": 5000,  # rows in /api/search.csv
    "FEED_ENTRIES": 50,  # entries in /search.atom
    "SERVE_SOURCE_FILES": True,  # serve indexed PDFs at /documents/<id>/source
    "BASE_URL": "",  # where users reach the site; every absolute URL (Atom, CSV, citations) starts with it, never with the Host header
    "REQUEST_TIME_LIMIT": 10.0,  # seconds a whole request may work (search, highlighting, pages, CSV, Atom) before a 503
    "MAX_HIGHLIGHT_CHARS": 20000,  # characters of one paragraph searched for words to highlight; the rest is shown unmarked
    "ITEM_PARAGRAPHS_SHOWN": 25,  # paragraphs of each paper shown on an item page (/items/<key>); the rest are a link away
    "SECRET_KEY": "",  # signs email alert links; required wherever SEARCH_BASE_URL is set (see README "Email alerts")
}

LOCAL_BASE_URL = "http://127.0.0.1:{port}"  # what `make run` serves: safe when SEARCH_BASE_URL is unset
_BASE_URL = re.compile(r"https?://[A-Za-z0-9.\-]+(?::[0-9]{1,5})?/?")  # scheme, host, port: the app's own paths follow


def base_url(settings: dict) -> str:
    """The site's absolute root without a trailing slash: SEARCH_BASE_URL, else the local address."""
    configured = str(settings.get("BASE_URL") or "").strip()
    if not configured:
        return LOCAL_BASE_URL.format(port=os.environ.get("PORT", "8000"))
    if not _BASE_URL.fullmatch(configured):
        raise ValueError("SEARCH_BASE_URL must be a scheme and host such as https://search.example.org (no path)")
    return configured.rstrip("/")


def _coerce(default: object, raw: str) -> object:
    if isinstance(default, bool):
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    return raw


def load_settings(overrides: dict | None = None) -> dict:
    """Defaults, then SEARCH_<NAME> environment variables, then explicit overrides."""
    settings = dict(DEFAULTS)
    for name, default in DEFAULTS.items():
        raw = os.environ.get(f"SEARCH_{name}")
        if raw is not None and raw != "":
            settings[name] = _coerce(default, raw)
    settings.update(overrides or {})
    base_url(settings)  # a malformed SEARCH_BASE_URL stops the app at start, not on the first feed
    return settings
