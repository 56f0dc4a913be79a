"""The search site and JSON API for council documents."""
from __future__ import annotations

from pathlib import Path

from flask import Flask, g, jsonify, request

from engine.reader import IndexReader, ReaderLimits
from search_service.compress import compress
from search_service.deadline import Deadline, DeadlineExceeded
from search_service.errors import public_message
from search_service.security import SECURITY_HEADERS
from search_service.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent


def create_app(overrides: dict | None = None) -> Flask:
    """Make the app; it only reads the index (never builds it), opening it on first use."""
    app = Flask(__name__, template_folder=str(ROOT / "templates"), static_folder=str(ROOT / "static"))
    settings = load_settings(overrides)
    app.config["SEARCH"] = settings
    limits = ReaderLimits(
        term_cache_mb=float(settings["TERM_CACHE_MB"]),
        time_limit=float(settings["SEARCH_TIME_LIMIT"]),
        max_wildcard_terms=int(settings["MAX_WILDCARD_TERMS"]),
        rerank_window=int(settings["RERANK_WINDOW"]),
    )
    app.extensions["index_reader"] = IndexReader(settings["INDEX_DIR"], limits)

    from search_service import alerts, api, assets, coverage, feeds, items, views

    assets.install(app)

    app.register_blueprint(views.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(feeds.bp)
    app.register_blueprint(coverage.bp)
    items.init_app(app)  # item pages: /items/<key>, /api/items/<key>
    app.add_template_global(coverage.what_was_searched, "what_was_searched")
    alerts.init_app(app, (overrides or {}).get("ALERTS"))
    from search_service import motions  # /api/motions and member pages (README "Motions and votes: storage, API and site")

    app.register_blueprint(motions.bp)

    @app.before_request
    def start_deadline():
        g.deadline = Deadline(float(settings["REQUEST_TIME_LIMIT"]))

    @app.errorhandler(DeadlineExceeded)
    def too_slow(error):
        if _wants_json():
            return jsonify(error=str(error)), 503
        return views.render_error(503, str(error)), 503

    @app.errorhandler(404)
    def not_found(error):
        if request.path.startswith("/api/"):
            return jsonify(error="not found"), 404
        return views.render_error(404, "Page not found"), 404

    @app.errorhandler(405)
    def not_allowed(error):
        return jsonify(error="method not allowed"), 405

    @app.errorhandler(400)
    def bad_request(error):
        return jsonify(error=public_message(getattr(error, "description", "bad request"))), 400

    @app.errorhandler(500)
    def server_error(error):
        if _wants_json():
            return jsonify(error="internal error"), 500
        return views.render_error(500, "Something went wrong"), 500

    @app.after_request
    def gzip_text(response):
        return compress(response)

    @app.after_request
    def security_headers(response):
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return app


def _wants_json() -> bool:
    """API and feed errors are JSON (as their 400s are); pages get the site's error page."""
    return request.path.startswith("/api/") or request.path == "/search.atom"


def reader_of(app: Flask) -> IndexReader:
    """The app's index reader."""
    return app.extensions["index_reader"]
