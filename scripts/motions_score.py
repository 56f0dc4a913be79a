"""Score motion extraction against hand labels (tests/data/motions/README.md) and Winnipeg's hand-corrected Hansard JSON.

Runs the indexer's pipeline on each labelled file alone (no index). Reported per source (the first
folder of the path: kent, parish, winnipeg ...) and overall:
- motions: precision and recall of extracted motions matched to labelled ones (text overlap of the
  first words, and the proposer);
- proposer, seconder: precision (right names / names given on extracted motions) and recall (right
  names / labelled non-null names);
- outcome and unanimous accuracy over matched motions; counts exact (every printed count right and
  none invented) over matched motions;
- member votes: precision and recall of (motion, member, side) triples.
Winnipeg: each motion section of hansard_json (moved_by, seconded_by) against the motions found in
the hansard_pdf of the same name. The JSON lists only formal, seconded motions, so "seconded_precision" (matched
seconded motions / seconded motions found) is reported beside the precision over every motion found.

Usage: python scripts/motions_score.py [--labels DIR ...] [--corpus DIR] [--no-winnipeg] [--winnipeg-only]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indexer.model import VOTE_SIDES, Motion  # noqa: E402
from indexer.pipeline import read_document  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_LABELS = [ROOT / "tests" / "data" / "motions" / "blind", ROOT / "tests" / "data" / "motions" / "dev"]
START_WORDS = 12  # words of a motion's text compared with the label's text_start
MIN_MATCH = 0.3  # least text overlap (or overlap plus the proposer) for an extracted motion to be a labelled one
_HONORIFIC = re.compile(
    r"^(?:(?:County|Borough|District|Parish|City|Town)\s+)?(?:Councillors?|Cllrs?|Councilmembers?|Council\s+Members?|Commissioners?|Board\s+Members?|Mayor|Deputy|Acting|"
    r"Vice[- ]Mayor|Speaker|His\s+Worship|Her\s+Worship|Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+",
    re.IGNORECASE,
)


def _words(text: str | None) -> list[str]:
    return re.findall(r"[a-z0-9£]+", (text or "").lower())[:START_WORDS]


def _overlap(a: str | None, b: str | None) -> float:
    wa, wb = set(_words(a)), set(_words(b))
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _plain(name: str) -> str:
    name = re.sub(r"\s+", " ", name or "").strip(" .,")
    while True:
        stripped = _HONORIFIC.sub("", name)
        if stripped == name:
            return name.lower()
        name = stripped


def same_name(a: str | None, b: str | None) -> bool:
    """Honorifics removed and case ignored: equal, or the same surname with given names or initials that agree."""
    if not a or not b:
        return False
    pa, pb = _plain(a), _plain(b)
    if pa == pb:
        return True
    ga, la = pa.rsplit(" ", 1) if " " in pa else ("", pa)
    gb, lb = pb.rsplit(" ", 1) if " " in pb else ("", pb)
    if la != lb:
        return False
    if not ga or not gb:
        return True
    return ga.replace(".", "").split()[0][0] == gb.replace(".", "").split()[0][0]


def match_motions(found: list[Motion], labelled: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pairs (found index, label index), best overlap first, each used once."""
    pairs = []
    for i, motion in enumerate(found):
        for j, label in enumerate(labelled):
            score = _overlap(motion.text, label.get("text_start"))
            if label.get("proposer") and same_name(motion.proposer, label["proposer"]):
                score += 0.5
            if score >= MIN_MATCH:
                pairs.append((score, -abs(i - j), i, j))
    pairs.sort(reverse=True)
    used_f: set[int] = set()
    used_l: set[int] = set()
    matched = []
    for _, _, i, j in pairs:
        if i in used_f or j in used_l:
            continue
        used_f.add(i)
        used_l.add(j)
        matched.append((i, j))
    return matched


