"""Static files under URLs that change with their content, so browsers may keep them for a year; the stylesheet inline."""
from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from pathlib import Path

from flask import Flask, Response, request, url_for
from markupsafe import Markup

YEAR_SECONDS = 365 * 24 * 3600
# The stylesheet is printed inside every page: on a slow line a separate file costs a second round trip
# (562 ms on fast 3G) before anything is painted, and it is small (about 2.5 KB gzipped).
SITE_STYLESHEET = Path(__file__).resolve().parents[1] / "static" / "site.css"
SITE_CSS = SITE_STYLESHEET.read_text(encoding="utf-8")


def csp_hash(text: str) -> str:
    """The Content-Security-Policy source that allows exactly this inline text."""
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


# The policy allows exactly this inline style and no other.
SITE_CSS_HASH = csp_hash(SITE_CSS)
# Scripts printed inside their page: the document page's places the linked paragraph in view, which
# as a separate file would wait for a second round trip (and hold the browser's scroll to the
# #fragment until it arrived).
INLINE_SCRIPTS = {name: (SITE_STYLESHEET.parent / name).read_text(encoding="utf-8") for name in ("document.js",)}
INLINE_SCRIPT_HASHES = tuple(csp_hash(text) for text in INLINE_SCRIPTS.values())


@lru_cache(maxsize=32)
def _version(path: str, mtime_ns: int) -> str:
    return hashlib.sha1(Path(path).read_bytes()).hexdigest()[:10]


def static_url(app: Flask, filename: str) -> str:
    """The static file's URL with its content's hash (?v=...)."""
    path = Path(app.static_folder or "") / filename
    return url_for("static", filename=filename, v=_version(str(path), path.stat().st_mtime_ns))


def install(app: Flask) -> None:
    """Content-addressed static URLs in templates, long caching for them, and the inline stylesheet."""
    app.jinja_env.globals["static_url"] = lambda filename: static_url(app, filename)
    app.jinja_env.globals["site_css"] = Markup(SITE_CSS)  # read at start, as its hash in the policy is
    app.jinja_env.globals["inline_script"] = lambda name: Markup(INLINE_SCRIPTS[name])

    @app.after_request
    def cache_static(response: Response) -> Response:
        if request.endpoint == "static" and request.args.get("v"):
            response.cache_control.no_cache = None
            response.cache_control.max_age = YEAR_SECONDS
            response.cache_control.public = True
            response.cache_control.immutable = True
        return response
