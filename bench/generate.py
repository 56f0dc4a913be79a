"""Synthetic council paragraphs with the statistics of the real corpus, for benchmarks."""
from __future__ import annotations

import random
import re
from collections import Counter
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

from indexer.model import Document, Paragraph

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{1,20}")
KINDS = (("minutes", 45), ("report", 30), ("agenda", 12), ("decision", 8), ("other", 5))
COMMITTEE_WORDS = ("Cabinet", "Planning Committee", "Scrutiny Committee", "Audit and Governance Committee", "Licensing Committee",
                   "Health and Wellbeing Board", "Children's Services Committee", "Adult Social Care Committee", "Full Council",
                   "Environment and Transport Committee", "Pensions Committee", "Standards Committee", "Corporate Parenting Panel",
                   "Economic Development Committee", "Housing Committee", "Highways Joint Committee", "Schools Forum",
                   "Overview and Scrutiny Committee", "Regulatory Committee", "Finance Committee")
COUNCILS = ("Kent County Council", "Oxfordshire County Council", "Lancashire County Council", "Norfolk County Council",
            "Oldham Council", "Essex County Council", "Surrey County Council", "West Dereham Parish Council",
            "Stoke Ferry Parish Council", "Wereham Parish Council", "Leeds City Council", "Bristol City Council")


def corpus_text() -> list[str]:
    """Paragraph texts of the real corpus (shared/ when present, else the project's sample)."""
    texts: list[str] = []
    folders = [SHARED / "parish", SHARED / "seeds"] if SHARED.is_dir() else [ROOT / "corpus" / "seeds"]
    for folder in folders:
        for path in sorted(folder.glob("*"))[:400]:
            text = path.read_text(encoding="utf-8", errors="replace")
            texts.extend(p.strip() for p in re.split(r"\n\s*\n", text) if len(p.split()) >= 5)
    return texts


class Generator:
    """Deterministic paragraphs: words and lengths drawn from the real corpus, facets with Zipf skew."""

    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        texts = corpus_text()
        counts = Counter(w.lower() for t in texts for w in _WORD.findall(t))
        self.words = [w for w, _ in counts.most_common(40000)]
        self.weights = [n for _, n in counts.most_common(40000)]
        # Cumulative weights once: random.choices would otherwise sum 40,000 weights per paragraph.
        self.cum_weights = list(accumulate(self.weights))
        self._zipf_weights: dict[tuple[int, float], list[float]] = {}
        self.lengths = [min(len(t.split()), 250) for t in texts]
        first = ("Alan", "Sarah", "David", "Claire", "Roger", "Jane", "Peter", "Susan", "Mark", "Helen", "Ian", "Liz", "Nick", "Ann")
        last = sorted({w.capitalize() for w in self.words[2000:4000] if len(w) > 4 and w.isalpha()})[:400]
        self.speakers = [f"{self.rng.choice(first)} {name}" for name in last]
        self.start = date(2005, 1, 1)

    def _zipf(self, items, s: float = 1.1):
        key = (len(items), s)
        if key not in self._zipf_weights:
            self._zipf_weights[key] = list(accumulate(1 / (rank + 1) ** s for rank in range(len(items))))
        return self.rng.choices(items, cum_weights=self._zipf_weights[key])[0]

    def paragraph(self, position: int, meeting: tuple) -> Paragraph:
        council, committee, when = meeting
        length = max(5, self.rng.choice(self.lengths))
        text = " ".join(self.rng.choices(self.words, cum_weights=self.cum_weights, k=length)).capitalize() + "."
        speakers = [self._zipf(self.speakers, 0.9) for _ in range(self.rng.choice((0, 0, 0, 1, 1, 2)))]
        kind = self.rng.choices([k for k, _ in KINDS], weights=[w for _, w in KINDS])[0]
        return Paragraph(text=text, position=position, council=council, committee=committee, date=when, kind=kind,
                         item_number=str(position // 12 + 1), item_title=" ".join(self.rng.choices(self.words[:3000], k=4)).title(),
                         speakers=sorted(set(speakers)), page=position // 8 + 1)

    def documents(self, paragraphs: int):
        """Documents of 50-300 paragraphs until `paragraphs` have been made."""
        made = 0
        number = 0
        while made < paragraphs:
            size = min(self.rng.randint(50, 300), paragraphs - made)
            # Newer meetings are more common: councils publish more, and more survives online.
            days = int((1 - self.rng.random() ** 1.6) * 7300)
            meeting = (self._zipf(COUNCILS), self._zipf(COMMITTEE_WORDS), self.start + timedelta(days=days))
            doc = Document(document_id=f"bench{number:07d}", path=f"/bench/{number}.txt", relpath=f"{number}.txt", format="text",
                           content_hash=str(number), title=f"Bench document {number}", council=meeting[0], committee=meeting[1], date=meeting[2])
            doc.paragraphs = [self.paragraph(i, meeting) for i in range(size)]
            yield doc
            made += size
            number += 1
