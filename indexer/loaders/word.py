"""Word documents (.docx) into blocks, read with python-docx and its XML.

- Headings: paragraphs in a heading style ("Heading 1", "Title", a style based on one, or one
  with an outline level) and short lines all in bold, as the PDF loader reads them.
- Numbered paragraphs: Word's list numbering is computed from the numbering definitions
  (counters per list and level, "%1.%2" patterns, decimal, letters, roman) so the printed number
  becomes the paragraph's label; a heading keeps it at the start of its text, where the structure
  finder reads item numbers. Bulleted paragraphs are bullets.
- Tables: one block per row, its cells joined with " | " (merged cells once); a row with a single
  filled cell is a layout box, and its paragraphs are read as ordinary ones.
- Tracked changes: the text as it now stands. Inserted runs (w:ins, w:moveTo) are read; deleted ones
  (w:del, w:moveFrom) are not. python-docx's own Paragraph.text reads only the paragraph's direct
  runs and hyperlinks, which drops inserted text (and text in content controls and fields), so the
  text is collected from the XML here.
- Running headers, footers, footnotes, comments and tables of contents are not read.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field

from indexer.loaders import UnreadableDocument
from indexer.loaders.text import clean_line
from indexer.model import Block

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
MAX_UNPACKED_MB = 256  # every part unpacked (python-docx reads them all); a bigger one is a zip bomb, not minutes
HEADING_MAX_CHARS = 120
LABELLED_CELL_CHARS = 200  # a cell this long beside a minute number is the minute's text, not a table value
MAX_LEVELS = 9

_DELETED = {f"{{{W}}}del", f"{{{W}}}moveFrom", f"{{{W}}}delText", f"{{{W}}}delInstrText", f"{{{MC}}}Fallback"}
_NOT_TEXT = {f"{{{W}}}pPr", f"{{{W}}}rPr", f"{{{W}}}instrText", f"{{{W}}}txbxContent", f"{{{W}}}footnoteReference", f"{{{W}}}endnoteReference"}
_TERMINAL = re.compile(r"[.:;!?][\"”’)\]]*$")
# A minute or item number alone in a cell: "12.", "23/45", "7)", "(b)", "Item 4", "M12".
_ROW_LABEL = re.compile(r"^(?:(?:item|minute|min\.?)\s*)?[A-Z]{0,3}\d{1,4}(?:[./-]\d{1,4}){0,3}[.)]?$|^\(?[a-z]{1,3}\)$", re.IGNORECASE)
_LETTER_LABEL = re.compile(r"^\(?(?:[a-zA-Z]|[ivxIVX]{1,4})[.)]?$")
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _val(element, name: str) -> str | None:
    """The w:val of a child element, or None when it is absent."""
    child = element.find(_w(name)) if element is not None else None
    return None if child is None else child.get(_w("val"))


def _on(element, name: str) -> bool | None:
    """A Word on/off property: True, False, or None when not set."""
    child = element.find(_w(name)) if element is not None else None
    if child is None:
        return None
    return child.get(_w("val"), "true").lower() not in ("false", "0", "off", "none")


@dataclass
class _Style:
    name: str = ""
    based_on: str | None = None
    bold: bool | None = None
    outline: int | None = None
    num: tuple[str, int] | None = None  # numId and level the style numbers its paragraphs with


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class _Numbering:
    """Word's numbering definitions and the counters of the lists read so far."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId -> level -> definition
    list_of: dict[str, str] = field(default_factory=dict)  # numId -> the list whose counters it shares
    counters: dict[str, list[int | None]] = field(default_factory=dict)

    def label(self, num_id: str, level: int) -> tuple[str, bool] | None:
        """The printed label of the next paragraph of a list at a level, and whether it is a bullet."""
        levels = self.levels.get(num_id)
        if not levels or num_id == "0":
            return None
        definition = levels.get(level) or _Level()
        if definition.fmt == "bullet":
            return "", True
        if definition.fmt == "none":
            return None
        counters = self.counters.setdefault(self.list_of.get(num_id, num_id), [None] * MAX_LEVELS)
        level = min(max(level, 0), MAX_LEVELS - 1)
        counters[level] = definition.start if counters[level] is None else counters[level] + 1
        for deeper in range(level + 1, MAX_LEVELS):
            counters[deeper] = None

        def number(match: re.Match) -> str:
            at = int(match.group(1)) - 1
            spec = levels.get(at) or _Level()
            value = counters[at] if 0 <= at < MAX_LEVELS and counters[at] is not None else spec.start
            return _formatted(value, spec.fmt)

        return re.sub(r"%([1-9])", number, definition.text).strip(), False


