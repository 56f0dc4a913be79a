"""Measure how well PDFs are read: whole paragraphs, minute numbers mapped to titles, pages per second.

Definitions (printed with the figures):
- body paragraph: not a heading, not a table row.
- line fragment: a body paragraph that starts in lower case (a sentence cut off) or that is
  under 25 characters and does not end a sentence; list items (after a colon or semicolon, or
  with a printed marker such as "a)" or "vi.") are not fragments.
- repeated line: a body paragraph under 80 characters that opens or closes 3 or more pages of
  one document (a running header or footer that got through).
- broken hyphenation: a paragraph ending in a hyphen after a letter, or with "word- word" inside.
- whole = body paragraphs that are none of these.
Usage: .venv/bin/python scripts/pdf_quality.py [FOLDER] [--speed]
"""
from __future__ import annotations

import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from indexer.build import build  # noqa: E402
from indexer.isolation import parse_files  # noqa: E402
from indexer.pipeline import read_document  # noqa: E402

_TERMINAL = re.compile(r"[.:;!?\"”’)\]]$")
_SPLIT_WORD = re.compile(r"\b[a-z]{2,}- [a-z]{2,}\b")
_LIST_MARKER = re.compile(r"^(?:[a-z]{1,2}[.)]|[ivx]{1,5}[.)]|\([a-z0-9]{1,4}\))\s")
_MINUTE_HEADING = re.compile(r"^(\d{1,4})\.\s+\S")


def _read(task):
    path, root = task
    return read_document(path, root)


def measure(folder: Path, workers: int = 2) -> dict:
    """Paragraph quality and minute mapping over every PDF under folder."""
    pdfs = sorted(str(p) for p in folder.rglob("*.pdf"))
    totals = Counter()
    minute_docs = []
    failures = []
    for (path, _root), document in parse_files([(p, str(folder)) for p in pdfs], _read, workers=workers):
        if not hasattr(document, "paragraphs"):
            failures.append((path, str(document)))
            continue
        body = [p for p in document.paragraphs if not p.table_row]
        # A running header or footer that got through opens or closes page after page.
        page_edges = Counter()
        for page in {p.page for p in body}:
            on_page = [p for p in body if p.page == page]
            page_edges.update({on_page[0].text, on_page[-1].text})
        texts = Counter({text: n for text, n in page_edges.items() if len(text) < 80})
        previous = ""
        for p in body:
            totals["body"] += 1
            # A list item may start in lower case after "...as follows:" or "(a) ...;": that is whole.
            list_item = bool(p.label) or p.bullet or previous.endswith((":", ";", "and", "or")) or bool(_LIST_MARKER.match(p.text))
            fragment = (p.text[:1].islower() and not list_item) or (len(p.text) < 25 and not _TERMINAL.search(p.text) and not list_item)
            previous = p.text
            repeated = len(p.text) < 80 and texts[p.text] >= 3
            broken = bool(_SPLIT_WORD.search(p.text)) or (p.text.endswith("-") and p.text[-2:-1].isalpha())
            totals["fragment"] += fragment
            totals["repeated"] += repeated
            totals["broken_hyphen"] += broken
            totals["whole"] += not (fragment or repeated or broken)
        totals["pages"] += document.pages or 0
        if "minutes" in Path(path).name.lower():
            numbered = {p.item_number for p in document.paragraphs if p.item_number and p.item_number.isdigit()}
            titled = {p.item_number for p in document.paragraphs if p.item_number and p.item_number.isdigit() and p.item_title}
            minute_docs.append((Path(path).name, len(numbered), len(titled), sorted(numbered, key=int)[:3]))
    return {"pdfs": len(pdfs), "failures": failures, "totals": dict(totals), "minutes": minute_docs}


def speed(folder: Path, workers: int) -> tuple[int, float]:
    """Pages and seconds to index every PDF under folder with the given workers."""
    with tempfile.TemporaryDirectory() as tmp:
        started = time.monotonic()
        report = build([str(folder)], str(Path(tmp) / "index"), workers=workers)
        seconds = time.monotonic() - started
    return report.pages, seconds


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = Path(args[0]) if args else ROOT.parent / "shared" / "corpus" / "kent"
    result = measure(folder)
    t = result["totals"]
    body = t.get("body", 0) or 1
    print(f"PDFs: {result['pdfs']}, pages: {t.get('pages', 0)}, failed: {len(result['failures'])}")
    for path, reason in result["failures"]:
        print(f"  failed {path}: {reason}")
    print(f"body paragraphs: {t.get('body', 0)}")
    print(f"whole: {t.get('whole', 0) / body:.1%}  line fragments: {t.get('fragment', 0) / body:.1%}  "
          f"repeated lines: {t.get('repeated', 0) / body:.1%}  broken hyphenation: {t.get('broken_hyphen', 0) / body:.1%}")
    for name, numbered, titled, first in result["minutes"]:
        print(f"  minutes {name}: {numbered} minute numbers found, {titled} with their item title (first: {', '.join(first)})")
    if "--speed" in sys.argv:
        for workers in (1, 2):
            pages, seconds = speed(folder, workers)
            print(f"indexing with --workers {workers}: {pages} pages in {seconds:.1f} s = {pages / seconds:.1f} pages/s")


if __name__ == "__main__":
    main()
