"""Hostile queries and paths: every answer is 200 or 400 (never 500), quickly; no path escapes.

Runs on the session corpus index with Flask's test client.
"""
from __future__ import annotations

import json
import time
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SEARCH_PATHS = ("/api/search", "/")
EXTRA_PATHS = ("/api/search.csv", "/search.atom")


def time_limit(app) -> float:
    # The search limit, plus room for rendering and a loaded test machine.
    return float(app.config["SEARCH"]["SEARCH_TIME_LIMIT"]) + 3.0


def fetch(client, url: str):
    started = time.monotonic()
    response = client.get(url)
    return response, time.monotonic() - started


def assert_answered(app, response, seconds: float, url: str) -> None:
    assert response.status_code in (200, 400), f"{url[:200]} -> {response.status_code}: {response.get_data()[:300]!r}"
    assert seconds < time_limit(app), f"{url[:200]} took {seconds:.1f} s"
    if response.mimetype == "application/json":
        json.loads(response.get_data(as_text=True))


HOSTILE_QUERIES = {
    "nested 3000": "(" * 3000 + "council" + ")" * 3000,
    "unbalanced 3000": "(" * 3000 + "council",
    "closing only": ")" * 3000,
    "20000 chars": "planning " * 2500,
    "20000 one word": "a" * 20000,
    "star a star": "*a*",
    "star alone": "*",
    "question marks": "?" * 50,
    "prefix e": "e*",
    "fuzzy": "council~5",
    "field nonsense": "nosuchfield:value",
    "internal field": "content_hash:abc",
    "range": "date:[0000 TO 9999]",
    "open range": "year:[TO]",
    "boost": "council^999999999999",
    "phrase slop": '"council meeting"~100000',
    "quote alone": '"',
    "operators only": "AND OR NOT",
    "not alone": "NOT council",
    "many ors": " OR ".join(["council"] * 400),
    "unicode": "café ☃ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202e\ufeff",
    "control chars": "council\x01\x02\x1b[31m",
    "html": "<script>alert(1)</script>",
    "regex": "r\"(a+)+$\"",
    "backslashes": "\\" * 500,
    "colons": ":" * 500,
    "braces": "{" * 200 + "}" * 10,
    "brackets": "[" * 1000,
}


@pytest.mark.parametrize("path", SEARCH_PATHS)
@pytest.mark.parametrize("name", sorted(HOSTILE_QUERIES))
def test_hostile_query_text(app, client, path, name):
    url = f"{path}?q={quote(HOSTILE_QUERIES[name])}"
    response, seconds = fetch(client, url)
    assert_answered(app, response, seconds, url)


@pytest.mark.parametrize("path", EXTRA_PATHS)
@pytest.mark.parametrize("name", ["nested 3000", "20000 chars", "star a star", "html", "many ors", "unicode"])
def test_hostile_query_text_in_exports(app, client, path, name):
    url = f"{path}?q={quote(HOSTILE_QUERIES[name])}"
    response, seconds = fetch(client, url)
    assert_answered(app, response, seconds, url)


@pytest.mark.soak
@pytest.mark.xfail(reason="bug for search_service/feeds.py: /api/search.csv?q=* takes ~18 s for 2,000 rows, past the search time limit", strict=False)
@pytest.mark.parametrize("q", ["*", "e*"])
def test_csv_export_of_everything_within_the_time_limit(app, client, q):
    url = f"/api/search.csv?q={quote(q)}"
    response, seconds = fetch(client, url)
    response.get_data()
    assert_answered(app, response, seconds, url)


RAW_QUERY_STRINGS = [
    "q=%00",
    "q=council%00planning",
    "committee=%00",
    "q=%ff%fe",
    "q=%ff%fe%fd%c3%28%a0%a1",
    "q=%c0%af..%c0%af",
    "q=%e2%82",
    "committee=%ff",
    "council=%ff%fe&speaker=%80",
    "page=1000000000",
    "page=-1",
    "page=0",
    "page=1e3",
    "page=%ff",
    "page=99999999999999999999999999999999999999",
    "per_page=1000000",
    "per_page=0",
    "per_page=-5",
    "per_page=nan",
    "sort=%00",
    "sort=random",
    "from=2025-13-45",
    "from=99999-01-01",
    "to=0000-00-00",
    "from=2025-01-02&to=2024-01-01",
    "year=0",
    "year=99999999999999999999",
    "year=%ff",
    "kind=../../etc/passwd",
    "unknown=1&other=2&__class__=x",
    "q=council&q=planning&q=",
    "q",
    "&&&&&=&=&",
    "q=council&" + "&".join(f"committee=c{i}" for i in range(60)),
    "q=" + "%28" * 3000,
    "q=" + "a" * 20000,
]


@pytest.mark.parametrize("path", SEARCH_PATHS + ("/search.atom",))
@pytest.mark.parametrize("query_string", RAW_QUERY_STRINGS)
def test_hostile_parameters(app, client, path, query_string):
    url = f"{path}?{query_string}"
    response, seconds = fetch(client, url)
    assert_answered(app, response, seconds, url)


