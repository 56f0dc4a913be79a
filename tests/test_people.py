"""One person, one speaker facet value within a council, across all its documents."""
from __future__ import annotations

import json

import pytest

from conftest import _testing_app
from indexer.build import build
from engine.people import council_people


def test_forms_of_one_name_become_the_fullest():
    names = {"R W Gough": 3, "Roger Gough": 5, "Gough": 2}
    mapping = council_people(names)
    assert mapping["R W Gough"] == mapping["Roger Gough"] == "Roger Gough"
    # A bare surname is resolved inside its own document only: across a council it may be any Gough.
    assert mapping["Gough"] == "Gough"


def test_alike_surnames_stay_different_people():
    mapping = council_people({"N Baker": 3, "Barker": 1, "S Clarke": 2, "Clark": 1, "P Cooke": 4, "Cook": 2, "C Cook": 1})
    assert all(mapping[name] == name for name in mapping), mapping


def test_given_names_or_initials_must_agree():
    mapping = council_people({"Nigel Smith": 2, "N Smith": 3, "P Smith": 1, "R W Brown": 1, "R J Brown": 1, "Zoë Hyde-Jones": 1, "Z Hyde Jones": 1})
    assert mapping["N Smith"] == "Nigel Smith"
    assert mapping["P Smith"] == "P Smith"
    assert mapping["R W Brown"] == "R W Brown" and mapping["R J Brown"] == "R J Brown"


def test_surnames_compare_without_case_accents_or_hyphens():
    from engine.people import given_compatible, surname_key

    assert surname_key("Hyde-Jones") == surname_key("HYDE JONES") == surname_key("Hydé-jones")
    assert surname_key("Clark") != surname_key("Clarke")
    assert given_compatible("N", "Nigel") and not given_compatible("N", "P")
    assert given_compatible("Rob", "Robert") and not given_compatible("Steven", "Stephen")


def test_different_people_with_one_surname_stay_apart():
    mapping = council_people({"Jane Smith": 2, "John Smith": 1, "J Smith": 4, "Smith": 3, "Rob Thomas": 1, "R Thomas": 2})
    assert mapping["Jane Smith"] == "Jane Smith" and mapping["John Smith"] == "John Smith"
    assert mapping["J Smith"] == "J Smith"  # fits both: not guessed
    assert mapping["Smith"] == "Smith"
    assert mapping["R Thomas"] == "Rob Thomas"


def _minutes(folder, name, council, date, text):
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.meta.json").write_text(json.dumps({"council": council, "committee": "Cabinet", "date": date}))


@pytest.fixture(scope="module")
def people_client(tmp_path_factory):
    docs = tmp_path_factory.mktemp("people-docs")
    _minutes(docs, "a", "Kent County Council", "2025-01-10",
             "Minutes\n\nPresent: Mr R W Gough (Chairman), Mrs S Prendergast\n\nMr Gough introduced the budget report on the libraries.\n")
    _minutes(docs, "b", "Kent County Council", "2025-02-10",
             "Minutes\n\nRoger Gough, Leader of the Council, explained the libraries savings.\n")
    _minutes(docs, "c", "Kent County Council", "2025-03-10",
             "Minutes\n\nPresent: Mr R Gough, Mrs S Prendergast and Mr N Baker\n\nMr Gough responded to questions about the libraries.\n")
    _minutes(docs, "e", "Kent County Council", "2025-04-10",
             "Minutes\n\nMr Barker asked about the libraries in Ashford.\n")
    _minutes(docs, "d", "Medway Council", "2025-03-11",
             "Minutes\n\nCouncillor Gough asked about the libraries in Chatham.\n")
    index_dir = tmp_path_factory.mktemp("people-index") / "index"
    report = build([str(docs)], str(index_dir), workers=1)
    assert not report.failed, report.failed
    return _testing_app(index_dir).test_client()


def test_speaker_facet_counts_one_person_once_per_council(people_client):
    data = people_client.get("/api/search?q=libraries").get_json()
    speakers = {f["value"]: f["count"] for f in data["facets"]["speaker"]}
    assert speakers.get("Roger Gough") == 3
    assert speakers.get("Gough") == 1  # Medway's Councillor Gough is someone else
    assert "R W Gough" not in speakers
    assert speakers.get("Barker") == 1  # not merged into N Baker


def test_hits_and_filter_use_the_one_name(people_client):
    data = people_client.get("/api/search?q=libraries&speaker=Roger Gough").get_json()
    assert data["total"] == 3
    assert all(hit["speakers"] == ["Roger Gough"] for hit in data["hits"])
    councils = {hit["council"] for hit in data["hits"]}
    assert councils == {"Kent County Council"}


def test_a_short_form_in_a_link_still_filters(people_client):
    data = people_client.get("/api/search?q=libraries&speaker=R W Gough").get_json()
    assert data["total"] == 3


def _minutes_with_speakers(folder, count: int):
    """Minutes in which `count` different councillors, all with one surname, each speak once."""
    import random
    import string

    rng = random.Random(count)
    lines = ["Minutes of the meeting of Testford Parish Council held on 3 March 2024", ""]
    for number in range(count):
        given = rng.choice(string.ascii_uppercase) + "".join(rng.choice(string.ascii_lowercase) for _ in range(6))
        lines += [f"{number + 1}. Councillor {given} Smith said that the verges needed cutting before the summer.", ""]
    path = folder / f"many-{count}.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_thousands_of_speakers_sharing_a_surname_are_read_in_linear_time(tmp_path):
    import time

    from indexer.pipeline import read_document

    timings = {}
    for count in (300, 3000):
        path = _minutes_with_speakers(tmp_path, count)
        started = time.process_time()
        document = read_document(str(path), str(tmp_path))
        timings[count] = time.process_time() - started
        assert len({s for p in document.paragraphs for s in p.speakers}) == count
    # Ten times the speakers may take at most thirty times as long (matching forms pairwise took 100 times).
    assert timings[3000] < 30 * max(timings[300], 0.05), timings
