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
from typing import Callable

from indexer.analysis import sentence_spans
from indexer.loaders import UnreadableDocument, load
from indexer.meeting_card import meeting_card
from indexer.motions import find_motions
from indexer.model import Document, Paragraph
from indexer.settings import max_file_bytes, max_paragraph_chars
from indexer.sidecar import has_sidecar, read_sidecar, sidecar_path
from indexer.speakers import assign_speakers, keep_named_speakers, turn_continued
from indexer.structure import StructureHints, find_structure
from indexer.titles import derive_title
from indexer.walk import WalkRecorder

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


def read_document(
    path: str, root: str, digest: str | None = None, walk: WalkRecorder | None = None, speaker_evidence: list[tuple[int, str]] | None = None
) -> Document:
    """Read and structure one file; `root` is the folder it was found under (walk and speaker_evidence collect why, for explain)."""
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
        # The folder too: a council's site often files papers under "minutes/" or "agenda/" with dated names.
        filename=readable_name(f"{source.parent.name}/{source.stem}" if root and source.parent != Path(root) else source.stem),
    )
    warnings = _front_matter_warnings(loaded.metadata) + loaded.warnings
    walk = walk if walk is not None else WalkRecorder()
    structured = find_structure(loaded.blocks, hints, trace=walk)
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
        warnings=warnings,
    )
    passages, continued = split_passages(structured.paragraphs, PASSAGE_CHARS)
    document.paragraphs = split_long_paragraphs(passages, max_paragraph_chars())
    assign_speakers(document, speaker_evidence, lines_not_in_paragraphs(loaded.blocks, document.paragraphs))
    if len(document.paragraphs) == len(passages):
        carry_speakers(document.paragraphs, continued, lambda before, passage: turn_continued(document, before, passage))
    before_motions = [list(p.speakers) for p in document.paragraphs]
    try:
        document.motions = find_motions(document)
    except Exception as error:  # a fault in reading motions must not cost the document its paragraphs
        document.warnings.append(f"motions not read: {type(error).__name__}: {error}")
    keep_named_speakers(document, before_motions)  # a proposer or seconder only on the paragraphs that name them
    document.meeting_card = meeting_card(document, walk, loaded.blocks)
    return document


def _front_matter_warnings(metadata: dict) -> list[str]:
    value = metadata.get("date")
    if value is not None and _as_date(value) is None:
        return [f"front matter date {str(value)[:40]!r} is not a date (YYYY-MM-DD): ignored"]
    return []


MAX_LOST_LINES = 200  # short lines no paragraph kept, read for the people they name (an attendance list set as headings)
MAX_LOST_LINE_CHARS = 120


def lines_not_in_paragraphs(blocks: list, paragraphs: list[Paragraph]) -> list[str]:
    """Short lines the loader read that are no paragraph's text: headings, among them an attendance list printed one
    member a line in bold ("Cllr Jo Bruce   JB   Chair"), which the speakers module reads for who holds which role."""
    kept = {p.text for p in paragraphs if not p.heading_line}  # a heading kept as a paragraph is still read as a heading
    lines = [b.text for b in blocks if len(b.text) <= MAX_LOST_LINE_CHARS and b.text not in kept]
    return lines[:MAX_LOST_LINES]


PASSAGE_CHARS = 1500  # a longer paragraph is indexed as passages of about this length, cut between sentences


def split_passages(paragraphs: list[Paragraph], target: int) -> tuple[list[Paragraph], list[bool]]:
    """Paragraphs longer than target cut between sentences (Punkt) into passages that keep their item, section, kind and page.

    A sentence longer than target is cut at spaces; a word is never cut. Also returns, for each
    passage, whether it carries on the paragraph before it. Positions are renumbered.
    """
    out: list[Paragraph] = []
    continued: list[bool] = []
    for paragraph in paragraphs:
        pieces = _passages(paragraph.text, target) if len(paragraph.text) > target else [paragraph.text]
        for n, piece in enumerate(pieces):
            label = paragraph.label if n == 0 else None
            out.append(dataclasses.replace(paragraph, text=piece, position=len(out), label=label, speakers=list(paragraph.speakers)))
            continued.append(n > 0)
    return out, continued


def _passages(text: str, target: int) -> list[str]:
    """text as runs of whole sentences of at most target characters (a longer sentence alone, cut at spaces)."""
    passages: list[str] = []
    start = end = None
    for s_start, s_end in sentence_spans(text):
        if start is not None and s_end - start > target:
            passages.append(text[start:end].strip())
            start = None
        if start is None:
            start = s_start
        end = s_end
        if end - start > target:
            passages.extend(_pieces(text[start:end], target, spaces_only=True))
            start = None
    if start is not None:
        passages.append(text[start:end].strip())
    return [piece for piece in passages if piece]


def carry_speakers(
    passages: list[Paragraph], continued: list[bool], turn: Callable[[Paragraph, Paragraph], list[str]] | None = None
) -> None:
    """A passage that carries on a paragraph and names no speaker of its own keeps the speakers of the passage before it:
    all of them, or those `turn` says it continues (indexer/speakers.py turn_continued: the turn going on at the cut)."""
    for previous, passage, goes_on in zip(passages, passages[1:], continued[1:]):
        if goes_on and not passage.speakers and previous.speakers:
            passage.speakers = list(turn(previous, passage) if turn is not None else previous.speakers)


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


def _pieces(text: str, limit: int, spaces_only: bool = False) -> list[str]:
    """text cut into pieces of at most limit characters, each cut after the last sentence end (or space) it can use.

    With spaces_only, a run with no space is left whole (the hard limit cuts it later).
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = _last_end(_SENTENCE_END, window, limit // 2) or _last_end(_SPACE, window, 1 if spaces_only else limit // 2)
        if not cut and spaces_only:
            next_space = _SPACE.search(text, start + limit)
            cut = (next_space.end() - start) if next_space else len(text) - start
        cut = cut or limit
        pieces.append(text[start : start + cut].strip())
        start += cut
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def _last_end(pattern: re.Pattern, window: str, earliest: int) -> int:
    """Where the last match of pattern in window[earliest:] ends, or 0."""
    end = 0
    for match in pattern.finditer(window, earliest):
        end = match.end()
    return end
