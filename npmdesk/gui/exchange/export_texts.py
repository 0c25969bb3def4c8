"""What the export dialog says, in one place (translatable), and its Save dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from npmdesk import display
from npmdesk.exchange.export import (
    INTERNAL,
    NO_CONSENT,
    STRICTLY_CONFIDENTIAL,
    Excluded,
    ExportPlan,
    ExportResult,
    Flagged,
    PlannedRecord,
)
from npmdesk.gui import file_dialogs
from npmdesk.gui.exchange.recipients import Recipient
from npmdesk.gui.records import labels
from npmdesk.gui.records.formatting import date_text, size_text

SUFFIX = ".age"
CONTEXT = "ExportDialog"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def reason_text(reason: str) -> str:
    if reason == STRICTLY_CONFIDENTIAL:
        return tr("strictly confidential")
    if reason == NO_CONSENT:
        return tr("personal data without recorded consent")
    if reason == INTERNAL:
        return tr("internal to the NPM")
    return reason


def flagged_intro() -> str:
    return tr("They are strictly confidential, internal to the NPM, or they hold personal data without recorded "
              "consent. Names stay pseudonymised in the package (each record's aliases are set under People "
              "and consent in its form).")


def excluded_title() -> str:
    return tr("Left out of the package")


def excluded_intro() -> str:
    return tr("A person named in these records refused (or withdrew) consent to their transmission to the SPT. "
              "They stay in the vault: no confirmation can send them, and their attachments stay too. Records "
              "that link to them still go.")


def excluded_line(left: Excluded) -> str:
    title = display.gui_line(left.title)
    if left.people:
        return tr("{title}: {people} refused transmission to the SPT").format(
            title=title, people=", ".join(map(display.gui_line, left.people)))
    return tr("{title}: consent to transmission was refused").format(title=title)


SELECTED, SHOWN, LINKED, DOCUMENTS, NOTHING = "selected", "shown", "linked", "documents", "nothing"


def scope_title() -> str:
    return tr("What to export")


def chosen_label(chosen: str, count: int) -> str:
    """The first choice of "What to export": what the user had chosen when opening the dialog."""
    if chosen == SHOWN:
        return tr("The record &shown")
    if chosen == LINKED:
        return tr("The record with its &linked records (%n)", count)
    if chosen == DOCUMENTS:
        return tr("The &document(s) only")
    return tr("The &selected records (%n)", count)


def listed_label(count: int) -> str:
    """The records the window's list shows: the search's results with its filters, or a list."""
    return tr("Everything in this &list (%n)", count)


def everything_label() -> str:
    return tr("Everything in the &vault")


def nothing_chosen() -> str:
    return tr("Nothing is chosen yet. Select records in the list (Ctrl+click or Shift+click for several) and "
              "export again, or choose “Everything in the vault” above.")


def add_recipient_label() -> str:
    return tr("Add a &recipient…")


def recipient_added(name: str) -> str:
    return tr("“{name}” was added to your contacts and ticked. Their keys are NOT verified: before sending "
              "anything sensitive, open the contact and use Verify keys… to compare the fingerprint with them "
              "by phone.").format(name=display.gui_line(name))


def own_devices_note() -> str:
    return tr("For your NPM's own devices only: the records carry real names (not pseudonymised), and nothing "
              "is left out.")


def mark_sent_label() -> str:
    return tr("&Mark the draft communications in the package as sent")


def what_leaves(plan: ExportPlan, documents: Sequence[tuple[str, bytes]]) -> str:
    leaving = plan.leaving
    attachments = sum(len(infos) for infos in plan.leaving_attachments.values())
    text = tr("%n record(s) will leave the vault, encrypted and signed,", len(leaving))
    text += " " + tr("with %n attachment(s)", attachments)
    text += " " + tr("({size}).").format(size=size_text(plan.attachment_bytes))
    if documents:
        text += " " + tr("The package also holds %n document(s).", len(documents))
    contacts = sum(1 for r in leaving if r.kind == "contact")
    if contacts:
        text += " " + tr("The contacts the records name travel with them (%n contact(s)).", contacts)
    return text


def record_line(record: PlannedRecord) -> str:
    date = date_text(record.date)
    return f"{labels.kind_name(record.kind)} · {date + ' · ' if date else ''}{display.gui_line(record.title)}"


def document_line(name: str, size: int) -> str:
    return tr("Document · {name} ({size})").format(name=display.gui_line(name), size=size_text(size))


def flagged_line(flagged: Flagged | PlannedRecord) -> str:
    return f"{display.gui_line(flagged.title)} — {reason_text(flagged.reason or '')}"


def recipient_text(recipient: Recipient) -> str:
    state = tr("keys verified") if recipient.verified else tr("keys NOT verified")
    return f"{display.gui_line(recipient.name)} ({state})"


def no_recipients() -> str:
    return tr("No contact has an age recipient yet. Add one with “Add a recipient…” below, or choose a "
              "passphrase.")


def unverified_warning(names: list[str]) -> str:
    return tr("Not verified yet: {names}. If a key is not really theirs, someone else could read the package. "
              "Compare the fingerprint with them first (Verify keys… on the contact).").format(
                  names=", ".join(map(display.gui_line, names)))


def who(recipients: list[Recipient]) -> str:
    return ", ".join(display.gui_line(r.name) for r in recipients) if recipients else tr("a passphrase")


def exported(result: ExportResult, who: str, fingerprint: str) -> str:
    text = tr("Exported {records} records and {attachments} attachments to {path} ({size}), encrypted for {who}. "
              "Signed by this vault: fingerprint {fingerprint}. The recipient can compare it with yours.").format(
        records=result.records, attachments=result.attachments, path=display.gui_line(result.path),
        size=size_text(result.size), who=who, fingerprint=display.gui_line(fingerprint))
    if result.excluded:
        text += " " + tr("%n record(s) were left out: consent to their transmission was refused.", len(result.excluded))
    if result.marked_sent:
        text += " " + tr("%n draft(s) marked as sent.", len(result.marked_sent))
    return text


def cancelled() -> str:
    return tr("The export was cancelled. No file was written.")


def planning_cancelled() -> str:
    return tr("Cancelled before anything was written.")


def suggested_name(today: dt.date) -> str:
    """No name or title in it: a file name is seen by anyone who sees the folder."""
    return f"npmdesk-package-{today.isoformat()}{SUFFIX}"


def choose_target(parent: QWidget, today: dt.date) -> Path | None:
    """Where to save the package; `.age` is added when no suffix was typed. npmdesk never
    overwrites a file (the core says so in one line), so the dialog does not ask "replace?"."""
    chosen = file_dialogs.save_file_name(
        parent, tr("Save the encrypted package"), str(Path.home() / suggested_name(today)),
        tr("npmdesk packages (*{suffix})").format(suffix=SUFFIX), confirm_overwrite=False)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_name(path.name + SUFFIX)
