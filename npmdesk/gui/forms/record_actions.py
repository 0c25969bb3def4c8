"""The Record menu and its toolbar buttons, and when each action applies.

    &New …           Ctrl+N         a record of the current list's kind
    New of &kind ▸                  a record of any kind
    &Edit…           Ctrl+E
    &Reply…          Ctrl+R         communications only
    &Follow up…      Ctrl+Shift+R   communications only
    Move to &bin     Del            (a text field that has the focus keeps Del for itself)
    Re&store from the bin

The menu goes before Help; New, Edit, Reply and Move to bin also go on the main toolbar,
before the search field. `update(record, kind)` enables what applies to the selected record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from npmdesk.gui.records import labels
from npmdesk.gui.resources import icon
from npmdesk.records import kinds
from npmdesk.records.model import Record

CONTEXT = "RecordActions"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Handlers(Protocol):
    def new(self, kind: str | None = None) -> object: ...
    def edit(self) -> object: ...
    def reply(self, follow_up: bool = False) -> object: ...
    def move_to_bin(self) -> None: ...
    def restore(self) -> None: ...


class RecordActions:
    def __init__(self, window: QMainWindow, handlers: Handlers, search_field: QWidget | None) -> None:
        self.window = window

        def action(text: str, shortcut: str, slot: Callable[[], object], tip: str, name: str) -> QAction:
            made = QAction(text, window)
            made.setObjectName(name)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
            made.setStatusTip(tip)
            made.triggered.connect(lambda _checked=False: slot())
            window.addAction(made)
            return made

        self.new = action(tr("&New…"), tr("Ctrl+N"), handlers.new, tr("A new record of the list's kind"),
                          "newRecordAction")
        self.edit = action(tr("&Edit…"), tr("Ctrl+E"), handlers.edit, tr("Change the selected record"),
                           "editRecordAction")
        self.reply = action(tr("&Reply…"), tr("Ctrl+R"), handlers.reply, tr("Answer the selected communication"),
                            "replyAction")
        self.follow_up = action(tr("&Follow up…"), tr("Ctrl+Shift+R"), lambda: handlers.reply(follow_up=True),
                                tr("Add to the selected communication's thread"), "followUpAction")
        self.delete = action(tr("Move to &bin"), tr("Del"), handlers.move_to_bin,
                             tr("Move the selected record to the bin"), "moveToBinAction")
        self.restore = action(tr("Re&store from the bin"), "", handlers.restore,
                              tr("Take the selected record out of the bin"), "restoreAction")
        self.new.setIcon(icon("new", "document-new"))
        self.edit.setIcon(icon("edit", "document-edit"))
        self.reply.setIcon(icon("reply", "mail-reply-sender"))
        self.follow_up.setIcon(icon("follow-up", "mail-forward"))
        self.delete.setIcon(icon("delete", "user-trash"))
        self.restore.setIcon(icon("restore", "edit-undo"))
        menu = self.menu = QMenu(tr("&Record"), window)
        menu.setObjectName("recordMenu")
        menu.addAction(self.new)
        self.new_kind_menu = menu.addMenu(tr("New of &kind"))
        for kind in kinds.KINDS:
            made = self.new_kind_menu.addAction(labels.kind_name(kind) + "…")
            made.setObjectName(f"new_{kind}_action")
            made.triggered.connect(lambda _checked=False, kind=kind: handlers.new(kind))
        for item in (self.edit, None, self.reply, self.follow_up, None, self.delete, self.restore):
            if item is None:
                menu.addSeparator()
            else:
                menu.addAction(item)
        bar = window.menuBar()
        menus = bar.actions()
        if menus:
            bar.insertMenu(menus[-1], menu)  # before Help
        else:
            bar.addMenu(menu)
        toolbar = getattr(window, "toolbar", None)
        if isinstance(toolbar, QToolBar):
            self._add_to(toolbar, search_field)

    def _add_to(self, toolbar: QToolBar, search_field: QWidget | None) -> None:
        search = next((a for a in toolbar.actions() if toolbar.widgetForAction(a) is search_field), None)
        named = ((self.new, tr("New record")), (self.edit, tr("Edit the selected record")),
                 (self.reply, tr("Reply to the selected communication")),
                 (self.delete, tr("Move the selected record to the bin")))
        for made, name in named:
            if search is not None:
                toolbar.insertAction(search, made)
            else:
                toolbar.addAction(made)
            toolbar.widgetForAction(made).setAccessibleName(name)
        if search is not None:
            toolbar.insertSeparator(search)

    def update(self, record: Record | None, kind: str | None) -> None:
        """Enable what applies to `record` (None: nothing selected); `kind` None: no vault open."""
        live = record is not None and record.deleted_at is None
        communication = live and record is not None and record.kind == "communication"
        self.new.setEnabled(kind is not None)
        self.new_kind_menu.setEnabled(kind is not None)
        if kind is not None:
            self.new.setText(tr("&New {kind}…").format(kind=labels.kind_name(kind).lower()))
        self.edit.setEnabled(live)
        self.reply.setEnabled(communication)
        self.follow_up.setEnabled(communication)
        self.delete.setEnabled(live)
        self.restore.setEnabled(record is not None and record.deleted_at is not None)
