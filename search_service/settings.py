"""Settings: every limit is named here, documented, and can be set from the environment (SEARCH_*)."""
from __future__ import annotations

import os

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
    "TERM_CACHE_MB": _ENGINE.term_cache_mb,  # per worker: decoded posting lists of common words, reused across searches
    "FACET_LIMIT": 30,  # values shown per facet
    "CSV_MAX_ROWS": 5000,  # rows in /api/search.csv
    "FEED_ENTRIES": 50,  # entries in /search.atom
    "SERVE_SOURCE_FILES": True,  # serve indexed PDFs at /documents/<id>/source
}


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
    return settings
