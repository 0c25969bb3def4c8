"""The Qt binding itself: a defect here takes the whole application down with the vault open."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from npmdesk.gui.records.list_model import RecordListModel


class _Empty(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 1

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 1

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return None


def test_models_returning_none_do_not_drop_references_to_none(qapp) -> None:
    """PySide6 6.12.0 on Python 3.11 lost one reference to None per call: scrolling a long list
    then aborted the process ("none_dealloc"). pyproject.toml keeps PySide6 below 6.12."""
    model = _Empty()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(2_000):
        index.data(Qt.ItemDataRole.ToolTipRole)
        model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert before - sys.getrefcount(None) < 100  # a few may move elsewhere; 2,000 lost would be the bug
    assert RecordListModel().data(QModelIndex(), Qt.ItemDataRole.ToolTipRole) is None
