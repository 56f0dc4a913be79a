"""The blind extraction labels quote their documents exactly, so a miss in a score is the indexer's, not a typo in a label."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import shared_corpus

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize("labels", ["extraction_blind2", "extraction_blind3", "extraction_blind4", "extraction_blind5", "extraction_blind6", "extraction_blind7"])
def test_every_speaker_quote_occurs_in_its_document(labels):
    corpus = shared_corpus()
    done = subprocess.run(
        [sys.executable, str(DATA / "extraction_blind2" / "verify_quotes.py"), str(corpus), str(DATA / labels / "labels.jsonl")],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:]
    assert " 0 missing" in done.stdout


def _collapsed(text: str) -> str:
    """Whitespace collapsed, Markdown emphasis and escapes dropped, as the motion labellers quote."""
    return " ".join(text.replace("*", "").replace("\\", "").split())


@pytest.mark.parametrize("labels", ["blind5", "blind6"])
def test_every_motion_quote_occurs_in_its_document(labels):
    corpus = shared_corpus()
    missing = []
    for line in (DATA / "motions" / labels / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        document = _collapsed((corpus / label["file"]).read_text(encoding="utf-8"))
        for motion in label["motions"]:
            for field in ("text_start", "resolution_start"):
                if motion.get(field) and _collapsed(motion[field]) not in document:
                    missing.append((label["file"], motion[field]))
    assert not missing
