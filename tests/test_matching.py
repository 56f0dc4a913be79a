"""Plain words are matched as people expect: all of them when that finds enough, else most of them; UK and US spellings are one word; a misspelling that finds nothing is corrected and says so."""
from __future__ import annotations

import json

import pytest

from search_service import create_app
from indexer.build import build

MINUTES = {
    "allotments.txt": (
        "Minutes of Testford Parish Council\n\n"
        "1. The allotment rent for 2025 will be 45 pounds a plot a year, payable to the clerk.\n\n"
        "2. Anti-social behaviour at the recreation ground was reported to the police.\n\n"
        "3. The devolution priority programme was noted.\n\n"
        "4. The street lights on Church Lane will be switched off at midnight from April.\n\n"
        "5. The cemetery fees were reviewed and left unchanged.\n"
    ),
    "other.txt": (
        "Minutes of Otherton Parish Council\n\n"
        "1. The rent of the village hall was agreed.\n\n"
        "2. The parish council discussed the lights in the bus shelter.\n\n"
        "3. Neighbourhood plan consultation responses were received from residents.\n"
    ),
}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    docs = tmp_path_factory.mktemp("matching-docs")
    for name, text in MINUTES.items():
        (docs / name).write_text(text, encoding="utf-8")
        (docs / name.replace(".txt", ".meta.json")).write_text(json.dumps({"council": "Testford Parish Council", "date": "2025-03-03"}))
    index_dir = tmp_path_factory.mktemp("matching-index") / "index"
    assert not build([str(docs)], str(index_dir), isolated=False).failed
    return create_app({"INDEX_DIR": str(index_dir)}).test_client()


def search(client, **params):
    response = client.get("/api/search", query_string=params)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def texts(answer) -> list[str]:
    return [hit["text"] for hit in answer["hits"]]


def test_a_question_typed_as_words_finds_the_answer_first(client):
    answer = search(client, q="how much does it cost to rent an allotment")
    assert answer["total"] > 0 and "allotment rent" in texts(answer)[0]
    assert answer["matching"] in ("all", "partial")


def test_when_no_paragraph_holds_every_word_the_ones_holding_most_rank_by_how_many(client):
    answer = search(client, q="parish council switch off street lights midnight")
    assert answer["matching"] == "partial" and answer["total"] > 0
    assert "Church Lane" in texts(answer)[0]  # holds the most of the words
    strict = search(client, q="parish council switch off street lights midnight", match="all")
    assert strict["matching"] == "all" and strict["total"] == 0


def test_us_spellings_find_uk_paragraphs(client):
    for typed, printed in (("anti-social behavior", "behaviour"), ("devolution priority program", "programme"), ("neighborhood plan", "Neighbourhood")):
        answer = search(client, q=typed)
        assert answer["total"] >= 1 and printed in texts(answer)[0], typed
        assert answer["matching"] == "all"


def test_a_misspelling_that_finds_nothing_shows_the_correction_and_says_so(client):
    answer = search(client, q="cemetary")
    assert answer["matching"] == "corrected" and answer["corrected_query"] == "cemetery"
    assert answer["total"] == 1 and "cemetery fees" in texts(answer)[0]
    page = client.get("/?q=cemetary").get_data(as_text=True)
    assert "results for <strong>cemetery</strong>" in page and "match=all" in page


def test_match_all_keeps_strict_boolean_search(client):
    answer = search(client, q="cemetary", match="all")
    assert answer["total"] == 0 and answer["matching"] == "all" and answer["corrected_query"] is None
    assert answer["suggestion"] == "cemetery"  # offered, not run


def test_explicit_operators_are_never_relaxed(client):
    answer = search(client, q="allotment AND hall")
    assert answer["total"] == 0 and answer["matching"] == "all"


def test_every_hit_names_its_document(client):
    answer = search(client, q="rent")
    assert answer["hits"] and all(hit["document_title"] for hit in answer["hits"])


def test_a_bad_match_value_is_a_400(client):
    assert client.get("/api/search?q=rent&match=some").status_code == 400


def test_an_abbreviation_finds_what_it_stands_for(client):
    answer = search(client, q="ASB recreation ground")
    assert answer["total"] >= 1 and "Anti-social behaviour" in texts(answer)[0]


def test_an_abbreviation_that_is_an_everyday_word_expands_only_in_capitals(client):
    from engine.abbreviations import expansion

    assert expansion("SEND") and expansion("send") is None and expansion("asb") == "anti-social behaviour"


def test_a_misspelt_word_beside_a_known_one_is_corrected_before_the_other_word_answers_alone(client):
    # "cemetary fees": "fees" alone would answer (partial matching) but the reader meant the cemetery fees.
    answer = search(client, q="cemetary fees")
    assert answer["matching"] == "corrected" and answer["corrected_query"] == "cemetery fees"
    assert answer["total"] == 1 and "cemetery fees" in texts(answer)[0]


def test_a_correction_that_does_not_find_every_word_leaves_partial_matching(client):
    # "zzqv" has no close word: partial matching stays, and no correction is claimed.
    answer = search(client, q="bus shelter lights zzqv")
    assert answer["matching"] == "partial" and answer["corrected_query"] is None
    assert "bus shelter" in texts(answer)[0]


def test_partial_results_for_a_misspelling_offer_the_correction(client):
    # "cemetary lights": no paragraph holds both "cemetery" and "lights", so the correction is offered, not run.
    answer = search(client, q="cemetary lights")
    assert answer["matching"] == "partial" and answer["suggestion"] == "cemetery lights"
    page = client.get("/?q=cemetary+lights").get_data(as_text=True)
    assert 'class="suggestion"' in page and "cemetery lights" in page
