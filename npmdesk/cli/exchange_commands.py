"""Exchange subcommands: identity, export, import, package open, contact. Parse, call, print."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from npmdesk.cli import credentials
from npmdesk.cli.errors import (
    AmbiguousContact,
    ContactNotFound,
    FingerprintMismatch,
    MalformedKey,
    NoRecipientYet,
    NoSigningKey,
    OwnDeviceNotVerified,
    UnverifiedSigner,
)
from npmdesk.cli.export_output import print_flagged, print_outcome
from npmdesk.cli.terminal import line, short
from npmdesk.errors import NpmdeskError
from npmdesk.reports.names import KIND_ALIASES, LANGUAGES, REPORT_KINDS
from npmdesk.translation import language, number, translate

EXIT_OK = 0


class ReportOptionWithoutReport(NpmdeskError):
    message = ("--visit, --from and --to choose a report's records: give --report KIND with them "
               "(a contact is --to-contact NAME).")


def register(sub: Any, common: argparse.ArgumentParser, unlocking: argparse.ArgumentParser) -> None:
    identity = sub.add_parser("identity", parents=[common, unlocking],
                              help="print this vault's age recipient and signing-key fingerprint")
    identity.set_defaults(func=cmd_identity)
    identity.add_argument("--ssh", action="store_true",
                          help="print only the allowed_signers line with which a recipient checks this vault's "
                          "packages using OpenSSH (ssh-keygen -Y verify)")

    export = sub.add_parser("export", parents=[common, unlocking], help="write an encrypted, signed package")
    export.set_defaults(func=cmd_export)
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every record (not the bin)")
    which.add_argument("--record", nargs="+", action="extend", metavar="ID", help="these records (and their contacts)")
    which.add_argument("--report", choices=[*REPORT_KINDS, *KIND_ALIASES], metavar="KIND",
                       help="the records of a report: correspondence-log, visit-dossier (with --visit) or "
                       "recommendations, within --from/--to")
    export.add_argument("--visit", metavar="ID", help="with --report visit-dossier: the visit")
    export.add_argument("--from", dest="date_from", metavar="DATE",
                        help="with --report: records dated on or after DATE")
    export.add_argument("--to", dest="date_to", metavar="DATE", help="with --report: records dated on or before DATE")
    export.add_argument("--format", choices=["package", "pdf"], default="package",
                        help="package (default), or pdf: a PDF protected with a password (AES-256), for "
                        "recipients with only a PDF reader (with --passphrase: npmdesk makes the password)")
    export.add_argument("--language", choices=LANGUAGES, default=None,
                        help="the language of the PDF (--format pdf) or of the package's summary.html "
                        "(default: the command line's own, else en)")
    to = export.add_mutually_exclusive_group(required=True)
    to.add_argument("-r", "--recipient", action="append", metavar="AGE_RECIPIENT",
                    help="encrypt for this age public key, age1… (repeatable)")
    to.add_argument("--to-contact", action="append", metavar="NAME",
                    help="encrypt for this contact's age recipient (repeatable)")
    to.add_argument("--passphrase", action="store_true", help="encrypt with a passphrase instead")
    export.add_argument("-a", "--armor", action="store_true", help="write ASCII armor (PEM) instead of binary")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="the package to write")
    export.add_argument("--confirm-sensitive", action="store_true",
                        help="confirm that the strictly confidential and internal records and personal data "
                        "without recorded consent that are listed may leave the vault (records whose people "
                        "refused transmission are always left out)")
    export.add_argument("--mark-sent", action="store_true",
                        help="mark the draft communications in the package as sent")
    export.add_argument("--package-passphrase-file", type=Path, metavar="FILE",
                        help="with --passphrase: read the package passphrase from FILE")

    imp = sub.add_parser("import", parents=[common, unlocking], help="verify, decrypt and merge a package")
    imp.set_defaults(func=cmd_import)
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="show what would change and who signed it; change nothing")
    imp.add_argument("--accept-unverified", action="store_true",
                     help="import even though the signer is not a verified contact (after comparing the fingerprint)")
    imp.add_argument("--package-passphrase-file", type=Path, metavar="FILE",
                     help="read the package passphrase from FILE (for packages made with --passphrase)")
    imp.add_argument("--restore-deleted", nargs="+", action="extend", default=[], metavar="ID",
                     help="bring back these records, deleted here, from the package (see 'deleted here' in --dry-run)")

    package = sub.add_parser("package", help="work with packages without a vault")
    package.set_defaults(func=cmd_package)
    package_sub = package.add_subparsers(dest="package_command", metavar="ACTION", required=True)
    opened = package_sub.add_parser("open", help="verify and unpack a package with an age key file")
    opened.add_argument("file", type=Path, metavar="FILE")
    opened.add_argument("-i", "--identity", type=Path, metavar="KEYFILE", action="append",
                        help="an age identity file (as age-keygen writes it); repeatable")
    opened.add_argument("--out", type=Path, required=True, metavar="DIR", help="a new or empty folder")
    opened.add_argument("--expect-signer", metavar="npmsig1…", help="refuse unless signed by this signing key")
    opened.add_argument("--package-passphrase-file", type=Path, metavar="FILE",
                        help="for packages made with a passphrase (instead of -i)")
    opened.add_argument("--vault", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    contact = sub.add_parser("contact", help="contacts' keys: add, list, verify, own-device, remove-key")
    contact.set_defaults(func=cmd_contact)
    contact_sub = contact.add_subparsers(dest="contact_command", metavar="ACTION", required=True)
    add = contact_sub.add_parser("add", parents=[common, unlocking], help="add a contact with their keys")
    add.add_argument("name")
    add.add_argument("--role", default="member",
                     choices=["regional_head", "country_rapporteur", "member", "secretariat", "npm_colleague", "other"])
    add.add_argument("--age-recipient", metavar="age1…")
    add.add_argument("--signing-key", metavar="npmsig1…")
    contact_sub.add_parser("list", parents=[common, unlocking], help="contacts with keys, and whether verified")
    verify = contact_sub.add_parser("verify", parents=[common, unlocking],
                                    help="mark a contact's keys as verified after comparing the fingerprint")
    verify.add_argument("name", help="the contact's name or id")
    verify.add_argument("--fingerprint", required=True, metavar="XXXX-XXXX-…",
                        help="the fingerprint the person read to you")
    remove = contact_sub.add_parser("remove-key", parents=[common, unlocking],
                                    help="remove a contact's signing key and/or age recipient (and the verification)")
    remove.add_argument("name", help="the contact's name or id")
    which_key = remove.add_mutually_exclusive_group()
    which_key.add_argument("--signing-key", action="store_true", help="only the signing key")
    which_key.add_argument("--age-recipient", action="store_true", help="only the age recipient")
    own = contact_sub.add_parser("own-device", parents=[common, unlocking],
                                 help="mark a verified contact as one of your NPM's own devices (packages to it "
                                 "carry real names)")
    own.add_argument("name", help="the contact's name or id")
    own.add_argument("--off", action="store_true", help="no longer one of your NPM's own devices")


@contextlib.contextmanager
def _exchange(args: argparse.Namespace) -> Iterator[tuple[Any, Any]]:
    from npmdesk.cli.unlocking import unlock
    from npmdesk.exchange.identity import VaultIdentity
    from npmdesk.records import RecordStore

    with unlock(args) as vault, VaultIdentity.of(vault) as identity:
        yield RecordStore(vault), identity


# --------------------------------------------------------------------------- commands


def cmd_identity(args: argparse.Namespace) -> int:
    with _exchange(args) as (_store, identity):
        if args.ssh:
            from npmdesk.exchange import sshsig

            print(sshsig.allowed_signers_line(identity.signing_key.raw, identity.fingerprint))
            return EXIT_OK
        print(translate("cli", "Age recipient (others encrypt packages for this vault with it):"))
        print(f"  {identity.recipient.encode()}")
        print(translate("cli", "Signing key (it signs the packages this vault exports):"))
        print(f"  {identity.signing_key.encode()}")
        print(translate("cli", "Fingerprint (compare it by phone before trusting packages):"))
        print(f"  {identity.fingerprint}")
        print(translate("cli", "For recipients without npmdesk, who check packages with OpenSSH: "
                        "npmdesk identity --ssh"))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    if args.language is None:  # the reader's language, as the rest of the command line speaks
        args.language = language() if language() in LANGUAGES else "en"
    if args.format == "pdf":
        from npmdesk.cli.pdf_export_command import cmd_export_pdf

        return cmd_export_pdf(args, lambda store: _chosen(args, store))
    # A package written to standard output (`-o /dev/stdout | ssh …`): what is said goes to standard error.
    with contextlib.redirect_stdout(sys.stderr) if _is_standard_output(args.output) else contextlib.nullcontext():
        return _export(args)


def _is_standard_output(path: Path) -> bool:
    """Whether `path` is this process's standard output (/dev/stdout, /proc/self/fd/1, the terminal)."""
    try:
        return os.path.samestat(os.stat(path), os.fstat(sys.stdout.fileno()))
    except (OSError, ValueError, AttributeError):  # no such file yet; no standard output
        return False


