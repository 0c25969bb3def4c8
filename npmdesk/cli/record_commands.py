"""Record subcommands: add, update, list, show, search, demo. Parse, call the store, print."""

from __future__ import annotations

import argparse
import contextlib
import difflib
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from npmdesk.cli import field_values, output
from npmdesk.cli.errors import (
    AmbiguousContact,
    CounterpartExists,
    NothingToChange,
    UnknownCounterpart,
    UnreadableFile,
)
from npmdesk.cli.unlocking import unlock
from npmdesk.errors import NpmdeskError
from npmdesk.records import ListQuery, Record, RecordStore, attachments, reprisals
from npmdesk.records.kinds import ID_LIST, KINDS, KindSpec
from npmdesk.records.model import MAX_BODY, RecordNotFound, validate
from npmdesk.records.npm_state import default_country
from npmdesk.records.pseudonyms import next_alias
from npmdesk.translation import translate

EXIT_OK = 0


def _read_body(path: Path | None) -> str:
    if path is None:
        return ""
    try:
        if str(path) == "-":
            return sys.stdin.read(MAX_BODY + 1)
        with open(path, encoding="utf-8") as f:
            return f.read(MAX_BODY + 1)
    except (OSError, UnicodeDecodeError):
        raise UnreadableFile(path) from None


def _open_all(paths: list[Path]) -> list[tuple[Path, BinaryIO]]:
    """Open every file before anything is written, so a typo changes nothing."""
    opened: list[tuple[Path, BinaryIO]] = []
    try:
        for path in paths:
            if not path.is_file():
                raise UnreadableFile(path)
            opened.append((path, open(path, "rb")))
    except (OSError, UnreadableFile):
        for _, handle in opened:
            handle.close()
        raise UnreadableFile(path) from None
    return opened


def _contact_names(store: RecordStore) -> list[str]:
    """The names of the live contacts, page by page."""
    names: list[str] = []
    query = ListQuery(kinds=("contact",), limit=500)
    while True:
        page = store.list(replace(query, offset=len(names)))
        names += [summary.title for summary in page]
        if len(page) < query.limit:
            return names


def _existing_counterpart(store: RecordStore, name: str) -> str:
    """The id of the live contact with this name (ignoring case) or id; UnknownCounterpart, with
    the closest names (difflib), if there is none."""
    with contextlib.suppress(NpmdeskError):
        if store.get(name).kind == "contact":
            return name
    matches = store.contacts_named(name)
    if len(matches) > 1:
        raise AmbiguousContact(name)
    if matches:
        return str(matches[0])
    names = list(dict.fromkeys(_contact_names(store)))
    by_folded = {n.casefold(): n for n in names}
    closest = difflib.get_close_matches(name.strip().casefold(), list(by_folded), n=3, cutoff=0.6)
    raise UnknownCounterpart(name, [by_folded[c] for c in closest])


def _check_counterpart(store: RecordStore, args: argparse.Namespace) -> str | None:
    """Before anything is added: the existing contact's id (--counterpart), or None; a
    --new-counterpart name must not be a contact's already."""
    if args.counterpart:
        return _existing_counterpart(store, args.counterpart)
    new = " ".join((args.new_counterpart or "").split())
    if new and store.contacts_named(new):
        raise CounterpartExists(new)
    return None


def _counterpart(store: RecordStore, args: argparse.Namespace, existing: str | None) -> str | None:
    """The counterpart's id: the existing contact, or the contact --new-counterpart adds now."""
    new = " ".join((args.new_counterpart or "").split())
    if existing is not None or not new:
        return existing
    return store.add(Record(kind="contact", title=new, status="active", fields={"role": "other"})).id


def _country(code: str | None) -> str | None:
    """A two-letter code in upper case (as the core wants it); anything else goes on to be refused."""
    if code is not None and len(code.strip()) == 2 and code.strip().isascii():
        return code.strip().upper()
    return code


def _check_ids(store: RecordStore, spec: KindSpec, values: dict[str, Any]) -> None:
    """NotARecord unless every id of an id-list field is a record of this vault (not in the bin)."""
    for name, value in values.items():
        fs = spec.field(name)
        if fs is None or fs.type != ID_LIST:
            continue
        for record_id in value:
            try:
                store.get(record_id)
            except RecordNotFound:
                raise field_values.NotARecord(name, record_id) from None


def _keys(spec: KindSpec, values: dict[str, Any]) -> dict[str, Any]:
    """A contact's keys checked and written as npmdesk writes them (InvalidRecipient, InvalidSigningKey)."""
    if spec.name != "contact":
        return values
    from npmdesk.exchange.age.keys import X25519Recipient
    from npmdesk.exchange.identity import SigningKey

    out = dict(values)
    if "age_recipient" in out:
        out["age_recipient"] = X25519Recipient.parse(out["age_recipient"]).encode()
    if "signing_key" in out:
        out["signing_key"] = SigningKey.parse(out["signing_key"]).encode()
    return out


def _add_fields(args: argparse.Namespace, spec: KindSpec) -> dict[str, Any]:
    """The --field values, with the communication shorthands (and their defaults) added."""
    pairs = list(args.field)
    for name, value in (("direction", args.direction), ("channel", args.channel), ("reply_by", args.reply_by)):
        if value is not None:
            pairs.append(f"{name}={value}")
    values = _keys(spec, field_values.read_fields(spec, pairs))
    if spec.name == "communication":  # as before kinds had their own fields on the command line
        values.setdefault("direction", "sent")
        values.setdefault("channel", "email")
    field_values.require_complete(spec, values)
    return values


