"""Emergency erase from the window: only after typing the vault's name; then nothing opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from npmdesk.errors import VaultNotFound
from npmdesk.gui.destroy.destroy_dialog import DestroyDialog
from npmdesk.gui.session import Session
from npmdesk.gui.welcome.create_vault import CreateVaultDialog
from npmdesk.vault import Credential, Vault

WAIT_MS = 5_000


def answer_dialog(qtbot, typed: str, *, confirm: bool) -> list[bool]:
    """When the modal dialog opens: type `typed`, then press Destroy (if enabled) or Cancel."""
    seen: list[bool] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DestroyDialog):
            QTimer.singleShot(20, act)
            return
        assert dialog.destroy_button.accessibleName() and dialog.name_edit.accessibleName()
        dialog.name_edit.setText(typed)
        seen.append(dialog.destroy_button.isEnabled())
        if confirm and dialog.destroy_button.isEnabled():
            dialog.destroy_button.click()
        else:
            dialog.reject()

    QTimer.singleShot(0, act)
    return seen


def open_session(qtbot, new_vault, vault_path, keyring_double) -> Session:
    vault, _ = new_vault
    session = Session(vault_path, keyring_double)
    session.vault = vault
    session._open_main_window()
    qtbot.waitUntil(lambda: session.main_window is not None, timeout=WAIT_MS)
    return session


def test_wrong_name_destroys_nothing(qtbot, new_vault, vault_path, keyring_double):
    session = open_session(qtbot, new_vault, vault_path, keyring_double)
    seen = answer_dialog(qtbot, "not-the-name", confirm=True)
    session.main_window.destroy_action.trigger()
    assert seen == [False]
    assert session.vault is not None and session.vault.is_open
    assert (vault_path / "keyslots.json").exists()
    session.shutdown()


def test_typing_the_name_erases_the_vault_and_returns_to_first_run(qtbot, new_vault, vault_path, keyring_double):
    _, code = new_vault
    session = open_session(qtbot, new_vault, vault_path, keyring_double)
    seen = answer_dialog(qtbot, vault_path.name, confirm=True)
    session.main_window.destroy_action.trigger()
    assert seen == [True]
    qtbot.waitUntil(lambda: isinstance(session.dialog, CreateVaultDialog), timeout=WAIT_MS)
    assert session.vault is None and session.main_window is None
    assert not vault_path.exists()
    with pytest.raises(VaultNotFound):
        Vault.unlock(vault_path, Credential.recovery_code(code), device_keyring=keyring_double)
    session.shutdown()
