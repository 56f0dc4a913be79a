"""One source file in, one structured Document out: load, find structure, attribute speakers."""
from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

from indexer.loaders import load
from indexer.model import Document
from indexer.sidecar import read_sidecar, sidecar_path
from indexer.speakers import assign_speakers
from indexer.structure import StructureHints, find_structure

DOCUMENT_ID_CHARS = 16


def document_id(relpath: str) -> str:
    """A stable id from the path relative to the indexed folder (same path, same id)."""
    return hashlib.sha1(relpath.replace("\\", "/").encode("utf-8")).hexdigest()[:DOCUMENT_ID_CHARS]


def content_hash(path: Path) -> str:
    """A hash of the file and its sidecar, so a change to either re-indexes the document."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    side = sidecar_path(path)
    if side.is_file():
        digest.update(b"\0sidecar\0" + side.read_bytes())
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
        filename=source.stem,
    )
    structured = find_structure(loaded.blocks, hints)
    document = Document(
        document_id=document_id(relpath),
        path=str(source.resolve()),
        relpath=relpath,
        format=loaded.format,
        content_hash=digest or content_hash(source),
        title=hints.title or _title_from(structured, source),
        council=structured.council,
        committee=structured.committee,
        date=structured.date,
        source_url=sidecar.get("url"),
        pages=loaded.pages,
        paragraphs=structured.paragraphs,
    )
    assign_speakers(document)
    return document


def _title_from(structured, source: Path) -> str:
    for paragraph in structured.paragraphs[:1]:
        if paragraph.item_title:
            return paragraph.item_title
    return source.stem.replace("_", " ")
