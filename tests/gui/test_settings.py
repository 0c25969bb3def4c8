"""Edit → Preferences… through the real window: the values saved and read back, applied at once,
window geometry kept, and no record text in the settings file."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialogButtonBox, QLabel, QListWidget, QSpinBox, QWidget

from npmdesk.gui import i18n, theme
from npmdesk.gui.settings.dialog import SettingsDialog
from npmdesk.gui.settings.preferences import Preferences
from tests.support.locking_helpers import (  # noqa: F401
    MARKERS,
    WAIT_MS,
    ManualClock,
    is_locked,
    preferences_in,
    start_locking_session_fixture,
    unlock,
)
from tests.support.window_helpers import activate, press

INTERACTIVE = (QSpinBox, QComboBox, QListWidget, QAbstractButton)
KNOWN_KEYS = {
    "locking/idle_minutes", "clipboard/clear_seconds", "interface/language", "export/default_recipients",
    "interface/theme", "window/geometry", "window/state", "window/splitter", "backup/folder", "backup/interval",
    "backup/keep",
}


def open_preferences(qtbot, session) -> SettingsDialog:
    window = session.main_window
    assert window.preferences_action.shortcut() == QKeySequence("Ctrl+,")
    activate(qtbot, window)  # back from a closed dialog, as the window manager would do
    press(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = session.guard.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def save_button(dialog: SettingsDialog) -> QAbstractButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def listed(dialog: SettingsDialog) -> list[tuple[str, bool]]:
    items = [dialog.recipients_list.item(row) for row in range(dialog.recipients_list.count())]
    return [(item.text(), item.checkState() == Qt.CheckState.Checked) for item in items]


def test_preferences_are_read_back_and_nonsense_reads_as_the_default(tmp_path) -> None:
    preferences = preferences_in(tmp_path)
    assert (preferences.idle_minutes(), preferences.clipboard_seconds(), preferences.language()) == (5, 30, "")
    assert preferences.default_recipients() == () and preferences.window_geometry() is None
    one, two = "0b7f5a3e-5b1c-4b0e-9a8e-3c7f0f6f1a11", "9d2c4f1e-7a6b-4c3d-8e9f-0a1b2c3d4e5f"
    preferences.set_idle_minutes(12)
    preferences.set_clipboard_seconds(45)
    preferences.set_language("fr")
    preferences.set_default_recipients([one, two, one, "not an id"])
    again = preferences_in(tmp_path)
    assert (again.idle_minutes(), again.clipboard_seconds(), again.language()) == (12, 45, "fr")
    assert again.default_recipients() == (one, two)
    again.set_default_recipients([two])
    assert preferences_in(tmp_path).default_recipients() == (two,)  # one value reads back as a list too

    raw = QSettings(str(tmp_path / "npmdesk.ini"), QSettings.Format.IniFormat)
    for key, value in (("locking/idle_minutes", "soon"), ("clipboard/clear_seconds", 99999),
                       ("interface/language", "klingon"), ("export/default_recipients", ["../../etc", 7]),
                       ("window/geometry", "not bytes")):
        raw.setValue(key, value)
    raw.sync()
    broken = preferences_in(tmp_path)
    assert (broken.idle_minutes(), broken.clipboard_seconds(), broken.language()) == (5, 30, "")
    assert broken.default_recipients() == () and broken.window_geometry() is None


def test_the_preferences_dialog_saves_and_applies_at_once(qtbot, qapp, start_locking_session, tmp_path) -> None:
    session = start_locking_session(ManualClock())
    unlock(qtbot, session)
    dialog = open_preferences(qtbot, session)
    assert dialog.windowTitle() == "Preferences" and not dialog.isModal()
    assert (dialog.idle_spin.value(), dialog.clipboard_spin.value(), dialog.language()) == (5, 30, "")
    assert [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())] == [
        "The system's language", "English", "Français", "Español", "العربية", "Русский", "Português"]
    # Only contacts with an age recipient: not the contact without one, not the communications.
    assert listed(dialog) == [(f"{MARKERS['contact']} — Country rapporteur", False)]
    assert not dialog.language_notice.isVisible()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    assert dialog.language_notice.isVisible() and "as soon as you save" in dialog.language_notice.text()
    dialog.language_combo.setCurrentIndex(0)
    assert not dialog.language_notice.isVisible()

    dialog.idle_spin.setValue(7)
    dialog.clipboard_spin.setValue(45)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    dialog.recipients_list.item(0).setCheckState(Qt.CheckState.Checked)
    window = session.main_window
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.guard.settings_dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: session.main_window not in (None, window), timeout=WAIT_MS)  # now in Spanish
    saved = preferences_in(tmp_path)
    assert (saved.idle_minutes(), saved.clipboard_seconds(), saved.language()) == (7, 45, "es")
    assert saved.default_recipients() == (session.ids["contact"],)
    assert session.guard.idle.seconds == 7 * 60 and session.guard.clipboard.seconds == 45

    dialog = open_preferences(qtbot, session)
    assert (dialog.idle_spin.value(), dialog.clipboard_spin.value(), dialog.language()) == (7, 45, "es")
    assert [ticked for _text, ticked in listed(dialog)] == [True]
    assert not dialog.language_notice.isVisible()
    i18n.apply_language(qapp, "en").remove()


def test_cancel_changes_nothing(qtbot, start_locking_session, tmp_path) -> None:
    session = start_locking_session(ManualClock())
    unlock(qtbot, session)
    dialog = open_preferences(qtbot, session)
    dialog.idle_spin.setValue(60)
    dialog.recipients_list.item(0).setCheckState(Qt.CheckState.Checked)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: session.guard.settings_dialog is None, timeout=WAIT_MS)
    kept = preferences_in(tmp_path)
    assert kept.idle_minutes() == 5 and kept.default_recipients() == ()
    assert session.guard.idle.seconds == 5 * 60


def test_every_control_is_named_and_reachable_by_keyboard(qtbot, start_locking_session) -> None:
    session = start_locking_session(ManualClock())
    unlock(qtbot, session)
    dialog = open_preferences(qtbot, session)
    controls = [w for w in dialog.findChildren(QWidget) if isinstance(w, INTERACTIVE) and w.isVisibleTo(dialog)]
    assert [w.objectName() for w in controls if not w.accessibleName() and not w.objectName().startswith("qt_")] == []
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if "&" in label.text()}
    assert {dialog.idle_spin, dialog.clipboard_spin, dialog.language_combo, dialog.recipients_list} <= buddies
    menus = {action.text(): action.menu() for action in session.main_window.menuBar().actions()}
    names = list(menus)
    assert names[:2] == ["&File", "&Edit"] and names[-1] == "&Help" and "&Go" in names
    assert session.main_window.preferences_action in menus["&Edit"].actions()


def test_the_window_comes_back_with_its_size_and_panes(qtbot, start_locking_session, tmp_path) -> None:
    session = start_locking_session(ManualClock())
    window = unlock(qtbot, session)
    # The tests' offscreen screen is 800 pixels wide: a restored window is only kept at least as
    # wide as its minimum size.
    window.resize(window.minimumSizeHint().width(), 640)
    qtbot.waitUntil(lambda: window.size().height() == 640, timeout=WAIT_MS)
    # At its minimum width every pane is at its own minimum (the navigator's: its longest label).
    size, sizes = window.size(), window.workspace.splitter.sizes()
    assert size.height() == 640 and sizes[0] >= window.workspace.navigator.minimumWidth()
    window.lock_action.trigger()
    assert preferences_in(tmp_path).window_geometry() is not None
    window = unlock(qtbot, session)
    assert window.size() == size and window.workspace.splitter.sizes() == sizes

    with qtbot.waitSignal(session.finished):
        window.quit_action.trigger()
    later = start_locking_session(ManualClock())  # the next run of npmdesk
    window = unlock(qtbot, later)
    assert window.size() == size and window.workspace.splitter.sizes() == sizes


def test_no_record_text_reaches_the_settings_file(qtbot, start_locking_session) -> None:
    """Use the app with the real settings file (in the tests' XDG sandbox), then read it."""
    session = start_locking_session(ManualClock(), Preferences())
    window = unlock(qtbot, session)
    workspace = window.workspace
    workspace.search_box.setText("QXLOCKTITLE")
    qtbot.waitUntil(lambda: workspace.search_model.rowCount() == 1, timeout=WAIT_MS)
    workspace.focus_results()
    workspace.detail.body_view.selectAll()
    QTest.keyClick(workspace.detail.body_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    dialog = open_preferences(qtbot, session)
    dialog.recipients_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    save_button(dialog).click()
    window.lock_action.trigger()
    window = unlock(qtbot, session)
    with qtbot.waitSignal(session.finished):
        window.quit_action.trigger()

    path = Path(Preferences().file_name())
    assert path.is_relative_to(os.environ["XDG_CONFIG_HOME"]) and path.name == "npmdesk.ini"
    text = path.read_bytes().decode("utf-8")
    assert "qxlock" not in text.lower()  # every title, text, name, key and search of the vault starts so
    assert session.ids["contact"] in text  # the chosen recipient, by id only
    assert session.ids["record"] not in text and session.ids["plain_contact"] not in text
    assert set(QSettings(str(path), QSettings.Format.IniFormat).allKeys()) <= KNOWN_KEYS


def test_language_and_colours_switch_at_once_where_the_user_was(qtbot, qapp, start_locking_session, tmp_path) -> None:
    """Preferences → French and Dark → Save: the main window speaks French at once (menus,
    navigator, dashboard, list), on the list the user had chosen, in dark colours; and back."""
    style, colours = qapp.style().name(), QPalette(qapp.palette())
    session = start_locking_session(ManualClock())
    window = unlock(qtbot, session)
    try:
        window.workspace.choose_entry(1)  # Contacts
        dialog = open_preferences(qtbot, session)
        assert dialog.theme_combo.accessibleName() and dialog.theme() == ""
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: session.main_window not in (None, window), timeout=WAIT_MS)
        french = session.main_window
        titles = [action.text() for action in french.menuBar().actions()]
        assert titles[0] == "&Fichier" and "&Aide" in titles
        navigator = french.workspace.navigator
        assert navigator.item(0).text().startswith("Boîte de réception")
        assert navigator.currentRow() == 1 and navigator.item(1).toolTip() == navigator.item(1).text()
        assert french.lock_action.text() == "&Verrouiller"
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert (preferences_in(tmp_path).language(), preferences_in(tmp_path).theme()) == ("fr", "dark")

        dialog = open_preferences(qtbot, session)
        assert dialog.windowTitle() == "Préférences"
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("light"))
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: session.main_window not in (None, french), timeout=WAIT_MS)
        assert session.main_window.menuBar().actions()[0].text() == "&File"
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 180
    finally:
        i18n.apply_language(qapp, "en").remove()
        theme.apply_theme(qapp)
        qapp.setStyle(style)
        qapp.setPalette(colours)
