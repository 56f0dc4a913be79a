"""Every expensive or internal query form is refused with a reason a visitor can act on, naming nothing internal."""
from __future__ import annotations

import pytest

INTERNAL_NAMES = ("source_path", "content_hash", "doc_head", "committee_facet", "council_facet", "text_pairs", "relpath",
                  "Traceback", "whoosh", "Error(", "QueryParserError", "TermRange", "Wildcard(")


@pytest.mark.parametrize("q", ["*", "id:*", "source_path:*", "id:[0 TO g]", "[a TO z]", "council [a TO zzz]", "date:[2000 TO 2030]",
                               "year:[2000 TO 2030]", "content_hash:abc", "doc_head:true", "council_facet:Kent", "text_pairs:county+council",
                               "relpath:x", "?*", "**"])
def test_expensive_and_internal_forms_are_refused_with_a_reason(client, q):
    response = client.get("/api/search", query_string={"q": q})
    assert response.status_code == 400, (q, response.get_json())
    message = response.get_json()["error"]
    assert message and not any(name in message for name in INTERNAL_NAMES), message


def test_the_fields_a_visitor_may_name_still_work(client):
    for q in ("committee:cabinet", "kind:minutes", "council:kent", "item:budget", "speaker:gough"):
        assert client.get("/api/search", query_string={"q": q}).status_code == 200, q


def test_a_query_the_parser_cannot_read_names_nothing_internal(client):
    response = client.get("/api/search", query_string={"q": 'council "unclosed'})
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert not any(name in response.get_json()["error"] for name in INTERNAL_NAMES)


def test_a_prefix_that_expands_too_far_is_refused_but_a_narrow_one_is_answered(corpus_index):
    from search_service import create_app

    limit = 20
    client = create_app({"INDEX_DIR": str(corpus_index), "MAX_WILDCARD_TERMS": limit}).test_client()
    wide = client.get("/api/search", query_string={"q": "c*"})
    assert wide.status_code == 400 and str(limit) in wide.get_json()["error"]
    assert client.get("/api/search", query_string={"q": "councillo*"}).get_json()["total"] > 0
