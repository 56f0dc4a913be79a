"""Plain text and Markdown into blocks: wrapped lines joined, bullets split off."""
from __future__ import annotations

import html
import re

import yaml

from indexer.loaders import UnreadableDocument
from indexer.loaders.bold_topics import BUSINESS_BEGINS, NUMBERED_LINE, bold_topic
from indexer.loaders.cell_items import ITEM_MARK, ROW_MARK, TITLE_MARK, table_lines, top_level_tables
from indexer.loaders.inline import split_inline_items
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


def decode_text(data: bytes, encoding: str | None = None) -> str:
    """Bytes as text: `encoding` when known (UTF-16), else UTF-8 when it is, else Windows-1252 (older council files)."""
    if len(data) > MAX_TEXT_CHARS:
        raise UnreadableDocument(f"text file too large ({len(data) // 1_000_000} MB > {MAX_TEXT_CHARS // 1_000_000} MB)")
    if encoding:
        return data.decode(encoding, errors="replace").lstrip("\ufeff")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def clean_line(line: str) -> str:
    """Collapse spaces (including no-break spaces) and trim."""
    return _SPACES.sub(" ", line).strip()


def lines_to_blocks(lines: list[tuple[str, bool]], join_after_blank: bool = True) -> list[Block]:
    """Group (line, is_heading) pairs into blocks, joining lines that a conversion wrapped.

    With join_after_blank False (HTML, whose elements are whole), a blank line always ends a block.
    """
    blocks: list[Block] = []
    growing: _Growing | None = None
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
        joins = growing is not None and not bullet and not heading and not growing.block.heading
        if joins and (join_after_blank or not previous_blank) and (
            _continues(growing.tail, line, previous_blank, indented_continuation) or growing.capital_title_goes_on(line, previous_blank)
        ):
            growing.add(line)
        else:
            if growing is not None:
                growing.finish()
            growing = _Growing(Block(text=line, heading=heading, bullet=bullet))
            blocks.append(growing.block)
        previous_blank = False
    if growing is not None:
        growing.finish()
    return blocks


class _Growing:
    """A block whose lines are collected in a list and joined once, so a long block costs linear time."""

    def __init__(self, block: Block):
        self.block = block
        self.parts = [block.text]
        self.tail = block.text[-2:]  # the last two characters: all that joining looks at
        self.capital_title = bool(_CAPITAL_TITLE_START.match(block.text)) and _in_capitals(block.text)
        self.length = len(block.text)
        self.last_line = block.text

    def capital_title_goes_on(self, line: str, after_blank: bool = True) -> bool:
        """A meeting's title printed in capitals over several lines ("MINUTES OF PROCEEDINGS AT MEETING OF THE" / "PLANNING COMMITTEE HELD ...") goes on."""
        if not (self.capital_title and not _TERMINAL.search(self.tail) and _in_capitals(line) and self.length + len(line) <= MAX_CAPITAL_TITLE_CHARS):
            return False
        # The next line of a title that has said what it is of ("MINUTES OF PROCEEDINGS AT MEETING OF THE" / "PLANNING
        # COMMITTEE HELD ..."), or, after a blank line, a line that the title so far leaves hanging ("... MEETING OF",
        # "... ON FRIDAY, 29TH") or that carries it on ("OF THE ..."): "AGENDA" over "CABINET" are two lines.
        if not after_blank and re.search(r"\bOF\b", " ".join(self.parts)):
            return True
        one_word = len(self.last_line.split()) == 1 and len(self.parts) > 1  # a title set one word to a line, after its first
        return bool(one_word or _HANGING_END.search(self.last_line) or _CARRYING_START.match(line))

    def add(self, line: str) -> None:
        """Append a wrapped line, undoing a hyphen that only broke a word."""
        self.length += len(line) + 1
        self.capital_title = self.capital_title and _in_capitals(line)
        self.last_line = line
        if _rejoins_word(self.tail, line):
            self.parts[-1] = self.parts[-1][:-1]
            self.tail = (self.tail[:-1] + line)[-2:]
        else:
            self.parts.append(" ")
            self.tail = (" " + line)[-2:]
        self.parts.append(line)

    def finish(self) -> None:
        self.block.text = "".join(self.parts)


