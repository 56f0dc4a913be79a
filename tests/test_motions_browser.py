"""Motion cards and member pages in a real browser (Debian's chromium via Playwright, real gunicorn) with axe-core checks."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from conftest import ROOT
from motions_data import KENT, build_index
from test_browser import CHROMIUM, _axe_violations, _free_port

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (apt-get install chromium); .ci/run installs it")
    index_dir = build_index(tmp_path_factory.mktemp("motions-browser") / "index")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "SEARCH_INDEX_DIR": str(index_dir), "PORT": str(port), "WEB_WORKERS": "1"}
    process = subprocess.Popen([str(Path(sys.executable).parent / "gunicorn"), "-c", "gunicorn.conf.py", "wsgi:app"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if requests.get(base + "/healthz", timeout=5).status_code == 200:
                break
        except requests.RequestException:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("gunicorn did not start")
    yield base
    process.terminate()
    process.wait(timeout=10)


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
