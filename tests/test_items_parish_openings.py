"""Unnumbered items of parish minutes: the attendance and apologies before item 1, headings closed by a colon.

Snippets are hand-written after layouts seen in parish minutes (issue 14); the expected items are
what a reader of the minutes would list.
"""
from indexer.loaders.text import read_markdown
from indexer.structure import find_structure

from conftest import item_of

HEAD = "---\ntitle: Minutes\n---\n\nMinutes of the meeting of Upton Parish Council held on 3rd March 2011\n\n"


def _paragraphs(markdown: str):
    blocks, _ = read_markdown(HEAD + markdown)
    return find_structure(blocks).paragraphs


def test_attendance_and_apologies_before_item_one_are_items_and_keep_their_text():
    paragraphs = _paragraphs(
        "Present: Cllr J Hill - Chairman, Cllr K Dale, Cllr P Fox and 3 members of the public\n\n"
        "Apologies: Cllr M Rowe, who is on holiday.\n\n"
        "1\\. Minutes: The minutes of the February meeting were agreed and signed.\n\n"
        "2\\. Planning: No applications had been received.\n"
    )
    assert item_of(paragraphs, "Present: Cllr J Hill") == (None, "Present")
    assert item_of(paragraphs, "Apologies: Cllr M Rowe") == (None, "Apologies")
    assert item_of(paragraphs, "The minutes of the February")[0] == "1"


def test_attendance_headed_in_capitals_with_a_count():
    paragraphs = _paragraphs(
        "**PRESENT (5 Councillors)**:- Mrs A Ward, Mr B Cole, Mrs C Lane, Mr D Stone, Ms E Park\n\n"
        "The Chairman welcomed all to the meeting.\n\n"
        "1\\. Apologies for absence were received from Mr F Moss.\n"
    )
    assert item_of(paragraphs, "PRESENT (5 Councillors)")[1].casefold() == "present (5 councillors)"
    # Apologies printed as item 1 are item 1, not a part of the attendance.
    assert item_of(paragraphs, "Apologies for absence were received")[0] == "1"


def test_apologies_later_in_the_minutes_start_no_unnumbered_item():
    paragraphs = _paragraphs(
        "1\\. Matters arising: The bench has been repaired.\n\n"
        "Apologies: the Clerk apologised for the late agenda.\n"
    )
    assert item_of(paragraphs, "Apologies: the Clerk")[0] == "1"


def test_minutes_that_number_nothing_head_items_with_a_line_closed_by_a_colon():
    paragraphs = _paragraphs(
        " Those Attending:\n\nCllr A Ward, Cllr B Cole (Chair), Mrs C Lane (Clerk) and 4 members of the public.\n\n"
        " Election of Vice-Chairman:\n\nCllr Ward proposed Cllr Cole, seconded by Cllr Lane. Cllr Cole was elected.\n\n"
        " Village Hall Repairs:\n\nThe roof has been patched and the gutters cleared.\n\n"
        "The Clerk would write to the insurers about the following:\n\n"
        "Storm damage to the fence and to the shed door.\n"
    )
    assert item_of(paragraphs, "Cllr A Ward, Cllr B Cole")[1] is None  # the attendance under its head alone
    assert item_of(paragraphs, "Cllr Ward proposed")[1] == "Election of Vice-Chairman"
    assert item_of(paragraphs, "The roof has been patched")[1] == "Village Hall Repairs"
    # A sentence closed by a colon leads into its list: it is no heading.
    assert item_of(paragraphs, "Storm damage to the fence")[1] == "Village Hall Repairs"



def test_unnumbered_headings_after_an_unpunctuated_paragraph_and_over_lettered_points():
    paragraphs = _paragraphs(
        " Election of Vice-Chairman:\n\nCllr Ward proposed Cllr Cole, seconded by Cllr Lane. Cllr Cole was elected.\n\n"
        " Standing Orders:\n\nCllr Bivon asked for a meeting with the Clerk to discuss the committees. Cllr Bivon proposed that both "
        "items be deferred to October, seconded by Cllr Ryves. 7 votes for 1 abstention. Carried\n\n"
        " The Cemetery & Garden of Remembrance\n\nA group of councillors met to review the fees.\n\n"
        " Matters Arising:\n\na) The bench has been repaired.\n\nb) The Clerk will chase the lights.\n"
    )
    # A paragraph too long to be a wrapped line has ended, even without a full stop: the line after it heads an item.
    assert item_of(paragraphs, "A group of councillors")[1] == "The Cemetery & Garden of Remembrance"
    assert item_of(paragraphs, "a) The bench")[1] == "Matters Arising"


