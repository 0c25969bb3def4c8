"""Every window and dialog of the application, opened one after the other at its default size,
for tests that look at all of them (clipped text, mnemonic clashes) in each language.

`every_window(qtbot, vault, keyring)` yields `(name, window)` with the window shown and laid out;
the next step closes it. The main window is built once and reused for its lists, forms and
dialogs, so that a language takes a few seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QWidget

from npmdesk.errors import MistypedRecoveryCode, WrongPassphrase
from npmdesk.gui import inline_error
from npmdesk.gui.backup.automatic_dialog import AutomaticBackupsDialog
from npmdesk.gui.backup.progress_dialog import BackupProgressDialog
from npmdesk.gui.backup.settings import BackupSettings
from npmdesk.gui.destroy.destroy_dialog import DestroyDialog
from npmdesk.gui.main_window import MainWindow
from npmdesk.gui.navigator import ENTRIES
from npmdesk.gui.reports.dialog import ReportDialog
from npmdesk.gui.settings.dialog import SettingsDialog
from npmdesk.gui.settings.preferences import Preferences
from npmdesk.gui.team.dialog import TeamDialog
from npmdesk.gui.unlock.unlock_dialog import UnlockDialog
from npmdesk.gui.welcome.create_vault import CreateVaultDialog
from npmdesk.gui.welcome.recovery_code import RecoveryCodeDialog
from npmdesk.records import kinds
from npmdesk.vault import Vault
from tests.support.event_loop import run_pending
from tests.support.window_helpers import TODAY

LARGE_COUNT = 98_765  # the navigator must show "With the regional team (98,765)" whole


class LargeCounts:
    """Stands in for the store when the navigator counts: every list holds LARGE_COUNT records."""

    def count(self, _query: object) -> int:
        return LARGE_COUNT


def settle(qtbot, widget: QWidget) -> QWidget:
    widget.show()
    qtbot.waitExposed(widget)
    run_pending(qtbot)  # deferred layout fixes run
    return widget


def every_window(qtbot, vault: Vault, keyring: object, folder: Path) -> Iterator[tuple[str, QWidget]]:
    """Open, yield and close each window in turn (see the module's docstring)."""
    window = MainWindow(vault, today=lambda: TODAY,
                        backup_settings=BackupSettings(QSettings(str(folder / "b.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    settle(qtbot, window)
    workspace = window.workspace
    yield "dashboard", window
    for row, entry in enumerate(ENTRIES):
        workspace.choose_entry(row)
        run_pending(qtbot)
        yield f"list {entry.key}", window
        if workspace.list_model.rowCount():  # its first record, as the detail pane or visit workspace shows it
            workspace.list_view.setCurrentIndex(workspace.list_model.index(0, 0))
            run_pending(qtbot)
            yield f"record of {entry.key}", window
    workspace.navigator.update_counts(LargeCounts())
    run_pending(qtbot)
    yield "navigator with large counts", window
    workspace.navigator.update_counts(workspace.store)

    for kind in kinds.KINDS:
        form = window.forms.new(kind)
        if form is None:
            continue
        settle(qtbot, form)
        yield f"form {kind}", form
        form.discard()

    dialogs: list[tuple[str, QDialog]] = [
        ("preferences", SettingsDialog(Preferences(QSettings(str(folder / "p.ini"), QSettings.Format.IniFormat)),
                                       workspace.store, window)),
        ("reports", ReportDialog(workspace.store, window, today=lambda: TODAY)),
        ("team", TeamDialog(vault, workspace.store, window)),
        ("automatic backups", AutomaticBackupsDialog(
            BackupSettings(QSettings(str(folder / "b.ini"), QSettings.Format.IniFormat)), vault.folder, None, window)),
        ("destroy", DestroyDialog(vault.folder.name, window)),
        ("recovery code", RecoveryCodeDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX", parent=window)),
    ]
    for name, dialog in dialogs:
        settle(qtbot, dialog)
        yield name, dialog
        dialog.done(0)  # not through close(): the recovery code dialog would ask whether it was written down
        dialog.deleteLater()

    progress = BackupProgressDialog(window)
    qtbot.addWidget(progress)
    settle(qtbot, progress)
    yield "backup running", progress
    progress.show_done(QCoreApplication.translate("BackupNow",
        "The backup was saved to {path} ({size}) and checked: it opens with this vault's "
        "passphrase or recovery code. Keep it on a drive away from this computer."
    ).format(path=str(folder / "npmdesk-backups" / "vault-2026-11-20T10-00-00.npmbackup"), size="12.4 MB"))
    run_pending(qtbot)
    yield "backup finished", progress
    progress.done(0)

    export = window.exchange.export_all()
    if export is not None:
        settle(qtbot, export)
        yield "export", export
        export.done(0)

    create = CreateVaultDialog(folder / "new-vault", keyring)
    qtbot.addWidget(create)
    settle(qtbot, create)
    yield "first run", create
    create.done(0)

    vault_folder = vault.folder
    window.discard()
    unlock = UnlockDialog(vault_folder, keyring, try_device=False)
    qtbot.addWidget(unlock)
    settle(qtbot, unlock)
    yield "unlock", unlock
    unlock._failed(WrongPassphrase())
    run_pending(qtbot)
    yield "unlock, wrong passphrase", unlock
    unlock.switch_method()
    run_pending(qtbot)
    yield "unlock with the recovery code", unlock
    inline_error.show_error(unlock.recovery_error, MistypedRecoveryCode(), unlock.recovery_edit)
    run_pending(qtbot)
    yield "unlock with the recovery code, mistyped", unlock
    unlock.done(0)
