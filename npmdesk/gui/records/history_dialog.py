"""Earlier versions of a record (`store.history`), newest first, in a small read-only dialog.

The list shows each version's number, when and by whom it was saved, its title and status;
the version selected shows its text below. Interleaved with them, by time, are the times the
record left the vault (records/disclosures.py: "Left the vault" rows naming the file and the
recipients; selecting one shows them in full). `open_history(store, record, parent)` reads and
shows it as a window of its own (the record form and the detail pane both offer it); `drop()`
drops every text and closes it (used on lock, and when another history replaces it).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
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
from npmdesk.records import disclosures as record_disclosures
from npmdesk.records.disclosures import Disclosure
from npmdesk.records.model import Record
from npmdesk.records.store import RecordStore


def open_history(store: RecordStore, record: Record, parent: QWidget) -> HistoryDialog:
    """Show the history of `record` in a window of its own; NpmdeskError if it cannot be read.

    Not modal: Lock (Ctrl+L, an application-wide shortcut) must work while it is open."""
    dialog = HistoryDialog(record, store.history(record.id), parent,
                           record_disclosures.disclosures(store, record.id))
    dialog.setWindowFlag(Qt.WindowType.Window, True)
    dialog.show()
    return dialog


class HistoryDialog(QDialog):
    def __init__(self, current: Record, versions: list[Record], parent: QWidget | None = None,
                 disclosures: Sequence[Disclosure] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History of “{title}”").format(title=display.gui_line(current.title)))
        self.versions = list(versions)
        self.disclosures = list(disclosures)
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
        # Newest first: the versions as given, each disclosure before the first version saved
        # before it left; each row remembers what it shows.
        left = sorted(self.disclosures, key=lambda d: d.at, reverse=True)
        self.rows: list[object] = []
        for version in self.versions:
            while left and left[0].at >= version.updated_at:
                self.rows.append(left.pop(0))
            self.rows.append(version)
        self.rows += left
        for shown in self.rows:
            if isinstance(shown, Disclosure):
                from npmdesk.gui.exchange.record_note import recipients_text

                item = QTreeWidgetItem([
                    self.tr("Left the vault"), formatting.date_text(shown.at), display.gui_line(shown.by),
                    display.gui_line(shown.package), recipients_text(shown)])
            else:
                assert isinstance(shown, Record)  # noqa: S101 - the rows hold versions and disclosures
                item = QTreeWidgetItem([
                    str(shown.version), formatting.date_text(shown.updated_at), display.gui_line(shown.updated_by),
                    display.gui_line(shown.title),
                    labels.status_name(shown.status),
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
        first = self.version_list.topLevelItem(0)
        if self.rows and first is not None:
            self.version_list.setCurrentItem(first)
        self.resize(640, 420)

    def _show_selected(self, item: QTreeWidgetItem | None) -> None:
        row = self.version_list.indexOfTopLevelItem(item) if item is not None else -1
        shown = self.rows[row] if 0 <= row < len(self.rows) else None
        if isinstance(shown, Disclosure):
            from npmdesk.gui.exchange.record_note import recipients_text

            text = self.tr("Left the vault on {when}, in {file}, for: {who}. Saved by {by}.").format(
                when=formatting.date_text(shown.at), file=display.gui_line(shown.package),
                who=recipients_text(shown), by=display.gui_line(shown.by))
            fingerprints = [r.fingerprint for r in shown.recipients if r.fingerprint]
            if fingerprints:
                text += "\n" + self.tr("Fingerprints: {fingerprints}").format(fingerprints=", ".join(fingerprints))
            self.text_view.setPlainText(text)
        else:
            self.text_view.setPlainText(display.terminal(shown.body) if isinstance(shown, Record) else "")

    def drop(self) -> None:
        """Drop every text, close the dialog and delete it."""
        self.clear()
        self.close()
        self.deleteLater()

    def clear(self) -> None:
        self.version_list.clear()
        self.text_view.clear()
        self.versions = []
        self.disclosures = []
        self.rows = []
