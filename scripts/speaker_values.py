"""Every distinct speaker value the indexer finds in some files, with how many paragraphs name each.

Reading the list by eye is how junk values ("Dog Fouling", "A Parishioner") are found.
Usage: .venv/bin/python scripts/speaker_values.py PATH... (files or folders; folders are recursed)
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from indexer.pipeline import read_document  # noqa: E402


def main() -> None:
    paths = [Path(arg) for arg in sys.argv[1:]]
    if not paths:
        sys.exit(__doc__)
    files = sorted(f for p in paths for f in ([p] if p.is_file() else p.rglob("*")) if f.is_file() and f.suffix in {".md", ".txt", ".pdf", ".html", ".htm"})
    counts: Counter[str] = Counter()
    for file in files:
        try:
            document = read_document(str(file), str(file.parent))
        except Exception as error:  # one unreadable file must not stop the count
            print(f"FAILED {file}: {error}", file=sys.stderr)
            continue
        counts.update(name for paragraph in document.paragraphs for name in paragraph.speakers)
    print(f"{len(files)} files, {len(counts)} distinct speaker values, {sum(counts.values())} paragraph-speaker pairs")
    for name, count in counts.most_common():
        print(f"{count:6}  {name}")


if __name__ == "__main__":
    main()
