"""Relevance order for plain words: fragments, contents lines, repeats and one item's run of minutes give way to paragraphs that answer.

Each case is a small index of hand-written paragraphs where a reader can say which paragraph should
come first; each also checks that BM25 alone (SEARCH_RERANK_WINDOW=0) orders them the other way,
so the test shows the ranking layer doing the work.
"""
from __future__ import annotations

from datetime import date

import pytest

from engine.writer import open_session
from indexer.model import Document, Paragraph
from search_service import create_app

FILLER = "The committee received the report and asked officers to bring back further details at the next meeting in the spring."


def _document(doc_id: str, paragraphs: list[tuple[str, str | None, str | None]], title: str | None = None) -> Document:
    doc = Document(document_id=doc_id, path=f"/t/{doc_id}.txt", relpath=f"{doc_id}.txt", format="text", content_hash=doc_id,
                   title=title or f"Minutes {doc_id}", council="Testford Parish Council", committee="Full Council", date=date(2025, 3, 3))
    doc.paragraphs = [Paragraph(text=text, position=i, item_number=number, item_title=title_, kind="minutes", council=doc.council,
                                committee=doc.committee, date=doc.date) for i, (text, number, title_) in enumerate(paragraphs)]
    return doc


@pytest.fixture(scope="module")
def clients(tmp_path_factory):
    index_dir = tmp_path_factory.mktemp("ranking") / "index"
    documents = [
        _document("frag", [
            ("Grass Cutting.", "4", "Grass Cutting"),
            ("Classification: Unrestricted", None, None),
            ("Armed Forces Covenant signing .................... 8", None, None),
        ]),
        _document("answers", [
            ("The contractor will carry out grass cutting on the playing field every two weeks from April to October, at a cost of "
             "45 pounds a visit, and the verges will be cut twice a year after the bird nesting season has ended.", "9", "Open spaces"),
            ("The Leader signed the Armed Forces Covenant on behalf of the council, committing it to support serving personnel, "
             "veterans and their families in housing, employment and access to local services across the county.", "11", "Veterans"),
        ]),
        # One agenda item's long run of minutes, all about the same thing, and one other item about it too.
        _document("run", [(f"Speed watch volunteers recorded speeding vehicles {where}; speeding speeding speed watch data "
                           f"{then}. {FILLER}", "7", "Speed watch")
                          for where, then in (("on the high street in March", "was passed to the police"),
                                              ("near the primary school gates", "went to the safer neighbourhood team"),
                                              ("outside the church on Sunday mornings", "will be shared with the county"),
                                              ("by the bus shelter at dusk", "shows fewer drivers over forty"),
                                              ("along the bypass slip road", "prompted a letter to highways"),
                                              ("at the village hall crossing", "is published on the noticeboard"))]
                  + [("Residents asked about speeding on the school road; the council will ask the police for a speed watch there. "
                      + FILLER, "12", "Highways")]),
        # The same minute printed in an agenda pack (as the last meeting's minutes) and in the minutes themselves.
        _document("agenda", [("The parish council agreed to buy a new defibrillator cabinet for the village hall at a cost of 900 pounds, "
                              "funded from the reserves. " + FILLER, "3", "Minutes of the last meeting")]),
        _document("minutes", [("The parish council agreed to buy a new defibrillator cabinet for the village hall at a cost of 900 pounds, "
                               "funded from the reserves. " + FILLER, "5", "Defibrillator")]),
        _document("other", [("A resident asked whether the defibrillator at the shop is registered with the ambulance service; "
                             "the clerk will check the registration and report back. " + FILLER, "6", "Questions from the public")]),
        # Typed form and titles.
        _document("forms", [
            ("The county's programmes of highway works were noted by members of the parish council. " + FILLER, "2", "Correspondence"),
            ("The county's programme of highway works was noted by members of the parish council. " + FILLER, "3", "Correspondence"),
        ]),
        _document("titles", [
            ("The clerk reported that rents are due on the first of October and reminders will be sent. " + FILLER, "8", "Allotments"),
            ("The clerk reported that rents are due on the first of October and invoices will be posted. " + FILLER, "9", "Village hall"),
        ]),
    ]
    with open_session(str(index_dir)) as session:
        for document in documents:
            session.replace(document)
    reranked = create_app({"INDEX_DIR": str(index_dir)}).test_client()
    bm25 = create_app({"INDEX_DIR": str(index_dir), "RERANK_WINDOW": 0}).test_client()
    return reranked, bm25


def _ids(client, q: str, **params) -> list[str]:
    response = client.get("/api/search", query_string={"q": q, **params})
    assert response.status_code == 200
    return [hit["id"] for hit in response.get_json()["hits"]]


def test_a_two_word_fragment_ranks_below_a_paragraph_that_answers(clients):
    reranked, bm25 = clients
    assert _ids(bm25, "grass cutting")[0] == "frag-0"  # BM25 alone puts the heading-like fragment first
    assert _ids(reranked, "grass cutting")[0] == "answers-0"