def _export(args: argparse.Namespace) -> int:
    from npmdesk.exchange.export import own_devices_only, plan_export, write_package

    request = _report_request(args)
    passphrase = (credentials.secret(credentials.PACKAGE, args.package_passphrase_file, new=True)
                  if args.passphrase else None)
    try:
        with _exchange(args) as (store, identity):
            recipients = list(args.recipient or []) + [_contact_recipient(store, n) for n in args.to_contact or []]
            plan = plan_export(store, _chosen(args, store, request)[0])
            plan = plan.addressed(bool(recipients) and own_devices_only(store, identity, recipients))
            if not args.confirm_sensitive and plan.flagged:  # (the flagged are listed only if needed)
                print_flagged(plan)
            result = write_package(store, identity, plan, args.output, recipients=recipients, passphrase=passphrase,
                                   armor=args.armor, confirmed=args.confirm_sensitive, mark_sent=args.mark_sent,
                                   language=args.language)
            fingerprint = identity.fingerprint
    finally:
        if passphrase is not None:
            passphrase.wipe()
    records, attachments = result.records, result.attachments
    values = {"path": result.path, "size": number(result.size, language()), "recipients": ", ".join(recipients),
              "attachments": translate("cli", "%n attachment(s)", None, attachments)}
    print(translate("cli", "Exported %n record(s) and {attachments} to {path} ({size} bytes), "
                    "encrypted with a passphrase.", None, records).format(**values) if args.passphrase else
          translate("cli", "Exported %n record(s) and {attachments} to {path} ({size} bytes), "
                    "encrypted for {recipients}.", None, records).format(**values))
    print(translate("cli", "Signed by this vault, fingerprint {fingerprint}.").format(fingerprint=fingerprint))
    if result.own_devices:
        print(translate("cli", "For your NPM's own devices only: the records carry real names (not pseudonymised)."))
    print_outcome("the package", result.excluded, result.marked_sent)
    return EXIT_OK


