"""The alerts database: made on first use with its schema version, migrated in order, shared safely by several writers."""
from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from search_service.alerts import store
from search_service.alerts.db import MIGRATIONS, SCHEMA_VERSION, open_database


def test_the_database_file_and_folder_are_made_on_first_use_at_the_latest_schema_version(tmp_path):
    path = tmp_path / "var" / "alerts.sqlite3"
    open_database(f"sqlite:///{path}")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"subscriptions", "digests", "deliveries", "attempts"} <= tables
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    open_database(f"sqlite:///{path}")  # again: nothing to do
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM schema_version").fetchone() == (1,)


def test_migrations_run_in_order_from_the_version_found(tmp_path, monkeypatch):
    import search_service.alerts.db as db

    path = tmp_path / "alerts.sqlite3"
    open_database(f"sqlite:///{path}")
    ran = []
    monkeypatch.setattr(db, "MIGRATIONS", [*MIGRATIONS, lambda conn: ran.append(2), lambda conn: ran.append(3)])
    monkeypatch.setattr(db, "SCHEMA_VERSION", len(MIGRATIONS) + 2)
    db.open_database(f"sqlite:///{path}")
    assert ran == [2, 3]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone() == (len(MIGRATIONS) + 2,)


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "alerts.sqlite3"
    open_database(f"sqlite:///{path}")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(RuntimeError, match="newer"):
        open_database(f"sqlite:///{path}")


def test_several_workers_writing_at_once_lose_nothing(tmp_path):
    url = f"sqlite:///{tmp_path / 'alerts.sqlite3'}"
    open_database(url)
    errors = []

    def worker(n: int) -> None:
        engine = open_database(url)  # each worker its own connection, as gunicorn's processes have
        try:
            for i in range(40):
                store.subscribe(engine, f"w{n}-{i}@example.org", f"q=word{i}", "daily", time.time(), 20)
                store.allow(engine, [(f"client:{n}", 1000, 3600.0)], time.time())
        except Exception as error:  # noqa: BLE001 - any failure is the test's finding
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with sqlite3.connect(tmp_path / "alerts.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM subscriptions").fetchone() == (160,)
        assert conn.execute("SELECT COUNT(*) FROM attempts").fetchone() == (160,)
