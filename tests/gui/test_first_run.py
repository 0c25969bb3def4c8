"""First run: create the vault, see the recovery code once, reach the main window."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from npmdesk.errors import KeyringUnavailable, PassphraseMismatch, WeakPassphrase
from npmdesk.gui.app import configure, run
from npmdesk.gui.main_window import MainWindow
from npmdesk.gui.session import Session
from npmdesk.gui.welcome.create_vault import CreateVaultDialog
from npmdesk.gui.welcome.recovery_code import RecoveryCodeDialog
from npmdesk.gui.welcome.strength import STRONG, TOO_SHORT
from npmdesk.vault import Credential, Vault, is_vault
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring

CODE_PATTERN = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$")
INTERACTIVE = (QLineEdit, QAbstractButton, QProgressBar)


def unnamed_controls(root: QWidget) -> list[str]:
    controls = [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    return [w.objectName() for w in controls if not w.objectName().startswith("qt_") and not w.accessibleName()]


@pytest.fixture
def start_session(qtbot, vault_path: Path) -> Iterator:
    sessions: list[Session] = []

    def start(keyring: MemoryKeyring) -> Session:
        session = Session(vault_path, keyring)
        session.start()
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        session.shutdown()


@pytest.fixture
def session(start_session, keyring_double: MemoryKeyring) -> Session:
    return start_session(keyring_double)


def fill(qtbot, dialog: CreateVaultDialog, *, passphrase=PASSPHRASE, confirm=PASSPHRASE, remember=False):
    qtbot.keyClicks(dialog.npm_name_edit, "Mecanismo Nacional")
    qtbot.keyClicks(dialog.user_name_edit, "Ana")
    qtbot.keyClicks(dialog.passphrase.edit, passphrase)
    qtbot.keyClicks(dialog.passphrase.confirm, confirm)
    if remember:
        qtbot.keyClick(dialog.remember_check, Qt.Key.Key_Space)


def create(qtbot, session: Session, **fields) -> RecoveryCodeDialog:
    dialog = session.dialog
    assert isinstance(dialog, CreateVaultDialog)
    fill(qtbot, dialog, **fields)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(session.dialog, RecoveryCodeDialog), timeout=10_000)
    return session.dialog


def test_first_run_offers_to_create_a_vault(session: Session, vault_path: Path) -> None:
    assert isinstance(session.dialog, CreateVaultDialog)
    assert session.dialog.isVisible()
    assert str(vault_path) in session.dialog.child(QLabel, "locationLabel").text()
    assert not vault_path.exists()


def test_the_recovery_code_is_shown_once_and_opens_the_vault(qtbot, session, vault_path, keyring_double):
    recovery = create(qtbot, session)
    code = recovery.code_label.text()
    assert CODE_PATTERN.match(code)
    assert not recovery.continue_button.isEnabled()
    assert recovery.print_button.isEnabled()
    assert code in recovery.printable_document().toPlainText()

    qtbot.keyClick(recovery.written_check, Qt.Key.Key_Space)
    assert recovery.continue_button.isEnabled()
    qtbot.mouseClick(recovery.continue_button, Qt.MouseButton.LeftButton)

    window = session.main_window
    assert isinstance(window, MainWindow) and window.isVisible()
    assert window.windowTitle() == "npmdesk — Mecanismo Nacional"
    assert "Ana" in window.panel.findChild(QLabel, "signedInLabel").text()
    assert not recovery.isVisible()

    session.quit()
    with Vault.unlock(vault_path, Credential.recovery_code(code), device_keyring=keyring_double) as vault:
        assert vault.meta("user_name") == "Ana"
        assert not vault.remembered


def test_the_window_stays_responsive_and_busy_while_creating(qtbot, session) -> None:
    dialog = session.dialog
    fill(qtbot, dialog)
    dialog.create_button.click()
    assert dialog.busy
    assert not dialog.create_button.isEnabled() and not dialog.passphrase.edit.isEnabled()
    assert dialog.child(QProgressBar, "busyBar").isVisible()
    dialog.reject()  # Escape while the key is derived must not lose the vault
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: isinstance(session.dialog, RecoveryCodeDialog), timeout=10_000)


def test_mismatched_confirmation_is_shown_next_to_it_and_nothing_is_created(qtbot, session, vault_path):
    dialog = session.dialog
    fill(qtbot, dialog, confirm=PASSPHRASE + "!")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    error = dialog.child(QLabel, "confirmError")
    assert error.isVisible() and error.text() == PassphraseMismatch.message
    assert dialog.passphrase.confirm.accessibleDescription() == PassphraseMismatch.message
    assert dialog.isVisible() and not dialog.busy
    assert not vault_path.exists()
    qtbot.keyClicks(dialog.passphrase.confirm, "x")
    assert not error.isVisible()


def test_a_too_short_passphrase_is_refused_next_to_the_field(qtbot, session, vault_path):
    dialog = session.dialog
    fill(qtbot, dialog, passphrase="short", confirm="short")
    assert dialog.passphrase.bar.value() == TOO_SHORT
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    error = dialog.child(QLabel, "passphraseError")
    assert error.isVisible() and error.text() == WeakPassphrase.message
    assert not dialog.child(QLabel, "confirmError").isVisible()
    assert not vault_path.exists()


def test_the_strength_meter_follows_typing(qtbot, session) -> None:
    dialog = session.dialog
    qtbot.keyClicks(dialog.passphrase.edit, "abc")
    assert dialog.passphrase.bar.value() == TOO_SHORT
    assert dialog.passphrase.label.text() == "Strength: Too short"
    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    assert dialog.passphrase.bar.value() == STRONG
    assert dialog.passphrase.label.text() == "Strength: Strong"
    assert dialog.passphrase.bar.accessibleDescription() == "Strength: Strong"


def test_remember_on_this_device_stores_a_keyring_entry(qtbot, session, keyring_double) -> None:
    recovery = create(qtbot, session, remember=True)
    assert session.vault.remembered
    assert keyring_double.entries
    assert not recovery.child(QLabel, "noticeLabel").isVisible()


def test_without_a_keyring_remembering_fails_clearly_and_the_passphrase_works(qtbot, start_session, vault_path):
    no_keyring = MemoryKeyring(available=False)
    session = start_session(no_keyring)
    recovery = create(qtbot, session, remember=True)
    notice = recovery.child(QLabel, "noticeLabel")
    assert notice.isVisible() and notice.text() == KeyringUnavailable.message
    assert not session.vault.remembered
    recovery.written_check.setChecked(True)
    recovery.continue_button.click()
    assert session.main_window is not None
    session.quit()
    with Vault.unlock(vault_path, Credential.passphrase(PASSPHRASE), device_keyring=no_keyring):
        pass


def test_closing_the_code_without_confirming_asks_first(qtbot, session, monkeypatch) -> None:
    recovery = create(qtbot, session)
    answers = [False, True]
    monkeypatch.setattr(RecoveryCodeDialog, "confirm_leaving", lambda self: answers.pop(0))
    recovery.close()
    assert recovery.isVisible() and session.main_window is None
    recovery.close()
    assert not answers
    assert session.main_window is not None and session.main_window.isVisible()


def test_quitting_the_first_run_creates_nothing(qtbot, session, vault_path) -> None:
    with qtbot.waitSignal(session.finished):
        session.dialog.child(QPushButton, "quitButton").click()
    assert not vault_path.exists()


def test_a_folder_in_the_way_is_reported_in_the_dialog(qtbot, session, vault_path) -> None:
    vault_path.mkdir()
    (vault_path / "notes.txt").write_text("not a vault")
    dialog = session.dialog
    fill(qtbot, dialog)
    dialog.create_button.click()
    error = dialog.child(QLabel, "generalError")
    qtbot.waitUntil(error.isVisible, timeout=10_000)
    assert "already exists" in error.text()
    assert dialog.isVisible() and dialog.create_button.isEnabled()
    assert not is_vault(vault_path)


def test_every_control_has_an_accessible_name(qtbot, session) -> None:
    assert unnamed_controls(session.dialog) == []
    recovery = create(qtbot, session)
    assert unnamed_controls(recovery) == []
    assert recovery.code_label.accessibleName() == "Recovery code"


def test_labels_have_buddies_and_create_is_the_default_button(session) -> None:
    dialog = session.dialog
    for label_name in ("npmNameLabel", "userNameLabel", "passphraseLabel", "confirmLabel"):
        label = dialog.child(QLabel, label_name)
        assert "&" in label.text() and isinstance(label.buddy(), QLineEdit)
    assert dialog.create_button.isDefault()
    assert dialog.passphrase.edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.passphrase.confirm.echoMode() == QLineEdit.EchoMode.Password


def test_run_opens_the_create_window_and_returns_on_quit(qtbot, vault_path, keyring_double) -> None:
    seen: list[str] = []

    def quit_from_the_dialog() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CreateVaultDialog) and w.isVisible()]
        seen.extend(type(d).__name__ for d in dialogs)
        dialogs[0].child(QPushButton, "quitButton").click()

    QTimer.singleShot(0, quit_from_the_dialog)
    assert run(vault_path, device_keyring=keyring_double) == 0
    assert seen == ["CreateVaultDialog"]
    assert not vault_path.exists()


def test_the_application_has_its_name_and_icon(qapp) -> None:
    configure(qapp)
    assert qapp.applicationName() == "npmdesk"
    assert not qapp.windowIcon().isNull()
