"""The JSON API as INTERFACE.md promises it, checked against the OpenAPI document with real answers."""
from __future__ import annotations

import pytest

from search_service import create_app


def _check(value, schema: dict, path: str = "$") -> None:
    """A small JSON-schema walk: types, required keys, enums, array items."""
    types = schema.get("type")
    if types:
        allowed = types if isinstance(types, list) else [types]
        python = {"string": str, "integer": int, "array": list, "object": dict, "null": type(None), "number": (int, float), "boolean": bool}
        assert any(isinstance(value, python[t]) and not (t == "integer" and isinstance(value, bool)) for t in allowed), (path, value, allowed)
    if "enum" in schema:
        assert value in schema["enum"], (path, value)
    if isinstance(value, dict):
        for key in schema.get("required", []):
            assert key in value, (path, key)
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                _check(value[key], sub, f"{path}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            _check(item, schema["items"], f"{path}[{i}]")


@pytest.fixture(scope="module")
def spec(app):
    return app.test_client().get("/api/openapi.json").get_json()


def _schema(spec, path: str, status: str = "200") -> dict:
    return spec["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"]


def test_search_answers_match_the_documented_shape(client, spec):
    for url in ["/api/search?q=children", "/api/search", "/api/search?q=Dyson&committee=Performance+Scrutiny+Committee", "/api/search?q=zzzznotaword"]:
        data = client.get(url).get_json()
        _check(data, _schema(spec, "/api/search"))
    first = client.get("/api/search?q=children&per_page=1").get_json()["hits"][0]
    paragraph = client.get(f"/api/paragraphs/{first['id']}").get_json()
    _check(paragraph, _schema(spec, "/api/paragraphs/{id}"))
    _check(client.get("/api/paragraphs/nope").get_json(), _schema(spec, "/api/paragraphs/{id}", "404"))
    _check(client.get("/api/search?from=notadate").get_json(), _schema(spec, "/api/search", "400"))


def test_each_facet_ignores_its_own_filter(client):
    everything = client.get("/api/search?q=report").get_json()
    committees = {f["value"]: f["count"] for f in everything["facets"]["committee"]}
    chosen = next(iter(committees))
    narrowed = client.get("/api/search", query_string={"q": "report", "committee": chosen}).get_json()
    assert narrowed["total"] == committees[chosen]
    # The committee facet still offers every committee with its full count, so the choice can widen.
    assert {f["value"]: f["count"] for f in narrowed["facets"]["committee"]} == committees
    both = client.get("/api/search", query_string=[("q", "report")] + [("committee", c) for c in list(committees)[:2]]).get_json()
    assert both["total"] == sum(list(committees.values())[:2])


def test_dates_are_inclusive_and_sorting_works(client):
    day = client.get("/api/search?from=2017-03-16&to=2017-03-16").get_json()
    assert day["total"] > 0 and all(h["date"] == "2017-03-16" for h in day["hits"])
    newest = client.get("/api/search?sort=newest&per_page=5").get_json()["hits"]
    oldest = client.get("/api/search?sort=oldest&per_page=5").get_json()["hits"]
    assert newest[0]["date"] >= oldest[0]["date"]
    page1 = client.get("/api/search?q=council&per_page=5").get_json()
    page2 = client.get("/api/search?q=council&per_page=5&page=2").get_json()
    assert page1["total"] == page2["total"] and {h["id"] for h in page1["hits"]}.isdisjoint(h["id"] for h in page2["hits"])


def test_paragraph_neighbours_and_links(client):
    hit = client.get("/api/search?q=Dyson&per_page=1").get_json()["hits"][0]
    assert "<mark>Dyson</mark>" in hit["snippet"]
    paragraph = client.get(f"/api/paragraphs/{hit['id']}").get_json()
    assert paragraph["previous"] and paragraph["next"]
    assert client.get(f"/api/paragraphs/{paragraph['next']}").get_json()["previous"] == hit["id"]
    page = client.get(hit["url"])
    assert page.status_code == 200 and f'id="{hit["id"]}"'.encode() in page.data and b"<mark>Dyson</mark>" in page.data


@pytest.mark.parametrize("query", ["per_page=10000", "page=0", "from=2017-13-40", "kind=speeches", "sort=best", "q=" + "(" * 3000 + "x", "q=" + "a" * 20000])
def test_bad_parameters_get_400_with_a_reason(client, query):
    response = client.get("/api/search?" + query)
    assert response.status_code == 400 and response.get_json()["error"]


def test_healthz_reports_an_unreadable_index(tmp_path):
    app = create_app({"INDEX_DIR": str(tmp_path / "missing")})
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
