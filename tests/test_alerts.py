"""Email alerts end to end: a real SMTP server on localhost (aiosmtpd), a real SQLite file, the real indexer."""
from __future__ import annotations

import io
import re
import sqlite3
import subprocess
import sys
import time

import pytest

from alerts_helpers import SECRET, SENDER, alert_app, html_of, link, sender_env, text_of, write_doc
from conftest import ROOT
from indexer.build import build
from search_service.alerts.sender import run

SITE = "http://search.example.org"
ADDRESS = "Resident.Reader@Example.ORG"
STORED = "Resident.Reader@example.org"  # the domain is lowercased

OLD = ["The committee discussed the library opening hours in Ashford.", "Highways verges were cut twice this year."]
NEW = ["The library in Dover will close on Sundays from April.", "A petition about the library was received."]
SCATTERED = ["The library roof was repaired.", "Opening hours of the swimming pool were set."]  # the two words, never in one paragraph


def path_of(url: str) -> str:
    assert url.startswith(SITE), url
    return url[len(SITE):]


@pytest.fixture()
def site(tmp_path, inbox):
    box, port = inbox
    docs = tmp_path / "docs"
    write_doc(docs, "old_minutes", OLD)
    index_dir = tmp_path / "index"
    assert not build([str(docs)], str(index_dir)).failed
    db = tmp_path / "var" / "alerts.sqlite3"
    app = alert_app(index_dir, db, port)
    return {"app": app, "client": app.test_client(), "docs": docs, "index": index_dir, "db": db, "box": box, "port": port}


def follow(client, address=ADDRESS, frequency="daily", **search):
    data = {"email": address, "frequency": frequency, **search}
    return client.post("/alerts/subscribe", data=data, environ_base={"REMOTE_ADDR": "198.51.100.7"})


def confirm_from(site, message) -> None:
    url = path_of(link(message, "/alerts/confirm/"))
    page = site["client"].get(url)
    assert page.status_code == 200 and "Confirm" in page.text
    assert site["client"].post(url).status_code == 200


def send(site, **kwargs) -> str:
    out = io.StringIO()
    assert run(site["app"], out=out, **kwargs) == 0, out.getvalue()
    return out.getvalue()