MAX_CAPITAL_TITLE_CHARS = 400  # a meeting title in capitals longer than this is not joined further
_CAPITAL_TITLE_START = re.compile(r"^(?:MINUTES|MEETING|AGENDA|NOTICE|RECORD|SUMMONS|PROCEEDINGS|REPORT)\b")


_HANGING_END = re.compile(r"(?:\b(?:OF|THE|AT|IN|AND|TO|ON|FOR|HELD|A|AN|&)|,|\b\d{1,2}(?:ST|ND|RD|TH)?|\b(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)\s*$")
_CARRYING_START = re.compile(r"^(?:OF|AT|THE|HELD|ON|IN|AND|TO)\b")


def _in_capitals(line: str) -> bool:
    """Every letter of the line is a capital (and it has letters)."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# "2." printed alone on a line, its title on the next: a number column flattened by conversion.
_LONE_NUMBER = re.compile(r"^\d{1,3}\.$")
MAX_ATTACHED_TITLE_CHARS = 120
MAX_LONG_TITLE_CHARS = 250  # a title printed over two lines and read as one, in a title's case
TITLE_CASE_SHARE = 2 / 3  # of the words of four letters or more, at least this many capitalised: a title, not a sentence


def _title_case(text: str) -> bool:
    """Most longer words capitalised ("Filling of Vacancies on Strategic Policy Committees ... – resignation of ..."): a title's case."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'\-]*", text) if len(w) >= 4]
    return bool(words) and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def attach_lone_numbers(blocks: list[Block]) -> list[Block]:
    """A line that is only an item number ("2.") joined to the short title line after it ("2. Housing Development")."""
    out: list[Block] = []
    skip = False
    for before, block, after in zip([None, *blocks[:-1]], blocks, [*blocks[1:], None]):
        if skip:
            skip = False
            continue
        if (
            after is not None
            and _LONE_NUMBER.match(block.text)
            and not (before is not None and _LONE_NUMBER.match(before.text))  # the last of a column of numbers: its title is not the next line
            and not block.table_row
            and not after.table_row
            and not after.item
            and (len(after.text) <= MAX_ATTACHED_TITLE_CHARS or len(after.text) <= MAX_LONG_TITLE_CHARS and _title_case(after.text))
            and after.text[:1].isupper()
            # A closing bracket ends a title in a title's case ("... (to be referred to the Housing Committee)"), not a sentence.
            and (not _TERMINAL.search(after.text) or after.text.endswith(")") and not after.text.startswith("(") and _title_case(after.text))
        ):
            out.append(Block(text=f"{block.text} {after.text}", page=block.page, heading=after.heading))
            skip = True
            continue
        out.append(block)
    return out


def _continues(previous: str, line: str, after_blank: bool, indented: bool) -> bool:
    """Whether line carries on a block ending in previous (its last characters are enough)."""
    if previous.endswith("-") and not previous.endswith(" -") and line[:1].islower():
        return True
    if _TERMINAL.search(previous):
        return False
    if indented and not after_blank:
        return True
    # A line that starts in lower case carries on the sentence a wrap broke.
    return line[:1].islower() or (not after_blank and line[:1] in "(&,")


def _rejoins_word(previous: str, line: str) -> bool:
    return previous.endswith("-") and not previous.endswith(" -") and line[:1].islower() and previous[-2:-1].isalpha()


# Line-level HTML left in a text file by a web export ("...<br /><br />805.Apologies", "<h1>Minutes ...</h1>").
_HTML_LINE_TAG = re.compile(r"<br\s*/?>?|</?(?:p|div|h[1-6]|li|hr)\b[^>]*>", re.IGNORECASE)


def read_text(text: str) -> list[Block]:
    """Plain text into blocks."""
    if "<" in text and _HTML_LINE_TAG.search(text):
        text = html.unescape(_HTML_TAG.sub("", _HTML_LINE_TAG.sub("\n", text)))
    # Text converted from Word or PDF often keeps Markdown-style **bold** marks.
    return split_inline_items(attach_lone_numbers(lines_to_blocks([(_MD_EMPHASIS.sub(r"\2", line), False) for line in text.splitlines()])))


