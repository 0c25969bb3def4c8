"""The whole text of a list's items that are cut short.

A list narrower than an item's text draws it elided ("Article 19 (b): to make recomm…") or cut at
its edge (the rest behind a sideways scroll). For
each item cut short, `show_whole_text(view)` puts the whole text in its tooltip and its accessible
description, and takes them away again once the item fits (the list was widened): the forms'
lists of articles, tags and choices all use it. The two roles are set with the model's signals
blocked: they change nothing the user chose (a form would otherwise take them for an edit).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem

TIP_ROLES = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole)


def is_elided(view: QAbstractItemView, index: QModelIndex) -> bool:
    """Whether `view` shows `index`'s text cut short at its present width: elided, or running past
    the list's right edge (a list of one column scrolls sideways to the rest)."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return False
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    option.index = index
    option.text = text
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    check = index.data(Qt.ItemDataRole.CheckStateRole)
    if check is not None:
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
    style = view.style()
    text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    room = text_rect.intersected(view.viewport().rect().translated(0, text_rect.top())).width()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return view.fontMetrics().horizontalAdvance(text) + 2 * margin > room


class _WholeText(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._pending = False
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.rowsInserted, model.modelReset, model.layoutChanged, model.dataChanged):
            signal.connect(self.later)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.later()
        return False

    def later(self, *_args: object) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.update)

    def update(self) -> None:
        self._pending = False
        view, model = self._view, self._view.model()
        changes = []
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if is_elided(view, index):
                if not tip:
                    changes.append((index, text))
            elif tip and tip == text:
                changes.append((index, None))
        if changes:
            _set_quietly(model, changes)


def _set_quietly(model: QAbstractItemModel, changes: list[tuple[QModelIndex, str | None]]) -> None:
    blocked = model.blockSignals(True)
    try:
        for index, text in changes:
            for role in TIP_ROLES:
                model.setData(index, text, role)
    finally:
        model.blockSignals(blocked)


def show_whole_text(view: QAbstractItemView) -> None:
    """From now on, `view`'s items that are cut short show their whole text (see the module)."""
    if view.findChild(_WholeText) is None:
        _WholeText(view)