def _formatted(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1) if value > 0 else str(value)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        roman, rest = "", value
        for amount, numeral in _ROMAN:
            while rest >= amount:
                roman, rest = roman + numeral, rest - amount
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _read_styles(root) -> tuple[dict[str, _Style], str | None]:
    styles: dict[str, _Style] = {}
    default = None
    if root is None:
        return styles, default
    for element in root.iter(_w("style")):
        style_id = element.get(_w("styleId"))
        if not style_id:
            continue
        ppr = element.find(_w("pPr"))
        num_pr = ppr.find(_w("numPr")) if ppr is not None else None
        num = None
        if num_pr is not None and _val(num_pr, "numId"):
            num = (_val(num_pr, "numId") or "0", int(_val(num_pr, "ilvl") or 0))
        outline = _val(ppr, "outlineLvl")
        styles[style_id] = _Style(
            name=(_val(element, "name") or "").lower(),
            based_on=_val(element, "basedOn"),
            bold=_on(element.find(_w("rPr")), "b"),
            outline=int(outline) if outline and outline.isdigit() else None,
            num=num,
        )
        if element.get(_w("type")) == "paragraph" and (element.get(_w("default")) or "").lower() in ("1", "true", "on"):
            default = style_id
    return styles, default


def _read_numbering(root) -> _Numbering:
    numbering = _Numbering()
    if root is None:
        return numbering
    abstract: dict[str, dict[int, _Level]] = {}
    for element in root.iter(_w("abstractNum")):
        levels: dict[int, _Level] = {}
        for level in element.iter(_w("lvl")):
            levels[int(level.get(_w("ilvl"), "0"))] = _level_of(level)
        abstract[element.get(_w("abstractNumId"), "")] = levels
    for element in root.iter(_w("num")):
        num_id = element.get(_w("numId"), "")
        abstract_id = _val(element, "abstractNumId") or ""
        levels = dict(abstract.get(abstract_id, {}))
        overrides = element.findall(_w("lvlOverride"))
        for override in overrides:
            at = int(override.get(_w("ilvl"), "0"))
            replaced = override.find(_w("lvl"))
            base = _level_of(replaced) if replaced is not None else levels.get(at, _Level())
            start = _val(override, "startOverride")
            levels[at] = _Level(base.fmt, base.text, int(start) if start and start.lstrip("-").isdigit() else base.start)
        numbering.levels[num_id] = levels
        # Lists of one definition count on together; one that restarts (an override) counts alone.
        numbering.list_of[num_id] = num_id if overrides else f"abstract:{abstract_id}"
    return numbering


def _level_of(level) -> _Level:
    start = _val(level, "start")
    return _Level(
        fmt=_val(level, "numFmt") or "decimal",
        text=_val(level, "lvlText") or "",
        start=int(start) if start and start.lstrip("-").isdigit() else 1,
    )


@dataclass
class _Part:
    """A paragraph as read: its text, whether all its text is bold, its style and numbering."""

    text: str
    bold: bool
    heading_style: bool
    label: str | None
    bullet: bool
    boxes: list = field(default_factory=list)  # text boxes anchored in it, read after it


