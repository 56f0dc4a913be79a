"""PDF agenda packs, reports and minutes into paragraph blocks, with pdfminer.six layout analysis.

Works line by line on pdfminer's layout: running headers, footers and page numbers are found by
repetition across pages and dropped; a paragraph number or bullet printed in its own column is
put back in front of its paragraph; a row of three or more cells at one height becomes one
table-row block ("cell | cell | cell"); lines of one text box are joined into a paragraph, with
end-of-line hyphenation undone; a paragraph that runs on over a page break is joined again.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTChar, LTTextBox, LTTextLine

from indexer.loaders import UnreadableDocument
from indexer.model import Block

# char_margin 4: justified lines with wide spaces stay one line instead of looking like table cells.
LAYOUT = LAParams(line_margin=0.5, char_margin=4.0, word_margin=0.1, boxes_flow=0.5, detect_vertical=False)
MARGIN_SHARE = 0.11  # top and bottom share of a page where running headers and footers live
REPEATED_SHARE = 0.4  # a margin line on this share of pages (and at least 2) is a running header
ROW_TOLERANCE = 2.5  # points: lines whose middles are this close sit on one table row
MIN_ROW_CELLS = 3
HEADING_MAX_CHARS = 120

_SPACES = re.compile(r"\s+")
_LABEL_ONLY = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|\(\s*[a-zA-Z0-9]{1,4}\s*\)|[a-zA-Z]\)|[ivxIVX]{1,4}[.)])$")
_BULLET_ONLY = re.compile(r"^[•·●▪■◦‣∙○o\-–\uf0b7\uf0a7\uf076\uf0d8]$")
_BULLET_START = re.compile(r"^[•·●▪■◦‣∙\uf0b7\uf0a7\uf076\uf0d8]\s*|^[\-–]\s+(?=\S)")
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\(?\d{1,4}\)?(?:\s*(?:of|/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$", re.IGNORECASE)
_FIGURE = re.compile(r"^[-+–]?\(?[£$€]?[-+]?\d[\d,]*(?:\.\d+)?[kmbn%]*\)?$", re.IGNORECASE)


def _is_figures(text: str) -> bool:
    """True for a cell of figures: "1,050.0", "-£0.7m -£13.9m", "85%", "(3.2)"."""
    tokens = text.split()
    return 0 < len(tokens) <= 20 and all(_FIGURE.match(token) for token in tokens)

_TERMINAL = re.compile(r"[.:;!?\"”’)\]]$")
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
    return int(os.environ.get("INDEXER_PDF_MAX_PAGES", "2000"))


def _line_of(line: LTTextLine, page: int, box: int) -> _Line | None:
    text = _SPACES.sub(" ", line.get_text()).strip()
    if not text:
        return None
    chars = [c for c in line if isinstance(c, LTChar)]
    size = sorted(c.size for c in chars)[len(chars) // 2] if chars else 0.0
    bold = bool(chars) and sum("bold" in c.fontname.lower() or "black" in c.fontname.lower() for c in chars) >= 0.6 * len(chars)
    return _Line(text, page, box, line.x0, line.x1, line.y0, line.y1, size, bold)


def _read_layout(path: str) -> tuple[list[list[_Line]], list[float]]:
    pages: list[list[_Line]] = []
    heights: list[float] = []
    limit = _max_pages()
    box_id = 0
    for number, layout in enumerate(extract_pages(path, laparams=LAYOUT), start=1):
        if number > limit:
            raise UnreadableDocument(f"too many pages (more than {limit})")
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
        pages.append(lines)
        heights.append(layout.height or 842.0)
    return pages, heights


def _margin_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).replace(" ", "")


def _drop_running_lines(pages: list[list[_Line]], heights: list[float]) -> None:
    """Remove page numbers and lines repeated in the top or bottom margin of many pages."""
    counts: Counter = Counter()
    for lines, height in zip(pages, heights):
        seen = {_margin_key(l.text) for l in lines if l.y0 > height * (1 - MARGIN_SHARE) or l.y1 < height * MARGIN_SHARE}
        counts.update(seen)
    threshold = max(2, int(len(pages) * REPEATED_SHARE + 0.5))
    repeated = {key for key, n in counts.items() if n >= threshold} if len(pages) >= 2 else set()
    for index, (lines, height) in enumerate(zip(pages, heights)):
        kept = []
        for line in lines:
            in_margin = line.y0 > height * (1 - MARGIN_SHARE) or line.y1 < height * MARGIN_SHARE
            if in_margin and (_margin_key(line.text) in repeated or _PAGE_NUMBER.match(line.text)):
                continue
            if _BLANK_PAGE.search(line.text) and len(line.text) < 60:
                continue
            kept.append(line)
        pages[index] = kept


def _attach_side_labels(lines: list[_Line]) -> list[_Line]:
    """A number or bullet printed alone to the left of a line belongs to that line's paragraph."""
    keep = []
    markers = []
    for line in lines:
        if (_LABEL_ONLY.match(line.text) or _BULLET_ONLY.match(line.text)) and line.x1 - line.x0 < 45:
            markers.append(line)
        else:
            keep.append(line)
    for marker in markers:
        middle = (marker.y0 + marker.y1) / 2
        target = None
        for line in keep:
            if line.x0 >= marker.x1 - 1 and line.y0 - 3 <= middle <= line.y1 + 3 and not _is_figures(line.text):
                if target is None or line.x0 < target.x0:
                    target = line
        if target is None:
            keep.append(marker)  # nothing beside it: keep it as text
            continue
        if _BULLET_ONLY.match(marker.text):
            target.bullet = True
        elif target.label is None:
            target.label = marker.text.rstrip(".").strip()
    keep.sort(key=lambda l: lines.index(l))
    return keep


