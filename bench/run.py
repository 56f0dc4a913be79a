"""`make bench`: index synthetic council paragraphs, run the API's query mix, compare with SQLite FTS5.

Usage: python -m bench.run [--paragraphs 100000] [--repeats 30] [--keep DIR] [--pdf] [--workers 1,2]

Indexing goes through the project's own writer; searching goes through the JSON API (Flask test
client) in a fresh process that only opens the index, so its RSS is what a web worker holds.
FTS5 does the same work in the same run: bm25 top 20 with snippet(), the exact total and the five
facet counts, each facet ignoring its own filter. Results: a table on stdout and JSON in
bench/results/.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"


def query_mix(generator_seed: int = 7, plain_words_flow: bool = True) -> list[dict]:
    """The query types of the benchmark, with words picked from the synthetic vocabulary.

    The last three go through the plain-words flow (engine/matching.py): a typed question, words
    that all together find too little (relaxed to most of them), and a misspelling corrected.
    """
    from bench.generate import COMMITTEE_WORDS, Generator

    words = Generator(generator_seed).words
    content = [w for w in words if len(w) > 4 and w.isalpha()]
    common, second, third, rare = content[5], content[40], content[90], content[6000]
    prefix = next(w[:5] for w in content[200:] if len(w) >= 8)
    mix: list[dict] = [
        {"type": "common word", "q": common},
        {"type": "rare word", "q": rare},
        {"type": "two words", "q": f"{second} {third}"},
        {"type": "phrase", "q": f'"{content[2]} {content[3]}"', "fts": f'"{content[2]} {content[3]}"'},
        {"type": "prefix", "q": f"{prefix}*", "fts": f"{prefix}*"},
        {"type": "committee filter", "q": common, "committee": [COMMITTEE_WORDS[0]]},
        {"type": "date range", "q": common, "from": date(2015, 1, 1), "to": date(2016, 12, 31)},
        {"type": "three filters", "q": second, "committee": [COMMITTEE_WORDS[1]], "kind": ["minutes"], "from": date(2012, 1, 1)},
        {"type": "browse newest", "q": ""},
        {"type": "page 10", "q": common, "page": 10},
    ]
    if plain_words_flow:
        misspelt = second[:2] + second[3] + second[2] + second[4:]  # two letters swapped
        mix += [
            {"type": "question", "q": f"how much does the {second} {third} cost", "fts": f"{second} OR {third} OR cost"},
            {"type": "partial", "q": f"{rare} {second} {content[7000]}", "fts": f"{rare} OR {second} OR {content[7000]}"},
            {"type": "misspelling", "q": misspelt, "fts": second},
        ]
    return mix


def _params(query: dict) -> list[tuple[str, str]]:
    params = [("q", query["q"])] if query.get("q") else []
    for name in ("committee", "kind", "council", "speaker"):
        params += [(name, v) for v in query.get(name, [])]
    for name in ("from", "to"):
        if query.get(name):
            params.append((name, query[name].isoformat()))
    if query.get("page"):
        params.append(("page", str(query["page"])))
    return params


def _percentiles(samples: list[float]) -> dict:
    import numpy as np

    values = np.array(samples) * 1000
    return {"p50": float(np.percentile(values, 50)), "p95": float(np.percentile(values, 95)), "p99": float(np.percentile(values, 99))}


def measure_ours(index_dir: str, repeats: int) -> dict:
    """Time the API's answers in this (fresh) process; returns timings, answers and RSS."""
    from urllib.parse import urlencode

    import psutil

    from search_service import create_app

    app = create_app({"INDEX_DIR": index_dir})
    client = app.test_client()
    started = time.perf_counter()
    client.get("/healthz")
    open_seconds = time.perf_counter() - started
    out = {"open_seconds": open_seconds, "queries": {}}
    for query in query_mix():
        url = "/api/search?" + urlencode(_params(query))
        t = time.perf_counter()
        client.get(url)  # the first time: its words are not in the worker's term cache yet
        first = time.perf_counter() - t
        for _ in range(2):
            client.get(url)
        samples = []
        for _ in range(repeats):
            t = time.perf_counter()
            response = client.get(url)
            samples.append(time.perf_counter() - t)
        data = response.get_json()
        out["queries"][query["type"]] = {**_percentiles(samples), "first_ms": first * 1000, "total": data.get("total"), "status": response.status_code}
        out["queries"][query["type"]]["engine_p50"] = _engine_p50(app, query, repeats)
    out["rss_mb"] = psutil.Process().memory_info().rss / 1e6
    return out


