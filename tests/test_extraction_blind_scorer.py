"""The blind extraction scorer's own matching rules, on hand-made cases (never the blind data)."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("extraction_blind", ROOT / "scripts" / "extraction_blind.py")
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)


def test_quote_found_across_wrapped_lines_and_markdown_emphasis():
    texts = ["Apologies were received.", "***I will ask the   Council\nto repair the road***", "Next item."]
    assert scorer.locate_quote("I will ask the Council to repair the road", texts) == [1]


def test_quote_running_over_two_paragraphs_gives_both():
    texts = ["The Mayor opened the meeting and", "welcomed everyone present.", "Other business."]
    assert scorer.locate_quote("opened the meeting and welcomed everyone", texts) == [0, 1]


def test_quote_found_when_hyphen_spacing_and_quotes_differ():
    texts = ["The Vice-President said it was ‘non-intrusive’ and fine."]
    assert scorer.locate_quote("The Vice- President said it was 'non- intrusive'", texts) == [0]


def test_quote_absent_gives_nothing_and_first_occurrence_wins():
    texts = ["Roll call: Aye.", "Something else.", "Roll call: Aye."]
    assert scorer.locate_quote("Nobody said this", texts) == []
    assert scorer.locate_quote("Roll call: Aye.", texts) == [0]


def test_same_person_by_surname_and_agreeing_given_names():
    assert scorer.same_person("Michael Donegan", "M. Donegan")
    assert scorer.same_person("Donegan", "Michael Donegan")
    assert scorer.same_person("O’ Connor", "o'connor")
    assert scorer.same_person("Seán Ó Dea", "Sean O Dea")
    assert scorer.same_person("Seán O Dea", "S. O’Dea")
    assert scorer.same_person("Collins (M)", "M. Collins")
    assert scorer.same_person("Councillor Butler", "Butler")
    assert scorer.same_person("Chris Smith-Jones", "Christopher Smith Jones")
    assert scorer.same_person("P.J O’Grady", "P. J. O'Grady")
    assert not scorer.same_person("K. Sheahan", "J. Sheahan")
    assert not scorer.same_person("Collins (M)", "J. Collins")
    assert not scorer.same_person("Liz Smith", "Jean Smith")
    assert not scorer.same_person("Smith", "Smyth")
    assert not scorer.same_person("Mayor", "Mayor Smith")


def test_names_are_matched_one_to_one():
    assert scorer.count_same_people(["Sheahan"], ["K. Sheahan", "J. Sheahan"]) == 1
    assert scorer.count_same_people(["K. Sheahan", "Sheahan"], ["K. Sheahan", "J. Sheahan"]) == 2
    assert scorer.count_same_people(["Hourigan", "Hourigan"], ["Hourigan"]) == 1
    assert scorer.count_same_people(["Browne"], []) == 0


def test_item_numbers_compare_without_trailing_dots_spaces_or_item_word():
    assert scorer.number_key("2709. ") == scorer.number_key("2709")
    assert scorer.number_key("Item 1") == "1"
    assert scorer.number_key("3-A.") == "3-a"
    assert scorer.number_key("(a)") == "(a)"
    assert scorer.number_key("13/17") != scorer.number_key("13/18")


def test_an_item_number_closed_by_a_bracket_is_the_number_closed_by_a_dot():
    # "3)" and "3." are one number in two print styles; a bracketed letter keeps its brackets.
    assert scorer.number_key("3)") == scorer.number_key("3.") == "3"
    assert scorer.number_key("ii)") == "ii"
    assert scorer.number_key("6(a).") == "6(a)"
    assert scorer.number_key("(b)") == "(b)"


def test_item_titles_match_by_similarity_or_substantial_containment():
    assert scorer.titles_match("Minutes of the last meeting", "MINUTES OF THE LAST MEETING.")
    assert scorer.titles_match("Planning applications", "Planning applications:")
    assert scorer.titles_match("Correspondence – Highways", "Correspondence - Highways")
    assert scorer.titles_match("Village hall repairs", "Village hall repairs and painting")
    assert not scorer.titles_match("Village hall repairs", "Village hall repairs, painting, heating, the car park and the new kitchen")
    assert not scorer.titles_match("Police report", "Finance")
    assert not scorer.titles_match("Police report", None)


def test_items_need_the_same_number_and_each_produced_item_serves_once():
    labelled = [{"number": "2449.", "title": "Finance"}, {"number": "2449.", "title": "Finance"}, {"number": None, "title": "Highways"},
                {"number": "5", "title": "Any other business"}]
    produced = [("2449", "Finance"), ("12", "Highways"), ("6", "Any other business")]
    assert scorer.match_items(labelled, produced) == [True, False, True, False]


def test_produced_items_are_distinct_pairs_in_order():
    paragraphs = [{"item_number": None, "item_title": None}, {"item_number": "1", "item_title": "Apologies"},
                  {"item_number": "1", "item_title": "Apologies"}, {"item_number": "2", "item_title": "Minutes"}]
    assert scorer.produced_items(paragraphs) == [("1", "Apologies"), ("2", "Minutes")]


def test_bodies_compare_canonically():
    council = "Borsetshire County Council"
    assert scorer.same_body("Full Council", "Council", council)
    assert scorer.same_body("Full Council", "Ordinary Meeting of the Council", council)
    assert scorer.same_body("Full Council", "Borsetshire County Council", council)
    assert scorer.same_body("Planning Board", "Borsetshire Planning Board", council)
    assert scorer.same_body("Home and Social Development Strategic Policy Committee", "Home & Social Development SPC", council)
    assert scorer.same_body("Enterprise, Planning and Tourism Committee", "Enterprise, Tourism and Planning Committee", council)
    assert scorer.same_body("City of Ambridge", "Ambridge City Council")
    assert scorer.same_body(None, None)
    assert not scorer.same_body("Full Council", "Planning Board", council)
    assert not scorer.same_body("Borsetshire County Council", "Borsetshire City and County Council")
    assert not scorer.same_body("Planning Board", None, council)
    assert not scorer.same_body("Library Board", "Borsetshire", council)


def test_document_value_is_what_most_paragraphs_carry():
    paragraphs = [{"date": None}, {"date": "2020-01-02"}, {"date": "2020-01-02"}, {"date": "2019-05-05"}]
    assert scorer.document_value(paragraphs, "date") == "2020-01-02"
    assert scorer.document_value([{"kind": "agenda"}, {"kind": "minutes"}], "kind") == "agenda"
    assert scorer.document_value([], "kind") is None


def test_facet_states_count_unlabelled_values_apart_from_real(tmp_path, monkeypatch):
    labels = [{"file": "borset/a.md", "council": "Borsetshire County Council", "committee": "Full Council", "date": "2020-01-02",
               "kind": "minutes", "items": [{"number": "1", "title": "Apologies"}],
               "speakers": [{"text": "The Chairman welcomed all.", "speakers": ["Ann Archer"]},
                            {"text": "Apologies from Cllr Brown.", "speakers": []}]}]
    paragraphs = [
        {"text": "The Chairman welcomed all.", "speakers": ["Ann Archer", "Chairman"], "council": "Borsetshire County Council",
         "committee": "Council", "date": "2020-01-02", "kind": "minutes", "item_number": "1", "item_title": "Apologies"},
        {"text": "Apologies from Cllr Brown.", "speakers": ["Brown"], "council": "Borsetshire County Council",
         "committee": "Page 3", "date": "2020-01-02", "kind": "minutes", "item_number": "1", "item_title": "Apologies"},
        {"text": "Close.", "speakers": [], "council": None, "committee": None, "date": None, "kind": "other",
         "item_number": None, "item_title": None},
    ]
    facet_labels = {("borset", "speaker", "Ann Archer"): "real", ("borset", "speaker", "Chairman"): "junk",
                    ("borset", "committee", "Council"): "real", ("borset", "council", "Borsetshire County Council"): "real"}
    tally, values, _ = scorer.score(labels, {"borset/a.md": paragraphs}, facet_labels)
    row = tally["all"]
    assert (row["speaker_tp"], row["speaker_predicted"], row["speaker_expected"]) == (1, 3, 1)
    assert (row["speaker_junk"], row["speaker_unlabelled"], row["speaker_real"], row["speaker_null"]) == (1, 1, 0, 1)
    assert (row["committee_real"], row["committee_unlabelled"], row["committee_null"]) == (1, 1, 1)
    assert (row["council_right"], row["committee_right"], row["date_right"], row["kind_right"], row["items_found"]) == (1, 1, 1, 1, 1)
    assert values[("borset", "committee", "Page 3")] == 1
    unlabelled = scorer.write_values(values, facet_labels, tmp_path / "values.tsv")
    assert ("borset", "committee", "Page 3", 1) in unlabelled and ("borset", "speaker", "Brown", 1) in unlabelled


def test_quote_whose_paragraph_was_cut_short_is_found_by_its_first_half():
    texts = ["Ms. Ann Archer, Housing Officer, gave a presentation on", "Other business."]
    quote = "Ms. Ann Archer, Housing Officer, gave a presentation on the digital services of the council"
    assert scorer.locate_quote(quote, texts) == []
    assert scorer.locate_quote_part(quote, texts) == [0]
    assert scorer.locate_quote_part("Short quote missing", texts) == []
