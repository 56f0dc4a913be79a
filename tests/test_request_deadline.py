"""Every request has a deadline (SEARCH_REQUEST_TIME_LIMIT) checked in the loops of pages, CSV and Atom."""
from __future__ import annotations

import pytest

from search_service import create_app
from search_service.deadline import Deadline, DeadlineExceeded


@pytest.fixture(scope="module")
def spent_client(corpus_index):
    """An app whose every request is already past its deadline when the views start work."""
    app = create_app({"INDEX_DIR": str(corpus_index), "REQUEST_TIME_LIMIT": 1e-9})
    return app.test_client()


def _a_hit(client) -> dict:
    return client.get("/api/search?q=library&per_page=1").get_json()["hits"][0]


def test_a_deadline_raises_once_its_time_is_spent():
    now = [100.0]
    deadline = Deadline(2.0, clock=lambda: now[0])
    deadline.check()
    now[0] = 101.9
    deadline.check()
    now[0] = 102.0
    with pytest.raises(DeadlineExceeded, match="longer than 2 s"):
        deadline.check()


@pytest.mark.parametrize("url", ["/api/search.csv?q=library", "/search.atom?q=library", "/api/search?q=library"])
def test_csv_atom_and_api_past_the_deadline_are_a_json_503_with_a_reason(spent_client, url):
    response = spent_client.get(url)
    assert response.status_code == 503
    assert "longer than" in response.get_json()["error"]


def test_a_document_page_past_the_deadline_is_a_503_page_with_a_reason(client, spent_client):
    hit = _a_hit(client)
    response = spent_client.get(hit["url"])
    assert response.status_code == 503
    assert "took longer than" in response.get_data(as_text=True)
    api = spent_client.get(f"/api/documents/{hit['document_id']}")
    assert api.status_code == 503 and "longer than" in api.get_json()["error"]


def test_the_search_page_past_the_deadline_is_a_503_page(spent_client):
    response = spent_client.get("/?q=library")
    assert response.status_code == 503
    assert "Content-Security-Policy" in response.headers


def test_requests_within_the_deadline_are_answered(client):
    hit = _a_hit(client)
    for url in (hit["url"], "/api/search.csv?q=library", "/search.atom?q=library", "/?q=library"):
        assert client.get(url).status_code == 200


def test_highlighting_stops_at_max_highlight_chars(corpus_index, client):
    hit = _a_hit(client)
    capped = create_app({"INDEX_DIR": str(corpus_index), "MAX_HIGHLIGHT_CHARS": 0}).test_client()
    assert "<mark>" in client.get(hit["url"]).get_data(as_text=True)
    assert "<mark>" not in capped.get(hit["url"]).get_data(as_text=True)
    assert all("<mark>" not in h["snippet"] for h in capped.get("/api/search?q=library").get_json()["hits"])
