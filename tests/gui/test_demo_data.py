"""Help → Fill with Demo Data…: off the GUI thread, with progress, refresh and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt

from npmdesk.records import ListQuery, RecordStore
from tests.support.window_helpers import open_window


def test_demo_data_is_added_in_the_background_and_the_lists_refresh(qtbot, new_vault) -> None:
    vault, _code = new_vault
    window = open_window(qtbot, vault)
    window.demo.action.trigger()
    dialog = window.demo.dialog
    assert dialog is not None and dialog.isVisible()
    assert [w for w in (dialog.records_spin, dialog.attachments_spin, dialog.start_button, dialog.close_button)
            if not w.accessibleName()] == []
    dialog.records_spin.setValue(150)
    dialog.attachments_spin.setValue(2)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    assert dialog.summary is not None and dialog.summary.attachments == 2
    assert RecordStore(vault).count(ListQuery()) >= 150
    assert "Added" in dialog.status.text()
    assert window.workspace.navigator.count() > 0
    window.discard()


def test_cancelling_demo_data_stops_it_and_says_what_stays(qtbot, new_vault) -> None:
    vault, _code = new_vault
    window = open_window(qtbot, vault)
    window.demo.action.trigger()
    dialog = window.demo.dialog
    dialog.records_spin.setValue(100_000)
    dialog.attachments_spin.setValue(0)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.job is not None
    dialog.reject()  # Close while running = Cancel
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    assert "Cancelled" in dialog.status.text()
    assert RecordStore(vault).count(ListQuery()) < 100_000
    window.discard()


def test_locking_stops_the_demo_data_and_closes_the_dialog(qtbot, new_vault) -> None:
    vault, _code = new_vault
    window = open_window(qtbot, vault)
    window.demo.action.trigger()
    dialog = window.demo.dialog
    dialog.records_spin.setValue(100_000)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    job = dialog.job
    window.discard()
    assert window.demo is None and job.cancelling and not dialog.isVisible()
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