def _engine_p50(app, query: dict, repeats: int) -> float:
    """p50 ms of the search alone, without Flask: the reader's answer as ids, scores and snippets
    plus total and facets, JSON-encoded; the same work the FTS5 baseline does."""
    from werkzeug.datastructures import MultiDict

    from search_service import reader_of
    from search_service.params import search_request
    from search_service.snippets import highlight

    with app.app_context():
        request = search_request(MultiDict(_params(query)), app.config["SEARCH"])
        reader = reader_of(app)
        samples = []
        for _ in range(repeats):
            t = time.perf_counter()
            result = reader.search(request)
            hits = [(hit.fields["id"], hit.score, str(highlight(hit.fields.get("text", ""), hit.spans))) for hit in result.hits]
            json.dumps({"total": result.total, "hits": hits, "facets": result.facets})
            samples.append(time.perf_counter() - t)
    return _percentiles(samples)["p50"]


def measure_fts5(db_path: str, repeats: int) -> dict:
    """Time FTS5 doing the same work in this (fresh) process."""
    import psutil

    from bench.fts5 import Fts5Search

    search = Fts5Search(db_path)
    out = {"queries": {}}
    for query in query_mix():
        fts_query = dict(query)
        fts_query["q"] = query.get("fts", query["q"])
        t = time.perf_counter()
        search.search(fts_query, page=query.get("page", 1))
        first = time.perf_counter() - t
        for _ in range(2):
            search.search(fts_query, page=query.get("page", 1))
        samples = []
        for _ in range(repeats):
            t = time.perf_counter()
            result = search.search(fts_query, page=query.get("page", 1))
            json.dumps(result, default=str)
            samples.append(time.perf_counter() - t)
        out["queries"][query["type"]] = {**_percentiles(samples), "first_ms": first * 1000, "total": result["total"]}
    out["rss_mb"] = psutil.Process().memory_info().rss / 1e6
    return out


def index_ours(paragraphs: int, index_dir: str, writers: int = 1) -> dict:
    """Index through the project's writer with `writers` processes (as --workers N does); paragraphs/s and size."""
    from bench.generate import Generator
    from engine.writer import open_session

    documents = list(Generator().documents(paragraphs))
    started = time.perf_counter()
    with open_session(index_dir, writers=writers) as session:
        for document in documents:
            session.replace(document)
    seconds = time.perf_counter() - started
    size = sum(f.stat().st_size for f in Path(index_dir).resolve().rglob("*") if f.is_file())
    return {"paragraphs": paragraphs, "writers": writers, "seconds": seconds, "paragraphs_per_s": paragraphs / seconds, "size_mb": size / 1e6}


def index_fts5(paragraphs: int, db_path: str) -> dict:
    """The same paragraphs into FTS5."""
    from bench import fts5
    from bench.generate import Generator

    documents = list(Generator().documents(paragraphs))
    started = time.perf_counter()
    fts5.build(db_path, documents)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "paragraphs_per_s": paragraphs / seconds, "size_mb": os.path.getsize(db_path) / 1e6}


def pdf_speed(folder: Path) -> dict:
    """PDF pages per second through the real indexer with 1 and 2 workers."""
    from indexer.build import build

    out = {}
    for workers in (1, 2):
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            report = build([str(folder)], str(Path(tmp) / "index"), workers=workers)
            seconds = time.perf_counter() - started
        out[f"workers_{workers}"] = {"pages": report.pages, "seconds": seconds, "pages_per_s": report.pages / seconds, "failed": len(report.failed)}
    return out


