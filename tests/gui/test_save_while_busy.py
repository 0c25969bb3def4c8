"""Saving while an import or an attachment holds the vault: the window never freezes, nothing typed is lost.

Another connection holds the vault's write lock (as an import or an attachment add does, in one
long transaction) while the user saves a form or a draft is kept. The event loop must go on (a
timer keeps firing, the form answers), the form says it is waiting and keeps its text, the save
completes once the lock is released, and a failure meanwhile is said in one sentence.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer

from npmdesk.gui.forms import record_form
from npmdesk.records import ListQuery
from npmdesk.records.drafts import Drafts
from tests.support.form_helpers import choose, open_form, save, type_into
from tests.support.window_helpers import WAIT_MS, open_window

TITLE = "Carta al SPT escrita durante la importación"


@pytest.fixture
def held_lock(store):
    """The vault's write lock, held from a second connection until `release()` (as a job holds it)."""

    class Held:
        def __init__(self) -> None:
            self.db = store.vault.second_connection()
            self.db.execute("BEGIN IMMEDIATE")

        def release(self) -> None:
            if self.db is not None:
                self.db.execute("ROLLBACK")
                self.db.close()
                self.db = None

    held = Held()
    yield held
    held.release()


def ticking(qtbot) -> list[float]:
    """Times at which a 20 ms timer fired: it only fires while the GUI event loop runs."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    qtbot._ticking_timer = timer  # kept alive for the test
    return ticks


def filled_form(qtbot, window):
    form = open_form(qtbot, window, Qt.Key.Key_N)
    type_into(qtbot, form, "title", TITLE)
    choose(form, "direction", "sent")
    choose(form, "channel", "letter")
    return form


def titles(store) -> list[str]:
    return [s.title for s in store.list(ListQuery())]


def test_saving_while_the_vault_is_busy_waits_without_freezing_and_then_saves(qtbot, store, held_lock):
    """The user clicks Save during an import: the click returns at once, the form says it is
    waiting and keeps the text, the window goes on running; once the import ends, it is saved.
    Today: the window freezes for 5 s, then "database is locked" escapes and nothing is said."""
    window = open_window(qtbot, store.vault)
    form = filled_form(qtbot, window)
    ticks = ticking(qtbot)
    started = time.monotonic()
    save(qtbot, form)
    assert time.monotonic() - started < 1.0  # the click did not block
    qtbot.waitUntil(lambda: "waiting" in form.save_status.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len([t for t in ticks if t > started]) >= 10, timeout=WAIT_MS)  # the loop runs on
    assert form.isVisible() and form.envelope.inputs["title"].text() == TITLE
    assert not form.save_button.isEnabled() and TITLE not in titles(store)
    held_lock.release()
    qtbot.waitUntil(lambda: titles(store).count(TITLE) == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.forms.forms, timeout=WAIT_MS)  # saved, so the form closed


def test_a_draft_waits_for_a_busy_vault_and_is_kept_afterwards(qtbot, store, held_lock, monkeypatch):
    """Autosave during an import does not freeze the window; the draft line says it waits, and
    the draft is in the vault once the import is over."""
    monkeypatch.setattr(record_form, "AUTOSAVE_MS", 50)
    window = open_window(qtbot, store.vault)
    form = filled_form(qtbot, window)
    qtbot.waitUntil(lambda: "waiting" in form.draft_label.text(), timeout=WAIT_MS)
    assert Drafts(store).count() == 0 and form.envelope.inputs["title"].text() == TITLE
    held_lock.release()
    qtbot.waitUntil(lambda: form.draft_label.text().startswith("Draft kept in the vault"), timeout=WAIT_MS)
    assert [d.content["record"]["title"] for d in Drafts(store).all()] == [TITLE]


def test_cancel_stops_waiting_and_keeps_the_text(qtbot, store, held_lock):
    """Cancel while the save waits: the save is withdrawn, the form stays with its text and says
    nothing was saved; releasing the lock later saves nothing behind the user's back."""
    window = open_window(qtbot, store.vault)
    form = filled_form(qtbot, window)
    save(qtbot, form)
    qtbot.waitUntil(lambda: "waiting" in form.save_status.text(), timeout=WAIT_MS)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible() and form.save_button.isEnabled()
    assert form.form_error.isVisible() and "Not saved" in form.form_error.text()
    assert form.envelope.inputs["title"].text() == TITLE
    held_lock.release()
    qtbot.waitUntil(lambda: not form.writer.busy, timeout=WAIT_MS)  # the writer thread let the save go
    assert TITLE not in titles(store) and form.isVisible()


def test_a_save_that_fails_after_waiting_is_said_and_keeps_the_text(qtbot, store, held_lock, tmp_path):
    """The vault folder is moved away while the save waits: once the lock is released, the user
    reads one sentence naming the folder, and the form stays open with the text."""
    window = open_window(qtbot, store.vault)
    form = filled_form(qtbot, window)
    save(qtbot, form)
    qtbot.waitUntil(lambda: "waiting" in form.save_status.text(), timeout=WAIT_MS)
    folder = store.vault.folder
    folder.rename(tmp_path / "moved")
    try:
        held_lock.release()
        qtbot.waitUntil(form.form_error.isVisible, timeout=WAIT_MS)
        assert str(folder) in form.form_error.text() and "not saved" in form.form_error.text().lower()
        assert form.isVisible() and form.save_button.isEnabled()
        assert form.envelope.inputs["title"].text() == TITLE
    finally:
        (tmp_path / "moved").rename(folder)
