"""The index on disk: schema, positions format, marker file and format version, word and people files.

An index directory holds Whoosh's files (TOC and segments of the index named INDEX_NAME) and:
  MARKER_FILE   JSON: {"format": INDEX_FORMAT, "created": ..., "pair_words": [...]}; nothing else
                is opened without it, since opening a Whoosh index unpickles its schema
  WORDS_FILE    printed words with the number of paragraphs using each, for "did you mean"
  PEOPLE_FILE   one name per person within a council, computed when the writer commits
  NOTES_FILE    JSON: document id -> what the indexer keeps about a document between builds
                (its meeting and agenda, to link reports to agenda items); absent means none
  NOTES_JOURNAL notes added since NOTES_FILE was written (JSON lines), merged at the end of a build
The schema pickles the classes below by their module path (engine.format, engine.analysis), so
moving them is a format change: bump INDEX_FORMAT, and older indexes are refused with a message
that says to rebuild.
"""
from __future__ import annotations

import json
import os
import sys
import time
from array import array
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterator

from whoosh.fields import BOOLEAN, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.formats import Positions, tokens

from engine.analysis import PairTokenizer, TextAnalyzer, default_pair_words, remember_words, text_analyzer

MARKER_FILE = "COUNCIL_SEARCH_INDEX.json"
# 1: the first (classes pickled under indexer.*); 2: classes under engine.*, people file;
# 3: ocr and ocr_confidence stored on paragraphs read by OCR.
# 4: indexed_at, when each paragraph's text was first indexed (for alerts).
# 5: motions (stored as JSON on each motion's first paragraph, found by motion_head; their
#    paragraphs marked with motion_doc) and each paragraph's motion outcomes (the outcome facet).
INDEX_FORMAT = 5
INDEX_NAME = "paragraphs"
WORDS_FILE = "words.tsv"
PEOPLE_FILE = "people.json"
NOTES_FILE = "documents.json"
NOTES_JOURNAL = "documents.journal"  # notes of documents written since NOTES_FILE, one JSON line each
POSITION_BYTES = 4
REBUILD_HINT = "python -m indexer build PATH... --index {path} --rebuild"


class NotOurIndex(Exception):
    """The directory holds something other than an index this project wrote."""


class IndexFormatError(NotOurIndex):
    """An index written by another version of the engine, which this one does not read."""


class ArrayPositions(Positions):
    """A word's positions in a paragraph as little-endian 4-byte integers.

    Whoosh's own format pickles each posting's positions, which a reader can only decode one
    posting at a time; these a reader decodes a whole block of postings at once with numpy.
    """

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> Iterator[tuple[str, int, float, bytes]]:
        positions: defaultdict[str, list[int]] = defaultdict(list)
        if isinstance(analyzer, TextAnalyzer) and isinstance(value, str):
            # Whoosh's token pipeline costs a few microseconds a word; most of indexing is this.
            words = analyzer.words(value)
            for position, word in enumerate(words):
                positions[word].append(position)
        else:
            kwargs["positions"] = True
            words = []
            for token in tokens(value, analyzer, kwargs):
                positions[token.text].append(token.pos)
                words.append(token.text)
        remember_words(value, words)
        for word, found in positions.items():
            yield word, len(found), len(found) * self.field_boost, self.encode(found)

    def encode(self, poslist: list[int]) -> bytes:
        packed = array("I", poslist)
        if sys.byteorder == "big":
            packed.byteswap()
        return packed.tobytes()

    def decode_positions(self, valuestring: bytes) -> list[int]:
        packed = array("I", valuestring)
        if sys.byteorder == "big":
            packed.byteswap()
        return packed.tolist()

    def decode_frequency(self, valuestring: bytes) -> int:
        return len(valuestring) // POSITION_BYTES

    def decode_weight(self, valuestring: bytes) -> float:
        return float(self.decode_frequency(valuestring) * self.field_boost)


assert array("I").itemsize == POSITION_BYTES


