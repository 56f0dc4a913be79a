"""One source file in, one structured Document out: load, find structure, attribute speakers."""
from __future__ import annotations

import dataclasses
import errno
import hashlib
import os
import re
import stat
from datetime import date, datetime
from pathlib import Path

from indexer.loaders import UnreadableDocument, load
from indexer.model import Document, Paragraph
from indexer.settings import max_file_bytes, max_paragraph_chars
from indexer.sidecar import has_sidecar, read_sidecar, sidecar_path
from indexer.speakers import assign_speakers
from indexer.structure import StructureHints, find_structure
from indexer.titles import derive_title

DOCUMENT_ID_CHARS = 16


def document_id(relpath: str) -> str:
    """A stable id from the path relative to the indexed folder (same path, same id).

    The path's bytes are hashed as the file system has them, so a name that is not UTF-8 has an id
    too, and a backslash is a character of a name (as it is on Linux), never a folder separator.
    """
    return hashlib.sha1(relpath.encode("utf-8", "surrogateescape")).hexdigest()[:DOCUMENT_ID_CHARS]


def readable_name(text: str) -> str:
    """A path or name as a person can read it: bytes that are not UTF-8 and control characters escaped."""
    shown = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in shown)


def open_regular(path: Path):
    """The file opened for reading, refused (UnreadableDocument) unless it is a regular file within the size limit.

    A link is never followed, and a FIFO is never waited on: the checks are on what was opened.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise UnreadableDocument("symbolic link: not followed") from error
        raise UnreadableDocument(f"cannot open: {error.strerror or error}") from error
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_size > max_file_bytes():
        os.close(fd)
        limit = max_file_bytes() // 1048576
        raise UnreadableDocument("not a regular file" if not stat.S_ISREG(info.st_mode) else f"too large (the limit, INDEXER_MAX_FILE_MB, is {limit} MB)")
    return os.fdopen(fd, "rb")


def content_hash(path: Path) -> str:
    """A hash of the file and its sidecar, so a change to either re-indexes the document."""
    digest = hashlib.sha256()
    with open_regular(path) as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    if has_sidecar(path):
        digest.update(b"\0sidecar\0" + sidecar_path(path).read_bytes())
    return digest.hexdigest()


def _as_date(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def read_document(path: str, root: str, digest: str | None = None) -> Document:
    """Read and structure one file; `root` is the folder it was found under."""
    source = Path(path)
    open_regular(source).close()  # checked again here: the file may have been swapped for a link since it was found
    relpath = source.relative_to(root).as_posix() if root else source.name
    sidecar = read_sidecar(source)
    loaded = load(str(source))
    front_title = loaded.metadata.get("title") if isinstance(loaded.metadata.get("title"), str) else None
    hints = StructureHints(
        title=sidecar.get("title") or front_title,
        council=sidecar.get("council"),
        committee=sidecar.get("committee"),
        date=sidecar.get("date"),
        published=_as_date(loaded.metadata.get("date")),
        filename=readable_name(source.stem),
    )
    warnings = _front_matter_warnings(loaded.metadata)
    structured = find_structure(loaded.blocks, hints)
    document = Document(
        document_id=document_id(relpath),
        path=str(source.resolve()),
        relpath=relpath,
        format=loaded.format,
        content_hash=digest or content_hash(source),
        title=hints.title or derive_title(loaded.blocks, structured.paragraphs, structured.committee, structured.date, readable_name(source.stem)),
        council=structured.council,
        committee=structured.committee,
        date=structured.date,
        source_url=sidecar.get("url"),
        pages=loaded.pages,
        paragraphs=split_long_paragraphs(structured.paragraphs, max_paragraph_chars()),
        warnings=warnings,
    )
    assign_speakers(document)
    return document


def _front_matter_warnings(metadata: dict) -> list[str]:
    value = metadata.get("date")
    if value is not None and _as_date(value) is None:
        return [f"front matter date {str(value)[:40]!r} is not a date (YYYY-MM-DD): ignored"]
    return []


_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def split_long_paragraphs(paragraphs: list[Paragraph], limit: int) -> list[Paragraph]:
    """Paragraphs longer than limit split at sentence ends (else spaces), keeping every word; positions renumbered."""
    if all(len(p.text) <= limit for p in paragraphs):
        return paragraphs
    out: list[Paragraph] = []
    for paragraph in paragraphs:
        for piece in _pieces(paragraph.text, limit):
            out.append(dataclasses.replace(paragraph, text=piece, position=len(out), speakers=list(paragraph.speakers)))
    return out


def _pieces(text: str, limit: int) -> list[str]:
    """text cut into pieces of at most limit characters, each cut after the last sentence end (or space) it can use."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = _last_end(_SENTENCE_END, window, limit // 2) or _last_end(_SPACE, window, limit // 2) or limit
        pieces.append(window[:cut].strip())
        start += cut
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def _last_end(pattern: re.Pattern, window: str, earliest: int) -> int:
    """Where the last match of pattern in window[earliest:] ends, or 0."""
    end = 0
    for match in pattern.finditer(window, earliest):
        end = match.end()
    return end
