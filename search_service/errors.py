"""Error messages for users: never internal field names, paths or Python exception names."""
from __future__ import annotations

import re

# Stored and indexed fields a user never types or sees (engine/format.py's schema);
# tests/test_error_messages.py checks this list against the schema of a real index.
INTERNAL_NAMES = (
    "doc_head", "content_hash", "source_path", "relpath", "doc_title", "doc_format",
    "council_facet", "committee_facet", "text_pairs", "indexed_at", "motion_json", "motion_head", "motion_doc",
)
_INTERNAL = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in INTERNAL_NAMES) + r")\b")
# "KeyError", "UnpicklingError", "whoosh.qparser.SyntaxError", "ValueError:" and the like.
_EXCEPTION = re.compile(r"\b(?:[A-Za-z_][\w.]*\.)?[A-Z]\w*(?:Error|Exception|Warning)\b:?")
_TRACE = re.compile(r"Traceback|File \"[^\"]*\"|(?:/[\w.\-]+){2,}")  # tracebacks and file paths


def public_message(message: object) -> str:
    """The message with internal names, exception class names and file paths taken out."""
    text = str(message)
    text = _INTERNAL.sub("a field", text)
    text = _EXCEPTION.sub("", text)
    text = _TRACE.sub("", text)
    return re.sub(r"\s{2,}", " ", text).strip(" :") or "bad request"
