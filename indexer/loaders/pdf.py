"""PDF agenda packs, reports and minutes into paragraph blocks, with pdfminer.six layout analysis.

Works line by line on pdfminer's layout:
- running headers, footers and page numbers are found by repetition in the page margins across
  pages and dropped, as is "This page is intentionally left blank";
- a ruled table (drawn rules or cell rectangles) becomes one block per row, its cells joined with
  " | " (table_row=True); an unruled row of three or more cells at one height does too;
- lines of one text box are joined into a paragraph; a hanging-indented "(1) ..." paragraph that
  pdfminer splits into two boxes, and a sentence cut by a page or box break, are joined again;
- a line-end hyphen is kept ("long-|term", "2024-|25"), since these Word-made papers break lines
  after real hyphens, unless the document spells the word whole elsewhere and never hyphenated;
- headings: a block of at most three lines, all bold, or larger than the body text, or in capitals;
- labels: a paragraph number printed in a column of its own ("2.4", "(1)", "292.", "1)") is taken
  out of the text into `label` (without a trailing "."); a number printed inline, at the start of
  the text ("1.1 The budget ...", "283. Apologies"), stays in the text, where the structure finder
  reads it as it does for text and HTML; letter labels ("(a)", "b)") also mark the block a bullet;
- bullets ("•", "\\uf0b7", "-", "o") start a block of their own with bullet=True and the sign removed.
"""
from __future__ import annotations

import os
import re
import time
from collections import Counter
from dataclasses import dataclass

from pdfminer.layout import LAParams, LTChar, LTFigure, LTImage, LTLine, LTRect, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfexceptions import PDFEOFError, PDFException
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.psexceptions import PSEOF, PSException
from pdfminer.pdftypes import resolve1

from indexer.analysis import VOTE_GROUP
from indexer.loaders import UnreadableDocument
from indexer.loaders.pdf_layout import StablePageAggregator
from indexer.model import Block
from indexer.settings import ocr_min_confidence, parse_seconds_left

# char_margin 4: justified lines with wide spaces stay one line instead of looking like table cells.
LAYOUT = LAParams(line_margin=0.5, char_margin=4.0, word_margin=0.1, boxes_flow=0.5, detect_vertical=False)
MARGIN_SHARE = 0.11  # top and bottom share of a page where running headers and footers live
RUNNING_CAPTION_CHARS = 40  # longest line, outside the margins, that can be a running header
REPEATED_SHARE = 0.4
CAPTION_SHARE = 0.15  # a short caption at a page's edge on this share of pages (and at least 3) is one too  # a margin line on this share of pages (and at least 2) is a running header
ROW_TOLERANCE = 2.5  # points: lines whose middles are this close sit on one table row
MIN_ROW_CELLS = 3
HEADING_MAX_CHARS = 120
PDF_MAX_PAGES = 2000  # default; INDEXER_PDF_MAX_PAGES overrides it
RULE_THICKNESS = 2.5  # points: a filled rectangle this thin is a drawn rule, not a shaded area
CELL_MIN_SIDE = 8.0  # points: a rectangle this big on both sides is a cell; its edges are rules
RULE_MIN_LENGTH = 5.0
MAX_RULES_PER_PAGE = 3000  # a page of vector drawing (a chart, a map) is not searched for tables
MAX_ROW_SHARE = 0.6  # a ruled "row" taller than this share of the page is a page frame, not a row
SCAN_MAX_LETTERS = 20  # a page with an image and fewer letters of text than this is a scan (a stamped page number is not a text layer)
OCR_TIME_MARGIN = 3.0  # seconds kept back from the file's time limit, for the rest of the parse
SCAN_MIN_IMAGE_SHARE = 0.25  # ... when its images cover at least this share of it

