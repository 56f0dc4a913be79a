"""The JSON API: /api/search, /api/paragraphs/<id>, /api/documents/<id>, /healthz."""
from __future__ import annotations

from flask import Blueprint, current_app, jsonify, render_template, request

from search_service import deadline, reader_of
from search_service.errors import public_message
from search_service.params import ParamError, search_request
from search_service.present import also_in_json, hit_json
from engine.query import QueryError
from engine.reader import IndexUnavailable

bp = Blueprint("api", __name__)


def run_search(args):
    """Parse args and search; returns (request, result) or raises ParamError/QueryError."""
    settings = current_app.config["SEARCH"]
    search = search_request(args, settings)
    result = reader_of(current_app).search(search)
    return search, result


def hits_json(search, result, with_snippet: bool = True) -> list[dict]:
    """The hits of a result, checking the request's deadline between them."""
    shown = []
    for hit in result.hits:
        deadline.check()
        found = hit_json(hit.fields, hit.spans, search.q, with_snippet=with_snippet)
        found["also_in"] = also_in_json(hit.also_in, search.q)  # the same passage elsewhere, shown once (README)
        found["more_in_item"] = hit.more_in_item
        shown.append(found)
    return shown


def search_json(search, result) -> dict:
    """The /api/search answer."""
    return {
        "query": search.q,
        "total": result.total,
        "page": search.page,
        "per_page": search.per_page,
        "sort": search.sort,
        "hits": hits_json(search, result),
        "facets": {name: [{"value": v, "count": n} for v, n in values] for name, values in result.facets.items()},
        "suggestion": result.suggestion,
        "matching": result.matching,
        "corrected_query": result.corrected_query,
        "folded": result.folded,
    }


def unavailable(error: Exception):
    """503 for an index that cannot be read; its path and the reason stay in the log."""
    current_app.logger.warning("index unavailable: %s", error)
    return jsonify(error=getattr(error, "public", None) or "the index is not available; try again shortly"), 503


def _checked(value):
    deadline.check()
    return value


@bp.get("/api/search")
def api_search():
    try:
        search, result = run_search(request.args)
    except (ParamError, QueryError) as error:
        return jsonify(error=public_message(error)), 400
    except IndexUnavailable as error:
        return unavailable(error)
    return jsonify(search_json(search, result))


@bp.get("/api/paragraphs/<paragraph_id>")
def api_paragraph(paragraph_id: str):
    try:
        fields = reader_of(current_app).paragraph(paragraph_id)
    except IndexUnavailable as error:
        return unavailable(error)
    if fields is None:
        return jsonify(error=f"no paragraph with id {paragraph_id[:80]!r}"), 404
    out = hit_json(fields, with_snippet=False, head=fields.get("document"))
    out["previous"], out["next"] = fields["previous"], fields["next"]
    return jsonify(out)


@bp.get("/api/documents/<document_id>")
def api_document(document_id: str):
    try:
        found = reader_of(current_app).document(document_id)
    except IndexUnavailable as error:
        return unavailable(error)
    if found is None:
        return jsonify(error=f"no document with id {document_id[:80]!r}"), 404
    head, paragraphs = found
    return jsonify(
        {
            "document_id": document_id,
            "title": head.get("doc_title"),
            "format": head.get("doc_format"),
            "source_url": head.get("source_url"),
            "paragraphs": [_checked(hit_json(p, with_snippet=False, head=head) | {"section": p.get("section")}) for p in paragraphs],
        }
    )


@bp.get("/api/openapi.json")
def api_openapi():
    from search_service.openapi import openapi_document

    return jsonify(openapi_document())


@bp.get("/api/docs")
def api_docs():
    """The API described for people, from the same OpenAPI document."""
    from search_service.openapi import openapi_document, readable_paths

    return render_template("api.html", info=openapi_document()["info"], paths=readable_paths())


@bp.get("/healthz")
def healthz():
    try:
        count = reader_of(current_app).paragraph_count()
    except Exception as error:  # any failure to read the index means unhealthy
        current_app.logger.exception("health check failed")
        return jsonify(status="unavailable", error=getattr(error, "public", None) or "the index is not available"), 503
    return jsonify(status="ok", paragraphs=count)
