"""Delete what killed rebuilds left beside an index: half-built generations, ".creating" folders, ".switch" links.

Any build calls this before it opens the index, so leftovers do not wait for the next --rebuild.
A generation is only deleted when no indexer holds its write lock and it has not changed for
LEFTOVER_GRACE_SECONDS, so a rebuild running now (which may be between taking and switching) is
never touched.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import time
from pathlib import Path

from indexer.whoosh_writer import GENERATIONS_SUFFIX, INDEX_NAME

LEFTOVER_GRACE_SECONDS = 600  # a leftover younger than this may belong to a rebuild still running
WRITE_LOCK = INDEX_NAME + "_WRITELOCK"  # Whoosh's lock file in each index directory


def clean_killed_rebuilds(index_dir: str | os.PathLike, now: float | None = None) -> list[Path]:
    """Remove leftovers of killed rebuilds beside index_dir; returns what was removed."""
    index_dir = Path(os.path.abspath(index_dir))
    now = time.time() if now is None else now
    removed = []
    in_service = index_dir.resolve() if index_dir.is_symlink() else None
    generations = index_dir.with_name(index_dir.name + GENERATIONS_SUFFIX)
    numbered = sorted((p for p in _children(generations) if p.name.isdigit()), key=lambda p: int(p.name))
    service_number = int(in_service.name) if in_service is not None and in_service.parent == generations.resolve() and in_service.name.isdigit() else 0
    for path in numbered:
        # Newer than the one in service: a rebuild that never switched (killed, or running now).
        if int(path.name) > service_number and _abandoned(path, now):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    for suffix in (".creating", ".switch"):
        leftover = index_dir.with_name(index_dir.name + suffix)
        if os.path.lexists(leftover) and _old(leftover, now):
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)
            removed.append(leftover)
    return removed


def _children(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _old(path: Path, now: float) -> bool:
    try:
        return now - os.lstat(path).st_mtime > LEFTOVER_GRACE_SECONDS
    except OSError:
        return False


def _abandoned(path: Path, now: float) -> bool:
    """No indexer holds the generation's lock, and nothing in it changed for the grace period."""
    if not _old(path, now) or any(not _old(child, now) for child in _children(path)):
        return False
    lock = path / WRITE_LOCK
    if not lock.exists():
        return True
    try:
        fd = os.open(lock, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a rebuild is writing it now
    finally:
        os.close(fd)  # closing drops the lock we may have taken
    return True
