"""/api/search, /api/paragraphs/<id> and /healthz as INTERFACE.md promises them, on the corpus index."""
from __future__ import annotations

from collections import Counter

import pytest

from search_service import create_app

HIT_KEYS = {"id", "document_id", "council", "committee", "date", "kind", "item_number", "item_title",
            "speakers", "page", "text", "snippet", "url", "source_url"}
FACETS = ("committee", "council", "speaker", "kind", "year")


def _get(client, query) -> dict:
    response = client.get("/api/search", query_string=query)
    assert response.status_code == 200, response.data
    return response.get_json()


def _all_hits(client, query) -> list[dict]:
    """Every paragraph of a search, page by page: the hits and the repeats folded into them ("also in")."""
    query = list(query.items()) if isinstance(query, dict) else list(query)
    hits, page = [], 1
    while True:
        data = _get(client, query + [("per_page", "100"), ("page", str(page))])
        for hit in data["hits"]:
            hits.append(hit)
            hits += [client.get(f"/api/paragraphs/{place['id']}").get_json() for place in hit["also_in"]]
        if len(hits) >= data["total"] or not data["hits"]:
            assert len(hits) == data["total"]
            return hits
        page += 1


def _facet(data, name) -> dict:
    return {f["value"]: f["count"] for f in data["facets"][name]}


@pytest.fixture(scope="module")
def children(app):
    """Every hit for q=children, the ground truth that facet counts are checked against."""
    return _all_hits(app.test_client(), {"q": "children"})


def test_answer_has_exactly_the_promised_shape(client):
    data = _get(client, {"q": "children", "per_page": 3})
    assert {"query", "total", "page", "per_page", "hits", "facets"} <= set(data)
    assert data["query"] == "children" and data["page"] == 1 and data["per_page"] == 3 and len(data["hits"]) == 3
    assert set(data["facets"]) >= set(FACETS)
    for name in FACETS:
        for entry in data["facets"][name]:
            assert set(entry) == {"value", "count"} and isinstance(entry["value"], str) and entry["count"] > 0
    for hit in data["hits"]:
        assert HIT_KEYS <= set(hit)
        assert isinstance(hit["id"], str) and hit["id"].startswith(hit["document_id"] + "-")
        assert hit["kind"] in ("agenda", "report", "minutes", "decision", "other")
        assert isinstance(hit["speakers"], list) and all(isinstance(s, str) for s in hit["speakers"])
        assert hit["page"] is None or isinstance(hit["page"], int)
        assert hit["date"] is None or (len(hit["date"]) == 10 and hit["date"][4] == "-")
        for key in ("council", "committee", "item_number", "item_title", "source_url"):
            assert hit[key] is None or isinstance(hit[key], str)
        assert "<mark>" in hit["snippet"] and hit["url"].startswith(f"/documents/{hit['document_id']}")
        assert hit["url"].endswith("#" + hit["id"])


def test_facet_counts_are_true_counts(client, children):
    data = _get(client, {"q": "children"})
    assert data["total"] == len(children) > 20
    truth = {
        "committee": Counter(h["committee"] for h in children if h["committee"]),
        "council": Counter(h["council"] for h in children if h["council"]),
        "kind": Counter(h["kind"] for h in children),
        "year": Counter(h["date"][:4] for h in children if h["date"]),
        "speaker": Counter(s for h in children for s in h["speakers"]),
    }
    for name in ("committee", "council", "kind", "year"):
        assert _facet(data, name) == dict(truth[name]), name
    for value, count in _facet(data, "speaker").items():
        assert truth["speaker"][value] == count


