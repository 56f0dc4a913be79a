"""The same search as CSV and as an Atom feed."""
from __future__ import annotations

import csv
import re
import io
from datetime import datetime, timezone
from xml.sax.saxutils import escape as xml_escape

from flask import Blueprint, Response, current_app, jsonify, request, url_for

from search_service import deadline, reader_of
from search_service.api import run_search, unavailable
from search_service.errors import public_message
from search_service.params import ParamError, search_request
from engine.query import QueryError
from engine.reader import IndexUnavailable
from search_service.present import hit_json, item_text, site_url, uk_date

bp = Blueprint("feeds", __name__)

CSV_COLUMNS = ("id", "date", "council", "committee", "item_number", "item_title", "kind", "speakers", "page", "label", "text", "url", "source_url", "document_title")
BYTE_ORDER_MARK = "\ufeff"  # Excel reads a CSV as UTF-8 only with it (else "£" shows as "Â£")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value) -> str:
    """A CSV cell a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(value: str, quote: bool = False) -> str:
    """Text escaped for XML, without the control characters XML 1.0 forbids (PDF text has some)."""
    text = _XML_INVALID.sub("", value)
    return xml_escape(text, {'"': "&quot;"}) if quote else xml_escape(text)


def _args_with(**changes):
    args = request.args.copy()
    for key, value in changes.items():
        args.setlist(key, [str(value)])
    return args


def entry_title(fields: dict) -> str:
    """An Atom entry's title: the document, then the item and the paragraph or page, so entries tell apart."""
    document = fields.get("doc_title") or " ".join(x for x in (fields.get("committee"), uk_date(fields.get("date"))) if x)
    place = f"para. {fields['label']}" if fields.get("label") else (f"p. {fields['page']}" if fields.get("page") else None)
    return " · ".join(x for x in (document, item_text(fields), place) if x) or fields["id"]


@bp.get("/api/search.csv")
def search_csv():
    limit = current_app.config["SEARCH"]["CSV_MAX_ROWS"]
    rows: list[dict] = []
    try:
        search_request(request.args, current_app.config["SEARCH"])  # every parameter as given must be valid
        # One search for all the rows (up to the CSV cap), not one per page of the API.
        search = search_request(_args_with(page=1, per_page=1), current_app.config["SEARCH"])
        search.per_page = limit
        reader = reader_of(current_app)
        result = reader.search(search, with_spans=False)
        for hit in result.hits:
            # Every matching paragraph is a row: a repeat folded into a hit ("also in") follows it.
            for fields in [hit.fields, *(reader.paragraph(place["id"]) for place in hit.also_in)]:
                deadline.check()
                if fields is None:
                    continue  # deleted since the search (a commit in between)
                shown = hit_json(fields, with_snippet=False, q=search.q)
                shown["url"] = site_url(shown["url"])
                shown["speakers"] = "; ".join(shown["speakers"])
                rows.append(shown)
    except (ParamError, QueryError) as error:
        return jsonify(error=public_message(error)), 400
    except IndexUnavailable as error:
        return unavailable(error)
    out = io.StringIO()
    out.write(BYTE_ORDER_MARK)
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in rows[:limit]:
        writer.writerow([inert_cell(row.get(c)) for c in CSV_COLUMNS])
    return Response(out.getvalue(), mimetype="text/csv", headers={"Content-Disposition": "attachment; filename=search.csv"})


@bp.get("/search.atom")
def search_atom():
    entries = current_app.config["SEARCH"]["FEED_ENTRIES"]
    try:
        search_request(request.args, current_app.config["SEARCH"])  # every parameter as given must be valid
        search, result = run_search(_args_with(sort="newest", page=1, per_page=min(entries, current_app.config["SEARCH"]["MAX_PER_PAGE"])))
    except (ParamError, QueryError) as error:
        return jsonify(error=public_message(error)), 400
    except IndexUnavailable as error:
        return unavailable(error)
    # Absolute URLs from SEARCH_BASE_URL: the Host header is the client's to choose.
    query = request.query_string.decode("utf-8", "replace")
    self_url = site_url(request.path + ("?" + query if query else ""))
    title = f"Council papers: {search.q}" if search.q else "Council papers: newest"
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{xml_text(title)}</title>",
        f'<link rel="self" href="{xml_text(self_url, quote=True)}"/>',
        f'<link rel="alternate" type="text/html" href="{xml_text(site_url("/?" + query), quote=True)}"/>',
        f"<id>{xml_text(self_url)}</id>",
        f"<updated>{now}</updated>",
        "<author><name>Council papers search</name></author>",
    ]
    for hit in result.hits:
        deadline.check()
        shown = hit_json(hit.fields, hit.spans, search.q)
        link = site_url(shown["url"])
        heading = entry_title(hit.fields)
        updated = (shown.get("date") or now[:10]) + "T00:00:00Z"
        parts += [
            "<entry>",
            f"<title>{xml_text(heading)}</title>",
            f'<link href="{xml_text(link, quote=True)}"/>',
            f"<id>{xml_text(site_url(url_for('api.api_paragraph', paragraph_id=shown['id'])))}</id>",
            f"<updated>{updated}</updated>",
            f'<summary type="html">{xml_text(shown["snippet"])}</summary>',
            "</entry>",
        ]
    parts.append("</feed>")
    return Response("\n".join(parts), mimetype="application/atom+xml")
