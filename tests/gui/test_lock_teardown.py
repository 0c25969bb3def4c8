"""Locking wipes the main window in one place (gui/teardown.py): whatever registered there is wiped,
jobs first, then forms (drafts kept while the vault is open), then windows, each once, even if one
of them fails; the report window, registered by its feature, is wiped on lock like the rest."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from npmdesk.gui.teardown import LockTeardown, Stage
from tests.support.window_helpers import open_window


def test_wipes_run_jobs_then_forms_then_windows_each_once_even_if_one_fails(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    part = QObject(window)
    ran: list[str] = []

    def failing() -> None:
        ran.append("failing window")
        raise RuntimeError("a wipe that fails")

    LockTeardown.of(part).on_lock(lambda: ran.append("window"))
    LockTeardown.of(window).on_lock(failing)
    LockTeardown.of(part).on_lock(lambda: ran.append("form"), Stage.FORMS)
    LockTeardown.of(window).on_lock(lambda: ran.append("job"), Stage.JOBS)
    LockTeardown.of(window).on_lock(lambda: ran.append("last window"))
    assert LockTeardown.of(part) is LockTeardown.of(window) and LockTeardown.of(window).pending == 5
    with pytest.raises(RuntimeError):
        LockTeardown.of(window).run()
    assert ran == ["job", "form", "window", "failing window", "last window"]
    LockTeardown.of(window).run()  # nothing is left to run twice
    assert len(ran) == 5 and LockTeardown.of(window).pending == 0


def test_locking_wipes_the_report_window_its_feature_registered(qtbot, new_vault):
    vault, _code = new_vault
    window = open_window(qtbot, vault)
    window.reports.show_dialog()
    dialog = window.reports.dialog
    assert dialog is not None and dialog.isVisible()
    window.discard()
    assert window.reports.dialog is None and not dialog.isVisible()
    assert LockTeardown.of(window).pending == 0
