"""Security headers for every answer: the app's own and gunicorn's error answers alike."""
from __future__ import annotations

from search_service.assets import SITE_CSS_HASH

# No inline script anywhere (templates load static/*.js); the only inline style is static/site.css, by its hash.
CONTENT_SECURITY_POLICY = (
    f"default-src 'self'; img-src 'self' data:; style-src 'self' '{SITE_CSS_HASH}'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
}
