"""Later runs: unlock (passphrase, device keyring, recovery code), the main window, and Lock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QWidget,
)

from npmdesk import errors
from npmdesk.gui.main_window import MainWindow
from npmdesk.gui.session import Session
from npmdesk.gui.unlock.new_passphrase import NewPassphraseDialog
from npmdesk.gui.unlock.unlock_dialog import UnlockDialog
from npmdesk.gui.welcome.recovery_code import RecoveryCodeDialog
from npmdesk.vault import Credential, Vault
from npmdesk.vault.recovery import generate
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.event_loop import run_pending

NEW_PASSPHRASE = "a brand new passphrase for the field"
INTERACTIVE = (QLineEdit, QAbstractButton, QProgressBar, QListWidget)
WAIT_MS = 10_000


def unnamed_controls(root: QWidget) -> list[str]:
    controls = [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    return [w.objectName() for w in controls if not w.objectName().startswith("qt_") and not w.accessibleName()]


@pytest.fixture
def recovery_code(new_vault: tuple[Vault, str]) -> str:
    """A vault on disk, locked; its recovery code."""
    vault, code = new_vault
    vault.close()
    return code


@pytest.fixture
def remembered(new_vault: tuple[Vault, str]) -> None:
    """A vault on disk, locked, remembered on this device."""
    new_vault[0].remember_on_device()
    new_vault[0].close()


@pytest.fixture
def start_session(qtbot, vault_path: Path, keyring_double: MemoryKeyring) -> Iterator[Callable[[], Session]]:
    sessions: list[Session] = []

    def start() -> Session:
        session = Session(vault_path, keyring_double)
        session.start()
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        session.shutdown()


def unlock_dialog(qtbot, session: Session) -> UnlockDialog:
    """The unlock dialog, once its try with the device keyring is over."""
    dialog = session.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    return dialog


def type_and_unlock(qtbot, session: Session, text: str) -> None:
    dialog = unlock_dialog(qtbot, session)
    edit = dialog.recovery_edit if dialog.using_recovery_code else dialog.passphrase_edit
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # the default button: Unlock


def wait_for_main_window(qtbot, session: Session) -> MainWindow:
    qtbot.waitUntil(lambda: session.main_window is not None, timeout=WAIT_MS)
    assert session.main_window is not None
    return session.main_window


def can_open_elsewhere(vault_path: Path, keyring: MemoryKeyring) -> bool:
    try:
        Vault.unlock(vault_path, Credential.passphrase(PASSPHRASE), device_keyring=keyring).close()
    except errors.VaultInUse:
        return False
    return True


def test_a_wrong_passphrase_is_shown_next_to_the_field(qtbot, recovery_code, start_session) -> None:
    session = start_session()
    dialog = unlock_dialog(qtbot, session)
    assert dialog.isVisible() and not dialog.using_recovery_code and dialog.unlock_button.isDefault()
    assert dialog.passphrase_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.error_label.isVisible() and not dialog.passphrase_error.isVisible()
    type_and_unlock(qtbot, session, "not the passphrase")
    qtbot.waitUntil(dialog.passphrase_error.isVisible, timeout=WAIT_MS)
    assert dialog.passphrase_error.text() == errors.WrongPassphrase.message
    assert dialog.isVisible() and session.vault is None and session.main_window is None
    assert dialog.passphrase_edit.isEnabled() and dialog.passphrase_edit.selectedText()
    dialog.passphrase_edit.clear()
    dialog.unlock_button.click()  # an empty passphrase is not even tried
    assert not dialog.busy and dialog.passphrase_error.text() == "Type your passphrase."


def test_the_right_passphrase_opens_the_main_window(qtbot, recovery_code, start_session) -> None:
    session = start_session()
    type_and_unlock(qtbot, session, PASSPHRASE)
    window = wait_for_main_window(qtbot, session)
    assert window.isVisible() and session.dialog is None
    assert window.windowTitle() == "npmdesk — Mecanismo Nacional"
    assert "first time" in window.panel.findChild(QLabel, "lastUnlockLabel").text()


def test_lock_closes_the_vault_and_asks_again(qtbot, recovery_code, start_session, vault_path, keyring_double):
    session = start_session()
    type_and_unlock(qtbot, session, PASSPHRASE)
    window = wait_for_main_window(qtbot, session)
    assert not can_open_elsewhere(vault_path, keyring_double)

    window.lock_action.trigger()

    assert session.vault is None and session.main_window is None
    assert not window.isVisible() and window.centralWidget() is None
    assert isinstance(session.dialog, UnlockDialog) and session.dialog.isVisible()
    assert can_open_elsewhere(vault_path, keyring_double)

    type_and_unlock(qtbot, session, PASSPHRASE)
    window = wait_for_main_window(qtbot, session)
    assert "Last unlock before this session" in window.panel.findChild(QLabel, "lastUnlockLabel").text()


def test_quit_locks_the_vault(qtbot, recovery_code, start_session, vault_path, keyring_double) -> None:
    session = start_session()
    type_and_unlock(qtbot, session, PASSPHRASE)
    window = wait_for_main_window(qtbot, session)
    with qtbot.waitSignal(session.finished):
        window.quit_action.trigger()
    assert session.vault is None and not window.isVisible()
    assert can_open_elsewhere(vault_path, keyring_double)


def test_the_recovery_code_sets_a_new_passphrase_that_works(
    qtbot, recovery_code, start_session, vault_path, keyring_double
):
    session = start_session()
    dialog = unlock_dialog(qtbot, session)
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert dialog.using_recovery_code and dialog.switch_button.text() == "Use the passphrase &instead"
    type_and_unlock(qtbot, session, recovery_code.lower().replace("-", " "))
    qtbot.waitUntil(lambda: isinstance(session.dialog, NewPassphraseDialog), timeout=WAIT_MS)
    change = session.dialog
    assert session.main_window is None

    qtbot.keyClicks(change.passphrase.edit, NEW_PASSPHRASE)
    qtbot.keyClicks(change.passphrase.confirm, NEW_PASSPHRASE + "?")
    change.save_button.click()
    assert change.passphrase.confirm_error.text() == errors.PassphraseMismatch.message
    change.passphrase.confirm.clear()
    qtbot.keyClicks(change.passphrase.confirm, NEW_PASSPHRASE)
    change.save_button.click()
    # The used recovery code is replaced; the new one is shown once, like at creation.
    qtbot.waitUntil(lambda: isinstance(session.dialog, RecoveryCodeDialog), timeout=WAIT_MS)
    shown = session.dialog.code_label.text()
    assert shown != recovery_code and len(shown) == len(recovery_code)
    assert not session.dialog.continue_button.isEnabled()
    session.dialog.written_check.setChecked(True)
    session.dialog.continue_button.click()
    window = wait_for_main_window(qtbot, session)

    window.lock_action.trigger()
    type_and_unlock(qtbot, session, PASSPHRASE)
    qtbot.waitUntil(session.dialog.passphrase_error.isVisible, timeout=WAIT_MS)
    type_and_unlock(qtbot, session, NEW_PASSPHRASE)
    wait_for_main_window(qtbot, session)
    session.shutdown()
    with pytest.raises(errors.WrongPassphrase):
        Vault.unlock(vault_path, Credential.passphrase(PASSPHRASE), device_keyring=keyring_double)
    with pytest.raises(errors.WrongRecoveryCode):
        Vault.unlock(vault_path, Credential.recovery_code(recovery_code), device_keyring=keyring_double)
    Vault.unlock(vault_path, Credential.recovery_code(shown), device_keyring=keyring_double).close()


def test_declining_the_new_passphrase_locks_the_vault(qtbot, recovery_code, start_session) -> None:
    session = start_session()
    unlock_dialog(qtbot, session).switch_method()
    type_and_unlock(qtbot, session, recovery_code)
    qtbot.waitUntil(lambda: isinstance(session.dialog, NewPassphraseDialog), timeout=WAIT_MS)
    session.dialog.reject()
    assert session.vault is None and isinstance(session.dialog, UnlockDialog)


def test_recovery_code_mistakes_are_shown_next_to_the_field(qtbot, recovery_code, start_session) -> None:
    session = start_session()
    dialog = unlock_dialog(qtbot, session)
    dialog.switch_method()
    type_and_unlock(qtbot, session, ("Z" if recovery_code[0] != "Z" else "Y") + recovery_code[1:])
    assert not dialog.busy  # a typing mistake is caught by the checksum, before any key derivation
    assert dialog.recovery_error.text() == errors.MistypedRecoveryCode.message
    assert dialog.recovery_error.isVisible()
    type_and_unlock(qtbot, session, generate())  # another vault's code
    qtbot.waitUntil(lambda: dialog.recovery_error.text() == errors.WrongRecoveryCode.message, timeout=WAIT_MS)
    assert session.vault is None and dialog.isVisible()


def test_a_remembered_vault_opens_without_typing(qtbot, remembered, start_session) -> None:
    session = start_session()
    window = wait_for_main_window(qtbot, session)
    assert window.isVisible()
    assert session.vault.security_events(1)[0].method == "keyring"

    window.lock_action.trigger()  # Lock must not undo itself through the keyring
    dialog = session.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    assert not dialog.busy  # a try with the keyring would have started as the dialog was shown
    run_pending(qtbot)
    assert session.vault is None and session.dialog is dialog and dialog.isVisible() and not dialog.busy


def test_a_silent_keyring_falls_back(qtbot, remembered, start_session, keyring_double) -> None:
    keyring_double.available = False
    session = start_session()
    dialog = unlock_dialog(qtbot, session)
    assert not dialog.error_label.isVisible() and not dialog.passphrase_error.isVisible()
    type_and_unlock(qtbot, session, PASSPHRASE)
    wait_for_main_window(qtbot, session)


def test_a_vault_open_elsewhere_is_reported(qtbot, new_vault, start_session) -> None:
    session = start_session()
    dialog = unlock_dialog(qtbot, session)
    assert dialog.error_label.isVisible() and dialog.error_label.text() == errors.VaultInUse.message


def test_every_control_has_an_accessible_name(qtbot, recovery_code, start_session) -> None:
    session = start_session()
    dialog = unlock_dialog(qtbot, session)
    assert unnamed_controls(dialog) == []
    dialog.switch_method()
    assert unnamed_controls(dialog) == []
    type_and_unlock(qtbot, session, recovery_code)
    qtbot.waitUntil(lambda: isinstance(session.dialog, NewPassphraseDialog), timeout=WAIT_MS)
    assert unnamed_controls(session.dialog) == []
    qtbot.keyClicks(session.dialog.passphrase.edit, NEW_PASSPHRASE)
    qtbot.keyClicks(session.dialog.passphrase.confirm, NEW_PASSPHRASE)
    session.dialog.save_button.click()
    qtbot.waitUntil(lambda: isinstance(session.dialog, RecoveryCodeDialog), timeout=WAIT_MS)
    assert unnamed_controls(session.dialog) == []
    session.dialog.written_check.setChecked(True)
    session.dialog.continue_button.click()
    wait_for_main_window(qtbot, session)


def test_an_unfinished_change_of_recovery_code_is_finished_with_a_code_shown(
    qtbot, new_vault, start_session, vault_path, keyring_double
):
    """A kill left a new recovery code that was never shown: the previous code still opens the
    vault, and the next unlock shows a new code (with why) before the previous one stops working."""
    vault, previous = new_vault
    unseen = vault.new_recovery_code(confirm=False)
    vault.close()
    session = start_session()
    type_and_unlock(qtbot, session, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(session.dialog, RecoveryCodeDialog), timeout=WAIT_MS)
    dialog = session.dialog
    assert "did not finish" in dialog.findChild(QWidget, "noticeLabel").text()
    shown = dialog.code_label.text()
    assert shown not in (previous, unseen)
    assert session.main_window is None
    dialog.written_check.setChecked(True)
    dialog.continue_button.click()
    wait_for_main_window(qtbot, session)
    session.shutdown()
    for gone in (previous, unseen):
        with pytest.raises(errors.WrongRecoveryCode):
            Vault.unlock(vault_path, Credential.recovery_code(gone), device_keyring=keyring_double)
    with Vault.unlock(vault_path, Credential.recovery_code(shown), device_keyring=keyring_double) as opened:
        assert not opened.recovery_code_pending


def test_recovery_says_before_unlocking_that_the_code_is_replaced(qtbot, recovery_code, start_session) -> None:
    """Before the code is typed, and again before the new passphrase is set, the user reads that a
    new code will be shown and the written one will stop working; the new code must be confirmed."""
    session = start_session()
    dialog = unlock_dialog(qtbot, session)
    dialog.switch_method()
    hint = dialog.findChild(QLabel, "recoveryHint")
    assert hint.isVisible() and "opens the vault only once" in hint.text()
    assert "new recovery code" in hint.text() and "stops working" in hint.text()
    type_and_unlock(qtbot, session, recovery_code)
    qtbot.waitUntil(lambda: isinstance(session.dialog, NewPassphraseDialog), timeout=WAIT_MS)
    intro = session.dialog.findChild(QLabel, "introLabel").text()
    assert "Keep your written recovery code" not in intro
    assert "shows you a new recovery code" in intro and "stops working" in intro
    qtbot.keyClicks(session.dialog.passphrase.edit, NEW_PASSPHRASE)
    qtbot.keyClicks(session.dialog.passphrase.confirm, NEW_PASSPHRASE)
    session.dialog.save_button.click()
    qtbot.waitUntil(lambda: isinstance(session.dialog, RecoveryCodeDialog), timeout=WAIT_MS)
    code_dialog = session.dialog
    assert code_dialog.findChild(QLabel, "headingLabel").text() == "Write down your new recovery code now"
    explanation = code_dialog.findChild(QLabel, "explanationLabel").text()
    assert "replaces the recovery code you wrote down before" in explanation
    assert code_dialog.written_check.text() == "I have &written down the new code"
    assert not code_dialog.continue_button.isEnabled()


def test_the_used_code_keeps_working_until_the_new_one_is_confirmed(
    qtbot, recovery_code, start_session, vault_path, keyring_double, monkeypatch
):
    """Closing the new code without ticking "written down" (and saying Close anyway) leaves the
    code the user holds working; the next unlock offers a new code again."""
    session = start_session()
    unlock_dialog(qtbot, session).switch_method()
    type_and_unlock(qtbot, session, recovery_code)
    qtbot.waitUntil(lambda: isinstance(session.dialog, NewPassphraseDialog), timeout=WAIT_MS)
    qtbot.keyClicks(session.dialog.passphrase.edit, NEW_PASSPHRASE)
    qtbot.keyClicks(session.dialog.passphrase.confirm, NEW_PASSPHRASE)
    session.dialog.save_button.click()
    qtbot.waitUntil(lambda: isinstance(session.dialog, RecoveryCodeDialog), timeout=WAIT_MS)
    code_dialog = session.dialog
    asked: list[str] = []

    def close_anyway(self: RecoveryCodeDialog) -> bool:
        asked.append("asked")
        return True

    monkeypatch.setattr(RecoveryCodeDialog, "confirm_leaving", close_anyway)
    qtbot.keyClick(code_dialog, Qt.Key.Key_Escape)
    assert asked == ["asked"]
    window = wait_for_main_window(qtbot, session)
    assert session.vault.recovery_code_pending

    window.lock_action.trigger()
    type_and_unlock(qtbot, session, NEW_PASSPHRASE)  # the passphrase set is in force
    qtbot.waitUntil(lambda: isinstance(session.dialog, RecoveryCodeDialog), timeout=WAIT_MS)
    assert "did not finish" in session.dialog.findChild(QWidget, "noticeLabel").text()
    session.shutdown()
    with Vault.unlock(vault_path, Credential.recovery_code(recovery_code), device_keyring=keyring_double) as vault:
        assert vault.recovery_code_pending
