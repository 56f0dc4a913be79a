"""Minutes laid out as an HTML table whose cells hold many items (issue 14).

The snippet is hand-written after a layout seen in parish minutes: a number column listing several
item numbers one to a line (padded with empty lines where the text wraps) beside a text column
holding each item's bold title and its text. The expected items are what a reader would list.
"""
from indexer.loaders.cell_items import top_level_tables
from indexer.loaders.text import read_markdown
from indexer.structure import find_structure

from conftest import item_of

HEAD = "---\ntitle: Minutes\n---\n\nMinutes of the meeting of Upton Parish Council held on 3rd February 2015\n\n"

EMPTY = "<strong>&nbsp;</strong><div></div>"
NUMBERS = (
    "<td><strong>Item</strong><div></div><strong>15/02/1</strong><div></div>" + EMPTY * 4
    + "<strong>15/02/2</strong><div></div><strong>i)</strong><div></div>" + EMPTY
    + "<strong>ii)</strong><div></div>" + EMPTY * 3 + "<strong>15/02/3</strong></td>"
)
TEXT = (
    "<td>Cllr. Hill welcomed all to the meeting.<div></div>"
    "<strong>Speed Watch Talk</strong><div></div>"
    "PC Dale explained how the scheme works and what volunteers would be asked to do.<div></div>"
    "<strong>Resolved 15/02/1.01</strong><div></div>It was agreed to join the scheme.<div></div>"
    "<strong>Local Authority Reports:</strong><div></div>"
    "<strong>County Council</strong><div></div>No report was sent.<div></div>&nbsp;<div></div>"
    "<strong>District Council</strong><div></div>Cllr. Fox reported on the local plan.<div></div>"
    "<strong>Play Area Fencing</strong><div></div>A quote of £400 had been received.<div></div>"
    "<strong>Apologies for absence:</strong><div></div>Cllr. Moss.</td>"
)
TABLE = (
    f"<table><tbody><tr>{NUMBERS}{TEXT}<td><strong>Action</strong><div></div>Clerk</td></tr>"
    "<tr><td><strong>15/02/4</strong></td><td><strong>Declarations of Interest:</strong><div></div>None.</td><td></td></tr>"
    "</tbody></table>\n"
)


def _paragraphs(markdown: str):
    blocks, _ = read_markdown(HEAD + markdown)
    return find_structure(blocks).paragraphs


def test_items_held_in_one_table_cell_get_their_numbers_and_titles():
    paragraphs = _paragraphs(TABLE)
    assert item_of(paragraphs, "PC Dale explained") == ("15/02/1", "Speed Watch Talk")
    # Decided under item 1: a bold "Resolved ..." line is no title; it labels the resolution below it, in one paragraph.
    assert item_of(paragraphs, "Resolved 15/02/1.01: It was agreed to join")[0] == "15/02/1"
    # "Local Authority Reports:" has no text of its own: its heading is its paragraph.
    assert item_of(paragraphs, "Local Authority Reports") == ("15/02/2", "Local Authority Reports")
    assert item_of(paragraphs, "No report was sent") == ("i)", "County Council")
    assert item_of(paragraphs, "Cllr. Fox reported") == ("ii)", "District Council")
    # A bold sub-topic the number column gives no number: an item of its own, unnumbered.
    assert item_of(paragraphs, "A quote of £400") == (None, "Play Area Fencing")
    assert item_of(paragraphs, "Cllr. Moss") == ("15/02/3", "Apologies for absence")
    # A row of one item is read the same way.
    assert item_of(paragraphs, "None.") == ("15/02/4", "Declarations of Interest")
    # Every line of the text cell is a paragraph of its own, not one paragraph for the row.
    assert not any("|" in p.text and "welcomed" in p.text for p in paragraphs)


def test_an_ordinary_table_stays_one_line_per_row():
    blocks, _ = read_markdown(HEAD + "<table><tr><td>Mrs A Ward</td><td>Salary</td><td>£153.74</td></tr><tr><td>4.</td><td>Eon</td></tr></table>\n")
    assert [b.text for b in blocks if b.table_row] == ["Mrs A Ward | Salary | £153.74", "4. | Eon"]


def test_a_table_inside_a_cell_stays_inside_the_outer_table():
    body = "a <table><tr><td><table><tr><td>x</td></tr></table></td></tr></table> b <table><tr><td>y</td></tr></table>"
    spans = top_level_tables(body)
    assert [body[start:end].count("<table") for start, end in spans] == [2, 1]


def test_a_cell_too_large_to_pair_stays_one_row():
    numbers = "<td>" + "".join(f"<strong>{n}.</strong><div></div>" for n in range(1, 200)) + "</td>"
    titles = "<td>" + "".join(f"<strong>Topic {n}</strong><div></div>Text of topic {n}.<div></div>" for n in range(1, 200)) + "</td>"
    blocks, _ = read_markdown(HEAD + f"<table><tr>{numbers}{titles}</tr></table>\n")
    assert not any(b.item for b in blocks)
    assert any(b.table_row and "Topic 199" in b.text for b in blocks)
