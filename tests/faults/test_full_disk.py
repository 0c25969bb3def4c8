"""A full disk: reading goes on, and every write that cannot be made is one sentence and changes nothing.

The disk is a real one where the machine allows it: a small tmpfs mounted for the test (root, as
in CI) and filled to the last byte, so writes fail with ENOSPC exactly as on a full laptop disk.
Elsewhere a file-size limit stands in for it (writes past 16,000 bytes fail, so SQLite cannot make
its 32 KiB -shm file, as on a full disk); the assertions that need the real thing say so.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import signal
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from npmdesk import errors
from npmdesk.vault.database import user_error
from tests.support.cli_helpers import npmdesk
from tests.support.fault_helpers import ENV, assert_clear_error, contents, file_size_limit, make_vault, npmdesk_child

LIMIT = 16_000  # the stand-in's file-size limit, under the 32 KiB of a -shm file
DISK_SIZE = "8m"


@dataclass
class Disk:
    folder: Path
    real: bool  # a real, full file system; else the file-size limit stands in

    def fill(self) -> None:
        """Take every free byte (a real disk); the stand-in is full from the start."""
        if not self.real:
            return
        with open(self.folder / "filler", "wb", buffering=0) as out:
            for size in (1 << 20, 1 << 16, 1 << 12, 1 << 9, 1):
                with contextlib.suppress(OSError):
                    while out.write(bytes(size)):
                        pass

    def free(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            (self.folder / "filler").unlink()

    def child_hook(self) -> Callable[[], None] | None:
        return None if self.real else file_size_limit(LIMIT)

    @contextlib.contextmanager
    def full_here(self) -> Iterator[None]:
        """This process, as if the disk were full (nothing to do on a real full disk)."""
        if self.real:
            yield
            return
        old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
        old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, old_limit[1]))
        try:
            yield
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
            signal.signal(signal.SIGXFSZ, old_handler)


def _mount_tmpfs(folder: Path) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE},mode=0700", "tmpfs", str(folder)],
                          capture_output=True, check=False, timeout=30)
    return done.returncode == 0


@pytest.fixture
def disk(tmp_path) -> Iterator[Disk]:
    folder = tmp_path / "disk"
    folder.mkdir()
    real = _mount_tmpfs(folder)
    try:
        yield Disk(folder, real)
    finally:
        if real:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False, timeout=30)


def files_of(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in sorted(folder.iterdir())}


def run(disk: Disk, vault: Path, *args: object) -> object:
    return npmdesk_child(*args, "--vault", vault, env=ENV, preexec_fn=disk.child_hook())


# --------------------------------------------------------------------------------- reading


def test_reading_works_on_a_full_disk(disk, tmp_path):
    """The user sees their records (list, show, search, check) on a full disk, can export them to
    another disk, and npmdesk leaves the vault's files as they were. Today: 'npmdesk could not
    write to the disk (is it full?)'."""
    vault = disk.folder / "vault"
    before = make_vault(vault)
    recipient = npmdesk("identity", "--vault", vault, env=ENV).out.splitlines()[1].strip()
    disk.fill()
    files = files_of(vault)
    listed = run(disk, vault, "list", "--json")
    assert listed.status == 0, listed.err
    assert sorted(r["id"] for r in json.loads(listed.out)) == sorted(before)
    record_id = sorted(before)[0]
    shown = run(disk, vault, "show", record_id, "--json")
    assert shown.status == 0 and json.loads(shown.out)["id"] == record_id, shown.err
    found = run(disk, vault, "search", "Carta", "--json")
    assert found.status == 0 and len(json.loads(found.out)) == len(before), found.err
    checked = run(disk, vault, "check")
    assert checked.status == 0 and "healthy" in checked.out, checked.err
    if disk.real:  # (the stand-in's size limit binds the file written elsewhere too)
        exported = run(disk, vault, "export", "--all", "--confirm-sensitive", "-r", recipient, "-o",
                       tmp_path / "to-the-usb-stick.age")
        assert exported.status == 0 and f"Exported {len(before)} records" in exported.out, exported.err
    assert files_of(vault) == files
    disk.free()
    assert contents(vault) == before


