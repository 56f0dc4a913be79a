"""Absolute URLs come from SEARCH_BASE_URL, never from the Host header a client sends."""
from __future__ import annotations

import pytest

from search_service import create_app
from search_service.settings import load_settings

HOSTILE_HOSTS = {"Host": "evil.example"}, {"Host": "evil.example:8000"}, {"X-Forwarded-Host": "evil.example", "Host": "evil.example"}


def _everything(client, headers) -> list[str]:
    """Every answer the site gives for one paragraph's search, document and feeds, headers included."""
    hit = client.get("/api/search?q=library&per_page=1").get_json()["hits"][0]
    urls = [
        "/", "/?q=library", "/api/search?q=library", "/api/search.csv?q=library", "/search.atom?q=library",
        "/search.atom", hit["url"], f"/documents/{hit['document_id']}", f"/api/paragraphs/{hit['id']}",
        f"/api/documents/{hit['document_id']}", "/api/openapi.json", "/help", "/healthz", "/nope", "/api/nope",
        "/documents/nope/", "/static/site.css",
    ]
    out = []
    for url in urls:
        response = client.get(url, headers=headers)
        out.append(url + " " + str(response.headers) + response.get_data(as_text=True))
    return out


@pytest.mark.parametrize("headers", HOSTILE_HOSTS)
def test_a_hostile_host_header_never_appears_in_any_answer(client, headers):
    for answer in _everything(client, headers):
        assert "evil.example" not in answer, answer[:200]


def test_base_url_setting_builds_atom_csv_and_citation_urls(corpus_index):
    app = create_app({"INDEX_DIR": str(corpus_index), "BASE_URL": "https://search.example.org/"})
    client = app.test_client()
    headers = {"Host": "evil.example"}
    atom = client.get("/search.atom?q=library", headers=headers).get_data(as_text=True)
    assert 'href="https://search.example.org/search.atom?q=library"' in atom
    assert "<id>https://search.example.org/api/paragraphs/" in atom
    csv = client.get("/api/search.csv?q=library", headers=headers).get_data(as_text=True)
    assert ",https://search.example.org/documents/" in csv
    hit = client.get("/api/search?q=library&per_page=1").get_json()["hits"][0]
    page = client.get(hit["url"], headers=headers).get_data(as_text=True)
    assert f"https://search.example.org/documents/{hit['document_id']}?p={hit['id']}#{hit['id']}" in page


def test_without_base_url_absolute_urls_point_at_the_local_server(client, monkeypatch):
    monkeypatch.setenv("PORT", "8123")
    atom = client.get("/search.atom?q=library", headers={"Host": "evil.example"}).get_data(as_text=True)
    assert 'href="http://127.0.0.1:8123/search.atom?q=library"' in atom


@pytest.mark.parametrize("bad", ["evil.example", "javascript:alert(1)", "https://a.example/path", "http://a b", "ftp://a.example"])
def test_a_malformed_base_url_stops_the_app_at_start(bad):
    with pytest.raises(ValueError, match="SEARCH_BASE_URL"):
        load_settings({"BASE_URL": bad})
