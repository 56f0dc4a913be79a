"""A man who sent apologies is not a woman of the same initial and surname who speaks (hand-made minutes)."""
from indexer.loaders.text import read_markdown
from indexer.model import Document
from indexer.speakers import assign_speakers
from indexer.structure import find_structure


def test_a_man_who_sent_apologies_is_not_a_woman_of_the_same_initial_and_surname_who_speaks():
    text = (
        "Minutes of Newton Parish Council held on 15 May 2013\n\n"
        "Those Attending Mrs M Ash, Mr J Birch, Mr T Elm, Mrs D Cedar, Mrs J Fir, Mr M Oak, Mrs S Yew and Mrs C Lime (Clerk)\n\n"
        "Apologies Mr J Hazel, Mr E Rowan and Borough Councillor C Willow\n\n"
        "Common Room\n\nElaine Rowan thanked the parish council for their support and gave a report on the common room.\n"
    )
    blocks, _ = read_markdown(text)
    document = Document(document_id="x", path="/x.md", relpath="x.md", format="markdown", content_hash="0",
                        paragraphs=find_structure(blocks).paragraphs)
    assign_speakers(document)
    spoke = next(p for p in document.paragraphs if p.text.startswith("Elaine Rowan"))
    assert spoke.speakers == ["Elaine Rowan"]