# ------------------------------------------------------------------ writing into the vault

VAULT_WRITES = {
    "add": ("add", "communication", "--subject", "Nota de seguimiento"),
    "attach": ("add", "communication", "--subject", "Escaneo", "--attach", "{scan}"),
    "import": ("import", "{package}", "--accept-unverified"),
    "backup": ("backup", "-o", "{outside}/vault.npmbackup"),
}


@pytest.mark.parametrize("command", VAULT_WRITES)
def test_a_write_to_a_vault_on_a_full_disk_is_one_sentence(disk, tmp_path, command):
    """The user sees 'npmdesk: The disk is full …, so nothing was written and nothing was changed:
    free some space and try again.' (exit 2); every record is as it was, nothing is left behind."""
    vault = disk.folder / "vault"
    before = make_vault(vault)
    scan, package = tmp_path / "scan.bin", tmp_path / "package.age"
    scan.write_bytes(os.urandom(1 << 20))
    if command == "import":
        recipient = npmdesk("identity", "--vault", vault, env=ENV).out.splitlines()[1].strip()
        make_vault(tmp_path / "other", count=2)
        made = npmdesk("export", "--all", "--confirm-sensitive", "-r", recipient, "-o", package, "--vault",
                       tmp_path / "other", env=ENV)
        assert made.status == 0, made.err
    disk.fill()
    files = files_of(disk.folder)
    args = [a.format(scan=scan, package=package, outside=tmp_path) for a in VAULT_WRITES[command]]
    line = assert_clear_error(run(disk, vault, *args), 2, "disk")
    assert "damaged" not in line.lower() and "errno" not in line.lower() and "No space left" not in line
    if disk.real:
        assert "The disk is full" in line
    assert files_of(disk.folder) == files
    disk.free()
    assert contents(vault) == before


# ------------------------------------------------------------ writing a file to a full disk

FILE_WRITES = {
    "export": ("export", "--all", "--confirm-sensitive", "-r", "{recipient}", "-o", "{disk}/package.age"),
    "report": ("report", "log", "-o", "{disk}/log.pdf"),
    "backup": ("backup", "-o", "{disk}/vault.npmbackup"),
}


@pytest.mark.parametrize("command", FILE_WRITES)
def test_writing_a_file_to_a_full_disk_is_one_sentence(disk, tmp_path, command):
    """The vault is elsewhere; the package, report or backup goes to the full disk. The user sees
    'npmdesk: The disk is full …' (not the raw 'No space left on device'), and no partial file."""
    vault = tmp_path / "vault"
    before = make_vault(vault, body="Informe de la visita al centro de detención. " * 400)
    recipient = npmdesk("identity", "--vault", vault, env=ENV).out.splitlines()[1].strip()
    disk.fill()
    files = files_of(disk.folder)
    args = [a.format(recipient=recipient, disk=disk.folder) for a in FILE_WRITES[command]]
    line = assert_clear_error(run(disk, vault, *args), 2, "disk")
    assert "No space left" not in line and "errno" not in line.lower()
    if disk.real:
        assert line.startswith("npmdesk: The disk is full") and "nothing was changed" in line
    assert files_of(disk.folder) == files
    assert contents(vault) == before


# ------------------------------------------------------------------------- the one mapping


@pytest.mark.parametrize(("number", "kind"), [
    (28, errors.DiskFull), (122, errors.QuotaExceeded), (30, errors.DiskReadOnly), (13, errors.NotPermitted),
    (1, errors.NotPermitted), (27, errors.FileTooLargeForDisk)])
