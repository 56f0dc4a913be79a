"""The Content-Security-Policy allows inline only the site's stylesheet and the scripts it names, each by its hash."""
from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
INLINE = [
    re.compile(r"\son[a-z]+\s*=", re.I),  # onclick=, onload=, ...
    re.compile(r"\sstyle\s*=", re.I),  # style attributes
    re.compile(r"javascript:", re.I),
]
STYLE_ELEMENT = re.compile(r"<style[^>]*>(.*?)</style>", re.I | re.S)
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.I | re.S)
TEMPLATE_INLINE_SCRIPT = re.compile(r"<script>\{\{ inline_script\('[\w.]+'\) \}\}</script>")


def _directives(policy: str) -> dict[str, list[str]]:
    return {part.split()[0]: part.split()[1:] for part in (p.strip() for p in policy.split(";")) if part}


def _hash(css: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii") + "'"


def test_the_policy_allows_no_inline_script_and_only_the_sites_stylesheet(client):
    directives = _directives(client.get("/").headers["Content-Security-Policy"])
    static = Path(__file__).resolve().parents[1] / "static"
    assert directives["script-src"] == ["'self'", _hash((static / "document.js").read_text(encoding="utf-8"))]
    site_css = (Path(__file__).resolve().parents[1] / "static" / "site.css").read_text(encoding="utf-8")
    assert directives["style-src"] == ["'self'", _hash(site_css)]
    assert directives["object-src"] == ["'none'"] and directives["frame-ancestors"] == ["'none'"]


@pytest.mark.parametrize("template", sorted(p.name for p in TEMPLATES.glob("*.html")))
def test_templates_hold_no_inline_script_handler_or_style(template):
    text = TEMPLATE_INLINE_SCRIPT.sub("", (TEMPLATES / template).read_text(encoding="utf-8"))
    assert not re.search(r"<script(?![^>]*\bsrc=)", text, re.I), template
    for pattern in INLINE:
        assert not pattern.search(text), (template, pattern.pattern)


def test_rendered_pages_hold_no_inline_script_handler_or_style(client):
    hit = client.get("/api/search?q=library&per_page=1").get_json()["hits"][0]
    for url in ("/", "/?q=library", "/?q=zzzzqqq", "/?year=x", "/help", hit["url"], "/documents/nope"):
        response = client.get(url)
        assert "Content-Security-Policy" in response.headers
        page = response.get_data(as_text=True)
        for pattern in INLINE:
            assert not pattern.search(page), (url, pattern.pattern)
        # A browser applies an inline style only if its exact text hashes to a value the policy names.
        allowed = _directives(response.headers["Content-Security-Policy"])["style-src"]
        styles = STYLE_ELEMENT.findall(page)
        assert len(styles) == 1 and _hash(styles[0]) in allowed, url
        scripts = _directives(response.headers["Content-Security-Policy"])["script-src"]
        assert all(_hash(script) in scripts for script in INLINE_SCRIPT.findall(page)), url
