"""The passphrase / recovery-code switch, the same in the three windows that ask for either
(Unlock, Change Passphrase, Restore a Backup): the button says what it switches to, the field
asked is the one shown and focused, what was said about the other is cleared, a mistyped code
is said under its field, and a wrong secret is said under the field it was typed in."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from npmdesk.errors import MistypedRecoveryCode, WrongPassphrase, WrongRecoveryCode
from npmdesk.gui import inline_error
from npmdesk.gui.unlock.unlock_dialog import UnlockDialog
from npmdesk.gui.vault_menu.change_passphrase import ChangePassphraseDialog
from npmdesk.gui.vault_menu.restore_dialog import RestoreDialog
from tests.support.event_loop import run_pending

PASSPHRASE_WORDS = {"unlock": "Use the passphrase &instead", "change": "Use the current passphrase &instead",
                    "restore": "Use the passphrase &instead"}


def _dialog(which: str, vault, keyring) -> QWidget:
    if which == "unlock":
        return UnlockDialog(vault.folder, keyring, try_device=False)
    if which == "change":
        return ChangePassphraseDialog(vault)
    return RestoreDialog(vault.folder)


@pytest.mark.parametrize("which", ["unlock", "change", "restore"])
def test_each_window_switches_between_the_passphrase_and_the_recovery_code(qtbot, new_vault, keyring_double,
                                                                           which) -> None:
    dialog = _dialog(which, new_vault[0], keyring_double)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    method = dialog.method
    assert not dialog.using_recovery_code and dialog.switch_button.text() == "Use the recovery code &instead"
    assert dialog.switch_button.accessibleName() == "Use the recovery code instead"
    method.side.edit.setText("typed for the passphrase")
    inline_error.show_error(dialog.error_label, "A problem of the window's.")

    dialog.switch_button.click()
    run_pending(qtbot)
    assert dialog.using_recovery_code and dialog.switch_button.text() == PASSPHRASE_WORDS[which]
    assert method.side.edit.isVisible() and dialog.error_label.isHidden()
    assert method.side.edit.text() == ""  # a passphrase is never taken for a code (one field or two)
    method.side.edit.setText("ABCD-EFGH")
    assert method.credential() is None
    assert method.side.error.isVisible() and method.side.error.text() == inline_error.error_text(MistypedRecoveryCode())
    assert method.show_wrong(WrongRecoveryCode()) and method.recovery.error.text() == inline_error.error_text(
        WrongRecoveryCode())

    dialog.switch_button.click()
    run_pending(qtbot)
    assert not dialog.using_recovery_code and dialog.switch_button.text() == "Use the recovery code &instead"
    assert method.side.edit.isVisible()
    method.side.edit.setText("a passphrase")
    credential = method.credential()
    assert credential is not None and credential.kind == "passphrase"
    credential.wipe()
    assert method.show_wrong(WrongPassphrase()) and method.passphrase.error.isVisible()
    assert not method.show_wrong(MistypedRecoveryCode())  # not a wrong secret: the window says it elsewhere
    method.clear()
    assert method.passphrase.edit.text() == method.recovery.edit.text() == ""
    dialog.reject()
