"""Drafts through the real window and session: autosaved into the vault (never in clear on
disk), kept when the vault locks or the user quits, offered after unlocking, removed on save."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from npmdesk.gui.forms import record_form
from npmdesk.gui.locking.idle import DEFAULT_IDLE_MINUTES
from npmdesk.records import ListQuery, RecordStore
from npmdesk.records.drafts import Drafts
from npmdesk.vault import Credential, Vault
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.form_helpers import choose, open_form, save, select_row_of, type_into
from tests.support.locking_helpers import (  # noqa: F401
    WAIT_MS,
    ManualClock,
    is_locked,
    start_locking_session_fixture,
    unlock,
)
from tests.support.plaintext import files_containing
from tests.support.window_helpers import open_window

MARKER = "QXDRAFTGUI-Заключённый-5521"


@pytest.fixture
def quick_autosave(monkeypatch) -> None:
    monkeypatch.setattr(record_form, "AUTOSAVE_MS", 50)


def offered(qtbot, window):
    """The draft offer shown after unlocking."""
    qtbot.waitUntil(lambda: window.forms.offer is not None and window.forms.offer.box is not None
                    and window.forms.offer.box.isVisible(), timeout=WAIT_MS)
    return window.forms.offer


def drafts_in(vault_path: Path) -> list:
    with Vault.unlock(vault_path, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()) as vault:
        return Drafts(RecordStore(vault)).all()


def test_typing_is_kept_in_the_vault_after_a_pause_and_never_in_clear(qtbot, store, quick_autosave,
                                                                      tmp_path, monkeypatch) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    drafts = Drafts(store)
    window = open_window(qtbot, store.vault)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    assert drafts.count() == 0  # an untouched form keeps nothing
    type_into(qtbot, form, "title", MARKER)
    qtbot.waitUntil(lambda: drafts.count() == 1, timeout=WAIT_MS)
    assert drafts.all()[0].content["record"]["title"] == MARKER and drafts.all()[0].record_id is None
    assert form.draft_label.text().startswith("Draft kept in the vault at")
    form.envelope.inputs["body"].insertPlainText(MARKER + " body")
    qtbot.waitUntil(lambda: drafts.all()[0].content["record"]["body"] == MARKER + " body", timeout=WAIT_MS)
    assert drafts.count() == 1  # one draft per form, replaced
    folders = [store.vault.folder, temp] + [Path(os.environ[v]) for v in ("XDG_CONFIG_HOME", "XDG_DATA_HOME",
                                                                          "XDG_CACHE_HOME", "XDG_STATE_HOME")]
    assert files_containing(folders, [MARKER]) == []

    choose(form, "direction", "sent")
    choose(form, "channel", "email")
    save(qtbot, form)
    assert drafts.count() == 0 and store.count(ListQuery(kinds=("communication",))) == 1


def test_a_form_open_when_the_vault_locks_is_offered_after_unlocking(qtbot, start_locking_session) -> None:
    session = start_locking_session()
    window = unlock(qtbot, session)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    type_into(qtbot, form, "title", MARKER)
    choose(form, "direction", "received")
    window.lock_action.trigger()  # at once: no autosave has run yet
    assert is_locked(session) and not form.isVisible()
    assert form.envelope.inputs["title"].text() == ""  # the closed form forgot what it showed

    window = unlock(qtbot, session)
    offer = offered(qtbot, window)
    assert offer.box.text().startswith(f"You have an unsaved draft of “{MARKER}” (communication), kept ")
    assert offer.continue_button.text() == "&Continue" and offer.discard_button.text() == "&Discard"
    offer.continue_button.click()
    qtbot.waitUntil(lambda: len(window.forms.forms) == 1, timeout=WAIT_MS)
    form = window.forms.forms[0]
    assert form.envelope.inputs["title"].text() == MARKER
    assert form.fields.inputs["direction"].currentData() == "received"
    assert form.draft_label.text() == "Continuing your unsaved draft"
    choose(form, "channel", "letter")
    save(qtbot, form)
    store = window.workspace.store
    assert Drafts(store).count() == 0
    assert [s.title for s in store.list(ListQuery(kinds=("communication",))) if s.title == MARKER] == [MARKER]


def test_an_edit_left_open_until_the_idle_lock_is_offered_and_saved_over_its_record(
        qtbot, start_locking_session, quick_autosave) -> None:
    clock = ManualClock()
    session = start_locking_session(clock)
    window = unlock(qtbot, session)
    store = window.workspace.store
    record = store.get(session.ids["record"])
    select_row_of(window, record)
    form = open_form(qtbot, window, Qt.Key.Key_E)
    type_into(qtbot, form, "title", "Edited, then the user went away")
    qtbot.waitUntil(lambda: Drafts(store).count() == 1, timeout=WAIT_MS)  # autosaved after the pause

    clock.advance(DEFAULT_IDLE_MINUTES * 60)
    assert session.guard.idle.check() and is_locked(session)

    window = unlock(qtbot, session)
    offer = offered(qtbot, window)
    assert "“Edited, then the user went away” (communication)" in offer.box.text()
    offer.continue_button.click()
    qtbot.waitUntil(lambda: len(window.forms.forms) == 1, timeout=WAIT_MS)
    form = window.forms.forms[0]
    assert form.record.id == record.id and form.history_button.isEnabled() is False
    save(qtbot, form)
    store = window.workspace.store
    saved = store.get(record.id)
    assert (saved.version, saved.title) == (2, "Edited, then the user went away")
    assert store.history(record.id)[0].title == record.title and Drafts(store).count() == 0


def test_discarding_the_offered_draft_removes_it_and_later_keeps_it(qtbot, start_locking_session) -> None:
    session = start_locking_session()
    window = unlock(qtbot, session)
    for title in ("First unsaved", "Second unsaved"):
        form = window.forms.new("reminder")
        type_into(qtbot, form, "title", title)
    window.lock_action.trigger()

    window = unlock(qtbot, session)
    offer = offered(qtbot, window)
    first = offer.box.text()
    offer.later_button.click()  # Later: kept, asked again next time
    qtbot.waitUntil(lambda: offer.box is not None and offer.box.text() != first, timeout=WAIT_MS)
    offer.discard_button.click()
    qtbot.waitUntil(lambda: offer.box is None, timeout=WAIT_MS)
    assert [d.content["record"]["title"] for d in Drafts(window.workspace.store).all()] == [
        first.split("“")[1].split("”")[0]]
    window.lock_action.trigger()

    window = unlock(qtbot, session)
    offer = offered(qtbot, window)
    assert offer.box.text() == first
    offer.discard_button.click()
    qtbot.waitUntil(lambda: offer.box is None, timeout=WAIT_MS)
    assert Drafts(window.workspace.store).count() == 0


def test_quitting_with_a_form_open_keeps_its_draft(qtbot, start_locking_session, vault_path) -> None:
    session = start_locking_session()
    window = unlock(qtbot, session)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    type_into(qtbot, form, "title", "Written just before quitting")
    with qtbot.waitSignal(session.finished, timeout=WAIT_MS):
        window.quit_action.trigger()
    assert [d.content["record"]["title"] for d in drafts_in(vault_path)] == ["Written just before quitting"]
