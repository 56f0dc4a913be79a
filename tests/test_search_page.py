"""The search page and document page, through Flask's test client."""
from __future__ import annotations

import html
import json
import re
from collections import Counter
from datetime import date
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
    for value in (hit["council"], hit["committee"], hit["document_title"]):
        assert value and html.escape(value) in page
    assert hit["kind"].lower() in page.lower()
    day = date.fromisoformat(hit["date"])
    assert f'<time datetime="{hit["date"]}">{day.day} {day:%B %Y}</time>' in page  # as UK readers write dates
    if hit["item_title"]:
        assert html.escape(hit["item_title"]) in page
    assert html.escape(hit["url"].split("#")[0]) in page
    speaker = client.get("/api/search").get_json()["facets"]["speaker"][0]["value"]
    page = client.get("/", query_string={"speaker": speaker}).data.decode()
    assert "Speakers:</span>" in page and html.escape(speaker) in page
    with_item = next(h for h in client.get("/api/search?q=children&per_page=100").get_json()["hits"] if h["item_title"] and h["item_number"])
    page = client.get("/?q=children&per_page=100").data.decode()
    # Escaped either way (&#39; or &#x27;): compare the text a reader sees.
    assert f'Item {with_item["item_number"]} {with_item["item_title"]}</span>' in html.unescape(page)


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
    assert page.count('class="cite-text"') == len(document["paragraphs"])
    # The citation's link opens the paragraph marked, not just the document at a fragment.
    assert base_url(load_settings()) + f'/documents/{hit["document_id"]}?p={hit["id"]}#{hit["id"]}' in page
    assert page.count("Copy citation</button>") == len(document["paragraphs"])
    assert "document.querySelector('.para.marked')" in page  # document.js, printed inside the page
    plain = client.get(f"/documents/{hit['document_id']}").data.decode()
    assert "<mark>" not in plain and "para marked" not in plain
    assert client.get("/documents/nope").status_code == 404


_BIG: dict = {}


def _big_document(client) -> dict:
    """The sample agenda pack (three quarters of the sample's paragraphs), fetched once."""
    if not _BIG:
        hits = client.get("/api/search?q=cabinet&per_page=100").get_json()["hits"]
        sizes = Counter(h["document_id"] for h in hits)
        _BIG.update(client.get(f"/api/documents/{sizes.most_common(1)[0][0]}").get_json())
    return _BIG


def test_a_long_document_comes_in_parts_holding_every_paragraph_once(client):
    document = _big_document(client)
    ids = [p["id"] for p in document["paragraphs"]]
    assert len(ids) > 1000  # the agenda pack
    first = client.get(f"/documents/{document['document_id']}").data.decode()
    parts = sorted({int(n) for n in re.findall(r'part=([0-9]+)', first)})
    assert len(parts) > 1
    seen = []
    for number in parts:
        page = client.get(f"/documents/{document['document_id']}?part={number}").data.decode()
        seen += re.findall(r'<div class="para[^"]*" id="([^"]+)"', page)
    assert seen == ids


def test_a_permalink_opens_the_part_holding_its_paragraph_marked(client):
    document = _big_document(client)
    late = document["paragraphs"][-5]
    page = client.get(f"/documents/{document['document_id']}?p={late['id']}").data.decode()
    assert re.search(rf'class="para marked" id="{re.escape(late["id"])}"', page)
    assert f'href="/documents/{document["document_id"]}?p={late["id"]}#{late["id"]}" class="permalink"' in page


def test_back_to_search_returns_to_the_same_filters_sort_and_page(client):
    search = "q=council&kind=report&sort=oldest&page=2"
    page = client.get("/?" + search).data.decode()
    link = html.unescape(re.search(r'<ol class="hits"[^>]*>\s*<li class="hit">\s*<h3><a href="([^"]+)"', page).group(1))
    document = client.get(link).data.decode()
    back = html.unescape(re.search(r'<a href="([^"]+)" class="back">', document).group(1))
    assert parse_qs(urlsplit(back).query) == parse_qs(search) and urlsplit(back).path == "/"


def test_a_search_typed_on_the_front_page_is_sorted_by_relevance(client):
    front = client.get("/").data.decode()
    chosen = re.search(r'<option value="([^"]*)" selected>', front).group(1)
    # What the form sends when the reader only types words:
    answer = client.get("/api/search", query_string={"q": "children", "sort": chosen, "match": "all"}).get_json()
    assert answer["sort"] == "relevance"
    browse = client.get("/?sort=newest").data.decode()
    assert re.search(r'<option value="newest" selected>', browse)  # a sort the reader chose stays chosen


def test_zero_results_show_no_empty_filter_heading(client):
    page = client.get("/?q=zzqqxxnothing&match=all").data.decode()
    assert "Nothing matched" in page and "Filter results" not in page


def test_last_page_is_linked_from_the_first(client):
    answer = client.get("/api/search?q=council&match=all").get_json()
    last = -(-answer["total"] // answer["per_page"])
    assert last > 5
    page = client.get("/?q=council&match=all").data.decode()
    assert f'page={last}">{last}<span class="visually-hidden"> (last page)' in page


def test_api_docs_are_a_readable_page_listing_every_endpoint_and_hit_field(client):
    from search_service.openapi import openapi_document

    response = client.get("/api/docs")
    page = response.data.decode()
    assert response.status_code == 200 and response.mimetype == "text/html"
    for path in openapi_document()["paths"]:
        assert html.escape(path) in page
    for field in ("hits[].document_title", "hits[].source_url", "facets.committee"):
        assert f"<code>{field}</code>" in page


def test_pages_are_sent_gzipped_to_clients_that_take_it(client):
    import gzip

    document = _big_document(client)
    plain = client.get(f"/documents/{document['document_id']}")
    packed = client.get(f"/documents/{document['document_id']}", headers={"Accept-Encoding": "gzip, deflate"})
    assert packed.headers["Content-Encoding"] == "gzip" and "Accept-Encoding" in packed.headers["Vary"]
    assert gzip.decompress(packed.data) == plain.data and len(packed.data) < len(plain.data) / 4
    refused = client.get(f"/documents/{document['document_id']}", headers={"Accept-Encoding": "gzip;q=0"})
    assert "Content-Encoding" not in refused.headers


def test_an_unclosed_quote_is_pointed_out_with_the_phrase_search_offered(client):
    page = client.get("/", query_string={"q": '"children services'}).data.decode()
    assert "without closing it" in page
    link = html.unescape(re.search(r'<a href="([^"]+)">Search for the phrase with the quote closed', page).group(1))
    assert parse_qs(urlsplit(link).query)["q"] == ['"children services"']
    phrase = client.get("/api/search", query_string={"q": '"children services"', "match": "all"}).get_json()["total"]
    assert f"{phrase:,} paragraph" in client.get(link).data.decode()
    assert "without closing it" not in client.get("/", query_string={"q": '"children services"'}).data.decode()


def test_a_page_past_the_last_one_is_a_page_not_a_500(client):
    """"?q=...&page=5" for a search with one page of answers (an old link): 200, no hits, a link back to the last page."""
    one_page = json.loads(client.get("/api/search", query_string={"q": "libary"}).data)
    assert 0 < one_page["total"] <= 10, one_page["total"]
    response = client.get("/", query_string={"q": "libary", "page": "5"})
    assert response.status_code == 200
    page = response.data.decode()
    # "Previous" and the page numbers lead back to the last page, which holds the answers (page 1 is the bare search).
    assert '<a href="/?q=libary" rel="prev">' in page
