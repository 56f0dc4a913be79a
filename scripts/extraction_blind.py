"""`make extraction-blind`: score what the indexer extracts against the frozen blind labels.

The labels (tests/data/extraction_blind/extraction_blind.jsonl, README.md beside it) were made from
the documents alone, before any code output. This script copies exactly those 42 files (no
sidecars) into var/extraction_blind/corpus, indexes them afresh with the project's own command
(`python -m indexer build --workers N`, so every pass a build makes applies, people merged within a
council included), and reads every paragraph back through the JSON API (`/api/documents/<id>`),
as a user would see it. It prints, per source and overall:

Meeting fields, one value per document: the value most of its paragraphs carry (null counted as a
value; a tie goes to the value met first). A document that failed to index has no value.
- council, committee, date: right / documents whose label states a value; "extra" counts documents
  whose label is null but the code gave a value. Council and committee are compared canonically
  (`same_body`): case, accents, punctuation, "&"/"and", a leading "the" and word order ignored; an
  acronym stands for the words it abbreviates ("SPC" = "Strategic Policy Committee"); "City of X" is
  "X City Council"; leading words of the council's own name (the place) may be dropped from a
  committee; a plenary body ("Council", "Full Council", "Ordinary Meeting of the Council", the
  council's own name as committee) is "full council".
  A second figure counts paragraphs: those carrying the labelled value, of all paragraphs of the
  documents whose label states one.
- kind: right / documents (the most common paragraph kind).

Items (`match_items`): a labelled item is found when a distinct (item_number, item_title) pair of the
document's paragraphs has the same number and a matching title; each produced item is used once.
Numbers compare without spaces, case, a leading "Item"/"No.", trailing dots or colons and a closing bracket
without its opening one ("3)" is "3."); a null label number accepts any number. Titles compare after
`title_key` (case, accents, quotes and dashes unified, "*" and surrounding punctuation dropped, spaces collapsed) and match when rapidfuzz's ratio
is >= 90 or the shorter is contained in the longer and has at least half its characters.

Speakers (`locate_quote`, `count_same_people`): a labelled quote is found in the document's text
with whitespace collapsed and "*" stripped; failing that, on letters and digits alone (case and
accents ignored), which survives re-joined hyphens and moved quotes; failing that, its first half,
else its second half (`locate_quote_part`, at least 30 letters and digits; counted as "found only in
part": the code lost or moved the rest of the paragraph). The produced speakers are the union over
the paragraphs the quote's first occurrence overlaps. Precision = matched produced names
/ produced names; recall = matched labelled names / labelled names (a quote not found, or a
document not indexed, leaves its labelled names unmatched). Two names are one person
(`same_person`) when their surnames are equal after case, accents, apostrophes and hyphens are
ignored (a surname printed as two words, "O Dea", also reads closed up) and the given names agree:
each given name or initial present in both agrees on its first letter, and two spelled-out given
names are equal or one begins the other ("Chris", "Christopher"); a name without given names
agrees with any. Leading titles (Councillor, Cllr, Mr, Mayor, ...) are
dropped and "Collins (M)" is "M Collins". Names are matched one to one (maximum matching).

Facet values that are real (../shared/notes/evaluation.md): every distinct committee, council and
speaker value the code gave, with its paragraph count, is written to
var/extraction_blind/facet_values.tsv beside its hand label from
tests/data/extraction_blind/facet_value_labels.jsonl (keyed by source, facet and value; real = a body
or a participating person as the document names them; junk = a thing, place, heading, page label,
status, someone only mentioned, a garbled form). A value without a label is printed as
"unlabelled" and counted apart, never as real. Committee and council: shares of all paragraphs that
are real, junk, null or unlabelled. Speaker: shares of paragraphs with speakers whose values are all
real, any junk, or unlabelled (no junk); null = share of all paragraphs without a speaker.

Each file is parsed with INDEXER_CHILD_SECONDS=600 (not the indexer's 120 s), so that a slow,
shared machine does not turn a slow parse into a failure; a file still failing is "not indexed".

Usage: .venv/bin/python scripts/extraction_blind.py [--corpus DIR] [--workers 2] [--reuse-index]
       [--json FILE] [--details] [--labels FILE]
--labels scores another blind set in the same format (tests/data/extraction_blind2/labels.jsonl).
The default output holds figures only; --details also prints every miss per document, which
un-blinds the set: use it only for a final report.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from functools import partial
from pathlib import Path
from typing import Iterable

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "extraction_blind"
LABELS = DATA / "extraction_blind.jsonl"
FACET_LABELS = DATA / "facet_value_labels.jsonl"
WORK = ROOT / "var" / "extraction_blind"
CORPUS = ROOT.parent / "shared" / "corpus"
SOURCES = ("limerick", "tintern", "alameda", "winnipeg")
FACETS = ("committee", "council", "speaker")
# A parse that times out on a busy shared machine would score as a failure of the code: the
# indexer's 120 s (wall and CPU) is raised to 600 s, so the figures do not depend on the machine's
# load, while a parse that never ends still ends the run (EXTRACTION_BLIND_CHILD_SECONDS changes it).
CHILD_SECONDS = "600"
TITLE_SIMILARITY = 90
PART_CHARS = 30


# -- text keys -------------------------------------------------------------------------------

def strip_accents(text: str) -> str:
    """Text without combining accents (NFKD)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def squash(text: str) -> str:
    """Whitespace collapsed to single spaces and Markdown "*" removed, as the labels' README says."""
    return re.sub(r"\s+", " ", text.replace("*", "")).strip()


