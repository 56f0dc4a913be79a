"""Plain text and Markdown into blocks: wrapped lines joined, bullets split off."""
from __future__ import annotations

import re

import yaml

from indexer.loaders import UnreadableDocument
from indexer.model import Block

MAX_TEXT_CHARS = 20_000_000  # a larger "text" file is not a council document

_BULLET = re.compile(r"^\s*(?:[·•●▪■◦‣∙*]|[-–—](?=\s)|o(?=\s{2,}))\s*")
_TERMINAL = re.compile(r"[.:;!?\"”’)\]]\s*$")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_HTML_TAG = re.compile(r"</?(?:u|b|i|em|strong|span|sup|sub|br)\b[^>]*>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


def decode_text(data: bytes) -> str:
    """Bytes as text: UTF-8 when it is, else Windows-1252 (what older council files use)."""
    if len(data) > MAX_TEXT_CHARS:
        raise UnreadableDocument(f"text file too large ({len(data) // 1_000_000} MB > {MAX_TEXT_CHARS // 1_000_000} MB)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def clean_line(line: str) -> str:
    """Collapse spaces (including no-break spaces) and trim."""
    return _SPACES.sub(" ", line).strip()


def lines_to_blocks(lines: list[tuple[str, bool]]) -> list[Block]:
    """Group (line, is_heading) pairs into blocks, joining lines that a conversion wrapped."""
    blocks: list[Block] = []
    previous_blank = True
    for raw, heading in lines:
        if not raw.strip():
            previous_blank = True
            continue
        indented_continuation = raw.startswith((" ", "\t")) and not _BULLET.match(raw)
        line = clean_line(raw)
        bullet_match = _BULLET.match(line)
        bullet = bool(bullet_match) and len(line) > bullet_match.end()
        if bullet:
            line = line[bullet_match.end():].strip()
        if not line:
            continue
        last = blocks[-1] if blocks else None
        if last is not None and not bullet and not heading and not last.heading and _continues(last.text, line, previous_blank, indented_continuation):
            last.text = _join(last.text, line)
        else:
            blocks.append(Block(text=line, heading=heading, bullet=bullet))
        previous_blank = False
    return blocks


def _continues(previous: str, line: str, after_blank: bool, indented: bool) -> bool:
    if previous.endswith("-") and not previous.endswith(" -") and line[:1].islower():
        return True
    if _TERMINAL.search(previous):
        return False
    if indented and not after_blank:
        return True
    # A line that starts in lower case carries on the sentence a wrap broke.
    return line[:1].islower() or (not after_blank and line[:1] in "(&,")


def _join(previous: str, line: str) -> str:
    if previous.endswith("-") and not previous.endswith(" -") and line[:1].islower() and previous[-2:-1].isalpha():
        return previous[:-1] + line
    return previous + " " + line


def read_text(text: str) -> list[Block]:
    """Plain text into blocks."""
    # Text converted from Word or PDF often keeps Markdown-style **bold** marks.
    return lines_to_blocks([(_MD_EMPHASIS.sub(r"\2", line), False) for line in text.splitlines()])


def _markdown_line(line: str) -> tuple[str, bool]:
    heading = bool(_MD_HEADING.match(line))
    if heading:
        line = _MD_HEADING.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _HTML_TAG.sub("", line)
    line = _MD_EMPHASIS.sub(r"\2", line)
    line = _MD_ESCAPE.sub(r"\1", line)
    return line, heading


def split_front_matter(text: str) -> tuple[dict, str]:
    """YAML front matter (a dict, empty when absent or broken) and the body after it."""
    stripped = text.lstrip("\ufeff")
    if not stripped.startswith("---"):
        return {}, text
    end = re.search(r"^(?:---|\.\.\.)\s*$", stripped[3:], re.MULTILINE)
    if not end:
        return {}, text
    raw = stripped[3 : 3 + end.start()]
    body = stripped[3 + end.end():]
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError:
        data = None
    return (data if isinstance(data, dict) else {}), body


def read_markdown(text: str) -> tuple[list[Block], dict]:
    """Markdown with optional YAML front matter into blocks and the front matter."""
    metadata, body = split_front_matter(text)
    if "<" in body:
        body = _inline_html_as_lines(body)
    blocks = lines_to_blocks([_markdown_line(line) for line in body.splitlines()])
    for block in blocks:
        if block.text.startswith(_ROW_MARK):
            block.text = block.text[len(_ROW_MARK):].strip()
            block.table_row = True
    return blocks, metadata


_ROW_MARK = "\x03"
_HTML_TABLE = re.compile(r"<table\b.*?</table>", re.IGNORECASE | re.DOTALL)
_ANY_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def _inline_html_as_lines(body: str) -> str:
    """HTML tables inside Markdown become one line per row; other tags are dropped."""
    from bs4 import BeautifulSoup

    def table_lines(match: re.Match) -> str:
        soup = BeautifulSoup(match.group(0), "html.parser")
        rows = []
        for row in soup.find_all("tr"):
            cells = [clean_line(cell.get_text(" ")) for cell in row.find_all(["td", "th"])]
            cells = [cell for cell in cells if cell]
            if cells:
                rows.append(_ROW_MARK + " | ".join(cells))
        return "\n\n" + "\n\n".join(rows) + "\n\n"

    body = _HTML_TABLE.sub(table_lines, body)
    body = re.sub(r"<br\s*/?>|</p>|</div>|</li>|</h\d>", "\n", body, flags=re.IGNORECASE)
    return _ANY_TAG.sub("", body)
