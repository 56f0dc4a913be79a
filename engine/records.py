"""What the engine is handed to index: a document and its paragraphs, as the indexer's model gives them."""
from __future__ import annotations

from datetime import date
from typing import Protocol, Sequence


class ParagraphRecord(Protocol):
    """One paragraph to index."""

    text: str
    position: int
    page: int | None
    council: str | None
    committee: str | None
    date: date | None
    item_number: str | None
    item_title: str | None
    section: str | None
    kind: str
    label: str | None
    speakers: list[str]
    ocr: bool  # read by OCR from a scanned page
    ocr_confidence: float | None  # that page's mean OCR word confidence, 0-100


class MotionRecord(Protocol):
    """One motion of a document (indexer/model.py's Motion); engine/motions.py reads these attributes."""

    type: str
    text: str
    positions: list[int]  # positions of the paragraphs it comes from
    proposer: str | None
    seconder: str | None
    outcome: str | None
    unanimous: bool | None
    counts: dict[str, int | None]
    votes: dict[str, list[str]]
    resolution: str | None
    item_number: str | None
    item_title: str | None


class DocumentRecord(Protocol):
    """One source document to index, with its paragraphs in order; its motions, when it has any, in `motions` (a list of MotionRecord)."""

    document_id: str
    path: str
    relpath: str
    format: str
    content_hash: str
    title: str | None
    source_url: str | None

    @property
    def paragraphs(self) -> Sequence[ParagraphRecord]: ...