def test_each_facet_ignores_its_own_filter(client, children):
    whole = _get(client, {"q": "children"})
    committees = _facet(whole, "committee")
    kinds = _facet(whole, "kind")
    assert len(committees) >= 2 and len(kinds) >= 2
    committee = max(committees, key=committees.get)
    narrowed = _get(client, {"q": "children", "committee": committee})
    assert narrowed["total"] == committees[committee] == sum(h["committee"] == committee for h in children)
    # Its own facet keeps every committee with its full count, so a user can widen the choice ...
    assert _facet(narrowed, "committee") == committees
    # ... while the other facets count only what the committee filter lets through.
    assert _facet(narrowed, "kind") == dict(Counter(h["kind"] for h in children if h["committee"] == committee))
    # Two filters: each facet is counted with the other filter only.
    kind = next(k for k in _facet(narrowed, "kind"))
    both = _get(client, {"q": "children", "committee": committee, "kind": kind})
    assert both["total"] == sum(h["committee"] == committee and h["kind"] == kind for h in children)
    assert _facet(both, "kind") == _facet(narrowed, "kind")
    assert _facet(both, "committee") == dict(Counter(h["committee"] for h in children if h["kind"] == kind and h["committee"]))


def test_repeated_values_are_or_within_a_facet_and_across_facets(client, children):
    kinds = Counter(h["kind"] for h in children)
    two = [k for k, _ in kinds.most_common(2)]
    either = _get(client, [("q", "children"), ("kind", two[0]), ("kind", two[1])])
    assert either["total"] == kinds[two[0]] + kinds[two[1]]
    assert {h["kind"] for h in _all_hits(client, [("q", "children"), ("kind", two[0]), ("kind", two[1])])} == set(two)
    council = Counter(h["council"] for h in children if h["council"]).most_common(1)[0][0]
    across = _all_hits(client, [("q", "children"), ("kind", two[0]), ("kind", two[1]), ("council", council)])
    assert len(across) == sum(h["kind"] in two and h["council"] == council for h in children)
    assert all(h["kind"] in two and h["council"] == council for h in across)
    assert _get(client, {"q": "children", "committee": "No Such Committee"})["total"] == 0


def test_dates_are_inclusive(client, children):
    dates = sorted({h["date"] for h in children if h["date"]})
    assert len(dates) >= 2
    day = dates[0]
    on_day = _all_hits(client, {"q": "children", "from": day, "to": day})
    assert on_day and len(on_day) == sum(h["date"] == day for h in children)
    later = _get(client, {"q": "children", "from": dates[-1]})
    assert later["total"] == sum(h["date"] == dates[-1] for h in children)
    until = _all_hits(client, {"q": "children", "to": dates[0]})
    assert until and all(h["date"] and h["date"] <= dates[0] for h in until)
    assert _get(client, {"q": "children", "from": "1900-01-01", "to": "1900-12-31"})["total"] == 0
    assert client.get("/api/search?from=2020-01-02&to=2020-01-01").status_code == 400


def test_sorting(client):
    assert _get(client, {"q": "children"})["sort"] == "relevance"
    assert _get(client, {})["sort"] == "newest"
    newest = [h["date"] for h in _get(client, {"per_page": 100})["hits"]]
    oldest = [h["date"] for h in _get(client, {"sort": "oldest", "per_page": 100})["hits"]]
    assert newest == sorted(newest, reverse=True) and oldest == sorted(oldest)
    assert newest[0] > oldest[0]
    q_newest = [h["date"] for h in _all_hits(client, {"q": "children", "sort": "newest"})]
    dated = [d for d in q_newest if d]
    assert dated == sorted(dated, reverse=True) and q_newest[: len(dated)] == dated  # undated last
    relevance = _get(client, {"q": "children", "sort": "relevance", "per_page": 100})
    by_date = _get(client, {"q": "children", "sort": "newest", "per_page": 100})
    assert relevance["total"] == by_date["total"]
    assert [h["id"] for h in relevance["hits"]] != [h["id"] for h in by_date["hits"]]


