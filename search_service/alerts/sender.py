"""`python -m search_service.alerts send`: make the digests that are due and send them.

Nothing is lost or sent twice, even if the sender is killed at any moment:
1. A digest is made in one transaction that also records each of its paragraphs as delivered
   (deliveries) and moves the subscription's cursor on to the newest paragraph stamp the search
   saw. The email itself is stored with it (the outbox), unsent.
2. It is then handed to the SMTP server and marked sent in a second transaction.
A sender killed after 1 and before the server accepted the email sends that same stored email on
its next run. Only a kill in the instant between the server's acceptance and step 2's commit
sends one email twice: the same email, with the same Message-ID.
"""
from __future__ import annotations

import email.parser
import email.policy
import fcntl
import os
import sys
import time
from contextlib import contextmanager
from typing import Any, Iterator, TextIO

from flask import Flask, url_for
from sqlalchemy import select, text, update
from sqlalchemy.engine import Engine

from engine.query import QueryError
from engine.reader import IndexReader
from search_service import reader_of
from search_service.alerts import alerts_of, mail, store
from search_service.alerts.db import deliveries, digests, subscriptions
from search_service.alerts.digest import grouped, shown_first
from search_service.alerts.searches import describe, request_of, search_path
from search_service.alerts.tokens import sign
from search_service.params import ParamError
from search_service.present import site_url


class _Changed(Exception):
    """The subscription changed while its digest was being made; it is left for the next run."""


class SenderBusy(RuntimeError):
    """Another sender is running on this database."""


@contextmanager
def sender_lock(engine: Engine) -> Iterator[None]:
    """One sender at a time: a lock file beside a SQLite database, an advisory lock on PostgreSQL (released if the sender dies)."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        path = str(url.database) + ".send.lock"
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise SenderBusy("another alerts sender is running") from None
        try:
            yield
        finally:
            os.close(fd)
        return
    with engine.connect() as conn:
        if not conn.execute(text("SELECT pg_try_advisory_lock(172018)")).scalar():
            raise SenderBusy("another alerts sender is running")
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(172018)"))


def next_due(due: float | None, period: float, now: float) -> float:
    """The next time a digest is due: the same time of day (or week) as before, after now."""
    due = now if due is None else due
    while due <= now:
        due += period
    return due


def _stored(message: Any) -> str:
    return message.as_string(policy=email.policy.default)


def _parsed(stored: str) -> Any:
    return email.parser.Parser(policy=email.policy.default).parsestr(stored)


_QUICK_ENGINES: dict[str, Engine] = {}


def _mark_sent(engine: Engine, digest_id: int) -> None:
    """Record a digest as sent at once: a commit that does not wait for the disk (a killed process loses nothing of it)."""
    if engine.url.get_backend_name() == "sqlite":
        from search_service.alerts.db import open_database

        key = str(engine.url)
        quick = _QUICK_ENGINES.get(key)
        if quick is None:
            quick = _QUICK_ENGINES[key] = open_database(key, durable=False)
        with quick.begin() as conn:
            conn.execute(update(digests).where(digests.c.id == digest_id).values(sent_at=time.time()))
        return
    with engine.begin() as conn:
        if engine.url.get_backend_name() == "postgresql":
            conn.execute(text("SET LOCAL synchronous_commit TO OFF"))
        conn.execute(update(digests).where(digests.c.id == digest_id).values(sent_at=time.time()))


def _send_pending(engine: Engine, mailer: mail.Mailer, only: int | None, out: TextIO) -> tuple[int, int]:
    """Send stored digests not yet sent (all, or one): (sent, failed). A failure leaves it for the next run."""
    query = select(digests.c.id, digests.c.message).where(digests.c.sent_at.is_(None)).order_by(digests.c.id)
    if only is not None:
        query = query.where(digests.c.id == only)
    with engine.begin() as conn:
        pending = conn.execute(query).fetchall()
    sent = failed = 0
    for row in pending:
        if mailer.unreachable:  # no point waiting for a timeout per email: they all go next run
            failed += 1
            continue
        try:
            mailer.send(_parsed(row.message))
        except Exception as error:  # the server refused it or is unreachable: try again next run
            print(f"alerts: digest {row.id} not sent ({error.__class__.__name__}: {error}); it will be tried again", file=sys.stderr)
            mailer.close()
            failed += 1
            continue
        _mark_sent(engine, row.id)
        sent += 1
    return sent, failed


def _make_digest(app: Flask, engine: Engine, reader: IndexReader, subscription: store.Subscription, now: float, dry_run: bool, out: TextIO) -> int | None:
    """Find what is new for one due subscription and, in one transaction, store its digest and move its cursor on; the digest's id (None when nothing is new)."""
    alerts = alerts_of(app)
    settings = alerts.settings
    search = request_of(subscription.search, alerts.search_settings)
    found = reader.new_paragraphs(search, subscription.cursor)
    due = next_due(subscription.next_due, store.FREQUENCIES[subscription.frequency], now)
    ids = [hit.fields["id"] for hit in found.hits]
    with engine.begin() as conn:
        already = {(r.paragraph_id, r.indexed_at) for r in conn.execute(
            select(deliveries.c.paragraph_id, deliveries.c.indexed_at).where(deliveries.c.subscription_id == subscription.id, deliveries.c.paragraph_id.in_(ids))
        )} if ids else set()
    hits = [hit for hit in found.hits if (hit.fields["id"], int(hit.fields["indexed_at"])) not in already]
    message = None
    key = store.new_key()
    if hits:
        secret = alerts.secret()
        description = describe(subscription.search)
        unsubscribe_url = site_url(url_for("alerts.unsubscribe", token=sign(secret, "unsubscribe", subscription.key)))
        count = len(hits)
        subject = f"{count} new {'paragraph' if count == 1 else 'paragraphs'}: {description}"
        message = mail.build(
            settings, subscription.address, subject[:200], "digest", unsubscribe_url,
            description=description, documents=shown_first(grouped(hits, search.q), settings.digest_hits), total=count,
            shown=min(count, settings.digest_hits), frequency=subscription.frequency,
            all_url=site_url(url_for("alerts.digest", token=sign(secret, "digest", key))),
            manage_url=site_url(url_for("alerts.manage", token=sign(secret, "manage", subscription.key))),
            search_url=site_url(search_path(subscription.search)),
        )
    if dry_run:
        if message is not None:
            print(f"--- would send to {subscription.address}: {message['Subject']}", file=out)
            print(message.get_body(("plain",)).get_content(), file=out)
        else:
            print(f"--- nothing new for: {describe(subscription.search)}", file=out)
        return None
    try:
        with engine.begin() as conn:
            # Compare-and-set: if the cursor moved or the subscription went meanwhile, store nothing.
            moved = conn.execute(
                update(subscriptions)
                .where(subscriptions.c.id == subscription.id, subscriptions.c.cursor == subscription.cursor, subscriptions.c.status == "active")
                .values(cursor=max(found.newest, subscription.cursor), next_due=due)
            ).rowcount
            if not moved:
                raise _Changed
            if message is None:
                return None
            digest_id = conn.execute(digests.insert().values(
                subscription_id=subscription.id, key=key, created_at=now, message_id=str(message["Message-ID"]),
                message=_stored(message), paragraphs=len(hits),
            )).inserted_primary_key[0]
            conn.execute(deliveries.insert(), [
                {"subscription_id": subscription.id, "digest_id": digest_id, "paragraph_id": hit.fields["id"], "indexed_at": int(hit.fields["indexed_at"])}
                for hit in hits
            ])
    except _Changed:
        return None
    return digest_id


