"""What a reader sees, in Debian's chromium at a desktop size (1280x900) and a phone size (390x844)."""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from test_browser import _axe_violations, browser, server  # noqa: F401  (fixtures shared with the older browser tests)

pytestmark = pytest.mark.browser

SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
# Chrome DevTools' "Fast 3G": 1.6 Mbit/s down and 750 kbit/s up at 90%, 562.5 ms round trip.
FAST_3G = {"offline": False, "latency": 562.5, "downloadThroughput": 1.6e6 / 8 * 0.9, "uploadThroughput": 750e3 / 8 * 0.9}


@pytest.fixture(params=sorted(SIZES))
def view(request, browser):  # noqa: F811
    context = browser.new_context(viewport=SIZES[request.param])
    page = context.new_page()
    page.size_name = request.param
    yield page
    context.close()


def _api(server, path: str, **params) -> dict:  # noqa: F811
    return requests.get(server + path, params=params, timeout=30).json()


def _big_pack(server) -> dict:  # noqa: F811
    """The sample agenda pack: the document with most paragraphs among the hits for "cabinet"."""
    hits = _api(server, "/api/search", q="cabinet", per_page=100)["hits"]
    counts: dict[str, int] = {}
    for hit in hits:
        counts[hit["document_id"]] = counts.get(hit["document_id"], 0) + 1
    return _api(server, f"/api/documents/{max(counts, key=counts.get)}")


def _in_view(page, selector: str) -> bool:
    box = page.locator(selector).first.bounding_box()
    return bool(box) and box["y"] >= -1 and box["y"] + min(box["height"], 40) <= page.viewport_size["height"]


def _no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_search_typed_on_the_front_page_is_ordered_by_relevance(server, view):  # noqa: F811
    view.goto(server + "/")
    view.get_by_label("Search agendas, reports, minutes and decisions").fill("children social care")
    view.get_by_role("button", name="Search", exact=True).click()
    view.get_by_role("status").wait_for()
    sent = parse_qs(urlsplit(view.url).query)
    answer = _api(server, "/api/search", **{k: v for k, v in sent.items()})
    assert answer["sort"] == "relevance"
    relevance = _api(server, "/api/search", q="children social care", sort="relevance")
    shown = [a.get_attribute("href").split("?")[0].rsplit("/", 1)[1] for a in view.locator("ol.hits h3 a").all()]
    assert shown == [h["document_id"] for h in relevance["hits"]]


