"""Snippets: only <mark> is markup; everything else in the paragraph is escaped."""
from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st

from search_service.snippets import highlight, highlight_all


@settings(max_examples=300, deadline=None)
@given(st.text(), st.lists(st.tuples(st.integers(-5, 400), st.integers(-5, 400)), max_size=8))
def test_only_mark_is_left_unescaped(text, spans):
    out = str(highlight(text, spans))
    bare = out.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in bare and ">" not in bare and '"' not in bare
    # What the reader sees is the paragraph's own text, in order.
    shown = html.unescape(bare).replace("…", "")
    assert shown in text.replace("…", "") or not shown.strip()


def test_markup_in_a_paragraph_is_shown_as_text():
    text = '<script>alert("x")</script> Library <b>closure</b> & cuts'
    start = text.index("Library")
    out = str(highlight_all(text, [(start, start + len("Library"))]))
    assert out.startswith("&lt;script&gt;") and "<mark>Library</mark>" in out and "&amp; cuts" in out
