"""Dropping files from the desktop: on the detail pane (the record shown) or on a record's row.

A `FileDrops` filter is installed on the widget that receives the drop (the pane, or a list
view's viewport). It accepts a drag only if it carries local files and there is a record
under the pointer; the drop hands the record id and the paths to `on_drop`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget

from npmdesk.gui.attachments.adding import local_files
from npmdesk.gui.records.list_model import ID_ROLE

RecordAt = Callable[[QPoint], str | None]
OnDrop = Callable[[str, list[Path]], None]


class FileDrops(QObject):
    def __init__(self, widget: QWidget, record_at: RecordAt, on_drop: OnDrop) -> None:
        super().__init__(widget)
        self._record_at = record_at
        self._on_drop = on_drop
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDragMoveEvent):
            if local_files(event.mimeData()) and self._record_at(event.position().toPoint()):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = local_files(event.mimeData())
            record_id = self._record_at(event.position().toPoint())
            if not paths or not record_id:
                event.ignore()
                return True
            event.acceptProposedAction()
            self._on_drop(record_id, paths)
            return True
        return super().eventFilter(watched, event)


def accept_drops_on_rows(view: QAbstractItemView, on_drop: OnDrop) -> FileDrops:
    """Files dropped on a row of `view` go to that row's record (ID_ROLE)."""

    def record_at(pos: QPoint) -> str | None:
        record_id = view.indexAt(pos).data(ID_ROLE)
        return str(record_id) if record_id else None

    return FileDrops(view.viewport(), record_at, on_drop)
