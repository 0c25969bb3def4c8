"""Earlier versions of a record (`store.history`), newest first, in a small read-only dialog.

The list shows each version's number, when and by whom it was saved, its title and status;
the version selected shows its text below. `clear()` drops every text (used on lock).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from npmdesk import display
from npmdesk.gui.records import formatting, labels
from npmdesk.records.model import Record


class HistoryDialog(QDialog):
    def __init__(self, current: Record, versions: list[Record], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History of “{title}”").format(title=display.gui_line(current.title)))
        self.versions = list(versions)
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr("Now at version %n.", "", current.version) + " "
            + (self.tr("Earlier versions, newest first:") if versions else self.tr("There are no earlier versions."))
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.version_list = QTreeWidget(self)
        self.version_list.setObjectName("versionList")
        self.version_list.setAccessibleName(self.tr("Earlier versions"))
        self.version_list.setRootIsDecorated(False)
        self.version_list.header().setAccessibleName(self.tr("Columns"))
        self.version_list.setHeaderLabels(
            [self.tr("Version"), self.tr("Saved"), self.tr("By"), self.tr("Title"), self.tr("Status")]
        )
        for record in self.versions:
            item = QTreeWidgetItem([
                str(record.version), formatting.date_text(record.updated_at), display.gui_line(record.updated_by),
                display.gui_line(record.title),
                labels.status_name(record.status),
            ])
            self.version_list.addTopLevelItem(item)
        layout.addWidget(self.version_list)
        text_label = QLabel(self.tr("&Text of this version:"))
        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("versionText")
        self.text_view.setAccessibleName(self.tr("Text of the selected version"))
        self.text_view.setReadOnly(True)
        self.text_view.setUndoRedoEnabled(False)
        self.text_view.setTabChangesFocus(True)
        text_label.setBuddy(self.text_view)
        layout.addWidget(text_label)
        layout.addWidget(self.text_view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close the history"))
        layout.addWidget(buttons)
        self.version_list.currentItemChanged.connect(self._show_selected)
        if self.versions:
            self.version_list.setCurrentItem(self.version_list.topLevelItem(0))
        self.resize(640, 420)

    def _show_selected(self, item: QTreeWidgetItem | None) -> None:
        row = self.version_list.indexOfTopLevelItem(item) if item is not None else -1
        self.text_view.setPlainText(display.terminal(self.versions[row].body) if 0 <= row < len(self.versions) else "")

    def clear(self) -> None:
        self.version_list.clear()
        self.text_view.clear()
        self.versions = []
