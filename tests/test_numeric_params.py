"""Numeric parameters take ASCII digits only: anything else is a 400 with a reason, on every endpoint."""
from __future__ import annotations

from urllib.parse import quote

import pytest

ENDPOINTS = ("/", "/api/search", "/api/search.csv", "/search.atom")
# str.isdigit() accepts all of these; int() refuses some and reads others as numbers.
NOT_ASCII_DIGITS = ["²", "⁰¹²³", "٢٠١٧", "۲۰۱۷", "２０１７", "2⁰17", "𝟚𝟘𝟙𝟟", "2017\n", " 2017", "+2017", "2_017", "-1", "1e3", "0x10"]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("value", NOT_ASCII_DIGITS)
def test_year_with_anything_but_ascii_digits_is_a_400_with_a_reason(client, endpoint, value):
    response = client.get(f"{endpoint}?q=library&year={quote(value)}")
    assert response.status_code == 400
    body = response.get_data(as_text=True)
    assert "year must be a four-digit year" in body


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("name", ["page", "per_page"])
@pytest.mark.parametrize("value", ["²", "١", "５", "1_0", " 2", "+2", "3\n", "0x1", "٠"])
def test_page_and_per_page_take_only_ascii_digits(client, endpoint, name, value):
    response = client.get(f"{endpoint}?q=library&{name}={quote(value)}")
    assert response.status_code == 400
    assert f"{name} must be" in response.get_data(as_text=True)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("value", ["２０１７-01-01", "2017-0١-01", "20170101", "2017-W01-1", "2017-01-01T00:00"])
def test_dates_take_only_yyyy_mm_dd_in_ascii_digits(client, endpoint, value):
    response = client.get(f"{endpoint}?from={quote(value)}")
    assert response.status_code == 400
    assert "must be a date as YYYY-MM-DD" in response.get_data(as_text=True)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_ascii_numbers_still_work(client, endpoint):
    response = client.get(f"{endpoint}?q=library&year=2017&page=1&per_page=5&from=2000-01-01&to=2030-12-31")
    assert response.status_code == 200


@pytest.mark.parametrize("value", ["0", "100000", "9" * 5000, "0" * 40 + "501"])
def test_ascii_numbers_out_of_range_are_a_400_naming_the_range(client, value):
    response = client.get(f"/api/search?q=library&page={value}")
    assert response.status_code == 400 and "page must be between 1 and" in response.get_json()["error"]
