"""Saved council web pages (ModernGov and the like) into blocks.

The parsed tree is read in one pass with an explicit stack (never changed): changing a
BeautifulSoup tree costs time in proportion to its depth, so deeply nested pages took quadratic
time, and recursion would fail on them.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, CData, NavigableString, Tag

from indexer.loaders.inline import split_inline_items
from indexer.loaders.text import clean_line, lines_to_blocks
from indexer.model import Block

# Never text of the document: scripts, styles, embedded frames, site chrome.
_DROP = ("script", "style", "noscript", "iframe", "object", "embed", "template", "svg", "nav", "form", "button", "select", "input", "head")
_CHROME_ROLES = ("navigation", "banner", "contentinfo", "search")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = ("p", "div", "section", "article", "li", "dt", "dd", "blockquote", "pre", "br", "tr", "table", "ul", "ol", "caption", "main", "header", "footer", "aside")
_CONTAINERS = ("article", "main")  # a header or footer inside one of these is the document's own
_MARK_HEADING = "\x01"
_MARK_BULLET = "\x02"
_MARK_ROW = "\x03"
_SOFT_BREAK = "\x04"  # a <br>: a line break inside one element, which a wrap may have made
_END = object()


def read_html(text: str) -> tuple[list[Block], dict]:
    """HTML into blocks and page metadata (title)."""
    soup = BeautifulSoup(text, "html.parser")
    metadata: dict = {}
    if soup.title and soup.title.string:
        metadata["title"] = clean_line(soup.title.string)
    body = _content_root(soup)
    inside = body.name in _CONTAINERS or body.find_parent(_CONTAINERS) is not None
    lines: list[tuple[str, bool]] = []
    rows: set[int] = set()
    for element in _Walk(inside).text(body).split("\n"):
        heading = element.lstrip().startswith(_MARK_HEADING)
        if element.lstrip().startswith(_MARK_ROW):
            rows.add(len(lines))
        element = element.replace(_MARK_HEADING, "").replace(_MARK_ROW, "").replace(_MARK_BULLET, "• ")
        for line in element.split(_SOFT_BREAK):
            lines.append((line, heading))
        lines.append(("", False))  # HTML elements are already whole: never join across them
    blocks = lines_to_blocks(lines, join_after_blank=False)
    row_texts = {clean_line(lines[i][0]) for i in rows}
    for block in blocks:
        if block.text in row_texts and " | " in block.text:
            block.table_row = True
    return split_inline_items(blocks), metadata


def _content_root(soup: BeautifulSoup) -> Tag:
    """The page's <main> (if it is not inside dropped chrome), else <body>, else the whole page."""
    for main in soup.find_all("main"):
        if not any(_dropped(parent, True) for parent in main.parents if isinstance(parent, Tag)):
            return main
    return soup.body or soup


def _dropped(tag: Tag, inside: bool) -> bool:
    """Tags whose text is never part of the document."""
    if tag.name in _DROP or tag.get("role") in _CHROME_ROLES:
        return True
    return tag.name in ("header", "footer") and not inside


class _Walk:
    """One pass over a tree, writing its text with line and row marks."""

    def __init__(self, inside: bool):
        self.inside = inside
        self.out: list[str] = []
        self.row: list[list[str]] | None = None  # cells of the table row being read
        self.row_tag: Tag | None = None
        self.cell_depth = 0  # a cell inside a cell adds to the outer one

    def text(self, root: Tag) -> str:
        """The text of root: block elements on lines of their own, rows as cells joined by " | "."""
        stack: list = [(root, self.inside)]
        while stack:
            node, inside = stack.pop()
            if node is _END:
                self._close(inside)
            elif isinstance(node, Tag):
                if node is not root and _dropped(node, inside):
                    continue
                inner = inside or node.name in _CONTAINERS
                self._open(node)
                stack.append((_END, node))
                stack.extend((child, inner) for child in reversed(node.contents))
            elif type(node) is NavigableString or isinstance(node, CData):
                self._write(str(node).replace("\r", " ").replace("\n", " "))
        return "".join(self.out)

    def _write(self, text: str) -> None:
        if self.row is None:
            self.out.append(text)
        elif self.row:
            self.row[-1].append(text)  # text of a row outside its cells is not kept

    def _open(self, tag: Tag) -> None:
        if self.row is not None:
            if tag.name in ("td", "th"):
                if not self.cell_depth:
                    self.row.append([])
                self.cell_depth += 1
            return
        if tag.name == "tr":
            self.row, self.row_tag, self.cell_depth = [], tag, 0
        elif tag.name in _HEADINGS:
            self.out.append("\n" + _MARK_HEADING)
        elif tag.name == "li":
            self.out.append("\n" + _MARK_BULLET)
        elif tag.name == "br":
            self.out.append(_SOFT_BREAK)

    def _close(self, tag: Tag) -> None:
        if self.row is not None:
            if tag is self.row_tag:
                cells = [clean_line(" ".join(cell)) for cell in self.row]
                cells = [cell for cell in cells if cell]
                self.row = None
                self.out.append("\n" + _MARK_ROW + " | ".join(cells) + "\n" if cells else "\n")
            elif tag.name in ("td", "th"):
                self.cell_depth -= 1
            return
        if tag.name in _HEADINGS or (tag.name in _BLOCKS and tag.name != "br"):
            self.out.append("\n")
