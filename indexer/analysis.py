"""Language work on documents: sentence splitting (nltk's Punkt, no downloaded data) and shared patterns.

The index's own analysis (stems, stop words, word pairs) lives in engine/analysis.py.
"""
from __future__ import annotations

from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

# Abbreviations that end in a full stop but do not end a sentence in council papers.
ABBREVIATIONS = frozenset(
    """cllr cllrs mr mrs ms miss dr prof rev revd sir st no nos para paras cl cls app apps
    approx ref refs tel fax ext dept govt co ltd plc inc etc e.g i.e cf vs viz sec secs fig figs
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    p pp vol cc gen hon rt cttee encl clir cmhlr supt insp sgt""".split()
)

# A recorded vote's group label, "For (57)" or "Abstain (2)": the loaders and the structure finder
# both need to know one when they see it.
VOTE_GROUP = r"(?:For|Against|Abstain(?:ed|ing)?|Abstentions?)\s*\(\d+\)"


@lru_cache(maxsize=1)
def _sentence_tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence of text starts and ends (Punkt, as split_sentences)."""
    return list(_sentence_tokenizer().span_tokenize(text)) if text.strip() else []


def split_sentences(text: str) -> list[str]:
    """Split text into sentences; "Cllr.", "Mr.", "para.", "No." do not end one."""
    text = text.strip()
    if not text:
        return []
    return _sentence_tokenizer().tokenize(text)
