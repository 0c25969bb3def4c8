"""The main window: menus, the toolbar (Lock, Dashboard, the search field) and, as its central
widget, the three-pane workspace (workspace.py). File → Back up now… and Automatic backups…
come from gui/backup/. Exchange, forms and settings will grow here.

Keyboard: Ctrl+K search, Ctrl+1…9 the first nine lists, Alt+Up/Alt+Down the previous/next
list, Alt+Home the dashboard, F5 refresh, Ctrl+L lock, Ctrl+Q quit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QToolBar, QWidget

import npmdesk
from npmdesk import display
from npmdesk.gui.access_keys import manage_access_keys
from npmdesk.gui.backup.feature import BackupFeature, utc_now
from npmdesk.gui.backup.settings import BackupSettings
from npmdesk.gui.forms.feature import RecordForms
from npmdesk.gui.navigator import ENTRIES, ENTRY_ICONS
from npmdesk.gui.resources import icon
from npmdesk.gui.teardown import LockTeardown, Stage
from npmdesk.gui.workspace import Workspace
from npmdesk.records.store import RecordStore
from npmdesk.vault import Vault

NUMBERED_ENTRIES = 9


class MainWindow(QMainWindow):
    """Shown while the vault is open. Emits `lock_requested` (File → Lock, Ctrl+L, toolbar)
    and `quit_requested` (File → Quit, Ctrl+Q, closing the window); the caller acts on them
    and calls `discard()` to drop everything the window shows."""

    lock_requested = Signal()
    quit_requested = Signal()
    destroy_confirmed = Signal()
    preferences_requested = Signal()  # Edit → Preferences…; the session shows gui/settings/dialog.py
    # Another language was installed (Preferences): the session rebuilds the window in it, where the
    # user was (menus, navigator, dashboard, lists, panes are built in code and from forms alike).
    language_changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today,
                 clock: Callable[[], dt.datetime] = utc_now,
                 backup_settings: BackupSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._discarded = False
        self._language_pending = True  # until built: the texts are those of the language now
        self._vault_name = vault.folder.name
        npm_name = vault.meta("npm_name")
        if npm_name:
            self.setWindowTitle(self.tr("npmdesk — {npm}").format(npm=display.gui_line(npm_name)))
        else:
            self.setWindowTitle(self.tr("npmdesk"))
        self.workspace: Workspace | None = Workspace(RecordStore(vault), today, self)
        teardown = LockTeardown.of(self)  # what locking wipes (gui/teardown.py); each feature adds its own
        teardown.on_lock(self.workspace.detail.attachments.runner.discard, Stage.JOBS)  # before drafts are kept
        teardown.on_lock(self.workspace.discard)  # after the forms: lists, panes and viewers emptied
        self.panel: QWidget | None = self.workspace
        self.setCentralWidget(self.workspace)
        self._make_actions()
        self._make_workspace_actions(self.workspace)
        # Record menu and toolbar: new, edit, reply, bin; drafts kept in the vault (gui/forms/).
        self.forms: RecordForms | None = RecordForms(self, self.workspace, today)
        self.workspace.dashboard.show_vault(vault, self.lock_action.shortcut())
        self.backups: BackupFeature | None = BackupFeature(
            self, self.file_menu, self.lock_action, vault, self.workspace.dashboard.backup_reminder,
            backup_settings, clock)
        from npmdesk.gui.reports.feature import ReportsFeature  # File → Reports… (print, save as PDF)

        self.reports = ReportsFeature(self, self.file_menu, self.lock_action, vault, today)
        from npmdesk.gui.exchange.feature import ExchangeFeature  # File → Export…, Import…, Share My Keys…

        self.exchange: ExchangeFeature | None = ExchangeFeature(
            self, self.file_menu, self.lock_action, vault, self.workspace)
        from npmdesk.gui.mail.feature import MailImportFeature  # File → Import Email…, drops of saved mail

        self.mail = MailImportFeature(self, self.file_menu, self.lock_action, vault, self.workspace)
        from npmdesk.gui.vault_menu.feature import VaultMenu  # Vault → Change Passphrase…, Check, Restore

        self.vault_menu = VaultMenu(self, vault, self.edit_menu.menuAction())  # File, Edit, Vault, …
        from npmdesk.gui.team.feature import TeamFeature  # Edit → Team… (the team folder, member devices, sync)

        self.team = TeamFeature(self, self.edit_menu, vault, self.workspace)
        from npmdesk.gui.demo.feature import DemoFeature  # Help → Fill with Demo Data…

        self.demo: DemoFeature | None = DemoFeature(self, self.help_menu, vault, self.workspace.refresh)
        from npmdesk.gui.help.feature import HelpFeature  # Help → User Guide (F1)

        self.help = HelpFeature(self, self.help_menu)
        from npmdesk.gui.team.auto_sync import TeamSync  # the team folder synced by itself; the status bar's line

        self.team_sync = TeamSync(self, vault, self.workspace.refresh,
                                  (self.workspace.refreshed, self.workspace.detail.attachments.changed))
        self.team.team_changed.connect(self.team_sync.team_changed)
        self.team.synced.connect(self.team_sync.sync_now)
        self.team_sync.checked.connect(lambda outcome: self.team.show_status(outcome.status))
        self.team_sync.line.open_team_requested.connect(self.team.show_dialog)
        self.resize(1200, 760)
        QTimer.singleShot(0, self, self._built)

    def _built(self) -> None:
        self._language_pending = False
        manage_access_keys(self)  # menus keep their letters; the panes' controls get free ones

    def _make_actions(self) -> None:
        self.lock_action = QAction(icon("lock", "system-lock-screen"), self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence(self.tr("Ctrl+L")))
        # From any npmdesk window (the history dialog too), not only this one.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setStatusTip(self.tr("Lock the vault: close it and forget its key"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self.tr("&About npmdesk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

        self.destroy_action = QAction(self.tr("&Destroy This Vault on This Device…"), self)
        self.destroy_action.setIcon(icon("warning", "dialog-warning"))
        self.destroy_action.setStatusTip(self.tr("Emergency erase: the keys go first, then every vault file"))
        self.destroy_action.triggered.connect(self.ask_to_destroy)
        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.destroy_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setObjectName("preferencesAction")
        self.preferences_action.setIcon(icon("settings", "preferences-system"))
        self.preferences_action.setShortcut(QKeySequence(self.tr("Ctrl+,")))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.setStatusTip(self.tr("Idle lock, clipboard, language and default export recipients"))
        self.preferences_action.triggered.connect(self.preferences_requested)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.preferences_action)
        help_menu = self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.lock_action)
        lock_button = toolbar.widgetForAction(self.lock_action)
        lock_button.setAccessibleName(self.tr("Lock the vault"))
        self.toolbar = toolbar

    def ask_to_destroy(self) -> None:
        """Ask for the vault's name; emit `destroy_confirmed` only if it was typed exactly."""
        from npmdesk.gui.destroy.destroy_dialog import DestroyDialog

        self.destroy_dialog = DestroyDialog(self._vault_name, self)
        if self.destroy_dialog.exec() == DestroyDialog.DialogCode.Accepted:
            self.destroy_confirmed.emit()

    def _make_workspace_actions(self, workspace: Workspace) -> None:
        def action(text: str, shortcut: str, slot: Callable[[], None], tip: str = "") -> QAction:
            made = QAction(text, self)
            made.setShortcut(QKeySequence(shortcut))
            made.setStatusTip(tip)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.search_action = action(self.tr("&Search everywhere"), self.tr("Ctrl+K"), workspace.focus_search,
                                    self.tr("Search all records and attachments"))
        self.refresh_action = action(self.tr("&Refresh"), self.tr("F5"), workspace.refresh)
        self.dashboard_action = action(self.tr("&Dashboard"), self.tr("Alt+Home"), workspace.show_dashboard,
                                       self.tr("Show what is due, awaited and coming up"))
        self.previous_list_action = action(self.tr("&Previous list"), self.tr("Alt+Up"),
                                           lambda: workspace.navigator.choose_next(-1))
        self.next_list_action = action(self.tr("&Next list"), self.tr("Alt+Down"),
                                       lambda: workspace.navigator.choose_next(1))
        def chooser(row: int) -> Callable[[], None]:
            return lambda: workspace.choose_entry(row)

        self.entry_actions = [
            action(entry.name, f"Ctrl+{row + 1}" if row < NUMBERED_ENTRIES else "", chooser(row))
            for row, entry in enumerate(ENTRIES)
        ]
        for made, entry in zip(self.entry_actions, ENTRIES, strict=True):
            made.setIcon(icon(ENTRY_ICONS.get(entry.key, "report")))
        self.search_action.setIcon(icon("search", "edit-find"))
        self.refresh_action.setIcon(icon("refresh", "view-refresh"))
        self.dashboard_action.setIcon(icon("dashboard", "go-home"))
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for shown in (self.search_action, self.dashboard_action, None, *self.entry_actions, None,
                      self.previous_list_action, self.next_list_action, None, self.refresh_action):
            if shown is None:
                go_menu.addSeparator()
            else:
                go_menu.addAction(shown)
        self.menuBar().insertMenu(self.help_menu.menuAction(), go_menu)  # File, Edit, Go, Help
        toolbar: QToolBar = self.toolbar
        toolbar.addAction(self.dashboard_action)
        toolbar.widgetForAction(self.dashboard_action).setAccessibleName(self.tr("Show the dashboard"))
        toolbar.addSeparator()
        workspace.search_box.set_shortcut_hint(self.search_action.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText))
        toolbar.addWidget(workspace.search_box)

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
        try:
            LockTeardown.of(self).run()  # jobs cancelled, then drafts kept, then every pane and dialog wiped
        finally:
            self.exchange = self.forms = self.backups = self.demo = self.workspace = None
        panel = self.takeCentralWidget()
        if panel is not None:
            panel.deleteLater()
        self.panel = None
        self.close()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and not self._discarded and not self._language_pending:
            self._language_pending = True  # one signal for the several events a switch sends
            QTimer.singleShot(0, self, self._announce_language)

    def _announce_language(self) -> None:
        self._language_pending = False
        if not self._discarded:
            self.language_changed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._discarded:
            self.quit_requested.emit()
        event.accept()
