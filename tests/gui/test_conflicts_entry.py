"""The navigator's "Edited on both sides" list: records an import found changed here and there."""

from __future__ import annotations

from dataclasses import replace

from npmdesk.gui.navigator import ENTRIES
from npmdesk.records import Record
from tests.support.window_helpers import open_window

ROW = next(row for row, entry in enumerate(ENTRIES) if entry.key == "conflicts")


def test_records_edited_on_both_sides_have_their_own_list_until_settled(qtbot, store) -> None:
    letter = store.add(Record(kind="communication", title="Shared letter", status="sent",
                              fields={"direction": "sent", "channel": "letter"}))
    store.add(Record(kind="communication", title="Quiet letter", status="sent",
                     fields={"direction": "sent", "channel": "letter"}))
    with store.transaction() as db:  # what an import does when both sides edited it
        store.import_conflict(db, replace(store.get(letter.id), body="their version"))
    window = open_window(qtbot, store.vault)
    workspace = window.workspace
    assert workspace.navigator.item(ROW).text().endswith("(1)")
    window.entry_actions[ROW].trigger()
    model = workspace.list_model
    assert [model.summary(n).id for n in range(model.rowCount())] == [letter.id]
    assert workspace.list_title.text() == "Edited on both sides"
    store.settle_conflict(letter.id)
    window.refresh_action.trigger()
    assert workspace.list_model.rowCount() == 0 and workspace.navigator.item(ROW).text().endswith("(0)")
    window.discard()
