"""Time OCR of scanned pages: pages of a text PDF rendered to images, wrapped as an image-only PDF, read back.

Prints, per page, the seconds the PDF loader took (rendering at INDEXER_OCR_DPI and tesseract), the
page's mean OCR confidence, and how much of the original's text layer (pdfminer) the OCR found
(rapidfuzz token set ratio, 0-100).
Usage: .venv/bin/python scripts/ocr_speed.py [PDF] [--pages N]
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pdf2image import convert_from_path  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

from indexer.loaders.ocr import missing_tools  # noqa: E402
from indexer.loaders.pdf import read_pdf  # noqa: E402

DEFAULT = ROOT / "tests" / "fixtures" / "Printed minutes 09th-Jan-2025 10.00 County Council.pdf"
SCAN_DPI = 200  # what a council's scanner might use


def main(argv: list[str]) -> int:
    """Scan and read back the first pages of a PDF, printing time, confidence and recall per page."""
    missing = missing_tools()
    if missing:
        print(missing)
        return 1
    pages = int(argv[argv.index("--pages") + 1]) if "--pages" in argv else 3
    source = Path(next((a for a in argv if not a.startswith("--") and not a.isdigit()), str(DEFAULT)))
    original = read_pdf(str(source))[0]
    total = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for number in range(1, pages + 1):
            truth = " ".join(b.text for b in original if b.page == number)
            image = convert_from_path(str(source), dpi=SCAN_DPI, first_page=number, last_page=number, grayscale=True)[0]
            scan = Path(folder) / f"page{number}.pdf"
            image.save(scan, "PDF", resolution=SCAN_DPI)
            started = time.monotonic()
            warnings: list[str] = []
            try:
                blocks = read_pdf(str(scan), warnings)[0]
            except Exception as error:  # a page left out: its reason
                print(f"page {number}: {error}")
                continue
            seconds = time.monotonic() - started
            total += seconds
            confidence = blocks[0].ocr_confidence if blocks else None
            found = fuzz.token_set_ratio(truth, " ".join(b.text for b in blocks))
            print(f"page {number}: {seconds:.1f} s, confidence {confidence}, text found {found:.0f}/100 {'; '.join(warnings)}")
    print(f"{pages} pages in {total:.1f} s: {total / pages:.1f} s a page")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
