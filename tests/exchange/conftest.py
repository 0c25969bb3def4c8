"""Fixtures shared by the package tests."""

from __future__ import annotations

import pytest

from tests.support.package_helpers import side


@pytest.fixture
def pair(tmp_path):
    """Two vaults, an office and a field laptop, each a verified contact of the other."""
    with side(tmp_path / "office", "Office NPM", "Ana") as office, \
            side(tmp_path / "field", "Field laptop", "Bo") as field:
        office.contact_for(field)
        field.contact_for(office)
        yield office, field
