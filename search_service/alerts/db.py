"""The alerts database: tables, opening it (SQLite by default, any SQLAlchemy URL), schema versions and migrations.

Web workers and the sender share it. SQLite runs in WAL mode with a busy timeout, so a writer
waits for another instead of failing; every change is one short transaction.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Connection, Engine

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_URL = "sqlite:///" + str(ROOT / "var" / "alerts.sqlite3")
SQLITE_BUSY_MS = 15000

metadata = MetaData()

schema_version = Table("schema_version", metadata, Column("version", Integer, nullable=False))

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(40), nullable=False, unique=True),  # random; what signed links name (ids are never reused)
    Column("address", String(320), nullable=False),
    Column("search", Text, nullable=False),  # the followed search as a query string (q and filters)
    Column("frequency", String(10), nullable=False),  # daily | weekly
    Column("status", String(10), nullable=False),  # pending (not confirmed: nothing is sent) | active
    Column("created_at", Float, nullable=False),
    Column("confirmed_at", Float),
    Column("cursor", BigInteger, nullable=False, default=0),  # paragraphs indexed after this stamp are still to come
    Column("next_due", Float),
    UniqueConstraint("address", "search", name="one_follow_per_search"),
)
Index("subscriptions_address", subscriptions.c.address)

digests = Table(
    "digests",  # the outbox: a digest is made, with its paragraphs, in the transaction that moves the cursor on
    metadata,
    Column("id", Integer, primary_key=True),
    Column("subscription_id", Integer, ForeignKey("subscriptions.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("key", String(40), nullable=False, unique=True),
    Column("created_at", Float, nullable=False),
    Column("message_id", String(200), nullable=False),
    Column("message", Text, nullable=False),  # the whole email as sent, so a retry sends the same one
    Column("paragraphs", Integer, nullable=False),
    Column("sent_at", Float),
)

deliveries = Table(
    "deliveries",  # every paragraph a subscription has been sent, and in which digest
    metadata,
    Column("id", Integer, primary_key=True),
    Column("subscription_id", Integer, ForeignKey("subscriptions.id", ondelete="CASCADE"), nullable=False),
    Column("digest_id", Integer, ForeignKey("digests.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("paragraph_id", String(100), nullable=False),
    Column("indexed_at", BigInteger, nullable=False),
    UniqueConstraint("subscription_id", "paragraph_id", "indexed_at", name="one_delivery_per_paragraph"),
)

attempts = Table(
    "attempts",  # subscribe requests, for the per-address and per-client limits (keys are keyed hashes)
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(80), nullable=False),
    Column("at", Float, nullable=False),
    Index("attempts_key_at", "key", "at"),
)


def _v1(conn: Connection) -> None:
    """The first schema: subscriptions, digests, deliveries, attempts."""
    metadata.create_all(conn, tables=[subscriptions, digests, deliveries, attempts])


# Ordered: migration N takes the schema from version N-1 to N. Add new ones at the end; never edit old ones.
MIGRATIONS: list[Callable[[Connection], None]] = [_v1]
SCHEMA_VERSION = len(MIGRATIONS)


def database_url() -> str:
    """ALERTS_DATABASE_URL, else the SQLite file var/alerts.sqlite3."""
    return os.environ.get("ALERTS_DATABASE_URL") or DEFAULT_URL


def open_database(url: str | None = None, durable: bool = True) -> Engine:
    """An engine on the alerts database, its schema brought up to date (the SQLite file and folder made on first use).

    durable=False (SQLite): commits are not flushed to disk one by one (synchronous=NORMAL), which
    survives a killed process but not a power cut; the sender records "sent" this way, to make the
    moment between the SMTP server's acceptance and that record as short as it can be.
    """
    url = url or database_url()
    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_MS / 1000})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # noqa: ANN001
            # Let SQLAlchemy, not the driver, open transactions, so BEGIN IMMEDIATE below is ours.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=FULL" if durable else "PRAGMA synchronous=NORMAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin_immediate(conn):  # noqa: ANN001
            # Take the write lock at the start: two writers never both read and then collide.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        engine = create_engine(url, pool_pre_ping=True)
    migrate(engine)
    return engine


def current_version(conn: Connection) -> int:
    """The schema version the database is at (0 when empty)."""
    if not inspect(conn).has_table("schema_version"):
        return 0
    return int(conn.execute(select(schema_version.c.version)).scalar() or 0)


def migrate(engine: Engine) -> int:
    """Apply the migrations the database has not had, each in its own transaction with its version; returns the version."""
    while True:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(172017)"))  # one migrator at a time
            if not inspect(conn).has_table("schema_version"):
                schema_version.create(conn)
                conn.execute(schema_version.insert().values(version=0))
            version = current_version(conn)
            if version > SCHEMA_VERSION:
                raise RuntimeError(f"the alerts database has schema version {version}, newer than this software's {SCHEMA_VERSION}")
            if version == SCHEMA_VERSION:
                return version
            MIGRATIONS[version](conn)
            conn.execute(schema_version.update().values(version=version + 1))