def _report_request(args: argparse.Namespace) -> Any:
    """The report whose records --report exports, checked before the vault is opened (or None)."""
    if not args.report:
        if args.visit or args.date_from or args.date_to:
            raise ReportOptionWithoutReport()
        return None
    from npmdesk.reports.request import make_request

    return make_request(args.report, args.date_from, args.date_to, visit_id=args.visit, language=args.language)


def _chosen(args: argparse.Namespace, store: Any, request: Any = None) -> tuple[list[str] | None, str]:
    """The records to export (None: all) and what they are, in words (a report's name, for a PDF)."""
    request = request if request is not None else _report_request(args)
    if request is None:
        return (None if args.all else list(args.record)), ""
    from npmdesk.reports import compose

    document = compose(store, request)
    ids = sorted(document.record_ids)
    return ids, document.title


def _contact_recipient(store: Any, name: str) -> str:
    from npmdesk.exchange import contact_keys

    contact = _find_contact(store, name)
    keys = contact_keys.keys_of(contact)
    if keys.recipient_state == contact_keys.MALFORMED:
        raise MalformedKey(contact.title, "age recipient")
    if keys.recipient is None:
        raise NoRecipientYet(contact.title)
    return keys.recipient.encode()


def cmd_import(args: argparse.Namespace) -> int:
    from npmdesk.exchange import merge
    from npmdesk.exchange.errors import SignerNotTrusted
    from npmdesk.exchange.importer import import_package, preview_package

    with _exchange(args) as (store, identity):
        asker = credentials.asker(credentials.PACKAGE, args.package_passphrase_file)
        # A dry run judges the signer exactly as the import does, before any record is read.
        run = preview_package if args.dry_run else import_package
        try:
            done = run(store, identity, args.file, passphrase=asker, restore=args.restore_deleted,
                       accept_signer=lambda signer: signer.trusted or args.accept_unverified)
        except SignerNotTrusted as err:
            raise UnverifiedSigner(err, args.dry_run) from None
    print(translate("cli", "Signed by {signer}.").format(signer=done.signer.describe()))
    _print_sender(done.manifest)
    if done.manifest.identities:  # accepted only from one of the NPM's own devices
        print(translate("cli", "This package carries real names: it comes from one of your NPM's own devices."))
    plan = done.plan
    counts = {"new": plan.count(merge.ADDED), "updated": plan.count(merge.UPDATED),
              "unchanged": plan.count(merge.UNCHANGED), "ahead": plan.count(merge.AHEAD),
              "conflicts": plan.count(merge.CONFLICT), "attachments": plan.new_attachments,
              "deleted": plan.count(merge.DELETED) + plan.count(merge.DELETED_CHANGED)}
    print((translate("cli", "Would import: {new} new, {updated} updated, {unchanged} unchanged, {ahead} already "
                     "newer here, {conflicts} edited on both sides, {deleted} deleted here (not brought back); "
                     "{attachments} new attachments.") if args.dry_run else
           translate("cli", "Imported: {new} new, {updated} updated, {unchanged} unchanged, {ahead} already newer "
                     "here, {conflicts} edited on both sides, {deleted} deleted here (not brought back); "
                     "{attachments} new attachments.")).format(**counts))
    for rid in plan.ids(merge.CONFLICT):
        print("  " + translate("cli", "conflict: {id}  {title}  (both versions are in its history)").format(
            id=rid, title=short(plan.titles[rid])))
    for outcome in (merge.DELETED, merge.DELETED_CHANGED):
        for rid in plan.ids(outcome):
            shown = (translate("cli", "deleted here: {id}  {title}  (to bring it back: --restore-deleted {id})")
                     if outcome == merge.DELETED else
                     translate("cli", "deleted here, changed by the sender: {id}  {title}  (to bring it back: "
                               "--restore-deleted {id})"))
            print("  " + shown.format(id=rid, title=short(plan.titles[rid])))
    for rid in plan.ids(merge.NAMES_FILLED):
        print("  " + translate("cli", "real names filled in: {id}  {title}  (from one of your NPM's own "
                               "devices)").format(id=rid, title=short(plan.titles[rid])))
    for rid in plan.restored:
        print("  " + (translate("cli", "would be brought back: {id}  {title}") if args.dry_run else
                      translate("cli", "brought back: {id}  {title}")).format(id=rid, title=short(plan.titles[rid])))
    for rid in plan.keys_set_aside:
        print("  " + translate("cli", "keys not taken: {id}  {title}  (another contact or this vault already has "
                               "them)").format(id=rid, title=short(plan.titles[rid])))
    return EXIT_OK


