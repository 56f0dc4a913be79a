"""HTML pages: search, document, help."""
from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, abort, current_app, render_template, request, send_file, url_for
from markupsafe import Markup

from search_service import deadline, reader_of
from search_service.errors import public_message
from search_service.params import FACET_PARAMS, ParamError, search_request
from search_service.present import also_in_json, back_query, citation, highlight_limit, hit_json, item_text, permalink, source_url, speakers_of, uk_date, where
from search_service.snippets import highlight_all
from engine.query import QueryError
from engine.reader import IndexUnavailable
from search_service.sources import open_indexed_file

bp = Blueprint("views", __name__)

FACET_TITLES = {"committee": "Committee", "council": "Council", "speaker": "Speaker", "kind": "Kind", "year": "Year", "outcome": "Motion outcome"}
SORT_TITLES = {"relevance": "Relevance", "newest": "Newest first", "oldest": "Oldest first"}


def sort_choices(chosen: str) -> list[dict]:
    """The sort menu: left unchosen, relevance with words and newest without, so a new search is never sorted by date."""
    choices = [{"value": "", "title": "Best match", "selected": chosen in ("", "relevance")}]
    return choices + [{"value": key, "title": title, "selected": key == chosen} for key, title in SORT_TITLES.items() if key != "relevance"]


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
        return render_template("search.html", **context, facets=[], filters=[], hits=[], pages=None, sorts=sort_choices(args.get("sort") or "")), 400
    except IndexUnavailable as error:
        current_app.logger.warning("index unavailable: %s", error)
        context["error"] = getattr(error, "public", None) or "The index is not available; try again shortly."
        return render_template("search.html", **context, facets=[], filters=[], hits=[], pages=None, sorts=sort_choices(args.get("sort") or "")), 503
    hits = []
    back = "&" + urlencode({"back": request.query_string.decode("utf-8", "replace")}) if request.query_string else ""
    for hit in result.hits:
        deadline.check()
        shown = hit_json(hit.fields, hit.spans, search_req.q)
        shown["snippet_html"] = Markup(shown["snippet"])  # built by snippets.highlight: escaped except <mark>
        shown["where"] = where(hit.fields)
        shown["date_text"] = uk_date(shown["date"])
        shown["title"] = shown["document_title"] or item_text(hit.fields) or shown["committee"] or "Untitled document"
        page_url, _, fragment = shown["url"].partition("#")
        shown["page_url"] = page_url + back + "#" + fragment  # "Back to search" returns to this very page
        shown["also_in"] = [{**place, "where": where(hit_place), "date_text": uk_date(place["date"])}
                            for place, hit_place in zip(also_in_json(hit.also_in, search_req.q), hit.also_in)]
        shown["more_in_item"] = hit.more_in_item
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
    # A page past the last one (an old link, a typed URL) shows the numbers around the last page, never none.
    around = min(search_req.page, last_page)
    window = range(max(1, around - 3), min(last_page, around + 3) + 1)
    pages = {
        "current": search_req.page,
        "last": last_page,
        "first_url": _page_url(args, 1) if window[0] > 1 else None,
        "last_url": _page_url(args, last_page) if window[-1] < last_page else None,
        "previous": _page_url(args, min(search_req.page - 1, last_page)) if search_req.page > 1 else None,
        "next": _page_url(args, search_req.page + 1) if search_req.page < last_page else None,
        "numbers": [(n, _page_url(args, n)) for n in window],
    }
    sorts = sort_choices(args.get("sort") or "")
    suggestion_url = _url_with(args, q=result.suggestion) if result.suggestion and result.matching != "corrected" else None
    as_typed_url = _url_with(args, match="all") if result.matching in ("corrected", "partial") else None
    # An odd quote is read as no quote at all: the words are searched one by one, not as a phrase.
    unclosed_quote_url = _url_with(args, q=search_req.q + '"') if search_req.q.count('"') % 2 else None
    return render_template(
        "search.html",
        **{**context, "search": search_req, "result": result},
        hits=hits,
        facets=facets,
        filters=filters,
        pages=pages,
        sorts=sorts,
        chosen_filters=sum(len(args.getlist(n)) for n in (*FACET_PARAMS, "year")),
        suggestion_url=suggestion_url,
        as_typed_url=as_typed_url,
        unclosed_quote_url=unclosed_quote_url,
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


PART_SIZE = 100  # paragraphs per part of a long document: a part is quick to send on a slow phone connection


def _part_asked(document_id: str, marked: str, asked: str | None) -> int:
    """Which part to show (1-based): the marked paragraph's (its id ends in its position), else the one asked for."""
    prefix = document_id + "-"
    if marked.startswith(prefix) and marked[len(prefix):].isascii() and marked[len(prefix):].isdigit() and len(marked) - len(prefix) < 9:
        return int(marked[len(prefix):]) // PART_SIZE + 1
    if asked and asked.isascii() and asked.isdigit() and len(asked) < 7:
        return max(1, int(asked))
    return 1


@bp.get("/documents/<document_id>")
def document(document_id: str):
    reader = reader_of(current_app)
    marked = request.args.get("p", "")
    part = _part_asked(document_id, marked, request.args.get("part"))
    try:
        found = reader.document_part(document_id, (part - 1) * PART_SIZE, PART_SIZE)
        if found is not None and not found[1]:  # a part past the end: the last one
            part = max(1, -(-found[2] // PART_SIZE))
            found = reader.document_part(document_id, (part - 1) * PART_SIZE, PART_SIZE)
    except IndexUnavailable:
        abort(503)
    if found is None:
        abort(404)
    head, paragraphs, paragraph_total = found
    cards = _motion_cards(reader, document_id)
    q = request.args.get("q", "")[: current_app.config["SEARCH"]["MAX_QUERY_CHARS"]].replace("\x00", "")
    back = back_query(request.args.get("back"))
    part_count = max(1, -(-paragraph_total // PART_SIZE))
    has_source = bool(head.get("source_path")) and current_app.config["SEARCH"]["SERVE_SOURCE_FILES"] and head.get("doc_format") == "pdf"
    pdf_url = url_for("views.document_source", document_id=document_id) if has_source else None
    shown = []
    previous_meeting = previous_item = previous_page = None
    spans_of = reader.highlighter(q)
    limit = highlight_limit()
    for fields in paragraphs:
        deadline.check()
        spans = spans_of(fields.get("text", "")[:limit])
        meeting = (fields.get("council"), fields.get("committee"), fields.get("date"))
        item = (fields.get("item_number"), fields.get("item_title"))
        page = fields.get("page")
        original = source_url(fields, head) or (f"{pdf_url}#page={page}" if pdf_url and page else None)
        shown.append(
            {
                "fields": fields,
                "html": highlight_all(fields.get("text", ""), spans),
                "speakers": speakers_of(fields),
                "citation": citation(fields, head),
                "permalink": permalink(fields),
                "original": original,
                "original_is_council": bool(source_url(fields, head)),
                "marked": fields["id"] == marked,
                "date_text": uk_date(fields.get("date")),
                "new_meeting": meeting != previous_meeting,
                "new_item": item != previous_item or meeting != previous_meeting,
                "new_page": bool(page) and page != previous_page,
                "motions": cards.get(fields["id"], []),  # motion cards shown before the motion's first paragraph
            }
        )
        previous_meeting, previous_item, previous_page = meeting, item, page
    keep = {k: v for k, v in (("q", q), ("back", back)) if v}
    parts = [
        {"number": n, "url": url_for("views.document", document_id=document_id, part=n, **keep),
         "first": (n - 1) * PART_SIZE + 1, "last": min(n * PART_SIZE, paragraph_total)}
        for n in range(1, part_count + 1)
    ]
    meeting_line = [x for x in (head.get("council"), head.get("committee"), uk_date(head.get("date"))) if x]
    return render_template(
        "document.html", head=head, paragraphs=shown, q=q, document_id=document_id, has_source=has_source, pdf_url=pdf_url,
        back_url="/?" + back if back else ("/?" + urlencode({"q": q}) if q else "/"), parts=parts, part=part,
        paragraph_total=paragraph_total, meeting_line=meeting_line,
    )


def _motion_cards(reader, document_id: str) -> dict[str, list[dict]]:
    """The document's motion cards by the id of each motion's first paragraph."""
    from search_service.motions import motion_card

    cards: dict[str, list[dict]] = {}
    try:
        for data in reader.document_motions(document_id):
            cards.setdefault(data["paragraphs"][0], []).append(motion_card(data))
    except IndexUnavailable:
        abort(503)
    return cards


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
