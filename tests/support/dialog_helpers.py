"""Answering the report dialog's message boxes in tests, and waiting for its job."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QMessageBox

from tests.support.modal_helpers import answer_modal

__all__ = ["WAIT_MS", "answer_modal", "confirm", "wait_for_job"]

WAIT_MS = 30_000


def confirm(object_name: str) -> Callable[[QMessageBox], QAbstractButton | None]:
    return lambda box: box.findChild(QAbstractButton, object_name)


def wait_for_job(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
