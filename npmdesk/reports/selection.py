"""The records of an export laid out as a document to read (no Qt here): what a password-protected
PDF holds (npmdesk/exchange/pdf_export.py).

`selection_document(store, record_ids, language=…)` reads each record again and shows it as it
leaves the vault (`pseudonymised`: people outside the vault named by their aliases only): its
kind, date, status, counterpart, sensitivity, fields and text, and the names of its attachments
(the files themselves are not in the PDF). The marking at the top of every page is the highest
sensitivity among the records and the contacts they name, as in the reports. The caller chooses
the records (the export plan's `leaving`: consent and sensitivity are judged there, not here).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

import npmdesk
from npmdesk.records import attachments as files
from npmdesk.records.model import Record
from npmdesk.records.pseudonyms import pseudonymised
from npmdesk.records.store import RecordStore
from npmdesk.reports import fetch
from npmdesk.reports.assembly import highest_sensitivity, marking
from npmdesk.reports.document import ReportDocument
from npmdesk.reports.html import clip, esc, facts, fill, heading, lines, paragraph, ref, right_to_left
from npmdesk.reports.strings import Strings, template

SELECTION = "selection"
HIDDEN_FIELDS = frozenset({"age_recipient", "signing_key", "keys_verified", "own_device"})  # keys, not content
MAX_BODY = 200_000  # characters of one record's text shown (the rest is cut, marked with an ellipsis)


def selection_document(store: RecordStore, record_ids: Sequence[str], *, language: str = "en",
                       subject: str = "", today: dt.date | None = None,
                       named: Collection[str] | None = None) -> ReportDocument:
    """The records, in the order given, pseudonymised, in `language` (en, fr, es). `subject` is a
    line under the title (what was chosen: "Visit dossier: …"); `named` the contacts whose names
    may be shown as counterparts (None: any). Raises RecordNotFound if a record is gone."""
    s = Strings(language)
    with right_to_left(s.right_to_left):  # Arabic: tables mirrored, values isolated, as in reports
        return _selection_document(store, record_ids, s, subject, today or dt.date.today(), named)


def _selection_document(store: RecordStore, record_ids: Sequence[str], s: Strings, subject: str,
                        day: dt.date, named: Collection[str] | None) -> ReportDocument:
    records = [pseudonymised(store.get(rid)) for rid in record_ids]
    contacts = _contact_names(store, {r.counterpart for r in records if r.counterpart}, named)
    level = highest_sensitivity(store, set(record_ids))
    title = s("report.selection")
    npm_name = store.vault.meta("npm_name")
    summary = paragraph(s("selection.summary", count=len(records)), "summary")
    body = summary + "".join(_record_html(store, record, contacts, s) for record in records)
    user = store.vault.meta("user_name")
    prepared = s("title.prepared_by", date=s.date(day), user=user) if user else s(
        "title.prepared", date=s.date(day))
    title_html = fill(
        "title.html",
        marking=f'<p class="title-marking">{esc(marking(s, level))}</p>',
        npm_name=esc(npm_name or s("title.no_npm_name")),
        report_title=esc(title),
        subject=f'<p class="title-subject">{esc(subject)}</p>' if subject else "",
        period=esc(s("selection.count", count=len(records))),
        prepared=esc(prepared),
        marking_note=f'<p class="note">{esc(s(f"marking.note.{level}"))}</p>',
        generator=esc(s("title.generator", version=npmdesk.__version__)),
    )
    return ReportDocument(
        kind=SELECTION, language=s.language, title=title, npm_name=npm_name, title_html=title_html,
        body_html=body, stylesheet=template("report.css"), marking=marking(s, level),
        footer=s.fill("{npm} — {title}", npm=npm_name, title=title) if npm_name else title,
        page_label=s("page", page="{page}", pages="{pages}"), record_ids=frozenset(record_ids),
    )


def _contact_names(store: RecordStore, ids: set[str], named: Collection[str] | None) -> dict[str, str]:
    """The pseudonymised names of these contacts (those still live, and in `named` if given)."""
    allowed = [i for i in sorted(ids) if named is None or i in named]
    return {row.id: pseudonymised(store.get(row.id)).title
            for row in fetch.listed(store, fetch.among(allowed, kinds=("contact",)))} if allowed else {}


def _record_html(store: RecordStore, record: Record, contacts: dict[str, str], s: Strings) -> str:
    pairs: list[tuple[str, str]] = [(s("col.type"), esc(s.kind(record.kind)))]
    pairs.append((s("col.date"), esc(s.day(record.date))))
    if record.status:
        subtype = record.fields.get("report_type")
        pairs.append((s("col.status"), esc(s.status(record.status, record.kind,
                                                   subtype if isinstance(subtype, str) else None))))
    if record.counterpart and record.counterpart in contacts:
        pairs.append((s("selection.counterpart"), esc(contacts[record.counterpart])))
    pairs.append((s("selection.sensitivity"), esc(s.sensitivity(record.sensitivity))))
    for name, value in record.fields.items():
        shown = _value(record, name, value, s)
        if shown:
            pairs.append((s.field(name, kind=record.kind), shown))
    parts = [heading(2, record.title), f"<p>{ref(record.id)}</p>", facts(pairs)]
    if record.body.strip():
        parts += [paragraph(block) for block in (clip(record.body, MAX_BODY) or "").split("\n\n") if block.strip()]
    names = [info.name for info in files.list_for(store, record.id)]
    if names:
        parts += [heading(3, s("selection.attachments")), f"<p>{lines(names)}</p>"]
    return "".join(parts)


def _value(record: Record, name: str, value: object, s: Strings) -> str:
    """A field's value as HTML ("" for what is not shown: keys, empty values, structures)."""
    if name in HIDDEN_FIELDS or value in (None, "", [], False):
        return ""
    spec = record.spec.field(name)
    if isinstance(value, str) and spec is not None and spec.type == "date":
        return esc(s.day(value))
    if isinstance(value, str):
        return esc(s.choice(name, value) if spec is not None and spec.choices else value)
    if isinstance(value, bool):
        return esc(s("yes"))
    if isinstance(value, int):
        return esc(s.number(value))
    if isinstance(value, float):
        return esc(value)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return lines(value)
    return ""
