"""Error messages from the web layer never show internal field names, paths or Python exception names."""
from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from search_service.errors import INTERNAL_NAMES, public_message

# Field names a user may type or see in answers (INTERFACE.md); the rest of the schema is internal.
PUBLIC_FIELDS = {"id", "document_id", "council", "committee", "kind", "speaker", "speakers", "date", "day", "year", "item",
                 "item_number", "item_title", "section", "label", "page", "position", "text", "source_url", "ocr", "ocr_confidence",
                 "outcome"}  # the outcome facet and filter (README "Motions and votes: storage, API and site")
EXCEPTION_NAMES = ("Error", "Exception", "Traceback", "whoosh.", "Unpickling")


def test_the_internal_name_list_covers_every_schema_field_users_do_not_see():
    from engine.format import paragraph_schema

    assert set(paragraph_schema(frozenset()).names()) - PUBLIC_FIELDS <= set(INTERNAL_NAMES)


@pytest.mark.parametrize("message", [
    "cannot read the query: KeyError: 'committee_facet'",
    "unknown field source_path in doc_head",
    "whoosh.qparser.QueryParserError at text_pairs",
    "cannot open index at /srv/var/index/gen-3: OSError",
])
def test_public_message_removes_internal_names(message):
    cleaned = public_message(message)
    for word in (*INTERNAL_NAMES, *EXCEPTION_NAMES, "/srv"):
        assert word not in cleaned, cleaned
    assert cleaned


def test_public_message_keeps_an_ordinary_reason():
    reason = "per_page must be between 1 and 100"
    assert public_message(reason) == reason


HOSTILE = [
    "q=" + quote(name + ":x") for name in INTERNAL_NAMES
] + ["q=" + quote("doc_head:true OR source_path:/etc/passwd"), "q=" + quote("(((" * 30), "year=" + quote("²"),
     "page=" + quote("٣"), "per_page=10000", "sort=source_path", "kind=committee_facet", "from=doc_head", "q=%00"]


@pytest.mark.parametrize("endpoint", ["/", "/api/search", "/api/search.csv", "/search.atom"])
@pytest.mark.parametrize("query", HOSTILE)
def test_no_answer_names_an_internal_field_or_exception(client, endpoint, query):
    response = client.get(f"{endpoint}?{query}")
    assert response.status_code < 500
    body = response.get_data(as_text=True)
    if response.status_code == 400 and endpoint != "/":
        body = json.loads(body)["error"]
    elif response.status_code == 400:
        body = body.split('role="alert"', 1)[1]
    else:
        return
    for word in (*INTERNAL_NAMES, *EXCEPTION_NAMES):
        assert word not in body, body


def test_an_unreadable_index_is_a_503_that_does_not_show_its_path(tmp_path):
    from search_service import create_app

    missing = create_app({"INDEX_DIR": str(tmp_path / "secret-place")}).test_client()
    for url in ("/api/search?q=x", "/api/search.csv", "/search.atom", "/healthz", "/?q=x", "/api/paragraphs/x", "/api/documents/x"):
        response = missing.get(url)
        assert response.status_code == 503, url
        assert "secret-place" not in response.get_data(as_text=True), url
