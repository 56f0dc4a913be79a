"""The Content-Security-Policy allows no inline script or style, and no page or template needs one."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
INLINE = [
    re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I),  # a script element without src
    re.compile(r"\son[a-z]+\s*=", re.I),  # onclick=, onload=, ...
    re.compile(r"\sstyle\s*=", re.I),  # style attributes
    re.compile(r"<style", re.I),
    re.compile(r"javascript:", re.I),
]


def _directives(policy: str) -> dict[str, list[str]]:
    return {part.split()[0]: part.split()[1:] for part in (p.strip() for p in policy.split(";")) if part}


def test_the_policy_allows_no_inline_script_or_style(client):
    directives = _directives(client.get("/").headers["Content-Security-Policy"])
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"] and directives["frame-ancestors"] == ["'none'"]


@pytest.mark.parametrize("template", sorted(p.name for p in TEMPLATES.glob("*.html")))
def test_templates_hold_no_inline_script_handler_or_style(template):
    text = (TEMPLATES / template).read_text(encoding="utf-8")
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