def test_pagination(client):
    page1 = _get(client, {"q": "council", "per_page": 5})
    page2 = _get(client, {"q": "council", "per_page": 5, "page": 2})
    ten = _get(client, {"q": "council", "per_page": 10})
    assert page1["total"] == page2["total"] == ten["total"] > 10
    assert page2["page"] == 2 and len(page2["hits"]) == 5
    assert {h["id"] for h in page1["hits"]}.isdisjoint(h["id"] for h in page2["hits"])
    assert [h["id"] for h in page1["hits"] + page2["hits"]] == [h["id"] for h in ten["hits"]]
    beyond = _get(client, {"q": "council", "per_page": 100, "page": 500})
    assert beyond["hits"] == [] and beyond["total"] == page1["total"]


def test_paragraph_with_neighbours(client):
    hit = _get(client, {"q": "Dyson", "per_page": 1})["hits"][0]
    paragraph = client.get(f"/api/paragraphs/{hit['id']}").get_json()
    assert {k: paragraph[k] for k in HIT_KEYS - {"snippet", "url"}} == {k: hit[k] for k in HIT_KEYS - {"snippet", "url"}}
    assert "snippet" not in paragraph
    assert paragraph["previous"] and paragraph["next"]
    assert client.get(f"/api/paragraphs/{paragraph['next']}").get_json()["previous"] == hit["id"]
    assert client.get(f"/api/paragraphs/{paragraph['previous']}").get_json()["next"] == hit["id"]
    first = client.get(f"/api/paragraphs/{hit['document_id']}-0").get_json()
    assert first["previous"] is None
    document = client.get(f"/api/documents/{hit['document_id']}").get_json()
    last = document["paragraphs"][-1]["id"]
    assert client.get(f"/api/paragraphs/{last}").get_json()["next"] is None
    for unknown in ("nope", f"{hit['document_id']}-999999", "%00", "a" * 3000):
        response = client.get(f"/api/paragraphs/{unknown}")
        assert response.status_code == 404 and response.is_json and response.get_json()["error"]
    response = client.get("/api/documents/nope")
    assert response.status_code == 404 and response.get_json()["error"]


def test_healthz(client, tmp_path):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "paragraphs": _get(client, {})["total"]}
    missing = create_app({"INDEX_DIR": str(tmp_path / "missing")}).test_client()
    assert missing.get("/healthz").status_code == 503
    response = missing.get("/api/search?q=x")
    assert response.status_code == 503 and response.get_json()["error"]


BAD = {
    "not a date": "from=2017-13-40",
    "not a day of the month": "to=2017-02-30",
    "words for a date": "from=yesterday",
    "huge page size": "per_page=10000",
    "zero page size": "per_page=0",
    "page size in words": "per_page=lots",
    "page zero": "page=0",
    "page far away": f"page={10**9}",
    "page with 5000 digits": "page=" + "9" * 5000,
    "query too long": "q=" + "a" * 20000,
    "NUL in query": "q=library%00closure",
    "NUL in a filter": "committee=Cabinet%00",
    "NUL in a date": "from=2017-01-01%00",
    "unknown kind": "kind=speeches",
    "unknown sort": "sort=best",
    "bad year": "year=20x5",
    "nesting 3000 deep": "q=" + "(" * 3000 + "x" + ")" * 3000,
    "nesting 30 deep": "q=" + "(" * 30 + "x" + ")" * 30,
    "from after to": "from=2020-01-02&to=2020-01-01",
}


@pytest.mark.parametrize("query", BAD.values(), ids=BAD.keys())
def test_bad_parameters_get_400_with_a_reason(client, query):
    response = client.get("/api/search?" + query)
    assert response.status_code == 400
    assert response.is_json and isinstance(response.get_json()["error"], str) and response.get_json()["error"]


def test_unknown_parameters_are_ignored(client):
    plain = _get(client, {"q": "children", "per_page": 5})
    noisy = _get(client, {"q": "children", "per_page": 5, "colour": "blue", "callback": "x", "format": "xml"})
    assert plain == noisy


