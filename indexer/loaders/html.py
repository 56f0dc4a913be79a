"""Saved council web pages (ModernGov and the like) into blocks."""
from __future__ import annotations

from bs4 import BeautifulSoup, Comment

from indexer.loaders.text import clean_line, lines_to_blocks
from indexer.model import Block

# Never text of the document: scripts, styles, embedded frames, site chrome.
_DROP = ("script", "style", "noscript", "iframe", "object", "embed", "template", "svg", "nav", "form", "button", "select", "input", "head")
_CHROME_ROLES = ("navigation", "banner", "contentinfo", "search")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = ("p", "div", "section", "article", "li", "dt", "dd", "blockquote", "pre", "br", "tr", "table", "ul", "ol", "caption", "main", "header", "footer", "aside")
_MARK_HEADING = "\x01"
_MARK_BULLET = "\x02"
_MARK_ROW = "\x03"


def read_html(text: str) -> tuple[list[Block], dict]:
    """HTML into blocks and page metadata (title)."""
    soup = BeautifulSoup(text, "html.parser")
    metadata: dict = {}
    if soup.title and soup.title.string:
        metadata["title"] = clean_line(soup.title.string)
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(attrs={"role": _CHROME_ROLES}):
        tag.decompose()
    for tag in soup.find_all(["header", "footer"]):
        # Site headers and footers wrap the page; an article's own header stays.
        if tag.find_parent(["article", "main"]) is None:
            tag.decompose()
    body = soup.find("main") or soup.body or soup
    for node in body.find_all(string=True):
        # Source line breaks inside an element are only formatting.
        if "\n" in node or "\r" in node:
            node.replace_with(node.replace("\r", " ").replace("\n", " "))
    for row in body.find_all("tr"):
        cells = [clean_line(cell.get_text(" ")) for cell in row.find_all(["td", "th"])]
        cells = [cell for cell in cells if cell]
        row.replace_with(soup.new_string("\n" + _MARK_ROW + " | ".join(cells) + "\n") if cells else soup.new_string("\n"))
    for tag in body.find_all(_HEADINGS):
        tag.insert(0, soup.new_string("\n" + _MARK_HEADING))
        tag.append(soup.new_string("\n"))
    for tag in body.find_all("li"):
        tag.insert(0, soup.new_string("\n" + _MARK_BULLET))
    for tag in body.find_all(_BLOCKS):
        tag.append(soup.new_string("\n"))
        if tag.name == "br":
            tag.replace_with(soup.new_string("\n"))
    lines: list[tuple[str, bool]] = []
    rows: set[int] = set()
    for raw in body.get_text("").split("\n"):
        heading = raw.lstrip().startswith(_MARK_HEADING)
        if raw.lstrip().startswith(_MARK_ROW):
            rows.add(len(lines))
        raw = raw.replace(_MARK_HEADING, "").replace(_MARK_ROW, "").replace(_MARK_BULLET, "• ")
        lines.append((raw, heading))
        lines.append(("", False))  # HTML lines are already whole: never join across elements
    blocks = lines_to_blocks(lines)
    row_texts = {clean_line(lines[i][0]) for i in rows}
    for block in blocks:
        if block.text in row_texts and " | " in block.text:
            block.table_row = True
    return blocks, metadata
