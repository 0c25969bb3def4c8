"""File → Reports… in the main window: one dialog per window, dropped when the window closes
(which is also what locking does)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from npmdesk.gui.reports.dialog import ReportDialog
from npmdesk.gui.resources import icon
from npmdesk.gui.teardown import LockTeardown, Stage
from npmdesk.records.store import RecordStore
from npmdesk.vault import Vault


class ReportsFeature(QObject):
    def __init__(self, window: QWidget, file_menu: QMenu, before: QAction, vault: Vault,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(window)
        # On lock: a report being painted cancelled, its dialog closed.
        LockTeardown.of(window).on_lock(self.discard, Stage.JOBS)
        self._window = window
        self._vault: Vault | None = vault
        self._today = today
        self.dialog: ReportDialog | None = None
        self.action = QAction(self.tr("&Reports…"), window)
        self.action.setObjectName("reportsAction")
        self.action.setIcon(icon("print", "document-print"))
        self.action.setShortcut(QKeySequence(self.tr("Ctrl+P")))
        self.action.setStatusTip(self.tr("Print or save a PDF of the correspondence log, a visit dossier or the "
                                         "recommendations tracker"))
        self.action.triggered.connect(self.show_dialog)
        file_menu.insertAction(before, self.action)
        file_menu.insertSeparator(before)

    def show_dialog(self) -> None:
        if self._vault is None or not self._vault.is_open:
            return
        if self.dialog is None:
            self.dialog = ReportDialog(RecordStore(self._vault), self._window, today=self._today)
            self.dialog.finished.connect(self._closed)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _closed(self) -> None:
        if self.dialog is not None and self.dialog.job is None:
            dialog, self.dialog = self.dialog, None
            dialog.deleteLater()

    def discard(self) -> None:
        self._vault = None
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.discard()
            dialog.deleteLater()
