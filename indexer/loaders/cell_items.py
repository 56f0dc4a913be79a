"""HTML tables of minutes whose cells hold many items: a column of item numbers beside a column of text.

Some councils lay minutes out as a table of a few rows, each row's number cell listing several
item numbers ("15/01/6", "15/01/7", "i)", "ii)") one to a line and its text cell holding those
items' bold titles and their text, one line each. The number cell pads the lines where the text
wraps, so a number sits beside its title only roughly; the numbers are paired with the bold
titles in order, at the cell width that lines them up best.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable

from bs4 import BeautifulSoup, NavigableString, Tag

ITEM_MARK = "\x05"  # opens a line that is an item heading: ITEM_MARK number TITLE_MARK title
TITLE_MARK = "\x06"
ROW_MARK = "\x03"

# "15/01/7", "14/11/3", "12", "4.", "5.1", "i)", "(iv)", "a)": an item number printed alone in its cell's line.
NUMBER_LINE = re.compile(r"^(?:\d{1,3}(?:/\d{1,3}){1,2}|\d{1,3}(?:\.\d{1,2})?\.?|\(?[ivx]{1,5}\)|\(?[a-h]\))$")
NUMBER_HEADS = {"item", "items", "no", "no.", "minute", "minutes", "ref", "ref.", "min", "min."}
MAX_CELL_TITLE_CHARS = 160
# A bold line that records a decision or an absence list's head is not a title: "Resolved 15/01/1.01".
_NOT_TITLE = re.compile(r"^(?:resolved|agreed|decision|action|total)\b", re.IGNORECASE)
# A bold label of the decision below it: "Resolved 15/01/1.01", "Agreed".
_DECISION_LABEL = re.compile(r"^(?:resolved|agreed|decision)\b[\s\w./:-]{0,30}$", re.IGNORECASE)
CELL_WIDTHS = range(40, 205, 5)  # characters to a printed line tried when lining numbers up with titles
MAX_PAIRING_STEPS = 4_000_000  # numbers x titles x titles x widths: a larger cell stays one row (the pairing would be too slow)
_BREAKS = ("div", "p", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6")


@dataclass
class Segment:
    """One printed line of a cell: its text, whether it is all bold, and whether it is a row of a table inside the cell."""

    text: str
    bold: bool = False
    row: bool = False


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def cell_segments(cell: Tag) -> list[Segment]:
    """The lines of a cell as printed, split at <div>, <p>, <br>; a table inside it gives one row line per row."""
    segments: list[Segment] = []
    parts: list[tuple[str, bool]] = []

    def close() -> None:
        text = _clean("".join(part for part, _ in parts))
        if text or parts:
            bold = bool(text) and all(is_bold for part, is_bold in parts if part.strip(" \u00a0\n\t"))
            segments.append(Segment(text, bold))
        parts.clear()

    def walk(node: Tag, bold: bool) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                parts.append((str(child), bold))
            elif isinstance(child, Tag):
                if child.name == "table":
                    close()
                    for row in child.find_all("tr"):
                        cells = [_clean(c.get_text(" ")) for c in row.find_all(["td", "th"])]
                        cells = [c for c in cells if c]
                        if cells:
                            segments.append(Segment(" | ".join(cells), row=True))
                    continue
                if child.name in _BREAKS:
                    close()
                walk(child, bold or child.name in ("strong", "b"))
                if child.name in _BREAKS:
                    close()

    walk(cell, False)
    close()
    return segments


def _number_cell(segments: list[Segment]) -> list[int] | None:
    """Positions of the item numbers in a cell that holds only numbers (and perhaps its column's head), else None."""
    positions = []
    for n, segment in enumerate(segments):
        if not segment.text:
            continue
        if NUMBER_LINE.match(segment.text):
            positions.append(n)
        elif segment.text.lower() not in NUMBER_HEADS or positions:
            return None
    return positions or None


def is_cell_title(segment: Segment) -> bool:
    """A bold line of a text cell that reads as an item's title."""
    text = segment.text.rstrip(" :")
    return (
        segment.bold and not segment.row and 2 <= len(text) <= MAX_CELL_TITLE_CHARS
        and any(c.isalpha() for c in text) and not _NOT_TITLE.match(text) and not text.endswith(".")
    )


def _printed_lines(segments: list[Segment], width: int) -> list[int]:
    """The printed line each segment starts on, when a line holds `width` characters."""
    starts, line = [], 0
    for segment in segments:
        starts.append(line)
        line += max(1, math.ceil(len(segment.text) / width))
    return starts


def _align(numbers: list[int], titles: list[int]) -> tuple[float, list[tuple[int, int]]]:
    """Numbers paired with titles, both in order, each number as far below the one before as its title is below the title before.

    The spacing, not the line itself, is compared: the padding of the number column drifts from the
    text over a long cell, but two neighbouring numbers stand about as far apart as their titles.
    Returns (cost, pairs of indices); with fewer titles than numbers, no pairing.
    """
    n, m = len(numbers), len(titles)
    if n > m:
        return float("inf"), []
    inf = float("inf")
    # cost[i][j]: numbers 0..i paired, number i with title j.
    cost = [[inf] * m for _ in range(n)]
    back = [[-1] * m for _ in range(n)]
    for j in range(m - n + 1):
        cost[0][j] = abs(numbers[0] - titles[j])
    for i in range(1, n):
        step = numbers[i] - numbers[i - 1]
        for j in range(i, m - (n - 1 - i)):
            for k in range(i - 1, j):
                if cost[i - 1][k] < inf:
                    found = cost[i - 1][k] + abs(step - (titles[j] - titles[k]))
                    if found < cost[i][j]:
                        cost[i][j], back[i][j] = found, k
    j = min(range(m), key=lambda col: cost[n - 1][col])
    total, pairs = cost[n - 1][j], []
    for i in range(n - 1, -1, -1):
        pairs.append((i, j))
        j = back[i][j]
    return total, pairs[::-1]


def item_row_lines(row: Tag) -> list[str] | None:
    """A table row of many items as lines (item headings marked, text lines, rows of inner tables), or None for an ordinary row."""
    cells = [cell for cell in row.find_all(["td", "th"], recursive=False)]
    if len(cells) < 2:
        return None
    segmented = [cell_segments(cell) for cell in cells]
    number_at = next((k for k, segments in enumerate(segmented) if _number_cell(segments)), None)
    if number_at is None:
        return None
    others = [k for k in range(len(cells)) if k != number_at]
    text_at = max(others, key=lambda k: sum(len(s.text) for s in segmented[k]))
    text = segmented[text_at]
    title_at = [n for n, segment in enumerate(text) if is_cell_title(segment)]
    if len([s for s in text if s.text]) < 2 or not title_at:
        return None
    number_segments = segmented[number_at]
    numbers = _number_cell(number_segments) or []
    if len(numbers) * len(title_at) ** 2 * len(CELL_WIDTHS) > MAX_PAIRING_STEPS:
        return None
    best: tuple[float, list[tuple[int, int]]] | None = None
    for width in CELL_WIDTHS:
        lines = _printed_lines(text, width)
        found = _align(numbers, [lines[n] for n in title_at])
        if best is None or found[0] < best[0]:
            best = found
    if best is None or not best[1]:
        return None  # more numbers than titles: not a cell of items
    number_of = {title_at[j]: number_segments[numbers[i]].text for i, j in best[1]}
    out = []
    label = ""  # a bold "Resolved 15/01/1.01" over the resolution: one paragraph with it, as a reader takes it
    for n, segment in enumerate(text):
        if n in title_at:
            out.append(f"{ITEM_MARK}{number_of.get(n, '')}{TITLE_MARK}{segment.text.rstrip(' :')}")
            label = ""
        elif segment.bold and _DECISION_LABEL.match(segment.text):
            label = segment.text.rstrip(" :")
        elif segment.text:
            line = f"{ROW_MARK}{segment.text}" if segment.row else f"{label}: {segment.text}" if label else segment.text
            out.append(line)
            label = ""
    if label:
        out.append(label)
    rest = " | ".join(_clean(cells[k].get_text(" ")) for k in others if k != text_at and _clean(cells[k].get_text(" ")))
    if rest:
        out.append(ROW_MARK + rest)
    return out


def top_level_tables(body: str) -> list[tuple[int, int]]:
    """Spans of the outermost <table> elements in text (tables inside tables stay inside their span)."""
    spans, depth, start = [], 0, 0
    for tag in re.finditer(r"<(/?)table\b[^>]*>", body, re.IGNORECASE):
        if not tag.group(1):
            if depth == 0:
                start = tag.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((start, tag.end()))
    return spans


def table_lines(markup: str, clean_line: Callable[[str], str]) -> list[str]:
    """One outermost table as lines: a row of many items unrolled, any other row as its cells joined by " | "."""
    soup = BeautifulSoup(markup, "html.parser")
    table = soup.find("table")
    if table is None:
        return []
    lines = []
    for row in table.find_all("tr"):
        if row.find_parent("table") is not table:
            continue  # a row of a table inside a cell: read with that cell
        unrolled = item_row_lines(row)
        if unrolled is not None:
            lines.extend(unrolled)
            continue
        cells = [clean_line(cell.get_text(" ")) for cell in row.find_all(["td", "th"], recursive=False)]
        cells = [cell for cell in cells if cell]
        if cells:
            lines.append(ROW_MARK + " | ".join(cells))
    return lines
