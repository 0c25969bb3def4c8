"""Two vaults that exchange packages through the real window: the office vault is open in a
MainWindow, the field laptop is driven through the core (tests/support/package_helpers.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from npmdesk.exchange.export import plan_export, write_package
from npmdesk.gui.exchange.job_dialog import JobDialog
from tests.support.package_helpers import SCRYPT_LOG_N, Side, communication, side  # noqa: F401
from tests.support.window_helpers import WAIT_MS


def answer_save_dialog(monkeypatch, path: Path) -> dict[str, object]:
    """The Save dialog answers `path`; returns what it was offered."""
    offered: dict[str, object] = {}

    def ask(parent, caption, start, filters, **kwargs):
        offered.update(start=start, filters=filters, options=kwargs.get("options"))
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return offered


def answer_open_dialog(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))


def wait_idle(qtbot, dialog: JobDialog) -> None:
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)


def shown_text(root: QWidget) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in root.findChildren(QLabel) if label.isVisibleTo(root))


def package_from(source: Side, recipient: str, path: Path, ids: list[str] | None = None, **options: object) -> Path:
    """`source` exports `ids` (None: all) for the age recipient `recipient` into `path`."""
    plan = plan_export(source.store, ids)
    recipients = [] if "passphrase" in options else [recipient]
    write_package(source.store, source.identity, plan, path, recipients=recipients, confirmed=True,
                  scrypt_log_n=SCRYPT_LOG_N, **options)  # type: ignore[arg-type]
    return path
