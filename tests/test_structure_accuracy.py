"""Council, committee and date extraction over the hand-labelled sample of real documents."""
import importlib.util
from pathlib import Path

from conftest import shared_corpus

ROOT = Path(__file__).resolve().parents[1]


def test_structure_accuracy_on_labelled_sample():
    corpus = shared_corpus()
    spec = importlib.util.spec_from_file_location("structure_accuracy", ROOT / "scripts" / "structure_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.measure(corpus)
    assert result["documents"] >= 60
    for field in ("council", "date"):
        assert result["accuracy"][field] >= 0.95, (field, result["misses"])
    assert result["accuracy"]["committee"] >= 0.93, result["misses"]
    assert sum(result["invented_where_not_stated"].values()) <= 1
