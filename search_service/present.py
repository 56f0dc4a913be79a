"""Turn stored index fields into what pages and the API show."""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from urllib.parse import parse_qsl, quote, quote_plus, urlencode

from flask import current_app, g, url_for

from search_service.settings import base_url
from search_service.snippets import highlight

HIT_FIELDS = ("id", "document_id", "council", "committee", "date", "kind", "item_number", "item_title", "speakers", "page", "text")


def speakers_of(fields: dict) -> list[str]:
    """The speakers list from the stored comma-joined value."""
    raw = fields.get("speakers") or ""
    return [s for s in raw.split(",") if s]


_ID_SLOT = "DOCUMENT-ID-SLOT"
PATH_SEGMENT_SAFE = "!$&'()*+,/:;=@"  # what Flask's routing leaves unquoted in a path segment


def _document_route() -> tuple[str, str]:
    """The document page's URL around its id, built once per request (url_for costs ~10 us a hit)."""
    route = g.get("document_route")
    if route is None:
        before, after = url_for("views.document", document_id=_ID_SLOT).split(_ID_SLOT)
        route = g.document_route = (before, after)
    return route


def paragraph_url(fields: dict, q: str | None = None) -> str:
    """Link to a paragraph inside its document page."""
    before, after = _document_route()
    query = "p=" + quote_plus(fields["id"]) + (_query_param(q) if q else "")
    return before + quote(fields["document_id"], safe=PATH_SEGMENT_SAFE) + after + "?" + query + "#" + fields["id"]


@lru_cache(maxsize=64)
def _query_param(q: str) -> str:
    return "&" + urlencode({"q": q})


def source_url(fields: dict, head: dict | None = None) -> str | None:
    """The original on the web, opened at the paragraph's page for a PDF."""
    url = fields.get("source_url") or (head or {}).get("source_url")
    if not url:
        return None
    page = fields.get("page")
    fmt = (head or {}).get("doc_format") or fields.get("doc_format")
    if page and (fmt == "pdf" or url.lower().split("?")[0].endswith(".pdf")) and "#" not in url:
        return f"{url}#page={page}"
    return url


def hit_json(fields: dict, spans=None, q: str | None = None, with_snippet: bool = True, head: dict | None = None) -> dict:
    """A hit as INTERFACE.md gives it."""
    out = {name: fields.get(name) for name in HIT_FIELDS}
    out["speakers"] = speakers_of(fields)
    out["label"] = fields.get("label")
    out["section"] = fields.get("section")
    out["position"] = fields.get("position")
    out["ocr"] = bool(fields.get("ocr"))
    out["ocr_confidence"] = fields.get("ocr_confidence")
    out["outcomes"] = [v for v in (fields.get("outcome") or "").split(",") if v]  # of the motions the paragraph is part of
    if with_snippet:
        out["snippet"] = str(highlight(fields.get("text", ""), capped_spans(spans or [])))
    out["url"] = paragraph_url(fields, q)
    out["source_url"] = source_url(fields, head)
    out["document_title"] = fields.get("doc_title") or (head or {}).get("doc_title")
    return out


def also_in_json(places: list[dict], q: str | None = None) -> list[dict]:
    """Where a hit's passage is printed again: each place with its link."""
    return [{"id": place["id"], "document_id": place["document_id"], "document_title": place.get("doc_title"),
             "council": place.get("council"), "committee": place.get("committee"), "date": place.get("date"),
             "kind": place.get("kind"), "item_number": place.get("item_number"), "item_title": place.get("item_title"),
             "page": place.get("page"), "url": paragraph_url(place, q)} for place in places]


def highlight_limit() -> int:
    """SEARCH_MAX_HIGHLIGHT_CHARS: how much of one paragraph is searched for words to mark."""
    return int(current_app.config["SEARCH"]["MAX_HIGHLIGHT_CHARS"])


def capped_spans(spans) -> list[tuple[int, int]]:
    """The spans inside the first SEARCH_MAX_HIGHLIGHT_CHARS characters (a huge table row has thousands)."""
    limit = highlight_limit()
    return [(s, e) for s, e in spans if e <= limit]


def site_url(path: str) -> str:
    """An absolute URL on this site, from SEARCH_BASE_URL (the Host header is never trusted)."""
    return base_url(current_app.config["SEARCH"]) + path


def uk_date(value: str | None) -> str | None:
    """A stored YYYY-MM-DD date as UK readers write it (30 January 2025); anything else as stored."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return value
    return f"{day.day} {day:%B %Y}"


def item_text(fields: dict) -> str | None:
    """An agenda item as a reader names it: "Item 87 Cabinet Member Updates"."""
    item = " ".join(x for x in (fields.get("item_number"), fields.get("item_title")) if x)
    return f"Item {item}" if item else None


def where(fields: dict) -> list[dict]:
    """Where a paragraph is (council, committee, meeting date, item, paragraph label, page), each {"text", "datetime"}."""
    parts = [{"text": fields.get("council")}, {"text": fields.get("committee")},
             {"text": uk_date(fields.get("date")), "datetime": fields.get("date")}, {"text": item_text(fields)}]
    if fields.get("label"):
        parts.append({"text": f"para. {fields['label']}"})
    if fields.get("page"):
        parts.append({"text": f"p. {fields['page']}"})
    return [p for p in parts if p["text"]]


def permalink(fields: dict) -> str:
    """The paragraph's lasting address: opens its document with this paragraph marked and in view."""
    before, after = _document_route()
    return before + quote(fields["document_id"], safe=PATH_SEGMENT_SAFE) + after + "?p=" + quote_plus(fields["id"]) + "#" + fields["id"]


def citation(fields: dict, head: dict | None = None) -> str:
    """A line a journalist can paste: council, committee, meeting date, document title, item, paragraph, page, permalink."""
    title = fields.get("doc_title") or (head or {}).get("doc_title")
    parts = [fields.get("council"), fields.get("committee"), uk_date(fields.get("date"))]
    if title:
        parts.append(f"“{title}”")
    parts.append(item_text(fields))
    if fields.get("label"):
        parts.append(f"para. {fields['label']}")
    if fields.get("page"):
        parts.append(f"p. {fields['page']}")
    return ", ".join(str(p) for p in parts if p) + ". " + site_url(permalink(fields))


def back_query(raw: str | None) -> str | None:
    """A search's query string carried to a document page, re-encoded (never a URL of its own)."""
    if not raw:
        return None
    pairs = parse_qsl(raw[:4000], keep_blank_values=False)
    return urlencode(pairs) if pairs else None
