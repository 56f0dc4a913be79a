"""Snippets: only <mark> is markup; everything else in a paragraph, and every field on a page, is escaped."""
from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from search_service.snippets import highlight, highlight_all

MARKUPISH = st.lists(st.sampled_from(list("<>&\"'/=;#x ab") + ["<script>", "&amp;", "&#34;", "</mark>", "<mark>", "…", "é", "\u202e", "😀", "\x00", "\n"]), max_size=120).map("".join)
TEXT = st.one_of(st.text(), MARKUPISH, st.lists(st.sampled_from(["<b>", "&", "word", " ", "…", "ü", "</mark>", "&lt;"]), max_size=200).map("".join))
SPANS = st.lists(st.tuples(st.integers(-5, 600), st.integers(-5, 600)), max_size=10)
ENTITY = re.compile(r"&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);")


def _is_subsequence(shown: str, text: str) -> bool:
    it = iter(text)
    return all(char in it for char in shown)


@settings(max_examples=400, deadline=None)
@given(TEXT, SPANS, st.sampled_from([300, 40, 5, 10_000]))
def test_only_mark_is_markup_and_the_text_is_the_paragraphs_own(text, spans, size):
    out = str(highlight(text, spans, size=size))
    assert out.count("<mark>") == out.count("</mark>")
    bare = out.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in bare and ">" not in bare
    assert "&" not in ENTITY.sub("", bare)  # every & starts an entity
    shown = html.unescape(bare)
    assert _is_subsequence(shown.replace("…", ""), text.replace("…", ""))
    if size >= len(text):
        assert shown == text


@settings(max_examples=200, deadline=None)
@given(TEXT, SPANS)
def test_marked_parts_are_the_spans(text, spans):
    out = str(highlight_all(text, spans))
    assert html.unescape(out.replace("<mark>", "").replace("</mark>", "")) == text
    for marked in re.findall(r"<mark>(.*?)</mark>", out, flags=re.S):
        assert html.unescape(marked) in text and marked


def test_markup_in_a_paragraph_is_shown_as_text():
    text = '<script>alert("x")</script> Library <b>closure</b> & cuts'
    start = text.index("Library")
    out = str(highlight_all(text, [(start, start + len("Library"))]))
    assert out.startswith("&lt;script&gt;") and "<mark>Library</mark>" in out and "&amp; cuts" in out


def _assert_no_live_markup(page: str) -> None:
    assert "<script>alert" not in page and "<b>cuts" not in page
    assert "&lt;script&gt;" in page


def test_every_field_is_escaped_on_the_search_page(markup_app):
    c = markup_app.test_client()
    response = c.get("/?q=library")
    assert response.status_code == 200
    page = response.data.decode()
    _assert_no_live_markup(page)
    # The only script is the site's own file (filters on phones); no script text is written into the page.
    assert re.findall(r"<script[^>]*>", page) == [re.search(r'<script src="/static/search\.js\?v=[0-9a-f]+" defer>', page).group(0)]
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Council" in page  # council in results and facets
    assert "=cmd|&#39; /C calc&#39;!A0 &lt;script&gt;" in page  # committee
    hostile_q = c.get("/", query_string={"q": '"><script>alert(1)</script>', "committee": "<img src=x onerror=alert(1)>"}).data.decode()
    assert "<script>alert(1)" not in hostile_q and "<img src=x" not in hostile_q


def test_every_field_is_escaped_on_the_document_page(markup_app):
    c = markup_app.test_client()
    hit = c.get("/api/search?q=closure").get_json()["hits"][0]
    page = c.get(hit["url"]).data.decode()
    _assert_no_live_markup(page)
    assert page.count("<script") == 1  # only the page's own document.js
    assert "Title &lt;script&gt;" in page and "&amp;amp;" in page  # title as written, escaped once
    assert "<mark>closure</mark>" in page
    assert 'href="https://example.org/a?b=1&amp;c=&lt;2&gt;"' in page
    hostile = c.get(f"/documents/{hit['document_id']}", query_string={"q": "<script>x</script>", "p": '"><script>'}).data.decode()
    assert hostile.count("<script") == 1


def _brute_force_start(spans, size):
    """The window start as first written: count, for every span, the spans a window from it holds."""
    best_start, best_count = spans[0][0], 0
    for first, _ in spans:
        count = sum(1 for s, e in spans if first <= s and e <= first + size)
        if count > best_count:
            best_start, best_count = first, count
    return best_start


def test_the_linear_window_chooses_what_the_brute_force_window_chooses():
    import random

    from search_service.snippets import _densest_start, _merge

    rng = random.Random(7)
    for _ in range(2000):
        length = rng.randint(1, 2000)
        spans = _merge([(s, s + rng.randint(0, 60)) for s in (rng.randint(-5, length) for _ in range(rng.randint(1, 60)))], length)
        if not spans:
            continue
        size = rng.choice([5, 40, 300, 1000])
        assert _densest_start(spans, size) == _brute_force_start(spans, size), (spans, size)


def test_snippet_time_grows_linearly_with_the_number_of_matches():
    import time

    def best_time(count: int) -> float:
        text = "word " * count
        spans = [(i * 5, i * 5 + 4) for i in range(count)]
        times = []
        for _ in range(3):
            started = time.perf_counter()
            highlight(text, spans)
            times.append(time.perf_counter() - started)
        return min(times)

    small, large = best_time(4000), best_time(40000)
    assert large < 30 * small, (small, large)  # quadratic would be about 100 times
