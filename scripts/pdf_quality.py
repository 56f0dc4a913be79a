"""Measure how well PDFs are read: whole paragraphs, minute numbers mapped to titles, pages per second.

Measured on the PDF loader's blocks (indexer/loaders/pdf.py), before structure finding.
Definitions (printed with the figures):
- body block: a block that is not a heading and not a table row.
- line fragment: a body block that starts in lower case, or is under 25 characters and does not
  end a sentence; list entries are not fragments (a block with a label or bullet, one starting
  "a)", "(ii)", or one following a block that ends in ":", ";", "and" or "or"); nor are field lines
  ("Date: 27 February 2025", "Ask for: Joel Cook", "Against (2): Mr Lee, Ms Hill") and a letter's
  salutation or close ("Dear Member", "Yours sincerely").
- repeated line: a body block under 80 characters that, digits ignored, opens or closes 3 or more
  pages of its document (a running header or footer that got through).
- broken hyphenation: a block with "word- word" inside, or ending in a hyphen after a letter.
- whole: body blocks that are none of these.
Usage: .venv/bin/python scripts/pdf_quality.py [FOLDER] [--speed] [--examples N]
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
from indexer.isolation import ParseFailure, parse_files  # noqa: E402
from indexer.loaders.pdf import read_pdf  # noqa: E402
from indexer.pipeline import read_document  # noqa: E402

FRAGMENT_CHARS = 25
REPEATED_CHARS = 80
REPEATED_PAGES = 3
_TERMINAL = re.compile(r"[.:;!?][\"”’)\]]*$")
_SPLIT_WORD = re.compile(r"\b[a-z]{2,}- [a-z]{2,}\b")
_FIELD = re.compile(r"^[A-Z][\w ()/&'’-]{0,30}: \S")  # "Date: 27 February 2025", "For (3): Mr Lee"
_LETTER_LINE = re.compile(r"^(?:Dear\s+\w+|Yours\s+(?:sincerely|faithfully|ever|truly)),?$", re.IGNORECASE)
_LIST_MARKER = re.compile(r"^(?:[a-z]{1,2}[.)]|[ivx]{1,5}[.)]|\([a-z0-9]{1,4}\))\s")


def _blocks(path: str):
    return read_pdf(path)


def _read(task):
    path, root = task
    return read_document(path, root)


def judge(blocks) -> tuple[Counter, list[tuple[str, int, str]]]:
    """Counts of whole, fragment, repeated and broken body blocks of one document, with the failures."""
    counts: Counter = Counter()
    bad: list[tuple[str, int, str]] = []
    edges: Counter = Counter()
    for page in {b.page for b in blocks}:
        on_page = [b for b in blocks if b.page == page]
        edges.update({re.sub(r"\d+", "#", on_page[0].text), re.sub(r"\d+", "#", on_page[-1].text)})
    previous = ""
    for block in blocks:
        if block.heading or block.table_row:
            previous = block.text
            continue
        text = block.text
        list_entry = bool(block.label) or block.bullet or previous.endswith((":", ";", " and", " or")) or bool(_LIST_MARKER.match(text))
        list_entry = list_entry or bool(_FIELD.match(text)) or bool(_LETTER_LINE.match(text))
        fragment = not list_entry and (text[:1].islower() or (len(text) < FRAGMENT_CHARS and not _TERMINAL.search(text)))
        repeated = len(text) < REPEATED_CHARS and edges[re.sub(r"\d+", "#", text)] >= REPEATED_PAGES
        broken = bool(_SPLIT_WORD.search(text)) or (text.endswith("-") and text[-2:-1].isalpha())
        previous = text
        counts["body"] += 1
        for name, flag in (("fragment", fragment), ("repeated", repeated), ("broken_hyphen", broken)):
            counts[name] += flag
            if flag:
                bad.append((name, block.page or 0, text[:120]))
        counts["whole"] += not (fragment or repeated or broken)
    counts["blocks"] += len(blocks)
    counts["headings"] += sum(b.heading for b in blocks)
    counts["table_rows"] += sum(b.table_row for b in blocks)
    return counts, bad


def measure(folder: Path, workers: int = 2) -> dict:
    """Block quality over every PDF under folder, parsed in isolated workers."""
    pdfs = sorted(str(p) for p in folder.rglob("*.pdf"))
    totals: Counter = Counter()
    failures, examples = [], []
    started = time.monotonic()
    for path, result in parse_files(pdfs, _blocks, workers=workers):
        if isinstance(result, ParseFailure):
            failures.append((path, result.reason))
            continue
        blocks, pages = result
        counts, bad = judge(blocks)
        totals.update(counts)
        totals["pages"] += pages
        examples += [(Path(path).name, *b) for b in bad]
    seconds = time.monotonic() - started
    return {"pdfs": len(pdfs), "failures": failures, "totals": totals, "examples": examples, "seconds": seconds}


def minutes_items(folder: Path, workers: int = 2) -> list[tuple[str, dict[str, str | None]]]:
    """For each printed minutes PDF: minute number -> item title, as the whole pipeline finds them."""
    pdfs = sorted(str(p) for p in folder.rglob("*.pdf") if "minutes" in p.name.lower())
    found = []
    for (path, _root), document in parse_files([(p, str(folder)) for p in pdfs], _read, workers=workers):
        if isinstance(document, ParseFailure):
            found.append((Path(path).name, {"failed": document.reason}))
            continue
        items: dict[str, str | None] = {}
        for paragraph in document.paragraphs:
            if paragraph.item_number and paragraph.item_number.isdigit():
                items.setdefault(paragraph.item_number, paragraph.item_title)
        found.append((Path(path).name, items))
    return found


def speed(folder: Path, workers: int) -> tuple[int, float, float]:
    """Pages, seconds for the loader alone, and seconds to index every PDF under folder, with N workers."""
    pdfs = sorted(str(p) for p in folder.rglob("*.pdf"))
    started = time.monotonic()
    pages = sum(r[1] for _, r in parse_files(pdfs, _blocks, workers=workers) if not isinstance(r, ParseFailure))
    loader = time.monotonic() - started
    with tempfile.TemporaryDirectory() as tmp:
        started = time.monotonic()
        build([str(folder)], str(Path(tmp) / "index"), workers=workers)
        indexing = time.monotonic() - started
    return pages, loader, indexing


def main() -> None:
    args = sys.argv[1:]
    examples = int(args[args.index("--examples") + 1]) if "--examples" in args else 0
    positional = [a for i, a in enumerate(args) if not a.startswith("--") and not (i and args[i - 1] == "--examples")]
    folder = Path(positional[0]) if positional else ROOT.parent / "shared" / "corpus" / "kent"
    result = measure(folder)
    t = result["totals"]
    body = t["body"] or 1
    print(__doc__.split("Usage:")[0].strip())
    print()
    print(f"PDFs: {result['pdfs']}, pages: {t['pages']}, failed: {len(result['failures'])}, {result['seconds']:.1f} s with 2 workers")
    for path, reason in result["failures"]:
        print(f"  failed {path}: {reason}")
    print(f"blocks: {t['blocks']} (headings {t['headings']}, table rows {t['table_rows']}, body {t['body']})")
    print(f"whole: {t['whole'] / body:.1%}  line fragments: {t['fragment'] / body:.1%}  "
          f"repeated lines: {t['repeated'] / body:.1%}  broken hyphenation: {t['broken_hyphen'] / body:.1%}")
    for example in result["examples"][:examples]:
        print("  ", example)
    for name, items in minutes_items(folder):
        titled = sum(1 for title in items.values() if title)
        shown = ", ".join(f"{number}: {title}" for number, title in list(items.items())[:4])
        print(f"  minutes {name}: {len(items)} minute numbers, {titled} with a title ({shown})")
    if "--speed" in args:
        for workers in (1, 2):
            pages, loader, indexing = speed(folder, workers)
            print(f"--workers {workers}: {pages} pages; PDF loader {pages / loader:.1f} pages/s; "
                  f"whole indexing (structure, speakers, Whoosh) {pages / indexing:.1f} pages/s")


if __name__ == "__main__":
    main()
