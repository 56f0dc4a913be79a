"""/api/openapi.json describes the API, and real answers match its schemas.

jsonschema is not installed in .venv, so a small walker checks the schema keywords the document uses:
type (with null), required, properties, items, enum, format: date, minimum and maximum.
"""
from __future__ import annotations

import re
from datetime import date
from xml.etree import ElementTree

import pytest

from search_service import create_app

PYTHON_TYPES = {"string": str, "integer": int, "array": list, "object": dict, "null": type(None), "number": (int, float), "boolean": bool}
USED_KEYWORDS = {"type", "required", "properties", "items", "enum", "format", "minimum", "maximum", "description"}


def check(value, schema: dict, path: str = "$") -> None:
    """Assert that value satisfies schema; the message names the place that does not."""
    unknown = set(schema) - USED_KEYWORDS
    assert not unknown, f"{path}: the validator does not know {unknown}"
    if "type" in schema:
        allowed = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        assert any(isinstance(value, PYTHON_TYPES[t]) and not (t in ("integer", "number") and isinstance(value, bool)) for t in allowed), \
            f"{path}: {value!r} is not {allowed}"
    if "enum" in schema:
        assert value in schema["enum"], f"{path}: {value!r} not in {schema['enum']}"
    if schema.get("format") == "date" and isinstance(value, str):
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), f"{path}: {value!r} is not a date"
        try:
            date.fromisoformat(value)
        except ValueError as error:
            raise AssertionError(f"{path}: {value!r} is not a date") from error
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        assert value >= schema.get("minimum", value) and value <= schema.get("maximum", value), f"{path}: {value} out of range"
    if isinstance(value, dict):
        for key in schema.get("required", []):
            assert key in value, f"{path}: missing {key!r}"
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                check(value[key], sub, f"{path}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            check(item, schema["items"], f"{path}[{i}]")


def test_the_checker_catches_mistakes():
    schema = {"type": "object", "required": ["a"], "properties": {"a": {"type": ["string", "null"], "format": "date"}, "n": {"type": "integer"}}}
    check({"a": "2024-02-29", "n": 3}, schema)
    check({"a": None}, schema)
    for bad in ({}, {"a": 3}, {"a": "2023-02-29"}, {"a": None, "n": True}, {"a": None, "n": "3"}):
        with pytest.raises(AssertionError):
            check(bad, schema)


@pytest.fixture(scope="module")
def spec(app):
    response = app.test_client().get("/api/openapi.json")
    assert response.status_code == 200 and response.is_json
    return response.get_json()


def _schema(spec, path: str, status: str = "200") -> dict:
    return spec["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"]


def test_document_is_openapi_3_and_covers_every_endpoint(spec):
    assert spec["openapi"].startswith("3.") and spec["info"]["title"] and spec["info"]["version"]
    assert {"/api/search", "/api/paragraphs/{id}", "/api/documents/{id}", "/healthz", "/api/search.csv", "/search.atom"} <= set(spec["paths"])
    for path, item in spec["paths"].items():
        operation = item["get"]
        assert operation["summary"] and "200" in operation["responses"], path
        for parameter in operation.get("parameters", []):
            assert parameter["in"] in ("query", "path") and parameter["name"], path
            if parameter["in"] == "path":
                assert "{" + parameter["name"] + "}" in path and parameter["required"] is True
    names = {p["name"] for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert {"q", "committee", "council", "speaker", "kind", "from", "to", "sort", "page", "per_page"} <= names


SEARCHES = [
    {"q": "children"},
    {},
    {"q": "Dyson", "committee": "Performance Scrutiny Committee"},
    {"q": "zzzznotaword"},
    {"q": "childern"},
    {"kind": ["minutes", "decision"], "sort": "oldest", "per_page": 100},
    {"q": "council", "from": "2015-01-01", "to": "2017-12-31", "page": 2},
]


@pytest.mark.parametrize("query", SEARCHES)
def test_search_answers_match_the_schema(client, spec, query):
    response = client.get("/api/search", query_string=query)
    assert response.status_code == 200
    check(response.get_json(), _schema(spec, "/api/search"))


def test_paragraph_document_and_health_answers_match_the_schema(client, spec, tmp_path):
    hits = client.get("/api/search?q=children&per_page=100").get_json()["hits"]
    for hit in hits[:: max(1, len(hits) // 10)]:
        check(client.get(f"/api/paragraphs/{hit['id']}").get_json(), _schema(spec, "/api/paragraphs/{id}"))
    check(client.get(f"/api/documents/{hits[0]['document_id']}").get_json(), _schema(spec, "/api/documents/{id}"))
    check(client.get("/api/paragraphs/nope").get_json(), _schema(spec, "/api/paragraphs/{id}", "404"))
    check(client.get("/api/documents/nope").get_json(), _schema(spec, "/api/documents/{id}", "404"))
    check(client.get("/healthz").get_json(), _schema(spec, "/healthz"))
    unhealthy = create_app({"INDEX_DIR": str(tmp_path / "missing")}).test_client().get("/healthz")
    assert unhealthy.status_code == 503
    check(unhealthy.get_json(), _schema(spec, "/healthz", "503"))


@pytest.mark.parametrize("path", ["/api/search", "/api/search.csv", "/search.atom"])
def test_bad_parameters_answer_as_documented(client, spec, path):
    for query in ("from=notadate", "per_page=10000", "kind=speeches"):
        response = client.get(f"{path}?{query}")
        assert str(response.status_code) in spec["paths"][path]["get"]["responses"]
        assert response.status_code == 400
        check(response.get_json(), _schema(spec, path, "400"))


def test_csv_and_atom_have_the_documented_media_types(client, spec):
    for path in ("/api/search.csv", "/search.atom"):
        response = client.get(path + "?q=children")
        documented = set(spec["paths"][path]["get"]["responses"]["200"]["content"])
        assert response.status_code == 200 and response.mimetype in documented
    ElementTree.fromstring(client.get("/search.atom?q=children").data)
