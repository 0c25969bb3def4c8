"""What the detail pane lists about a record: (label, text) rows, in reading order.

Identifiers become display names (labels.py, field_labels.py), dates and numbers follow the
locale, links to other records (counterpart, thread, visit, report, places…) show those
records' titles, tags and OPCAT references (as written, "Art. 11(1)(b)(ii)") their article's
topic from the reference data. The people a record names come as `people_rows`: "Real name
(person A)" with their consent per purpose (refusals flagged, for the pane to highlight).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from npmdesk import display
from npmdesk.gui.forms.kind_envelope import DATE_FROM
from npmdesk.gui.mail import detail as mail_detail
from npmdesk.gui.records import formatting, labels
from npmdesk.gui.records.field_labels import choice_name, field_label, relation_name
from npmdesk.records import attachments, kinds, reference
from npmdesk.records import consent as consent_
from npmdesk.records.model import Record, article_number, article_sort_key, is_uuid
from npmdesk.records.query import ListQuery
from npmdesk.records.store import RecordStore

Rows = list[tuple[str, str]]
translate = QCoreApplication.translate  # lupdate reads translate("RecordRows", "…")
# Text fields that hold the id of another record.
REFERENCE_FIELDS = ("thread", "in_reply_to", "visit", "report", "place", "implements_report", "case")


def titles(store: RecordStore, ids: list[str]) -> dict[str, str]:
    """Titles of the records among `ids` (live or in the bin), by id."""
    wanted = tuple(dict.fromkeys(i for i in ids if is_uuid(i)))
    if not wanted:
        return {}
    found: dict[str, str] = {}
    for in_bin in (False, True):
        for summary in store.list(ListQuery(ids=wanted, in_bin=in_bin, limit=len(wanted))):
            found[summary.id] = display.gui_line(summary.title)  # shown inside labels and lists
    return found


def referenced_ids(record: Record) -> list[str]:
    ids = [record.counterpart or ""]
    for spec in record.spec.fields:
        value = record.fields.get(spec.name)
        if spec.type == kinds.ID_LIST and isinstance(value, list):
            ids += [v for v in value if isinstance(v, str)]
        elif spec.name in REFERENCE_FIELDS and isinstance(value, str):
            ids.append(value)
    return ids


def country_text(code: str | None) -> str:
    if not code:
        return ""
    state = reference.state_by_iso2(code)
    return f"{reference.country_name(code, formatting.language())} ({code})" if state else display.gui_line(code)


def tag_text(slugs: list[str]) -> str:
    language = formatting.language()
    names = []
    for slug in slugs:
        tag = reference.tag_by_slug(slug)
        names.append(tag.label.get(language) if tag else display.gui_line(slug))
    return formatting.list_text(names)


def article_lines(refs: list[str] | list[int]) -> str:
    """One line per reference, as written, with its article's topic: "Art. 19(b) — Powers of NPMs"."""
    language = formatting.language()
    lines = []
    for ref in sorted((str(r) for r in refs), key=article_sort_key):
        try:
            article = reference.article(article_number(ref))
        except ValueError:
            article = None
        topic = article.topic.get(language) if article else ""
        name = translate("RecordRows", "Art. {number}").format(number=display.gui_line(ref))
        lines.append(f"{name} — {topic}" if topic else name)
    return "\n".join(lines)


def person_name(real_name: str, alias: str) -> str:
    """"Ahmed Benali (person A)": how the vault shows a person (the alias alone if the real name is
    not known here: a person of a record received under an alias has real name = alias)."""
    real, alias = display.gui_line(real_name), display.gui_line(alias)
    if not alias:
        return real
    if real == alias:
        return alias
    return translate("RecordRows", "{real} ({alias})").format(real=real, alias=alias) if real else alias


def flags_text(person: consent_.PersonConsent | None) -> str:
    """"child", "lacks capacity", both or nothing."""
    flags = []
    if person is not None and person.child:
        flags.append(translate("RecordRows", "child"))
    if person is not None and person.lacks_capacity:
        flags.append(translate("RecordRows", "lacks capacity"))
    return ", ".join(flags)


PersonRow = tuple[str, str, bool]  # (person, consent per purpose, whether any purpose is refused)


def people_rows(record: Record) -> list[PersonRow]:
    """Each person the record names: "Real name (person A)" (inside the vault names are shown as
    written), their flags and consent per purpose; True when they refused or withdrew one."""
    by_name = {p.person: p for p in record.consents}
    people = list(record.pseudonyms.items()) + [(name, "") for name in by_name if name not in record.pseudonyms]
    found: list[PersonRow] = []
    for real, alias in people:
        person = by_name.get(real)
        label = person_name(real, alias)
        if person is None:
            found.append((label, translate("RecordRows", "No consent recorded"), False))
            continue
        parts = [flags_text(person)] if flags_text(person) else []
        if person.child or person.lacks_capacity:
            parts.append(translate("RecordRows", "consent from a parent, guardian or legal representative"))
        states = {p: person.state(p) for p in consent_.PURPOSES}
        for purpose, state in states.items():
            item = next((c for c in person.consents if c.purpose == purpose), None)
            parts.append(_consent_text(purpose, state, item))
        blocked = any(s in (consent_.REFUSED, consent_.WITHDRAWN) for s in states.values())
        found.append((label, "\n".join(parts), blocked))
    return found


