"""What a digest holds: new paragraphs grouped by document, each with its passage highlighted, item, date and permalink."""
from __future__ import annotations

import html
import re
from typing import Any

from flask import url_for
from sqlalchemy import select

from engine.reader import Hit
from search_service.alerts.db import deliveries, digests, subscriptions
from search_service.alerts.searches import describe
from search_service.present import paragraph_url, site_url
from search_service.snippets import highlight

_MARK = re.compile(r"</?mark>")


def as_text(snippet: str) -> str:
    """A highlighted snippet for a plain-text email: matched words between asterisks."""
    return html.unescape(_MARK.sub("*", snippet))


def shown_hit(fields: dict, spans: list[tuple[int, int]], q: str) -> dict[str, Any]:
    """One paragraph as a digest shows it."""
    snippet = highlight(fields.get("text", ""), spans)
    item = " ".join(x for x in (fields.get("item_number"), fields.get("item_title")) if x)
    return {
        "id": fields["id"],
        "snippet_html": snippet,
        "snippet_text": as_text(str(snippet)),
        "item": item or None,
        "date": fields.get("date"),
        "council": fields.get("council"),
        "committee": fields.get("committee"),
        "url": site_url(paragraph_url(fields, q or None)),
    }


def grouped(hits: list[Hit], q: str) -> list[dict[str, Any]]:
    """Hits grouped by document, documents in the order of their first hit."""
    documents: dict[str, dict[str, Any]] = {}
    for hit in hits:
        fields = hit.fields
        entry = documents.get(fields["document_id"])
        if entry is None:
            title = fields.get("doc_title") or " ".join(x for x in (fields.get("committee"), fields.get("date")) if x) or "Untitled document"
            entry = documents[fields["document_id"]] = {"title": title, "council": fields.get("council"), "committee": fields.get("committee"), "hits": []}
        entry["hits"].append(shown_hit(fields, hit.spans, q))
    return list(documents.values())


def shown_first(documents: list[dict[str, Any]], most: int) -> list[dict[str, Any]]:
    """The documents cut to their first `most` hits in all."""
    out, left = [], most
    for document in documents:
        if left <= 0:
            break
        out.append({**document, "hits": document["hits"][:left]})
        left -= len(out[-1]["hits"])
    return out


def digest_paragraphs(alerts: Any, reader: Any, key: str, most: int) -> dict[str, Any] | None:
    """Every paragraph a digest was sent for, as they read now (for its page), or None when the digest is gone."""
    from search_service.alerts.searches import request_of

    with alerts.engine().begin() as conn:
        row = conn.execute(
            select(digests.c.id, digests.c.created_at, subscriptions.c.search)
            .join(subscriptions, subscriptions.c.id == digests.c.subscription_id)
            .where(digests.c.key == key)
        ).first()
        if row is None:
            return None
        ids = [r.paragraph_id for r in conn.execute(select(deliveries.c.paragraph_id).where(deliveries.c.digest_id == row.id).order_by(deliveries.c.id))]
    q = request_of(row.search, alerts.search_settings).q
    spans_of = reader.highlighter(q)
    hits = []
    for paragraph_id in ids[:most]:
        fields = reader.paragraph(paragraph_id)
        if fields is not None:
            hits.append(Hit(fields, spans_of(fields.get("text", "")), None))
    return {
        "description": describe(row.search),
        "documents": grouped(hits, q),
        "total": len(ids),
        "gone": min(len(ids), most) - len(hits),
        "more": max(0, len(ids) - most),
        "search_url": url_for("views.search") + "?" + row.search,
    }
