"""Word (.docx) documents: headings, numbered paragraphs, table rows, tracked changes, damaged files."""
from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from conftest import shared_corpus
from engine.reader import IndexReader, SearchRequest
from indexer.build import build
from indexer.loaders import load
from search_service import create_app

ROOT = Path(__file__).resolve().parents[1]
DISPOSITION = ROOT / "tests" / "data" / "word" / "Disposition-2015-03-25.docx"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _blocks(path: Path):
    loaded = load(str(path))
    assert loaded.format == "docx"
    return loaded.blocks


def test_real_disposition_gives_its_headings_rows_and_numbered_paragraphs():
    # Read by hand from word/document.xml (unzip -p ... word/document.xml): the bold title lines,
    # the first row of the first table of report items, and in Motion 1 two paragraphs numbered
    # by Word (numId 11 -> abstractNum 10: numFmt upperLetter, lvlText "%1.") that print "A." and "B.".
    blocks = _blocks(DISPOSITION)
    headings = [b.text for b in blocks if b.heading]
    assert "DISPOSITION OF ITEMS" in headings and "WEDNESDAY, MARCH 25, 2015" in headings
    rows = [b.text for b in blocks if b.table_row]
    assert "1 | Rezoning – 260 Wellington Crescent – DAZ 235/2014 | ADOPTED" in rows
    # Merged header cells are read once, not once per grid column they span.
    assert not any(r.startswith("REPORT OF THE EXECUTIVE POLICY COMMITTEE dated March 4, 2015 |") for r in rows)
    motion = next(r for r in rows if r.startswith("1 | Orlikow / Browaty | That the Declaration of Expropriation dated April 30, 2014"))
    assert "A. mines, minerals and named substances" in motion
    assert "B. reservations in favour of the Crown" in motion
    assert motion.endswith("| CARRIED")


def test_word_is_told_by_content_not_by_name(tmp_path):
    renamed = tmp_path / "minutes.pdf"
    shutil.copy(DISPOSITION, renamed)
    assert load(str(renamed)).format == "docx"


