"""Soak: real gunicorn (the shipped config, its threads too) on 127.0.0.1 under load for 2 minutes.

Fails on any error, any total that differs from a single-threaded reader's, and any 404 for a
paragraph that exists; prints throughput, p50, p95 and p99.

The crash soak (50 SIGKILLs) is tests/test_crash.py::test_fifty_killed_builds_lose_nothing.
"""
from __future__ import annotations

import os
import threading
import time

import pytest
import requests

from test_serve_while_indexing import Gunicorn

QUERIES = ["council", "planning", "parish council", '"parish council"', "budget OR finance", "minutes", "cabin*", "highways", "zzzznothing", "meeting&sort=newest", "council&page=3"]


@pytest.mark.soak
def test_two_minutes_of_load_without_errors(corpus_index):
    seconds = float(os.environ.get("SOAK_SECONDS", "120"))
    clients = int(os.environ.get("SOAK_CLIENTS", "8"))  # 2 workers x 2 threads on 2 cores, kept busy
    from engine.reader import IndexReader, SearchRequest

    quiet = IndexReader(corpus_index)
    expected = {q: quiet.search(SearchRequest(q=q.split("&")[0])).total for q in QUERIES}
    paragraph_ids = [hit.fields["id"] for hit in quiet.search(SearchRequest(q="council", per_page=50)).hits]
    server = Gunicorn(corpus_index)
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(number: int) -> None:
        session = requests.Session()
        for request_number in range(100_000):  # bounded in count as well as time
            if time.monotonic() > deadline:
                return
            q = QUERIES[(number + request_number) % len(QUERIES)]
            started = time.monotonic()
            try:
                if request_number % 4 == 3:
                    pid = paragraph_ids[request_number % len(paragraph_ids)]
                    response = session.get(f"{server.url}/api/paragraphs/{pid}", timeout=30)
                    ok = response.status_code == 200 and response.json()["id"] == pid
                    problem = None if ok else f"paragraph {pid}: {response.status_code}"
                else:
                    response = session.get(f"{server.url}/api/search?q={q}", timeout=30)
                    ok = response.status_code == 200 and response.json()["total"] == expected[q]
                    problem = None if ok else f"{q}: {response.status_code} total {response.json().get('total')} (expected {expected[q]})"
            except (requests.RequestException, ValueError) as error:
                problem = f"{q}: {error!r}"
            took = time.monotonic() - started
            with lock:
                latencies.append(took)
                if problem:
                    errors.append(problem)

    try:
        threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=seconds + 60)
    finally:
        server.stop()
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95)] if latencies else float("nan")
    p99 = latencies[int(len(latencies) * 0.99)] if latencies else float("nan")
    print(f"soak load: {len(latencies)} requests in {seconds:.0f} s with {clients} clients = {len(latencies) / seconds:.1f} req/s, "
          f"p50 {latencies[len(latencies) // 2] * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, {len(errors)} errors")
    assert not errors, errors[:5]
    assert latencies