def _text_field(analyzer: Any, stored: bool = False) -> TEXT:
    """A searchable text field whose word positions are kept as arrays."""
    field = TEXT(analyzer=analyzer, stored=stored, phrase=True)
    field.format = ArrayPositions(field_boost=field.format.field_boost)
    return field


def paragraph_schema(pair_words: frozenset[str]) -> Schema:
    """One Whoosh document per paragraph; facet fields are sortable columns for fast counting."""
    analyzer = text_analyzer()
    # Adjacent pairs of common words ("council+tax"): a phrase of common words is one term
    # instead of a position check over every paragraph holding both words. Fed the paragraph's
    # text, it reads the pairs off the text field's analysis.
    text_pairs = KEYWORD(lowercase=False, commas=False, scorable=False)
    text_pairs.analyzer = PairTokenizer(pair_words)
    return Schema(
        id=ID(stored=True, unique=True),
        document_id=ID(stored=True),
        doc_head=BOOLEAN(stored=False),  # true on a document's first paragraph: one row per document
        content_hash=STORED(),
        source_path=STORED(),
        relpath=STORED(),
        source_url=STORED(),
        doc_title=STORED(),
        doc_format=STORED(),
        council=_text_field(analyzer, stored=True),
        council_facet=ID(sortable=True),
        committee=_text_field(analyzer, stored=True),
        committee_facet=ID(sortable=True),
        kind=ID(stored=True, sortable=True),
        speaker=_text_field(analyzer),
        speakers=KEYWORD(stored=True, commas=True, lowercase=False, scorable=False),
        date=ID(stored=True),  # YYYY-MM-DD or absent
        day=NUMERIC(numtype=int, bits=32, shift_step=0, sortable=True, signed=True),  # days since 1970-01-01; -1 when unknown
        year=NUMERIC(numtype=int, bits=32, shift_step=0, sortable=True, stored=True),
        item=_text_field(analyzer),
        item_number=STORED(),
        item_title=STORED(),
        section=STORED(),
        label=STORED(),
        ocr=STORED(),  # True on a paragraph read by OCR from a scanned page (absent otherwise)
        ocr_confidence=STORED(),  # that page's mean OCR word confidence, 0-100
        page=NUMERIC(numtype=int, bits=32, shift_step=0, stored=True),
        position=NUMERIC(numtype=int, bits=32, shift_step=0, stored=True, sortable=True),
        # Microseconds since 1970 when this text of the paragraph was first indexed; kept when an
        # unchanged paragraph is indexed again, and larger than any committed value for new text.
        indexed_at=NUMERIC(numtype=int, bits=64, shift_step=0, stored=True, sortable=True, signed=False),
        # The motions whose first paragraph this is: a JSON list (engine/motions.py); absent on others.
        motion_json=STORED(),
        motion_head=BOOLEAN(stored=False),  # true where motion_json is stored: the motion table reads only these
        # On each paragraph of a motion, its document's key (engine/motions.py doc_key): the motion
        # table finds a document's motion paragraphs in this column instead of one lookup each.
        motion_doc=NUMERIC(numtype=int, bits=64, shift_step=0, sortable=True, signed=False, default=0),
        outcome=KEYWORD(stored=True, commas=True, lowercase=False, scorable=False),  # outcomes of the motions the paragraph is part of
        # Suggestions come from WORDS_FILE: Whoosh's spelling field would analyse every text twice.
        text=_text_field(analyzer, stored=True),
        text_pairs=text_pairs,
    )


def new_marker() -> dict[str, Any]:
    """The marker of an index made now."""
    return {"format": INDEX_FORMAT, "created": time.time(), "pair_words": sorted(default_pair_words())}


def write_marker(path: Path, marker: dict[str, Any]) -> None:
    """Write the marker file of a new index."""
    (path / MARKER_FILE).write_text(json.dumps(marker))