def value_text(spec: kinds.FieldSpec, value: Any, names: dict[str, str]) -> str:
    """One kind-specific field's value as text ("" when there is nothing to show)."""
    if value is None or value == "" or value == []:
        return ""
    if spec.type == kinds.BOOL:
        return formatting.yes_no(bool(value))
    if spec.type == kinds.DATE:
        return formatting.date_text(str(value))
    if spec.type == kinds.CHOICE:
        return choice_name(str(value), spec.name)
    if spec.type == kinds.CHOICE_LIST and isinstance(value, list):
        return "\n".join(choice_name(str(v), spec.name) for v in value)
    if spec.type == kinds.ID_LIST and isinstance(value, list):
        missing = translate("RecordRows", "(a record not in this vault)")
        return "\n".join(names.get(str(v), missing) for v in value)
    if spec.type == kinds.TEXT_LIST and isinstance(value, list):
        return formatting.list_text([display.gui_line(v) for v in value])
    if spec.type == kinds.INT and isinstance(value, int) and spec.name.endswith("year"):
        return str(value)  # a year reads 2026, not 2,026
    if spec.type in (kinds.INT, kinds.NUMBER) and isinstance(value, int | float):
        return formatting.number_text(value)
    if spec.name in REFERENCE_FIELDS and isinstance(value, str) and value in names:
        return names[value]
    return display.gui(value) if spec.type == kinds.LONG_TEXT else display.gui_line(value)


def _consent_text(purpose: str, state: str, item: consent_.Consent | None) -> str:
    """"Publication: refused (12 March 2026, written, M. Diallo)"."""
    shown = choice_name(state) if item else translate("RecordRows", "not recorded")
    text = translate("RecordRows", "{purpose}: {state}").format(purpose=choice_name(purpose), state=shown)
    if item is None:
        return text
    details = [formatting.date_text(item.date)] if item.date else []
    if item.how:
        details.append(choice_name(item.how))
    if item.obtained_by:
        details.append(display.gui_line(item.obtained_by))
    if item.withdrawn_on:
        details.append(translate("RecordRows", "withdrawn {date}").format(date=formatting.date_text(item.withdrawn_on)))
    return f"{text} ({', '.join(details)})" if details else text


def rows(store: RecordStore, record: Record) -> Rows:
    """Every row worth showing of `record`; empty values are left out."""
    names = titles(store, referenced_ids(record))
    spec = record.spec
    counterpart = ""
    if record.counterpart:
        counterpart = names.get(record.counterpart, translate("RecordRows", "(a contact not in this vault)"))
    changed = translate("RecordRows", "{version}, changed {when} by {who}").format(
        version=record.version, when=formatting.date_text(record.updated_at), who=display.gui_line(record.updated_by))
    # A kind whose own field says what its date is (a contact's term start…) shows that field
    # alone, as its form does (forms/kind_envelope.py).
    mirrored = DATE_FROM.get(record.kind)
    own_date = bool(mirrored and (record.fields.get(mirrored) if mirrored != "due_date" else record.due_date))
    found: Rows = [
        (labels.date_label(spec.date_meaning), "" if own_date else formatting.date_text(record.date)),
        (translate("RecordRows", "Status"), labels.record_status_name(record)),
        (translate("RecordRows", "Counterpart"), counterpart),
        (translate("RecordRows", "Country"), country_text(record.country)),
        (translate("RecordRows", "Due date"), formatting.date_text(record.due_date)),
        (translate("RecordRows", "Review on"), formatting.date_text(record.review_date)),
    ]
    found += [(field_label(fs.name, record.kind), mail_detail.field_text(record, fs.name)
               if fs.name in mail_detail.MAIL_FIELDS else value_text(fs, record.fields.get(fs.name), names))
              for fs in spec.fields]
    found += [
        (translate("RecordRows", "Tags"), tag_text(record.tags)),
        (translate("RecordRows", "OPCAT articles"), article_lines(record.articles)),
        (translate("RecordRows", "Personal data"), formatting.yes_no(record.personal_data)),
        (translate("RecordRows", "Consent"),
         labels.consent_name(record.consent) if record.personal_data and not record.consents else ""),
        (translate("RecordRows", "Version"), changed),
        (translate("RecordRows", "In the bin"), formatting.date_text(record.deleted_at) if record.deleted_at else ""),
    ]
    return [(label, text) for label, text in found if text]


def linked_rows(store: RecordStore, record_id: str, record: Record | None = None) -> Rows:
    """(relation, "Kind: title") for the records linked to or from this one, leaving out those
    `record` already shows as one of its fields (its report, its visit…)."""
    shown = set(referenced_ids(record)[1:]) if record is not None else set()  # [0]: the counterpart
    return [
        (relation_name(relation), f"{labels.kind_name(summary.kind)}: {display.gui_line(summary.title)}")
        for relation, summary in store.linked(record_id) if summary.id not in shown
    ]


def attachment_lines(store: RecordStore, record_id: str) -> list[tuple[str, str]]:
    """("name — size", attachment id) for each attachment of a record."""
    return [
        (f"{display.gui_line(info.name)} — {formatting.size_text(info.size)}", info.id)
        for info in attachments.list_for(store, record_id)
    ]