_SPACES = re.compile(r"\s+")
_LABEL_ONLY = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)]?|\(\s*[a-zA-Z0-9]{1,4}\s*\)|[a-zA-Z]\)|[ivxIVX]{1,4}[.)])$")
_BULLET_ONLY = re.compile(r"^[•·●▪■◦‣∙○o\-–\uf0b7\uf0a7\uf076\uf0d8]$")
_BULLET_START = re.compile(r"^[•·●▪■◦‣∙\uf0b7\uf0a7\uf076\uf0d8]\s*|^[\-–]\s+(?=\S)|^o\s+(?=[A-Z])")
_LETTER_LABEL = re.compile(r"^\(?(?:[a-zA-Z]|[ivxIVX]{1,4})[.)]$")  # "(a)", "b)", "iv." : list items
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\(?\d{1,4}\)?(?:\s*(?:of|/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$", re.IGNORECASE)
_FIGURE = re.compile(r"^[-+–]?\(?[£$€]?[-+]?\d[\d,]*(?:\.\d+)?[kmbn%]*\)?$", re.IGNORECASE)


def _is_figures(text: str) -> bool:
    """True for a cell of figures: "1,050.0", "-£0.7m -£13.9m", "85%", "(3.2)"."""
    tokens = text.split()
    return 0 < len(tokens) <= 20 and all(_FIGURE.match(token) for token in tokens)

_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_WORD_END = re.compile(r"[A-Za-z]+$")
_WORD_START = re.compile(r"[a-z]+")
_INLINE_LABEL = re.compile(r"^(?:\(?\d{1,3}[.)]|\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|\d{1,3}(?:\.\d{1,3}){1,3})\s")
_LETTERS = re.compile(r"[A-Za-z].*[A-Za-z].*[A-Za-z]")  # a running header has words, not just a number
_ITEM_NOTE = re.compile(r"^\((?:Agenda\s+)?Item\s+[\w/]{1,6}\)$", re.IGNORECASE)
_TERMINAL = re.compile(r"[.:;!?][\"”’)\]]*$")  # a sentence or list entry ends here
_BLANK_PAGE = re.compile(r"this page is intentionally left blank", re.IGNORECASE)


@dataclass
class _Line:
    text: str
    page: int
    box: int
    x0: float
    x1: float
    y0: float
    y1: float
    size: float
    bold: bool
    label: str | None = None
    bullet: bool = False
    row: list | None = None  # cells, when this line stands for a whole table row


def _max_pages() -> int:
    # The parent process sets the limit for its parsers in the environment (indexer/isolation.py).
    return int(os.environ.get("INDEXER_PDF_MAX_PAGES", str(PDF_MAX_PAGES)))


def _line_of(line: LTTextLine, page: int, box: int) -> _Line | None:
    text = _SPACES.sub(" ", line.get_text()).strip()
    if not text:
        return None
    chars = [c for c in line if isinstance(c, LTChar)]
    size = sorted(c.size for c in chars)[len(chars) // 2] if chars else 0.0
    bold = bool(chars) and sum("bold" in c.fontname.lower() or "black" in c.fontname.lower() for c in chars) >= 0.6 * len(chars)
    return _Line(text, page, box, line.x0, line.x1, line.y0, line.y1, size, bold)


@dataclass
class _Rules:
    """Drawn rules of one page: horizontal (y, x0, x1) and vertical (x, y0, y1)."""

    horizontal: list[tuple[float, float, float]]
    vertical: list[tuple[float, float, float]]


def _rules_of(elements) -> _Rules:
    horizontal: list[tuple[float, float, float]] = []
    vertical: list[tuple[float, float, float]] = []
    for element in elements:
        if not isinstance(element, (LTRect, LTLine)):
            continue
        x0, y0, x1, y1 = element.x0, element.y0, element.x1, element.y1
        width, height = x1 - x0, y1 - y0
        if height <= RULE_THICKNESS and width >= RULE_MIN_LENGTH:
            horizontal.append(((y0 + y1) / 2, x0, x1))
        elif width <= RULE_THICKNESS and height >= RULE_MIN_LENGTH:
            vertical.append(((x0 + x1) / 2, y0, y1))
        elif isinstance(element, LTRect) and width >= CELL_MIN_SIDE and height >= CELL_MIN_SIDE:
            # Word draws table cells as rectangles: their edges are the table's rules.
            horizontal += [(y0, x0, x1), (y1, x0, x1)]
            vertical += [(x0, y0, y1), (x1, y0, y1)]
        if len(horizontal) + len(vertical) > MAX_RULES_PER_PAGE:
            return _Rules([], [])
    return _Rules(horizontal, vertical)


def _page_count(document: PDFDocument) -> int | None:
    """The page count the PDF declares, read before any page is parsed."""
    try:
        count = resolve1(resolve1(document.catalog.get("Pages")).get("Count"))
    except Exception:  # a damaged page tree: the pages are counted as they are read
        return None
    return count if isinstance(count, int) and count >= 0 else None


@dataclass
class _Scan:
    """A page with no text layer, to be read by OCR."""

    number: int
    width: float
    height: float


def _image_area(element) -> float:
    """Area covered by images in a layout element (figures hold them)."""
    if isinstance(element, LTImage):
        return max(0.0, element.width) * max(0.0, element.height)
    if isinstance(element, LTFigure):
        inner = sum(_image_area(child) for child in element)
        return inner
    return 0.0


def _read_layout(path: str) -> tuple[list[list[_Line]], list[float], list[_Rules], list[_Scan]]:
    pages: list[list[_Line]] = []
    heights: list[float] = []
    rules: list[_Rules] = []
    scans: list[_Scan] = []
    limit = _max_pages()
    box_id = 0
    with open(path, "rb") as handle:
        document = PDFDocument(PDFParser(handle))
        if not document.is_extractable:
            raise UnreadableDocument("PDF does not allow its text to be extracted")
        declared = _page_count(document)
        if declared is not None and declared > limit:
            raise UnreadableDocument(f"too many pages ({declared} > {limit})")
        resources = PDFResourceManager(caching=True)
        device = StablePageAggregator(resources, laparams=LAYOUT)
        interpreter = PDFPageInterpreter(resources, device)
        for number, page in enumerate(PDFPage.create_pages(document), start=1):
            if number > limit:
                raise UnreadableDocument(f"too many pages (more than {limit})")
            interpreter.process_page(page)
            layout = device.get_result()
            lines: list[_Line] = []
            for element in layout:
                if not isinstance(element, LTTextBox):
                    continue
                box_id += 1
                for item in element:
                    if isinstance(item, LTTextLine):
                        found = _line_of(item, number, box_id)
                        if found:
                            lines.append(found)
            letters = sum(ch.isalpha() for line in lines for ch in line.text)
            if letters < SCAN_MAX_LETTERS:
                area = max(1.0, (layout.width or 0) * (layout.height or 0))
                if sum(_image_area(element) for element in layout) >= SCAN_MIN_IMAGE_SHARE * area:
                    scans.append(_Scan(number, layout.width or 595.0, layout.height or 842.0))
                    lines = []  # the page is read whole by OCR
            pages.append(lines)
            heights.append(layout.height or 842.0)
            rules.append(_rules_of(layout))
    return pages, heights, rules, scans


def _read_scans(path: str, pages: list[list[_Line]], scans: list[_Scan], warnings: list[str]) -> dict[int, float]:
    """OCR the scanned pages into lines in place; returns each read page's mean OCR confidence.

    A page read with a confidence below INDEXER_OCR_MIN_CONFIDENCE, or that OCR could not read
    in time, is left out and reported in `warnings`.
    """
    from indexer.loaders.ocr import OcrFailed, missing_tools, read_page

    missing = missing_tools()
    numbers = ", ".join(str(scan.number) for scan in scans)
    if missing:
        if not any(pages):
            raise UnreadableDocument(missing)
        warnings.append(f"pages {numbers} have no text layer and were not read ({missing})")
        return {}
    minimum = ocr_min_confidence()
    confidences: dict[int, float] = {}
    box_id = 1_000_000  # apart from pdfminer's text boxes
    slowest = 0.0
    for index, scan in enumerate(scans):
        left = parse_seconds_left()
        if left is not None and left - OCR_TIME_MARGIN < max(slowest * 1.5, OCR_TIME_MARGIN):
            # Stop before the parent gives up on the whole file: the pages read so far are kept.
            rest = ", ".join(str(s.number) for s in scans[index:])
            warnings.append(f"pages {rest}: scanned pages not read: the file's time limit (INDEXER_CHILD_SECONDS) "
                            "would have run out; raise it for long scans")
            break
        started = time.monotonic()
        try:
            read = read_page(path, scan.number, scan.width, scan.height, None if left is None else (left - OCR_TIME_MARGIN) / 2)
        except OcrFailed as error:
            warnings.append(f"page {scan.number}: scanned page not read: {error}")
            continue
        finally:
            slowest = max(slowest, time.monotonic() - started)
        if not read.words:
            continue  # a blank scanned page
        if read.confidence < minimum:
            warnings.append(
                f"page {scan.number}: OCR confidence {read.confidence:.0f} is below INDEXER_OCR_MIN_CONFIDENCE "
                f"({minimum:g}): the page was not indexed"
            )
            continue
        heights = sorted(line.bottom - line.top for line in read.lines)
        size = max(6.0, heights[len(heights) // 2] * 0.8) if heights else 10.0
        boxes: dict[tuple[int, int], int] = {}
        lines = []
        for line in read.lines:
            if line.paragraph not in boxes:
                box_id += 1
                boxes[line.paragraph] = box_id
            # One size for the whole page: tesseract's line boxes vary with ascenders, not with type size.
            lines.append(_Line(_SPACES.sub(" ", line.text).strip(), scan.number, boxes[line.paragraph],
                               line.left, line.right, scan.height - line.bottom, scan.height - line.top, size, False))
        pages[scan.number - 1] = [line for line in lines if line.text]
        confidences[scan.number] = read.confidence
    return confidences


def _reason(error: Exception) -> str:
    """What is wrong with a PDF that pdfminer could not read, in words a person reads."""
    detail = (str(error).strip() or error.__class__.__name__)[:200]
    if isinstance(error, PDFPasswordIncorrect):
        return "encrypted PDF (needs a password)"
    if isinstance(error, PDFEncryptionError):
        return f"encrypted PDF ({detail})"
    if isinstance(error, (PSEOF, PDFEOFError)) or "EOF" in detail or "startxref" in detail.lower():
        return f"truncated or damaged PDF: {detail}"
    if isinstance(error, RecursionError):
        return "damaged PDF: objects nested too deeply"
    return f"damaged PDF: {error.__class__.__name__}: {detail}"


_TERMINAL_STOP = re.compile(r"[.!?:]$")


def _is_caption(text: str) -> bool:
    """A short line that is not a sentence or a lead-in: a caption, label or running title."""
    return len(text) <= RUNNING_CAPTION_CHARS and not _TERMINAL_STOP.search(text)


def _margin_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).replace(" ", "")


def _in_margin(line: _Line, height: float) -> bool:
    return line.y0 > height * (1 - MARGIN_SHARE) or line.y1 < height * MARGIN_SHARE


def _outermost(lines: list[_Line]) -> set[int]:
    """The top and bottom line of a page (by id)."""
    if not lines:
        return set()
    return {id(max(lines, key=lambda l: l.y1)), id(min(lines, key=lambda l: l.y0))}


def _drop_running_lines(pages: list[list[_Line]], heights: list[float], protected: set[int] = frozenset()) -> None:
    """Remove page numbers, "this page is intentionally left blank" and lines repeated in the margins of many pages.

    Lines inside ruled tables are protected: a table's header row repeated on every page is content.
    In a document of two pages a line seen twice is only a running header at a page's very top or bottom.
    """
    def candidates(lines: list[_Line], height: float) -> list[_Line]:
        edge = _outermost(lines)
        return [
            l for l in lines
            if id(l) not in protected
            and (
                (_in_margin(l, height) and (len(pages) >= 3 or id(l) in edge))
                # A short caption that opens or closes page after page ("All figures in £m") below
                # the margin is a running header too.
                or (len(pages) >= 3 and id(l) in edge and _is_caption(l.text))
            )
        ]

    counts: Counter = Counter()
    captions: set[str] = set()
    in_margin: set[str] = set()
    for lines, height in zip(pages, heights):
        for line in candidates(lines, height):
            if _LETTERS.search(line.text):
                key = _margin_key(line.text)
                counts[key] += 1
                if _is_caption(line.text):
                    captions.add(key)
                if _in_margin(line, height):
                    in_margin.add(key)
    threshold = max(2, int(len(pages) * REPEATED_SHARE + 0.5))
    # A short caption repeats on fewer pages: "All figures in £m" heads the tables, not every page.
    caption_threshold = max(3, int(len(pages) * CAPTION_SHARE + 0.5))
    repeated = {key for key, n in counts.items() if n >= threshold and key in in_margin} if len(pages) >= 2 else set()
    # A repeated caption may be a table's column heading or a form's label: its first one stays.
    first_kept = {key for key, n in counts.items() if key in captions and n >= caption_threshold} - repeated
    for index, (lines, height) in enumerate(zip(pages, heights)):
        dropped = set()
        for line in candidates(lines, height):
            key = _margin_key(line.text)
            if key in first_kept:
                first_kept.discard(key)
                repeated.add(key)
            elif key in repeated or (_PAGE_NUMBER.match(line.text) and _in_margin(line, height)):
                dropped.add(id(line))
        pages[index] = [
            l for l in lines
            if id(l) not in dropped and not (_BLANK_PAGE.search(l.text) and len(l.text) < 60)
        ]


def _ruled_cell(line: _Line, rules: _Rules, page_height: float) -> tuple[tuple[int, int], int] | None:
    """The ruled table row (band between two rules) and column a line sits in, if any."""
    cx, cy = (line.x0 + line.x1) / 2, (line.y0 + line.y1) / 2
    above = below = None
    for y, x0, x1 in rules.horizontal:
        if x0 - 1 <= cx <= x1 + 1:
            if y > cy and (above is None or y < above):
                above = y
            elif y < cy and (below is None or y > below):
                below = y
    if above is None or below is None or above - below > page_height * MAX_ROW_SHARE:
        return None
    # Vertical rules crossing the whole band divide it into cells.
    edges = sorted({round(x) for x, y0, y1 in rules.vertical if y0 <= below + 2 and y1 >= above - 2})
    if not edges:
        return None
    column = sum(1 for x in edges if x < cx)
    return (round(below), round(above)), column


def _cell_text(lines: list[_Line], words: frozenset[str]) -> str:
    """Lines of one cell, top to bottom: wrapped lines joined; separate entries joined with "; "."""
    lines = sorted(lines, key=lambda l: (-l.y1, l.x0))
    parts: list[str] = []
    previous: _Line | None = None
    for line in lines:
        wrapped = previous is not None and previous.y0 - line.y1 <= max(previous.size, 6) * 1.2 and not _BULLET_START.match(line.text)
        if parts and wrapped:
            parts[-1] = _join(parts[-1], line.text, words)
        elif parts:
            separator = " " if _TERMINAL.search(parts[-1]) else "; "
            parts[-1] = parts[-1] + separator + line.text
        else:
            parts.append(line.text)
        previous = line
    return parts[0] if parts else ""


def _ruled_cells(lines: list[_Line], rules: _Rules, page_height: float) -> dict[int, tuple[tuple[int, int], int]]:
    """For each line (by id) inside a ruled table row of two or more filled cells: its row and column."""
    if not rules.horizontal or not rules.vertical:
        return {}
    found: dict[int, tuple[tuple[int, int], int]] = {}
    columns: dict[tuple[int, int], set[int]] = {}
    for line in lines:
        cell = _ruled_cell(line, rules, page_height)
        if cell:
            found[id(line)] = cell
            columns.setdefault(cell[0], set()).add(cell[1])
    # One filled cell only: a boxed paragraph, read as ordinary text.
    return {key: cell for key, cell in found.items() if len(columns[cell[0]]) >= 2}


def _ruled_rows(lines: list[_Line], cells: dict[int, tuple[tuple[int, int], int]], words: frozenset[str]) -> list[_Line]:
    """Lines inside a ruled table become one line per row holding its cells, in reading order."""
    if not cells:
        return lines
    bands: dict[tuple[int, int], dict[int, list[_Line]]] = {}
    for line in lines:
        if id(line) in cells:
            band, column = cells[id(line)]
            bands.setdefault(band, {}).setdefault(column, []).append(line)
    out: list[_Line] = []
    for line in lines:
        if id(line) not in cells:
            out.append(line)
            continue
        band = cells[id(line)][0]
        columns = bands.pop(band, None)
        if columns is None:
            continue  # the row was placed where its first line was read
        members = [member for column in columns.values() for member in column]
        texts = [_cell_text(columns[c], words) for c in sorted(columns)]
        top = max(members, key=lambda l: l.y1)
        row = _Line(" | ".join(texts), top.page, -1, min(l.x0 for l in members), max(l.x1 for l in members),
                    min(l.y0 for l in members), max(l.y1 for l in members), top.size, False)
        row.row = texts
        out.append(row)
    return out


def _attach_side_labels(lines: list[_Line]) -> list[_Line]:
    """A number or bullet printed alone to the left of a line belongs to that line's paragraph."""
    keep: list[_Line] = []
    markers: list[_Line] = []
    for line in lines:
        if line.row is None and (_LABEL_ONLY.match(line.text) or _BULLET_ONLY.match(line.text)) and line.x1 - line.x0 < 45:
            markers.append(line)
        else:
            keep.append(line)
    for marker in markers:
        middle = (marker.y0 + marker.y1) / 2
        target = None
        for line in keep:
            if line.row is None and line.x0 >= marker.x1 - 1 and line.y0 - 3 <= middle <= line.y1 + 3 and not _is_figures(line.text):
                if target is None or line.x0 < target.x0:
                    target = line
        if target is None:
            keep.append(marker)  # nothing beside it: keep it as text
            continue
        if _BULLET_ONLY.match(marker.text):
            target.bullet = True
        elif target.label is None:
            target.label = marker.text.rstrip(".").strip()
            target.bullet = bool(_LETTER_LABEL.match(marker.text))
    order = {id(line): index for index, line in enumerate(lines)}
    keep.sort(key=lambda l: order[id(l)])
    return keep


def _table_rows(lines: list[_Line]) -> list[_Line]:
    """Unruled tables: lines of different boxes on one height, three or more of them, make one row."""
    middles = sorted(range(len(lines)), key=lambda i: (lines[i].y0 + lines[i].y1) / 2)
    used: set[int] = set()
    out: list[_Line] = []
    for i, line in enumerate(lines):
        if i in used:
            continue
        if line.row is not None:
            used.add(i)
            out.append(line)
            continue
        middle = (line.y0 + line.y1) / 2
        group = [
            j for j in middles
            if j not in used and lines[j].row is None and abs((lines[j].y0 + lines[j].y1) / 2 - middle) <= ROW_TOLERANCE
        ]
        boxes = {lines[j].box for j in group}
        pair_of_cells = len(group) == 2 and (
            any(_is_figures(lines[j].text) for j in group) or all(len(lines[j].text) <= 40 for j in group)
        )
        if (len(group) >= MIN_ROW_CELLS or pair_of_cells) and len(boxes) == len(group):
            cells = sorted((lines[j] for j in group), key=lambda l: l.x0)
            used.update(group)
            if len(cells) == 2 and cells[0].text.endswith(":"):
                # "To:" beside "Cabinet - 30 January 2025": a form's field and its value, one line.
                field, value = cells
                merged = _Line(f"{field.text} {value.text}", line.page, field.box, field.x0, value.x1, min(field.y0, value.y0), max(field.y1, value.y1), value.size, value.bold)
                out.append(merged)
                continue
            row = _Line(" | ".join(c.text for c in cells), line.page, -1, cells[0].x0, cells[-1].x1, min(c.y0 for c in cells), max(c.y1 for c in cells), line.size, False)
            row.row = [c.text for c in cells]
            out.append(row)
        else:
            used.add(i)
            out.append(line)
    return out


def _vocabulary(pages: list[list[_Line]]) -> frozenset[str]:
    """Every word of a document, lower case, hyphenated compounds included."""
    return frozenset(word.lower() for lines in pages for line in lines for word in _WORD.findall(line.text))


def _join(previous: str, following: str, words: frozenset[str] = frozenset()) -> str:
    """Join two printed lines, undoing a hyphen that only broke a word at the line's end."""
    if previous.endswith("\xad"):
        return previous[:-1] + following  # a soft hyphen is never part of the word
    if previous.endswith("-") and len(previous) > 1 and previous[-2].isalnum():
        # Word-processed council papers break lines after real hyphens ("long-|term", "2024-|25"),
        # so the hyphen stays unless the document spells the word whole elsewhere and never hyphenated.
        left = _WORD_END.search(previous[:-1])
        right = _WORD_START.match(following)
        if left and right and following[:1].islower():
            joined, hyphenated = (left.group() + right.group()).lower(), f"{left.group()}-{right.group()}".lower()
            if joined in words and hyphenated not in words:
                return previous[:-1] + following
        return previous + following
    return previous + " " + following


def _starts_new(line: _Line) -> bool:
    return bool(line.label or line.bullet or _BULLET_START.match(line.text))


def _is_heading(lines: list[_Line], text: str, body_size: float) -> bool:
    """A short line standing alone in bold, in a larger size or in capitals."""
    first = lines[0]
    if len(lines) > 3 or first.row is not None or len(text) > HEADING_MAX_CHARS or text.endswith((".", ",", ";")):
        return False
    capitals = text.isupper() and sum(c.isalpha() for c in text) >= 4 and len(text) <= 80
    bold = all(l.bold or _ITEM_NOTE.match(l.text) for l in lines)
    return bold or first.size >= body_size + 1.5 or capitals


def _continues(previous: Block, ends: tuple[_Line, _Line], line: _Line) -> bool:
    """Whether a line in a new text box carries on the paragraph before it."""
    if previous.table_row or _TERMINAL.search(previous.text):
        return False
    first, last = ends
    gap = last.y0 - line.y1
    if previous.heading:
        # A heading printed over two lines that pdfminer put in two boxes: same style, just below.
        return (
            line.page == last.page and line.bold == last.bold and abs(line.size - last.size) < 1
            and -2 <= gap <= max(last.size, 6) * 0.8 and line.x0 >= first.x0 - 3
            and len(previous.text) + len(line.text) <= HEADING_MAX_CHARS
            # Kept apart for now: indexer/structure.py reads a numbered heading of at most 12 words
            # as an item title ("284. Declarations of ... Significant"), and would miss the joined one.
            and not _INLINE_LABEL.match(previous.text)
        )
    if line.text[:1].islower():
        return True  # a sentence cut by a page, column or box break carries on in lower case
    # "(1) Endorse the joint work ... and" over "District and Borough ...": pdfminer puts a
    # hanging-indented paragraph's later lines in a box of their own, just below and indented.
    return (
        line.page == last.page
        and -2 <= gap <= max(last.size, 6) * 1.2
        and line.x0 > first.x0 + 5
        and abs(line.size - last.size) < 1
        and bool(_INLINE_LABEL.match(first.text) or first.label)
    )


def _paragraphs(pages: list[list[_Line]], body_size: float, words: frozenset[str]) -> list[Block]:
    blocks: list[Block] = []
    ends: list[tuple[_Line, _Line]] = []  # first and last printed line of each block
    pending_label: list[str] = []
    current: list[_Line] = []

    def close() -> None:
        if not current:
            return
        first = current[0]
        text = first.text
        for line in current[1:]:
            text = _join(text, line.text, words)
        if first.row is None and len(current) == 1 and _LABEL_ONLY.match(text) and not first.label:
            # A paragraph number that pdfminer could not place beside its paragraph: it labels the next one.
            pending_label.append(text.rstrip(".").strip())
            current.clear()
            return
        label = first.label or (pending_label.pop() if pending_label else None)
        pending_label.clear()
        bullet = first.bullet
        match = _BULLET_START.match(text)
        if match:
            text, bullet = text[match.end():].strip(), True
        if text:
            heading = not bullet and _is_heading(current, text, body_size)
            table_row = first.row is not None or _is_figures(text)
            blocks.append(Block(text=text, page=first.page, heading=heading, table_row=table_row, bullet=bullet, label=label))
            ends.append((first, current[-1]))
        current.clear()

    for lines in pages:
        for line in lines:
            if line.row is not None:
                close()
                current.append(line)
                close()
                continue
            if current:
                last = current[-1]
                same_box = line.box == last.box
                gap = last.y0 - line.y1
                wrapped = same_box and -2 <= gap <= max(last.size, 6) * 1.2 and not _starts_new(line)
                # A bold heading line followed by plain text: the heading stands alone.
                # "(Item 6)" printed under a minute's title belongs to it: the structure finder reads
                # "89. Draft Revenue Budget ... (Item 6)" as one minute heading.
                style_change = last.bold != line.bold and all(l.bold for l in current) and not _ITEM_NOTE.match(line.text)
                if not wrapped or style_change:
                    close()
            if not current and blocks and not _starts_new(line) and _continues(blocks[-1], ends[-1], line):
                blocks[-1].text = _join(blocks[-1].text, line.text, words)
                ends[-1] = (ends[-1][0], line)
                continue
            current.append(line)
    close()
    return blocks


_VOTE_GROUP = re.compile(rf"^{VOTE_GROUP}$", re.IGNORECASE)
_NAMES_LIST = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Cllr|Councillor|Lord|Lady|Dame)\.?\s|[A-Z][A-Za-z’'-]+,\s)")


def _join_vote_groups(blocks: list[Block]) -> list[Block]:
    """A recorded vote's "For (57)" and the names under it are one paragraph: "For (57): Mr Baker, ..."."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (
            previous is not None
            and _VOTE_GROUP.match(previous.text)
            and not block.heading
            and not block.table_row
            and _NAMES_LIST.match(block.text)
            and not _VOTE_GROUP.match(block.text)
        ):
            previous.text = f"{previous.text}: {block.text}"
            previous.heading = False
            continue
        out.append(block)
    return out


def read_pdf(path: str, warnings: list[str] | None = None) -> tuple[list[Block], int]:
    """Blocks of a PDF in reading order, and its page count; UnreadableDocument if it cannot be read.

    Pages with no text layer are read by OCR (indexer/loaders/ocr.py); what was left out of them
    is added to `warnings`.
    """
    warnings = warnings if warnings is not None else []
    try:
        pages, heights, rules, scans = _read_layout(path)
    except (PDFException, PSException, RecursionError) as error:
        raise UnreadableDocument(_reason(error)) from error
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, AssertionError, ZeroDivisionError) as error:
        # pdfminer lets plain Python errors out of malformed objects: the file is damaged.
        raise UnreadableDocument(_reason(error)) from error
    if not pages:
        raise UnreadableDocument("PDF has no pages")
    confidences = _read_scans(path, pages, scans, warnings) if scans else {}
    blocks = _blocks_from_layout(pages, heights, rules)
    for block in blocks:
        if block.page in confidences:
            block.ocr, block.ocr_confidence = True, round(confidences[block.page], 1)
    if not blocks and scans and warnings:
        raise UnreadableDocument("scanned PDF: nothing indexed: " + "; ".join(warnings))
    return blocks, len(pages)


def _blocks_from_layout(pages: list[list[_Line]], heights: list[float], rules: list[_Rules]) -> list[Block]:
    cells = [_ruled_cells(lines, rules[index], heights[index]) for index, lines in enumerate(pages)]
    _drop_running_lines(pages, heights, {key for page in cells for key in page})
    # The body size is the size most of the text is set in, weighted by length.
    sizes: Counter = Counter()
    for lines in pages:
        for line in lines:
            sizes[round(line.size)] += len(line.text)
    body_size = float(sizes.most_common(1)[0][0]) if sizes else 10.0
    words = _vocabulary(pages)
    for index, lines in enumerate(pages):
        lines = _ruled_rows(lines, cells[index], words)
        pages[index] = _table_rows(_attach_side_labels(lines))
    return _join_vote_groups(_paragraphs(pages, body_size, words))
