"""Find the files to index under the paths given, never reading outside them.

Only regular files inside the folders given are taken. Symbolic links (to files or folders),
devices, FIFOs and sockets are skipped with a reason, as are index folders (ours, by their marker
file) and the index the build is writing to. A file over the size limit is refused by its size
before a byte of it is read.
"""
from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from engine.format import MARKER_FILE
from engine.writer import CREATING_SUFFIX, GENERATIONS_SUFFIX, LOCK_SUFFIX, SWITCH_SUFFIX
from indexer.pipeline import document_id, readable_name
from indexer.settings import max_file_bytes
from indexer.sidecar import is_sidecar

SKIPPED_NAMES = {".DS_Store", "Thumbs.db", "MANIFEST.md", "README.md"}  # never council documents
INDEX_LEFTOVER_SUFFIXES = (GENERATIONS_SUFFIX, CREATING_SUFFIX, SWITCH_SUFFIX, LOCK_SUFFIX)  # what an index makes beside itself


@dataclass
class SourceFile:
    """A file found under one of the paths given to the indexer."""

    path: str
    root: str  # the folder ids are relative to: the folder given, or what several given paths share
    relpath: str
    document_id: str
    digest: str = ""


@dataclass
class Found:
    """What a search of the given paths found: files to index, what was skipped and what was refused."""

    sources: list[SourceFile] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # policy: not documents (links, devices, indexes)
    refused: list[tuple[str, str]] = field(default_factory=list)  # documents that cannot be indexed: a failure


def find_files(paths: Iterable[str], index_dir: str | os.PathLike | None = None) -> Found:
    """Every indexable file under paths; ids are from paths relative to the folder given.

    With several paths, ids are relative to the folder they all share, so two files of the same
    name in two folders never get one id (with one folder, ids are as they always were).
    """
    roots = [_root_of(given) for given in paths]
    base = roots[0][0] if len(roots) == 1 else os.path.commonpath([root for root, _ in roots])
    excluded = _index_paths(index_dir)
    found = Found()
    seen: dict[str, str] = {}  # document id -> path
    paths_seen: set[str] = set()
    for root, only in roots:
        for path, size in _walk(root, only, excluded, found):
            if path in paths_seen:
                continue  # the same file given twice (a folder and a file inside it)
            paths_seen.add(path)
            relpath = os.path.relpath(path, base)
            doc_id = document_id(relpath)
            if doc_id in seen:
                found.refused.append((path, f"its id {doc_id} is already used by {readable_name(seen[doc_id])}"))
            elif size > max_file_bytes():
                found.refused.append((path, f"too large: {size / 1048576:.0f} MB (the limit, INDEXER_MAX_FILE_MB, is {max_file_bytes() // 1048576} MB)"))
            else:
                seen[doc_id] = path
                found.sources.append(SourceFile(path, base, relpath, doc_id))
    return found


def _root_of(given: str) -> tuple[str, str | None]:
    """(folder, None) for a folder given; (its folder, the file) for a file given."""
    base = Path(given)
    if base.is_dir():
        return str(base.resolve()), None
    if base.is_file():
        file = base.resolve()
        return str(file.parent), str(file)
    if os.path.lexists(given):
        raise FileNotFoundError(f"not a file or folder: {given}")
    raise FileNotFoundError(f"no such file or folder: {given}")


def _index_paths(index_dir: str | os.PathLike | None) -> set[str]:
    """The index being written and the folders it makes beside itself, as real paths."""
    if index_dir is None:
        return set()
    path = os.path.join(os.path.realpath(os.path.dirname(os.path.abspath(index_dir))), os.path.basename(os.path.abspath(index_dir)))
    return {path, os.path.realpath(path)} | {path + suffix for suffix in INDEX_LEFTOVER_SUFFIXES}


def _walk(root: str, only: str | None, excluded: set[str], found: Found) -> Iterable[tuple[str, int]]:
    """(path, size) of the regular files under root (or just `only`), in name order; skips go to found."""
    if only is not None:
        entry = os.lstat(only)
        if _wanted(Path(only).name):
            yield only, entry.st_size
        return
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: os.fsencode(e.name))
        except OSError as error:
            found.skipped.append((folder, f"cannot read folder: {error.strerror or error}"))
            continue
        below = []
        for entry in entries:
            if not _wanted(entry.name):
                continue
            kind, reason = _classify(entry, excluded)
            if kind == "dir":
                below.append(entry.path)
            elif kind == "file":
                yield entry.path, reason
            else:
                found.skipped.append((entry.path, reason))
        folders.extend(reversed(below))


def _wanted(name: str) -> bool:
    """Names that may be documents: no dot files, sidecars or known non-documents (skipped silently, as documented)."""
    return not name.startswith(".") and name not in SKIPPED_NAMES and not is_sidecar(Path(name))


def _classify(entry: os.DirEntry, excluded: set[str]) -> tuple[str, object]:
    """("file", size), ("dir", None) or ("skip", reason) for one entry, never following a link."""
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError as error:
        return "skip", f"cannot read: {error.strerror or error}"
    if stat.S_ISLNK(info.st_mode):
        return "skip", _link_reason(entry.path)
    if stat.S_ISDIR(info.st_mode):
        if entry.path in excluded or entry.name.endswith(INDEX_LEFTOVER_SUFFIXES) or os.path.lexists(os.path.join(entry.path, MARKER_FILE)):
            return "skip", f"an index folder ({MARKER_FILE} or an index's own folder): not indexed"
        return "dir", None
    if stat.S_ISREG(info.st_mode):
        if entry.path in excluded:
            return "skip", "the index's own lock file: not indexed"
        return "file", info.st_size
    return "skip", f"not a regular file ({_special_kind(info.st_mode)}): not read"


def _link_reason(path: str) -> str:
    try:
        target = os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop: not followed"
        if error.errno == errno.ENOENT:
            return "dangling symbolic link (its target is missing): not followed"
        return f"symbolic link that cannot be read ({error.strerror}): not followed"
    what = "a folder" if stat.S_ISDIR(target.st_mode) else "a file"
    return f"symbolic link to {what}: not followed (only files inside the folders given are read)"


def _special_kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "FIFO"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device")):
        if test(mode):
            return name
    return "special file"