def test_hits_are_titled_by_their_documents_and_say_where_they_are(server, view):  # noqa: F811
    view.goto(server + "/?q=children&match=all")
    hits = _api(server, "/api/search", q="children", match="all")["hits"]
    titles = view.locator("ol.hits h3").all_inner_texts()
    assert titles == [h["document_title"] for h in hits]
    assert len(set(titles)) > 1 and not any(re.fullmatch(r"\d+ [0-9a-f]{16}", t) for t in titles)
    where = view.locator("ol.hits .where").first.inner_text()
    first = hits[0]
    for part in (first["council"], first["committee"]):
        assert part in where
    assert re.search(r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b", where)


def test_first_result_is_on_the_first_screen(server, view):  # noqa: F811
    view.goto(server + "/?q=children")
    assert _in_view(view, "ol.hits li h3 a")
    if view.size_name == "phone":
        assert not view.locator("#facets").is_visible()  # the filters wait behind their button
        assert view.get_by_role("button", name=re.compile("^Filter")).is_visible()


def test_the_filter_button_opens_the_filters_and_they_stay_open(server, view):  # noqa: F811
    view.goto(server + "/?q=children")
    if view.size_name == "desktop":
        assert view.locator("#facets").is_visible() and not view.locator(".filter-toggle").is_visible()
        return
    toggle = view.get_by_role("button", name=re.compile("^Filter"))
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true" and view.locator("#facets").is_visible()
    view.locator("#facet-kind + ul a").first.click()
    view.wait_for_url(re.compile("kind="))
    assert view.locator("#facets").is_visible()  # still open after the page changed
    assert "1 chosen" in view.get_by_role("button", name=re.compile("^Filter")).inner_text()


def test_no_page_scrolls_sideways(server, view):  # noqa: F811
    pack = _big_pack(server)
    late = pack["paragraphs"][-3]["id"]
    for path in ("/", "/?q=children", "/?q=zzqqxxnothing&match=all", f"/documents/{pack['document_id']}?p={late}",
                 "/help", "/api/docs", "/documents/nope"):
        view.goto(server + path)
        assert _no_sideways_scroll(view), path
    kent = next(h for h in _api(server, "/api/search", q="council:kent", per_page=100)["hits"] if h["page"])
    view.goto(server + f"/documents/{kent['document_id']}")
    view.locator("details.cite summary").first.click()
    assert _no_sideways_scroll(view)


def test_a_shared_link_marks_the_paragraph_chosen_with_its_item_in_view(server, view):  # noqa: F811
    pack = _big_pack(server)
    first_hit = _api(server, "/api/search", q="children", match="all")["hits"][0]
    view.goto(server + first_hit["url"])
    view.locator(".para.marked").wait_for()
    # Choose another paragraph with an item, further down, and follow its own link.
    chosen = next(p for p in pack["paragraphs"][400:] if p["item_title"] and p["document_id"] == pack["document_id"])
    view.goto(server + f"/documents/{pack['document_id']}?part=1")
    view.goto(server + f"/documents/{pack['document_id']}?p={chosen['id']}")
    para = view.locator(f"[id='{chosen['id']}']")
    view.locator(f"[id='{chosen['id']}'] details.cite").evaluate("d => d.open = true")
    link = para.get_by_role("link", name="Link to this paragraph")
    href = link.get_attribute("href")
    fresh = view.context.new_page()
    fresh.goto(server + href)
    marked = fresh.locator(".para.marked")
    assert marked.get_attribute("id") == chosen["id"]
    assert _in_view(fresh, ".para.marked")
    # The item's heading, or the item named in the paragraph itself, is on the screen too.
    heading_seen = fresh.evaluate(
        """id => { const p = document.getElementById(id); let n = p.previousElementSibling;
                   while (n && !n.matches('h3')) { n = n.previousElementSibling; }
                   const r = n && n.getBoundingClientRect(); return !!r && r.top >= 0 && r.bottom <= window.innerHeight; }""",
        chosen["id"])
    assert heading_seen or (fresh.locator(".para.marked .context").is_visible() and chosen["item_title"] in fresh.locator(".para.marked .context").inner_text())
    fresh.close()


def test_a_citation_names_the_document_and_its_link_marks_the_paragraph(server, view):  # noqa: F811
    hit = next(h for h in _api(server, "/api/search", q="council:kent children", match="all")["hits"] if h["date"] and h["item_title"])
    view.goto(server + hit["url"])
    text = view.locator(".para.marked .cite-text").inner_text()
    for part in (hit["council"], hit["committee"], hit["document_title"], hit["item_title"]):
        assert part in text
    day = hit["date"].split("-")
    assert f"{int(day[2])} " in text and day[0] in text and hit["date"] not in text  # a date as written, not ISO
    url = re.search(r"https?://\S+$", text).group(0)
    fresh = view.context.new_page()
    fresh.goto(url)  # SEARCH_BASE_URL is unset: citations name http://127.0.0.1:$PORT, this server
    assert fresh.locator(".para.marked").get_attribute("id") == hit["id"]
    fresh.close()


def test_original_pdf_opens_at_the_paragraphs_page(server, view):  # noqa: F811
    hit = next(h for h in _api(server, "/api/search", q="council:kent", per_page=100)["hits"] if h["page"] and h["page"] > 1)
    view.goto(server + hit["url"])
    link = view.locator(".para.marked").get_by_role("link", name=f"Original PDF, page {hit['page']}")
    href = link.get_attribute("href")
    assert href.endswith(f"/documents/{hit['document_id']}/source#page={hit['page']}")
    response = requests.get(server + href.split("#")[0], timeout=30)
    assert response.status_code == 200 and response.content.startswith(b"%PDF")


def test_copying_a_citation_says_whether_it_worked(server, browser):  # noqa: F811
    hit = _api(server, "/api/search", q="children")["hits"][0]
    context = browser.new_context(viewport=SIZES["desktop"])
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page = context.new_page()
    page.goto(server + hit["url"])
    page.locator(".para.marked button.copy").click()
    page.wait_for_function("document.getElementById('copy-status').textContent.length > 0")
    assert page.locator("#copy-status").inner_text() == "Citation copied."
    assert page.evaluate("navigator.clipboard.readText()") == page.locator(".para.marked .cite-text").inner_text()
    context.close()
    # Where the browser refuses (plain HTTP on a LAN name), the reader is told, and the citation is selected.
    context = browser.new_context(viewport=SIZES["desktop"], bypass_csp=True)
    context.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined}); document.execCommand = () => false;")
    page = context.new_page()
    page.goto(server + hit["url"])
    page.locator(".para.marked button.copy").click()
    page.wait_for_function("document.getElementById('copy-status').textContent.length > 0")
    assert "Could not copy" in page.locator("#copy-status").inner_text()
    assert page.locator("#copy-status").get_attribute("role") == "status"
    assert page.evaluate("window.getSelection().toString()") == page.locator(".para.marked .cite-text").inner_text()
    assert page.locator(".para.marked button.copy").inner_text() == "Copy failed"
    context.close()


