"""The alerts sender killed with SIGKILL at random moments: no paragraph is lost, none comes in two emails."""
from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time


from alerts_helpers import alert_app, free_port, sender_env, text_of, write_doc
from conftest import ROOT
from indexer.build import build
from search_service import reader_of
from search_service.alerts import alerts_of, store

SUBSCRIBERS = 24
WORDS = [f"topic{chr(97 + i)}{chr(97 + i)}word" for i in range(SUBSCRIBERS)]


def _subscribe_all(app) -> list[str]:
    alerts = alerts_of(app)
    cursor = reader_of(app).newest_stamp()
    addresses = []
    for i, word in enumerate(WORDS):
        address = f"reader{i}@example.org"
        subscription, status = store.subscribe(alerts.engine(), address, f"q={word}", "daily", time.time() - 86400, 50)
        assert status == "new"
        store.confirm(alerts.engine(), subscription.key, cursor, time.time() - 86400)
        addresses.append(address)
    return addresses


def _run_sender(env: dict, kill_at: tuple[list, int, float] | None) -> int | None:
    """Run the sender; with kill_at (the inbox's list, how many more emails, a pause), SIGKILL it once that many more have arrived.

    Counting emails, not seconds, kills it mid-run on a fast machine and a loaded one alike.
    """
    process = subprocess.Popen([sys.executable, "-m", "search_service.alerts", "send"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if kill_at is not None:
        received, more, pause = kill_at
        target = len(received) + more
        deadline = time.monotonic() + 300
        while process.poll() is None and len(received) < target and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(pause)  # somewhere between one email's acceptance and the next
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            return None
    process.wait(timeout=300)
    return process.returncode


def _kills(request) -> int:
    return 20 if request.config.getoption("--run-soak") else 3


def test_a_sender_killed_at_random_moments_loses_nothing_and_sends_nothing_twice(tmp_path, request):
    from aiosmtpd.controller import Controller

    from alerts_helpers import Inbox

    box = Inbox(delay=0.15)
    port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        docs = tmp_path / "docs"
        write_doc(docs, "old", [f"Earlier note on {word}." for word in WORDS])
        index_dir = tmp_path / "index"
        build([str(docs)], str(index_dir))
        db = tmp_path / "alerts.sqlite3"
        app = alert_app(index_dir, db, port)
        addresses = _subscribe_all(app)
        expected = {}
        for i, word in enumerate(WORDS):
            texts = [f"The {word} report was agreed by members.", f"Questions on {word} were answered.", f"A petition about {word} was received."]
            write_doc(docs, f"new_{i}", texts[:2], date="2025-06-01")
            write_doc(docs, f"more_{i}", texts[2:], committee="Scrutiny", date="2025-06-02")
            expected[addresses[i]] = set(texts)
        build([str(docs)], str(index_dir))
        env = {**sender_env(index_dir, db, port), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        rng = random.Random(1717)
        killed = 0
        for _ in range(_kills(request)):
            # Killed after 1-4 more of the 24 emails (0.15 s each) have arrived, at a random moment after the last.
            if _run_sender(env, kill_at=(box.messages, rng.randint(1, 4), rng.uniform(0.0, 0.15))) is None:
                killed += 1
        assert _run_sender(env, kill_at=None) == 0
        assert killed >= 1, "no run was killed: the test did not test anything"
        by_id: dict[str, list] = {}
        for rcpts, message in box.messages:
            by_id.setdefault(message["Message-ID"], []).append((rcpts, message))
        twice = {mid: copies for mid, copies in by_id.items() if len(copies) > 1}
        for copies in twice.values():
            # Only a kill between the server's acceptance and the sender's record can repeat an email, and then the same one.
            assert len({text_of(m) for _, m in copies}) == 1
        for address in addresses:
            seen: dict[str, str] = {}
            for mid, copies in by_id.items():
                rcpts, message = copies[0]
                if address not in rcpts:
                    continue
                for paragraph in re.findall(r"^(.*\S)\n  meeting", text_of(message).replace("*", ""), re.M):
                    assert paragraph not in seen, f"{paragraph!r} was in two emails to {address}"
                    seen[paragraph] = mid
            assert set(seen) == expected[address], (address, [text_of(c[0][1]) for c in by_id.values() if address in c[0][0]][:2], len(box.messages))
        print(f"\n{killed} senders killed; {len(by_id)} emails; {sum(len(c) - 1 for c in twice.values())} repeated with the same Message-ID")
    finally:
        controller.stop()
