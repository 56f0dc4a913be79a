"""GET /api/motions against hand-written motions: every filter by brute force, totals, paging, facets, 400s, re-indexing, prune, relink."""
from __future__ import annotations

import itertools
import random
from collections import Counter
from datetime import date

import pytest

from engine.writer import open_session
from indexer.relink import _stored_document
from motions_data import EXPECTED, KENT, PARISH, build_index, documents, names, roles
from search_service import create_app

ALL_NAMES = sorted({n for m in EXPECTED for n in names(m)})


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    index_dir = build_index(tmp_path_factory.mktemp("motions") / "index")
    return create_app({"INDEX_DIR": str(index_dir)}).test_client()


def _get(client, params, status=200):
    response = client.get("/api/motions", query_string=params)
    assert response.status_code == status, (params, response.get_json())
    return response.get_json()


def _passes(motion: dict, params: dict, without: str | None = None) -> bool:
    """The documented meaning of each filter, applied to the hand-written facts."""
    if params.get("council") and without != "council" and motion["council"] != params["council"]:
        return False
    if params.get("committee") and motion["committee"] != params["committee"]:
        return False
    if params.get("outcome") and without != "outcome" and motion["outcome"] != params["outcome"]:
        return False
    if params.get("document_id") and motion["document_id"] != params["document_id"]:
        return False
    if params.get("member") and without != "member":
        taken = roles(motion, params["member"])
        if not taken or (params.get("vote") and params["vote"] not in taken):
            return False
    if params.get("from") and (motion["date"] is None or motion["date"] < params["from"]):
        return False
    if params.get("to") and (motion["date"] is None or motion["date"] > params["to"]):
        return False
    return True


def _facet(values: Counter) -> list[dict]:
    return [{"value": v, "count": n} for v, n in sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))]


def _check(client, params: dict) -> None:
    if params.get("from") and params.get("to") and params["from"] > params["to"]:
        assert "from" in _get(client, params, status=400)["error"]
        return
    answer = _get(client, {**params, "per_page": 100})
    expected = [m for m in EXPECTED if _passes(m, params)]
    assert answer["total"] == len(expected), params
    assert [m["id"] for m in answer["motions"]] == [m["id"] for m in expected], params
    outcomes = Counter(m["outcome"] for m in EXPECTED if m["outcome"] and _passes(m, params, without="outcome"))
    members = Counter(n for m in EXPECTED if _passes(m, params, without="member") for n in names(m))
    assert answer["facets"] == {"outcome": _facet(outcomes), "member": _facet(members)}, params


def test_every_motion_as_written_by_hand(client):
    answer = _get(client, {"per_page": 100})
    assert answer["total"] == len(EXPECTED) and answer["page"] == 1 and answer["per_page"] == 100
    for shown, expected in zip(answer["motions"], EXPECTED):
        url = shown.pop("url")
        assert shown == expected
        # The url opens the document page at the motion's first paragraph.
        path, _, fragment = url.partition("#")
        assert path.startswith(f"/documents/{expected['document_id']}?") and fragment == expected["paragraphs"][0]
        page = client.get(url)
        assert page.status_code == 200 and f'id="{fragment}"' in page.get_data(as_text=True)


FILTER_VALUES = {
    "council": [None, KENT, PARISH, "Nowhere Council"],
    "committee": [None, "Cabinet", "County Council"],
    "outcome": [None, "carried", "lost", "deferred", "accepted", "withdrawn"],
    "document_id": [None, "kcc", "und"],
    "from": [None, "2025-01-01", "2025-02-13"],
    "to": [None, "2025-02-13", "2024-12-31"],
}
MEMBER_VOTES = [(None, None)] + [(n, v) for n in [*ALL_NAMES, "jane dean", "Nobody Known"] for v in (None, "proposed", "seconded", "for", "against", "abstain")]


def test_each_filter_alone_and_in_pairs(client):
    singles = [{k: v} for k, values in FILTER_VALUES.items() for v in values if v] + [
        {"member": n, **({"vote": v} if v else {})} for n, v in MEMBER_VOTES if n]
    for params in singles:
        _check(client, params)
    for a, b in itertools.combinations(FILTER_VALUES, 2):
        for va in FILTER_VALUES[a]:
            for vb in FILTER_VALUES[b]:
                _check(client, {k: v for k, v in ((a, va), (b, vb)) if v})


def test_random_combinations_of_every_filter(client):
    chooser = random.Random(15)
    for _ in range(300):
        params = {name: chooser.choice(values) for name, values in FILTER_VALUES.items()}
        member, vote = chooser.choice(MEMBER_VOTES)
        params.update(member=member, vote=vote)
        _check(client, {k: v for k, v in params.items() if v})


