"""The main window (central panel from `ui/main_window.ui`): who is signed in, recent security
events, and the Lock action. Records, search and exchange will grow here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QMessageBox, QWidget

import npmdesk
from npmdesk.gui import security_events
from npmdesk.gui.resources import icon, load_form
from npmdesk.vault import Vault

RECENT_EVENTS = 20


class MainWindow(QMainWindow):
    """Shown while the vault is open. Emits `lock_requested` (File → Lock, Ctrl+L, toolbar)
    and `quit_requested` (File → Quit, Ctrl+Q, closing the window); the caller acts on them
    and calls `discard()` to drop everything the window shows."""

    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._discarded = False
        npm_name = vault.meta("npm_name")
        if npm_name:
            self.setWindowTitle(self.tr("npmdesk — {npm}").format(npm=npm_name))
        else:
            self.setWindowTitle(self.tr("npmdesk"))
        self.panel = load_form("main_window", self)
        self.setCentralWidget(self.panel)
        self._make_actions()
        self._fill_panel(vault, npm_name)
        self.resize(720, 480)

    def _make_actions(self) -> None:
        self.lock_action = QAction(icon("lock", "system-lock-screen"), self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence(self.tr("Ctrl+L")))
        self.lock_action.setStatusTip(self.tr("Lock the vault: close it and forget its key"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self.tr("&About npmdesk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.lock_action)
        lock_button = toolbar.widgetForAction(self.lock_action)
        lock_button.setAccessibleName(self.tr("Lock the vault"))

    def _fill_panel(self, vault: Vault, npm_name: str) -> None:
        user_name = vault.meta("user_name") or self.tr("(no name given)")
        self.panel.findChild(QLabel, "signedInLabel").setText(self.tr("Signed in as {user}").format(user=user_name))
        where = self.tr("Vault: {folder}").format(folder=vault.folder)
        self.panel.findChild(QLabel, "vaultLabel").setText(f"{npm_name}\n{where}" if npm_name else where)
        events = vault.security_events(RECENT_EVENTS)
        self.panel.findChild(QLabel, "lastUnlockLabel").setText(security_events.previous_unlock_summary(events))
        events_list = self.panel.findChild(QListWidget, "eventsList")
        events_list.addItems([security_events.describe(event) for event in events])
        self.panel.findChild(QLabel, "lockHintLabel").setText(
            self.tr("Lock the vault ({shortcut}) whenever you leave this computer.").format(
                shortcut=self.lock_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About npmdesk"),
            self.tr(
                "<h3>npmdesk {version}</h3>"
                "<p>An encrypted vault for a national preventive mechanism's confidential "
                "correspondence with the UN Subcommittee on Prevention of Torture.</p>"
                "<p>Works offline; nothing leaves this computer unencrypted.</p>"
            ).format(version=npmdesk.__version__),
        )

    def discard(self) -> None:
        """Drop the window's content and close it without asking to quit (used on lock)."""
        self._discarded = True
        panel = self.takeCentralWidget()
        if panel is not None:
            panel.deleteLater()
        self.panel = None
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._discarded:
            self.quit_requested.emit()
        event.accept()