class _Reader:
    def __init__(self, styles: dict[str, _Style], default_style: str | None, numbering: _Numbering):
        self.styles = styles
        self.default_style = default_style
        self.numbering = numbering
        self.blocks: list[Block] = []
        self.cell_depth = 0  # inside a table cell, printed numbers stay in the text of the row

    # -- styles ------------------------------------------------------------------------------

    def _chain(self, style_id: str | None):
        seen: set[str] = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            yield self.styles[style_id]
            style_id = self.styles[style_id].based_on

    def _style_bold(self, style_id: str | None) -> bool:
        for style in self._chain(style_id):
            if style.bold is not None:
                return style.bold
        return False

    def _is_heading_style(self, style_id: str | None) -> bool:
        for style in self._chain(style_id):
            if style.name.startswith("heading") or style.name in ("title", "subtitle") or style.outline is not None:
                return style.outline is None or style.outline < MAX_LEVELS
        return False

    def _is_contents(self, style_id: str | None) -> bool:
        return any(style.name.startswith("toc") for style in self._chain(style_id))

    def _style_num(self, style_id: str | None) -> tuple[str, int] | None:
        for style in self._chain(style_id):
            if style.num:
                return style.num
        return None

    # -- paragraphs --------------------------------------------------------------------------

    def paragraph(self, p) -> _Part | None:
        """A w:p read: None for a table of contents entry."""
        ppr = p.find(_w("pPr"))
        style_id = _val(ppr, "pStyle") or self.default_style
        if self._is_contents(style_id):
            return None
        pieces: list[tuple[str, bool]] = []
        paragraph_bold = self._style_bold(style_id)
        self._collect(p, pieces, paragraph_bold)
        text = clean_line("".join(piece for piece, _ in pieces))
        bold = bool(text) and all(b for piece, b in pieces if piece.strip())
        outline = _val(ppr, "outlineLvl")
        heading_style = self._is_heading_style(style_id) or bool(outline and outline.isdigit() and int(outline) < MAX_LEVELS)
        label, bullet = None, False
        num_pr = ppr.find(_w("numPr")) if ppr is not None else None
        num = None
        if num_pr is not None and _val(num_pr, "numId") is not None:
            num = (_val(num_pr, "numId") or "0", int(_val(num_pr, "ilvl") or 0))
        elif num_pr is not None and _val(num_pr, "ilvl") is not None and self._style_num(style_id):
            num = ((self._style_num(style_id) or ("0", 0))[0], int(_val(num_pr, "ilvl") or 0))
        else:
            num = self._style_num(style_id)
        if num:
            found = self.numbering.label(*num)
            if found:
                label, bullet = found[0] or None, found[1]
        boxes = [box for box in p.iter(_w("txbxContent")) if not any(a.tag == f"{{{MC}}}Fallback" for a in box.iterancestors())]
        return _Part(text, bold, heading_style, label, bullet, boxes)

    def _collect(self, element, pieces: list[tuple[str, bool]], paragraph_bold: bool) -> None:
        """The text of an element's runs in order, each with its boldness; deleted text is left out."""
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _DELETED or tag in _NOT_TEXT:
                continue
            if tag == _w("r"):
                pieces.append((self._run_text(child), self._run_bold(child, paragraph_bold)))
            else:  # hyperlinks, insertions, fields, content controls, smart tags: their runs count
                self._collect(child, pieces, paragraph_bold)

    def _run_text(self, run) -> str:
        out = []
        for child in run:
            tag = child.tag
            if tag == _w("t"):
                out.append(child.text or "")
            elif tag in (_w("tab"), _w("ptab"), _w("br"), _w("cr")):
                out.append(" ")
            elif tag == _w("noBreakHyphen"):
                out.append("-")
            elif tag == f"{{{MC}}}AlternateContent":
                continue  # a drawing or text box: its text boxes are read as paragraphs of their own
        return "".join(out)

    def _run_bold(self, run, paragraph_bold: bool) -> bool:
        rpr = run.find(_w("rPr"))
        direct = _on(rpr, "b")
        if direct is not None:
            return direct
        char_style = _val(rpr, "rStyle")
        for style in self._chain(char_style):
            if style.bold is not None:
                return style.bold
        return paragraph_bold

    # -- document order ----------------------------------------------------------------------

    def content(self, container) -> None:
        """Read the block content of the body, a cell or a text box into blocks."""
        for child in container:
            tag = child.tag
            if tag == _w("p"):
                part = self.paragraph(child)
                if part is None:
                    continue
                self._add(part)
                for box in part.boxes:
                    self.content(box)
            elif tag == _w("tbl"):
                self.table(child)
            elif tag in (_w("sdt"), _w("customXml")):
                if not self._is_contents_control(child):
                    inner = child.find(_w("sdtContent"))
                    self.content(inner if inner is not None else child)
            elif tag in (_w("ins"), _w("moveTo")):
                self.content(child)

    def _is_contents_control(self, sdt) -> bool:
        gallery = sdt.find(f"{_w('sdtPr')}/{_w('docPartObj')}/{_w('docPartGallery')}")
        return gallery is not None and "contents" in (gallery.get(_w("val")) or "").lower()

    def _add(self, part: _Part) -> None:
        text = part.text
        if not text:
            return
        heading = (part.heading_style or (part.bold and len(text) <= HEADING_MAX_CHARS)) and not text.endswith((".", ",", ";")) and not part.bullet
        label = part.label
        if label and (heading or self.cell_depth):
            text, label = f"{label} {text}", None  # "3. Rezoning ...": where the structure finder reads item numbers
        elif label:
            label = label.rstrip(".").strip() or None
        bullet = part.bullet or bool(label and _LETTER_LABEL.match(label) and not label.isdigit())
        self.blocks.append(Block(text=text, heading=heading, bullet=bullet, label=label))

    def table(self, tbl) -> None:
        for row in tbl.iterchildren(_w("tr")):
            trpr = row.find(_w("trPr"))
            if trpr is not None and trpr.find(_w("del")) is not None:
                continue  # a row deleted with changes tracked
            cells = [cell for cell in self._cells(row)]
            texts = [self._cell_text(cell) for cell in cells]
            filled = [(cell, text) for cell, text in zip(cells, texts) if text]
            if len(filled) == 2 and _ROW_LABEL.match(filled[0][1]) and self._holds_paragraphs(filled[1][0], filled[1][1]):
                self._labelled_cell(filled[0][1], filled[1][0])
            elif len(filled) >= 2:
                self.blocks.append(Block(text=" | ".join(text for _, text in filled), table_row=True))
            elif filled:
                self.content(filled[0][0])  # a layout box: its paragraphs read as any others

    def _holds_paragraphs(self, cell, text: str) -> bool:
        """A cell of running text (several paragraphs, or a long one), not a table's value."""
        return len(text) >= LABELLED_CELL_CHARS or len(cell.findall(_w("p"))) >= 2

    def _labelled_cell(self, label: str, cell) -> None:
        """Minutes laid out as a table: a minute number in one column, its text in the next."""
        start = len(self.blocks)
        self.content(cell)
        if len(self.blocks) == start:
            return
        first = self.blocks[start]
        if first.heading:
            first.text = f"{label} {first.text}"  # "23/45 Apologies": an item heading, as printed
        elif first.label is None:
            first.label = label.rstrip(".").strip()

    def _cells(self, row):
        for child in row:
            if child.tag == _w("tc"):
                yield child
            elif child.tag in (_w("sdt"), _w("customXml")):
                inner = child.find(_w("sdtContent"))
                yield from self._cells(inner if inner is not None else child)

    def _cell_text(self, cell) -> str:
        """A cell's paragraphs (with their printed numbers) and nested tables as one line."""
        saved = self.blocks
        self.blocks = []
        self.cell_depth += 1
        try:
            self.content(cell)
            entries = [block.text for block in self.blocks]
        finally:
            self.blocks = saved
            self.cell_depth -= 1
        out = ""
        for entry in entries:
            if not out:
                out = entry
            else:
                out += (" " if _TERMINAL.search(out) else "; ") + entry
        return out