class Tally:
    """Counts for one source."""

    def __init__(self) -> None:
        self.n: dict[str, int] = defaultdict(int)

    def add(self, key: str, value: int = 1) -> None:
        self.n[key] += value

    def ratio(self, num: str, den: str) -> float | None:
        return round(self.n[num] / self.n[den], 3) if self.n[den] else None

    def report(self) -> dict[str, Any]:
        r = self.ratio
        return {
            "documents": self.n["documents"], "labelled": self.n["labelled"], "found": self.n["found"], "matched": self.n["matched"],
            "motions_precision": r("matched", "found"), "motions_recall": r("matched", "labelled"),
            "proposer_precision": r("proposer_right", "proposer_given"), "proposer_recall": r("proposer_right", "proposer_labelled"),
            "seconder_precision": r("seconder_right", "seconder_given"), "seconder_recall": r("seconder_right", "seconder_labelled"),
            "outcome_accuracy": r("outcome_right", "matched"), "unanimous_accuracy": r("unanimous_right", "matched"),
            "counts_exact": r("counts_right", "matched"),
            "votes_precision": r("votes_right", "votes_given"), "votes_recall": r("votes_right_l", "votes_labelled"),
        }


def score_document(found: list[Motion], labelled: list[dict[str, Any]], tally: Tally) -> list[str]:
    """Add one document's figures to tally; returns its misses as lines a person reads."""
    misses = []
    tally.add("documents")
    tally.add("labelled", len(labelled))
    tally.add("found", len(found))
    pairs = match_motions(found, labelled)
    tally.add("matched", len(pairs))
    by_found = dict(pairs)
    for role in ("proposer", "seconder"):
        tally.add(f"{role}_given", sum(1 for m in found if getattr(m, role)))
        tally.add(f"{role}_labelled", sum(1 for lab in labelled if lab.get(role)))
    for i, j in pairs:
        motion, label = found[i], labelled[j]
        for role in ("proposer", "seconder"):
            if label.get(role) and same_name(getattr(motion, role), label[role]):
                tally.add(f"{role}_right")
            elif label.get(role) or getattr(motion, role):
                misses.append(f"{role}: found {getattr(motion, role)!r}, label {label.get(role)!r} ({label.get('text_start', '')[:50]!r})")
        if motion.outcome == label.get("outcome"):
            tally.add("outcome_right")
        else:
            misses.append(f"outcome: found {motion.outcome!r}, label {label.get('outcome')!r} ({label.get('text_start', '')[:50]!r})")
        if motion.unanimous == label.get("unanimous"):
            tally.add("unanimous_right")
        counts = label.get("counts") or {}
        if all(motion.counts.get(side) == counts.get(side) for side in VOTE_SIDES):
            tally.add("counts_right")
        else:
            misses.append(f"counts: found {motion.counts}, label {counts}")
        votes = label.get("votes") or {}
        for side in VOTE_SIDES:
            theirs = list(votes.get(side) or [])
            ours = list(motion.votes.get(side) or [])
            tally.add("votes_labelled", len(theirs))
            tally.add("votes_given", len(ours))
            tally.add("votes_right", sum(1 for name in ours if any(same_name(name, t) for t in theirs)))
            tally.add("votes_right_l", sum(1 for t in theirs if any(same_name(name, t) for name in ours)))
    for i, motion in enumerate(found):
        if i not in by_found:
            tally.add("votes_given", sum(len(v) for v in motion.votes.values()))
            misses.append(f"extra: {motion.proposer!r}/{motion.seconder!r} {motion.text[:60]!r}")
    matched_labels = {j for _, j in pairs}
    for j, label in enumerate(labelled):
        if j not in matched_labels:
            tally.add("votes_labelled", sum(len(v or []) for v in (label.get("votes") or {}).values()))
            misses.append(f"missed: {label.get('proposer')!r}/{label.get('seconder')!r} {label.get('text_start', '')[:60]!r}")
    return misses


def read_labels(folders: list[Path]) -> list[dict[str, Any]]:
    """Every complete label line in the folders' *.jsonl files."""
    labels = []
    for folder in folders:
        for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else []:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    entry = json.loads(line)
                    if entry.get("complete", True) and "file" in entry:
                        labels.append(entry)
    return labels


def _motions_of(path: Path, corpus: Path) -> list[Motion]:
    return read_document(str(path), str(corpus)).motions


def _spaced(name: str) -> str:
    return " ".join(name.replace("\u00a0", " ").split())


def _labelled_file(corpus: Path, relpath: str) -> Path:
    """The file a label names; a labeller may have typed a space where the file name has a non-breaking one."""
    path = corpus / relpath
    if path.exists():
        return path
    found = corpus
    for part in relpath.split("/"):
        match = next((child for child in found.iterdir() if _spaced(child.name) == _spaced(part)), None) if found.is_dir() else None
        if match is None:
            return path
        found = match
    return found


