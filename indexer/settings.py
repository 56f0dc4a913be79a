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


OCR_PAGE_SECONDS = 60  # INDEXER_OCR_PAGE_SECONDS: rendering, and then reading, one scanned page may take this long
OCR_MIN_CONFIDENCE = 60  # INDEXER_OCR_MIN_CONFIDENCE: a scanned page read with a lower mean word confidence is not indexed
OCR_DPI = 300  # INDEXER_OCR_DPI: resolution scanned pages are rendered at for OCR


def ocr_page_seconds() -> float:
    """Seconds each of rendering and OCR may take on one scanned page (INDEXER_OCR_PAGE_SECONDS)."""
    raw = os.environ.get("INDEXER_OCR_PAGE_SECONDS", "").strip()
    try:
        return max(0.01, float(raw)) if raw else float(OCR_PAGE_SECONDS)
    except ValueError:
        return float(OCR_PAGE_SECONDS)


def ocr_min_confidence() -> float:
    """The lowest mean OCR word confidence (0-100) at which a scanned page is indexed (INDEXER_OCR_MIN_CONFIDENCE)."""
    raw = os.environ.get("INDEXER_OCR_MIN_CONFIDENCE", "").strip()
    try:
        return min(100.0, max(0.0, float(raw))) if raw else float(OCR_MIN_CONFIDENCE)
    except ValueError:
        return float(OCR_MIN_CONFIDENCE)


def parse_seconds_left() -> float | None:
    """Seconds before the parent gives up on the file being parsed (set by indexer/isolation.py), or None."""
    import time

    raw = os.environ.get("INDEXER_PARSE_DEADLINE", "")
    try:
        return float(raw) - time.monotonic() if raw else None
    except ValueError:
        return None


def ocr_dpi() -> int:
    """Resolution scanned pages are rendered at for OCR (INDEXER_OCR_DPI, 72-600)."""
    return min(600, max(72, _number("INDEXER_OCR_DPI", OCR_DPI)))
