"""Helpers for the alert tests: a real SMTP server on localhost (aiosmtpd), small document folders, the app."""
from __future__ import annotations

import email
import email.policy
import json
import re
import socket
import threading
import time
from pathlib import Path

SECRET = "test-secret-key-0123456789"
SENDER = "alerts@search.example.org"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    """Every message the SMTP server accepted, parsed; `delay` slows each recipient (so a sender can be killed mid-run).

    The delay is before the message is sent, not between its end and the server's answer: that
    instant is as short as a real server makes it.
    """

    def __init__(self, delay: float = 0.0):
        self.messages: list = []
        self.delay = delay
        self._lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.delay:
            time.sleep(self.delay)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self._lock:
            self.messages.append((list(envelope.rcpt_tos), parsed))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list:
        with self._lock:
            return [message for rcpts, message in self.messages if address in rcpts]

    def clear(self) -> None:
        with self._lock:
            self.messages.clear()


def text_of(message) -> str:
    return message.get_body(("plain",)).get_content().replace("\r\n", "\n")


def html_of(message) -> str:
    body = message.get_body(("html",))
    return body.get_content() if body is not None else ""


def links_in(message) -> list[str]:
    return re.findall(r"https?://[^\s<>\"]+", text_of(message))


def link(message, fragment: str) -> str:
    found = [url for url in links_in(message) if fragment in url]
    assert found, (fragment, links_in(message))
    return found[0]


def write_doc(folder: Path, name: str, paragraphs: list[str], council: str = "Testshire County Council", committee: str = "Cabinet", date: str = "2025-03-04", title: str | None = None) -> None:
    """A text document with a sidecar: its paragraphs are the truth the tests check against."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    meta = {"council": council, "committee": committee, "date": date, "title": title or name.replace("_", " ").title()}
    (folder / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")


def alert_app(index_dir: Path, db: Path, smtp_port: int, **alert_overrides):
    from search_service import create_app

    alerts = {"database_url": f"sqlite:///{db}", "sender": SENDER, "smtp_host": "127.0.0.1", "smtp_port": smtp_port, "smtp_starttls": False, **alert_overrides}
    app = create_app({"INDEX_DIR": str(index_dir), "SECRET_KEY": SECRET, "BASE_URL": "http://search.example.org", "ALERTS": alerts})
    app.config["TESTING"] = True
    return app


def sender_env(index_dir: Path, db: Path, smtp_port: int) -> dict:
    """The environment `python -m search_service.alerts send` reads, for the same site as alert_app."""
    return {
        "SEARCH_INDEX_DIR": str(index_dir), "SEARCH_SECRET_KEY": SECRET, "SEARCH_BASE_URL": "http://search.example.org",
        "ALERTS_DATABASE_URL": f"sqlite:///{db}", "ALERTS_FROM": SENDER, "ALERTS_SMTP_HOST": "127.0.0.1",
        "ALERTS_SMTP_PORT": str(smtp_port), "ALERTS_SMTP_STARTTLS": "false",
    }