def rows(db, sql: str) -> list:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_a_followed_search_is_confirmed_first_then_sends_only_new_paragraphs_holding_every_word(site):
    client, box = site["client"], site["box"]
    page = follow(client, q="library hours")
    assert page.status_code == 200 and "Check your email" in page.text
    assert ADDRESS not in page.text and STORED not in page.text
    [confirmation] = box.to(STORED)
    assert confirmation["From"] == SENDER
    assert confirmation["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert confirmation["List-Unsubscribe"].startswith(f"<{SITE}/alerts/unsubscribe/")
    assert "/alerts/manage/" in text_of(confirmation)
    # Not confirmed: new paragraphs arrive, the sender runs, nothing is sent.
    write_doc(site["docs"], "new_minutes", ["The library opening hours will change in Dover.", *NEW])
    build([str(site["docs"])], str(site["index"]))
    send(site, now=time.time() + 86400 * 2)
    assert len(box.to(STORED)) == 1
    confirm_from(site, confirmation)
    send(site)
    assert len(box.to(STORED)) == 1, "what was indexed before the confirmation is not sent"
    write_doc(site["docs"], "later_minutes", ["Library opening hours: the report was agreed.", *SCATTERED], date="2025-05-06", title="Cabinet minutes May")
    build([str(site["docs"])], str(site["index"]))
    send(site, now=time.time() + 3600)
    assert len(box.to(STORED)) == 1, "a daily digest waits for its day"
    send(site, now=time.time() + 86400 + 60)
    digests = box.to(STORED)[1:]
    assert len(digests) == 1
    body = text_of(digests[0])
    assert "Library opening hours: the report was agreed." in body.replace("*", "")
    assert "*Library* opening *hours*" in body  # words marked in the text part, and with <mark> in the HTML
    assert "<mark>Library</mark>" in html_of(digests[0])
    assert "roof" not in body and "swimming" not in body, "words on different paragraphs do not make a hit"
    assert "Dover" not in body
    assert "Cabinet minutes May" in body and "2025-05-06" in body
    assert digests[0]["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # The permalink opens the paragraph in its document.
    permalink = path_of(link(digests[0], "/documents/"))
    document = client.get(permalink)
    assert document.status_code == 200 and "Library opening hours: the report was agreed." in re.sub("</?mark>", "", document.text)
    assert f'id="{permalink.rpartition("#")[2]}"' in document.text
    # Nothing new: no email; and a week later still no second copy.
    send(site, now=time.time() + 86400 * 8)
    assert len(box.to(STORED)) == 2


def test_one_click_unsubscribe_deletes_the_subscription_and_everything_about_it(site):
    client, box = site["client"], site["box"]
    follow(client, q="library")
    confirm_from(site, box.to(STORED)[0])
    write_doc(site["docs"], "new_minutes", NEW)
    build([str(site["docs"])], str(site["index"]))
    send(site, now=time.time() + 3600)
    digest = box.to(STORED)[-1]
    assert "Dover" in text_of(digest)
    unsubscribe = path_of(digest["List-Unsubscribe"].strip("<>"))
    # RFC 8058: the mail client POSTs this body to the header's address, with no page in between.
    answer = client.post(unsubscribe, data="List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert answer.status_code == 200
    with open(site["db"], "rb") as handle:
        raw = handle.read()
    for table in ("subscriptions", "digests", "deliveries"):
        assert rows(site["db"], f"SELECT COUNT(*) FROM {table}") == [(0,)], table
    write_doc(site["docs"], "more_minutes", ["The library will open late on Mondays."])
    build([str(site["docs"])], str(site["index"]))
    send(site, now=time.time() + 86400 * 3)
    assert "Mondays" not in " ".join(text_of(m) for m in box.to(STORED))
    del raw


def test_nothing_is_sent_to_an_unconfirmed_address_and_the_request_is_deleted_when_its_link_expires(site):
    follow(site["client"], q="library")
    write_doc(site["docs"], "new_minutes", NEW)
    build([str(site["docs"])], str(site["index"]))
    send(site, now=time.time() + 86400)
    assert len(site["box"].to(STORED)) == 1  # the confirmation only
    assert rows(site["db"], "SELECT status FROM subscriptions") == [("pending",)]
    send(site, now=time.time() + 73 * 3600)
    assert rows(site["db"], "SELECT COUNT(*) FROM subscriptions") == [(0,)]
    expired = site["client"].get(path_of(link(site["box"].to(STORED)[0], "/alerts/confirm/")))
    assert expired.status_code in (400, 404)


def test_links_that_were_altered_or_have_expired_are_refused(site, monkeypatch):
    client, box = site["client"], site["box"]
    follow(client, q="library")
    confirm_url = path_of(link(box.to(STORED)[0], "/alerts/confirm/"))
    tampered = confirm_url[:-3] + ("aaa" if not confirm_url.endswith("aaa") else "bbb")
    assert client.get(tampered).status_code == 400
    unsubscribe_url = path_of(link(box.to(STORED)[0], "/alerts/unsubscribe/"))
    assert client.get(unsubscribe_url.replace("/unsubscribe/", "/confirm/")).status_code == 400, "a token for one purpose does not work for another"
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 73 * 3600)
    page = client.get(confirm_url)
    assert page.status_code == 400 and "expired" in page.text
    assert rows(site["db"], "SELECT status FROM subscriptions") == [("pending",)]


def test_requests_are_limited_per_address_and_per_client(site):
    client = site["client"]
    answers = [follow(client, q=f"library {n}").status_code for n in range(6)]
    assert answers == [200] * 5 + [429]
    assert len(site["box"].to(STORED)) == 5
    # Another client, other addresses: the per-client limit (20 an hour) stops the 21st.
    codes = [client.post("/alerts/subscribe", data={"email": f"person{n}@example.org", "frequency": "weekly", "q": "library"},
                         environ_base={"REMOTE_ADDR": "203.0.113.9"}).status_code for n in range(21)]
    assert codes == [200] * 20 + [429]
    # Behind the proxy on this machine, the client is the last X-Forwarded-For hop.
    proxied = client.post("/alerts/subscribe", data={"email": "other@example.org", "frequency": "weekly", "q": "library"},
                          environ_base={"REMOTE_ADDR": "127.0.0.1"}, headers={"X-Forwarded-For": "192.0.2.44"})
    assert proxied.status_code == 200


def test_a_repeated_request_for_an_active_alert_sends_nothing_and_pages_never_show_addresses(site):
    client, box = site["client"], site["box"]
    follow(client, q="library")
    confirm_from(site, box.to(STORED)[0])
    again = follow(client, q="library")
    assert again.status_code == 200 and len(box.to(STORED)) == 1
    manage = client.get(path_of(link(box.to(STORED)[0], "/alerts/manage/")))
    assert manage.status_code == 200 and "library" in manage.text
    for page in (again.text, manage.text, client.get("/alerts/manage").text):
        assert "@example.org" not in page.lower()


def test_bad_subscribe_requests_get_a_reason(site):
    client = site["client"]
    assert follow(client, address="not an address", q="library").status_code == 400
    assert follow(client, address="a@b.c\r\nBcc: x@evil.example", q="library").status_code == 400
    assert follow(client, frequency="hourly", q="library").status_code == 400
    bad = follow(client, q="library", **{"from": "2025-13-40"})
    assert bad.status_code == 400 and "YYYY-MM-DD" in bad.text
    assert site["box"].to(STORED) == []


def test_the_manage_page_changes_frequency_and_unsubscribes(site):
    client, box = site["client"], site["box"]
    follow(client, q="library")
    follow(client, q="verges", council="Testshire County Council")
    manage_url = path_of(link(box.to(STORED)[0], "/alerts/manage/"))
    page = client.get(manage_url)
    assert "library" in page.text and "verges (council: Testshire County Council)" in page.text
    keys = [key for (key,) in rows(site["db"], "SELECT key FROM subscriptions ORDER BY id")]
    assert client.post(manage_url, data={"key": keys[1], "action": "frequency", "frequency": "weekly"}).status_code == 200
    assert rows(site["db"], "SELECT frequency FROM subscriptions ORDER BY id") == [("daily",), ("weekly",)]
    assert client.post(manage_url, data={"key": "someone-elses", "action": "unsubscribe"}).status_code == 400
    client.post(manage_url, data={"key": keys[0], "action": "unsubscribe"})
    assert rows(site["db"], "SELECT key FROM subscriptions") == [(keys[1],)]
    # The link was made for the first alert, now gone; the page carries on with the other.
    assert client.get(manage_url).status_code == 404


def test_a_digest_shows_at_most_the_set_number_of_hits_and_links_to_all_of_them(tmp_path, inbox):
    box, port = inbox
    docs = tmp_path / "docs"
    write_doc(docs, "old", OLD)
    index_dir = tmp_path / "index"
    build([str(docs)], str(index_dir))
    app = alert_app(index_dir, tmp_path / "alerts.sqlite3", port, digest_hits=2)
    site = {"app": app, "client": app.test_client(), "db": tmp_path / "alerts.sqlite3", "box": box}
    follow(site["client"], q="budget")
    confirm_from(site, box.to(STORED)[0])
    budget = [f"The budget for ward {n} was set at {n} thousand pounds." for n in range(5)]
    write_doc(docs, "budget_a", budget[:3])
    write_doc(docs, "budget_b", budget[3:], committee="Scrutiny")
    build([str(docs)], str(index_dir))
    send(site, now=time.time() + 3600)
    digest = box.to(STORED)[-1]
    body = text_of(digest)
    assert digest["Subject"].startswith("5 new paragraphs")
    assert sum(text in body.replace("*", "") for text in budget) == 2
    page = site["client"].get(path_of(link(digest, "/alerts/digests/")))
    assert page.status_code == 200
    assert all(text.replace("budget", "<mark>budget</mark>") in page.text for text in budget)
    assert "@example.org" not in page.text.lower()


def test_indexing_a_document_again_sends_only_its_changed_paragraphs(site):
    client, box = site["client"], site["box"]
    follow(client, q="library")
    confirm_from(site, box.to(STORED)[0])
    write_doc(site["docs"], "new_minutes", NEW)
    build([str(site["docs"])], str(site["index"]))
    send(site, now=time.time() + 3600)
    assert len(box.to(STORED)) == 2
    # The same document published again with one paragraph more, then the whole index rebuilt.
    write_doc(site["docs"], "new_minutes", ["Late item: the library car park was discussed.", *NEW])
    build([str(site["docs"])], str(site["index"]))
    build([str(site["docs"])], str(site["index"]), rebuild=True)
    send(site, now=time.time() + 86400 * 2)
    digests = box.to(STORED)[1:]
    assert len(digests) == 2
    assert "car park" in text_of(digests[1]) and "Dover" not in text_of(digests[1])


def test_dry_run_prints_what_would_be_sent_and_changes_nothing(site):
    client, box = site["client"], site["box"]
    follow(client, q="library")
    confirm_from(site, box.to(STORED)[0])
    write_doc(site["docs"], "new_minutes", NEW)
    build([str(site["docs"])], str(site["index"]))
    before = rows(site["db"], "SELECT cursor, next_due FROM subscriptions")
    out = send(site, dry_run=True, now=time.time() + 3600)
    assert "would send to " + STORED in out and "Dover" in out
    assert len(box.to(STORED)) == 1
    assert rows(site["db"], "SELECT cursor, next_due FROM subscriptions") == before
    assert rows(site["db"], "SELECT COUNT(*) FROM digests") == [(0,)]


def test_the_send_command_reads_its_settings_from_the_environment_and_refuses_without_a_key(site):
    env = {**sender_env(site["index"], site["db"], site["port"]), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "search_service.alerts", "send"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "0 due" in done.stdout
    no_key = {**env, "SEARCH_SECRET_KEY": ""}
    refused = subprocess.run([sys.executable, "-m", "search_service.alerts", "send"], cwd=ROOT, env=no_key, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and "SEARCH_SECRET_KEY" in refused.stderr and "Traceback" not in refused.stderr


def test_without_a_secret_key_a_deployed_site_offers_no_alerts_and_refuses_subscriptions(site):
    from search_service import create_app

    app = create_app({"INDEX_DIR": str(site["index"]), "BASE_URL": "https://search.example.org",
                      "ALERTS": {"database_url": f"sqlite:///{site['db']}", "sender": SENDER}})
    client = app.test_client()
    assert 'class="follow-form"' in site["client"].get("/?q=library").text
    assert 'class="follow-form"' not in client.get("/?q=library").text
    answer = client.post("/alerts/subscribe", data={"email": "a@example.org", "frequency": "daily", "q": "library"})
    assert answer.status_code == 503 and "not set up" in answer.text
    assert site["box"].messages == []
    assert SECRET  # the helpers' key is what the other tests sign with


def test_a_search_with_a_line_break_is_followed_with_its_words_on_one_line(site):
    answer = follow(site["client"], q="library\r\nBcc: someone@evil.example")
    assert answer.status_code == 200
    [confirmation] = site["box"].to(STORED)
    assert "\n" not in confirmation["Subject"] and confirmation["Bcc"] is None
    assert [rcpts for rcpts, _ in site["box"].messages] == [[STORED]]


def test_a_digest_the_smtp_server_could_not_take_is_sent_on_the_next_run_once(site, tmp_path):
    from alerts_helpers import alert_app, free_port

    client, box = site["client"], site["box"]
    follow(client, q="library")
    confirm_from(site, box.to(STORED)[0])
    write_doc(site["docs"], "new_minutes", NEW)
    build([str(site["docs"])], str(site["index"]))
    down = alert_app(site["index"], site["db"], free_port())  # nothing listens there
    out = io.StringIO()
    assert run(down, out=out, now=time.time() + 3600) == 1
    assert "1 left to retry" in out.getvalue()
    assert rows(site["db"], "SELECT COUNT(*) FROM digests WHERE sent_at IS NULL") == [(1,)]
    send(site, now=time.time() + 7200)
    send(site, now=time.time() + 86400 * 2)
    digests = [m for m in box.to(STORED) if "Dover" in text_of(m)]
    assert len(digests) == 1


def test_an_address_can_ask_for_its_manage_link_and_others_learn_nothing(site):
    client, box = site["client"], site["box"]
    follow(client, q="library")
    asked = client.post("/alerts/manage", data={"email": ADDRESS}, environ_base={"REMOTE_ADDR": "198.51.100.8"})
    stranger = client.post("/alerts/manage", data={"email": "nobody@example.org"}, environ_base={"REMOTE_ADDR": "198.51.100.8"})
    assert asked.status_code == stranger.status_code == 200 and asked.text == stranger.text
    assert box.to("nobody@example.org") == []
    manage_mail = box.to(STORED)[-1]
    assert manage_mail["Subject"] == "Your search alerts" and manage_mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    page = client.get(path_of(link(manage_mail, "/alerts/manage/")))
    assert page.status_code == 200 and "library" in page.text and "not confirmed yet" in page.text
