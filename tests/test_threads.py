"""Many threads of one worker read one index while it is committed to and rebuilt: no errors, no wrong answers.

Whoosh's readers are not thread-safe; the engine lends each request a searcher of its own, and a
read error is an error (IndexUnavailable, a 503), never "no match". Every answer must equal the
one a single thread gets from a quiet index.
"""
from __future__ import annotations

import threading
import time

from bench.generate import Generator
from engine.reader import IndexReader, SearchRequest
from engine.writer import open_session

THREADS = 4  # twice gunicorn's threads per worker
SECONDS = 4.0
MAX_REQUESTS_PER_THREAD = 5000
QUERIES = ["council", "planning application", '"the council"', "budget OR finance", "highway* NOT road", "committee:cabinet report", ""]


def _documents():
    return list(Generator(5).documents(1200))


def _write(index_dir, documents, rebuild: bool = False) -> None:
    with open_session(index_dir, rebuild=rebuild, writers=1) as session:
        for document in documents:
            session.replace(document)
            if session.pending_documents >= 4:
                session.commit()  # several commits, each switching what readers see


def _answer(reader: IndexReader, q: str) -> tuple:
    """What a user sees that does not depend on internal document numbers: total and facet counts."""
    result = reader.search(SearchRequest(q=q, per_page=5))
    return result.total, result.facets


def test_threads_get_the_single_threaded_answers_during_commits_and_rebuilds(tmp_path):
    documents = _documents()
    index_dir = tmp_path / "index"
    _write(index_dir, documents)
    expected = {q: _answer(IndexReader(index_dir), q) for q in QUERIES}
    paragraph_ids = [f"{d.document_id}-{p.position}" for d in documents[:5] for p in d.paragraphs[:3]]
    texts = {f"{d.document_id}-{p.position}": p.text for d in documents[:5] for p in d.paragraphs[:3]}

    reader = IndexReader(index_dir)
    failures: list[str] = []
    answered = [0]
    stop = threading.Event()
    lock = threading.Lock()

    def hammer(number: int) -> None:
        for request_number in range(MAX_REQUESTS_PER_THREAD):
            if stop.is_set():
                return
            q = QUERIES[(number + request_number) % len(QUERIES)]
            try:
                got = _answer(reader, q)
                if got != expected[q]:
                    failures.append(f"{q!r}: total {got[0]}, expected {expected[q][0]}")
                pid = paragraph_ids[(number + request_number) % len(paragraph_ids)]
                fields = reader.paragraph(pid)
                if fields is None or fields["text"] != texts[pid]:
                    failures.append(f"paragraph {pid}: {'missing' if fields is None else 'wrong text'}")
            except Exception as error:  # any error at all fails the test
                failures.append(f"{q!r}: {error!r}")
            with lock:
                answered[0] += 1
            time.sleep(0.001)  # let the writer in: Python threads share one interpreter lock

    threads = [threading.Thread(target=hammer, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    started = time.monotonic()
    rounds = 0
    try:
        # The same documents written again (new docnums, same answers), then rebuilt under the readers.
        while time.monotonic() - started < SECONDS:
            _write(index_dir, documents[rounds % 3 :: 3])
            _write(index_dir, documents, rebuild=True)
            rounds += 1
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
    assert not failures, f"{len(failures)} failures in {answered[0]} answers, e.g. {failures[:5]}"
    assert answered[0] > 100 and rounds >= 1
    time.sleep(1.1)  # readers look for a new commit at most once a second
    assert reader.snapshot().path == index_dir.resolve()  # the readers moved to the last rebuilt generation
