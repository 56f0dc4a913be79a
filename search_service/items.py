"""Item pages: one agenda item of a meeting followed across its papers, and the meetings where the same matter came back.

/items/<key> (HTML) and /api/items/<key> (JSON) read the items file the indexer wrote beside the
index (engine/items.py) and the paragraphs it points to; they never compute links themselves.
"""
from __future__ import annotations

import re
from typing import Any

from flask import Blueprint, Flask, abort, current_app, jsonify, render_template, url_for

from engine.items import Items
from engine.reader import IndexUnavailable
from search_service import deadline, reader_of
from search_service.present import paragraph_url, uk_date

bp = Blueprint("items", __name__)

KEY = re.compile(r"[0-9a-f]{16}")
SECTIONS = (  # the order an officer files an item's papers in
    ("agenda", "Agenda entry"),
    ("report", "Reports"),
    ("appendix", "Appendices"),
    ("minutes", "Minutes"),
    ("decision", "Decision record"),
)


def init_app(app: Flask) -> None:
    """Register the item pages and the items file reader of the app's index."""
    app.extensions["items"] = Items(app.config["SEARCH"]["INDEX_DIR"])
    app.register_blueprint(bp)
    app.add_template_global(item_url_of, "item_url_of")
    app.add_template_global(items_in_document, "items_in_document")


def items_of(app: Flask) -> Items:
    """The app's items."""
    items: Items = app.extensions["items"]
    return items


def item_url_of(fields: dict[str, Any]) -> str | None:
    """The item page of the item a paragraph belongs to (stored fields or a hit), or None when it has none."""
    key = items_of(current_app).key_of(str(fields.get("document_id") or ""), fields.get("position"))
    return url_for("items.item_page", key=key) if key else None


def items_in_document(document_id: str) -> list[dict[str, Any]]:
    """The items a document lists or speaks to, each with its page's URL and meeting, for the document page."""
    return [{"url": url_for("items.item_page", key=item["key"]), "number": item.get("number"), "title": item.get("title"),
             "date": item.get("date"), "meeting": meeting_text(item)} for item in items_of(current_app).in_document(document_id)]


def meeting_text(item: dict[str, Any]) -> str:
    """"Cabinet, 9 January 2025, item 5" as a reader names an item's meeting."""
    parts = [item.get("committee") or item.get("council") or "Meeting", uk_date(item.get("date"))]
    if item.get("number"):
        parts.append(f"item {item['number']}")
    return ", ".join(p for p in parts if p)


def _part_json(part: dict[str, Any], shown: int) -> dict[str, Any] | None:
    """A part with its document's title and links, and the first `shown` paragraphs of its ranges (None if the document is gone)."""
    reader = reader_of(current_app)
    paragraphs: list[dict[str, Any]] = []
    count = sum(last - first + 1 for first, last in part["ranges"])
    head = reader.document_head(part["document_id"])
    if head is None:
        return None
    for first, last in part["ranges"]:
        if len(paragraphs) >= shown:
            break
        deadline.check()
        found = reader.document_part(part["document_id"], first, min(last - first + 1, shown - len(paragraphs)))
        for fields in (found[1] if found else []):
            paragraphs.append({"id": fields["id"], "position": fields.get("position"), "kind": fields.get("kind"), "label": fields.get("label"),
                               "page": fields.get("page"), "text": fields.get("text", ""), "url": paragraph_url(fields),
                               "resolution": fields.get("position") in part.get("resolutions", [])})
    first_url = paragraph_url({"id": f"{part['document_id']}-{part['ranges'][0][0]}", "document_id": part["document_id"]}) if part["ranges"] else None
    printed = part.get("printed_with")
    return {
        "document_id": part["document_id"],
        "document_title": head.get("doc_title") or part.get("document_title"),
        "document_url": url_for("views.document", document_id=part["document_id"]),
        "source_url": head.get("source_url"),
        "role": part["role"],
        "label": part.get("label"),
        "ranges": part["ranges"],
        "url": first_url or url_for("views.document", document_id=part["document_id"]),
        "paragraph_count": count,
        "paragraphs": paragraphs,
        "resolutions": [f"{part['document_id']}-{position}" for position in part.get("resolutions", [])],
        "printed_with": None if not printed else {
            **printed, "item_url": url_for("items.item_page", key=printed["key"]) if printed.get("key") else None,
            "text": meeting_text(printed),
        },
    }


