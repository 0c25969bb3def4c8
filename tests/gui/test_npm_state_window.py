"""The vault knows whose NPM it is, in the window: the State party chosen in the first-run window
(or later), changed in Preferences, and new visits (and the like) starting with it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel

from npmdesk.gui.session import Session
from npmdesk.gui.settings.dialog import SettingsDialog
from npmdesk.gui.welcome.create_vault import CreateVaultDialog
from npmdesk.gui.welcome.recovery_code import RecoveryCodeDialog
from npmdesk.records.npm_state import npm_state, set_npm_state
from npmdesk.vault import Credential, Vault
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.locking_helpers import ManualClock, start_locking_session_fixture, unlock  # noqa: F401
from tests.support.window_helpers import WAIT_MS, activate, open_window, press


@pytest.fixture
def first_run(qtbot, vault_path: Path, keyring_double: MemoryKeyring) -> Iterator[Session]:
    session = Session(vault_path, keyring_double)
    session.start()
    yield session
    session.shutdown()


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def fill(qtbot, dialog: CreateVaultDialog, state: str | None) -> None:
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.npm_name_edit, "Mecanismo Nacional")
    dialog.user_name_edit.setFocus()
    qtbot.keyClicks(dialog.user_name_edit, "Ana")
    qtbot.keyClick(dialog.user_name_edit, Qt.Key.Key_Tab)  # the keyboard path: the State comes next
    assert dialog.focusWidget() in (dialog.state.combo, dialog.state.combo.lineEdit())
    if state is not None:
        dialog.state.combo.lineEdit().selectAll()
        qtbot.keyClicks(dialog.state.combo.lineEdit(), state)
    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase.confirm, PASSPHRASE)


def created_state(qtbot, session: Session, vault_path: Path, keyring: MemoryKeyring, state: str | None) -> str | None:
    dialog = session.dialog
    assert isinstance(dialog, CreateVaultDialog)
    fill(qtbot, dialog, state)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(session.dialog, RecoveryCodeDialog), timeout=WAIT_MS)
    session.quit()
    with Vault.unlock(vault_path, Credential.passphrase(PASSPHRASE), device_keyring=keyring) as vault:
        return npm_state(vault)


def test_the_first_run_window_offers_the_states_parties_sorted_by_name(first_run) -> None:
    dialog = first_run.dialog
    assert isinstance(dialog, CreateVaultDialog)
    combo = dialog.state.combo
    assert combo.accessibleName() == "State party of your NPM" and combo.isEditable()
    assert dialog.child(QLabel, "stateLabel").buddy() is combo and "&" in dialog.child(QLabel, "stateLabel").text()
    names = items(combo)
    assert names[0] == "Choose later" and combo.currentIndex() == 0
    assert names[1:] == sorted(names[1:], key=str.casefold) and "Mexico (MX)" in names


@pytest.mark.parametrize(("typed", "expected"), [("mexico", "MX"), ("Costa Rica (CR)", "CR"), (None, None)])
def test_the_state_chosen_at_first_run_is_kept_in_the_vault(qtbot, first_run, vault_path, keyring_double,
                                                            typed, expected) -> None:
    assert created_state(qtbot, first_run, vault_path, keyring_double, typed) == expected


def test_a_state_that_is_not_in_the_list_is_said_and_nothing_is_created(qtbot, first_run, vault_path) -> None:
    dialog = first_run.dialog
    fill(qtbot, dialog, "Atlantis")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    error = dialog.child(QLabel, "stateError")
    assert error.isVisible() and "Choose your State from the list" in error.text()
    assert dialog.state.combo.accessibleDescription() == error.text()
    assert not vault_path.exists() and not dialog.busy


def open_preferences(qtbot, session) -> SettingsDialog:
    window = session.main_window
    activate(qtbot, window)
    press(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = session.guard.settings_dialog
    assert isinstance(dialog, SettingsDialog) and window.preferences_action.shortcut() == QKeySequence("Ctrl+,")
    qtbot.waitExposed(dialog)
    return dialog


def test_preferences_set_and_change_the_state(qtbot, start_locking_session) -> None:
    session = start_locking_session(ManualClock())
    unlock(qtbot, session)
    dialog = open_preferences(qtbot, session)
    combo = dialog.state.combo
    assert combo.isEnabled() and combo.currentText() == "Not chosen yet"
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "guatemala")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.guard.settings_dialog is None, timeout=WAIT_MS)
    assert npm_state(session.vault) == "GT"

    dialog = open_preferences(qtbot, session)
    assert dialog.state.combo.currentText() == "Guatemala (GT)"
    dialog.state.combo.lineEdit().selectAll()
    qtbot.keyClicks(dialog.state.combo.lineEdit(), "Narnia")
    dialog.save()
    assert dialog.isVisible() and "Choose your State from the list" in dialog.error_label.text()
    assert npm_state(session.vault) == "GT"


def test_a_new_visit_starts_with_the_npms_state(qtbot, store) -> None:
    set_npm_state(store.vault, "mx")
    window = open_window(qtbot, store.vault)
    visit = window.forms.new("visit")
    assert visit.envelope.values()["country"] == "MX"
    assert visit.envelope.inputs["country"].currentText() == "Mexico (MX)"
    place = window.forms.new("place")
    assert place.envelope.values()["country"] == "MX"
    letter = window.forms.new("communication")
    assert letter.envelope.values()["country"] is None  # communications start without one, as before
    for form in (visit, place, letter):
        form.reject()