def test_a_contents_line_ranks_below_the_section_it_points_to(clients):
    reranked, bm25 = clients
    assert _ids(bm25, "armed forces covenant signing")[0] == "frag-2"
    assert _ids(reranked, "armed forces covenant signing")[0] == "answers-1"


def test_a_repeated_paragraph_shows_once_with_also_in(clients):
    reranked, bm25 = clients
    assert set(_ids(bm25, "defibrillator cabinet")[:2]) == {"agenda-0", "minutes-0"}
    answer = reranked.get("/api/search", query_string={"q": "defibrillator cabinet"}).get_json()
    ids = [hit["id"] for hit in answer["hits"]]
    assert len({"agenda-0", "minutes-0"} & set(ids)) == 1 and "other-0" in ids[:2]
    shown = next(hit for hit in answer["hits"] if hit["id"] in ("agenda-0", "minutes-0"))
    (twin,) = {"agenda-0", "minutes-0"} - {shown["id"]}
    assert [place["id"] for place in shown["also_in"]] == [twin]
    assert shown["also_in"][0]["url"].endswith("#" + twin) and answer["total"] == 3 and answer["folded"] == 1
    page = reranked.get("/", query_string={"q": "defibrillator cabinet"}).get_data(as_text=True)
    assert "Also in:" in page and "1 printed again elsewhere" in page


def test_a_quoted_phrase_is_ordered_for_reading_too(clients):
    reranked, bm25 = clients
    assert set(_ids(bm25, '"defibrillator cabinet"')[:2]) == {"agenda-0", "minutes-0"}
    assert len({"agenda-0", "minutes-0"} & set(_ids(reranked, '"defibrillator cabinet"'))) == 1
    assert _ids(reranked, '"grass cutting"')[0] == "answers-0"


def test_one_items_run_of_minutes_leaves_room_for_another_item(clients):
    reranked, bm25 = clients
    assert "run-6" not in _ids(bm25, "speed watch speeding")[:3]
    answer = reranked.get("/api/search", query_string={"q": "speed watch speeding"}).get_json()
    top = [hit["id"] for hit in answer["hits"]][:3]
    assert "run-6" in top and sum(hit.startswith("run-") and hit != "run-6" for hit in top) == 2
    # The item's second paragraph shown says how many more of the item come later.
    second = [hit for hit in answer["hits"] if hit["id"].startswith("run-") and hit["id"] != "run-6"][1]
    assert second["more_in_item"] == 4


def test_a_word_printed_as_typed_ranks_above_its_other_forms(clients):
    reranked, _ = clients
    assert _ids(reranked, "programme highway works")[0] == "forms-1"
    assert _ids(reranked, "programmes highway works")[0] == "forms-0"


def test_an_item_titled_by_the_query_words_ranks_first(clients):
    reranked, _ = clients
    assert _ids(reranked, "allotment rents")[0] == "titles-0"


def test_the_order_changes_but_not_what_is_found(clients):
    reranked, bm25 = clients
    for q in ("speed watch speeding", "defibrillator", "grass cutting", "council"):
        a = reranked.get("/api/search", query_string={"q": q, "per_page": 100}).get_json()
        b = bm25.get("/api/search", query_string={"q": q, "per_page": 100}).get_json()
        assert a["total"] == b["total"] and a["facets"] == b["facets"]
        # Every paragraph found is listed once: as a hit, or under the hit it repeats ("also in").
        listed = [h["id"] for h in a["hits"]] + [place["id"] for h in a["hits"] for place in h["also_in"]]
        assert sorted(listed) == sorted(h["id"] for h in b["hits"])
        assert a["folded"] == sum(len(h["also_in"]) for h in a["hits"])


def test_strict_search_keeps_bm25_order(clients):
    reranked, bm25 = clients
    assert _ids(reranked, "grass cutting", match="all") == _ids(bm25, "grass cutting", match="all")


def test_a_phrase_with_words_relaxes_like_words(clients):
    reranked, _ = clients
    strict = reranked.get("/api/search", query_string={"q": '"defibrillator cabinet" ambulance', "match": "all"}).get_json()
    assert strict["total"] == 0 and strict["matching"] == "all"
    relaxed = reranked.get("/api/search", query_string={"q": '"defibrillator cabinet" ambulance'}).get_json()
    assert relaxed["matching"] == "partial" and relaxed["total"] == 3
    listed = {h["id"] for h in relaxed["hits"]} | {p["id"] for h in relaxed["hits"] for p in h["also_in"]}
    assert listed == {"agenda-0", "minutes-0", "other-0"}
    # The phrase stays a phrase: its words apart do not count as it.
    apart = reranked.get("/api/search", query_string={"q": '"cabinet defibrillator" ambulance'}).get_json()
    assert {h["id"] for h in apart["hits"]} == {"other-0"}