def _alnum_with_offsets(text: str) -> tuple[str, list[int]]:
    """Letters and digits of text, lowercased and without accents, with each one's offset in text."""
    chars: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        for part in strip_accents(ch).casefold():
            if part.isalnum():
                chars.append(part)
                offsets.append(index)
    return "".join(chars), offsets


def locate_quote(quote: str, texts: list[str]) -> list[int]:
    """Indexes of the paragraphs (texts, in document order) that the quote's first occurrence overlaps; [] if absent."""
    squashed = [squash(t) for t in texts]
    joined = " ".join(squashed)
    starts: list[int] = []
    position = 0
    for text in squashed:
        starts.append(position)
        position += len(text) + 1
    wanted = squash(quote)
    begin = joined.find(wanted) if wanted else -1
    if begin >= 0:
        end = begin + len(wanted)
    else:
        key, offsets = _alnum_with_offsets(joined)
        quote_key, _ = _alnum_with_offsets(wanted)
        at = key.find(quote_key) if quote_key else -1
        if at < 0:
            return []
        begin, end = offsets[at], offsets[at + len(quote_key) - 1] + 1
    return [i for i, start in enumerate(starts) if start < end and start + len(squashed[i]) > begin]


def locate_quote_part(quote: str, texts: list[str]) -> list[int]:
    """Where a quote whose whole text is not found has its first half, or else its second (each of at least
    PART_CHARS letters and digits): the paragraph the code kept of it, when it dropped or moved the rest."""
    key, offsets = _alnum_with_offsets(squash(quote))
    half = len(key) // 2
    if half < PART_CHARS:
        return []
    squashed = squash(quote)
    for first, last in ((0, half), (half, len(key) - 1)):
        where = locate_quote(squashed[offsets[first] : offsets[last] + 1], texts)
        if where:
            return where
    return []


# -- names -----------------------------------------------------------------------------------

TITLES = frozenset(
    "councillor councillors cllr cllrs clir cmhlr county mr mrs ms miss dr sir mayor vice deputy president chair chairman "
    "chairperson chairwoman commissioner councilmember councilman councilwoman board member director supt madam speaker "
    "the acting cathaoirleach leas".split()
)


