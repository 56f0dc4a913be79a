"""Member pages (/members and /api/members) and motion cards on the document page, against hand-written motions."""
from __future__ import annotations

from collections import Counter
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from motions_data import EXPECTED, KENT, PARISH, build_index, names, roles
from search_service import create_app

ALL_NAMES = sorted({n for m in EXPECTED for n in names(m)})
ROLE_TEXT = {"proposed": "Proposed", "seconded": "Seconded", "for": "Voted for", "against": "Voted against", "abstain": "Abstained"}
ROLE_ORDER = list(ROLE_TEXT)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    index_dir = build_index(tmp_path_factory.mktemp("members") / "index")
    return create_app({"INDEX_DIR": str(index_dir)}).test_client()


def _theirs(name: str, council: str | None) -> list[dict]:
    return [m for m in EXPECTED if roles(m, name) and (council is None or m["council"] == council)]


@pytest.mark.parametrize("council", [None, KENT, PARISH])
def test_member_json_lists_everything_they_did_newest_first(client, council):
    for name in ALL_NAMES:
        params = {"name": name, **({"council": council} if council else {})}
        answer = client.get("/api/members", query_string=params).get_json()
        expected = _theirs(name, council)
        assert answer["name"] == name and answer["council"] == council and answer["total"] == len(expected)
        assert [m["id"] for m in answer["motions"]] == [m["id"] for m in expected], name
        for shown, motion in zip(answer["motions"], expected):
            assert shown["roles"] == [r for r in ROLE_ORDER if r in roles(motion, name)]
            assert shown["url"].endswith("#" + motion["paragraphs"][0])
        assert answer["counts"] == {r: sum(1 for m in expected if r in roles(m, name)) for r in ROLE_ORDER}


def test_member_page_links_each_motion_to_its_paragraph_with_the_role(client):
    for name in ALL_NAMES:
        response = client.get("/members", query_string={"name": name})
        assert response.status_code == 200
        soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
        assert soup.h1.get_text(strip=True) == name
        entries = soup.select("li.member-motion")
        expected = _theirs(name, None)
        assert len(entries) == len(expected), name
        for entry, motion in zip(entries, expected):
            link = entry.select_one("h2 a")["href"]
            assert urlsplit(link).path == f"/documents/{motion['document_id']}" and urlsplit(link).fragment == motion["paragraphs"][0]
            where = entry.select_one("p.where").get_text(" ", strip=True)
            for role in ROLE_ORDER:
                assert (ROLE_TEXT[role] in where.split(" · ")[0]) == (role in roles(motion, name)), (name, motion["id"], where)
            assert motion["text"] in entry.get_text(" ", strip=True)
        tally = [li.get_text(strip=True) for li in soup.select("ul.member-tally li")]
        assert tally == [f"{ROLE_TEXT[r]}: {sum(1 for m in expected if r in roles(m, name))}" for r in ROLE_ORDER]


def test_the_same_name_in_another_council_is_kept_apart(client):
    kent = client.get("/api/members", query_string={"name": "Jane Dean", "council": KENT}).get_json()
    parish = client.get("/api/members", query_string={"name": "Jane Dean", "council": PARISH}).get_json()
    assert {m["id"] for m in kent["motions"]} == {"cab-m1", "kcc-m0", "kcc-m1"}
    assert [m["id"] for m in parish["motions"]] == ["und-m0"]


def test_member_page_pages(client):
    first = client.get("/api/members", query_string={"name": "Jane Dean", "per_page": 2}).get_json()
    second = client.get("/api/members", query_string={"name": "Jane Dean", "per_page": 2, "page": 2}).get_json()
    assert [m["id"] for m in first["motions"] + second["motions"]] == [m["id"] for m in _theirs("Jane Dean", None)]
    html = client.get("/members", query_string={"name": "Jane Dean", "per_page": 2}).get_data(as_text=True)
    assert 'rel="next"' in html


def test_an_unknown_member_has_an_empty_page(client):
    response = client.get("/members", query_string={"name": "Nobody Known"})
    assert response.status_code == 200 and "No motion in the index names Nobody Known" in response.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/members", "/api/members"])
@pytest.mark.parametrize("params", [{}, {"name": "  "}, {"name": "x" * 201}, {"name": "Jane", "page": "0"}, {"name": "Jane", "per_page": "500"}])
def test_member_bad_parameters_are_400(client, path, params):
    response = client.get(path, query_string=params)
    assert response.status_code == 400
    if path.startswith("/api/"):
        assert response.get_json()["error"]