def _made_up(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Planning Committee", level=1)
    document.add_paragraph("Apologies were received from three members.", style="List Number")
    document.add_paragraph("The minutes of the last meeting were agreed.", style="List Number")
    bold = document.add_paragraph().add_run("Matters arising")
    bold.bold = True
    document.add_paragraph("Residents raised the state of the footpaths.", style="List Bullet")
    table = document.add_table(rows=2, cols=3)
    for row, values in zip(table.rows, (("Application", "Decision", "Vote"), ("Barn conversion", "Refused", "5-2"))):
        for cell, value in zip(row.cells, values):
            cell.text = value
    body = document.element.body
    # Tracked changes, as Word writes them: a deletion and an insertion inside one paragraph,
    # an insertion holding a whole run, and a table row deleted with changes tracked.
    body.insert(len(body) - 1, parse_xml(
        f'<w:p {W_NS}><w:r><w:t xml:space="preserve">The clerk reported the </w:t></w:r>'
        '<w:del w:id="1" w:author="Clerk" w:date="2025-01-01T00:00:00Z"><w:r><w:delText>obsolete quagmire</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="Clerk" w:date="2025-01-01T00:00:00Z"><w:r><w:t>revised zeppelin</w:t></w:r></w:ins>'
        '<w:r><w:t xml:space="preserve"> budget.</w:t></w:r></w:p>'
    ))
    row = parse_xml(
        f'<w:tr {W_NS}><w:trPr><w:del w:id="3" w:author="Clerk" w:date="2025-01-01T00:00:00Z"/></w:trPr>'
        '<w:tc><w:p><w:r><w:t>Withdrawn</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>marmalade</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>0-0</w:t></w:r></w:p></w:tc></w:tr>'
    )
    table._tbl.append(row)
    path = tmp_path / "docs" / "made-up"  # no extension: the format is told by content
    path.parent.mkdir()
    document.save(str(path))
    return path


def test_made_up_document_numbers_bullets_heading_and_rows(tmp_path):
    blocks = _blocks(_made_up(tmp_path))
    by_text = {b.text: b for b in blocks}
    assert by_text["Planning Committee"].heading
    assert by_text["Matters arising"].heading  # a short line all in bold
    assert by_text["Apologies were received from three members."].label == "1"
    assert by_text["The minutes of the last meeting were agreed."].label == "2"
    assert by_text["Residents raised the state of the footpaths."].bullet
    assert by_text["Barn conversion | Refused | 5-2"].table_row
    assert "The clerk reported the revised zeppelin budget." in by_text


def test_python_docx_paragraph_text_drops_insertions_so_we_read_the_xml(tmp_path):
    # Why the loader collects text itself: python-docx reads only a paragraph's direct runs.
    path = _made_up(tmp_path)
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "The clerk reported the  budget." in texts  # python-docx: the inserted words are missing


def test_tracked_deletions_are_not_indexed_and_insertions_are(tmp_path):
    path = _made_up(tmp_path)
    index_dir = tmp_path / "index"
    report = build([str(path.parent)], str(index_dir), workers=1)
    assert report.indexed == 1 and not report.failed
    reader = IndexReader(index_dir)
    assert reader.search(SearchRequest(q="zeppelin")).total == 1
    assert reader.search(SearchRequest(q="quagmire")).total == 0
    assert reader.search(SearchRequest(q="obsolete")).total == 0
    assert reader.search(SearchRequest(q="marmalade")).total == 0  # the deleted row


def _damaged(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "damaged"
    folder.mkdir()
    data = DISPOSITION.read_bytes()
    (folder / "truncated.docx").write_bytes(data[: len(data) // 2])
    with zipfile.ZipFile(folder / "not-word.docx", "w") as archive:
        archive.writestr("hello.txt", "just a zip")
    with zipfile.ZipFile(folder / "bad-xml.docx", "w") as archive, zipfile.ZipFile(DISPOSITION) as source:
        for item in source.infolist():
            archive.writestr(item, b"<w:document><w:body><w:p>" if item.filename == "word/document.xml" else source.read(item))
    with zipfile.ZipFile(folder / "bad-number.docx", "w") as archive, zipfile.ZipFile(DISPOSITION) as source:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b'<w:ilvl w:val="0"/><w:numId w:val="12"/>', b'<w:ilvl w:val="x"/><w:numId w:val="12"/>', 1)
            archive.writestr(item, data)
    return {name: folder / name for name in ("truncated.docx", "not-word.docx", "bad-xml.docx", "bad-number.docx")}


def test_damaged_word_documents_are_reported_and_skipped(tmp_path):
    files = _damaged(tmp_path)
    shutil.copy(DISPOSITION, files["truncated.docx"].parent / "good.docx")
    report = build([str(files["truncated.docx"].parent)], str(tmp_path / "index"), workers=1)
    assert report.indexed == 1
    reasons = {Path(path).name: reason for path, reason in report.failed}
    assert set(reasons) == set(files)
    assert "Word document" in reasons["truncated.docx"]
    assert "not a Word document" in reasons["not-word.docx"]
    assert reasons["bad-xml.docx"].startswith("damaged Word document")
    assert reasons["bad-number.docx"].startswith("damaged Word document: ValueError")


def test_cli_build_then_api_finds_a_sentence_of_the_word_document(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(DISPOSITION, docs)
    index_dir = tmp_path / "index"
    done = subprocess.run([sys.executable, "-m", "indexer", "build", str(docs), "--index", str(index_dir)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    client = create_app({"INDEX_DIR": str(index_dir)}).test_client()
    # A sentence of Motion 1, as document.xml has it.
    answer = client.get('/api/search?q="rather than a full taking which in the opinion of the Inquiry Officer"').get_json()
    # Motion 1 prints the sentence twice, and its ~2,600 characters are read as two passages (at most
    # ~1,500 each, split between sentences): each passage holds the sentence once.
    assert answer["total"] == 2 and len({h["document_id"] for h in answer["hits"]}) == 1
    hit = next(h for h in answer["hits"] if "496 and 500 Madison Avenue" in h["text"])
    assert hit["kind"] == "other" and all(len(h["text"]) <= 1500 for h in answer["hits"])
    assert client.get(f"/api/paragraphs/{hit['id']}").get_json()["ocr"] is False


def test_shared_hansard_reads_its_speeches():
    # Read by hand from the Hansard's document.xml: the opening lines and a speech further on.
    path = shared_corpus() / "winnipeg" / "ms_word_council_docs" / "Hansard-2015-03-25.docx"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    texts = [b.text for b in _blocks(path)]
    assert "The opening prayer was read by Councillor Gillingham." in texts
    assert any(t.startswith("Councillor Lukes moves that the Minutes of the meeting held on February 25, 2015") for t in texts)


def test_minutes_laid_out_as_a_table_keep_their_minute_numbers_and_paragraphs(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    number, text = table.rows[0].cells
    number.text = "23/45"
    text.paragraphs[0].add_run("Planning applications").bold = True
    text.add_paragraph("The council considered the application for a garage at the rear of the village hall "
                       "and resolved to support it, subject to the hours of building work being limited.")
    text.add_paragraph("Councillor Ash abstained.")
    table.rows[1].cells[0].text = "Budget"
    table.rows[1].cells[1].text = "£4,500"
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    blocks = _blocks(path)
    assert [(b.text, b.heading, b.table_row) for b in blocks] == [
        ("23/45 Planning applications", True, False),
        ("The council considered the application for a garage at the rear of the village hall and resolved to "
         "support it, subject to the hours of building work being limited.", False, False),
        ("Councillor Ash abstained.", False, False),
        ("Budget | £4,500", False, True),
    ]


def test_multilevel_numbering_prints_as_word_prints_it(tmp_path):
    # Labels worked out by hand from ECMA-376's numbering rules: a level counts from its start,
    # a higher level restarts the levels below it, "%1.%2" prints both counters, and a list
    # instance with a startOverride restarts at that number.
    document = docx.Document()
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate((("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "(%3)"), ("upperRoman", "%4)")))
    )
    numbering.append(parse_xml(f'<w:abstractNum {W_NS} w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(
        f'<w:num {W_NS} w:numId="91"><w:abstractNumId w:val="90"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
    ))
    plan = [(90, 0), (90, 1), (90, 1), (90, 2), (90, 2), (90, 3), (90, 0), (90, 1), (91, 0), (91, 0)]
    for index, (num_id, level) in enumerate(plan):
        paragraph = document.add_paragraph(f"The council noted report number {index} on the matter.")
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {W_NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        ))
    path = tmp_path / "numbered.docx"
    document.save(str(path))
    labels = [b.label for b in _blocks(path)]
    assert labels == ["1", "1.1", "1.2", "(a)", "(b)", "I)", "2", "2.1", "5", "6"]
