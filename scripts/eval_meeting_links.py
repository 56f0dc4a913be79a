"""Accuracy of linking standalone reports to agenda items against the hand labels in tests/data/meeting_links_kent.jsonl.

Usage: python scripts/eval_meeting_links.py [KENT_FOLDER] [--cards CACHE.json]
Reads every PDF under the folder (default ../shared/corpus/kent), links them as a build does, and
prints each labelled file's expected and found item, then the counts.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from indexer.linking import link_all  # noqa: E402
from indexer.pipeline import document_id, read_document  # noqa: E402

LABELS = Path(__file__).resolve().parent.parent / "tests" / "data" / "meeting_links_kent.jsonl"


def _card(args: tuple[str, str]) -> tuple[str, dict | None]:
    path, root = args
    try:
        return path, read_document(path, root).meeting_card
    except Exception as error:  # a broken file has no card; it is reported
        print(f"failed: {path}: {error}", file=sys.stderr)
        return path, None


def cards_of(root: str, workers: int = 2) -> dict[str, dict]:
    """Cards of every PDF under root, by path relative to root."""
    paths = sorted(str(p) for p in Path(root).rglob("*.pdf"))
    with ProcessPoolExecutor(workers) as pool:
        found = dict(pool.map(_card, [(p, root) for p in paths]))
    return {os.path.relpath(p, root): card for p, card in found.items() if card}


def score(cards: dict[str, dict], labels: list[dict]) -> dict[str, int]:
    """Counts of correct links, wrong links, missed links, correct and wrong nulls; prints each labelled file."""
    links = link_all({document_id(rel): card for rel, card in cards.items()})
    counts = dict(correct=0, wrong=0, missed=0, correct_null=0, wrong_link=0)
    for label in labels:
        link = links.get(document_id(label["file"]))
        found = link.item_number if link else None
        expected = label["item_number"]
        if expected is None:
            outcome = "correct_null" if found is None else "wrong_link"
        elif found is None:
            outcome = "missed"
        else:
            outcome = "correct" if found == expected else "wrong"
        counts[outcome] += 1
        print(f"{outcome:12} expected {expected!s:4} found {found!s:4} {label['file']}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "kent"))
    parser.add_argument("--cards", help="cache of the cards (JSON): read if present, else written")
    args = parser.parse_args()
    if args.cards and os.path.exists(args.cards):
        cards = json.loads(Path(args.cards).read_text())
    else:
        cards = cards_of(args.folder)
        if args.cards:
            Path(args.cards).write_text(json.dumps(cards))
    labels = [json.loads(line) for line in LABELS.read_text().splitlines() if line.strip()]
    counts = score(cards, labels)
    linked = counts["correct"] + counts["wrong"] + counts["wrong_link"]
    labelled_items = sum(1 for label in labels if label["item_number"])
    print(json.dumps(counts))
    print(f"precision {counts['correct'] / linked if linked else 0:.3f} ({counts['correct']}/{linked} links right); "
          f"recall {counts['correct'] / labelled_items:.3f} ({counts['correct']}/{labelled_items} labelled items found); "
          f"nulls kept {counts['correct_null']}/{counts['correct_null'] + counts['wrong_link']}")


if __name__ == "__main__":
    main()
