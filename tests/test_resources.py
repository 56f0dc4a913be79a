"""File descriptors and memory stay flat over 1,000 requests to one app (after a warm-up)."""
from __future__ import annotations

import gc
import os

import psutil

QUERIES = ["council", "planning application", '"parish council"', "budget OR finance", "highways -footpath", "minutes", "cabin*", "zzzznothing"]
PATHS = ["/api/search?q={}", "/api/search?q={}&sort=newest&page=2", "/api/search?q={}", "/?q={}"]


def _one_round(client, number: int) -> None:
    q = QUERIES[number % len(QUERIES)]
    path = PATHS[number % len(PATHS)]
    response = client.get(path.format(q))
    assert response.status_code == 200, (path, q, response.status_code)
    response.close()


def test_descriptors_and_memory_stay_flat(app):
    client = app.test_client()
    process = psutil.Process(os.getpid())
    for number in range(100):  # warm-up: caches, snapshot arrays, templates
        _one_round(client, number)
    gc.collect()
    fds_before = process.num_fds()
    rss_before = process.memory_info().rss
    for number in range(1000):
        _one_round(client, number)
    gc.collect()
    fds_after = process.num_fds()
    rss_after = process.memory_info().rss
    grown_mb = (rss_after - rss_before) / 2**20
    print(f"1000 requests: fds {fds_before} -> {fds_after}, RSS {rss_before / 2**20:.1f} -> {rss_after / 2**20:.1f} MB")
    assert fds_after <= fds_before + 2, f"file descriptors grew from {fds_before} to {fds_after}"
    assert grown_mb < 20, f"RSS grew by {grown_mb:.1f} MB over 1,000 requests"
