"""Loaders on generated input: linear time, HTML paragraphs kept apart, long paragraphs split, UTF-16 pages read."""
from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from indexer.loaders.html import read_html
from indexer.loaders.text import read_text
from indexer.pipeline import read_document
from indexer.settings import MAX_PARAGRAPH_CHARS

# Ten times the input may take at most this many times as long: linear work passes easily,
# quadratic work (a hundred times) does not, and a slow or busy machine changes both alike.
MAX_TIME_RATIO = 30


def short_lowercase_lines(size: int) -> str:
    words = "the council agreed plan road school budget and of to".split()
    rng = random.Random(size)
    lines, total = [], 0
    while total < size:
        line = " ".join(rng.choice(words) for _ in range(3))
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)


def nested_divs(count: int) -> str:
    return "<html><body>" + "<div>word " * count + "</div>" * count + "</body></html>"


def best_time(function, argument, repeats: int = 3):
    """The shortest of `repeats` runs, in seconds, and what the function returned."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        result = function(argument)
        times.append(time.perf_counter() - started)
    return min(times), result


@pytest.mark.timing
def test_text_of_short_lowercase_lines_takes_linear_time():
    small, large = short_lowercase_lines(50_000), short_lowercase_lines(500_000)
    (large_time, blocks), (small_time, _) = best_time(read_text, large, 1), best_time(read_text, small)
    assert large_time / small_time < MAX_TIME_RATIO, (large_time, small_time)
    assert " ".join(b.text for b in blocks).split() == large.split()  # no word lost in joining


@pytest.mark.timing
def test_deeply_nested_html_takes_linear_time():
    small, large = nested_divs(10_000), nested_divs(100_000)
    (large_time, (blocks, _)), (small_time, _) = best_time(read_html, large, 1), best_time(read_html, small, 2)
    assert large_time / small_time < MAX_TIME_RATIO, (large_time, small_time)
    assert " ".join(b.text for b in blocks).split() == ["word"] * 100_000


def test_separate_html_paragraphs_that_start_in_lower_case_stay_separate():
    page = "<html><body><p>The council met on Monday</p><p>members then walked the site</p><p>and voted for the plan</p></body></html>"
    blocks, _ = read_html(page)
    assert [b.text for b in blocks] == ["The council met on Monday", "members then walked the site", "and voted for the plan"]


def test_a_line_break_inside_one_html_paragraph_still_joins_a_wrapped_sentence():
    blocks, _ = read_html("<html><body><p>The council agreed to<br>extend the car park.</p></body></html>")
    assert [b.text for b in blocks] == ["The council agreed to extend the car park."]


def test_a_one_line_page_is_split_into_bounded_paragraphs_keeping_every_word(tmp_path):
    rng = random.Random(3)
    sentences = [" ".join(rng.choice(["council", "road", "budget", "plan"]) for _ in range(12)).capitalize() + "." for _ in range(2500)]
    text = " ".join(sentences)
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><p>{text}</p></body></html>")
    document = read_document(str(page), str(tmp_path))
    assert len(document.paragraphs) > len(text) // MAX_PARAGRAPH_CHARS
    assert all(len(p.text) <= MAX_PARAGRAPH_CHARS for p in document.paragraphs)
    assert all(p.text.endswith(".") for p in document.paragraphs)  # cut at sentence ends
    assert " ".join(p.text for p in document.paragraphs).split() == text.split()
    assert [p.position for p in document.paragraphs] == list(range(len(document.paragraphs)))


def test_a_paragraph_without_spaces_is_cut_without_losing_characters(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("x" * (MAX_PARAGRAPH_CHARS * 2 + 5))
    document = read_document(str(page), str(tmp_path))
    assert [len(p.text) for p in document.paragraphs] == [MAX_PARAGRAPH_CHARS, MAX_PARAGRAPH_CHARS, 5]


def _utf16_page(path: Path, encoding: str, bom: bytes = b"") -> Path:
    html = "<html><head><title>Café minutes</title></head><body><p>The zqxutf council agreed the café licence.</p></body></html>"
    path.write_bytes(bom + html.encode(encoding))
    return path


def test_utf16_html_pages_are_read(tmp_path):
    pages = [
        _utf16_page(tmp_path / "le.html", "utf-16-le", b"\xff\xfe"),
        _utf16_page(tmp_path / "be.html", "utf-16-be", b"\xfe\xff"),
        _utf16_page(tmp_path / "nobom.html", "utf-16-le"),
    ]
    for page in pages:
        document = read_document(str(page), str(tmp_path))
        assert document.format == "html", page.name
        assert [p.text for p in document.paragraphs] == ["The zqxutf council agreed the café licence."], page.name
