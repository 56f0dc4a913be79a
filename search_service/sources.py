"""Open an indexed source file for serving, only if it is still a regular file inside the folder it was indexed from.

Checked when it is served, not only when it was indexed: a file replaced since by a symbolic link
(to /etc/passwd, say), a folder or a device, or a path that now leads through a link, is refused.
"""
from __future__ import annotations

import os
import stat


def indexed_root(source_path: str, relpath: str) -> str | None:
    """The folder a document was indexed from: its source path less its relative path (None if they disagree)."""
    if not source_path or not relpath or os.path.isabs(relpath) or ".." in relpath.split("/"):
        return None
    suffix = "/" + relpath
    if not source_path.endswith(suffix):
        return None
    return source_path[: -len(suffix)] or "/"


def open_indexed_file(source_path: str, relpath: str):
    """The file opened for reading with its stat, or None if it is no longer a regular file under its root."""
    root = indexed_root(source_path, relpath)
    # Both were real paths at index time: a link anywhere on the way now makes them differ.
    if root is None or os.path.realpath(source_path) != source_path or os.path.realpath(root) != root:
        return None
    try:
        fd = os.open(source_path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        return None
    return os.fdopen(fd, "rb"), info
