"""Read a source file into blocks of text, telling its format by content, not by extension."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from indexer.model import Block

SNIFF_BYTES = 8192
UTF16_SAMPLE_BYTES = 512  # bytes looked at to tell UTF-16 without a byte order mark


class UnreadableDocument(Exception):
    """A file that cannot be read as a council document; the message says why."""


@dataclass
class LoadedFile:
    """What a loader gives back: the blocks, the format and any metadata the file carries."""

    format: str
    blocks: list[Block]
    metadata: dict = field(default_factory=dict)  # front matter or <title>/<meta> values
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)  # what was left out while reading (scanned pages OCR could not read)


def utf16_encoding(head: bytes) -> str | None:
    """"utf-16" for text with a UTF-16 byte order mark, "utf-16-le"/"-be" for ASCII-range UTF-16 without one."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = head[:UTF16_SAMPLE_BYTES - UTF16_SAMPLE_BYTES % 2]
    if len(sample) < 4:
        return None
    # Without a mark: every other byte zero, the rest printable (what "<html>" in UTF-16 looks like).
    for zeros, letters, name in ((sample[1::2], sample[0::2], "utf-16-le"), (sample[0::2], sample[1::2], "utf-16-be")):
        if not zeros.strip(b"\x00") and all(9 <= byte < 127 or byte >= 160 for byte in letters):
            return name
    return None


def detect_format(head: bytes) -> str:
    """pdf, zip, html, markdown, text or binary, from the first bytes of a file."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"  # a Word document is a zip holding word/document.xml
    if b"\x00" in head:
        return "binary"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith(b"---") and b"\n---" in lowered[3:]:
        return "markdown"  # front matter first: Markdown, even with HTML tables inside
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or any(
        tag in lowered for tag in (b"<html", b"<body", b"<head>", b"<div", b"<p>", b"<table")
    ):
        return "html"
    if lowered.startswith(b"---") and b"\n---" in lowered[3:]:
        return "markdown"
    return "text"


def load(path: str) -> LoadedFile:
    """Load a file of any supported format; raises UnreadableDocument with a reason."""
    file = Path(path)
    try:
        with file.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError as error:
        raise UnreadableDocument(f"cannot open: {error.strerror or error}") from error
    if not head:
        raise UnreadableDocument("empty file")
    utf16 = utf16_encoding(head)
    if utf16:
        head = head.decode(utf16, errors="replace").encode("utf-8")
    kind = detect_format(head)
    if kind == "binary":
        raise UnreadableDocument("binary file that is not a PDF or Word document")
    if kind == "zip":
        from indexer.loaders.word import is_word_document, read_word

        if not is_word_document(str(file)):
            raise UnreadableDocument("zip archive that is not a Word document (.docx), or a damaged one")
        return LoadedFile("docx", read_word(str(file)), {})
    if kind == "pdf":
        from indexer.loaders.pdf import read_pdf

        warnings: list[str] = []
        blocks, pages = read_pdf(str(file), warnings)
        from indexer.loaders.inline import split_running_items

        return LoadedFile("pdf", split_running_items(blocks), {}, pages, warnings)
    from indexer.loaders.text import decode_text

    text = decode_text(file.read_bytes(), utf16)
    if kind == "html":
        from indexer.loaders.html import read_html

        blocks, metadata = read_html(text)
        return LoadedFile("html", blocks, metadata)
    from indexer.loaders.text import read_markdown, read_text

    if kind == "markdown":
        blocks, metadata = read_markdown(text)
        return LoadedFile("markdown", blocks, metadata)
    return LoadedFile("text", read_text(text), {})