def _resolutions(parts: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """What the minutes record as resolved on the item ("RESOLVED that ..."): from the meeting's own copy, else a copy printed later."""
    minutes = [p for p in parts if p["role"] == "minutes" and p.get("resolutions")]
    minutes.sort(key=lambda p: p.get("printed_with") is not None)
    if not minutes:
        return []
    part, reader, found = minutes[0], reader_of(current_app), []
    for position in part["resolutions"][:limit]:
        deadline.check()
        got = reader.document_part(part["document_id"], position, 1)
        if got and got[1]:
            fields = got[1][0]
            found.append({"id": fields["id"], "document_id": part["document_id"], "text": fields.get("text", ""), "url": paragraph_url(fields)})
    return found


def _summary(items: Items, key: str, why: str | None) -> dict[str, Any] | None:
    found = items.item(key)
    if found is None:
        return None
    return {"key": key, "council": found.get("council"), "committee": found.get("committee"), "date": found.get("date"),
            "number": found.get("number"), "title": found.get("title"), "why": why,
            "url": url_for("items.item_page", key=key), "api_url": url_for("items.api_item", key=key), "text": meeting_text(found)}


def item_json(key: str) -> dict[str, Any] | None:
    """An item as /api/items/<key> gives it, or None when the index has no such item."""
    items = items_of(current_app)
    item = items.item(key)
    if item is None:
        return None
    shown = int(current_app.config["SEARCH"]["ITEM_PARAGRAPHS_SHOWN"])
    parts = [p for p in (_part_json(part, shown) for part in item.get("parts", [])) if p is not None]
    resolutions = _resolutions(item.get("parts", []), shown)
    life = item.get("life") or [{"key": key, "why": None}]
    here = next((i for i, entry in enumerate(life) if entry["key"] == key), 0)
    earlier = [s for s in (_summary(items, e["key"], e.get("why")) for e in life[:here]) if s]
    later = [s for s in (_summary(items, e["key"], e.get("why")) for e in life[here + 1:]) if s]
    return {
        "key": key,
        "council": item.get("council"),
        "committee": item.get("committee"),
        "date": item.get("date"),
        "number": item.get("number"),
        "title": item.get("title"),
        "references": item.get("references", []),
        "url": url_for("items.item_page", key=key),
        "sections": [{"role": role, "title": title, "parts": [p for p in parts if p["role"] == role]} for role, title in SECTIONS],
        "resolutions": resolutions,
        "earlier": earlier,
        "later": later,
    }


@bp.get("/api/items/<key>")
def api_item(key: str):
    if not KEY.fullmatch(key):
        return jsonify(error="an item key is 16 hexadecimal digits (lower case)"), 400
    try:
        found = item_json(key)
    except IndexUnavailable:
        return jsonify(error="the index is not available; try again shortly"), 503
    if found is None:
        if not items_of(current_app).count():
            return jsonify(error="this index has no item pages: it was built before them; rebuild it (python -m indexer build PATH... --rebuild)"), 404
        return jsonify(error=f"no item with key {key}"), 404
    return jsonify(found)


@bp.get("/items/<key>")
def item_page(key: str):
    if not KEY.fullmatch(key):
        abort(404)
    try:
        found = item_json(key)
    except IndexUnavailable:
        abort(503)
    if found is None:
        abort(404)
    return render_template("item.html", item=found, date_text=uk_date(found["date"]), meeting=meeting_text(found))