def run(app: Flask, dry_run: bool = False, out: TextIO = sys.stdout, now: float | None = None) -> int:
    """Send what is due; the exit status (0 all sent, 1 some left to retry). An index that cannot be read stops the run (IndexUnavailable)."""
    alerts = alerts_of(app)
    alerts.secret()  # AlertsNotConfigured before anything is read
    if not alerts.settings.sender:
        from search_service.alerts.settings import AlertsNotConfigured

        raise AlertsNotConfigured("email alerts need ALERTS_FROM (the address alert emails come from)")
    engine = alerts.engine()
    now = time.time() if now is None else now
    sent = failed = made = 0
    with sender_lock(engine), app.test_request_context("/"):
        reader = reader_of(app)
        reader.snapshot(force=True)  # the latest commit, not a worker's snapshot of up to a second ago
        mailer = mail.Mailer(alerts.settings)
        try:
            if not dry_run:
                expired = store.delete_unconfirmed(engine, now - alerts.settings.confirm_hours * 3600.0)
                if expired:
                    print(f"alerts: deleted {expired} requests never confirmed", file=out)
                s, f = _send_pending(engine, mailer, None, out)  # left by a run that was stopped
                sent, failed = sent + s, failed + f
            with engine.begin() as conn:
                due = [store._row(r) for r in conn.execute(
                    select(subscriptions).where(subscriptions.c.status == "active", subscriptions.c.next_due <= now).order_by(subscriptions.c.id)
                )]
            for subscription in due:
                try:
                    digest_id = _make_digest(app, engine, reader, subscription, now, dry_run, out)
                except (QueryError, ParamError) as error:
                    # Its search cannot run on this index now (limits changed?): left as it is, tried next run.
                    print(f"alerts: subscription {subscription.id} skipped: {error}", file=sys.stderr)
                    failed += 1
                    continue
                if digest_id is not None:
                    made += 1
                    s, f = _send_pending(engine, mailer, digest_id, out)
                    sent, failed = sent + s, failed + f
        finally:
            mailer.close()
    if not dry_run:
        print(f"alerts: {len(due)} due, {made} digests made, {sent} sent, {failed} left to retry", file=out)
    return 1 if failed else 0
