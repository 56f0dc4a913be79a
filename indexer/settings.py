"""The indexer's limits on what it reads, each a setting from the environment with a default."""
from __future__ import annotations

import os

MAX_FILE_MB = 512  # INDEXER_MAX_FILE_MB: a larger file is refused by its size, before a byte is read
MAX_PARAGRAPH_CHARS = 20_000  # INDEXER_MAX_PARAGRAPH_CHARS: a longer paragraph is split into several


def _number(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    try:
        return max(1, int(raw)) if raw else default
    except ValueError:
        return default


def max_file_bytes() -> int:
    """The largest file the indexer reads, in bytes (INDEXER_MAX_FILE_MB)."""
    return _number("INDEXER_MAX_FILE_MB", MAX_FILE_MB) * 1024 * 1024


def max_paragraph_chars() -> int:
    """The longest paragraph text indexed as one paragraph (INDEXER_MAX_PARAGRAPH_CHARS)."""
    return max(100, _number("INDEXER_MAX_PARAGRAPH_CHARS", MAX_PARAGRAPH_CHARS))
