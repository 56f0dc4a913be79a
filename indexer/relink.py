"""The end of a build: link every standalone report in the index to its agenda item and rewrite those whose link changed.

Documents arrive one by one (from parallel parsers too) and are written as they come; a report
may come before its agenda, or in a later build. So each document's card (indexer/meeting_card.py)
is kept in the index's notes with the link last applied, and after the build's last commit all
cards are linked again (indexer/linking.py). A document whose link changed is read back from the
index and replaced with its item, and the meeting's date, committee and council where it states
none: its own values, and a sidecar's, always win.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from engine.motions import stored_motions
from indexer.linking import Link, link_all
from indexer.meeting_card import FILLED, in_ranges
from indexer.model import Document, Motion, Paragraph

APPLIED = ("item_number", "item_title", "date", "committee", "council", "item_only")


def _applied(link: dict[str, Any] | None) -> tuple[Any, ...] | None:
    return tuple(link.get(name) for name in APPLIED) if link else None


def _stored_document(doc_id: str, stored: list[dict[str, Any]]) -> Document:
    head = stored[0]
    return Document(
        document_id=doc_id,
        path=head.get("source_path") or "",
        relpath=head.get("relpath") or "",
        format=head.get("doc_format") or "",
        content_hash=head.get("content_hash") or "",
        title=head.get("doc_title"),
        source_url=head.get("source_url"),
        paragraphs=[
            Paragraph(
                text=fields.get("text") or "",
                position=fields.get("position", 0),
                page=fields.get("page"),
                council=fields.get("council"),
                committee=fields.get("committee"),
                date=date.fromisoformat(fields["date"]) if fields.get("date") else None,
                item_number=fields.get("item_number"),
                item_title=fields.get("item_title"),
                section=fields.get("section"),
                kind=fields.get("kind") or "other",
                label=fields.get("label"),
                speakers=[name for name in (fields.get("speakers") or "").split(",") if name],
                ocr=bool(fields.get("ocr")),  # a scan's paragraphs stay marked as read by OCR when rewritten
                ocr_confidence=fields.get("ocr_confidence"),
            )
            for fields in stored
        ],
        motions=[Motion(**data) for data in stored_motions(stored)],  # rewritten with the document, so kept
    )


def apply_link(document: Document, card: dict[str, Any], link: Link | None) -> None:
    """Set (or clear) the linked item on every paragraph, and the meeting where the document left it empty."""
    if not card.get("standalone"):
        return
    meeting = {"date": None, "committee": None, "council": None}
    if link is not None and not link.item_only:
        meeting = {"date": link.date, "committee": link.committee, "council": link.council}
    gaps = card.get("gaps") or {}
    for paragraph in document.paragraphs:
        paragraph.item_number = link.item_number if link else None
        paragraph.item_title = link.item_title if link else None
        for name in FILLED:
            if in_ranges(paragraph.position, gaps.get(name) or []):
                value = meeting[name]
                setattr(paragraph, name, date.fromisoformat(value) if name == "date" and value else value)


def relink(session: Any, new_cards: dict[str, dict[str, Any]]) -> int:
    """After the build's commit: link all documents, rewrite those whose link changed, save the notes; returns how many were rewritten."""
    notes = session.notes()
    known = session.known_documents()
    cards = {doc_id: note["card"] for doc_id, note in notes.items() if doc_id in known and isinstance(note, dict) and note.get("card")}
    cards.update({doc_id: card for doc_id, card in new_cards.items() if doc_id in known})
    links = link_all(cards)
    rewritten = 0
    for doc_id, card in cards.items():
        link = links.get(doc_id)
        before = None if doc_id in new_cards else (notes.get(doc_id) or {}).get("link")
        if _applied(link.as_dict() if link else None) == _applied(before):
            continue
        stored = session.stored_document(doc_id)
        if not stored:
            continue
        document = _stored_document(doc_id, stored)
        apply_link(document, card, link)
        session.replace(document, count_words=False)
        rewritten += 1
    if rewritten:
        session.commit()
    session.save_notes({doc_id: {"card": card, "link": links[doc_id].as_dict() if doc_id in links else None} for doc_id, card in cards.items()})
    return rewritten
