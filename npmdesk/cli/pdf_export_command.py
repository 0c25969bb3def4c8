"""`npmdesk export … --format pdf --passphrase [--package-passphrase-file F] -o OUT.pdf`: the records
chosen (as for a package: --all, --record, --report) as a PDF locked with a password (AES-256).

The checks are the package's (npmdesk/exchange/pdf_export.py). Without a file the password is
generated and printed once on stderr, with the advice to give it by phone; from a file it must be
as strong as a package passphrase. The PDF is painted in memory (Qt, loaded only here) and only
its encrypted form is written.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from npmdesk.cli.export_output import print_flagged, print_outcome
from npmdesk.errors import NpmdeskError
from npmdesk.translation import language, number, translate

EXIT_OK = 0


class PdfNeedsPassword(NpmdeskError):
    message = ("A protected PDF is opened with a password, not an age key: use --passphrase (npmdesk generates "
               "the password) or --passphrase --package-passphrase-file F.")


class PdfNotArmored(NpmdeskError):
    message = "--armor is for packages; a protected PDF is written as a PDF."


def check_pdf_arguments(args: argparse.Namespace) -> None:
    """What --format pdf does not take, refused before anything is read (NpmdeskError)."""
    if not args.passphrase:
        raise PdfNeedsPassword()
    if args.armor:
        raise PdfNotArmored()


def _password(args: argparse.Namespace) -> tuple[str, bool]:
    """The password and whether npmdesk generated it."""
    from npmdesk.cli import credentials
    from npmdesk.reports.protected_pdf import new_password
    from npmdesk.vault.vault import require_strong

    if args.package_passphrase_file is None:
        return new_password(), True
    secret = credentials.secret(credentials.PACKAGE, args.package_passphrase_file, use_env=False)
    try:
        require_strong(secret)
        return bytes(secret.buffer).decode("utf-8"), False
    finally:
        secret.wipe()


def cmd_export_pdf(args: argparse.Namespace, choose: Any) -> int:
    """`choose(store)` gives the records (None: all) and what they are in words (exchange_commands
    chooses them, for packages too)."""
    check_pdf_arguments(args)
    password, generated = _password(args)
    from npmdesk.cli.unlocking import unlock
    from npmdesk.exchange.export import OutputExists, plan_export
    from npmdesk.exchange.pdf_export import check_pdf_plan, pdf_document, write_protected_pdf
    from npmdesk.pdf.render import ensure_application, pdf_bytes
    from npmdesk.records import RecordStore

    if args.output.exists():
        raise OutputExists(args.output)
    with unlock(args) as vault:
        store = RecordStore(vault)
        ids, subject = choose(store)
        plan = plan_export(store, ids).addressed(False)
        if plan.flagged and not args.confirm_sensitive:
            print_flagged(plan)
        check_pdf_plan(plan, confirmed=args.confirm_sensitive)
        document = pdf_document(store, plan, ids, language=args.language, subject=subject)
        ensure_application()
        result = write_protected_pdf(store, plan, pdf_bytes(document), args.output, password,
                                     confirmed=args.confirm_sensitive, mark_sent=args.mark_sent)
    records = result.records
    print(translate("cli", "Exported %n record(s) to {path} ({size} bytes), as a PDF protected with a password "
                    "(AES-256).", None, records).format(path=result.path, size=number(result.size, language())))
    print_outcome("the PDF", result.excluded, result.marked_sent)
    if generated:
        print(translate("cli", "The PDF's password (shown only now: npmdesk does not keep it):"), file=sys.stderr)
        print(f"    {password}", file=sys.stderr)
        print(translate("cli", "Give it to the recipient by phone, never in the same email as the PDF."),
              file=sys.stderr)
    else:
        print(translate("cli", "Give the password to the recipient by phone, never in the same email as the PDF."),
              file=sys.stderr)
    return EXIT_OK
