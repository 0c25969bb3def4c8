"""Fixtures shared by the package tests."""

from __future__ import annotations

import pytest

from tests.support.package_helpers import office_and_field


@pytest.fixture
def pair(tmp_path):
    """Two vaults, an office and a field laptop, each a verified contact of the other."""
    with office_and_field(tmp_path) as both:
        yield both
