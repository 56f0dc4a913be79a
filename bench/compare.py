"""Two benchmark results side by side: `python -m bench.compare BEFORE.json AFTER.json`.

Prints a markdown table of indexing speed, snapshot open time, worker memory and every query
type's p50/p95 through the API, with after/before ratios; both runs should come from the same
sitting, since this machine's speed varies from hour to hour.
"""
from __future__ import annotations

import json
import sys


def rows(before: dict, after: dict) -> list[tuple[str, float, float]]:
    """(measure, before, after) for every figure both runs have."""
    out = [
        ("indexing, paragraphs/s, --workers 2", before["indexing"]["ours"]["paragraphs_per_s"], after["indexing"]["ours"]["paragraphs_per_s"]),
        ("FTS5 indexing in the same run, paragraphs/s", before["indexing"]["fts5"]["paragraphs_per_s"], after["indexing"]["fts5"]["paragraphs_per_s"]),
        ("index size, MB", before["indexing"]["ours"]["size_mb"], after["indexing"]["ours"]["size_mb"]),
        ("search process RSS, MB", before["search"]["ours"]["rss_mb"], after["search"]["ours"]["rss_mb"]),
        ("snapshot open (first request), s", before["search"]["ours"]["open_seconds"], after["search"]["ours"]["open_seconds"]),
    ]
    for name, timing in before["search"]["ours"]["queries"].items():
        other = after["search"]["ours"]["queries"].get(name)
        if other is None:
            continue
        for key in ("p50", "p95"):
            out.append((f"{name} {key}, ms", timing[key], other[key]))
    return out


def table(before: dict, after: dict) -> str:
    lines = ["| measure | before | after | after / before |", "|---|---|---|---|"]
    for name, old, new in rows(before, after):
        lines.append(f"| {name} | {old:,.1f} | {new:,.1f} | {new / old if old else float('nan'):.2f} |")
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: python -m bench.compare BEFORE.json AFTER.json")
    with open(sys.argv[1]) as first, open(sys.argv[2]) as second:
        print(table(json.load(first), json.load(second)))


if __name__ == "__main__":
    main()
