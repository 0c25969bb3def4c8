"""Preferences: the default reply period of the reports after a visit, kept inside the vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from npmdesk.records import report_tracks
from tests.gui.test_settings import open_preferences
from tests.support.locking_helpers import WAIT_MS, ManualClock, start_locking_session_fixture, unlock  # noqa: F401


def test_the_reply_period_is_set_in_preferences_and_kept_in_the_vault(qtbot, start_locking_session) -> None:
    session = start_locking_session(ManualClock())
    unlock(qtbot, session)
    dialog = open_preferences(qtbot, session)
    setting = dialog.reply_months
    assert setting.isEnabled() and setting.title() == "Reports after a visit"
    assert setting.spin.value() == 6 and setting.spin.suffix() == " months"
    assert setting.spin.accessibleName() and any(
        label.buddy() is setting.spin and "&" in label.text() for label in dialog.findChildren(QLabel))
    setting.spin.setValue(4)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.guard.settings_dialog is None, timeout=WAIT_MS)
    store = session.main_window.workspace.store
    assert report_tracks.reply_months(store.vault) == 4
    assert open_preferences(qtbot, session).reply_months.spin.value() == 4
