"""Security events (unlocks, key changes) in words, for the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from npmdesk.gui.records import formatting
from npmdesk.vault import SecurityEvent

UNLOCK_KINDS = ("unlocked", "recovery-used")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SecurityEvent", text)


def local_time(at: str) -> str:
    """An ISO 8601 UTC timestamp as the user's local date and time ("7 December 2026, 15:04")."""
    return formatting.datetime_text(at)


def what_happened(event: SecurityEvent) -> str:
    if event.kind == "unlocked":
        if event.method == "keyring":
            return _tr("Unlocked with this device's keyring")
        return _tr("Unlocked with the passphrase")
    known = {
        "created": _tr("Vault created"),
        "recovery-used": _tr("Unlocked with the recovery code"),
        "passphrase-changed": _tr("Passphrase changed"),
        "remembered": _tr("Remembered on this device"),
        "forgotten": _tr("No longer remembered on this device"),
        "recovery-code-replaced": _tr("Recovery code replaced"),
        "key-rotated": _tr("Vault key replaced"),
    }
    return known.get(event.kind, event.kind)


def describe(event: SecurityEvent) -> str:
    """One line for the list: "29 November 2025, 10:14 — Unlocked with the passphrase"."""
    return _tr("{when} — {what}").format(when=local_time(event.at), what=what_happened(event))


def previous_unlock_summary(events: list[SecurityEvent]) -> str:
    """The unlock before this session (newest-first `events`), so the user can spot a stranger's."""
    unlocks = [event for event in events if event.kind in UNLOCK_KINDS]
    if not unlocks:
        return _tr("This vault is new: it has not been unlocked before.")
    if len(unlocks) == 1:
        return _tr("This is the first time this vault has been unlocked.")
    previous = unlocks[1]
    return _tr("Last unlock before this session: {when} — {what}.").format(
        when=local_time(previous.at), what=what_happened(previous)
    )
