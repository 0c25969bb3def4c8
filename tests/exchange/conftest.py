"""Fixtures shared by the package tests."""

from __future__ import annotations

import pytest

from npmdesk.exchange import parse_worker
from tests.support.package_helpers import office_and_field


@pytest.fixture(params=["here", "in a child"])
def records_parsed(request, monkeypatch):
    """Run the test twice: the package's records parsed in this process, then by the parse
    worker's child (exchange/parse_worker.py, which only large packages use otherwise)."""
    if request.param == "in a child":
        monkeypatch.setattr(parse_worker, "MIN_PACKAGE_BYTES", 0)
        monkeypatch.setattr(parse_worker, "MIN_RECORDS_BYTES", 0)
    return request.param


@pytest.fixture
def pair(tmp_path):
    """Two vaults, an office and a field laptop, each a verified contact of the other."""
    with office_and_field(tmp_path) as both:
        yield both
