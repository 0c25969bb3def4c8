"""`npmdesk mail import FILE… [--dry-run]`, `npmdesk mail addresses [ADDRESS…]` and
`npmdesk mail draft FILE --to ADDRESS… [--language fr] [--open] -o DRAFT.eml`.

Parse, call npmdesk.mail, print. `import` prints the new records' ids, one per line, on stdout;
what was left out (already in the vault, unreadable files) and the people who are not among the
contacts go to stderr. With `--dry-run` it prints one line per message and changes nothing. The
exit status is 1 when a file or message could not be read (the others are imported).
`draft` writes a mail draft carrying an exported package or protected PDF (npmdesk/mail/outgoing.py)
and says that its cover note travels in clear.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from npmdesk.cli.terminal import line, short
from npmdesk.errors import NpmdeskError
from npmdesk.phrase import Phrase
from npmdesk.translation import error_message, translate

if TYPE_CHECKING:
    from npmdesk.mail.importer import Plan

EXIT_OK = 0
EXIT_SOME_UNREADABLE = 1


class UnknownContactAddress(NpmdeskError):
    def __init__(self, address: str) -> None:
        super().__init__("{address} is not the address of anyone in these messages; give an address that "
                         "'mail import --dry-run' lists as not among your contacts.", address=line(address))


def add_parsers(sub: Any, common: argparse.ArgumentParser, unlocking: argparse.ArgumentParser) -> None:
    mail = sub.add_parser("mail", parents=[common],
                          help="import saved email (.eml, .msg, mbox); draft one carrying an exported file")
    mail.set_defaults(func=cmd_mail)
    actions = mail.add_subparsers(dest="mail_command", metavar="ACTION", required=True)
    imports = actions.add_parser(
        "import", parents=[common, unlocking],
        help="import saved messages as communications; print the new records' ids",
    )
    imports.add_argument("files", nargs="+", type=Path, metavar="FILE",
                         help=".eml, .msg or mbox files, or folders holding them")
    imports.add_argument("--dry-run", action="store_true", help="show what would be imported; change nothing")
    imports.add_argument("--add-contact", action="append", default=[], metavar="ADDRESS",
                         help="add this unknown sender or recipient as a contact (repeatable)")
    addresses = actions.add_parser(
        "addresses", parents=[common, unlocking],
        help="show or set the NPM's own email addresses (mail from them is 'sent')",
    )
    addresses.add_argument("addresses", nargs="*", metavar="ADDRESS")
    addresses.add_argument("--clear", action="store_true", help="forget every address")
    draft = actions.add_parser(
        "draft", parents=[common, unlocking],
        help="write a mail draft (.eml) carrying an exported package or protected PDF, to open and send",
    )
    draft.add_argument("file", type=Path, metavar="FILE", help="the package or protected PDF, as exported")
    draft.add_argument("--to", action="append", required=True, metavar="ADDRESS",
                       help='a recipient, "Name <name@example.org>" or name@example.org (repeatable)')
    draft.add_argument("--language", choices=("en", "fr", "es"), default="en", help="the cover note's language (en)")
    draft.add_argument("-o", "--output", type=Path, required=True, metavar="DRAFT.eml", help="the draft to write")
    draft.add_argument("--open", action="store_true",
                       help="open the written draft in the system's mail program (needs a desktop session)")
    draft.add_argument("--keep-drafts", action="store_true",
                       help="do not mark the draft communications in the file as sent")


def cmd_mail(args: argparse.Namespace) -> int:
    # Imported here: building the parser (npmdesk --version, --help) must not load the mail
    # readers or the vault.
    if args.mail_command == "addresses":
        return _addresses(args)
    if args.mail_command == "draft":
        return _draft(args)
    return _import(args)


def _addresses(args: argparse.Namespace) -> int:
    from npmdesk.cli.unlocking import unlock
    from npmdesk.mail import importer
    from npmdesk.records import RecordStore

    with unlock(args) as vault:
        store = RecordStore(vault)
        if args.clear or args.addresses:
            shown = importer.set_own_addresses(store, [] if args.clear else args.addresses)
        else:
            shown = importer.own_addresses(store)
    for address in shown:
        print(line(address))
    return EXIT_OK


def _draft(args: argparse.Namespace) -> int:
    from npmdesk.cli.unlocking import unlock
    from npmdesk.exchange.export import OutputExists
    from npmdesk.exchange.identity import VaultIdentity
    from npmdesk.mail import outgoing
    from npmdesk.mail.draft import PROTECTED_PDF
    from npmdesk.mail.open_draft import OpenFailed, desktop_opener
    from npmdesk.records import RecordStore

    recipients = outgoing.parse_recipients(args.to)
    if args.output.exists():
        raise OutputExists(args.output)
    opener = desktop_opener() if args.open else None  # NoDesktop before anything is written
    with unlock(args) as vault, VaultIdentity.of(vault) as identity:
        store = RecordStore(vault)
        exported = outgoing.exported_file(store, args.file)
        try:
            result = outgoing.write_draft(store, exported, args.output, recipients, language=args.language,
                                          fingerprint=identity.fingerprint, mark_sent=not args.keep_drafts)
        except FileExistsError:
            raise OutputExists(args.output) from None
    print(translate("cli", "Wrote the draft to {path}, for {recipients}.").format(
        path=result.path, recipients=", ".join(line(r.email) for r in result.recipients)))
    print(translate("cli", "Its cover note travels in clear: it says what the file is and how to open it, nothing "
                    "confidential. Open the draft in your mail program (Thunderbird and Outlook open it as a draft), "
                    "check it and send it."))
    if opener is not None:
        try:
            opener(result.path)
            print(translate("cli", "Handed the draft to your mail program: check it there and send it."))
        except OpenFailed as error:
            print(error_message(error), file=sys.stderr)
    if exported.kind == PROTECTED_PDF:
        print(translate("cli", "Give the PDF's password by phone, never in the same email."))
    if result.marked_sent:
        sent = len(result.marked_sent)
        print(translate("cli", "Marked as sent: %n draft(s).", None, sent))
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from npmdesk.cli.unlocking import unlock
    from npmdesk.mail import importer
    from npmdesk.mail.sources import read_paths
    from npmdesk.records import RecordStore

    with unlock(args) as vault:
        store = RecordStore(vault)
        plan = importer.plan(store, read_paths(args.files))
        unknown = {person.email: person for person in plan.unknown_people()}
        chosen = []
        for address in args.add_contact:
            person = unknown.get(address.strip().lower())
            if person is None:
                raise UnknownContactAddress(address)
            chosen.append(person)
        if args.dry_run:
            _preview(plan)
            return EXIT_SOME_UNREADABLE if plan.failures else EXIT_OK
        ids = importer.apply(store, plan, add_contacts=chosen)
    for record_id in ids:
        print(record_id)
    _report(plan, {person.email for person in chosen})
    return EXIT_SOME_UNREADABLE if plan.failures else EXIT_OK


def _preview(plan: Plan) -> None:
    for item in plan.messages:
        message = item.message
        when = message.date.isoformat(sep=" ") if message.date else translate("cli", "no date")
        who = message.sender.display() if message.sender else translate("cli", "no sender")
        attachments = len(message.attachments)
        shown = (translate("cli", "new: {when}, {direction}, from {sender}: {subject} ({source}, {attachments})")
                 if item.duplicate_of is None else
                 translate("cli", "already in the vault: {when}, {direction}, from {sender}: {subject} ({source}, "
                           "{attachments})"))
        print(shown.format(when=when, direction=item.direction, sender=short(who, 60),
                           subject=short(message.subject, 70), source=short(_text(item.source), 60),
                           attachments=translate("cli", "%n attachment(s)", None, attachments)))
        for note in message.notes:
            print("    " + translate("cli", "note: {note}").format(note=error_message(note)))
    for failure in plan.failures:
        print(_unreadable(failure))
    for person in plan.unknown_people():
        print(_not_a_contact(person))


def _unreadable(failure: Any) -> str:
    return translate("cli", "cannot read {name}: {error}").format(
        name=short(_text(failure.label), 60), error=error_message(failure.error or NpmdeskError()))


def _text(label: str | Phrase) -> str:
    """Where a message came from, in the command line's language (sources.Source.label)."""
    return error_message(label) if isinstance(label, Phrase) else label


def _not_a_contact(person: Any) -> str:
    return translate("cli", "not among your contacts: {person} (add with --add-contact {email})").format(
        person=short(person.display(), 80), email=line(person.email))


def _report(plan: Plan, added: set[str]) -> None:
    if plan.duplicates:
        duplicates = len(plan.duplicates)
        print(translate("cli", "npmdesk: %n message(s) already in the vault were left as they are.", None,
                        duplicates), file=sys.stderr)
    for failure in plan.failures:
        print(f"npmdesk: {_unreadable(failure)}", file=sys.stderr)
    for person in plan.unknown_people():
        if person.email not in added:
            print(f"npmdesk: {_not_a_contact(person)}", file=sys.stderr)