def test_too_deep_and_too_long_are_refused_with_a_reason(client):
    for q in ("(" * 3000 + "x" + ")" * 3000, "a" * 20000):
        response = client.get("/api/search?q=" + quote(q))
        assert response.status_code == 400
        assert response.get_json()["error"]


def test_limits_are_refused_not_clamped_silently(client):
    for query_string in ("page=1000000000", "per_page=1000000", "q=%00"):
        response = client.get("/api/search?" + query_string)
        assert response.status_code == 400, query_string


def test_script_in_query_is_not_reflected_raw(client):
    response = client.get("/?q=" + quote('<script>alert("x")</script>'))
    assert b'<script>alert("x")</script>' not in response.get_data()


query_text = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.sampled_from('()"*?~^:[]{}\\-+ ANDORNT ac'), max_size=200),
    st.lists(st.sampled_from(["council", "planning", "AND", "OR", "NOT", "(", ")", '"', "*", "~2", "^3", "committee:", "kind:", "date:", "[", "TO", "]"]), max_size=40).map(" ".join),
)
param_value = st.one_of(st.text(max_size=40), st.integers(-10**12, 10**12).map(str), st.sampled_from(["", "0", "1", "500", "501", "100", "101", "agenda", "minutes", "newest", "oldest", "relevance", "2025-01-30", "2025-02-30"]))
params = st.dictionaries(
    st.sampled_from(["page", "per_page", "sort", "committee", "council", "speaker", "kind", "year", "from", "to", "p", "format", "zzz"]),
    param_value,
    max_size=6,
)


def _encode(value: str) -> str:
    # Surrogates cannot be sent as UTF-8; send their bytes as an invalid sequence instead.
    return quote(value.encode("utf-8", "surrogatepass"), safe="")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(q=query_text, extra=params, path=st.sampled_from(SEARCH_PATHS))
def test_fuzzed_searches_never_fail(app, q, extra, path):
    client = app.test_client()
    pairs = [("q", q), *extra.items()]
    url = path + "?" + "&".join(f"{key}={_encode(value)}" for key, value in pairs)
    response, seconds = fetch(client, url)
    assert_answered(app, response, seconds, url)


# -- paths: source files only by document id ------------------------------------------

TRAVERSALS = [
    "../../etc/passwd",
    "..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/etc/passwd",
    "..%252f..%252fetc%252fpasswd",
    "%2fetc%2fpasswd",
    "/etc/passwd",
    "//etc/passwd",
    "..\\..\\etc\\passwd",
    "%5c..%5c..%5cetc%5cpasswd",
    "....//....//etc/passwd",
    "%00",
    "abc%00def",
    "%ff%fe",
    ".",
    "..",
    "%2e",
    "%2e%2e",
    "a" * 5000,
    "corpus%2fkent%2f24-00096%20-%20PRoD.pdf",
    "24-00096 - PRoD.pdf",
]


@pytest.fixture(scope="module")
def pdf_document_id(client_module):
    found = client_module.get("/api/search?q=cabinet&per_page=100").get_json()
    for hit in found["hits"]:
        doc = client_module.get(f"/api/documents/{hit['document_id']}").get_json()
        if doc.get("format") == "pdf":
            return hit["document_id"]
    pytest.skip("no PDF document in the session index")


@pytest.fixture(scope="module")
def client_module(app):
    return app.test_client()


def test_source_is_served_by_id(client, pdf_document_id):
    response = client.get(f"/documents/{pdf_document_id}/source")
    assert response.status_code == 200
    assert response.get_data()[:5] == b"%PDF-"


@pytest.mark.parametrize("attempt", TRAVERSALS)
@pytest.mark.parametrize("template", ["/documents/{}/source", "/documents/{}", "/api/documents/{}", "/api/paragraphs/{}"])
def test_traversal_attempts_get_404(client, template, attempt):
    url = template.format(attempt)
    response = client.get(url)
    assert response.status_code == 404, f"{url[:120]} -> {response.status_code}"
    body = response.get_data()
    assert b"root:x:0:0" not in body and b"%PDF-" not in body


@pytest.mark.parametrize(
    "url",
    [
        "/documents/../../etc/passwd/source",
        "/documents/%2e%2e/%2e%2e/etc/passwd/source",
        "/documents/..%2f..%2fetc%2fpasswd/source",
        "/documents//etc/passwd/source",
        "/static/../../../etc/passwd",
        "/static/..%2f..%2f..%2fetc%2fpasswd",
        "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
    ],
)
def test_paths_outside_the_routes_never_reach_files(client, url):
    response = client.get(url)
    assert response.status_code in (404, 308, 301), f"{url} -> {response.status_code}"
    assert b"root:x:0:0" not in response.get_data()


def test_source_of_a_non_pdf_document_is_404(client):
    found = client.get("/api/search?q=council&per_page=100").get_json()
    for hit in found["hits"]:
        doc = client.get(f"/api/documents/{hit['document_id']}").get_json()
        if doc.get("format") != "pdf":
            assert client.get(f"/documents/{hit['document_id']}/source").status_code == 404
            return
    pytest.skip("no non-PDF document found")