def test_a_member_matches_as_proposer_seconder_or_voter_and_vote_narrows_it(client):
    dean = _get(client, {"member": "Jane Dean", "per_page": 100})
    # Proposed cab-m1 and kcc-m1, voted against kcc-m0 and for kcc-m1, seconded und-m0 (another council).
    assert [m["id"] for m in dean["motions"]] == ["cab-m1", "kcc-m0", "kcc-m1", "und-m0"]
    against = _get(client, {"member": "Jane Dean", "vote": "against"})
    assert [m["id"] for m in against["motions"]] == ["kcc-m0"]
    in_kent = _get(client, {"member": "Jane Dean", "council": KENT, "vote": "proposed"})
    assert [m["id"] for m in in_kent["motions"]] == ["cab-m1", "kcc-m1"]


def test_paging_walks_every_motion_once_in_order(client):
    seen = []
    for page in range(1, 6):
        answer = _get(client, {"per_page": 2, "page": page})
        assert answer["total"] == len(EXPECTED) and answer["page"] == page and answer["per_page"] == 2
        seen += [m["id"] for m in answer["motions"]]
    assert seen == [m["id"] for m in EXPECTED]
    assert _get(client, {"per_page": 2, "page": 6})["motions"] == []
    assert _get(client, {})["per_page"] == 20


@pytest.mark.parametrize("params", [
    {"vote": "for"},  # vote without member
    {"member": "Jane Dean", "vote": "yes"},
    {"member": "Jane Dean", "vote": "FOR"},
    {"outcome": "passed"},
    {"per_page": "0"}, {"per_page": "101"}, {"per_page": "ten"}, {"page": "0"}, {"page": "-1"}, {"page": "501"},
    {"from": "2025-13-01"}, {"to": "yesterday"}, {"from": "2025-03-01", "to": "2025-02-01"},
    {"q": "x" * 1001}, {"q": "[a TO b]"}, {"q": "*"}, {"q": "relpath:x"},
    {"member": "x" * 201}, {"member": "a\x00b"}, {"document_id": [f"d{i}" for i in range(51)]}, {"council": ["a\x00"]},
])
def test_bad_parameters_are_400_with_a_reason(client, params):
    answer = _get(client, params, status=400)
    assert isinstance(answer["error"], str) and answer["error"]


@pytest.mark.parametrize("q", ["budget AND ((", "[a TO b]", "*", "nosuchfield:x", "relpath:x", "motions:x", "a" * 1001, "((((((((((((((((((((((x))))))))))))))))))))))", "hi*", '"unclosed'])
def test_a_query_is_refused_exactly_when_api_search_refuses_it(client, q):
    search = client.get("/api/search", query_string={"q": q, "match": "all"})
    motions = client.get("/api/motions", query_string={"q": q})
    assert motions.status_code == search.status_code, q
    if motions.status_code == 400:
        assert motions.get_json()["error"] == search.get_json()["error"]


def test_vote_without_member_says_why(client):
    assert "member" in _get(client, {"vote": "against"}, status=400)["error"]


@pytest.mark.parametrize("q,expected", [
    ("library closures", {"kcc-m1"}),
    # "Oakford" (the motion's paragraph) and "resolved" (its resolution paragraph): no paragraph holds both.
    ("oakford resolved", {"kcc-m0"}),
    ("budget NOT library", {"kcc-m0"}),
    ('"footpath be cleared"', {"par-m1"}),
    ("gough OR pickston", {"kcc-m0", "kcc-m1", "cab-m0", "par-m0", "par-m1"}),
    ("verges", {"und-m1"}),  # only in the motion's own text
    ("highway*", {"cab-m0", "und-m1"}),
    ("allotments", set()),  # a paragraph of no motion
])
def test_q_searches_a_motions_paragraphs_and_words(client, q, expected):
    answer = _get(client, {"q": q, "per_page": 100})
    assert {m["id"] for m in answer["motions"]} == expected
    assert [m["id"] for m in answer["motions"]] == [m["id"] for m in EXPECTED if m["id"] in expected]  # still newest first


def test_no_single_paragraph_holds_both_words(client):
    """What makes "oakford resolved" a motion-level match: /api/search finds no paragraph with both."""
    assert client.get("/api/search", query_string={"q": "oakford resolved", "match": "all"}).get_json()["total"] == 0