@pytest.mark.parametrize("typo, word", [("hospitl", "hospital"), ("childen", "children")])
def test_a_misspelt_word_suggests_the_word_as_printed_not_its_stem(client, typo, word):
    strict = client.get(f"/api/search?q={typo}&match=all").get_json()
    assert strict["total"] == 0 and strict["suggestion"] == word and strict["matching"] == "all"
    # Without match=all the correction is run, and the answer says so.
    data = client.get(f"/api/search?q={typo}").get_json()
    assert data["matching"] == "corrected" and data["corrected_query"] == word
    assert data["total"] == client.get(f"/api/search?q={word}").get_json()["total"] > 0


def test_suggestions_learn_words_from_documents_added_later(tmp_path, seeds_copy):
    from conftest import _testing_app
    from indexer.build import build

    index_dir = tmp_path / "index"
    build([str(seeds_copy)], str(index_dir), workers=1)
    client = _testing_app(index_dir).test_client()
    assert client.get("/api/search?q=xylophonist").get_json()["suggestion"] is None
    (seeds_copy / "music.txt").write_text("The xylophonists asked for a rehearsal room in the village hall.\n", encoding="utf-8")
    build([str(seeds_copy)], str(index_dir), workers=1)
    client = _testing_app(index_dir).test_client()  # a worker that has seen the new commit
    assert client.get("/api/search?q=xylophonist").get_json()["total"] == 1
    data = client.get("/api/search?q=xylophonitss&match=all").get_json()
    assert data["total"] == 0 and data["suggestion"] == "xylophonists"


def test_replaced_paragraphs_are_not_found_or_counted(tmp_path, seeds_copy):
    from conftest import _testing_app
    from indexer.build import build

    index_dir = tmp_path / "index"
    notes = seeds_copy / "notes.txt"
    notes.write_text("".join(f"The zeppelin museum bid {n} asked for a grant.\n\n" for n in range(5)), encoding="utf-8")
    build([str(seeds_copy)], str(index_dir), workers=1)
    before = _testing_app(index_dir).test_client().get("/api/search?q=zeppelin").get_json()
    assert before["total"] == 5
    # Three paragraphs stay; the old five stay on disk, marked deleted, in the older segment.
    notes.write_text("".join(f"The zeppelin museum bid {n} asked for a grant.\n\n" for n in range(3)) + "The airship hangar lease was renewed.\n", encoding="utf-8")
    build([str(seeds_copy)], str(index_dir), workers=1)
    client = _testing_app(index_dir).test_client()
    for query in ("zeppelin", '"zeppelin museum"', "zeppel*", "zeppelin grant"):
        # match=all: strict, so "zeppelin grant" is not widened to paragraphs with one of the words
        data = client.get("/api/search", query_string={"q": query, "match": "all"}).get_json()
        assert data["total"] == 3, query
        assert sum(f["count"] for f in data["facets"]["kind"]) == 3, query
        assert len(data["hits"]) == 3, query
    assert client.get("/api/search?q=airship").get_json()["total"] == 1


def test_paragraph_links_quote_ids_as_flask_routing_does(app):
    """Links are built from the route once per request; any id comes out as url_for would make it."""
    from urllib.parse import urlencode

    from flask import url_for

    from search_service.present import paragraph_url

    for script_root in ("", "/search"):
        with app.test_request_context("/api/search", base_url=f"http://localhost{script_root}"):
            for document_id in ("bench0001093", "a b/c%d", "café£", "x?y#z", "DOCUMENT-ID-SLOT"):
                fields = {"document_id": document_id, "id": f"{document_id}-3"}
                expected = url_for("views.document", document_id=document_id) + "?" + urlencode({"p": fields["id"], "q": "a&b"}) + "#" + fields["id"]
                assert paragraph_url(fields, "a&b") == expected
                assert paragraph_url(fields).startswith(script_root + "/documents/")