def _cards(client, document_id: str) -> dict[str, BeautifulSoup]:
    soup = BeautifulSoup(client.get(f"/documents/{document_id}").get_data(as_text=True), "html.parser")
    return {card["id"].removeprefix("motion-"): card for card in soup.select("div.motion-card")}


def _facts(card) -> dict[str, object]:
    return {dt.get_text(strip=True): dt.find_next_sibling("dd") for dt in card.select("dt")}


def test_document_page_shows_a_card_for_each_motion_before_its_first_paragraph(client):
    for document_id in ("kcc", "cab", "par", "und"):
        cards = _cards(client, document_id)
        expected = [m for m in EXPECTED if m["document_id"] == document_id]
        assert set(cards) == {m["id"] for m in expected}
        for motion in expected:
            card = cards[motion["id"]]
            following = card.find_next_sibling("div", class_="para")
            assert following["id"] == motion["paragraphs"][0]
            facts = _facts(card)
            for role, label in (("proposer", "Proposed by"), ("seconder", "Seconded by")):
                shown = facts[label]
                if motion[role]:
                    link = shown.find("a")
                    assert link.get_text() == motion[role]
                    query = parse_qs(urlsplit(link["href"]).query)
                    assert urlsplit(link["href"]).path == "/members" and query == {"name": [motion[role]], "council": [motion["council"]]}
                else:
                    assert shown.get_text(strip=True) == "not recorded"
            outcome = facts["Outcome"].get_text(strip=True)
            assert outcome == "not recorded" if motion["outcome"] is None else outcome.lower().startswith(motion["outcome"])
            assert ("(unanimous)" in outcome) == bool(motion["unanimous"])
            vote = facts["Vote"]
            recorded = any(v is not None for v in motion["counts"].values()) or any(motion["votes"].values())
            if not recorded:
                assert vote.get_text(strip=True) == "not recorded"  # never inferred, even from "unanimously"
                continue
            lines = {li.get_text(" ", strip=True).split(":")[0].split(" (")[0]: li for li in vote.select("li")}
            for side, title in (("for", "For"), ("against", "Against"), ("abstain", "Abstain")):
                line = lines[title]
                text = line.get_text(" ", strip=True)
                count = motion["counts"][side]
                assert (f"{title} ({count})" in text) if count is not None else ("(" not in text.split(":")[0])
                assert [a.get_text() for a in line.select("a")] == motion["votes"][side]
                if count is None and not motion["votes"][side]:
                    assert text.endswith("not recorded")


def test_card_counts_that_are_not_recorded_say_so(client):
    card = _cards(client, "und")["und-m1"]
    lines = [li.get_text(" ", strip=True) for li in _facts(card)["Vote"].select("li")]
    assert lines == ["For (5): names not recorded", "Against: not recorded", "Abstain: not recorded"]


def test_a_document_without_motions_has_no_card(client, tmp_path):
    from motions_data import documents

    plain = documents()[2]
    plain.document_id, plain.motions = "plain", []
    index_dir = build_index(tmp_path / "index", [plain])
    page = create_app({"INDEX_DIR": str(index_dir)}).test_client().get("/documents/plain").get_data(as_text=True)
    assert 'class="motion-card"' not in page


def test_member_facet_names_open_member_pages(client):
    """Every name on every card opens a member page listing that card's motion."""
    seen = Counter()
    for document_id in ("kcc", "cab", "par", "und"):
        for motion_id, card in _cards(client, document_id).items():
            for link in card.select("a[href^='/members']"):
                seen[link.get_text()] += 1
                listed = client.get("/api/members?" + urlsplit(link["href"]).query).get_json()
                assert motion_id in {m["id"] for m in listed["motions"]}
    assert set(seen) == set(ALL_NAMES)


def test_member_page_links_to_what_they_said(client):
    soup = BeautifulSoup(client.get("/members", query_string={"name": "Jane Dean", "council": KENT}).get_data(as_text=True), "html.parser")
    link = soup.find("a", string="Paragraphs where Jane Dean speaks")["href"]
    found = client.get("/api/search?" + urlsplit(link).query).get_json()
    # The hand-written speakers: Mrs Dean speaks in kcc-3 and cab-2.
    assert {hit["id"] for hit in found["hits"]} == {"kcc-3", "cab-2"}


@pytest.mark.parametrize("path", ["/api/motions", "/api/members?name=Jane", "/members?name=Jane"])
def test_no_index_is_a_503_not_a_crash(tmp_path, path):
    response = create_app({"INDEX_DIR": str(tmp_path / "missing")}).test_client().get(path)
    assert response.status_code == 503
    if path.startswith("/api/"):
        assert response.get_json()["error"]