def name_parts(name: str) -> tuple[list[str], str]:
    """(given names or initials, surname) of a person's name, as compared: lowercase, no accents,
    apostrophes and hyphens closed up ("O' Connor" = "O'Connor" = "oconnor"), leading titles dropped,
    and a trailing "(M)" read as an initial."""
    text = strip_accents(name).casefold()
    extra: list[str] = []
    bracket = re.search(r"\(([^)]*)\)\s*$", text)
    if bracket:
        extra = re.findall(r"[a-z]+", bracket.group(1))
        text = text[: bracket.start()]
    text = re.sub(r"['’‘`]\s*", "", text)
    text = re.sub(r"\s*[-‐‑–]\s*", "", text)
    tokens = [t for t in re.split(r"[\s.,]+", text) if t]
    while len(tokens) > 1 and tokens[0] in TITLES:
        tokens.pop(0)
    if not tokens:
        return extra, ""
    return extra + tokens[:-1], tokens[-1]


def _given_agree(a: list[str], b: list[str]) -> bool:
    for x, y in zip(a, b):
        if x[0] != y[0]:
            return False
        if len(x) > 1 and len(y) > 1 and not (x.startswith(y) or y.startswith(x)):
            return False
    return True


def _splits(name: str) -> list[tuple[list[str], str]]:
    """(given, surname) readings of a name: its last word as surname, or its last two closed up ("O Dea" as "odea")."""
    given, surname = name_parts(name)
    readings = [(given, surname)]
    if given:
        readings.append((given[:-1], given[-1] + surname))
    return readings


def same_person(a: str, b: str) -> bool:
    """Whether two speaker names name one person (the rule in this module's docstring)."""
    return any(
        surname_a and surname_a == surname_b and _given_agree(given_a, given_b)
        for given_a, surname_a in _splits(a)
        for given_b, surname_b in _splits(b)
    )


def count_same_people(got: Iterable[str], want: Iterable[str]) -> int:
    """The largest number of one-to-one pairs (produced name, labelled name) that are the same person."""
    got_list, want_list = list(dict.fromkeys(got)), list(dict.fromkeys(want))
    partner: dict[int, int] = {}  # labelled index -> produced index

    def augment(g: int, seen: set[int]) -> bool:
        for w, name in enumerate(want_list):
            if w not in seen and same_person(got_list[g], name):
                seen.add(w)
                if w not in partner or augment(partner[w], seen):
                    partner[w] = g
                    return True
        return False

    return sum(1 for g in range(len(got_list)) if augment(g, set()))


# -- items -----------------------------------------------------------------------------------

def number_key(number: str | None) -> str | None:
    """An item number as compared: no spaces, lowercase, no leading "Item"/"No.", no trailing dots or colons."""
    if number is None:
        return None
    text = re.sub(r"\s+", " ", strip_accents(number).casefold()).strip()
    text = re.sub(r"^(agenda\s+)?(item|no\.?)\s*", "", text)
    text = re.sub(r"\s+", "", text).rstrip(".:")
    # "3)" is "3." printed in another style: a closing bracket without its opening one is punctuation, like the dot.
    return (text[:-1] if text.endswith(")") and "(" not in text else text) or None


def title_key(title: str | None) -> str:
    """An item title as compared: lowercase, no accents, one kind of quote and dash, no "*", spaces collapsed, no surrounding punctuation."""
    text = strip_accents(title or "").casefold().replace("*", "")
    text = re.sub(r"[‘’`´]", "'", text)
    text = re.sub(r"[“”]", '"', text)
    text = re.sub(r"[‐‑‒–—−]", "-", text)
    return re.sub(r"\s+", " ", text).strip(" .,:;-–")


def titles_match(label: str, got: str | None) -> bool:
    """ratio >= 90, or the shorter title contained in the longer and at least half its length."""
    a, b = title_key(label), title_key(got)
    if not a or not b:
        return False
    if fuzz.ratio(a, b) >= TITLE_SIMILARITY:
        return True
    shorter, longer = sorted((a, b), key=len)
    return shorter in longer and 2 * len(shorter) >= len(longer)