def _child(function: str, *args) -> dict:
    code = f"import json,sys; from bench.run import {function}; print(json.dumps({function}(*{args!r})))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(paragraphs: int, repeats: int, keep: str | None = None, with_pdf: bool = False, writers: tuple[int, ...] = (1, 2)) -> dict:
    """The whole benchmark; returns the results dict."""
    work = Path(keep or tempfile.mkdtemp(prefix="bench-"))
    work.mkdir(parents=True, exist_ok=True)
    index_dir, db_path = str(work / "index"), str(work / "fts5.db")
    for stale in (index_dir, db_path):
        if os.path.isdir(stale):
            shutil.rmtree(stale)
        elif os.path.exists(stale):
            os.remove(stale)
    indexing = {}
    for count in writers:  # the last index built is the one searched
        shutil.rmtree(index_dir, ignore_errors=True)
        shutil.rmtree(index_dir + ".generations", ignore_errors=True)
        indexing[f"ours_workers_{count}"] = _child("index_ours", paragraphs, index_dir, count)
    indexing["ours"] = indexing[f"ours_workers_{writers[-1]}"]
    indexing["fts5"] = index_fts5(paragraphs, db_path)
    results = {
        "paragraphs": paragraphs,
        "machine": f"{os.cpu_count()} cores, Python {sys.version.split()[0]}",
        "indexing": indexing,
        "search": {"ours": _child("measure_ours", index_dir, repeats), "fts5": _child("measure_fts5", db_path, repeats)},
    }
    kent = ROOT.parent / "shared" / "corpus" / "kent"
    if with_pdf and kent.is_dir():
        results["pdf"] = pdf_speed(kent)
    if not keep:
        shutil.rmtree(work, ignore_errors=True)
    return results


def table(results: dict) -> str:
    """A markdown table of our figures beside FTS5's."""
    lines = [f"Benchmark at {results['paragraphs']:,} paragraphs ({results['machine']})", ""]
    ours_ix, fts_ix = results["indexing"]["ours"], results["indexing"]["fts5"]
    lines += ["| measure | ours | FTS5 | ours / FTS5 |", "|---|---|---|---|"]
    for key, value in results["indexing"].items():
        if key.startswith("ours_workers_"):
            label = key.replace("ours_workers_", "")
            lines.append(f"| indexing, paragraphs/s, --workers {label} | {value['paragraphs_per_s']:,.0f} | {fts_ix['paragraphs_per_s']:,.0f} | {value['paragraphs_per_s'] / fts_ix['paragraphs_per_s']:.2f} |")
    lines.append(f"| index size, MB | {ours_ix['size_mb']:.0f} | {fts_ix['size_mb']:.0f} | {ours_ix['size_mb'] / fts_ix['size_mb']:.2f} |")
    ours_q, fts_q = results["search"]["ours"], results["search"]["fts5"]
    lines.append(f"| search process RSS, MB | {ours_q['rss_mb']:.0f} | {fts_q['rss_mb']:.0f} | {ours_q['rss_mb'] / fts_q['rss_mb']:.2f} |")
    if "open_seconds" in ours_q:
        lines.append(f"| snapshot open (first request), s | {ours_q['open_seconds']:.2f} | | |")
    for name, timing in ours_q["queries"].items():
        other = fts_q["queries"][name]
        for p in ("first_ms", "p50", "p95"):
            lines.append(f"| {name} {p.replace('_ms', '')}, ms (total {timing['total']:,} vs {other['total']:,}) | {timing[p]:.1f} | {other[p]:.1f} | {timing[p] / max(other[p], 1e-6):.2f} |")
        if "engine_p50" in timing:
            lines.append(f"| {name} p50 without HTTP, ms | {timing['engine_p50']:.1f} | {other['p50']:.1f} | {timing['engine_p50'] / max(other['p50'], 1e-6):.2f} |")
    if "pdf" in results:
        for key, value in results["pdf"].items():
            lines.append(f"| PDF pages/s, {key.replace('_', ' ')} | {value['pages_per_s']:.1f} | | |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--keep", help="keep the index and FTS5 database in this folder")
    parser.add_argument("--pdf", action="store_true", help="also measure PDF pages/s on ../shared/corpus/kent")
    parser.add_argument("--workers", default="1,2", help="writer processes to index with, comma-separated; the last index is searched")
    args = parser.parse_args()
    writers = tuple(int(n) for n in args.workers.split(",") if n.strip())
    results = run(args.paragraphs, args.repeats, args.keep, args.pdf, writers)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"{time.strftime('%Y%m%d-%H%M%S')}-{args.paragraphs}.json"
    out.write_text(json.dumps(results, indent=2, default=str))
    print(table(results))
    print(f"\nresults: {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
