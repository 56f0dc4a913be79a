"""Shared fixtures: an index built from the project's own corpus/, the app and a client on it."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from indexer.build import build
from search_service import create_app

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


def pytest_addoption(parser):
    parser.addoption("--run-soak", action="store_true", help="run the long soak tests")


def pytest_configure(config):
    config.addinivalue_line("markers", "soak: long-running soak test, run by `make soak`")
    config.addinivalue_line("markers", "browser: drives Debian's chromium with Playwright")
    config.addinivalue_line("markers", "timing: compares parse times of generated inputs (run alone with -m timing)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--run-soak"):
        return
    skip = pytest.mark.skip(reason="soak test: run with `make soak`")
    for item in items:
        if "soak" in item.keywords:
            item.add_marker(skip)


def shared_corpus() -> Path:
    """../shared/corpus, or skip the test with the reason."""
    if not SHARED_CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout (tests on the real corpus need it)")
    return SHARED_CORPUS


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory) -> Path:
    """The project's corpus/ indexed once for the whole session."""
    index_dir = tmp_path_factory.mktemp("corpus-index") / "index"
    report = build([str(CORPUS)], str(index_dir), workers=2)
    assert not report.failed, report.failed
    return index_dir


def _testing_app(index_dir: Path):
    app = create_app({"INDEX_DIR": str(index_dir)})
    app.config["TESTING"] = True
    return app


@pytest.fixture(scope="session")
def app(corpus_index):
    return _testing_app(corpus_index)


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture()
def seeds_copy(tmp_path) -> Path:
    """A private copy of the seed documents that a test may change."""
    target = tmp_path / "docs"
    shutil.copytree(CORPUS / "seeds", target)
    return target


MARKUP = '<script>alert("x")</script>'


@pytest.fixture(scope="session")
def markup_index(tmp_path_factory) -> Path:
    """A tiny index whose text, title, council and committee hold markup and spreadsheet formulas."""
    import json

    docs = tmp_path_factory.mktemp("markup-docs")
    (docs / "hostile.txt").write_text(
        f"The library closure was discussed {MARKUP} & <b>cuts</b> \"quoted\" 'single' were agreed by the committee.\n\n"
        "=HYPERLINK(\"http://evil.example\",\"click\") library\n\n"
        "+44 library phone line\n\n"
        "-5 library budget change\n\n"
        "@SUM(A1) library formula\n\n"
        "Library opening hours were reviewed by the committee.\n",
        encoding="utf-8",
    )
    (docs / "hostile.meta.json").write_text(json.dumps({
        "council": f"Evil {MARKUP} Council", "committee": f"=cmd|' /C calc'!A0 {MARKUP}",
        "date": "2024-05-01", "title": f"Title {MARKUP} &amp;", "url": "https://example.org/a?b=1&c=<2>",
    }), encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("markup-index") / "index"
    report = build([str(docs)], str(index_dir), workers=1)
    assert not report.failed, report.failed
    return index_dir


@pytest.fixture(scope="session")
def markup_app(markup_index):
    return _testing_app(markup_index)


@pytest.fixture()
def inbox():
    """A real SMTP server on a free localhost port (aiosmtpd); yields (inbox, port)."""
    from aiosmtpd.controller import Controller

    from alerts_helpers import Inbox, free_port

    box = Inbox()
    port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield box, port
    finally:
        controller.stop()


def item_of(paragraphs, start: str) -> tuple[str | None, str | None]:
    """The (number, title) of the item holding the first paragraph that opens with `start`."""
    found = [p for p in paragraphs if p.text.startswith(start)]
    assert found, start
    return found[0].item_number, found[0].item_title


def only_motion(document):
    """The one motion found in a document (the test fails, listing them, if there are more or none)."""
    from indexer.motions import find_motions

    motions = find_motions(document)
    assert len(motions) == 1, [(m.proposer, m.seconder, m.text) for m in motions]
    return motions[0]


def speakers_by_text(text: str) -> dict[str, list[str]]:
    """Each paragraph's speakers, by its text, for minutes given as plain text (structure, then speakers)."""
    from indexer.loaders.text import read_text
    from indexer.model import Document
    from indexer.speakers import assign_speakers
    from indexer.structure import find_structure

    structured = find_structure(read_text(text))
    document = Document("d", "/x", "x.txt", "text", "h", paragraphs=structured.paragraphs)
    assign_speakers(document)
    return {p.text: p.speakers for p in document.paragraphs}
