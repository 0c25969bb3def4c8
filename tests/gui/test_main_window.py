"""The main window on its own: what it shows about the open vault, its menus and signals."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListWidget, QMessageBox, QWidget

import npmdesk
from npmdesk.gui import security_events
from npmdesk.gui.main_window import MainWindow
from npmdesk.vault import SecurityEvent

INTERACTIVE = (QLineEdit, QAbstractButton, QListWidget)


def make_window(qtbot, vault) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    return window


def test_it_shows_who_is_signed_in_and_the_security_events(qtbot, new_vault) -> None:
    vault, _code = new_vault
    vault.remember_on_device()
    window = make_window(qtbot, vault)
    assert window.windowTitle() == "npmdesk — Mecanismo Nacional"
    assert window.panel.findChild(QLabel, "signedInLabel").text() == "Signed in as Ana"
    assert str(vault.folder) in window.panel.findChild(QLabel, "vaultLabel").text()
    events = window.panel.findChild(QListWidget, "eventsList")
    texts = [events.item(i).text() for i in range(events.count())]
    assert texts[0].endswith("Remembered on this device") and texts[-1].endswith("Vault created")
    assert "new" in window.panel.findChild(QLabel, "lastUnlockLabel").text()


def test_menus_shortcuts_and_about(qtbot, new_vault, monkeypatch) -> None:
    window = make_window(qtbot, new_vault[0])
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    assert {window.lock_action, window.quit_action} <= set(menus["&File"].actions())
    assert window.about_action in menus["&Help"].actions()
    toolbar_button = window.findChild(QWidget, "mainToolBar").widgetForAction(window.lock_action)
    assert toolbar_button is not None and toolbar_button.accessibleName()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.about_action.trigger()
    assert npmdesk.__version__ in shown[0]


def test_lock_and_close_are_requests_and_discard_drops_the_content(qtbot, new_vault) -> None:
    window = make_window(qtbot, new_vault[0])
    with qtbot.waitSignal(window.lock_requested):
        window.lock_action.trigger()
    with qtbot.waitSignal(window.quit_requested):
        window.close()
    window.show()
    with qtbot.assertNotEmitted(window.quit_requested):
        window.discard()
    assert window.centralWidget() is None and not window.isVisible()


def test_every_control_has_an_accessible_name(qtbot, new_vault) -> None:
    window = make_window(qtbot, new_vault[0])
    controls = [w for w in window.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    unnamed = [w.objectName() for w in controls if not w.objectName().startswith("qt_") and not w.accessibleName()]
    assert unnamed == []


def test_the_previous_unlock_is_the_one_before_this_session() -> None:
    events = [
        SecurityEvent("2025-03-02T09:00:00+00:00", "unlocked", "passphrase"),
        SecurityEvent("2025-03-01T08:00:00+00:00", "passphrase-changed", None),
        SecurityEvent("2025-02-27T17:30:00+00:00", "unlocked", "keyring"),
        SecurityEvent("2025-02-01T12:00:00+00:00", "created", None),
    ]
    summary = security_events.previous_unlock_summary(events)
    assert summary.startswith("Last unlock before this session:")
    assert summary.endswith("Unlocked with this device's keyring.")
    assert "2025" in summary or "25" in summary
    assert "first time" in security_events.previous_unlock_summary(events[:1])
    assert security_events.what_happened(SecurityEvent("x", "something-new", None)) == "something-new"
    assert security_events.local_time("not a time") == "not a time"
