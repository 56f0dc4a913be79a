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
    heading_line: bool = False  # a heading no paragraph came under, kept so that its words stay searchable


MOTION_TYPES = ("motion", "amendment", "procedural")
MOTION_OUTCOMES = ("carried", "lost", "withdrawn", "deferred", "accepted")
VOTE_SIDES = ("for", "against", "abstain")


def _no_counts() -> dict[str, int | None]:
    return {side: None for side in VOTE_SIDES}


def _no_votes() -> dict[str, list[str]]:
    return {side: [] for side in VOTE_SIDES}


@dataclass
class Motion:
    """A motion, amendment or procedural motion as the minutes record it; what they do not record stays None or empty."""

    type: str  # one of MOTION_TYPES
    text: str  # the motion's words ("that the Council notes ...")
    positions: list[int] = field(default_factory=list)  # Paragraph.position of each paragraph it comes from
    proposer: str | None = None  # names as speakers are shown: no honorific, fullest form in the document
    seconder: str | None = None
    outcome: str | None = None  # one of MOTION_OUTCOMES, or None when not recorded
    unanimous: bool | None = None
    counts: dict[str, int | None] = field(default_factory=_no_counts)  # recorded numbers for, against, abstain
    votes: dict[str, list[str]] = field(default_factory=_no_votes)  # members named under For, Against, Abstain
    resolution: str | None = None  # the resolution it led to ("RESOLVED that ...")
    item_number: str | None = None
    item_title: str | None = None


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
    motions: list[Motion] = field(default_factory=list)  # in the order the document records them (indexer/motions.py)
