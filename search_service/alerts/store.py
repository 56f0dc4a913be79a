"""What alerts keep and change in the database; each function is one short transaction."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Engine

from search_service.alerts.db import attempts, subscriptions

FREQUENCIES = {"daily": 86400.0, "weekly": 7 * 86400.0}


@dataclass
class Subscription:
    """One address following one search."""

    id: int
    key: str
    address: str
    search: str
    frequency: str
    status: str
    created_at: float
    confirmed_at: float | None
    cursor: int
    next_due: float | None


def _row(row: Any) -> Subscription:
    return Subscription(**{name: row._mapping[name] for name in Subscription.__dataclass_fields__})


def new_key() -> str:
    """A random key for a subscription or digest (what signed links name)."""
    return secrets.token_urlsafe(18)


def subscribe(engine: Engine, address: str, search: str, frequency: str, now: float, max_per_address: int) -> tuple[Subscription | None, str]:
    """Record a request to follow a search: (subscription, "new" | "pending" | "active" | "too many").

    A repeated request for a pending subscription gets its confirmation sent again (the caller does
    so); one for an active subscription changes nothing and sends nothing.
    """
    with engine.begin() as conn:
        found = conn.execute(select(subscriptions).where(subscriptions.c.address == address, subscriptions.c.search == search)).first()
        if found is not None:
            subscription = _row(found)
            if subscription.status == "pending" and subscription.frequency != frequency:
                conn.execute(update(subscriptions).where(subscriptions.c.id == subscription.id).values(frequency=frequency))
                subscription.frequency = frequency
            return subscription, subscription.status
        count = conn.execute(select(func.count()).select_from(subscriptions).where(subscriptions.c.address == address)).scalar() or 0
        if count >= max_per_address:
            return None, "too many"
        key = new_key()
        conn.execute(subscriptions.insert().values(key=key, address=address, search=search, frequency=frequency, status="pending", created_at=now, cursor=0))
        row = conn.execute(select(subscriptions).where(subscriptions.c.key == key)).first()
        return _row(row), "new"


def by_key(engine: Engine, key: str) -> Subscription | None:
    """The subscription with this key, or None (deleted, or never made)."""
    with engine.begin() as conn:
        row = conn.execute(select(subscriptions).where(subscriptions.c.key == key)).first()
    return _row(row) if row is not None else None


def confirm(engine: Engine, key: str, cursor: int, now: float) -> Subscription | None:
    """Make a pending subscription active, following paragraphs indexed after `cursor`; an active one is left as it is."""
    with engine.begin() as conn:
        conn.execute(
            update(subscriptions)
            .where(subscriptions.c.key == key, subscriptions.c.status == "pending")
            .values(status="active", confirmed_at=now, cursor=cursor, next_due=now)
        )
        row = conn.execute(select(subscriptions).where(subscriptions.c.key == key)).first()
    return _row(row) if row is not None else None


def unsubscribe(engine: Engine, key: str) -> bool:
    """Delete a subscription with its digests and deliveries (nothing is kept); False when there was none."""
    with engine.begin() as conn:
        return bool(conn.execute(delete(subscriptions).where(subscriptions.c.key == key)).rowcount)


def of_address(engine: Engine, address: str) -> list[Subscription]:
    """Every subscription of an address, oldest first."""
    with engine.begin() as conn:
        rows = conn.execute(select(subscriptions).where(subscriptions.c.address == address).order_by(subscriptions.c.id)).fetchall()
    return [_row(row) for row in rows]


def set_frequency(engine: Engine, key: str, frequency: str) -> bool:
    """Change how often a subscription's digest is sent."""
    with engine.begin() as conn:
        return bool(conn.execute(update(subscriptions).where(subscriptions.c.key == key).values(frequency=frequency)).rowcount)


def delete_unconfirmed(engine: Engine, older_than: float) -> int:
    """Delete requests never confirmed and made before `older_than` (their links have expired)."""
    with engine.begin() as conn:
        return int(conn.execute(delete(subscriptions).where(subscriptions.c.status == "pending", subscriptions.c.created_at < older_than)).rowcount)


def limit_key(secret: str, kind: str, value: str) -> str:
    """What the limits table keeps for an address or client: a keyed hash, never the value itself."""
    return kind + ":" + hmac.new(secret.encode(), value.encode(), hashlib.sha256).hexdigest()[:40]


def allow(engine: Engine, limits: list[tuple[str, int, float]], now: float) -> bool:
    """Whether a request is within every (key, most allowed, window in seconds); an allowed one is counted."""
    with engine.begin() as conn:
        longest = max(window for _, _, window in limits)
        conn.execute(delete(attempts).where(attempts.c.at < now - max(longest, 7 * 86400.0)))
        for key, most, window in limits:
            used = conn.execute(select(func.count()).select_from(attempts).where(attempts.c.key == key, attempts.c.at >= now - window)).scalar() or 0
            if used >= most:
                return False
        conn.execute(attempts.insert(), [{"key": key, "at": now} for key, _, _ in limits])
        return True