def _first_status(spec: KindSpec, values: dict[str, Any]) -> str:
    if spec.name == "communication":
        return "sent" if values.get("direction") == "sent" else "closed"
    return field_values.statuses_for(spec, values)[0]


def cmd_add(args: argparse.Namespace) -> int:
    if args.kind not in KINDS:
        raise field_values.UnknownKind(args.kind)
    spec = KINDS[args.kind]
    person = (args.person_name or "").strip()
    if person and spec.name == reprisals.CASE and not any(f.startswith("person=") for f in args.field):
        args.field = [*args.field, f"person={next_alias({})}"]  # the case is about the person it names
    values = _add_fields(args, spec)
    if args.status is not None:
        field_values.check_status(spec, args.status, values)
    body = _read_body(args.body_file)
    files = _open_all(args.attach or [])
    try:
        with unlock(args) as vault:
            store = RecordStore(vault)
            _check_ids(store, spec, values)
            country = _country(args.country) if args.country is not None else default_country(vault, spec.name)
            pseudonyms = {person: next_alias({})} if person else {}
            record = Record(
                kind=spec.name, title=args.subject, body=body, date=args.date, due_date=args.due,
                status=args.status or _first_status(spec, values), country=country,
                sensitivity=args.sensitivity, tags=args.tag or [], fields=values,
                articles=list(args.article or []), review_date=args.review_date,
                pseudonyms=pseudonyms, personal_data=bool(pseudonyms),
            )
            validate(record)  # before a new counterpart is added: a mistake adds nothing
            reprisals.check_person(record)
            existing = _check_counterpart(store, args)
            stored = store.add(replace(record, counterpart=_counterpart(store, args, existing)))
            try:
                for path, handle in files:
                    attachments.add(store, stored.id, path.name, handle)
            except BaseException:
                store.purge(stored.id)
                raise
    finally:
        for _, handle in files:
            handle.close()
    print(stored.id)
    return EXIT_OK


def cmd_update(args: argparse.Namespace) -> int:
    """Read the record, change what was given, save it as a new version: one go, so no edit
    made elsewhere can come between (EditConflict cannot happen here)."""
    envelope = (args.title, args.status, args.date, args.due, args.country, args.article, args.review_date)
    if not args.field and not args.clear_field and all(value is None for value in envelope):
        raise NothingToChange()
    with unlock(args) as vault:
        store = RecordStore(vault)
        record = store.get(args.id)
        spec = record.spec
        given = _keys(spec, field_values.read_fields(spec, args.field))
        values = {**record.fields, **given}
        for name in field_values.cleared(spec, args.clear_field, given):
            values.pop(name, None)
        field_values.require_complete(spec, values)
        status = args.status if args.status is not None else record.status
        if status is not None and (args.status is not None or given or args.clear_field):
            field_values.check_status(spec, status, values)
        _check_ids(store, spec, given)
        changed = replace(
            record, fields=values, status=status,
            title=args.title if args.title is not None else record.title,
            date=args.date if args.date is not None else record.date,
            due_date=args.due if args.due is not None else record.due_date,
            country=_country(args.country) if args.country is not None else record.country,
            articles=list(args.article) if args.article is not None else record.articles,
            review_date=args.review_date if args.review_date is not None else record.review_date,
        )
        reprisals.check_person(changed)
        stored = store.update(changed)
    print(stored.id)
    return EXIT_OK


def _query(args: argparse.Namespace) -> ListQuery:
    return ListQuery(
        kinds=tuple(args.type or ()), status=args.status, country=args.country, tag=args.tag,
        date_from=args.date_from, date_to=args.date_to, limit=args.limit, in_bin=getattr(args, "bin", False),
    )


def cmd_list(args: argparse.Namespace) -> int:
    if getattr(args, "review_due", False):
        return _list_review_due(args)
    with unlock(args) as vault:
        summaries = RecordStore(vault).list(_query(args))
    if args.json:
        output.print_json([output.summary_json(s) for s in summaries])
    else:
        for summary in summaries:
            print(output.summary_line(summary))
    return EXIT_OK


def _list_review_due(args: argparse.Namespace) -> int:
    """`list --review-due`: records due for review within 30 days (or overdue), earliest first."""
    import datetime as dt

    from npmdesk.records.review import due_for_review

    with unlock(args) as vault:
        due = due_for_review(RecordStore(vault), dt.date.today(), limit=args.limit)
    if args.json:
        output.print_json([{**output.summary_json(item.summary), "review_date": item.review_date} for item in due])
    else:
        for item in due:
            print(translate("cli", "review {date}  {record}").format(date=item.review_date,
                                                                      record=output.summary_line(item.summary)))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with unlock(args) as vault:
        store = RecordStore(vault)
        record = store.get(args.id)
        files = attachments.list_for(store, record.id)
        name = None
        if record.counterpart:
            with contextlib.suppress(NpmdeskError):
                name = store.get(record.counterpart).title
    if args.json:
        output.print_json(output.record_json(record, files))
    else:
        print(output.record_text(record, files, name))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    with unlock(args) as vault:
        hits = RecordStore(vault).search(args.query, _query(args), args.sort)
    if args.sort == "best" and hits and not hits[0].ranked:
        print(output.unranked_note(), file=sys.stderr)
    if args.json:
        output.print_json([output.hit_json(hit) for hit in hits])
    else:
        for hit in hits:
            print(output.hit_lines(hit))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from npmdesk.cli.demo_command import demo_command

    with unlock(args) as vault:
        return int(demo_command(args, RecordStore(vault)))
