"""Where the user was when the vault locked: the navigator's list and the record shown.

Kept in memory only, as a list key and a record id (never a title or any record text), and
never written to disk. After unlocking, the same list is chosen again and the record is
selected in it if it is among the rows read so far (the first page, where it usually is), or
else shown in the detail pane on its own. A record that can no longer be read leaves the
dashboard showing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt

from npmdesk.gui.navigator import ENTRIES
from npmdesk.gui.workspace import DETAIL_PAGE, Workspace


@dataclass(frozen=True)
class Position:
    entry_key: str | None = None
    record_id: str | None = None


def capture(workspace: Workspace) -> Position:
    """The list chosen and the record shown in `workspace` (before it is discarded)."""
    entry = workspace.navigator.current_entry()
    record = workspace.detail.record
    shown = record.id if record is not None and workspace.right_stack.currentIndex() == DETAIL_PAGE else None
    return Position(entry.key if entry is not None else None, shown)


def restore(workspace: Workspace, position: Position) -> None:
    """Choose the list again and bring the record back (see the module's docstring)."""
    if workspace.store is None:
        return
    rows = {entry.key: row for row, entry in enumerate(ENTRIES)}
    if position.entry_key in rows:
        workspace.navigator.choose(rows[position.entry_key])
    if position.record_id is None:
        return
    model = workspace.list_model
    if model.rowCount():
        model.summary(0)  # the first page: the one the view shows first, read now rather than at paint
    row = model.row_of(position.record_id)
    if row is not None:
        index = model.index(row, 0)
        workspace.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        workspace.list_view.scrollTo(index)
        workspace.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    # Not among the list's rows read so far (or not in this list): the record on its own. The
    # list keeps no current row, so focus goes to the record (focusing the list would select its first row).
    workspace.show_record(position.record_id)
    if workspace.detail.record is None:  # gone, or unreadable: back to the dashboard
        workspace.show_dashboard()
        return
    workspace.detail.body_view.setFocus(Qt.FocusReason.OtherFocusReason)