def cmd_package(args: argparse.Namespace) -> int:
    from npmdesk.cli.age_command import _read_identities
    from npmdesk.exchange.identity import SigningKey
    from npmdesk.exchange.unpack import open_package

    identities = [i for path in args.identity or [] for i in _read_identities(path)]
    expect = SigningKey.parse(args.expect_signer) if args.expect_signer else None
    passphrase = None
    if not identities:
        passphrase = credentials.secret(credentials.PACKAGE, args.package_passphrase_file)
    try:
        unpacked = open_package(args.file, args.out, identities, passphrase=passphrase, expect_signer=expect,
                                language=language())
    finally:
        for identity in identities:
            identity.wipe()
        if passphrase is not None:
            passphrase.wipe()
    contents = unpacked.contents
    print(translate("cli", "Signature verified: signing key {key}").format(key=contents.signer.encode()))
    print("  " + translate("cli", "fingerprint {fingerprint} (compare it with the sender)").format(
        fingerprint=contents.signer.fingerprint))
    _print_sender(contents.manifest)
    records, files = contents.records, contents.files
    print(translate("cli", "%n record(s) and {files} unpacked into {folder}:", None, records).format(
        files=translate("cli", "%n file(s)", None, files), folder=unpacked.folder))
    for record in unpacked.first:
        print(f"  {line(record.date or '          ')}  {line(record.kind):<22} {short(record.title, 60)}")
    if contents.records > len(unpacked.first):
        print("  " + translate("cli", "... and {count} more (every record is in records.json)").format(
            count=number(contents.records - len(unpacked.first), language())))
    print(translate("cli", "Open {path} to read them. These files are NOT encrypted.").format(
        path=unpacked.folder / "summary.html"))
    return EXIT_OK


def _print_sender(manifest: Any) -> None:
    """What the package says about its sender: outside text, quoted, one line each, after
    npmdesk's own verdict on the signer and under npmdesk's own labels."""
    print("  " + translate("cli", "sender's NPM, as the package states it: {name}").format(
        name=short(manifest.npm_name) if manifest.npm_name else "-"))
    print("  " + translate("cli", "sender's user, as the package states it: {name}").format(
        name=short(manifest.user_name) if manifest.user_name else "-"))
    print("  " + translate("cli", "made: {date}").format(date=short(manifest.created_at, 40)))


