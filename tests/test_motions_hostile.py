"""Hostile and fuzzed parameters on /api/motions, /members and /api/members: 200 or 400 (never 500), quickly."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from motions_data import build_index
from search_service import create_app
from test_hostile_queries import HOSTILE_QUERIES, _encode, assert_answered, fetch, query_text

PATHS = ("/api/motions", "/members", "/api/members")


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    app = create_app({"INDEX_DIR": str(build_index(tmp_path_factory.mktemp("hostile-motions") / "index"))})
    app.config["TESTING"] = True
    return app


@pytest.mark.parametrize("name", sorted(HOSTILE_QUERIES))
@pytest.mark.parametrize("param", ["q", "member", "council", "name"])
def test_hostile_text_in_every_parameter(app, name, param):
    for path in PATHS:
        url = f"{path}?{param}={_encode(HOSTILE_QUERIES[name])}" + ("&name=Jane+Dean" if param != "name" and path != "/api/motions" else "")
        response, seconds = fetch(app.test_client(), url)
        assert_answered(app, response, seconds, url)


value = st.one_of(st.text(max_size=40), st.integers(-10**12, 10**12).map(str),
                  st.sampled_from(["", "0", "1", "100", "101", "500", "501", "for", "against", "abstain", "proposed", "seconded", "carried", "lost",
                                   "Jane Dean", "2025-01-30", "2025-02-30", "kcc", "Testshire County Council"]))
params = st.dictionaries(st.sampled_from(["page", "per_page", "council", "committee", "member", "vote", "outcome", "from", "to", "document_id", "name", "zzz"]),
                         value, max_size=7)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(q=query_text, extra=params, path=st.sampled_from(PATHS))
def test_fuzzed_motion_requests_never_fail(app, q, extra, path):
    url = path + "?" + "&".join(f"{key}={_encode(v)}" for key, v in [("q", q), *extra.items()])
    response, seconds = fetch(app.test_client(), url)
    assert_answered(app, response, seconds, url)
