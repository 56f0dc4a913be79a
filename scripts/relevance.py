"""`make relevance`: judged relevance of the project beside SQLite FTS5 bm25 (words AND, words OR).

Follows ../shared/notes/evaluation.md. The needs (tests/data/relevance/needs.jsonl) were written,
with their judging rules, before any system was run.

  python scripts/relevance.py pool    index ../shared/corpus (once, into var/relevance/index), run every
                                      need through the three systems, and write the shuffled pool of
                                      their top 10s (plus paragraphs holding the needs' known passages)
                                      for blind judging: tests/data/relevance/pool.jsonl
  python scripts/relevance.py score   nDCG@10, P@5, MRR, zero-result queries and duplicates in the
                                      top 10, per system, from tests/data/relevance/judgments.jsonl
  python scripts/relevance.py tune    the weights of engine/ranking.py over a grid, scored by nDCG@10 on
                                      the judgments: the best on all needs, and a two-fold cross-validation
                                      (weights chosen on half the needs, scored on the other half) as the
                                      figure to trust

Judgments are keyed by the paragraph's text (lowercased, spaces collapsed) as well as its id, since
segmentation changes ids. A paragraph no judge has seen counts as 0 and is reported as unjudged.
"""
from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import math
import random
import re
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT / "tests" / "data" / "relevance"
NEEDS = DATA / "needs.jsonl"
POOL = DATA / "pool.jsonl"
JUDGMENTS = DATA / "judgments.jsonl"
WORK = ROOT / "var" / "relevance"
CORPUS = ROOT.parent / "shared" / "corpus"
DEPTH = 10
SYSTEMS = ("project", "project_bm25", "fts5_and", "fts5_or")  # project_bm25: the project without engine/ranking.py's order


def text_key(text: str) -> str:
    """A paragraph's identity for judging: its text lowercased with spaces collapsed, hashed."""
    return hashlib.sha1(re.sub(r"\s+", " ", text.lower()).strip().encode("utf-8")).hexdigest()[:16]


def load_needs() -> list[dict]:
    return [json.loads(line) for line in NEEDS.read_text(encoding="utf-8").splitlines() if line.strip()]


def ensure_index() -> Path:
    """The project's index of ../shared/corpus, built once."""
    from indexer.build import build

    index_dir = WORK / "index"
    if not (index_dir / "COUNCIL_SEARCH_INDEX.json").exists() and not index_dir.is_symlink():
        report = build([str(CORPUS)], str(index_dir), workers=2)
        print(f"indexed {report.indexed} documents, {report.paragraphs} paragraphs, {len(report.failed)} failed", file=sys.stderr)
    return index_dir


def all_paragraphs(index_dir: Path) -> list[dict]:
    """Every paragraph the project indexed: the units every system ranks."""
    from engine.reader import IndexReader

    snap = IndexReader(index_dir).snapshot()
    out = []
    with snap.searcher() as searcher:
        for docnum in range(snap.size):
            if snap.live[docnum]:
                fields = searcher.stored_fields(docnum)
                out.append({"id": fields["id"], "text": fields.get("text", ""), "council": fields.get("council"),
                            "date": fields.get("date"), "item_title": fields.get("item_title"), "doc_title": fields.get("doc_title")})
    return out