def test_bold_sub_topics_under_a_numbered_item_are_unnumbered_items():
    paragraphs = _paragraphs(
        "**7\\. To consider and give an update on:**\n\n"
        "**Streetlighting**: the Clerk read the letter awarding a grant towards 30 LED lights.\n\n"
        "**Bath Road** **Drainage**\n\nThe ditch has been cleared by the landowner.\n\n"
        "The **Glazewing** lorry had damaged a tree.\n\n"
        "**Proposed**: Cllr K Dale\n\n"
        "**8\\. Planning**\n\nNo applications.\n"
    )
    assert item_of(paragraphs, "Streetlighting: the Clerk read") == (None, "Streetlighting")
    assert item_of(paragraphs, "The ditch has been cleared") == (None, "Bath Road Drainage")
    # Bold words inside a sentence, and a motion's label, head nothing.
    assert item_of(paragraphs, "The Glazewing lorry") == (None, "Bath Road Drainage")
    assert item_of(paragraphs, "Proposed: Cllr K Dale") == (None, "Bath Road Drainage")
    assert item_of(paragraphs, "No applications")[0] == "8"


def test_bold_lines_before_any_numbered_item_are_left_to_the_structure_reader():
    blocks, _ = read_markdown(HEAD + "**Minutes of the last Meeting**\n\nThe minutes were agreed.\n")
    assert not any(b.item for b in blocks)


def test_parts_headed_with_a_dash_and_bulleted_headings_over_their_paragraph():
    paragraphs = _paragraphs(
        "1\\. Apologies: none.\n\n2\\. Minutes: agreed.\n\n3\\. Matters Arising from the Minutes\n\n"
        "3.1 Barclays Banking - The Clerk reported that the auditor had advised a new mandate.\n\n"
        "3.2 Speed Monitor - The Clerk reported that the monitor had been returned and works.\n\n"
        "4\\. Chairman's Report\n\n* Abandoned car\n\nA broken down car left at the top of Lime Kiln Road was burned out.\n\n"
        "* Post box\n\nThe post box on Church Road has been repainted by Royal Mail.\n\n"
        "5\\. Correspondence\n\n* Policing Plan\n* Training for Clerks\n\nBoth were noted by the Council at the meeting.\n"
    )
    assert item_of(paragraphs, "The Clerk reported that the auditor") == ("3.1", "Barclays Banking")
    assert item_of(paragraphs, "The Clerk reported that the monitor") == ("3.2", "Speed Monitor")
    assert item_of(paragraphs, "A broken down car") == (None, "Abandoned car")
    assert item_of(paragraphs, "The post box on Church Road") == (None, "Post box")
    # A list of bullets is a list, not headings.
    assert item_of(paragraphs, "Training for Clerks")[0] == "5"
    assert item_of(paragraphs, "Both were noted")[0] == "5"


def test_motion_shorthand_lines_stay_paragraphs_and_bold_heads_of_unnumbered_minutes_are_items():
    paragraphs = _paragraphs(
        "**Present:** Chairman P Norris, Cllr G Key, Cllr J Bruce\n\n**Members of the public:** 20\n\n"
        "**Payments for approval**\n\nAll payments were approved by the Council.\n\n"
        "Propser: Cllr G Key\n\n2nd: Cllr J Bruce\n\n"
        "**Matters requiring attention**\n\nThe footpath by the playing field is overgrown with brambles.\n"
    )
    # "2nd:" and "Propser:" (as misspelt) are lines of the motion: paragraphs of the item, never headings or items.
    assert item_of(paragraphs, "Propser: Cllr G Key") == (None, "Payments for approval")
    assert item_of(paragraphs, "2nd: Cllr J Bruce") == (None, "Payments for approval")
    assert item_of(paragraphs, "The footpath by the playing field") == (None, "Matters requiring attention")
    assert item_of(paragraphs, "Members of the public: 20") == (None, "Members of the public")
