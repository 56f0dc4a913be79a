"""Alerts settings (ALERTS_* in the environment) and the signing key (SEARCH_SECRET_KEY)."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, fields
from pathlib import Path

from search_service.alerts.db import ROOT, database_url

LOCAL_KEY_FILE = ROOT / "var" / "secret_key"


class AlertsNotConfigured(RuntimeError):
    """A setting alerts need is missing; the message names it."""


@dataclass(frozen=True)
class AlertSettings:
    """Every ALERTS_* setting with its default; README "Email alerts" documents them."""

    database_url: str = ""
    smtp_host: str = "localhost"
    smtp_port: int = 587
    smtp_starttls: bool = True
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_timeout: float = 30.0
    sender: str = ""  # ALERTS_FROM: the From address; nothing is sent without it
    digest_hits: int = 20  # paragraphs shown in one email; a link leads to all of them
    confirm_hours: int = 72  # a confirmation link works this long; unconfirmed requests are then deleted
    link_days: int = 180  # unsubscribe, manage and digest links in an email work this long
    max_per_address: int = 20  # searches one address may follow (confirmed or not)
    address_requests_per_day: int = 5  # subscribe and manage-link requests naming one address, per 24 hours
    client_requests_per_hour: int = 20  # such requests from one client address, per hour


_ENV_NAMES = {"sender": "ALERTS_FROM"}


def load_alert_settings(overrides: dict | None = None) -> AlertSettings:
    """Defaults, then ALERTS_<NAME> environment variables, then overrides (by field name)."""
    values: dict[str, object] = {"database_url": database_url()}
    for spec in fields(AlertSettings):
        raw = os.environ.get(_ENV_NAMES.get(spec.name, "ALERTS_" + spec.name.upper()))
        if raw is None or raw == "" or spec.name == "database_url":
            continue
        default = spec.default
        if isinstance(default, bool):
            values[spec.name] = raw.strip().lower() in ("1", "true", "yes", "on")
        elif isinstance(default, int):
            values[spec.name] = int(raw)
        elif isinstance(default, float):
            values[spec.name] = float(raw)
        else:
            values[spec.name] = raw
    values.update(overrides or {})
    return AlertSettings(**values)  # type: ignore[arg-type]


def secret_key(search_settings: dict) -> str:
    """The key that signs alert links: SEARCH_SECRET_KEY; on a local site only (no SEARCH_BASE_URL), a key kept in var/secret_key.

    A deployment (SEARCH_BASE_URL set) without SEARCH_SECRET_KEY is refused: a key made up on the
    spot would differ between web workers and the sender, and links would stop working.
    """
    configured = str(search_settings.get("SECRET_KEY") or "")
    if configured:
        if len(configured) < 16:
            raise AlertsNotConfigured("SEARCH_SECRET_KEY is too short: use at least 16 random characters")
        return configured
    if search_settings.get("BASE_URL"):
        raise AlertsNotConfigured("email alerts need SEARCH_SECRET_KEY (a long random string shared by the site and the sender)")
    return _local_key(LOCAL_KEY_FILE)


def _local_key(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_urlsafe(32))
    return path.read_text().strip()
