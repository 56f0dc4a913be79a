"""The same search as CSV (safe to open in a spreadsheet, capped) and as an Atom feed."""
from __future__ import annotations

import csv
import io
from urllib.parse import urlsplit
from xml.etree import ElementTree

from search_service import create_app
from search_service.settings import base_url, load_settings

ATOM = "{http://www.w3.org/2005/Atom}"


def _rows(response) -> list[dict]:
    assert response.status_code == 200 and response.mimetype == "text/csv"
    return list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))


def test_csv_cells_cannot_run_as_formulas(markup_app):
    rows = _rows(markup_app.test_client().get("/api/search.csv?q=library"))
    assert len(rows) >= 5
    texts = [row["text"] for row in rows]
    for start in "=+-@":
        assert any(t.startswith("'" + start) for t in texts), start
    for row in rows:
        for value in row.values():
            assert not value or value[0] not in "=+-@\t\r", row
    assert all(row["committee"].startswith("'=cmd") for row in rows)
    assert all("<script>" in row["council"] for row in rows)  # CSV is data: kept as written, not escaped


def test_csv_has_every_hit_and_honours_the_row_cap(client, corpus_index):
    total = client.get("/api/search?q=children").get_json()["total"]
    rows = _rows(client.get("/api/search.csv?q=children"))
    assert len(rows) == total
    assert rows[0]["url"].startswith(base_url(load_settings()) + "/documents/") and rows[0]["id"] in rows[0]["url"]
    capped = create_app({"INDEX_DIR": str(corpus_index), "CSV_MAX_ROWS": 7}).test_client()
    assert len(_rows(capped.get("/api/search.csv?q=children"))) == 7
    assert len(_rows(capped.get("/api/search.csv"))) == 7
    filtered = _rows(client.get("/api/search.csv?q=children&kind=minutes"))
    assert filtered and all(row["kind"] == "minutes" for row in filtered)


def test_atom_feed_is_valid_xml_newest_first_and_links_to_paragraphs(client):
    response = client.get("/search.atom?q=children")
    assert response.status_code == 200 and response.mimetype == "application/atom+xml"
    feed = ElementTree.fromstring(response.data)
    assert feed.tag == ATOM + "feed"
    for tag in ("title", "id", "updated", "author"):
        assert feed.find(ATOM + tag) is not None, tag
    entries = feed.findall(ATOM + "entry")
    assert 0 < len(entries) <= 50
    updated = [e.find(ATOM + "updated").text for e in entries]
    assert updated == sorted(updated, reverse=True)
    for entry in entries:
        for tag in ("title", "id", "updated", "summary"):
            assert entry.find(ATOM + tag) is not None, tag
        link = urlsplit(entry.find(ATOM + "link").get("href"))
        paragraph_id = link.fragment
        assert link.path.startswith("/documents/") and paragraph_id
        api = client.get(f"/api/paragraphs/{paragraph_id}")
        assert api.status_code == 200 and link.path == f"/documents/{api.get_json()['document_id']}"
        assert client.get(link.path + "?" + link.query).status_code == 200
    assert "<mark>" in entries[0].find(ATOM + "summary").text  # type="html": markup travels escaped


def test_atom_feed_with_markup_and_control_characters_stays_valid(markup_app):
    c = markup_app.test_client()
    for query in ("/search.atom?q=library", "/search.atom?q=library%01%0b", "/search.atom"):
        response = c.get(query)
        assert response.status_code == 200
        feed = ElementTree.fromstring(response.data)
        summaries = " ".join(e.find(ATOM + "summary").text for e in feed.findall(ATOM + "entry"))
        assert "&lt;script&gt;" in summaries and "<script>" not in summaries


def test_csv_opens_in_excel_as_utf8_and_names_each_document(client):
    response = client.get("/api/search.csv?q=children")
    assert response.data.startswith("\ufeff".encode("utf-8"))  # without it Excel shows "£" as "Â£"
    rows = _rows(response)
    for row in rows[:20]:
        paragraph = client.get(f"/api/paragraphs/{row['id']}").get_json()
        assert row["document_title"] and row["document_title"] == paragraph["document_title"]


def test_atom_entries_are_titled_by_document_and_item(client):
    feed = ElementTree.fromstring(client.get("/search.atom?q=cabinet").data)
    entries = feed.findall(ATOM + "entry")
    titles = [e.find(ATOM + "title").text for e in entries]
    assert len(set(titles)) > len(titles) / 2  # not "Cabinet - 2025-01-30" twenty times
    for entry, title in zip(entries, titles):
        paragraph = client.get(f"/api/paragraphs/{urlsplit(entry.find(ATOM + 'link').get('href')).fragment}").get_json()
        assert title.startswith(paragraph["document_title"])
        if paragraph["item_title"]:
            assert paragraph["item_title"] in title
