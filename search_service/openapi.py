"""The OpenAPI description of the JSON API, served at /api/openapi.json."""
from __future__ import annotations

FACET_LIST = {"type": "array", "items": {"type": "object", "required": ["value", "count"], "properties": {"value": {"type": "string"}, "count": {"type": "integer"}}}}
NULLABLE_STRING = {"type": ["string", "null"]}
HIT = {
    "type": "object",
    "required": ["id", "document_id", "council", "committee", "date", "kind", "item_number", "item_title", "speakers", "page", "text", "url", "source_url", "document_title"],
    "properties": {
        "id": {"type": "string"},
        "document_id": {"type": "string"},
        "council": NULLABLE_STRING,
        "committee": NULLABLE_STRING,
        "date": {"type": ["string", "null"], "format": "date"},
        "kind": {"type": "string", "enum": ["agenda", "report", "minutes", "decision", "other"]},
        "item_number": NULLABLE_STRING,
        "item_title": NULLABLE_STRING,
        "speakers": {"type": "array", "items": {"type": "string"}},
        "page": {"type": ["integer", "null"]},
        "text": {"type": "string"},
        "snippet": {"type": "string", "description": "HTML: matched words in <mark>, all else escaped"},
        "url": {"type": "string"},
        "source_url": NULLABLE_STRING,
        "label": NULLABLE_STRING,
        "section": NULLABLE_STRING,
        "position": {"type": ["integer", "null"]},
        "document_title": NULLABLE_STRING,
        "ocr": {"type": "boolean", "description": "text read by OCR from a scanned page: may contain errors"},
        "ocr_confidence": {"type": ["number", "null"], "description": "mean OCR word confidence of the paragraph's page, 0-100"},
        "outcomes": {"type": "array", "items": {"type": "string"}, "description": "outcomes of the motions the paragraph is part of (extension)"},
    },
}
ERROR = {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}}
SEARCH_PARAMETERS = [
    {"name": "q", "in": "query", "schema": {"type": "string"}, "description": "Whoosh query syntax: words, \"phrases\", OR, NOT, ( ), prefix*, committee:, speaker:, kind:, council:, item:"},
    *[{"name": name, "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": True,
       "description": f"exact {name} value; repeat for several (OR)"} for name in ("committee", "council", "speaker", "kind", "year", "outcome")],
    {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}},
    {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}},
    {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["relevance", "newest", "oldest"]}},
    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
    {"name": "match", "in": "query", "schema": {"type": "string", "enum": ["all"]},
     "description": "all: every plain word required, as typed; without it, most of the words or a correction may be used, as `matching` says"},
]
ALSO_IN = {"type": "array", "description": "the same passage printed elsewhere (same text, or nine in ten of its words), folded into this hit",
           "items": {"type": "object", "required": ["id", "document_id", "url"],
                     "properties": {"id": {"type": "string"}, "document_id": {"type": "string"}, "document_title": NULLABLE_STRING,
                                    "council": NULLABLE_STRING, "committee": NULLABLE_STRING,
                                    "date": {"type": ["string", "null"], "format": "date"}, "kind": NULLABLE_STRING,
                                    "item_number": NULLABLE_STRING, "item_title": NULLABLE_STRING,
                                    "page": {"type": ["integer", "null"]}, "url": {"type": "string"}}}}
SEARCH_HIT = {**HIT, "properties": {**HIT["properties"], "also_in": ALSO_IN,
                                    "more_in_item": {"type": "integer", "description": "matching paragraphs of this hit's item (or page) listed further down"}}}