def read_marker(path: Path) -> dict[str, Any]:
    """The marker of an index this engine can read; NotOurIndex or IndexFormatError otherwise."""
    try:
        data = json.loads((path / MARKER_FILE).read_text())
    except FileNotFoundError:
        raise NotOurIndex(f"{path} is not an index made by this indexer (no {MARKER_FILE})") from None
    except (OSError, ValueError) as error:
        raise NotOurIndex(f"{path} has an unreadable {MARKER_FILE}: {error}") from None
    if not isinstance(data, dict):
        raise NotOurIndex(f"{path} has an unreadable {MARKER_FILE}")
    found = data.get("format")
    if found != INDEX_FORMAT:
        raise IndexFormatError(
            f"the index at {path} has format {found!r} and this version reads format {INDEX_FORMAT}; "
            f"rebuild it with: {REBUILD_HINT.format(path=path)}"
        )
    return data


def is_our_index(path: Path) -> bool:
    """True when path is an index directory of this format made by this project."""
    try:
        read_marker(path)
    except NotOurIndex:
        return False
    return True


def pair_words_of(path: Path) -> frozenset[str]:
    """The words whose pairs this index holds (fixed when it was created)."""
    return frozenset(read_marker(path).get("pair_words") or ())


def _replace_file(target: Path, text: str) -> None:
    """Write a file whole: a reader sees the old content or the new, never half."""
    staging = target.with_name(target.name + ".tmp")
    with open(staging, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(staging, target)


def read_words(path: Path) -> dict[str, int]:
    """The index's printed words with their paragraph counts (empty before the first commit)."""
    try:
        with open(path / WORDS_FILE, encoding="utf-8") as handle:
            return {word: int(count) for word, _, count in (line.rstrip("\n").partition("\t") for line in handle) if count.isdigit()}
    except FileNotFoundError:
        return {}


def add_words(path: Path, words: Counter[str]) -> None:
    """Add counts to the word list, replacing the file in one rename.

    Words of replaced or deleted documents keep their counts: the list only feeds suggestions,
    and the reader offers a word only if the index still has it.
    """
    merged = Counter(read_words(path))
    merged.update(words)
    _replace_file(path / WORDS_FILE, "".join(f"{word}\t{count}\n" for word, count in sorted(merged.items())))


def read_people(path: Path) -> dict[str, Any]:
    """The people file: {"generation": int, "names": {council: {name as indexed: name shown}}}."""
    try:
        data = json.loads((path / PEOPLE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"generation": -1, "names": {}}
    if not isinstance(data, dict) or not isinstance(data.get("names"), dict):
        return {"generation": -1, "names": {}}
    return data


def write_people(path: Path, generation: int, names: dict[str, dict[str, str]]) -> None:
    """Replace the people file in one rename."""
    _replace_file(path / PEOPLE_FILE, json.dumps({"generation": generation, "names": names}, ensure_ascii=False, sort_keys=True))


def read_notes(path: Path) -> dict[str, Any]:
    """The notes file with the journal's later entries over it: {document id: notes}; empty when absent."""
    try:
        data = json.loads((path / NOTES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    notes = data if isinstance(data, dict) else {}
    try:
        with open(path / NOTES_JOURNAL, encoding="utf-8") as handle:
            for line in handle:
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue  # a line cut short by a kill
                if isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str):
                    notes[entry[0]] = entry[1]
    except OSError:
        pass
    return notes


def append_notes(path: Path, notes: dict[str, Any]) -> None:
    """Add notes of some documents to the journal (cheap, before each commit; a kill loses at most a cut line)."""
    with open(path / NOTES_JOURNAL, "a", encoding="utf-8") as handle:
        # ASCII escapes: a file name undecodable as UTF-8 carries surrogates, which UTF-8 cannot write.
        handle.write("".join(json.dumps([doc_id, note]) + "\n" for doc_id, note in notes.items()))
        handle.flush()
        os.fsync(handle.fileno())


def write_notes(path: Path, notes: dict[str, Any]) -> None:
    """Replace the notes file in one rename and empty the journal."""
    _replace_file(path / NOTES_FILE, json.dumps(notes, sort_keys=True))  # ASCII escapes, as the journal
    (path / NOTES_JOURNAL).unlink(missing_ok=True)
