"""The fast tokenizers the writer and reader use agree exactly with the index's analyzer."""
from __future__ import annotations

from engine.analysis import analysed_spans, analysed_words, text_analyzer
from tests.conftest import CORPUS

TRICKY = [
    "Cllr. O'Brien’s S.106 agreement (£1.5m) for 2024/25: councils' decisions",
    "Café naïve Ærø — 3rd-party_data e.g. www.kent.gov.uk running RUNNING ran",
    "",
    "   \n\t",
]


def _texts() -> list[str]:
    texts = list(TRICKY)
    for path in sorted(CORPUS.rglob("*")):
        if path.suffix in (".txt", ".md", ".html", ".htm"):
            texts += path.read_text(encoding="utf-8", errors="replace").split("\n\n")
    return texts


def test_spans_and_words_are_the_index_analyzers_tokens():
    analyzer = text_analyzer()
    compared = 0
    for text in _texts():
        expected = [(t.text, t.startchar, t.endchar) for t in analyzer(text, chars=True, removestops=False)]
        assert analysed_spans(text) == expected, text[:80]
        assert analysed_words(text) == [word for word, _, _ in expected]
        compared += len(expected)
    assert compared > 1000


def test_indexing_shortcut_gives_the_pipelines_postings():
    """ArrayPositions reads a TextAnalyzer's words directly; the postings equal those of Whoosh's token pipeline."""
    from whoosh.analysis.analyzers import CompositeAnalyzer

    from engine.format import ArrayPositions

    fast = text_analyzer()
    plain = CompositeAnalyzer(*fast.items)
    assert type(plain) is not type(fast)
    positions = ArrayPositions()
    for text in _texts()[:400]:
        assert list(positions.word_values(text, fast)) == list(positions.word_values(text, plain)), text[:80]


def test_spans_by_initials_are_the_spans_whose_words_start_so():
    """Highlighting's shortcut gives every word an initial-filtered analysis should, and no other ASCII one."""
    from engine.analysis import _TOKEN, snowball_stem

    printed = {m.group(0).lower() for text in _texts() for m in _TOKEN.finditer(text)}
    printed |= {"dying", "lying", "tying", "skies", "early", "only", "idly", "yelling", "youth", "ya"}
    assert [w for w in printed if snowball_stem(w)[:1] != w[:1]] == [], "Snowball keeps a word's first letter"
    for initials in (frozenset("c"), frozenset("sd1"), frozenset("a'"), frozenset("é"), frozenset("mp")):
        for text in _texts():
            everything = analysed_spans(text)
            expected = [span for span in everything if span[0][:1] in initials]
            got = analysed_spans(text, initials)
            assert set(expected) <= set(got), text[:80]
            assert all(span in everything for span in got), text[:80]
            assert all(span[0][:1] in initials or not span[0][:1].isascii() for span in got), text[:80]