def test_each_refused_write_has_its_sentence(number, kind):
    """ENOSPC, EDQUOT, EROFS, EACCES, EPERM, EFBIG from the system, and SQLite's 'database or disk
    is full', become the user's sentence; other failures are left to their own handlers."""
    mapped = errors.from_os_error(OSError(number, os.strerror(number), "/media/usb/package.age"))
    assert isinstance(mapped, kind) and "/media/usb/package.age" in str(mapped)
    assert "Errno" not in str(mapped) and os.strerror(number) not in str(mapped)
    assert errors.from_os_error(OSError(2, "No such file or directory")) is None
    assert isinstance(user_error(Exception("database or disk is full"), Path("/v")), errors.DiskFull)
    assert isinstance(user_error(OSError(28, "No space left on device")), errors.DiskFull)


# ------------------------------------------------------------------------------- the window


def test_the_window_unlocks_and_shows_the_records_on_a_full_disk(qtbot, disk):
    """The user types the passphrase and sees the records listed, on a full disk; saving a new
    record then tells them the disk is full, and what they typed stays in the form."""
    from PySide6.QtCore import Qt

    from npmdesk.gui.session import Session
    from tests.support.common import PASSPHRASE
    from tests.support.doubles import MemoryKeyring

    vault = disk.folder / "vault"
    before = make_vault(vault)
    disk.fill()
    with disk.full_here():
        session = Session(vault, MemoryKeyring())
        session.start()
        try:
            qtbot.waitUntil(lambda: session.dialog is not None and not session.dialog.busy, timeout=10_000)
            edit = session.dialog.passphrase_edit
            qtbot.keyClicks(edit, PASSPHRASE)
            qtbot.keyClick(edit, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: session.main_window is not None, timeout=10_000)
            window = session.main_window
            model = window.workspace.list_model
            qtbot.waitUntil(lambda: model.rowCount() == len(before), timeout=10_000)
            form = window.forms.new("communication")
            form.envelope.inputs["title"].setText("Escrito durante el disco lleno")
            form.envelope.inputs["body"].setPlainText("Informe de la visita. " * 1_000)  # past the stand-in's limit
            for name, value in (("direction", "sent"), ("channel", "letter")):
                combo = form.fields.inputs[name]
                combo.setCurrentIndex(combo.findData(value))
            form.save()
            qtbot.waitUntil(form.form_error.isVisible, timeout=10_000)
            assert "disk" in form.form_error.text().lower() and form.isVisible()
            assert form.envelope.inputs["title"].text() == "Escrito durante el disco lleno"
            form.save_draft()  # what the autosave timer does: said in the draft line, tried again later
            assert form.draft_label.text().startswith("Draft not kept") and "disk" in form.draft_label.text()
            assert form.autosave_timer.isActive()
            form.discard()
        finally:
            session.shutdown()
    disk.free()
    assert contents(vault) == before


def test_preferences_that_cannot_be_written_are_said_and_the_dialog_stays(qtbot, disk):
    """The settings file is on the full disk: OK in Preferences says the settings could not be
    saved and keeps the dialog open. Today: the dialog closes as if they were saved."""
    from PySide6.QtCore import QSettings

    from npmdesk.gui.settings.dialog import SettingsDialog
    from npmdesk.gui.settings.preferences import Preferences

    if disk.real:
        path = disk.folder / "npmdesk.ini"
        Preferences(QSettings(str(path), QSettings.Format.IniFormat)).set_idle_minutes(10)
        disk.fill()
    else:  # Qt writes a settings file cut at a file-size limit and reports success: use a path that
        (disk.folder / "blocked").write_bytes(b"")  # cannot be written at all instead
        path = disk.folder / "blocked" / "npmdesk.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    with disk.full_here():
        dialog = SettingsDialog(Preferences(settings), None)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.idle_spin.setValue(20)
        dialog.recipients_list.clear()
        dialog.save()
        assert dialog.isVisible() and dialog.error_label is not None and dialog.error_label.isVisible()
        assert "could not save its settings" in dialog.error_label.text()
