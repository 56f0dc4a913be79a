"""A person's name typed as words finds what they said (and where the text prints the name), although minutes call them "Mr Gough", and offers them as a speaker filter."""
from __future__ import annotations

from datetime import date

from engine.writer import open_session
from indexer.model import Document, Paragraph
from search_service import create_app


def _client(tmp_path):
    doc = Document(document_id="m", path="/t/m.txt", relpath="m.txt", format="text", content_hash="m", title="Minutes",
                   council="Testshire County Council", committee="Cabinet", date=date(2025, 1, 30))
    texts = [
        ("Roger Gough, Leader of the Council, welcomed members.", []),  # his name in the text only
        ("Mr Gough said the budget gap had to be closed without cutting frontline services.", ["Roger Gough"]),
        ("Mr Gough proposed that the report be noted.", ["Roger Gough"]),
        ("Mrs Gough of Rogers Lane asked about the bus service.", ["Ann Gough"]),
        ("The Chairman thanked officers for the report on highways.", []),
    ]
    doc.paragraphs = [Paragraph(text=t, position=i, speakers=s, council=doc.council, committee=doc.committee, date=doc.date, kind="minutes")
                      for i, (t, s) in enumerate(texts)]
    index_dir = tmp_path / "index"
    with open_session(str(index_dir)) as session:
        session.replace(doc)
    return create_app({"INDEX_DIR": str(index_dir)}).test_client()


def test_a_speakers_name_finds_the_paragraphs_they_speak_in(tmp_path):
    client = _client(tmp_path)
    answer = client.get("/api/search", query_string={"q": "Roger Gough"}).get_json()
    found = {hit["id"] for hit in answer["hits"]}
    assert found == {"m-0", "m-1", "m-2"}  # not Ann Gough's question, not "Rogers Lane"
    assert answer["matching"] == "all" and answer.get("suggestion") in (None, "")
    assert ("Roger Gough", 2) in [(f["value"], f["count"]) for f in answer["facets"]["speaker"]]


def test_a_name_with_other_words_needs_both(tmp_path):
    client = _client(tmp_path)
    answer = client.get("/api/search", query_string={"q": "roger gough budget"}).get_json()
    assert [hit["id"] for hit in answer["hits"]][0] == "m-1"


def test_strict_search_reads_the_name_as_words_of_the_text(tmp_path):
    client = _client(tmp_path)
    answer = client.get("/api/search", query_string={"q": "Roger Gough", "match": "all"}).get_json()
    assert {hit["id"] for hit in answer["hits"]} == {"m-0", "m-3"}  # both words, anywhere: "Rogers Lane" too
