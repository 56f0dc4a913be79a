"""Motion cards and member pages in a real browser (Debian's chromium via Playwright, real gunicorn) with axe-core checks."""
from __future__ import annotations

import os

import pytest

from motions_data import KENT, build_index
from test_browser import CHROMIUM, _axe_violations, served

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (apt-get install chromium); .ci/run installs it")
    index_dir = build_index(tmp_path_factory.mktemp("motions-browser") / "index")
    with served(index_dir) as base:
        yield base


@pytest.fixture(scope="module")
def page(site):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        yield page
        browser.close()


def test_card_name_opens_the_member_page_and_back_to_the_paragraph(site, page):
    page.goto(site + "/documents/kcc")
    card = page.locator("#motion-kcc-m1")
    assert card.is_visible()
    assert _axe_violations(page) == []
    card.get_by_role("link", name="Jane Dean").first.click()
    page.wait_for_url("**/members?**")
    assert page.locator("h1").inner_text() == "Jane Dean"
    assert KENT in page.locator("p.doc-meeting").inner_text()
    assert _axe_violations(page) == []
    page.locator("li.member-motion h2 a").first.click()
    page.wait_for_url("**/documents/cab?p=cab-2#cab-2")
    assert page.locator("#cab-2").is_visible()


def test_search_page_with_the_outcome_facet_is_accessible(site, page):
    page.goto(site + "/?q=motion")
    page.get_by_role("link", name="carried").first.click()
    page.wait_for_url("**outcome=carried**")
    assert "Motion outcome: carried" in page.locator(".filters").inner_text()
    assert _axe_violations(page) == []


def test_narrow_screen_card_is_accessible(site, page):
    page.set_viewport_size({"width": 360, "height": 740})
    try:
        page.goto(site + "/documents/und")
        assert page.locator("#motion-und-m1").is_visible()
        assert _axe_violations(page) == []
        page.goto(site + "/members?name=Jane+Dean")
        assert page.locator("li.member-motion").count() == 4
        assert _axe_violations(page) == []
    finally:
        page.set_viewport_size({"width": 1200, "height": 900})
