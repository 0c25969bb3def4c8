"""A password-protected PDF of an export, for recipients who have nothing but a PDF reader.

    plan = plan_export(store, ids)                      # the package's own plan (export.py)
    check_pdf_plan(plan, confirmed=…)                   # the package's checks, for anyone
    document = pdf_document(store, plan, ids, language=…)
    pdf = npmdesk.pdf.render.pdf_bytes(document)        # the caller renders it (Qt), in memory
    result = write_protected_pdf(store, plan, pdf, out, password, confirmed=…)

A PDF is read by whoever has its password: it is an export for anyone beyond the NPM's own
devices, always. So exactly as for a package for the SPT or a passphrase, records whose people
refused transmission are left out (whatever is confirmed), the strictly confidential, internal
and unconsented ones need a confirmation (ConfirmationNeeded), and every record appears
pseudonymised (npmdesk/reports/selection.py). The pages carry the highest sensitivity of what
they show as their marking. The plain PDF exists only in memory: `protect` encrypts it (AES-256,
PDF 2.0) and only the encrypted bytes are written, through the atomic writer (plain_output.py:
the file appears complete or not at all, never replacing one). The records in it are logged
as disclosed "to whoever has the password" (records/disclosures.py), in a transaction committed
once the file is in place (if that fails, the file is removed).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from npmdesk.errors import NpmdeskError
from npmdesk.exchange.errors import ConfirmationNeeded, EverythingLeftOut, ExportPlanOutdated, NothingToExport
from npmdesk.exchange.export import Excluded, ExportPlan, OutputExists, mark_drafts_sent, plan_export
from npmdesk.plain_output import PlainOutput
from npmdesk.records import disclosures
from npmdesk.records.store import RecordStore
from npmdesk.reports.document import ReportDocument
from npmdesk.reports.protected_pdf import protect
from npmdesk.reports.selection import selection_document
from npmdesk.vault.database import small_page_cache

PDF_SUFFIX = ".pdf"
MAX_PDF_RECORDS = 2_000  # a document to read, laid out in memory: beyond this, a package


class TooManyForPdf(NpmdeskError):
    message = (f"A protected PDF holds at most {MAX_PDF_RECORDS:,} records: choose fewer records (or a shorter "
               "period), or export them as a package.")


@dataclass(frozen=True)
class PdfExportResult:
    path: Path
    records: int  # records in the PDF (the contacts they name included)
    size: int
    excluded: tuple[Excluded, ...] = ()  # left out: consent to transmission refused
    marked_sent: tuple[str, ...] = ()


def check_pdf_plan(plan: ExportPlan, *, confirmed: bool) -> None:
    """The package's checks for an export to anyone: NothingToExport, ConfirmationNeeded (flagged
    records not `confirmed`), EverythingLeftOut (every record refused); and TooManyForPdf."""
    plan = plan.addressed(False)
    if not plan.records:
        raise NothingToExport()
    if plan.flagged and not confirmed:
        raise ConfirmationNeeded(len(plan.flagged))
    if not plan.leaving:
        raise EverythingLeftOut(len(plan.excluded))
    if len(plan.leaving) > MAX_PDF_RECORDS:
        raise TooManyForPdf()


def shown_ids(plan: ExportPlan, chosen: Sequence[str] | None) -> list[str]:
    """The records the PDF shows, in the plan's order: those chosen (all of the plan's for None)
    that may leave. The contacts the plan adds as counterparts are named, not shown."""
    leaving = [r.id for r in plan.addressed(False).leaving]
    if chosen is None:
        return leaving
    wanted = set(chosen)
    return [rid for rid in leaving if rid in wanted]


def pdf_document(store: RecordStore, plan: ExportPlan, chosen: Sequence[str] | None, *, language: str = "en",
                 subject: str = "", today: dt.date | None = None) -> ReportDocument:
    """What the PDF shows (see reports/selection.py): the records chosen that may leave, with the
    names of only those counterparts that may leave too."""
    leaving = {r.id for r in plan.addressed(False).leaving}
    return selection_document(store, shown_ids(plan, chosen), language=language, subject=subject, today=today,
                              named=leaving)


def write_protected_pdf(store: RecordStore, plan: ExportPlan, pdf: bytes, out: Path, password: str, *,
                        confirmed: bool = False, mark_sent: bool = False) -> PdfExportResult:
    """Encrypt `pdf` (made from `plan` by `pdf_document`) under `password`, write it to `out` (never
    over an existing file: OutputExists) and log the disclosure. Raises what `check_pdf_plan`
    raises, and ExportPlanOutdated or ConfirmationNeeded if a record was refused or became
    sensitive since the plan was made (nothing is written then). `mark_sent` marks the draft
    communications among the records as sent."""
    check_pdf_plan(plan, confirmed=confirmed)
    plan = plan.addressed(False)
    leaving = [r.id for r in plan.leaving]
    with small_page_cache(store.db):
        fresh = plan_export(store, leaving)
    if any(left.id in set(leaving) for left in fresh.excluded):
        raise ExportPlanOutdated()
    new_flags = {f.id for f in fresh.flagged} - {f.id for f in plan.flagged}
    if new_flags:
        raise ConfirmationNeeded(len(new_flags))
    if out.exists() or out.is_symlink():
        raise OutputExists(out)
    locked = protect(pdf, password)
    published = False
    try:
        with store.transaction() as db:
            output = PlainOutput(out, durable=True)
            try:
                output.write(locked)
                output.publish()
            except FileExistsError:
                output.discard()
                raise OutputExists(out) from None
            except BaseException:
                output.discard()
                raise
            published = True
            disclosures.log(db, leaving, at=store.now(), by=store.vault.meta("user_name") or "unknown",
                            package=out.name, recipients=[disclosures.Recipient(disclosures.PASSPHRASE)])
    except BaseException:
        if published:
            _remove(out)  # never a file that the log does not show
        raise
    sent = mark_drafts_sent(store, leaving) if mark_sent else ()
    return PdfExportResult(out, len(leaving), len(locked), tuple(plan.excluded), sent)


def _remove(out: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(out)