def score_labels(labels: list[dict[str, Any]], corpus: Path, verbose: bool) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for label in labels:
        path = _labelled_file(corpus, label["file"])
        if not path.is_file():
            print(f"missing file: {label['file']}", file=sys.stderr)
            continue
        found = _motions_of(path, corpus)
        source = label["file"].split("/", 1)[0]
        for tally in (tallies[source], tallies["overall"]):
            misses = score_document(found, label.get("motions") or [], tally)
        if verbose:
            for miss in misses:
                print(f"  {label['file']}: {miss}", file=sys.stderr)
    return tallies


def winnipeg_motions(data: dict[str, Any]) -> list[dict[str, str | None]]:
    """The motion sections of a Hansard JSON: who moved and who seconded."""
    out = []
    for section in data.get("hansard") or []:
        if isinstance(section, dict) and section.get("type") == "motion":
            out.append({"proposer": (section.get("moved_by") or "").strip() or None, "seconder": (section.get("seconded_by") or "").strip() or None})
    return out


def score_winnipeg_pair(found: list[Motion], truth: list[dict[str, str | None]], tally: Tally) -> None:
    """Movers and seconders against the JSON: motions matched in order by mover and seconder."""
    tally.add("documents")
    tally.add("labelled", len(truth))
    tally.add("found", len(found))
    tally.add("found_seconded", sum(1 for m in found if m.seconder))
    pairs = []
    for i, motion in enumerate(found):
        for j, entry in enumerate(truth):
            score = same_name(motion.proposer, entry["proposer"]) + same_name(motion.seconder, entry["seconder"])
            if score:
                pairs.append((score, -abs(i - j), i, j))
    pairs.sort(reverse=True)
    used_f: set[int] = set()
    used_t: set[int] = set()
    for _, _, i, j in pairs:
        if i in used_f or j in used_t:
            continue
        used_f.add(i)
        used_t.add(j)
        tally.add("matched")
        if found[i].seconder:
            tally.add("matched_seconded")
        for role in ("proposer", "seconder"):
            if truth[j][role] and same_name(getattr(found[i], role), truth[j][role]):
                tally.add(f"{role}_right")
    for role in ("proposer", "seconder"):
        tally.add(f"{role}_given", sum(1 for m in found if getattr(m, role)))
        tally.add(f"{role}_labelled", sum(1 for e in truth if e[role]))


def score_winnipeg(corpus: Path) -> Tally:
    tally = Tally()
    folder = corpus / "winnipeg"
    for json_path in sorted((folder / "hansard_json").glob("*.json")):
        pdf = folder / "hansard_pdf" / (json_path.stem + ".pdf")
        if not pdf.is_file():
            continue
        truth = winnipeg_motions(json.loads(json_path.read_text(encoding="utf-8")))
        score_winnipeg_pair(_motions_of(pdf, corpus), truth, tally)
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labels", type=Path, action="append", help="folder of *.jsonl labels (default: blind/ and dev/)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--no-winnipeg", action="store_true")
    parser.add_argument("--winnipeg-only", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="print each document's misses on stderr")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    report: dict[str, Any] = {}
    if not args.winnipeg_only:
        tallies = score_labels(read_labels(args.labels or DEFAULT_LABELS), args.corpus, args.verbose)
        report["labelled"] = {source: tally.report() for source, tally in sorted(tallies.items())}
    if not args.no_winnipeg:
        keep = ("documents", "labelled", "found", "matched", "motions_precision", "motions_recall",
                "proposer_precision", "proposer_recall", "seconder_precision", "seconder_recall")
        winnipeg = score_winnipeg(args.corpus)
        report["winnipeg_hansard_json"] = {k: v for k, v in winnipeg.report().items() if k in keep}
        # The JSON lists only the formal (seconded) motions; by-law readings, report adoptions and suspensions of the rules
        # moved without a seconder are motions it does not list. Precision over the seconded motions found, beside the above:
        report["winnipeg_hansard_json"]["seconded_found"] = winnipeg.n["found_seconded"]
        report["winnipeg_hansard_json"]["seconded_precision"] = winnipeg.ratio("matched_seconded", "found_seconded")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
