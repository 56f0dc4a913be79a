"""The search page and document page, through Flask's test client."""
from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, urlsplit

from search_service.settings import base_url, load_settings


def _links(page: str, cls: str) -> list[tuple[str, str]]:
    """(href, text) of links with a class."""
    found = re.findall(rf'<a href="([^"]*)" class="{cls}[^"]*"[^>]*>(.*?)</a>', page, flags=re.S)
    return [(html.unescape(h), re.sub(r"<[^>]+>", "", t)) for h, t in found]


def test_results_show_snippet_and_meeting_details(client):
    hit = client.get("/api/search?q=Dyson&per_page=1").get_json()["hits"][0]
    page = client.get("/?q=Dyson").data.decode()
    assert "<mark>Dyson</mark>" in page
    for value in (hit["council"], hit["committee"], hit["date"], hit["kind"]):
        assert value and html.escape(value) in page
    if hit["item_title"]:
        assert html.escape(hit["item_title"]) in page
    assert html.escape(hit["url"]) in page
    speaker = client.get("/api/search").get_json()["facets"]["speaker"][0]["value"]
    page = client.get("/", query_string={"speaker": speaker}).data.decode()
    assert "<dt>Speakers</dt>" in page and html.escape(speaker) in page
    with_item = next(h for h in client.get("/api/search?q=children&per_page=100").get_json()["hits"] if h["item_title"] and h["item_number"])
    page = client.get("/?q=children&per_page=100").data.decode()
    assert f'{html.escape(with_item["item_number"])} {html.escape(with_item["item_title"])}</a></h3>' in page


def test_facet_links_add_and_remove_filters(client):
    page = client.get("/?q=children").data.decode()
    links = _links(page, "facet-link")
    committee_link = next(h for h, _ in links if "committee=" in h)
    chosen = parse_qs(urlsplit(committee_link).query)["committee"][0]
    narrowed = client.get(committee_link).data.decode()
    total = client.get("/api/search", query_string={"q": "children", "committee": chosen}).get_json()["total"]
    assert f"{total:,} paragraph" in narrowed
    selected = [h for h, t in _links(narrowed, "facet-link selected")]
    assert selected and all("committee=" not in h for h in selected[:1])  # the chosen one links to its removal
    kind_link = next(h for h, _ in _links(narrowed, "facet-link") if "kind=" in h)
    both = parse_qs(urlsplit(kind_link).query)
    assert both["committee"] == [chosen] and both["q"] == ["children"] and "page" not in both
    removes = _links(narrowed, "filter-chip")
    assert removes and "committee=" not in removes[0][0] and "q=children" in removes[0][0]


def test_nothing_matched_shows_filters_and_did_you_mean(client):
    response = client.get("/?q=childern&committee=Cabinet&from=2015-01-01&match=all")
    page = response.data.decode()
    assert response.status_code == 200 and "Nothing matched" in page
    chips = _links(page, "filter-chip")
    labels = [t for _, t in chips]
    assert any("Committee: Cabinet" in t for t in labels) and any("From: 2015-01-01" in t for t in labels)
    for href, text in chips:
        query = parse_qs(urlsplit(href).query)
        if "Committee" in text:
            assert "committee" not in query and query["from"] == ["2015-01-01"]
        if "From" in text:
            assert "from" not in query and query["committee"] == ["Cabinet"]
    suggestion = _links(page, "suggestion")
    assert suggestion and suggestion[0][1] == "children"
    assert parse_qs(urlsplit(suggestion[0][0]).query) == {"q": ["children"], "committee": ["Cabinet"], "from": ["2015-01-01"], "match": ["all"]}


def test_paging_links_keep_the_search(client):
    page = client.get("/?q=council&kind=report").data.decode()
    nxt = re.search(r'<a href="([^"]*)" rel="next"', page)
    assert nxt
    query = parse_qs(urlsplit(html.unescape(nxt.group(1))).query)
    assert query == {"q": ["council"], "kind": ["report"], "page": ["2"]}


def test_bad_input_gets_400_page_not_500(client):
    for query in ("from=notadate", "per_page=10000", "page=0", "q=%00", "kind=speeches", "q=" + "(" * 40 + "x"):
        response = client.get("/?" + query)
        assert response.status_code == 400 and b"could not be run" in response.data, query


def test_document_page_anchors_marks_and_cites(client):
    hit = client.get("/api/search?q=Dyson&per_page=1").get_json()["hits"][0]
    document = client.get(f"/api/documents/{hit['document_id']}").get_json()
    response = client.get(hit["url"])
    page = response.data.decode()
    assert response.status_code == 200
    for paragraph in document["paragraphs"]:
        assert f'id="{paragraph["id"]}"' in page
    assert re.search(rf'class="para marked" id="{re.escape(hit["id"])}"', page)
    assert page.count("para marked") == 1
    assert "<mark>Dyson</mark>" in page
    assert page.count('class="citation"') == len(document["paragraphs"])
    assert base_url(load_settings()) + f'/documents/{hit["document_id"]}#{hit["id"]}' in page
    assert page.count("Copy citation</button>") == len(document["paragraphs"])
    assert "document.js" in page
    plain = client.get(f"/documents/{hit['document_id']}").data.decode()
    assert "<mark>" not in plain and "para marked" not in plain
    assert client.get("/documents/nope").status_code == 404
