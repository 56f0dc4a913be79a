"""Interleaved A/B of two checkouts' API latency, each on its own index:
`python -m bench.ab A_ROOT A_INDEX B_ROOT B_INDEX [--rounds 8] [--repeats 50]`.

`make bench` measures one checkout at a time, so a burst of load on this shared machine lands on
one side only and moves a p95 by 20% or more. Here each round starts a fresh search process for
A, then for B (then B before A in the next round, so drift cancels), each timing the same query
mix (bench.run.query_mix) through the JSON API; the samples of all rounds are pooled per query
type. Prints p50/p95/p99 per side with B/A ratios, and writes JSON to bench/results/.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

from bench.run import RESULTS, _params, _percentiles, query_mix

# Runs inside the checkout being measured (cwd = its root), so it imports that checkout's code.
CHILD = """
import json, sys, time
from search_service import create_app
urls, repeats = json.loads(sys.argv[1]), int(sys.argv[2])
client = create_app({"INDEX_DIR": sys.argv[3]}).test_client()
client.get("/healthz")
out = {}
for name, url in urls.items():
    for _ in range(3):
        client.get(url)
    samples = []
    for _ in range(repeats):
        t = time.perf_counter()
        response = client.get(url)
        samples.append(time.perf_counter() - t)
    out[name] = {"samples": samples, "status": response.status_code, "total": response.get_json().get("total")}
print(json.dumps(out))
"""


def query_urls() -> dict[str, str]:
    """Query type -> API URL: the mix `make bench` times, without the plain-words types a checkout before them cannot run."""
    return {query["type"]: "/api/search?" + urlencode(_params(query)) for query in query_mix(plain_words_flow=False)}


def measure(root: str, index_dir: str, repeats: int) -> dict:
    """One fresh search process of the checkout at `root`: raw samples per query type."""
    python = Path(root) / ".venv" / "bin" / "python"
    result = subprocess.run([str(python if python.exists() else sys.executable), "-c", CHILD, json.dumps(query_urls()), str(repeats), index_dir],
                            cwd=root, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(a: tuple[str, str], b: tuple[str, str], rounds: int, repeats: int) -> dict:
    """Pooled samples and percentiles for both sides over `rounds` interleaved rounds."""
    pooled: dict[str, dict[str, list[float]]] = {"a": {}, "b": {}}
    answers: dict[str, dict] = {"a": {}, "b": {}}
    for round_number in range(rounds):
        order = (("a", a), ("b", b)) if round_number % 2 == 0 else (("b", b), ("a", a))
        for side, (root, index_dir) in order:
            for name, timing in measure(root, index_dir, repeats).items():
                pooled[side].setdefault(name, []).extend(timing["samples"])
                answers[side][name] = {"status": timing["status"], "total": timing["total"]}
        print(f"round {round_number + 1}/{rounds} done", file=sys.stderr)
    return {
        "a": {"root": a[0], "index": a[1]}, "b": {"root": b[0], "index": b[1]}, "rounds": rounds, "repeats": repeats,
        "queries": {name: {"a": {**_percentiles(pooled["a"][name]), **answers["a"][name]},
                           "b": {**_percentiles(pooled["b"][name]), **answers["b"][name]},
                           "samples": len(pooled["a"][name])} for name in pooled["a"]},
    }


def table(results: dict) -> str:
    """Markdown: each query type's p50/p95/p99 for A and B with B/A ratios, and the answers' totals."""
    lines = ["| query | A p50 | B p50 | B/A | A p95 | B p95 | B/A | A p99 | B p99 | B/A | totals A = B |", "|---|" + "---|" * 10]
    for name, q in results["queries"].items():
        cells = []
        for key in ("p50", "p95", "p99"):
            cells += [f"{q['a'][key]:.1f}", f"{q['b'][key]:.1f}", f"{q['b'][key] / q['a'][key]:.2f}"]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {'yes' if q['a']['total'] == q['b']['total'] else 'NO'} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a_root")
    parser.add_argument("a_index")
    parser.add_argument("b_root")
    parser.add_argument("b_index")
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=50)
    args = parser.parse_args()
    results = run((args.a_root, args.a_index), (args.b_root, args.b_index), args.rounds, args.repeats)
    print(table(results))
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{time.strftime('%Y%m%d-%H%M%S')}-ab.json"
    path.write_text(json.dumps(results, indent=1))
    print(f"\nwritten to {path.relative_to(RESULTS.parents[1])}")


if __name__ == "__main__":
    main()
