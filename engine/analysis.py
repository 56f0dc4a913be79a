"""The index's analysis: words, lowercasing, Snowball English stems (nltk, no downloaded data), word pairs, stop words."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from nltk.stem.snowball import SnowballStemmer
from whoosh.analysis import LowercaseFilter, RegexTokenizer, StemFilter, StopFilter, Token, Tokenizer
from whoosh.analysis.analyzers import CompositeAnalyzer

# Function words only. Months ("may", "march") and modal verbs that carry meaning in
# council business ("will", "must", "not") are deliberately kept searchable.
STOP_WORDS = frozenset(
    """a an and are as at be been but by for from had has have he her his i if in into is it
    its of on or our she so than that the their them then there these they this those to was
    we were which who whom with you your""".split()
)

TOKEN_PATTERN = r"\w+(?:[./'’]\w+)*"

_stemmer = SnowballStemmer("english", ignore_stopwords=False)
_TOKEN = re.compile(TOKEN_PATTERN, re.UNICODE)


@lru_cache(maxsize=200_000)
def snowball_stem(word: str) -> str:
    """Stem one lowercased word with nltk's Snowball English stemmer."""
    stem: str = _stemmer.stem(word)
    return stem


class TextAnalyzer(CompositeAnalyzer):
    """The index's analyzer, which can also give a text's words in order without the per-token pipeline."""

    def words(self, text: str) -> list[str]:
        """The analysed words of text, exactly the tokens the chain gives (tests/test_analysis.py holds this)."""
        return analysed_words(text)


def text_analyzer(remove_stop_words: bool = False) -> CompositeAnalyzer:
    """The analyzer for paragraph text: words, lowercased, Snowball stems.

    The index keeps every word, so a "phrase" matches exactly as printed (Whoosh would
    otherwise let "members of the risk" match "members risk"); the stop list is applied to
    the plain words of a query instead (see is_stop_word).
    """
    items = [RegexTokenizer(TOKEN_PATTERN), LowercaseFilter()]
    if remove_stop_words:
        items.append(StopFilter(stoplist=STOP_WORDS, minsize=1, renumber=False))
    items.append(StemFilter(stemfn=snowball_stem, cachesize=100000))
    return CompositeAnalyzer(*items) if remove_stop_words else TextAnalyzer(*items)


PRINTED_WORD = re.compile(r"[^\W\d_]{3,30}")  # a word "did you mean" offers or corrects: letters only

def printed_words(text: str) -> set[str]:
    """The distinct lowercased words of a text, letters only: the vocabulary "did you mean" offers."""
    return set(PRINTED_WORD.findall(text.lower()))


PAIR_WORDS_FILE = Path(__file__).resolve().parent / "data" / "pair_words.txt"
PAIR_JOIN = "+"  # never inside a token, so "council+tax" is unambiguous


def default_pair_words() -> frozenset[str]:
    """The analysed words whose adjacent pairs a new index holds (see scripts/pair_words.py)."""
    try:
        lines = PAIR_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return frozenset()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def analysed_words(text: str) -> list[str]:
    """The text's words as the index analyses them, in order (what the text field holds)."""
    return [snowball_stem(match.group(0).lower()) for match in _TOKEN.finditer(text)]


def analysed_spans(text: str, initials: frozenset[str] | None = None) -> list[tuple[str, int, int]]:
    """(analysed word, start, end) for each word of the text: text_analyzer's tokens, without its per-token overhead.

    With initials, only words whose analysed form starts with one of those letters (and any word
    starting with a non-ASCII letter) are given: how highlighting skips stemming most of a text.
    """
    pattern = _TOKEN if initials is None else _tokens_starting_with(frozenset(initials))
    return [(snowball_stem(match.group(0).lower()), match.start(), match.end()) for match in pattern.finditer(text)]


@lru_cache(maxsize=256)
def _tokens_starting_with(initials: frozenset[str]) -> re.Pattern[str]:
    # A token starts at a word character that neither follows one nor follows one and a joiner
    # ("106" in "S.106" is not a token). Snowball never changes a word's first letter, so a word
    # can only stem to a term with the same initial.
    letters = "".join(re.escape(c) for c in sorted(initials))
    start = rf"(?<!\w)(?<!\w[./'’])(?=(?i:[{letters}])|[^\x00-\x7f])" if letters else r"(?!)"
    return re.compile(start + TOKEN_PATTERN, re.UNICODE)


def word_pairs(words: list[str], pair_words: frozenset[str]) -> list[str]:
    """Adjacent pairs of analysed words where both are pair words, joined: ["council+tax", ...]."""
    return [f"{a}{PAIR_JOIN}{b}" for a, b in zip(words, words[1:]) if a in pair_words and b in pair_words]


# The text the index analysed last and its words in order: a paragraph's pairs are read off the
# text field's analysis (Whoosh indexes "text" just before "text_pairs") instead of a second one.
_last_analysed: tuple[str | None, list[str]] = (None, [])


def remember_words(text: str, words: list[str]) -> None:
    """Keep a text's analysed words for the pair tokenizer that comes next."""
    global _last_analysed
    _last_analysed = (text, words)


def _words_of(text: str) -> list[str]:
    remembered, words = _last_analysed
    if remembered is text or remembered == text:
        return words
    return analysed_words(text)


class PairTokenizer(Tokenizer):
    """Tokens for a text's adjacent pairs of pair words ("council+tax"), for the pairs field."""

    def __init__(self, pair_words: frozenset[str] | list[str]):
        self.pair_words = frozenset(pair_words)

    def __call__(self, value: str, positions: bool = False, chars: bool = False, keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0, start_char: int = 0, tokenize: bool = True, mode: str = "", **kwargs: Any) -> Iterator[Any]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for number, pair in enumerate(word_pairs(_words_of(value), self.pair_words)):
            token.text, token.boost, token.stopped = pair, 1.0, False
            if positions:
                token.pos = start_pos + number
            yield token


STOP_STEMS = frozenset(snowball_stem(word) for word in STOP_WORDS)


def is_stop_word(stemmed: str) -> bool:
    """True for an analysed query word that is on the stop list (searched only inside phrases)."""
    return stemmed in STOP_STEMS