def _find_contact(store: Any, name: str) -> Any:
    from npmdesk.records.model import RecordNotFound, is_uuid

    if is_uuid(name):
        try:
            record = store.get(name)
        except RecordNotFound:
            raise ContactNotFound(name) from None
        if record.kind == "contact":
            return record
        raise ContactNotFound(name)
    ids = store.contacts_named(name)
    if len(ids) != 1:
        raise ContactNotFound(name) if not ids else AmbiguousContact(name)
    return store.get(ids[0])


def cmd_contact(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from npmdesk.exchange import contact_keys
    from npmdesk.exchange.age.keys import X25519Recipient
    from npmdesk.exchange.identity import SigningKey
    from npmdesk.records import ListQuery, Record

    with _exchange(args) as (store, _identity):
        if args.contact_command == "add":
            fields: dict[str, object] = {"role": args.role}
            if args.age_recipient:
                fields["age_recipient"] = X25519Recipient.parse(args.age_recipient).encode()
            if args.signing_key:
                fields["signing_key"] = SigningKey.parse(args.signing_key).encode()
            record = store.add(Record(kind="contact", title=args.name.strip(), status="active", fields=fields))
            print(record.id)
            if args.signing_key:
                print(translate("cli", "Fingerprint {fingerprint}: compare it with {name}, then run "
                                "'npmdesk contact verify'.").format(
                    fingerprint=SigningKey.parse(args.signing_key).fingerprint, name=args.name.strip()))
        elif args.contact_command == "list":
            total = store.count(ListQuery(kinds=("contact",)))
            for summary in store.list(ListQuery(kinds=("contact",), order_by="title", descending=False,
                                                limit=max(total, 1))):
                contact = store.get(summary.id)
                own = "  " + translate("cli", "own device") if contact_keys.is_own_device(contact) else ""
                print(f"{summary.id}  {line(summary.title):<30} {_key_state(contact):<13} "
                      f"{contact_keys.keys_of(contact).fingerprint}{own}")
        elif args.contact_command == "own-device":
            record = _find_contact(store, args.name)
            if not args.off and not contact_keys.is_verified(record):
                raise OwnDeviceNotVerified(record.title)
            fields = {k: v for k, v in record.fields.items() if k != contact_keys.OWN_DEVICE}
            if not args.off:
                fields[contact_keys.OWN_DEVICE] = True
            store.update(replace(record, fields=fields))
            print((translate("cli", "{name} is no longer one of your NPM's own devices: packages for it carry "
                             "pseudonyms.") if args.off else
                   translate("cli", "{name} is now one of your NPM's own devices: packages for it carry real "
                             "names.")).format(name=short(record.title)))
        elif args.contact_command == "remove-key":
            record = _find_contact(store, args.name)
            which = (("signing_key",) if args.signing_key else ("age_recipient",) if args.age_recipient
                     else contact_keys.KEY_FIELDS)
            store.update(contact_keys.without_keys(record, which))
            names = {"signing_key": translate("cli", "signing key"), "age_recipient": translate("cli", "age recipient")}
            print(translate("cli", "Removed from {name}: {keys}.").format(
                name=short(record.title), keys=", ".join(names.get(w, w.replace("_", " ")) for w in which)))
        else:
            record = _find_contact(store, args.name)
            keys = contact_keys.keys_of(record)
            if keys.signing_state == contact_keys.MALFORMED:
                raise MalformedKey(record.title, "signing key")
            if keys.signing_key is None:
                raise NoSigningKey(record.title)
            typed = args.fingerprint.strip().upper().replace(" ", "-")
            if typed.replace("-", "") != keys.fingerprint.replace("-", ""):
                raise FingerprintMismatch()
            store.update(replace(record, fields={**record.fields, "keys_verified": True}))
            print(translate("cli", "The keys of {name} are now marked as verified.").format(name=short(record.title)))
    return EXIT_OK


def _key_state(contact: Any) -> str:
    """verified, NOT verified, no keys, or malformed key (shown as such, never an error)."""
    from npmdesk.exchange import contact_keys

    keys = contact_keys.keys_of(contact)
    if keys.malformed:
        return translate("cli", "malformed key")
    if keys.signing_key is None:
        return translate("cli", "no keys")
    return translate("cli", "verified") if contact_keys.is_verified(contact) else translate("cli", "NOT verified")
