"""What the index covers: /coverage and /api/coverage, and the "what was searched" note of a page with no results."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from flask import Blueprint, current_app, jsonify, render_template

from engine.reader import IndexUnavailable
from indexer.failures import read_failures
from search_service import reader_of

bp = Blueprint("coverage", __name__)


def coverage_json() -> dict:
    """Per council: documents, paragraphs, first and last meeting dates, committees, when last indexed; and files that failed."""
    reader = reader_of(current_app)
    councils = reader.coverage()
    failures = read_failures(Path(reader.snapshot().path))
    failed = [
        {
            "file": entry.get("file") or f"document {doc_id}",
            "reason": entry.get("reason") or "unknown",
            "failed_at": datetime.fromtimestamp(entry["failed_at"], tz=timezone.utc).isoformat(timespec="seconds") if isinstance(entry.get("failed_at"), (int, float)) else None,
        }
        for doc_id, entry in sorted(failures.items(), key=lambda item: str(item[1].get("file") or item[0]))
    ]
    return {
        "councils": councils,
        "documents": sum(c["documents"] for c in councils),
        "paragraphs": sum(c["paragraphs"] for c in councils),
        "failed_files": failed,
    }


@bp.get("/api/coverage")
def api_coverage():
    try:
        return jsonify(coverage_json())
    except IndexUnavailable as error:
        current_app.logger.warning("index unavailable: %s", error)
        return jsonify(error=getattr(error, "public", None) or "the index is not available; try again shortly"), 503


@bp.get("/coverage")
def coverage_page():
    try:
        data = coverage_json()
    except IndexUnavailable as error:
        from search_service.views import render_error

        return render_error(503, getattr(error, "public", None) or "The index is not available; try again shortly."), 503
    return render_template("coverage.html", **data)


def what_was_searched(args) -> dict | None:
    """For a page with no results: which councils and meeting dates were searched (None when the index cannot say)."""
    try:
        councils = reader_of(current_app).coverage(documents=False)
    except IndexUnavailable:
        return None
    named = [c for c in councils if c["council"]]
    chosen = [value for value in args.getlist("council") if value.strip()]
    if chosen:
        held = {c["council"]: c for c in named}
        searched = [held[name] for name in chosen if name in held]
        missing = [name for name in chosen if name not in held]
    else:
        searched, missing = named, []
    firsts = [c["first_meeting"] for c in searched if c["first_meeting"]]
    lasts = [c["last_meeting"] for c in searched if c["last_meeting"]]
    return {
        "councils": [c["council"] for c in searched],
        "missing": missing,
        "first": args.get("from") or (min(firsts) if firsts else None),
        "last": args.get("to") or (max(lasts) if lasts else None),
        "committees": [value for value in args.getlist("committee") if value.strip()],
    }
