"""What the import dialog says, in one place (translatable), and its Open dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from npmdesk import display
from npmdesk.exchange import merge
from npmdesk.exchange.importer import SELF, UNVERIFIED, VERIFIED, Preview, Signer
from npmdesk.gui import file_dialogs
from npmdesk.gui.records.formatting import datetime_text, size_text

CONTEXT = "ImportDialog"
# Outcomes in the order they are listed, with their label.
OUTCOMES = (merge.CONFLICT, merge.ADDED, merge.UPDATED, merge.NAMES_FILLED, merge.DELETED_CHANGED, merge.DELETED,
            merge.AHEAD, merge.UNCHANGED)
SIGNER_COLOURS = {SELF: "#2e7d32", VERIFIED: "#2e7d32", UNVERIFIED: "#e65100"}
UNKNOWN_COLOUR = "#c62828"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def outcome_name(outcome: str) -> str:
    return {
        merge.ADDED: tr("New"),
        merge.UPDATED: tr("Updated"),
        merge.UNCHANGED: tr("Unchanged"),
        merge.AHEAD: tr("Already newer here"),
        merge.CONFLICT: tr("Edited on both sides"),
        merge.DELETED: tr("Deleted here"),
        merge.DELETED_CHANGED: tr("Deleted here, changed by the sender"),
        merge.NAMES_FILLED: tr("Real names filled in (from one of your NPM's own devices)"),
    }.get(outcome, outcome)


def deleted_and_keys(preview: Preview) -> str:
    """What an import leaves alone on purpose: records deleted here, keys another contact has."""
    plan = preview.plan
    text = ""
    deleted = plan.count(merge.DELETED) + plan.count(merge.DELETED_CHANGED)
    if deleted:
        text += " " + tr("%n record(s) deleted in this vault are not brought back.", deleted)
    if plan.keys_set_aside:
        text += " " + tr("%n new contact(s) arrive without their keys: another contact (or this vault) "
                         "already has those keys.", len(plan.keys_set_aside))
    return text


def restore_hint() -> str:
    return tr("Deleted in this vault: tick to bring it back from this package")


def origin(preview: Preview) -> str:
    manifest = preview.manifest
    text = tr("Package from {npm} ({user}), made {when}.").format(
        npm=display.gui_line(manifest.npm_name) if manifest.npm_name else tr("an unnamed NPM"),
        user=display.gui_line(manifest.user_name) if manifest.user_name else tr("unknown user"),
        when=datetime_text(manifest.created_at))
    if manifest.identities:  # only ever accepted from one of the NPM's own devices
        text += " " + tr("It carries real names: it comes from one of your NPM's own devices.")
    return text


def signer_text(signer: Signer) -> str:
    if signer.status == SELF:
        return tr("This vault (a package you exported yourself).")
    if signer.status == VERIFIED:
        return tr("{name}, a contact whose keys you verified.").format(name=display.gui_line(signer.contact_name))
    if signer.status == UNVERIFIED:
        return tr("{name}, a contact whose keys are NOT verified yet.").format(
            name=display.gui_line(signer.contact_name))
    return tr("An UNKNOWN key: it belongs to none of your contacts.")


def signer_advice(signer: Signer) -> str:
    if signer.trusted:
        return ""
    return tr("Before importing, call the sender on a number you already know and ask them to read their "
              "fingerprint (File → Share My Keys… in their npmdesk). Import only if it is exactly the one above.")


def changes(preview: Preview) -> str:
    plan = preview.plan
    counts = ", ".join(f"{outcome_name(o)}: {plan.count(o)}" for o in OUTCOMES if plan.count(o))
    text = tr("What will change — {counts}.").format(counts=counts or tr("no records"))
    if preview.attachments:
        text += " " + tr("%n new attachment(s)", plan.new_attachments) + " " + tr("(package: {size}).").format(
            size=size_text(preview.attachment_bytes))
    if plan.count(merge.CONFLICT):
        text += " " + tr("Records edited on both sides keep your version; the other one joins their history, "
                         "and they are marked for you to compare.")
    text += deleted_and_keys(preview)
    if plan.count(merge.DELETED) + plan.count(merge.DELETED_CHANGED):
        text += " " + tr("To bring one back from this package, tick it in the list.")
    if not plan.changes_anything:
        text += " " + tr("Nothing to import: your vault already has all of it.")
    return text


def imported(preview: Preview) -> str:
    plan = preview.plan
    counts = ", ".join(f"{outcome_name(o)}: {plan.count(o)}" for o in OUTCOMES if plan.count(o))
    text = tr("Imported — {counts}; %n new attachment(s).", plan.new_attachments).format(counts=counts)
    conflicts = plan.count(merge.CONFLICT)
    if conflicts:
        text += " " + tr("%n record(s) were edited on both sides: each is marked “Edited on both sides”. Open it "
                         "(double-click it below), compare the versions in its History, then mark it as settled.",
                         conflicts)
    return text + deleted_and_keys(preview)


def choose_package(parent: QWidget) -> Path | None:
    chosen = file_dialogs.open_file_name(
        parent, tr("Import a package"), str(Path.home()),
        tr("npmdesk packages (*.age);;All files (*)"))
    return Path(chosen) if chosen else None
