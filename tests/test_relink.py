"""Linking rewrites stored documents (indexer/relink.py): what a reader is told about a paragraph survives it."""
from __future__ import annotations

from datetime import date

from engine.writer import open_session
from indexer.model import Document, Paragraph
from indexer.relink import _stored_document
from search_service import create_app


def test_a_scanned_paragraph_stays_marked_as_ocr_after_relinking(tmp_path):
    index_dir = tmp_path / "index"
    doc = Document(document_id="scan", path="/t/scan.pdf", relpath="scan.pdf", format="pdf", content_hash="h1",
                   council="Testford Parish Council", date=date(2024, 5, 1))
    doc.paragraphs = [Paragraph(text="The clerk reported on the state of the play area fencing.", position=0, page=1, kind="minutes",
                                council=doc.council, date=doc.date, ocr=True, ocr_confidence=71.5),
                      Paragraph(text="Members agreed to repair the gate.", position=1, page=1, kind="minutes",
                                council=doc.council, date=doc.date)]
    with open_session(str(index_dir)) as session:
        session.replace(doc)
    with open_session(str(index_dir)) as session:
        read_back = _stored_document("scan", session.stored_document("scan"))
        for paragraph in read_back.paragraphs:
            paragraph.item_number, paragraph.item_title = "4", "Play area"
        session.replace(read_back, count_words=False)
    client = create_app({"INDEX_DIR": str(index_dir)}).test_client()
    first, second = (client.get(f"/api/paragraphs/scan-{n}").get_json() for n in (0, 1))
    assert first["item_title"] == "Play area"  # the rewrite happened
    assert first["ocr"] is True and first["ocr_confidence"] == 71.5
    assert second["ocr"] is False and second["ocr_confidence"] is None
