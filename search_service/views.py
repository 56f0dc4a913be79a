"""HTML pages: search, document, help."""
from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, abort, current_app, render_template, request, send_file
from markupsafe import Markup

from search_service import deadline, reader_of
from search_service.errors import public_message
from search_service.params import FACET_PARAMS, ParamError, search_request
from search_service.present import citation, highlight_limit, hit_json, source_url, speakers_of
from search_service.snippets import highlight_all
from engine.query import QueryError
from engine.reader import IndexUnavailable
from search_service.sources import open_indexed_file

bp = Blueprint("views", __name__)

FACET_TITLES = {"committee": "Committee", "council": "Council", "speaker": "Speaker", "kind": "Kind", "year": "Year"}
SORT_TITLES = {"relevance": "Relevance", "newest": "Newest first", "oldest": "Oldest first"}


def render_error(status: int, message: str):
    """An error page in the site's layout."""
    return render_template("error.html", status=status, message=message)


def _url_with(args, **changes) -> str:
    """The search URL with some parameters changed (None removes one); page resets unless given."""
    params = [(k, v) for k, v in args.items(multi=True) if k not in changes and k != "page"]
    for key, value in changes.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            params.extend((key, v) for v in value)
        else:
            params.append((key, value))
    if "page" in changes and changes["page"] is not None:
        pass
    return "/?" + urlencode(params) if params else "/"


def _toggle(args, name: str, value: str) -> str:
    values = args.getlist(name)
    values = [v for v in values if v != value] if value in values else values + [value]
    return _url_with(args, **{name: values})


@bp.get("/")
def search():
    args = request.args
    context = {"args": args, "q": args.get("q", ""), "error": None, "result": None, "search": None}
    try:
        search_req = search_request(args, current_app.config["SEARCH"])
        result = reader_of(current_app).search(search_req)
    except (ParamError, QueryError) as error:
        context["error"] = public_message(error)
        return render_template("search.html", **context, facets=[], filters=[], hits=[], pages=None, sorts=[]), 400
    except IndexUnavailable as error:
        current_app.logger.warning("index unavailable: %s", error)
        context["error"] = getattr(error, "public", None) or "The index is not available; try again shortly."
        return render_template("search.html", **context, facets=[], filters=[], hits=[], pages=None, sorts=[]), 503
    hits = []
    for hit in result.hits:
        deadline.check()
        shown = hit_json(hit.fields, hit.spans, search_req.q)
        shown["snippet_html"] = Markup(shown["snippet"])  # built by snippets.highlight: escaped except <mark>
        hits.append(shown)
    facets = []
    for name, values in result.facets.items():
        chosen = set(args.getlist(name))
        entries = [
            {"value": value, "count": count, "selected": value in chosen, "url": _toggle(args, name, value)}
            for value, count in values
        ]
        # A chosen value with no results still shows, so it can be removed.
        shown_values = {e["value"] for e in entries}
        for value in chosen - shown_values:
            entries.insert(0, {"value": value, "count": 0, "selected": True, "url": _toggle(args, name, value)})
        facets.append({"name": name, "title": FACET_TITLES[name], "entries": entries})
    filters = []
    for name in (*FACET_PARAMS, "year"):
        for value in args.getlist(name):
            if value:
                filters.append({"label": f"{FACET_TITLES[name]}: {value}", "url": _toggle(args, name, value)})
    for name, label in (("from", "From"), ("to", "To")):
        if args.get(name):
            filters.append({"label": f"{label}: {args.get(name)}", "url": _url_with(args, **{name: None})})
    last_page = max(1, -(-result.total // search_req.per_page))
    last_page = min(last_page, current_app.config["SEARCH"]["MAX_PAGE"])
    pages = {
        "current": search_req.page,
        "last": last_page,
        "previous": _page_url(args, search_req.page - 1) if search_req.page > 1 else None,
        "next": _page_url(args, search_req.page + 1) if search_req.page < last_page else None,
        "numbers": [(n, _page_url(args, n)) for n in range(max(1, search_req.page - 3), min(last_page, search_req.page + 3) + 1)],
    }
    sorts = [{"value": key, "title": title, "selected": key == search_req.sort} for key, title in SORT_TITLES.items()]
    suggestion_url = _url_with(args, q=result.suggestion) if result.suggestion and result.matching != "corrected" else None
    as_typed_url = _url_with(args, match="all") if result.matching in ("corrected", "partial") else None
    return render_template(
        "search.html",
        **{**context, "search": search_req, "result": result},
        hits=hits,
        facets=facets,
        filters=filters,
        pages=pages,
        sorts=sorts,
        suggestion_url=suggestion_url,
        as_typed_url=as_typed_url,
        clear_url=_url_with(args, **{n: None for n in (*FACET_PARAMS, "year", "from", "to")}),
    )


def _page_url(args, page: int) -> str:
    params = [(k, v) for k, v in args.items(multi=True) if k != "page"]
    if page > 1:
        params.append(("page", str(page)))
    return "/?" + urlencode(params) if params else "/"


@bp.get("/help")
def help_page():
    return render_template("help.html")


@bp.get("/documents/<document_id>")
def document(document_id: str):
    reader = reader_of(current_app)
    try:
        found = reader.document(document_id)
    except IndexUnavailable:
        abort(503)
    if found is None:
        abort(404)
    head, paragraphs = found
    q = request.args.get("q", "")[: current_app.config["SEARCH"]["MAX_QUERY_CHARS"]].replace("\x00", "")
    marked = request.args.get("p", "")
    shown = []
    previous_meeting = previous_item = None
    spans_of = reader.highlighter(q)
    limit = highlight_limit()
    for fields in paragraphs:
        deadline.check()
        spans = spans_of(fields.get("text", "")[:limit])
        meeting = (fields.get("council"), fields.get("committee"), fields.get("date"))
        item = (fields.get("item_number"), fields.get("item_title"))
        shown.append(
            {
                "fields": fields,
                "html": highlight_all(fields.get("text", ""), spans),
                "speakers": speakers_of(fields),
                "citation": citation(fields, head),
                "source_url": source_url(fields, head),
                "marked": fields["id"] == marked,
                "new_meeting": meeting != previous_meeting,
                "new_item": item != previous_item or meeting != previous_meeting,
            }
        )
        previous_meeting, previous_item = meeting, item
    has_source = bool(head.get("source_path")) and current_app.config["SEARCH"]["SERVE_SOURCE_FILES"] and head.get("doc_format") == "pdf"
    return render_template("document.html", head=head, paragraphs=shown, q=q, document_id=document_id, has_source=has_source)


@bp.get("/documents/<document_id>/source")
def document_source(document_id: str):
    """The indexed PDF itself, found by document id only (never by a path from the URL).

    Served only while it is still a regular file inside the folder it was indexed from.
    """
    if not current_app.config["SEARCH"]["SERVE_SOURCE_FILES"]:
        abort(404)
    head = reader_of(current_app).document_head(document_id) or {}
    if head.get("doc_format") != "pdf":
        abort(404)
    opened = open_indexed_file(head.get("source_path") or "", head.get("relpath") or "")
    if opened is None:
        abort(404)
    handle, info = opened
    etag = f"{info.st_ino:x}-{info.st_size:x}-{info.st_mtime_ns:x}"
    return send_file(handle, mimetype="application/pdf", conditional=True, etag=etag, last_modified=info.st_mtime, max_age=None)
