"""Files that failed, remembered by content hash, so an unchanged bad file is not parsed again on every run.

Kept in the index directory as FAILURES_FILE: {document id: {"hash": ..., "reason": ..., "file": path
relative to the folder indexed, "failed_at": unix time}}, replaced
in one rename. A rebuild starts a new index directory, so `--rebuild` tries every file again.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

FAILURES_FILE = "failed_files.json"


def load_failures(index_path: Path) -> dict[str, dict]:
    """The remembered failures of an index ({} when none, or when the file is unreadable).

    Called while holding the write lock, so a staging file found here was left by a killed build.
    """
    (index_path / (FAILURES_FILE + ".tmp")).unlink(missing_ok=True)
    try:
        data = json.loads((index_path / FAILURES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {key: value for key, value in data.items() if isinstance(value, dict) and isinstance(value.get("hash"), str)}


def read_failures(index_path: Path) -> dict[str, dict]:
    """The remembered failures, for a reader (the site's /coverage): nothing is removed or written."""
    try:
        data = json.loads((index_path / FAILURES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {key: value for key, value in data.items() if isinstance(value, dict)} if isinstance(data, dict) else {}


def save_failures(index_path: Path, failures: dict[str, dict]) -> None:
    """Write the failures in one rename, so a killed build leaves the old list or the new one."""
    staging = index_path / (FAILURES_FILE + ".tmp")
    staging.write_text(json.dumps(failures, ensure_ascii=True, sort_keys=True, indent=0), encoding="utf-8")
    os.replace(staging, index_path / FAILURES_FILE)
