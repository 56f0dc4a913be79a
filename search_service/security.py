"""Security headers for every answer: the app's own and gunicorn's error answers alike."""
from __future__ import annotations

from search_service.assets import INLINE_SCRIPT_HASHES, SITE_CSS_HASH

# Inline only what the policy names by hash: static/site.css, and the scripts of assets.INLINE_SCRIPTS.
_SCRIPT_SOURCES = " ".join(["'self'", *(f"'{value}'" for value in INLINE_SCRIPT_HASHES)])
CONTENT_SECURITY_POLICY = (
    f"default-src 'self'; img-src 'self' data:; style-src 'self' '{SITE_CSS_HASH}'; script-src {_SCRIPT_SOURCES}; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
}
