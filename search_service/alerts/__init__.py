"""Email alerts: follow a search, get the paragraphs newly indexed that match it (double opt-in, no accounts).

db.py the database and migrations; store.py what is kept; searches.py a followed search;
tokens.py signed links; mail.py emails and SMTP; digest.py what a digest holds; sender.py
`python -m search_service.alerts send`; views.py the pages.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, current_app

from search_service.alerts.settings import AlertSettings, load_alert_settings, secret_key


@dataclass
class Alerts:
    """What the app's alert pages share: settings, and the database opened on first use."""

    settings: AlertSettings
    search_settings: dict
    _engine: Any = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def engine(self) -> Any:
        from search_service.alerts.db import open_database

        with self._lock:
            if self._engine is None:
                self._engine = open_database(self.settings.database_url)
            return self._engine

    def secret(self) -> str:
        """The signing key; AlertsNotConfigured with the reason when there is none."""
        return secret_key(self.search_settings)


def init_app(app: Flask, overrides: dict | None = None) -> None:
    """Register the alert pages on the app (nothing is opened until a page needs it)."""
    from search_service.alerts import views

    app.extensions["alerts"] = Alerts(load_alert_settings(overrides), app.config["SEARCH"])
    app.register_blueprint(views.bp)
    app.add_template_global(views.follow_form, "follow_form")


def alerts_of(app: Flask | None = None) -> Alerts:
    """The app's alerts state."""
    return (app or current_app).extensions["alerts"]
