"""Text of scanned PDF pages (pages with no text layer), read by OCR.

Pages are rendered one at a time with poppler's pdftoppm (pdf2image) and read by Debian's
tesseract (pytesseract), each step under the per-page time limit INDEXER_OCR_PAGE_SECONDS; both
run as child processes of the parser, so they inherit its memory limit (indexer/isolation.py).
tesseract's words come back with their boxes and confidences; words of one line are joined, and
lines keep tesseract's block and paragraph so the PDF loader groups them as it groups text boxes.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from functools import lru_cache

from indexer.settings import ocr_dpi, ocr_page_seconds

LANGUAGE = "eng"
MAX_PIXELS_SIDE = 6000  # a page rendered larger than this (a poster, a plan) is rendered at a lower resolution
NO_TESSERACT = "scanned PDF: OCR needs tesseract; install tesseract-ocr"


class OcrFailed(Exception):
    """One page could not be read by OCR; the message says why."""


@dataclass
class OcrLine:
    """One line of words as tesseract read it, in points from the page's top left corner."""

    text: str
    paragraph: tuple[int, int]  # tesseract's block and paragraph numbers
    left: float
    top: float
    right: float
    bottom: float


@dataclass
class OcrPage:
    lines: list[OcrLine] = field(default_factory=list)
    confidence: float = 0.0  # mean of tesseract's word confidences, 0-100
    words: int = 0


def missing_tools() -> str | None:
    """Why OCR cannot run on this machine, or None when tesseract, its English data and pdftoppm are installed."""
    import pytesseract

    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        return NO_TESSERACT
    if shutil.which("pdftoppm") is None:
        return "scanned PDF: OCR needs poppler's pdftoppm; install poppler-utils"
    if LANGUAGE not in _languages(os.environ.get("PATH", ""), os.environ.get("TESSDATA_PREFIX", "")):
        return "scanned PDF: OCR needs tesseract's English data; install tesseract-ocr-eng"
    return None


@lru_cache(maxsize=4)
def _languages(_path: str, _tessdata: str) -> frozenset[str]:
    import pytesseract

    try:
        return frozenset(pytesseract.get_languages(config=""))
    except Exception:  # tesseract present but not runnable: reported as missing data
        return frozenset()


def read_page(path: str, number: int, width: float, height: float, seconds: float | None = None) -> OcrPage:
    """OCR of page `number` (from 1) of a PDF whose page measures width x height points.

    Each of rendering and reading may take INDEXER_OCR_PAGE_SECONDS, or `seconds` if less.
    """
    import pytesseract
    from pdf2image import convert_from_path
    from pdf2image.exceptions import PDFInfoNotInstalledError, PDFPageCountError, PDFPopplerTimeoutError, PDFSyntaxError

    # tesseract would start a thread per core; the indexer already parses one file per worker.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    seconds = min(ocr_page_seconds(), seconds) if seconds is not None else ocr_page_seconds()
    dpi = ocr_dpi()
    longest = max(width, height, 1.0)
    dpi = max(72, min(dpi, int(MAX_PIXELS_SIDE * 72 / longest)))
    try:
        images = convert_from_path(path, dpi=dpi, first_page=number, last_page=number, grayscale=True, timeout=seconds)
    except PDFPopplerTimeoutError as error:
        raise OcrFailed(f"rendering took more than {seconds:g} s (INDEXER_OCR_PAGE_SECONDS)") from error
    except (PDFInfoNotInstalledError, PDFPageCountError, PDFSyntaxError, OSError, ValueError) as error:
        raise OcrFailed(f"could not render the page: {str(error).strip()[:200] or error.__class__.__name__}") from error
    if not images:
        raise OcrFailed("could not render the page")
    image = images[0]
    try:
        data = pytesseract.image_to_data(image, lang=LANGUAGE, output_type=pytesseract.Output.DICT, timeout=seconds)
    except RuntimeError as error:  # pytesseract's timeout
        raise OcrFailed(f"OCR took more than {seconds:g} s (INDEXER_OCR_PAGE_SECONDS)") from error
    except pytesseract.TesseractError as error:
        raise OcrFailed(f"tesseract failed: {str(error).strip()[:200]}") from error
    finally:
        image.close()
    return _page_of(data, 72.0 / dpi)


def _page_of(data: dict, scale: float) -> OcrPage:
    """tesseract's word table as lines, with the page's mean word confidence."""
    lines: dict[tuple[int, int, int], list[int]] = {}
    confidences: list[float] = []
    for i, word in enumerate(data.get("text", [])):
        try:
            confidence = float(data["conf"][i])
        except (TypeError, ValueError):
            continue
        if confidence < 0 or not str(word).strip():
            continue  # a block, paragraph or line row, not a word
        confidences.append(confidence)
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        lines.setdefault(key, []).append(i)
    page = OcrPage(words=len(confidences), confidence=sum(confidences) / len(confidences) if confidences else 0.0)
    for (block, paragraph, _line), members in sorted(lines.items()):
        text = " ".join(str(data["text"][i]).strip() for i in members)
        page.lines.append(OcrLine(
            text=text,
            paragraph=(block, paragraph),
            left=min(data["left"][i] for i in members) * scale,
            top=min(data["top"][i] for i in members) * scale,
            right=max(data["left"][i] + data["width"][i] for i in members) * scale,
            bottom=max(data["top"][i] + data["height"][i] for i in members) * scale,
        ))
    return page
