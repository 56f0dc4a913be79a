"""Metadata a user supplies beside a source file (NAME.meta.json); it wins over extraction."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from indexer.dates import parse_iso

SIDECAR_SUFFIX = ".meta.json"
SIDECAR_KEYS = ("council", "committee", "date", "title", "url")


class SidecarError(ValueError):
    """A sidecar file that is not valid; the message says what is wrong."""


def sidecar_path(source: Path) -> Path:
    """Where the sidecar of a source file lives: NAME.pdf -> NAME.meta.json."""
    return source.with_name(source.stem + SIDECAR_SUFFIX) if source.suffix else source.with_name(source.name + SIDECAR_SUFFIX)


def is_sidecar(path: Path) -> bool:
    """True for a sidecar file, which is metadata and never indexed itself."""
    return path.name.endswith(SIDECAR_SUFFIX)


def has_sidecar(source: Path) -> bool:
    """True when a sidecar is beside source as a regular file (a link is not followed; a name too long has none)."""
    try:
        return stat.S_ISREG(os.lstat(sidecar_path(source)).st_mode)
    except OSError:
        return False


def read_sidecar(source: Path) -> dict:
    """The validated sidecar values for a source file ({} when there is none)."""
    path = sidecar_path(source)
    if not has_sidecar(source):
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SidecarError(f"sidecar {path.name} is not valid JSON: {error}") from error
    if not isinstance(data, dict):
        raise SidecarError(f"sidecar {path.name} must hold a JSON object")
    values: dict = {}
    for key in SIDECAR_KEYS:
        value = data.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise SidecarError(f"sidecar {path.name}: {key} must be a string")
        if key == "date":
            try:
                values["date"] = parse_iso(value)
            except ValueError as error:
                raise SidecarError(f"sidecar {path.name}: date must be YYYY-MM-DD, not {value!r}") from error
        elif key == "url":
            if not value.startswith(("http://", "https://")):
                raise SidecarError(f"sidecar {path.name}: url must start with http:// or https://")
            values["url"] = value
        else:
            values[key] = " ".join(value.split())
    return values