def match_items(labelled: list[dict], produced: list[tuple[str | None, str | None]]) -> list[bool]:
    """For each labelled item (in order), whether a produced (number, title) matches it; each produced item serves once."""
    used: set[int] = set()
    found = []
    for item in labelled:
        want = number_key(item.get("number"))
        hit = None
        for index, (number, title) in enumerate(produced):
            if index in used or (want is not None and number_key(number) != want):
                continue
            if titles_match(item["title"], title):
                hit = index
                break
        if hit is not None:
            used.add(hit)
        found.append(hit is not None)
    return found


def produced_items(paragraphs: list[dict]) -> list[tuple[str | None, str | None]]:
    """Distinct (item_number, item_title) pairs of a document's paragraphs, in order of first use."""
    pairs = ((p.get("item_number"), p.get("item_title")) for p in paragraphs)
    return list(dict.fromkeys(pair for pair in pairs if pair != (None, None)))


# -- bodies ----------------------------------------------------------------------------------

PLENARY_WORDS = frozenset("full ordinary special annual monthly budget extraordinary statutory general regular meeting of the".split())
BODY_WORDS = frozenset("city county town parish community borough district metropolitan village".split())


def body_words(value: str) -> list[str]:
    """A body's name as words: lowercase, no accents or punctuation, "&" as "and", "City of X" as "X City Council"."""
    text = strip_accents(value).casefold().replace("&", " and ")
    text = re.sub(r"[^\w\s]", " ", text)
    words = text.split()
    if len(words) >= 3 and words[0] in BODY_WORDS and words[1] == "of" and "council" not in words:
        words = words[2:] + [words[0], "council"]
    if words[:1] == ["the"]:
        words = words[1:]
    return words


def _is_plenary(words: list[str], council_words: list[str]) -> bool:
    if council_words and words == council_words:
        return True
    rest = [w for w in words if w not in PLENARY_WORDS]
    return bool(rest) and rest[-1] == "council" and all(w in BODY_WORDS or w == "council" for w in rest)


def _expand_acronyms(words: list[str], other: list[str]) -> list[str]:
    """words with any word that spells the initials of a run of the other's words replaced by that run."""
    out: list[str] = []
    for word in words:
        replaced = False
        if len(word) >= 2 and word not in other:
            for start in range(len(other)):
                run = other[start : start + len(word)]
                if len(run) == len(word) and "".join(w[0] for w in run) == word:
                    out.extend(run)
                    replaced = True
                    break
        if not replaced:
            out.append(word)
    return out


def same_body(label: str | None, got: str | None, council: str | None = None) -> bool:
    """Whether a produced council or committee names the labelled body (the rule in this module's docstring).

    `council` is the labelled council of the document, whose leading words (its place) a committee
    may carry or drop, and whose own name as a committee means the full council.
    """
    if label is None or got is None:
        return label is None and got is None
    council_words = body_words(council) if council else []
    a, b = body_words(label), body_words(got)
    if _is_plenary(a, council_words) and _is_plenary(b, council_words):
        return True
    a, b = _expand_acronyms(a, b), _expand_acronyms(b, a)
    if sorted(a) == sorted(b):
        return True
    place = {w for w in council_words if w not in BODY_WORDS and w not in ("council", "and", "of")}
    return sorted(_without_leading(a, place)) == sorted(_without_leading(b, place))


def _without_leading(words: list[str], place: set[str]) -> list[str]:
    """words less the run of place words they start with ("alameda planning board" -> "planning board")."""
    start = 0
    while start < len(words) - 1 and words[start] in place:
        start += 1
    return words[start:]


# -- reading the code's output -----------------------------------------------------------------

