"""File → Reports… in the main window: one dialog per window (gui/single_dialog.py), wiped on lock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from npmdesk.gui.reports.dialog import ReportDialog
from npmdesk.gui.resources import icon
from npmdesk.gui.single_dialog import SingleDialog
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
        self._today = today
        self._single = SingleDialog(vault, self._make, lambda dialog: dialog.job is not None, ReportDialog.discard)
        self.action = QAction(self.tr("&Reports…"), window)
        self.action.setObjectName("reportsAction")
        self.action.setIcon(icon("print", "document-print"))
        self.action.setShortcut(QKeySequence(self.tr("Ctrl+P")))
        self.action.setStatusTip(self.tr("Print or save a PDF of the correspondence log, a visit dossier or the "
                                         "recommendations tracker"))
        self.action.triggered.connect(self.show_dialog)
        file_menu.insertAction(before, self.action)
        file_menu.insertSeparator(before)

    @property
    def dialog(self) -> ReportDialog | None:
        return self._single.dialog

    def show_dialog(self) -> None:
        self._single.show()

    def _make(self, vault: Vault) -> ReportDialog:
        return ReportDialog(RecordStore(vault), self._window, today=self._today)

    def discard(self) -> None:
        self._single.discard()