SEARCH = {
    "type": "object",
    "required": ["query", "total", "page", "per_page", "hits", "facets", "matching", "corrected_query"],
    "properties": {
        "query": {"type": "string"},
        "total": {"type": "integer"},
        "page": {"type": "integer"},
        "per_page": {"type": "integer"},
        "sort": {"type": "string"},
        "suggestion": NULLABLE_STRING,
        "matching": {"type": "string", "enum": ["all", "partial", "corrected"]},
        "corrected_query": NULLABLE_STRING,
        "folded": {"type": "integer", "description": "paragraphs counted in total but listed under another hit's also_in"},
        "hits": {"type": "array", "items": SEARCH_HIT},
        "facets": {"type": "object", "required": ["committee", "council", "speaker", "kind", "year"],
                   "properties": {name: FACET_LIST for name in ("committee", "council", "speaker", "kind", "year", "outcome")}},
    },
}
OUTCOME_VALUES = ["carried", "lost", "withdrawn", "deferred", "accepted"]
VOTE_NAMES = {"type": "array", "items": {"type": "string"}}
MOTION = {
    "type": "object",
    "required": ["id", "document_id", "date", "council", "committee", "item_number", "item_title", "type", "proposer", "seconder", "text",
                 "outcome", "unanimous", "counts", "votes", "resolution", "paragraphs", "url"],
    "properties": {
        "id": {"type": "string", "description": "<document id>-m<n>: the document's n-th motion, stable across re-indexing"},
        "document_id": {"type": "string"},
        "date": {"type": ["string", "null"], "format": "date"},
        "council": NULLABLE_STRING,
        "committee": NULLABLE_STRING,
        "item_number": NULLABLE_STRING,
        "item_title": NULLABLE_STRING,
        "type": {"type": "string", "enum": ["motion", "amendment", "procedural"]},
        "proposer": NULLABLE_STRING,
        "seconder": NULLABLE_STRING,
        "text": {"type": "string"},
        "outcome": {"type": ["string", "null"], "enum": [*OUTCOME_VALUES, None], "description": "null when the minutes do not record it"},
        "unanimous": {"type": ["boolean", "null"]},
        "counts": {"type": "object", "required": ["for", "against", "abstain"], "description": "null where not recorded",
                   "properties": {side: {"type": ["integer", "null"]} for side in ("for", "against", "abstain")}},
        "votes": {"type": "object", "required": ["for", "against", "abstain"], "description": "members named under each; empty where not recorded",
                  "properties": {side: VOTE_NAMES for side in ("for", "against", "abstain")}},
        "resolution": NULLABLE_STRING,
        "paragraphs": {"type": "array", "items": {"type": "string"}, "description": "ids of the paragraphs it comes from"},
        "url": {"type": "string", "description": "its first paragraph in the document page"},
    },
}
MOTIONS_PARAMETERS = [
    {"name": "q", "in": "query", "schema": {"type": "string"}, "description": "query syntax as for /api/search, over each motion's paragraphs together"},
    *[{"name": name, "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": True,
       "description": f"exact {name} value; repeat for several (OR)"} for name in ("council", "committee", "document_id")],
    {"name": "member", "in": "query", "schema": {"type": "string"}, "description": "a name: the proposer, the seconder or a name in any vote list"},
    {"name": "vote", "in": "query", "schema": {"type": "string", "enum": ["proposed", "seconded", "for", "against", "abstain"]},
     "description": "how the member took part (only with member)"},
    {"name": "outcome", "in": "query", "schema": {"type": "array", "items": {"type": "string", "enum": OUTCOME_VALUES}}, "style": "form", "explode": True,
     "description": "repeat for several (OR)"},
    {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}},
    {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}},
    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
]
MOTIONS = {
    "type": "object",
    "required": ["total", "page", "per_page", "motions", "facets"],
    "properties": {
        "total": {"type": "integer"},
        "page": {"type": "integer"},
        "per_page": {"type": "integer"},
        "motions": {"type": "array", "items": MOTION},
        "facets": {"type": "object", "required": ["outcome", "member"], "properties": {"outcome": FACET_LIST, "member": FACET_LIST}},
    },
}
MEMBER = {
    "type": "object",
    "required": ["name", "council", "total", "page", "per_page", "counts", "motions"],
    "properties": {
        "name": {"type": "string"},
        "council": NULLABLE_STRING,
        "total": {"type": "integer"},
        "page": {"type": "integer"},
        "per_page": {"type": "integer"},
        "counts": {"type": "object", "description": "motions the member proposed, seconded, voted for, against, abstained on",
                   "properties": {r: {"type": "integer"} for r in ("proposed", "seconded", "for", "against", "abstain")}},
        "motions": {"type": "array", "items": {**MOTION, "required": [*MOTION["required"], "roles"],
                                               "properties": {**MOTION["properties"], "roles": {"type": "array", "items": {
                                                   "type": "string", "enum": ["proposed", "seconded", "for", "against", "abstain"]}}}}},
    },
}
DOC_PARAGRAPH = {**HIT, "required": [r for r in HIT["required"]]}
PARAGRAPH = {**HIT, "required": [r for r in HIT["required"]] + ["previous", "next"],
             "properties": {**HIT["properties"], "previous": NULLABLE_STRING, "next": NULLABLE_STRING}}