def test_q_with_filters_and_facets(client):
    answer = _get(client, {"q": "gough OR pickston", "council": KENT})
    assert {m["id"] for m in answer["motions"]} == {"kcc-m0", "kcc-m1", "cab-m0"}
    # The council filter applies to the outcome facet; the query too.
    assert answer["facets"]["outcome"] == [{"value": "carried", "count": 1}, {"value": "deferred", "count": 1}, {"value": "lost", "count": 1}]


def _ids(index_dir, params=None) -> list[str]:
    client = create_app({"INDEX_DIR": str(index_dir)}).test_client()
    return [m["id"] for m in client.get("/api/motions", query_string={"per_page": 100, **(params or {})}).get_json()["motions"]]


def test_reindexing_a_document_replaces_its_motions_and_prune_removes_them(tmp_path):
    index_dir = build_index(tmp_path / "index")
    assert _ids(index_dir, {"document_id": "kcc"}) == ["kcc-m0", "kcc-m1", "kcc-m2"]
    changed = documents()[0]
    changed.motions = changed.motions[1:2]  # the file changed: only the amendment is found now
    changed.motions[0].outcome = "carried"
    with open_session(str(index_dir)) as session:
        session.replace(changed)
    client = create_app({"INDEX_DIR": str(index_dir)}).test_client()
    kept = client.get("/api/motions", query_string={"document_id": "kcc"}).get_json()
    assert [(m["id"], m["type"], m["outcome"]) for m in kept["motions"]] == [("kcc-m0", "amendment", "carried")]
    assert client.get("/api/motions").get_json()["total"] == len(EXPECTED) - 2
    # The query sees the new motion's paragraphs (3 and 4), not the replaced ones' (2, 5, 6, 7).
    assert [m["id"] for m in client.get("/api/motions", query_string={"q": "oakford"}).get_json()["motions"]] == ["kcc-m0"]
    assert [m["id"] for m in client.get("/api/motions", query_string={"q": "resolved OR extended"}).get_json()["motions"]] == []
    # Its old outcome left the search facet with it.
    lost = client.get("/api/search", query_string={"outcome": "lost"}).get_json()
    assert lost["total"] == 0
    with open_session(str(index_dir)) as session:
        session.delete("kcc")
    assert "kcc" not in {i.split("-")[0] for i in _ids(index_dir)}
    assert len(_ids(index_dir)) == len(EXPECTED) - 3


def test_relinking_a_document_keeps_its_motions(tmp_path):
    """indexer/relink.py reads a stored document back and writes it again: its motions come back as written."""
    index_dir = build_index(tmp_path / "index")
    original = {doc.document_id: doc for doc in documents()}
    with open_session(str(index_dir)) as session:
        for doc_id in ("kcc", "und"):
            read_back = _stored_document(doc_id, session.stored_document(doc_id))
            wanted = original[doc_id].motions
            if doc_id == "und":
                wanted[1].positions = [0]  # no paragraph named: it was stored on the first
            assert read_back.motions == wanted
            for paragraph in read_back.paragraphs:
                paragraph.item_number, paragraph.item_title = "9", "Linked item"
            session.replace(read_back, count_words=False)
    client = create_app({"INDEX_DIR": str(index_dir)}).test_client()
    answer = client.get("/api/motions", query_string={"per_page": 100}).get_json()
    assert [m["id"] for m in answer["motions"]] == [m["id"] for m in EXPECTED]
    shown = {m["id"]: m for m in answer["motions"]}
    assert shown["kcc-m0"]["votes"] == EXPECTED[2]["votes"] and shown["kcc-m0"]["item_number"] == "5"  # the motion's own item stays
    assert shown["und-m0"]["item_number"] == "9"  # none of its own: its paragraph's, now linked


def _paragraph_outcomes() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for motion in EXPECTED:
        for paragraph in motion["paragraphs"]:
            if motion["outcome"]:
                found.setdefault(paragraph, set()).add(motion["outcome"])
    return found


def test_search_outcome_facet_and_filter(client):
    outcomes = _paragraph_outcomes()
    answer = client.get("/api/search", query_string={"per_page": 100}).get_json()
    expected = Counter(o for values in outcomes.values() for o in values)
    assert answer["facets"]["outcome"] == _facet(expected)
    for hit in answer["hits"]:
        assert set(hit["outcomes"]) == outcomes.get(hit["id"], set()), hit["id"]
    for outcome in expected:
        found = client.get("/api/search", query_string={"outcome": outcome, "per_page": 100}).get_json()
        assert {h["id"] for h in found["hits"]} == {p for p, values in outcomes.items() if outcome in values}
    both = client.get("/api/search", query_string={"outcome": ["lost", "deferred"], "per_page": 100}).get_json()
    assert {h["id"] for h in both["hits"]} == {"kcc-3", "kcc-4", "cab-1"}
    # Facet counts leave out the facet's own filter: choosing "lost" still offers the others.
    assert both["facets"]["outcome"] == _facet(expected)
    assert client.get("/api/search", query_string={"outcome": "maybe"}).status_code == 400