def test_back_to_search_returns_to_the_filters_sort_and_page(server, view):  # noqa: F811
    search = "/?q=council&kind=report&sort=oldest&page=2"
    view.goto(server + search)
    view.locator("ol.hits h3 a").first.click()
    view.locator(".para.marked").wait_for()
    view.get_by_role("link", name="Back to search").click()
    view.get_by_role("status").wait_for()
    assert parse_qs(urlsplit(view.url).query) == parse_qs(urlsplit(search).query)


def _tabs_until(page, predicate: str, limit: int = 40) -> int:
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate(predicate):
            return presses
    return limit + 1


def test_the_first_result_is_a_few_keys_away_and_space_ticks_a_filter(server, view):  # noqa: F811
    view.goto(server + "/?q=children")
    first = view.locator("ol.hits h3 a").first.get_attribute("href")
    is_first = f"document.activeElement.getAttribute('href') === {first!r}"
    # Straight through the page: the results come before the filters.
    assert _tabs_until(view, is_first) <= 20
    # With the skip link: two Tabs, Enter, one Tab.
    view.goto(server + "/?q=children")
    assert _tabs_until(view, "document.activeElement.textContent === 'Skip to results'") <= 2
    view.keyboard.press("Enter")
    assert _tabs_until(view, is_first) == 1
    if view.size_name == "phone":
        view.get_by_role("button", name=re.compile("^Filter")).click()
    link = view.locator("#facet-kind + ul a").first
    link.focus()
    view.keyboard.press("Space")
    view.wait_for_url(re.compile("kind="))


def test_every_page_type_meets_wcag_2_1_aa(server, view):  # noqa: F811
    pack = _big_pack(server)
    hit = _api(server, "/api/search", q="children")["hits"][0]
    for path in ("/", "/?q=children", "/?q=children&committee=Cabinet&page=2", "/?q=zzqqxxnothing&match=all", hit["url"],
                 f"/documents/{pack['document_id']}?part=2", "/help", "/api/docs", "/documents/nope", "/?from=nonsense"):
        view.goto(server + path)
        if view.locator(".filter-toggle").is_visible():
            view.locator(".filter-toggle").click()  # check the filters as well
        assert _axe_violations(view) == [], (view.size_name, path)


PAINTED = """name => new Promise(resolve => {
    new PerformanceObserver(list => { for (const e of list.getEntries()) { if (e.identifier === name) { resolve(e.renderTime || e.loadTime); } } })
        .observe({type: 'element', buffered: true});
})"""


def _fast_3g_visits(browser, urls: list[tuple[str, str]]) -> list[tuple[float, float]]:  # noqa: F811
    """On a fresh phone on fast 3G, visit each URL in turn (its cache warming as a reader's does): for each, seconds
    from navigation until the element named for it is painted, and KB transferred."""
    context = browser.new_context(viewport=SIZES["phone"])
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", FAST_3G)
    received: dict[str, int] = {}
    cdp.on("Network.loadingFinished", lambda event: received.__setitem__(event["requestId"], event["encodedDataLength"]))
    shown = []
    for url, painted in urls:
        received.clear()
        page.goto(url, wait_until="load")
        shown.append((page.evaluate(PAINTED, painted) / 1000, sum(received.values()) / 1024))
    context.close()
    return shown


def test_a_long_document_and_a_search_are_readable_quickly_on_fast_3g(server, browser):  # noqa: F811
    pack = _big_pack(server)
    assert len(pack["paragraphs"]) > 1000
    late = pack["paragraphs"][-10]["id"]
    visits = [(server + "/?q=children", "first-result"), (server + f"/documents/{pack['document_id']}?p={late}", "linked-paragraph")]
    # Best of three fresh phones: the budget is for the pages and the network, not another process's burst of CPU.
    runs = [_fast_3g_visits(browser, visits) for _ in range(3)]
    search = min(run[0] for run in runs)
    document = min(run[1] for run in runs)
    print(f"fast 3G: search (cold) {search[0]:.2f} s, {search[1]:.1f} KB; document part from it {document[0]:.2f} s, {document[1]:.1f} KB")
    # A first visit needs one round trip of 562 ms: the stylesheet is inside the page.
    # Measured on a quiet moment: 0.83 s; with the machine's load average at 15 (other builds running), 1.25 s.
    # The bound leaves room for a shared machine; README gives both figures.
    assert search[0] < 1.5 and document[0] < 1.5, runs
    assert search[1] < 40 and document[1] < 30, runs
