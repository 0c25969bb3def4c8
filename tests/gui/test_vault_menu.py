"""The Vault menu: change the passphrase, check integrity and restore a backup, through the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from npmdesk import errors
from npmdesk.gui.main_window import MainWindow
from npmdesk.gui.session import Session
from npmdesk.gui.unlock.unlock_dialog import UnlockDialog
from npmdesk.gui.vault_menu.change_passphrase import ChangePassphraseDialog
from npmdesk.gui.vault_menu.errors import RestoreOverOpenVault
from npmdesk.gui.vault_menu.restore_dialog import RestoreDialog
from npmdesk.gui.welcome.recovery_code import RecoveryCodeDialog
from npmdesk.records import Record, RecordStore
from npmdesk.vault import Credential, Vault
from npmdesk.vault.backup import write_backup
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.vault_menu_helpers import WAIT_MS, modal, start_session, unlock_with, when_up
from tests.support.window_helpers import open_window

NEW_PASSPHRASE = "a brand new passphrase for the field"


@pytest.fixture
def sessions() -> Iterator[list[Session]]:
    made: list[Session] = []
    yield made
    for session in made:
        session.shutdown()


@pytest.fixture
def locked(new_vault: tuple[Vault, str]) -> str:
    vault, code = new_vault
    vault.close()
    return code


def opened_window(qtbot, session: Session) -> MainWindow:
    qtbot.waitUntil(lambda: session.main_window is not None, timeout=WAIT_MS)
    assert session.main_window is not None
    return session.main_window


def fill_change(qtbot, dialog: ChangePassphraseDialog, current: str, new: str, confirm: str | None = None) -> None:
    qtbot.keyClicks(dialog.current_edit, current)
    qtbot.keyClicks(dialog.passphrase.edit, new)
    qtbot.keyClicks(dialog.passphrase.confirm, new if confirm is None else confirm)
    dialog.save_button.click()


def letter(title: str, body: str = "") -> Record:
    return Record(kind="communication", title=title, body=body, date="2026-03-02", status="sent",
                  fields={"direction": "sent", "channel": "letter"})


def opens(path: Path, credential: Credential) -> bool:
    try:
        Vault.unlock(path, credential, device_keyring=MemoryKeyring()).close()
    except (errors.WrongPassphrase, errors.WrongRecoveryCode):
        return False
    return True


# ----------------------------------------------------------------------- the menu itself


def test_the_vault_menu_offers_the_three_actions_by_keyboard(qtbot, new_vault) -> None:
    window = open_window(qtbot, new_vault[0])
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles.index("Va&ult") == titles.index("&Edit") + 1
    menu = window.vault_menu.menu
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == ["Change &Passphrase…", "&Check Integrity…", "&Restore a Backup…"]
    mnemonics = [title.split("&")[1][0].lower() for title in titles if "&" in title]
    assert len(mnemonics) == len(set(mnemonics))  # Alt+U opens the menu without a clash


# ----------------------------------------------------------------------- change passphrase


def test_change_passphrase_then_unlock_with_the_new_one(qtbot, locked, vault_path, keyring_double, sessions):
    session = start_session(qtbot, vault_path, keyring_double, sessions)
    unlock_with(qtbot, session, PASSPHRASE)
    window = opened_window(qtbot, session)
    said: list[str] = []

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ChangePassphraseDialog)
        assert dialog.passphrase.edit.echoMode() == dialog.current_edit.echoMode()
        fill_change(qtbot, dialog, PASSPHRASE, NEW_PASSPHRASE)
        assert dialog.busy  # the key derivation runs off the GUI thread, with the busy bar shown
        when_up(modal("passphraseChangedBox"), lambda box: (said.append(box.text()), box.accept()))

    when_up(modal("changePassphraseDialog"), change)
    window.vault_menu.change_action.trigger()
    assert said == ["The passphrase is changed. The old one no longer opens the vault."]

    window.lock_action.trigger()
    unlock_with(qtbot, session, PASSPHRASE)
    dialog = session.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitUntil(dialog.passphrase_error.isVisible, timeout=WAIT_MS)
    unlock_with(qtbot, session, NEW_PASSPHRASE)
    opened_window(qtbot, session)
    session.shutdown()
    assert opens(vault_path, Credential.recovery_code(locked))  # the recovery code is untouched


def test_a_wrong_current_passphrase_changes_nothing(qtbot, new_vault, vault_path) -> None:
    vault, _code = new_vault
    window = open_window(qtbot, vault)
    seen: list[str] = []

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ChangePassphraseDialog)
        fill_change(qtbot, dialog, "not the passphrase", NEW_PASSPHRASE)

        def refused() -> None:
            seen.append(dialog.current_error.text())
            assert dialog.current_edit.isEnabled() and not dialog.busy
            dialog.reject()

        when_up(lambda: dialog.current_error if dialog.current_error.text() else None, lambda _label: refused())

    when_up(modal("changePassphraseDialog"), change)
    window.vault_menu.change_action.trigger()
    assert seen == [errors.WrongPassphrase.message]
    vault.close()
    assert opens(vault_path, Credential.passphrase(PASSPHRASE))
    assert not opens(vault_path, Credential.passphrase(NEW_PASSPHRASE))


def test_a_weak_or_mismatched_new_passphrase_is_refused_before_any_work(qtbot, new_vault, vault_path) -> None:
    vault, _code = new_vault
    window = open_window(qtbot, vault)
    seen: list[str] = []

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ChangePassphraseDialog)
        fill_change(qtbot, dialog, PASSPHRASE, "short")
        assert not dialog.busy
        seen.append(dialog.passphrase.error.text())
        assert dialog.passphrase.label.text() == "Strength: Too short"
        dialog.passphrase.clear()
        qtbot.keyClicks(dialog.passphrase.edit, NEW_PASSPHRASE)
        qtbot.keyClicks(dialog.passphrase.confirm, NEW_PASSPHRASE + "!")
        dialog.save_button.click()
        assert not dialog.busy
        seen.append(dialog.passphrase.confirm_error.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_up(modal("changePassphraseDialog"), change)
    window.vault_menu.change_action.trigger()
    assert seen == [errors.WeakPassphrase.message, errors.PassphraseMismatch.message]
    vault.close()
    assert opens(vault_path, Credential.passphrase(PASSPHRASE))


def test_the_recovery_code_as_proof_is_replaced_once_the_new_one_is_confirmed(qtbot, new_vault, vault_path):
    vault, code = new_vault
    window = open_window(qtbot, vault)
    shown: list[str] = []
    said: list[str] = []

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ChangePassphraseDialog)
        qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
        assert dialog.using_recovery_code and "stops working" in dialog.findChild(QWidget, "recoveryNote").text()
        qtbot.keyClicks(dialog.recovery_edit, code)
        qtbot.keyClicks(dialog.passphrase.edit, NEW_PASSPHRASE)
        qtbot.keyClicks(dialog.passphrase.confirm, NEW_PASSPHRASE)
        dialog.save_button.click()
        when_up(lambda: window.vault_menu.code_dialog, confirm_code)

    def confirm_code(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryCodeDialog)
        shown.append(dialog.code_label.text())
        assert not dialog.continue_button.isEnabled()
        assert dialog.written_check.text() == "I have &written down the new code"
        dialog.written_check.setChecked(True)
        dialog.continue_button.click()
        when_up(modal("passphraseChangedBox"), lambda box: (said.append(box.text()), box.accept()))

    when_up(modal("changePassphraseDialog"), change)
    window.vault_menu.change_action.trigger()
    assert "The recovery code you used no longer works" in said[0]
    vault.close()
    assert opens(vault_path, Credential.passphrase(NEW_PASSPHRASE))
    assert not opens(vault_path, Credential.recovery_code(code))
    assert opens(vault_path, Credential.recovery_code(shown[0]))


# ------------------------------------------------------------------------ integrity check


def flip_byte(path: Path, page: int, offset: int = 2000) -> None:
    with open(path, "r+b") as f:
        f.seek(page * 4096 + offset)
        byte = f.read(1)
        f.seek(page * 4096 + offset)
        f.write(bytes([byte[0] ^ 0x10]))


def test_a_healthy_vault_is_said_healthy(qtbot, new_vault) -> None:
    window = open_window(qtbot, new_vault[0])
    window.vault_menu.check_action.trigger()
    dialog = window.vault_menu.integrity_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.healthy is not None, timeout=WAIT_MS)
    assert dialog.healthy and dialog.status_label.text() == "The vault is healthy: both integrity checks passed."
    assert not dialog.restore_button.isVisible() and dialog.button.text() == "Close"


def test_a_damaged_vault_is_said_damaged_with_what_to_do(qtbot, new_vault) -> None:
    vault, _code = new_vault
    RecordStore(vault).add_many([letter(f"Carta {n}", "Observaciones. " * 300) for n in range(40)])
    vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    window = open_window(qtbot, vault)
    pages = (vault.folder / "vault.db").stat().st_size // 4096
    flip_byte(vault.folder / "vault.db", pages // 2)
    window.vault_menu.check_action.trigger()
    dialog = window.vault_menu.integrity_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.healthy is not None, timeout=WAIT_MS)
    text = dialog.status_label.text()
    assert dialog.healthy is False and text.startswith("The vault is damaged")
    assert "Restore your latest backup" in text and dialog.restore_button.isVisible()
    dialog.restore_button.click()  # straight on to the restore
    assert window.vault_menu.restore_dialog is not None and window.vault_menu.restore_dialog.isVisible()


# -------------------------------------------------------------------------------- restore


@pytest.fixture
def backup(new_vault: tuple[Vault, str], tmp_path: Path) -> Path:
    vault, _code = new_vault
    RecordStore(vault).add_many([letter("Carta al SPT")])
    return write_backup(vault, tmp_path / "backup.npmbackup").path


def start_restore(qtbot, window: MainWindow, backup: Path, folder: Path, secret: str) -> RestoreDialog:
    window.vault_menu.restore_action.trigger()
    dialog = window.vault_menu.restore_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.backup_edit, str(backup))
    qtbot.keyClicks(dialog.folder_edit, str(folder))
    qtbot.keyClicks(dialog.secret_edit, secret)
    qtbot.keyClick(dialog.secret_edit, Qt.Key.Key_Return)  # the default button: Restore
    return dialog


def left_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_backup_is_restored_into_a_new_folder_and_opened(qtbot, backup, locked, vault_path, keyring_double,
                                                           sessions, tmp_path) -> None:
    session = start_session(qtbot, vault_path, keyring_double, sessions)
    unlock_with(qtbot, session, PASSPHRASE)
    window = opened_window(qtbot, session)
    target = tmp_path / "restored"
    dialog = start_restore(qtbot, window, backup, target, PASSPHRASE)
    qtbot.waitUntil(lambda: dialog.restored is not None, timeout=WAIT_MS)
    assert dialog.bar.value() == dialog.bar.maximum()
    assert "passed both integrity checks" in dialog.status_label.text()
    assert dialog.open_button.isVisible() and dialog.secret_edit.text() == ""
    dialog.open_button.click()  # this vault is locked, the restored one asked for
    assert session.main_window is None and session.vault_path == target
    unlock_with(qtbot, session, PASSPHRASE)
    window = opened_window(qtbot, session)
    assert [r.title for r in RecordStore(session.vault).list()] == ["Carta al SPT"]


def test_a_restore_refuses_the_open_vaults_folder(qtbot, backup, new_vault, tmp_path) -> None:
    vault, _code = new_vault
    window = open_window(qtbot, vault)
    before = left_in(vault.folder)
    for target in (vault.folder, vault.folder / "inside"):
        dialog = start_restore(qtbot, window, backup, target, PASSPHRASE)
        assert dialog.error_label.text() == RestoreOverOpenVault.message and dialog.job is None
        dialog.reject()
    assert left_in(vault.folder) == before
    assert left_in(tmp_path) == sorted(["backup.npmbackup", "vault"])


def test_a_restore_with_the_wrong_passphrase_creates_nothing(qtbot, backup, new_vault, tmp_path) -> None:
    window = open_window(qtbot, new_vault[0])
    dialog = start_restore(qtbot, window, backup, tmp_path / "restored", "not the passphrase")
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=WAIT_MS)
    assert dialog.error_label.text() == errors.WrongPassphrase.message
    assert dialog.job is None and dialog.restored is None and dialog.restore_button.isEnabled()
    assert left_in(tmp_path) == sorted(["backup.npmbackup", "vault"])


def test_a_restore_can_be_cancelled_and_leaves_nothing(qtbot, backup, new_vault, tmp_path) -> None:
    window = open_window(qtbot, new_vault[0])
    dialog = start_restore(qtbot, window, backup, tmp_path / "restored", PASSPHRASE)
    assert dialog.job is not None and dialog.bar.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel while it runs
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    assert dialog.status_label.text() == "The restore was cancelled. Nothing was created."
    assert dialog.restored is None and dialog.isVisible()
    assert left_in(tmp_path) == sorted(["backup.npmbackup", "vault"])


def test_every_vault_menu_control_has_an_accessible_name(qtbot, new_vault) -> None:
    from tests.gui.test_unlock import unnamed_controls

    window = open_window(qtbot, new_vault[0])
    window.vault_menu.restore_action.trigger()
    assert unnamed_controls(window.vault_menu.restore_dialog) == []
    dialog = ChangePassphraseDialog(new_vault[0], window)
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []


def test_a_vault_too_damaged_to_open_offers_its_backup_at_unlock(qtbot, backup, locked, vault_path,
                                                                  keyring_double, sessions, tmp_path) -> None:
    flip_byte(vault_path / "vault.db", 0)
    session = start_session(qtbot, vault_path, keyring_double, sessions)
    unlock_with(qtbot, session, PASSPHRASE)
    unlock = session.dialog
    assert isinstance(unlock, UnlockDialog)
    qtbot.waitUntil(unlock.error_label.isVisible, timeout=WAIT_MS)
    assert unlock.error_label.text() == errors.DamagedVault.message and unlock.restore_button.isVisible()
    unlock.restore_button.click()
    dialog = unlock.restore_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.backup_edit, str(backup))
    qtbot.keyClicks(dialog.folder_edit, str(vault_path))  # never over the damaged vault
    qtbot.keyClicks(dialog.secret_edit, PASSPHRASE)
    dialog.restore_button.click()
    assert dialog.error_label.text() == RestoreOverOpenVault.message
    dialog.folder_edit.clear()
    qtbot.keyClicks(dialog.folder_edit, str(tmp_path / "restored"))
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.restored is not None, timeout=WAIT_MS)
    dialog.open_button.click()
    assert session.vault_path == tmp_path / "restored" and session.dialog is not unlock
    unlock_with(qtbot, session, PASSPHRASE)
    opened_window(qtbot, session)
    assert [r.title for r in RecordStore(session.vault).list()] == ["Carta al SPT"]


def test_the_idle_lock_waits_for_a_restore_under_way(qtbot, backup, new_vault, tmp_path) -> None:
    from npmdesk.gui.locking.lock_guard import backup_running

    window = open_window(qtbot, new_vault[0])
    assert not backup_running(window)
    dialog = start_restore(qtbot, window, backup, tmp_path / "restored", PASSPHRASE)
    assert backup_running(window)
    qtbot.waitUntil(lambda: dialog.restored is not None, timeout=WAIT_MS)
    assert not backup_running(window)
