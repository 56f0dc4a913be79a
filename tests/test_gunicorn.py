"""The real gunicorn with the shipped config: its own errors are JSON 400s with the security headers,
and a recycled worker is replaced at once."""
from __future__ import annotations

import json
import runpy
import threading
import time

import pytest
import requests

from search_service.security import SECURITY_HEADERS
from tests.gunicorn_server import ROOT, gunicorn, raw_request


@pytest.fixture(scope="module")
def server(corpus_index):
    with gunicorn(corpus_index) as base:
        yield base


def _port(base: str) -> int:
    return int(base.rsplit(":", 1)[1])


def _parse(answer: bytes) -> tuple[int, dict, dict]:
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:] if ":" in line)}
    return int(lines[0].split()[1]), headers, json.loads(body)


def _assert_json_400_with_security_headers(answer: bytes, reason: str) -> None:
    status, headers, body = _parse(answer)
    assert status == 400, answer[:300]
    assert headers["content-type"] == "application/json"
    for name, value in SECURITY_HEADERS.items():
        assert headers[name.lower()] == value
    assert reason in body["error"]
    assert "<html" not in answer.decode("latin-1")


def test_an_over_long_request_line_is_a_json_400_with_the_security_headers(server):
    answer = raw_request(_port(server), b"GET /?q=" + b"a" * 9000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    _assert_json_400_with_security_headers(answer, "request line")


def test_an_over_large_header_is_a_json_400_with_the_security_headers(server):
    answer = raw_request(_port(server), b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"b" * 9000 + b"\r\n\r\n")
    _assert_json_400_with_security_headers(answer, "headers are too large")


def test_too_many_headers_is_a_json_400_with_the_security_headers(server):
    many = b"".join(b"X-H%d: v\r\n" % i for i in range(150))
    answer = raw_request(_port(server), b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + many + b"\r\n")
    _assert_json_400_with_security_headers(answer, "headers are too large")


def test_a_malformed_request_line_is_json_with_the_security_headers(server):
    status, headers, body = _parse(raw_request(_port(server), b"GET\x01 / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"))
    assert status == 400 and body["error"] and headers["x-content-type-options"] == "nosniff"


def test_the_app_still_answers_through_the_same_worker(server):
    response = requests.get(server + "/api/search", params={"q": "é" * 1000}, timeout=10)
    assert response.status_code == 200  # a long but allowed query reaches the app, not gunicorn's limit
    response = requests.get(server + "/api/search?q=library", headers={"Host": "evil.example"}, timeout=10)
    assert response.status_code == 200 and "evil.example" not in response.text
    assert response.headers["Content-Security-Policy"] == SECURITY_HEADERS["Content-Security-Policy"]


def test_the_shipped_config_staggers_worker_recycling():
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert config["max_requests_jitter"] >= config["max_requests"]
    assert config["graceful_timeout"] < config["timeout"]


def test_worker_exit_cancels_timers_that_would_keep_a_worker_alive():
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    fired = []
    timer = threading.Timer(30, fired.append, args=[1])
    timer.start()
    config["worker_exit"](None, None)
    timer.join(timeout=2)
    assert not timer.is_alive() and not fired


TIMER_APP = '''
import threading
from wsgi import app as site


def app(environ, start_response):
    threading.Timer(30, lambda: None).start()  # as the reader's delayed snapshot close does
    return site(environ, start_response)
'''


def test_a_recycled_worker_is_replaced_within_seconds_despite_pending_timers(corpus_index, tmp_path):
    (tmp_path / "timer_app.py").write_text(TIMER_APP)
    with gunicorn(corpus_index, "--max-requests", "5", "--max-requests-jitter", "0", "--pythonpath", str(tmp_path),
                  app="timer_app:app") as base:
        for _ in range(4):  # with /healthz from start-up: the worker's fifth request ends it
            requests.get(base + "/healthz", timeout=10, headers={"Connection": "close"})
        started = time.monotonic()
        while True:
            try:
                if requests.get(base + "/healthz", timeout=2, headers={"Connection": "close"}).status_code == 200:
                    if time.monotonic() - started > 0.5:
                        break
            except requests.RequestException:
                pass
            assert time.monotonic() - started < 15, "no worker answered for 15 s after a recycle"
            time.sleep(0.1)
        gap = _longest_gap(base, seconds=6)
        assert gap < 5, f"the site did not answer for {gap:.1f} s while its only worker was recycled"


def _longest_gap(base: str, seconds: float) -> float:
    """Poll for a while (recycling the worker every 5 requests); the longest time without an answer."""
    last_ok = time.monotonic()
    longest = 0.0
    end = last_ok + seconds
    while time.monotonic() < end:
        try:
            if requests.get(base + "/healthz", timeout=2, headers={"Connection": "close"}).status_code == 200:
                now = time.monotonic()
                longest = max(longest, now - last_ok)
                last_ok = now
        except requests.RequestException:
            pass
        time.sleep(0.05)
    return max(longest, time.monotonic() - last_ok)
