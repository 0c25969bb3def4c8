"""What many tests share: the test passphrase, a fake clock, the tests folder and the checkout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent  # the checkout: on every child process's PYTHONPATH, so children import tests.support too

PASSPHRASE = "correct horse battery staple"


class FakeClock:
    """A controllable clock: each reading advances one second."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now
