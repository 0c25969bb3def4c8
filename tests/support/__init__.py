"""Helpers, doubles and child-process scripts the tests share: `from tests.support.NAME import …`."""
