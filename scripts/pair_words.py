"""Make indexer/data/pair_words.txt: the analysed words common enough to index in word pairs.

A phrase of two common words ("council tax", "members of") matches tens of thousands of
paragraphs word by word, and checking each one's positions is slow; indexing the adjacent pairs
of these words makes such a phrase one term. Pairs of rarer words are not indexed: their
paragraphs are few, so checking positions is cheap. The list is the N analysed words found in the
most paragraphs of ../shared/corpus (parish minutes and the seed documents).
Usage: .venv/bin/python scripts/pair_words.py [N] [CORPUS_DIR]
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine.analysis import PAIR_WORDS_FILE, text_analyzer  # noqa: E402

DEFAULT_COUNT = 300


def paragraph_frequencies(corpus: Path) -> tuple[Counter, int]:
    """How many paragraphs each analysed word occurs in, and the number of paragraphs."""
    analyzer = text_analyzer()
    counts: Counter = Counter()
    paragraphs = 0
    files = sorted(corpus.glob("parish/**/*.md")) + sorted(p for p in corpus.glob("seeds/*") if p.suffix in (".txt", ".md"))
    for path in files:
        for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8", errors="replace")):
            words = {token.text for token in analyzer(block)}
            if words:
                paragraphs += 1
                counts.update(words)
    return counts, paragraphs


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_COUNT
    corpus = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT.parent / "shared" / "corpus"
    counts, paragraphs = paragraph_frequencies(corpus)
    chosen = counts.most_common(count)
    lines = [
        f"# The {count} analysed words in most paragraphs of ../shared/corpus (parish minutes, seeds):",
        f"# {paragraphs} paragraphs; the last word is in {chosen[-1][1]} of them. Made by scripts/pair_words.py.",
    ]
    lines += [word for word, _ in chosen]
    PAIR_WORDS_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{PAIR_WORDS_FILE.relative_to(ROOT)}: {count} words from {paragraphs} paragraphs")


if __name__ == "__main__":
    main()
