"""Scanned PDFs: pages with no text layer are read by OCR, flagged as such, and poor pages are left out."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from rapidfuzz import fuzz

from indexer.build import build
from indexer.loaders import UnreadableDocument
from indexer.loaders.ocr import NO_TESSERACT, missing_tools
from indexer.loaders.pdf import read_pdf
from search_service import create_app

ROOT = Path(__file__).resolve().parents[1]
MINUTES = ROOT / "tests" / "fixtures" / "Printed minutes 09th-Jan-2025 10.00 County Council.pdf"
SCAN_DPI = 150
# Printed on page 2 of the minutes, in their text layer (what pdfminer reads from the original).
KNOWN = "Members who were district or borough councillors declared an interest."
LATER = "Mr Gough stressed the importance of establishing the right relationship between a strong mayor"
FUZZY_MATCH = 90  # rapidfuzz partial ratio: OCR may misread a letter or two


def _needs_ocr() -> None:
    missing = missing_tools()
    if missing:
        pytest.skip(f"{missing} (apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils)")


def _page_image():
    from pdf2image import convert_from_path

    return convert_from_path(str(MINUTES), dpi=SCAN_DPI, first_page=2, last_page=2, grayscale=True)[0]


def _scanned_pdf(tmp_path: Path) -> Path:
    """An image-only PDF: page 1 the top of the minutes' page 2 as a clean scan, page 2 its bottom
    as a scan too poor to read (resolution thrown away), where KNOWN and LATER are printed."""
    image = _page_image()
    top = image.crop((0, 0, image.width, image.height // 3))
    bottom = image.crop((0, image.height * 2 // 3, image.width, image.height))
    poor = bottom.resize((bottom.width // 6, bottom.height // 6)).resize(bottom.size)
    folder = tmp_path / "scans"
    folder.mkdir()
    path = folder / "scanned minutes.pdf"
    top.save(path, "PDF", resolution=SCAN_DPI, save_all=True, append_images=[poor])
    return path


def test_the_original_page_holds_the_known_sentences():
    # The truth the OCR is checked against is the original's text layer, read without OCR.
    texts = [b.text for b in read_pdf(str(MINUTES))[0] if b.page == 2]
    assert any(KNOWN in t for t in texts) and any(LATER in t for t in texts)


def test_scanned_pdf_is_read_by_ocr_and_flagged_and_poor_pages_are_left_out(tmp_path):
    _needs_ocr()
    path = _scanned_pdf(tmp_path)
    assert not [b for b in read_pdf(str(path), [])[0] if not b.ocr]  # every block came from OCR
    index_dir = tmp_path / "index"
    report = build([str(path.parent)], str(index_dir), workers=1)
    assert report.indexed == 1 and not report.failed, report.failed
    warnings = [w for _, w in report.warnings]
    assert any(w.startswith("page 2: OCR confidence") and "INDEXER_OCR_MIN_CONFIDENCE" in w for w in warnings), warnings
    client = create_app({"INDEX_DIR": str(index_dir)}).test_client()
    everything = client.get("/api/search?per_page=100").get_json()
    assert everything["total"] > 0
    assert {hit["page"] for hit in everything["hits"]} == {1}  # nothing of the poor page
    assert all(hit["ocr"] is True and hit["ocr_confidence"] >= 60 for hit in everything["hits"])
    best = max(everything["hits"], key=lambda hit: fuzz.partial_ratio(KNOWN, hit["text"]))
    assert fuzz.partial_ratio(KNOWN, best["text"]) >= FUZZY_MATCH, best["text"]
    assert not any(fuzz.partial_ratio(LATER, hit["text"]) >= FUZZY_MATCH for hit in everything["hits"])
    found = client.get("/api/search?q=borough councillors declared").get_json()
    assert found["total"] >= 1 and found["hits"][0]["ocr"] is True
    one = client.get(f"/api/paragraphs/{best['id']}").get_json()
    assert one["ocr"] is True and one["text"] == best["text"]
    page = client.get(f"/documents/{best['document_id']}").get_data(as_text=True)
    assert "Text read by OCR from a scan; may contain errors" in page
    results = client.get("/?q=borough councillors declared").get_data(as_text=True)
    assert "read by OCR from a scan; may contain errors" in results


def test_a_scan_that_is_only_a_poor_page_fails_with_the_reason(tmp_path, monkeypatch):
    _needs_ocr()
    image = _page_image()
    bottom = image.crop((0, image.height * 2 // 3, image.width, image.height))
    poor = bottom.resize((bottom.width // 6, bottom.height // 6)).resize(bottom.size)
    folder = tmp_path / "scans"
    folder.mkdir()
    poor.save(folder / "poor.pdf", "PDF", resolution=SCAN_DPI)
    report = build([str(folder)], str(tmp_path / "index"), workers=1)
    assert report.indexed == 0
    [(_, reason)] = report.failed
    assert reason.startswith("scanned PDF: nothing indexed: page 1: OCR confidence") and "INDEXER_OCR_MIN_CONFIDENCE" in reason
    # A lower threshold lets the same page in, flagged with its confidence.
    monkeypatch.setenv("INDEXER_OCR_MIN_CONFIDENCE", "0")
    blocks, _ = read_pdf(str(folder / "poor.pdf"))
    assert blocks and all(b.ocr and b.ocr_confidence is not None and b.ocr_confidence < 60 for b in blocks)


def test_without_tesseract_a_scanned_pdf_is_reported_not_a_crash(tmp_path, monkeypatch):
    rng = random.Random(1)
    image = Image.new("L", (800, 1100), 255)
    draw = ImageDraw.Draw(image)
    for _ in range(200):
        x, y = rng.randrange(760), rng.randrange(1060)
        draw.rectangle([x, y, x + 30, y + 8], fill=0)
    folder = tmp_path / "scans"
    folder.mkdir()
    image.save(folder / "scan.pdf", "PDF", resolution=100)
    (folder / "notes.txt").write_text("The parish council agreed the precept.\n", encoding="utf-8")
    empty = tmp_path / "no-tools"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # neither tesseract nor pdftoppm can be found
    report = build([str(folder)], str(tmp_path / "index"), workers=1)
    assert report.indexed == 1
    assert [(Path(p).name, reason) for p, reason in report.failed] == [("scan.pdf", NO_TESSERACT)]
    assert NO_TESSERACT == "scanned PDF: OCR needs tesseract; install tesseract-ocr"


def _one_clean_page(tmp_path: Path) -> Path:
    image = _page_image()
    path = tmp_path / "clean.pdf"
    image.crop((0, 0, image.width, image.height // 3)).save(path, "PDF", resolution=SCAN_DPI)
    return path


def test_a_page_over_the_per_page_time_limit_is_reported(tmp_path, monkeypatch):
    _needs_ocr()
    path = _one_clean_page(tmp_path)
    monkeypatch.setenv("INDEXER_OCR_PAGE_SECONDS", "0.01")
    warnings: list[str] = []
    with pytest.raises(UnreadableDocument) as failed:
        read_pdf(str(path), warnings)
    assert "page 1: scanned page not read:" in str(failed.value) and "INDEXER_OCR_PAGE_SECONDS" in str(failed.value)


def test_ocr_stops_before_the_files_time_limit(tmp_path, monkeypatch):
    _needs_ocr()
    import time

    path = _one_clean_page(tmp_path)
    monkeypatch.setenv("INDEXER_PARSE_DEADLINE", repr(time.monotonic() + 1.0))  # as a parser process is given it
    with pytest.raises(UnreadableDocument) as failed:
        read_pdf(str(path), [])
    assert "the file's time limit (INDEXER_CHILD_SECONDS) would have run out" in str(failed.value)