COVERAGE = {
    "type": "object",
    "required": ["councils", "documents", "paragraphs", "failed_files"],
    "properties": {
        "documents": {"type": "integer"},
        "paragraphs": {"type": "integer"},
        "councils": {"type": "array", "items": {
            "type": "object",
            "required": ["council", "documents", "paragraphs", "first_meeting", "last_meeting", "committees", "last_indexed"],
            "properties": {"council": NULLABLE_STRING, "documents": {"type": "integer"}, "paragraphs": {"type": "integer"},
                           "first_meeting": NULLABLE_STRING, "last_meeting": NULLABLE_STRING,
                           "committees": {"type": "array", "items": {"type": "string"}}, "last_indexed": NULLABLE_STRING}}},
        "failed_files": {"type": "array", "items": {"type": "object", "required": ["file", "reason", "failed_at"],
                                                    "properties": {"file": {"type": "string"}, "reason": {"type": "string"}, "failed_at": NULLABLE_STRING}}},
    },
}


MEETING_ENTRY = {  # another meeting of the same matter, on an item page
    "type": "object",
    "required": ["key", "council", "committee", "date", "number", "title", "why", "url", "api_url", "text"],
    "properties": {"key": {"type": "string"}, "council": NULLABLE_STRING, "committee": NULLABLE_STRING, "date": {"type": "string", "format": "date"},
                   "number": NULLABLE_STRING, "title": NULLABLE_STRING, "url": {"type": "string"}, "api_url": {"type": "string"},
                   "why": {"type": "string", "description": "what makes it the same matter: a shared reference number, a title naming a return, or meetings in between"},
                   "text": {"type": "string", "description": "the meeting as a reader names it: Cabinet, 4 March 2025, item 7"}},
}
ITEM_PART = {
    "type": "object",
    "required": ["document_id", "document_title", "document_url", "role", "label", "ranges", "url", "paragraph_count", "paragraphs", "resolutions", "printed_with"],
    "properties": {
        "document_id": {"type": "string"}, "document_title": NULLABLE_STRING, "document_url": {"type": "string"}, "source_url": NULLABLE_STRING,
        "role": {"type": "string", "enum": ["agenda", "report", "appendix", "minutes", "decision"]},
        "label": {"type": ["string", "null"], "description": "Appendix A, Annex 2"},
        "ranges": {"type": "array", "description": "[first, last] paragraph positions of the document on this item", "items": {"type": "array", "items": {"type": "integer"}}},
        "url": {"type": "string", "description": "the document opened at the part's first paragraph"},
        "paragraph_count": {"type": "integer"},
        "paragraphs": {"type": "array", "description": "the first paragraphs of the part (SEARCH_ITEM_PARAGRAPHS_SHOWN)", "items": {
            "type": "object", "required": ["id", "text", "url", "kind"],
            "properties": {"id": {"type": "string"}, "text": {"type": "string"}, "url": {"type": "string"}, "kind": {"type": "string"},
                           "label": NULLABLE_STRING, "page": {"type": ["integer", "null"]}, "position": {"type": ["integer", "null"]},
                           "resolution": {"type": "boolean"}}}},
        "resolutions": {"type": "array", "items": {"type": "string"}, "description": "ids of the minute's resolutions"},
        "printed_with": {"type": ["object", "null"], "description": "minutes printed in a later meeting's papers: that meeting's item"},
    },
}
ITEM = {
    "type": "object",
    "required": ["key", "council", "committee", "date", "number", "title", "references", "url", "sections", "resolutions", "earlier", "later"],
    "properties": {
        "key": {"type": "string"}, "council": NULLABLE_STRING, "committee": NULLABLE_STRING, "date": {"type": "string", "format": "date"},
        "number": NULLABLE_STRING, "title": NULLABLE_STRING, "url": {"type": "string"},
        "references": {"type": "array", "items": {"type": "string"}, "description": "reference numbers naming the matter: 24/00093, 23/01234/FUL"},
        "sections": {"type": "array", "description": "agenda, report, appendix, minutes, decision: in that order", "items": {
            "type": "object", "required": ["role", "title", "parts"],
            "properties": {"role": {"type": "string"}, "title": {"type": "string"}, "parts": {"type": "array", "items": ITEM_PART}}}},
        "resolutions": {"type": "array", "description": "what the minutes record as resolved on the item (the meeting's own copy first)", "items": {
            "type": "object", "required": ["id", "document_id", "text", "url"],
            "properties": {"id": {"type": "string"}, "document_id": {"type": "string"}, "text": {"type": "string"}, "url": {"type": "string"}}}},
        "earlier": {"type": "array", "items": MEETING_ENTRY, "description": "earlier meetings of the same matter, oldest first"},
        "later": {"type": "array", "items": MEETING_ENTRY, "description": "later meetings of the same matter, oldest first"},
    },
}