def test_search_page_offers_the_outcome_facet(client):
    html = client.get("/", query_string={"q": "approved"}).get_data(as_text=True)
    assert "Motion outcome" in html and "outcome=carried" in html
    chosen = client.get("/", query_string={"q": "amendment", "outcome": "lost"}).get_data(as_text=True)
    assert "Motion outcome: lost" in chosen
    # The amendment's two paragraphs (not und-0, whose amendment was accepted), each saying its motion's outcome.
    assert chosen.count('<li class="hit">') == 2 and chosen.count("<span class=\"meta-name\">Motion:</span> lost") == 2


def test_undated_motions_are_left_out_by_dates(client):
    answer = _get(client, {"to": date.today().isoformat(), "per_page": 100})
    assert all(m["date"] for m in answer["motions"]) and answer["total"] == sum(1 for m in EXPECTED if m["date"])


def test_openapi_describes_motions_and_members_and_real_answers_match(client):
    from test_openapi import check

    spec = client.get("/api/openapi.json").get_json()
    operation = spec["paths"]["/api/motions"]["get"]
    # Every parameter INTERFACE.md names, and no other.
    assert {p["name"] for p in operation["parameters"]} == {"q", "council", "committee", "member", "vote", "outcome", "from", "to",
                                                            "document_id", "page", "per_page"}
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert set(schema["properties"]["motions"]["items"]["required"]) == set(EXPECTED[0]) | {"url"}
    for params in ({"per_page": 100}, {"member": "Jane Dean", "vote": "for"}, {"q": "highway*"}):
        check(client.get("/api/motions", query_string=params).get_json(), schema)
    check(client.get("/api/motions?vote=for").get_json(), operation["responses"]["400"]["content"]["application/json"]["schema"])
    members = spec["paths"]["/api/members"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    check(client.get("/api/members", query_string={"name": "Mark Hood"}).get_json(), members)
    search = spec["paths"]["/api/search"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    check(client.get("/api/search", query_string={"per_page": 100}).get_json(), search)
    docs = client.get("/api/docs").get_data(as_text=True)
    assert "/api/motions" in docs and "/api/members" in docs


def test_an_index_without_motions_answers_empty(tmp_path):
    docs = documents()
    for doc in docs:
        doc.motions = []
    index_dir = build_index(tmp_path / "index", docs)
    client = create_app({"INDEX_DIR": str(index_dir)}).test_client()
    assert client.get("/api/motions").get_json() == {"total": 0, "page": 1, "per_page": 20, "motions": [], "facets": {"outcome": [], "member": []}}
    assert client.get("/api/motions", query_string={"q": "budget", "member": "Jane Dean"}).get_json()["total"] == 0
    assert all(hit["outcomes"] == [] for hit in client.get("/api/search").get_json()["hits"])


def test_the_parallel_writer_stores_motions_too(tmp_path):
    """indexer build --workers N writes through Whoosh's multi-process writer."""
    index_dir = tmp_path / "index"
    with open_session(str(index_dir), writers=2) as session:
        for doc in documents():
            session.replace(doc)
    client = create_app({"INDEX_DIR": str(index_dir)}).test_client()
    answer = client.get("/api/motions", query_string={"per_page": 100}).get_json()
    assert [{k: v for k, v in m.items() if k != "url"} for m in answer["motions"]] == EXPECTED


def test_a_followed_search_keeps_its_outcome_filter():
    from werkzeug.datastructures import MultiDict

    from search_service.alerts.searches import canonical, describe, request_of
    from search_service.settings import load_settings

    settings = load_settings()
    followed = canonical(MultiDict([("q", "budget"), ("outcome", "lost"), ("outcome", "carried")]), settings)
    assert request_of(followed, settings).outcome == ["carried", "lost"]
    assert describe(followed) == "budget (motion outcome: carried; motion outcome: lost)"


def test_a_query_over_the_time_limit_is_a_400(tmp_path):
    index_dir = build_index(tmp_path / "index")
    client = create_app({"INDEX_DIR": str(index_dir), "SEARCH_TIME_LIMIT": 0.0}).test_client()
    response = client.get("/api/motions", query_string={"q": "budget OR library"})
    assert response.status_code == 400 and "longer than" in response.get_json()["error"]
