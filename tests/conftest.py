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


@pytest.fixture(scope="session")
def app(corpus_index):
    app = create_app({"INDEX_DIR": str(corpus_index)})
    app.config["TESTING"] = True
    return app


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture()
def seeds_copy(tmp_path) -> Path:
    """A private copy of the seed documents that a test may change."""
    target = tmp_path / "docs"
    shutil.copytree(CORPUS / "seeds", target)
    return target