def is_word_document(path: str) -> bool:
    """True for a zip holding word/document.xml (a .docx, whatever its name)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def read_word(path: str) -> list[Block]:
    """Blocks of a Word document in reading order; UnreadableDocument if it cannot be read."""
    _check_unpacked_size(path)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(path)
        body = document.element.body
        styles, default_style = _read_styles(_part_element(document, "styles"))
        numbering = _read_numbering(_part_element(document, "numbering"))
    except PackageNotFoundError as error:
        raise UnreadableDocument(f"damaged Word document: {error}") from error
    except MemoryError:
        raise
    except Exception as error:  # python-docx and lxml raise many kinds on a damaged package
        detail = (str(error).strip() or error.__class__.__name__)[:200]
        raise UnreadableDocument(f"damaged Word document: {error.__class__.__name__}: {detail}") from error
    if body is None:
        raise UnreadableDocument("damaged Word document: no body")
    reader = _Reader(styles, default_style, numbering)
    try:
        reader.content(body)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError) as error:
        # A number that is not one ("ilvl" of "x"), tables nested past recursion: the file is damaged.
        detail = (str(error).strip() or error.__class__.__name__)[:200]
        raise UnreadableDocument(f"damaged Word document: {error.__class__.__name__}: {detail}") from error
    return reader.blocks


def _part_element(document, kind: str):
    """The XML of the styles or numbering part, or None when the document has none."""
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/" + kind) and not rel.is_external:
            part = rel.target_part
            element = getattr(part, "element", None)
            if element is not None:
                return element
            from lxml import etree

            return etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False, no_network=True))
    return None


def _check_unpacked_size(path: str) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            size = sum(info.file_size for info in archive.infolist())  # python-docx reads every part
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise UnreadableDocument(f"damaged Word document: {error}") from error
    if size > MAX_UNPACKED_MB * 1024 * 1024:
        raise UnreadableDocument(f"Word document too large when unpacked ({size // 1048576} MB > {MAX_UNPACKED_MB} MB)")
