"""Plain data passed between loaders, structure finding, speakers and the index writer."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

KINDS = ("agenda", "report", "minutes", "decision", "other")


@dataclass
class Block:
    """A run of text as a loader found it: one paragraph, heading, bullet or table row."""

    text: str
    page: int | None = None
    heading: bool = False  # loader's hint that this looks like a heading (bold, short, title case)
    table_row: bool = False  # a table row whose cells are joined with " | "
    bullet: bool = False
    label: str | None = None  # printed paragraph number such as "5.3" or "(1)", when the loader split it off
    ocr: bool = False  # read by OCR from a scanned page
    ocr_confidence: float | None = None  # the page's mean OCR word confidence, 0-100
    item: bool = False  # an agenda item heading the loader took out of running text: label is its number, text its title


@dataclass
class Paragraph:
    """One indexed unit: a paragraph with the meeting, item and section it belongs to."""

    text: str
    position: int = 0
    page: int | None = None
    council: str | None = None
    committee: str | None = None
    date: date | None = None
    item_number: str | None = None
    item_title: str | None = None
    section: str | None = None  # e.g. "Minutes", "Decisions", "RESOLVED"
    kind: str = "other"
    label: str | None = None
    speakers: list[str] = field(default_factory=list)
    bullet: bool = False
    table_row: bool = False
    ocr: bool = False  # read by OCR from a scanned page: may contain errors
    ocr_confidence: float | None = None  # the page's mean OCR word confidence, 0-100


@dataclass
class Document:
    """One source file, read and structured."""

    document_id: str
    path: str  # path as given to the indexer (absolute)
    relpath: str  # path relative to the folder that was indexed
    format: str  # pdf, docx, html, markdown, text
    content_hash: str
    title: str | None = None
    council: str | None = None
    committee: str | None = None
    date: date | None = None
    source_url: str | None = None
    pages: int | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # what was ignored while reading, for the build report
    meeting_card: dict | None = None  # what it says of its meeting and agenda (indexer/meeting_card.py), for linking
