"""A real browser (Debian's chromium, driven by Playwright) against real gunicorn, with axe-core checks."""
from __future__ import annotations

from contextlib import contextmanager

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[1]
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}, "resultTypes": ["violations"]}

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def served(index_dir: Path):
    """The real gunicorn with the shipped config, one worker, serving index_dir: yields its base URL."""
    port = _free_port()
    env = {**os.environ, "SEARCH_INDEX_DIR": str(index_dir), "PORT": str(port), "WEB_WORKERS": "1"}
    process = subprocess.Popen([str(Path(sys.executable).parent / "gunicorn"), "-c", "gunicorn.conf.py", "wsgi:app"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90  # a loaded machine can take a while to start gunicorn and open the index
    while time.monotonic() < deadline:
        try:
            if requests.get(base + "/healthz", timeout=5).status_code == 200:
                break
        except requests.RequestException:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("gunicorn did not start")
    try:
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def server(corpus_index):
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (apt-get install chromium); .ci/run installs it")
    with served(corpus_index) as base:
        yield base


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def page(browser):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    yield page
    page.close()


def _axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=WCAG_AA)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in results.response["violations"]]


def test_search_filter_and_follow_a_permalink(server, page):
    page.goto(server + "/")
    assert _axe_violations(page) == []
    page.get_by_label("Search agendas, reports, minutes and decisions").fill("children")
    page.get_by_role("button", name="Search", exact=True).click()
    status = page.get_by_role("status")
    assert "paragraphs found" in status.inner_text()
    total = int(status.inner_text().split()[0].replace(",", ""))
    assert _axe_violations(page) == []
    page.locator("#facet-committee + ul a").first.click()
    assert "committee=" in page.url
    narrowed = int(page.get_by_role("status").inner_text().split()[0].replace(",", ""))
    assert 0 < narrowed <= total
    page.fill("#from", "2015-01-01")
    page.fill("#to", "2015-12-31")
    page.get_by_role("button", name="Apply").click()
    assert "from=2015-01-01" in page.url and "to=2015-12-31" in page.url
    if page.locator("nav.pagination a[rel=next]").count():
        page.locator("nav.pagination a[rel=next]").click()
        assert "page=2" in page.url
    link = page.locator("ol.hits li h3 a").first
    href = link.get_attribute("href")
    anchor = href.split("#", 1)[1]
    link.click()
    target = page.locator(f"[id='{anchor}']")
    target.wait_for()
    assert "marked" in target.get_attribute("class")
    box, viewport = target.bounding_box(), page.viewport_size
    assert box and box["y"] + box["height"] > 0 and box["y"] < viewport["height"]  # scrolled into view
    assert _axe_violations(page) == []


def test_nothing_found_page_is_accessible(server, page):
    page.goto(server + "/?q=childern&committee=Cabinet&match=all")  # strict: did-you-mean, not the correction
    assert "Nothing matched" in page.content()
    assert page.get_by_role("link", name="children").count() >= 1  # did you mean
    assert _axe_violations(page) == []


def test_pages_run_under_the_strict_content_security_policy(server, page):
    """No page breaks CSP (no inline script or style), and document.js still works: copying a citation."""
    blocked = []
    page.on("console", lambda message: blocked.append(message.text) if "Content Security Policy" in message.text else None)
    page.goto(server + "/?q=children")
    link = page.locator("ol.hits li h3 a").first
    link.click()
    page.locator(".para.marked").wait_for()
    button = page.locator(".para.marked button.copy")
    button.click()
    page.wait_for_function("document.querySelector('.para.marked button.copy').textContent.startsWith('Cop')")  # the script ran
    page.goto(server + "/help")
    assert blocked == []