def fts5_db(paragraphs: list[dict]) -> sqlite3.Connection:
    """The same paragraphs in SQLite FTS5 (porter stemming, unicode61), in memory."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE f USING fts5(text, pid UNINDEXED, tokenize='porter unicode61')")
    db.executemany("INSERT INTO f(text, pid) VALUES (?, ?)", [(p["text"], p["id"]) for p in paragraphs])
    return db


def fts5_top(db: sqlite3.Connection, query: str, operator: str) -> list[str]:
    """Paragraph ids of FTS5's bm25 top 10 for the query's words joined by AND or OR."""
    words = re.findall(r"\w+", query.lower())
    if not words:
        return []
    match = f" {operator} ".join(f'"{w}"' for w in words)
    return [row[0] for row in db.execute("SELECT pid FROM f WHERE f MATCH ? ORDER BY bm25(f) LIMIT ?", (match, DEPTH))]


def project_top(client, query: str) -> list[str]:
    answer = client.get("/api/search", query_string={"q": query, "per_page": DEPTH}).get_json()
    return [hit["id"] for hit in answer.get("hits", [])]


def run_systems(index_dir: Path, paragraphs: list[dict], needs: list[dict]) -> dict[str, dict[str, list[str]]]:
    """need id -> system -> ranked paragraph ids."""
    from search_service import create_app

    client = create_app({"INDEX_DIR": str(index_dir)}).test_client()
    bm25 = create_app({"INDEX_DIR": str(index_dir), "RERANK_WINDOW": 0}).test_client()
    db = fts5_db(paragraphs)
    return {need["id"]: {"project": project_top(client, need["query"]), "project_bm25": project_top(bm25, need["query"]),
                         "fts5_and": fts5_top(db, need["query"], "AND"), "fts5_or": fts5_top(db, need["query"], "OR")} for need in needs}


def pool() -> None:
    """Write the shuffled pool for blind judging (no system names in it)."""
    index_dir = ensure_index()
    paragraphs = all_paragraphs(index_dir)
    by_id = {p["id"]: p for p in paragraphs}
    needs = load_needs()
    runs = run_systems(index_dir, paragraphs, needs)
    rng = random.Random(20261201)
    judged = set(_grades())  # a later pool lists only what no judge has seen (new hits after a change)
    with open(POOL, "w", encoding="utf-8") as out:
        for need in needs:
            ids = {pid for ranked in runs[need["id"]].values() for pid in ranked}
            for known in need.get("known", []):  # answers found by other means, so the pool lacks none
                quote = re.sub(r"\s+", " ", known["text"].lower()).strip()[:80]
                ids |= {p["id"] for p in paragraphs if quote and quote in re.sub(r"\s+", " ", p["text"].lower())}
            fresh: dict[str, dict] = {}
            for pid in sorted(ids):
                if pid in by_id and (need["id"], text_key(by_id[pid]["text"])) not in judged:
                    fresh.setdefault(text_key(by_id[pid]["text"]), by_id[pid])  # one text is judged once
            items = list(fresh.values())
            rng.shuffle(items)
            for item in items:
                out.write(json.dumps({"need": need["id"], "key": text_key(item["text"]), "id": item["id"], "council": item["council"],
                                      "date": item["date"], "item_title": item["item_title"], "text": item["text"]}, ensure_ascii=False) + "\n")
    print(f"pool: {sum(1 for _ in open(POOL, encoding='utf-8'))} paragraphs for {len(needs)} needs -> {POOL.relative_to(ROOT)}")


def _grades() -> dict[tuple[str, str], int]:
    """(need, text key) -> grade, from the judgments so far."""
    grades: dict[tuple[str, str], int] = {}
    if JUDGMENTS.exists():
        for line in JUDGMENTS.read_text(encoding="utf-8").splitlines():
            if line.strip():
                judged = json.loads(line)
                grades[(judged["need"], judged["key"])] = int(judged["grade"])
    return grades


def _dcg(grades: list[int]) -> float:
    return sum((2**g - 1) / math.log2(rank + 2) for rank, g in enumerate(grades))


def _duplicates(texts: list[str]) -> int:
    """Hits in a top 10 that repeat an earlier one: same text, or at least 90% of word types shared."""
    seen: list[set[str]] = []
    count = 0
    for text in texts:
        words = set(re.findall(r"\w+", text.lower()))
        if any(words and other and len(words & other) / max(len(words), len(other)) >= 0.9 for other in seen):
            count += 1
        seen.append(words)
    return count


def _copies(by_id: dict[str, dict]) -> dict[str, int]:
    """Text key -> how many indexed paragraphs print that text."""
    counts: dict[str, int] = {}
    for paragraph in by_id.values():
        key = text_key(paragraph["text"])
        counts[key] = counts.get(key, 0) + 1
    return counts


def _ideal(need_id: str, grades: dict[tuple[str, str], int], copies: dict[str, int]) -> list[int]:
    """The best possible top 10 from every judged paragraph of the need; a paragraph printed twice is judged twice (its twin's grade)."""
    return sorted((g for (n, key), g in grades.items() if n == need_id for _ in range(copies.get(key, 1))), reverse=True)[:DEPTH]


def _ndcg(need_id: str, ranked_ids: list[str], by_id: dict[str, dict], grades: dict[tuple[str, str], int],
          copies: dict[str, int] | None = None) -> float:
    """nDCG@10 of one ranking, unjudged paragraphs counting 0."""
    gains = [grades.get((need_id, text_key(by_id[pid]["text"]))) or 0 for pid in ranked_ids if pid in by_id]
    ideal = _ideal(need_id, grades, copies if copies is not None else _copies(by_id))
    return _dcg(gains) / _dcg(ideal) if _dcg(ideal) else 0.0


# The weights `tune` tries (engine/ranking.py's names). SHORT_WORDS 1 turns the length weight off, PER_PLACE 1000
# the per-item limit.
GRID: dict[str, tuple[float, ...]] = {
    "SHORT_WORDS": (1, 8, 12, 20),
    "CONTENTS_WEIGHT": (1.0, 0.2),
    "TYPED_FORM_BONUS": (0.0, 0.15, 0.3),
    "TITLE_BONUS": (0.0, 0.25, 0.5),
    "PER_PLACE": (2, 1000),
}


def tune() -> None:
    """Score every weight setting of GRID; print the best on all needs and the two-fold cross-validated figure."""
    import engine.ranking as ranking
    from search_service import create_app

    index_dir = ensure_index()
    by_id = {p["id"]: p for p in all_paragraphs(index_dir)}
    copies = _copies(by_id)
    needs = load_needs()
    grades = _grades()
    client = create_app({"INDEX_DIR": str(index_dir)}).test_client()
    default = {name: getattr(ranking, name) for name in GRID}
    settings = [dict(zip(GRID, values)) for values in itertools.product(*GRID.values())]
    if default not in settings:
        settings.append(default)
    per_setting: list[dict[str, float]] = []
    unjudged: list[int] = []
    try:
        for setting in settings:
            for name, value in setting.items():
                setattr(ranking, name, type(default[name])(value))
            runs = {need["id"]: project_top(client, need["query"]) for need in needs}
            per_setting.append({need_id: _ndcg(need_id, ids, by_id, grades, copies) for need_id, ids in runs.items()})
            unjudged.append(sum(1 for need_id, ids in runs.items() for pid in ids
                                if pid in by_id and (need_id, text_key(by_id[pid]["text"])) not in grades))
    finally:
        for name, value in default.items():
            setattr(ranking, name, value)

    def mean(scores: dict[str, float], ids: list[str]) -> float:
        return sum(scores[i] for i in ids) / len(ids)

    every = [need["id"] for need in needs]
    base = settings.index(default)
    best = max(range(len(settings)), key=lambda k: (mean(per_setting[k], every), k == base))  # a tie keeps the shipped weights
    print(f"{len(settings)} weight settings x {len(needs)} needs; unjudged hits count 0")
    print(f"shipped weights {default}: nDCG@10 {mean(per_setting[base], every):.3f} ({unjudged[base]} unjudged in top 10s)")
    print(f"best on all needs {settings[best]}: nDCG@10 {mean(per_setting[best], every):.3f} ({unjudged[best]} unjudged) "
          "(tuned and scored on the same needs: optimistic)")
    folds = [every[0::2], every[1::2]]
    held_scores = []
    for k, held in enumerate(folds):
        train = folds[1 - k]
        chosen = max(range(len(settings)), key=lambda j: mean(per_setting[j], train))
        held_scores.append((mean(per_setting[chosen], held), mean(per_setting[base], held)))
        print(f"fold {k + 1}: chosen on the other {len(train)} needs {settings[chosen]}: held-out nDCG@10 "
              f"{held_scores[-1][0]:.3f} (shipped weights {held_scores[-1][1]:.3f})")
    print(f"two-fold cross-validated nDCG@10: tuned {sum(a for a, _ in held_scores) / 2:.3f}, "
          f"shipped {sum(b for _, b in held_scores) / 2:.3f}")


def score() -> None:
    """Print the figures per system, from the judgments."""
    index_dir = ensure_index()
    paragraphs = all_paragraphs(index_dir)
    by_id = {p["id"]: p for p in paragraphs}
    copies = _copies(by_id)
    needs = load_needs()
    grades = _grades()
    runs = run_systems(index_dir, paragraphs, needs)
    print(f"{len(needs)} needs, {len(grades)} judged paragraphs (../shared/notes/evaluation.md method)")
    print("| system | nDCG@10 | P@5 | MRR | zero-result queries | duplicates in top 10 | unjudged in top 10 |")
    print("|---|---|---|---|---|---|---|")
    for system in SYSTEMS:
        ndcg = p5 = mrr = 0.0
        zero = duplicates = unjudged = 0
        for need in needs:
            ranked = [by_id[pid] for pid in runs[need["id"]][system] if pid in by_id]
            got = [grades.get((need["id"], text_key(p["text"]))) for p in ranked]
            unjudged += sum(1 for g in got if g is None)
            gains = [g or 0 for g in got]
            ideal = _ideal(need["id"], grades, copies)
            ndcg += _dcg(gains) / _dcg(ideal) if _dcg(ideal) else 0.0
            p5 += sum(1 for g in gains[:5] if g >= 2) / 5
            mrr += next((1 / (rank + 1) for rank, g in enumerate(gains) if g >= 2), 0.0)
            zero += not ranked
            duplicates += _duplicates([p["text"] for p in ranked])
        n = len(needs)
        print(f"| {system} | {ndcg / n:.3f} | {p5 / n:.3f} | {mrr / n:.3f} | {zero} | {duplicates} | {unjudged} |")
    styles = sorted({need["style"] for need in needs})
    print("\nnDCG@10 by query style (needs)")
    print("| system | " + " | ".join(f"{style} ({sum(n['style'] == style for n in needs)})" for style in styles) + " |")
    print("|---" * (len(styles) + 1) + "|")
    for system in SYSTEMS:
        cells = []
        for style in styles:
            chosen = [need for need in needs if need["style"] == style]
            cells.append(f"{sum(_ndcg(n['id'], runs[n['id']][system], by_id, grades, copies) for n in chosen) / len(chosen):.3f}")
        print(f"| {system} | " + " | ".join(cells) + " |")
    trailing = sorted(needs, key=lambda n: _ndcg(n["id"], runs[n["id"]]["project"], by_id, grades, copies)
                      - _ndcg(n["id"], runs[n["id"]]["fts5_or"], by_id, grades, copies))[:5]
    print("\nneeds where the project trails fts5_or most: " + "; ".join(f"{n['id']} {n['query']!r}" for n in trailing))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("pool", "score", "tune"))
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    {"pool": pool, "score": score, "tune": tune}[args.step]()


if __name__ == "__main__":
    main()
