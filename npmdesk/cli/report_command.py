"""`npmdesk report KIND -o FILE.pdf`: write a report as a PDF (plaintext: the user asked for it).

    npmdesk report (correspondence-log|visit-dossier|recommendations) [--from DATE] [--to DATE]
                   [--visit ID] [--language en|fr|es|ar|ru|pt] [--no-confidential-mark] [--force] -o FILE.pdf

`log`, `visit` and `tracker` are accepted for the three kinds. Everything typed is checked
before the vault is opened, and the PDF is made in memory: a mistake writes nothing. An
existing FILE is never replaced unless --force is given.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from npmdesk.cli.errors import ReportFileExists, ReportFolderMissing
from npmdesk.reports.names import KIND_ALIASES, LANGUAGES, REPORT_KINDS
from npmdesk.translation import language, translate

EXIT_OK = 0


def register(sub: Any, common: argparse.ArgumentParser, unlocking: argparse.ArgumentParser) -> None:
    report = sub.add_parser(
        "report", parents=[common, unlocking],
        help="write a PDF report: correspondence-log, visit-dossier or recommendations (the PDF is NOT encrypted)",
    )
    report.add_argument("kind", choices=[*REPORT_KINDS, *KIND_ALIASES], metavar="KIND",
                        help="correspondence-log (log), visit-dossier (visit) or recommendations (tracker)")
    report.add_argument("--from", dest="date_from", metavar="DATE", help="only records dated on or after DATE")
    report.add_argument("--to", dest="date_to", metavar="DATE", help="only records dated on or before DATE")
    report.add_argument("--visit", metavar="ID", help="the visit of a visit dossier (see 'npmdesk list --type visit')")
    report.add_argument("--language", choices=LANGUAGES, default=None,
                        help="the report's language (default: the command line's own, else en)")
    report.add_argument("--no-confidential-mark", action="store_true",
                        help='leave out the "Confidential" marking printed on every page')
    report.add_argument("--with-disclosures", action="store_true",
                        help="correspondence log: also list when each record left the vault, and to whom")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    report.add_argument("--force", action="store_true", help="replace FILE if it exists")
    report.set_defaults(func=cmd_report)


def _check_target(path: Path, force: bool) -> None:
    if path.is_dir() or (path.exists() and not force):
        raise ReportFileExists(path)
    if not path.parent.is_dir():
        raise ReportFolderMissing(path.parent)


def _write(path: Path, data: bytes, force: bool) -> None:
    """Write all of `data`; the file gets its name only once complete (even if killed)."""
    from npmdesk.plain_output import write_plain

    write_plain(path, data, replace=force)


def cmd_report(args: argparse.Namespace) -> int:
    from npmdesk.reports.request import make_request

    if args.language is None:  # the reader's language, as the rest of the command line speaks
        args.language = language() if language() in LANGUAGES else "en"
    request = make_request(args.kind, args.date_from, args.date_to, visit_id=args.visit, language=args.language,
                           confidential_mark=not args.no_confidential_mark, with_disclosures=args.with_disclosures)
    _check_target(args.output, args.force)
    # The vault and Qt are loaded only when this command runs: building the parser stays light.
    from npmdesk.cli.unlocking import unlock
    from npmdesk.pdf.render import ensure_application, pdf_bytes
    from npmdesk.records.disclosures import log_report
    from npmdesk.records.store import RecordStore
    from npmdesk.reports import compose

    with unlock(args) as vault:
        store = RecordStore(vault)
        document = compose(store, request)
        ensure_application()
        data: bytes = pdf_bytes(document)
        try:
            _write(args.output, data, args.force)
        except FileExistsError:
            raise ReportFileExists(args.output) from None
        log_report(store, document.record_ids, args.output.name)  # a PDF on disk has left the vault
    wrote = {"correspondence-log": translate("cli", "Wrote the correspondence log to {path} ({size} KB)."),
             "visit-dossier": translate("cli", "Wrote the visit dossier to {path} ({size} KB)."),
             "recommendations": translate("cli", "Wrote the recommendations tracker to {path} ({size} KB).")}
    print(wrote.get(request.kind, "{path}").format(path=args.output, size=f"{len(data) / 1000:.0f}"))
    print(translate("cli", "This PDF is not encrypted: keep it safe, and delete it when you no longer need it."))
    return EXIT_OK
