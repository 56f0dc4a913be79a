"""The blind extraction labels quote their documents exactly, so a miss in a score is the indexer's, not a typo in a label."""
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import shared_corpus

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize("labels", ["extraction_blind2", "extraction_blind3", "extraction_blind4", "extraction_blind5"])
def test_every_speaker_quote_occurs_in_its_document(labels):
    corpus = shared_corpus()
    done = subprocess.run(
        [sys.executable, str(DATA / "extraction_blind2" / "verify_quotes.py"), str(corpus), str(DATA / labels / "labels.jsonl")],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:]
    assert " 0 missing" in done.stdout
