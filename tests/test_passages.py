"""Long paragraphs are indexed as passages of whole sentences that keep their context."""
from indexer.model import Paragraph
from indexer.pipeline import PASSAGE_CHARS, carry_speakers, read_document, split_passages


def _sentences(n: int) -> list[str]:
    return [f"Cllr. Smith said item {i} of the plan for St. Mary's Road was agreed by the council on 3 May." for i in range(n)]


def test_a_long_paragraph_becomes_passages_of_whole_sentences_with_its_context():
    sentences = _sentences(60)
    paragraph = Paragraph(text=" ".join(sentences), page=4, item_number="227/18", item_title="Clerk's Report", section="Minutes", kind="minutes", label="5.3")
    passages, continued = split_passages([paragraph], PASSAGE_CHARS)
    assert len(passages) > 1 and continued == [False] + [True] * (len(passages) - 1)
    assert all(len(p.text) <= PASSAGE_CHARS for p in passages)
    # Cut between sentences only ("Cllr." and "St." end none), and every word kept in order.
    assert all(p.text.startswith("Cllr. Smith said item") and p.text.endswith("3 May.") for p in passages)
    assert " ".join(p.text for p in passages).split() == paragraph.text.split()
    assert {(p.page, p.item_number, p.item_title, p.section, p.kind) for p in passages} == {(4, "227/18", "Clerk's Report", "Minutes", "minutes")}
    assert [p.label for p in passages] == ["5.3"] + [None] * (len(passages) - 1)
    assert [p.position for p in passages] == list(range(len(passages)))


def test_a_short_paragraph_is_left_alone():
    paragraph = Paragraph(text="The Council agreed the budget.")
    assert split_passages([paragraph], PASSAGE_CHARS) == ([paragraph], [False])


def test_a_passage_that_names_no_speaker_carries_on_with_the_speaker_before_it():
    passages = [Paragraph(text="a", speakers=["A Smith"]), Paragraph(text="b"), Paragraph(text="c", speakers=["B Jones"]), Paragraph(text="d")]
    carry_speakers(passages, [False, True, True, False])
    assert [p.speakers for p in passages] == [["A Smith"], ["A Smith"], ["B Jones"], []]


def test_no_indexed_paragraph_is_much_longer_than_a_passage(tmp_path):
    page = tmp_path / "minutes.txt"
    page.write_text("MINUTES of the meeting of the Cabinet held on Thursday, 9 January 2025\n\n" + " ".join(_sentences(200)) + "\n")
    document = read_document(str(page), str(tmp_path))
    assert len(document.paragraphs) > 5
    assert max(len(p.text) for p in document.paragraphs) <= PASSAGE_CHARS
    assert {p.speakers[0] for p in document.paragraphs if p.speakers} == {"Smith"}


def _long_paragraph(first: str, last: str, after: str) -> str:
    """One paragraph of about 2,400 characters: `first`, plain sentences, `last` just before the 1,500-character cut, then `after`."""
    filler = "The contractor had quoted for the work on the north side of the building in March."
    head = [first]
    while len(" ".join(head + [filler, last])) < PASSAGE_CHARS - 100:
        head.append(filler)
    tail = [after] + ["The work would be done in two stages over the summer months of next year."] * 10
    return " ".join(head + [last] + tail)


def test_a_passage_carries_on_only_the_turn_still_going_on_at_the_cut(tmp_path):
    page = tmp_path / "minutes.txt"
    page.write_text(
        "MINUTES of the meeting of Ashby Parish Council held on 4 March 2015\n\n"
        "Present: Cllr A Ames (Chairman), Cllr P Bell, Cllr R Cole.\n\n"
        + _long_paragraph("Cllr Ames advised that the hall roof needed repair.", "Cllr Bell reported that the footpath had been cleared.",
                          "She added that the gate would be painted.")
        + "\n\n"
        + _long_paragraph("Cllr Cole advised that the bus shelter was damaged.", "It was agreed that the Clerk would write to the contractor.",
                          "The shelter glass would be replaced by the Borough Council.")
        + "\n"
    )
    document = read_document(str(page), str(tmp_path))
    bell = next(i for i, p in enumerate(document.paragraphs) if "footpath had been cleared" in p.text)
    assert document.paragraphs[bell].speakers == ["A Ames", "P Bell"]
    assert "two stages" in document.paragraphs[bell + 1].text and document.paragraphs[bell + 1].speakers == ["P Bell"]
    agreed = next(i for i, p in enumerate(document.paragraphs) if "It was agreed that the Clerk would write" in p.text)
    assert document.paragraphs[agreed].speakers == ["R Cole"]
    assert "two stages" in document.paragraphs[agreed + 1].text and document.paragraphs[agreed + 1].speakers == []
