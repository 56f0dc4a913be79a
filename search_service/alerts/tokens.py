"""Signed links (itsdangerous): confirm, unsubscribe, manage, digest; each kind has its own salt and lifetime."""
from __future__ import annotations

from itsdangerous import BadSignature, URLSafeTimedSerializer

PURPOSES = ("confirm", "unsubscribe", "manage", "digest")


class BadToken(ValueError):
    """A link that is not ours, was altered, or has expired; the message says which."""


def sign(secret: str, purpose: str, value: str) -> str:
    """A URL-safe token carrying value for one purpose."""
    assert purpose in PURPOSES
    return URLSafeTimedSerializer(secret, salt="alerts-" + purpose).dumps(value)


def unsign(secret: str, purpose: str, token: str, max_age_seconds: float) -> str:
    """The value of a token made by sign() for this purpose no longer ago than max_age_seconds."""
    serializer = URLSafeTimedSerializer(secret, salt="alerts-" + purpose)
    try:
        value = serializer.loads(token, max_age=max_age_seconds)
    except BadSignature as error:
        expired = error.__class__.__name__ == "SignatureExpired"
        raise BadToken("this link has expired" if expired else "this link is not valid") from None
    if not isinstance(value, str):
        raise BadToken("this link is not valid")
    return value