def _table_rows(lines: list[_Line]) -> list[_Line]:
    """Lines of different boxes on one height, three or more of them: one table row."""
    used: set[int] = set()
    out: list[_Line] = []
    for i, line in enumerate(lines):
        if i in used:
            continue
        middle = (line.y0 + line.y1) / 2
        group = [j for j, other in enumerate(lines) if j not in used and abs((other.y0 + other.y1) / 2 - middle) <= ROW_TOLERANCE]
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


def _join(previous: str, following: str) -> str:
    if previous.endswith("-") and len(previous) > 1 and previous[-2].isalpha() and following[:1].islower():
        return previous[:-1] + following
    return previous + " " + following


def _starts_new(line: _Line) -> bool:
    return bool(line.label or line.bullet or _BULLET_START.match(line.text))


def _paragraphs(pages: list[list[_Line]], body_size: float) -> list[Block]:
    blocks: list[Block] = []
    current: list[_Line] = []

    def close() -> None:
        if not current:
            return
        first = current[0]
        text = first.text
        for line in current[1:]:
            text = _join(text, line.text)
        bullet = first.bullet
        match = _BULLET_START.match(text)
        if match:
            text, bullet = text[match.end():].strip(), True
        if not text:
            current.clear()
            return
        heading = (
            len(current) == 1
            and first.row is None
            and len(text) <= HEADING_MAX_CHARS
            and not text.endswith((".", ",", ";"))
            and (first.bold or first.size >= body_size + 1.5)
        )
        figures_only = _is_figures(text)
        blocks.append(Block(text=text, page=first.page, heading=heading, table_row=first.row is not None or figures_only, bullet=bullet, label=first.label))
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
                style_change = last.bold != line.bold and (last.bold and len(current) == 1)
                if not wrapped or style_change:
                    close()
            if not current and blocks and not _starts_new(line):
                previous = blocks[-1]
                # A sentence cut by a page, column or box break carries on in lower case.
                if not previous.table_row and not _TERMINAL.search(previous.text) and line.text[:1].islower():
                    previous.text = _join(previous.text, line.text)
                    previous.heading = False
                    continue
            current.append(line)
    close()
    return blocks


def read_pdf(path: str) -> tuple[list[Block], int]:
    """Blocks of a PDF in reading order, and its page count; UnreadableDocument if it cannot be read."""
    try:
        pages, heights = _read_layout(path)
    except UnreadableDocument:
        raise
    except RecursionError as error:
        raise UnreadableDocument("PDF objects nested too deeply") from error
    if not pages:
        raise UnreadableDocument("PDF has no pages")
    _drop_running_lines(pages, heights)
    sizes = Counter(round(line.size) for lines in pages for line in lines for _ in range(max(1, len(line.text) // 20)))
    body_size = float(sizes.most_common(1)[0][0]) if sizes else 10.0
    for index, lines in enumerate(pages):
        pages[index] = _table_rows(_attach_side_labels(lines))
    return _paragraphs(pages, body_size), len(pages)
