"""A real browser (Debian's chromium via Playwright) against real gunicorn: follow a search, confirm, receive, open a link, unsubscribe."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from alerts_helpers import sender_env, text_of, write_doc
from conftest import ROOT
from indexer.build import build
from test_browser import CHROMIUM, _axe_violations, _free_port

pytestmark = pytest.mark.browser

ADDRESS = "browser.reader@example.org"


@pytest.fixture()
def alert_site(tmp_path, inbox):
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (apt-get install chromium); .ci/run installs it")
    box, smtp_port = inbox
    docs, index_dir, db = tmp_path / "docs", tmp_path / "index", tmp_path / "alerts.sqlite3"
    write_doc(docs, "old", ["The committee discussed the library opening hours.", "Verges were cut."])
    build([str(docs)], str(index_dir))
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, **sender_env(index_dir, db, smtp_port), "SEARCH_BASE_URL": base, "PORT": str(port), "WEB_WORKERS": "1"}
    process = subprocess.Popen([str(Path(sys.executable).parent / "gunicorn"), "-c", "gunicorn.conf.py", "wsgi:app"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            if requests.get(base + "/healthz", timeout=1).status_code == 200:
                break
        except requests.RequestException:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("gunicorn did not start")
    yield {"base": base, "env": env, "docs": docs, "index": index_dir, "db": db, "box": box}
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture()
def page(alert_site):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        yield browser.new_page(viewport={"width": 1200, "height": 900})
        browser.close()


def _link(message, fragment: str) -> str:
    return next(word for word in text_of(message).split() if fragment in word)


def test_subscribe_confirm_receive_follow_a_link_and_unsubscribe(alert_site, page):
    site, box = alert_site, alert_site["box"]
    page.goto(site["base"] + "/?q=library")
    assert _axe_violations(page) == []
    page.get_by_label("Email address").fill(ADDRESS)
    page.get_by_label("Weekly").check()
    page.get_by_role("button", name="Follow", exact=True).click()
    page.get_by_role("heading", name="Check your email").wait_for()
    assert ADDRESS not in page.content()
    [confirmation] = box.to(ADDRESS)
    page.goto(_link(confirmation, "/alerts/confirm/"))
    assert _axe_violations(page) == []
    page.get_by_role("button", name="Confirm").click()
    page.get_by_role("heading", name="Alert confirmed").wait_for()
    # A new document arrives and the sender runs (as cron would).
    write_doc(site["docs"], "new", ["The library in Dover will open on Sundays.", "Parking was discussed."], date="2025-09-01", title="Cabinet minutes September")
    build([str(site["docs"])], str(site["index"]))
    sent = subprocess.run([sys.executable, "-m", "search_service.alerts", "send"], cwd=ROOT, env=site["env"], capture_output=True, text=True, timeout=120)
    assert sent.returncode == 0, sent.stderr
    digest = box.to(ADDRESS)[-1]
    assert "Dover" in text_of(digest) and "Parking" not in text_of(digest)
    page.goto(_link(digest, "/documents/"))
    marked = page.locator(".para.marked")
    assert "Dover" in marked.inner_text()
    page.goto(_link(digest, "/alerts/unsubscribe/"))
    assert _axe_violations(page) == []
    page.get_by_role("button", name="Unsubscribe").click()
    page.get_by_role("heading", name="Unsubscribed").wait_for()
    with sqlite3.connect(site["db"]) as conn:
        assert conn.execute("SELECT COUNT(*) FROM subscriptions").fetchone() == (0,)