def _json(schema: dict) -> dict:
    return {"content": {"application/json": {"schema": schema}}}


def openapi_document() -> dict:
    """The OpenAPI 3.1 document."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Council papers search API", "version": "1",
                 "description": "Paragraph-level search of English council agendas, reports, minutes and decisions. Bad parameters get 400 with {\"error\": reason}."},
        "paths": {
            "/api/search": {"get": {"summary": "Search paragraphs", "parameters": SEARCH_PARAMETERS,
                                    "responses": {"200": {"description": "results", **_json(SEARCH)}, "400": {"description": "bad parameter", **_json(ERROR)}}}},
            "/api/search.csv": {"get": {"summary": "The same search as CSV", "parameters": SEARCH_PARAMETERS,
                                        "responses": {"200": {"description": "CSV", "content": {"text/csv": {}}}, "400": {"description": "bad parameter", **_json(ERROR)}}}},
            "/search.atom": {"get": {"summary": "The same search as an Atom feed, newest first", "parameters": SEARCH_PARAMETERS,
                                     "responses": {"200": {"description": "Atom", "content": {"application/atom+xml": {}}}, "400": {"description": "bad parameter", **_json(ERROR)}}}},
            "/api/paragraphs/{id}": {"get": {"summary": "One paragraph with its neighbours",
                                             "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                                             "responses": {"200": {"description": "paragraph", **_json(PARAGRAPH)}, "404": {"description": "unknown id", **_json(ERROR)}}}},
            "/api/documents/{id}": {"get": {"summary": "A whole document",
                                            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                                            "responses": {"200": {"description": "document", **_json({"type": "object", "required": ["document_id", "paragraphs"],
                                                                                                     "properties": {"document_id": {"type": "string"}, "title": NULLABLE_STRING, "format": NULLABLE_STRING, "source_url": NULLABLE_STRING,
                                                                                                                    "paragraphs": {"type": "array", "items": DOC_PARAGRAPH}}})},
                                                          "404": {"description": "unknown id", **_json(ERROR)}}}},
            "/api/items/{key}": {"get": {"summary": "One agenda item of a meeting: its agenda entry, reports, appendices, minutes and decision record, and the meetings where the matter came back",
                                         "parameters": [{"name": "key", "in": "path", "required": True, "schema": {"type": "string"}, "description": "16 hexadecimal digits, as item pages link them"}],
                                         "responses": {"200": {"description": "item", **_json(ITEM)}, "400": {"description": "not an item key", **_json(ERROR)},
                                                       "404": {"description": "unknown item", **_json(ERROR)}}}},
            "/api/coverage": {"get": {"summary": "What the index holds per council, and the files that failed to index",
                                      "responses": {"200": {"description": "coverage", **_json(COVERAGE)}, "503": {"description": "index not readable", **_json(ERROR)}}}},
            "/healthz": {"get": {"summary": "Health", "responses": {
                "200": {"description": "index readable", **_json({"type": "object", "required": ["status", "paragraphs"], "properties": {"status": {"type": "string"}, "paragraphs": {"type": "integer"}}})},
                "503": {"description": "index not readable", **_json({"type": "object", "required": ["status", "error"], "properties": {"status": {"type": "string"}, "error": {"type": "string"}}})}}}},
            "/api/motions": {"get": {"summary": "Motions, amendments and procedural motions with their proposer, seconder, vote and outcome, newest first",
                                     "parameters": MOTIONS_PARAMETERS,
                                     "responses": {"200": {"description": "motions", **_json(MOTIONS)}, "400": {"description": "bad parameter", **_json(ERROR)}}}},
            "/api/members": {"get": {"summary": "What one member proposed, seconded and how they voted, newest first (the member page as JSON)",
                                     "parameters": [{"name": "name", "in": "query", "required": True, "schema": {"type": "string"}},
                                                    {"name": "council", "in": "query", "schema": {"type": "string"}},
                                                    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                                                    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}}],
                                     "responses": {"200": {"description": "the member's motions", **_json(MEMBER)}, "400": {"description": "bad parameter", **_json(ERROR)}}}},
        },
    }


def _type_of(schema: dict) -> str:
    kind = schema.get("type", "object")
    names = kind if isinstance(kind, list) else [kind]
    shown = " or ".join("array" if n == "array" else n for n in names)
    if "enum" in schema:
        shown += ": " + ", ".join(str(v) for v in schema["enum"])
    if schema.get("format"):
        shown += f" ({schema['format']})"
    return shown


def schema_rows(schema: dict, prefix: str = "") -> list[dict]:
    """A schema's fields flattened for reading: name (hits[].id), type, required, description."""
    rows = []
    required = set(schema.get("required", []))
    for name, field in schema.get("properties", {}).items():
        path = prefix + name
        rows.append({"name": path, "type": _type_of(field), "required": name in required, "description": field.get("description", "")})
        if field.get("type") == "array" and isinstance(field.get("items"), dict) and field["items"].get("properties"):
            rows.extend(schema_rows(field["items"], path + "[]."))
        elif field.get("properties"):
            rows.extend(schema_rows(field, path + "."))
    return rows


def readable_paths() -> list[dict]:
    """Every path of the OpenAPI document as the HTML API page lists it."""
    document = openapi_document()
    shown = []
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            responses = []
            for status, response in operation["responses"].items():
                content = response.get("content", {})
                media = next(iter(content), "")
                schema = content.get(media, {}).get("schema", {})
                responses.append({"status": status, "description": response["description"], "media": media, "fields": schema_rows(schema)})
            parameters = [
                {"name": p["name"], "in": p["in"], "type": _type_of(p["schema"].get("items", p["schema"]) if p["schema"].get("type") == "array" else p["schema"]),
                 "repeat": p["schema"].get("type") == "array", "description": p.get("description", "")}
                for p in operation.get("parameters", [])
            ]
            shown.append({"method": method.upper(), "path": path, "summary": operation["summary"], "parameters": parameters, "responses": responses})
    return shown