def document_value(paragraphs: list[dict], field: str):
    """The value most of the document's paragraphs carry (None counted; ties to the first met)."""
    counts = Counter(p.get(field) for p in paragraphs)
    if not counts:
        return None
    best = max(counts.values())
    return next(p.get(field) for p in paragraphs if counts[p.get(field)] == best)


def document_id(relpath: str) -> str:
    """The id README.md promises: SHA-1 of the path relative to the indexed folder, 16 hex digits."""
    return hashlib.sha1(relpath.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def load_labels() -> list[dict]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_index(labels: list[dict], corpus: Path, workers: int, reuse: bool) -> Path:
    """A fresh index of exactly the labelled files (no sidecars), built by `python -m indexer build`."""
    copy, index = WORK / "corpus", WORK / "index"
    if reuse and (index / "COUNCIL_SEARCH_INDEX.json").exists():
        return index
    for folder in (copy, index):
        if folder.exists():
            shutil.rmtree(folder)
    for label in labels:
        target = copy / label["file"]
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(corpus / label["file"], target)
    env = dict(os.environ, INDEXER_CHILD_SECONDS=os.environ.get("EXTRACTION_BLIND_CHILD_SECONDS", CHILD_SECONDS))
    command = [sys.executable, "-m", "indexer", "build", str(copy), "--index", str(index), "--workers", str(workers)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode not in (0, 3):
        sys.exit(f"indexer build failed ({done.returncode}):\n{done.stderr[-3000:]}")
    (WORK / "build.log").write_text(done.stdout + done.stderr, encoding="utf-8")  # which files failed and why: for --details only
    summary = [line for line in done.stderr.splitlines() + done.stdout.splitlines() if line.startswith("indexed ")]
    print(summary[-1] if summary else "(no build summary)", file=sys.stderr)
    return index


def read_documents(index: Path, labels: list[dict]) -> dict[str, list[dict] | None]:
    """file -> its paragraphs as /api/documents/<id> gives them (None: not in the index)."""
    sys.path.insert(0, str(ROOT))
    from search_service import create_app

    client = create_app({"INDEX_DIR": str(index)}).test_client()
    out: dict[str, list[dict] | None] = {}
    for label in labels:
        answer = client.get(f"/api/documents/{document_id(label['file'])}")
        out[label["file"]] = answer.get_json()["paragraphs"] if answer.status_code == 200 else None
    return out


# -- scoring -----------------------------------------------------------------------------------

def load_facet_labels(path: Path = FACET_LABELS) -> dict[tuple[str, str, str], str]:
    """(source, facet, value) -> "real" or "junk"."""
    if not path.exists():
        return {}
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row["label"] not in ("real", "junk"):
                raise ValueError(f"facet label must be real or junk: {row}")
            labels[(row["source"], row["facet"], row["value"])] = row["label"]
    return labels


def source_of(label: dict) -> str:
    return label["file"].split("/", 1)[0]


def _count(rows: tuple[Counter, ...], key: str, n: int = 1) -> None:
    for row in rows:
        row[key] += n


def _field_right(field: str, want: str, got: str | None, council: str | None) -> bool:
    return want == got if field == "date" else same_body(want, got, council)


def score(labels: list[dict], documents: dict[str, list[dict] | None], facet_labels: dict) -> tuple[dict, dict, list[str]]:
    """(figures by source and "all", facet value counts, misses per document as lines)."""
    tally: dict[str, Counter] = defaultdict(Counter)
    values: Counter = Counter()  # (source, facet, value) -> paragraphs
    misses: list[str] = []
    for label in labels:
        source = source_of(label)
        paragraphs = documents[label["file"]]
        add = partial(_count, (tally[source], tally["all"]))
        add("documents")
        if paragraphs is None:
            misses.append(f"{label['file']}: not indexed")
            paragraphs = []
        else:
            add("indexed")
        add("paragraphs", len(paragraphs))
        # meeting fields
        for field in ("council", "committee", "date", "kind"):
            want, got = label[field], (document_value(paragraphs, field) if paragraphs else None)
            if field == "kind":
                add("kind_docs")
                right = want == got
            elif want is None:
                add(f"{field}_extra", got is not None)
                continue
            else:
                add(f"{field}_stated")
                right = _field_right(field, want, got, label["council"])
                add(f"{field}_paragraphs_stated", len(paragraphs))
                add(f"{field}_paragraphs_right", sum(1 for p in paragraphs if _field_right(field, want, p.get(field), label["council"])))
            add(f"{field}_right", right)
            if not right:
                misses.append(f"{label['file']}: {field} want {want!r} got {got!r}")
        # items
        produced = produced_items(paragraphs)
        found = match_items(label["items"], produced)
        add("items", len(found))
        add("items_found", sum(found))
        add("items_produced", len(produced))
        for item, ok in zip(label["items"], found):
            if not ok:
                misses.append(f"{label['file']}: item not found {item['number']!r} {item['title'][:60]!r}")
        # speakers
        texts = [p["text"] for p in paragraphs]
        for sample in label["speakers"]:
            where = locate_quote(sample["text"], texts)
            if not where:
                where = locate_quote_part(sample["text"], texts)
                add("quotes_partial", bool(where))
            want_names = list(dict.fromkeys(sample["speakers"]))
            got_names = list(dict.fromkeys(name for i in where for name in paragraphs[i]["speakers"]))
            matched = count_same_people(got_names, want_names)
            add("quotes")
            add("quotes_missing", not where)
            add("speaker_tp", matched)
            add("speaker_predicted", len(got_names))
            add("speaker_expected", len(want_names))
            if not where:
                misses.append(f"{label['file']}: quote not found {sample['text'][:60]!r}")
            elif matched != len(got_names) or matched != len(want_names):
                misses.append(f"{label['file']}: speakers want {want_names} got {got_names} | {sample['text'][:60]!r}")
        # facet values
        for p in paragraphs:
            for facet in FACETS:
                got_values = p["speakers"] if facet == "speaker" else ([p[facet]] if p.get(facet) else [])
                for value in dict.fromkeys(got_values):
                    values[(source, facet, value)] += 1
                states = {facet_labels.get((source, facet, v), "unlabelled") for v in got_values}
                state = "null" if not got_values else "junk" if "junk" in states else "unlabelled" if "unlabelled" in states else "real"
                add(f"{facet}_{state}")
    return tally, values, misses


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} ({_pct(part, whole)})" if whole else "-"


def figures(row: Counter) -> dict[str, str]:
    """One column of the report."""
    tp, predicted, expected = row["speaker_tp"], row["speaker_predicted"], row["speaker_expected"]
    precision = tp / predicted if predicted else None
    recall = tp / expected if expected else None
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else None
    out = {
        "documents indexed": _ratio(row["indexed"], row["documents"]),
        "paragraphs": str(row["paragraphs"]),
    }
    for field in ("council", "committee", "date"):
        out[f"{field} right (of stated)"] = _ratio(row[f"{field}_right"], row[f"{field}_stated"])
        out[f"{field} given where label null"] = str(row[f"{field}_extra"])
        out[f"{field} right (% of paragraphs of stated)"] = _pct(row[f"{field}_paragraphs_right"], row[f"{field}_paragraphs_stated"])
    out["kind right"] = _ratio(row["kind_right"], row["kind_docs"])
    out["items found"] = _ratio(row["items_found"], row["items"])
    out["items produced"] = str(row["items_produced"])
    out["speaker precision"] = f"{precision:.3f} ({tp}/{predicted})" if precision is not None else "-"
    out["speaker recall"] = f"{recall:.3f} ({tp}/{expected})" if recall is not None else "-"
    out["speaker F1"] = f"{f1:.3f}" if f1 is not None else "-"
    out["quotes not found"] = f"{row['quotes_missing']}/{row['quotes']}"
    out["quotes found only in part"] = f"{row['quotes_partial']}/{row['quotes']}"
    paragraphs = row["paragraphs"]
    for facet in ("committee", "council"):
        for state in ("real", "junk", "null", "unlabelled"):
            out[f"{facet} values {state} (% of paragraphs)"] = _pct(row[f"{facet}_{state}"], paragraphs)
    with_speakers = row["speaker_real"] + row["speaker_junk"] + row["speaker_unlabelled"]
    for state in ("real", "junk", "unlabelled"):
        out[f"speaker values {state} (% of paragraphs with speakers)"] = _pct(row[f"speaker_{state}"], with_speakers)
    out["paragraphs without speaker (% of paragraphs)"] = _pct(row["speaker_null"], paragraphs)
    return out


def write_values(values: Counter, facet_labels: dict, path: Path) -> list[tuple[str, str, str, int]]:
    """The value list for labelling (source, facet, value, paragraphs, label) as TSV; returns the unlabelled ones."""
    path.parent.mkdir(parents=True, exist_ok=True)
    unlabelled = []
    with open(path, "w", encoding="utf-8") as out:
        out.write("source\tfacet\tvalue\tparagraphs\tlabel\n")
        for (source, facet, value), count in sorted(values.items(), key=lambda kv: (kv[0][0], kv[0][1], -kv[1], kv[0][2])):
            state = facet_labels.get((source, facet, value), "unlabelled")
            out.write(f"{source}\t{facet}\t{value}\t{count}\t{state}\n")
            if state == "unlabelled":
                unlabelled.append((source, facet, value, count))
    return unlabelled


def main() -> None:
    global LABELS, FACET_LABELS, WORK
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder the labelled paths are relative to")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--reuse-index", action="store_true", help="score the index of the previous run instead of building afresh")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--details", action="store_true", help="print every miss per document (un-blinds the set)")
    parser.add_argument("--labels", type=Path, default=LABELS,
                        help="another blind set in the same format (its facet_value_labels.jsonl beside it; work in var/<its folder>)")
    args = parser.parse_args()
    if args.labels != LABELS:
        LABELS, FACET_LABELS, WORK = args.labels, args.labels.parent / "facet_value_labels.jsonl", ROOT / "var" / args.labels.parent.name
    if not args.corpus.is_dir():
        sys.exit(f"corpus not found: {args.corpus}")
    labels = load_labels()
    index = build_index(labels, args.corpus, args.workers, args.reuse_index)
    facet_labels = load_facet_labels(FACET_LABELS)
    tally, values, misses = score(labels, read_documents(index, labels), facet_labels)
    columns = [s for s in SOURCES if s in tally] + sorted(s for s in tally if s not in SOURCES and s != "all") + ["all"]
    table = {column: figures(tally[column]) for column in columns}
    print("| measure | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for measure in table["all"]:
        print(f"| {measure} | " + " | ".join(table[c][measure] for c in columns) + " |")
    values_file = WORK / "facet_values.tsv"
    unlabelled = write_values(values, facet_labels, values_file)
    print(f"\nfacet values: {len(values)} distinct, {len(unlabelled)} unlabelled (all listed in {values_file.relative_to(ROOT)})")
    for source, facet, value, count in unlabelled:
        print(f"  unlabelled {source} {facet} {value!r} ({count} paragraphs)")
    if args.json:
        args.json.write_text(json.dumps({"figures": table, "counts": {c: dict(tally[c]) for c in columns}}, indent=1, ensure_ascii=False) + "\n")
    if args.details:
        print("\nmisses (blind set un-blinded):")
        log = WORK / "build.log"
        for line in (log.read_text(encoding="utf-8").splitlines() if log.exists() else []):
            if line.startswith("FAILED "):
                print("  build " + line)
        for line in misses:
            print("  " + line)


if __name__ == "__main__":
    main()