def _markdown_line(line: str) -> tuple[str, bool]:
    heading = bool(_MD_HEADING.match(line))
    if heading:
        line = _MD_HEADING.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _HTML_TAG.sub("", line)
    line = _MD_EMPHASIS.sub(r"\2", line)
    line = _MD_ESCAPE.sub(r"\1", line)
    return line, heading


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader, except that a timestamp that is not a real date stays a string.

    The safe loader raises on "2025-02-30", which lost the whole document; the caller now
    ignores the bad date with a warning and indexes the rest.
    """


def _timestamp_or_text(loader: yaml.SafeLoader, node: yaml.Node):
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


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
        data = yaml.load(raw, Loader=_FrontMatterLoader)  # a SafeLoader subclass
    except (yaml.YAMLError, ValueError):
        data = None
    return (data if isinstance(data, dict) else {}), body


def read_markdown(text: str) -> tuple[list[Block], dict]:
    """Markdown with optional YAML front matter into blocks and the front matter."""
    metadata, body = split_front_matter(text)
    if "<" in body:
        body = _inline_html_as_lines(body)
    body = _mark_bold_topics(body)
    # A line the table reader marked as an item heading is a heading: nothing joins it.
    blocks = lines_to_blocks([(text, heading or text.startswith(ITEM_MARK)) for text, heading in map(_markdown_line, body.splitlines())])
    blocks = [_cell_item(block) if block.text.startswith(ITEM_MARK) else block for block in blocks]
    for block in blocks:
        if block.text.startswith(_ROW_MARK):
            block.text = block.text[len(_ROW_MARK):].strip()
            block.table_row = True
    return split_inline_items(attach_lone_numbers(blocks)), metadata


_ROW_MARK = ROW_MARK


# "**ii. Drainage – G. Proctor**", "**Viii – Fen Report**": a bold sub-topic numbered with a roman numeral or a letter.
_TOPIC_MARKER = re.compile(r"^(?P<number>\(?(?:[ivx]{1,4}|[a-h])[.)]|[IVX][ivx]{1,3}(?=\s+[-–—]))\s*[-–—]?\s+(?=[A-Z])", re.IGNORECASE)


def _mark_bold_topics(body: str) -> str:
    """Bold sub-topics after the document's first numbered line or its attendance marked as unnumbered item headings (indexer/loaders/bold_topics.py)."""
    out, begun = [], False
    for line in body.splitlines():
        topic = bold_topic(line) if begun else None
        begun = begun or bool(NUMBERED_LINE.match(line) or BUSINESS_BEGINS.match(line.replace("*", "")))
        if topic is None:
            out.append(line)
            continue
        title, text = topic
        marker = _TOPIC_MARKER.match(title)
        number, title = (marker.group("number"), title[marker.end() :]) if marker else ("", title)
        out.extend(["", f"{ITEM_MARK}{number}{TITLE_MARK}{title}", ""])
        if text.rstrip(" :;") != title:
            out.extend([text, ""])  # "**Streetlighting**: the Clerk read ...": the line stays the item's first paragraph, whole
    return "\n".join(out)
_ANY_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def _inline_html_as_lines(body: str) -> str:
    """HTML tables inside Markdown become one line per row (a row of many items one line per item and text line); other tags are dropped."""
    out, end = [], 0
    for start, stop in top_level_tables(body):
        out.append(body[end:start])
        out.append("\n\n" + "\n\n".join(table_lines(body[start:stop], clean_line)) + "\n\n")
        end = stop
    out.append(body[end:])
    body = re.sub(r"<br\s*/?>|</p>|</div>|</li>|</h\d>", "\n", "".join(out), flags=re.IGNORECASE)
    return html.unescape(_ANY_TAG.sub("", body))  # "&nbsp;", "&amp;" outside the tables as a browser shows them


def _cell_item(block: Block) -> Block:
    """A block marked as an item heading by the table reader: Block(item=True) with its number (or none) and title."""
    number, _, title = block.text[len(ITEM_MARK):].partition(TITLE_MARK)
    return Block(text=title.strip(), page=block.page, heading=True, label=number.strip() or None, item=True)
