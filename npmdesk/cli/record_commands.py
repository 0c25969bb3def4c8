"""Record subcommands: add, list, show, search, demo. Parse, call the store, print."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from npmdesk.cli import output
from npmdesk.cli.unlocking import unlock
from npmdesk.errors import NpmdeskError
from npmdesk.records import ListQuery, Record, RecordStore, attachments
from npmdesk.records.model import MAX_BODY

EXIT_OK = 0


class UnreadableFile(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"Cannot read {path}.")


class AmbiguousContact(NpmdeskError):
    def __init__(self, name: str) -> None:
        super().__init__(f"Several contacts are named {name!r}; give the contact's id instead.")


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


def _counterpart(store: RecordStore, name: str | None) -> str | None:
    """The id of the contact with this name (or id), adding the contact if there is none."""
    if not name:
        return None
    with contextlib.suppress(NpmdeskError):
        if store.get(name).kind == "contact":
            return name
    matches = store.contacts_named(name)
    if len(matches) > 1:
        raise AmbiguousContact(name)
    if matches:
        return str(matches[0])
    contact = store.add(Record(kind="contact", title=name, status="active", fields={"role": "other"}))
    return contact.id


def cmd_add(args: argparse.Namespace) -> int:
    body = _read_body(args.body_file)
    files = _open_all(args.attach or [])
    try:
        with unlock(args) as vault:
            store = RecordStore(vault)
            fields = {"direction": args.direction, "channel": args.channel}
            if args.reply_by:
                fields["reply_by"] = args.reply_by
            record = Record(
                kind="communication", title=args.subject, body=body, date=args.date,
                status=args.status or ("sent" if args.direction == "sent" else "closed"),
                counterpart=_counterpart(store, args.counterpart), country=args.country,
                sensitivity=args.sensitivity, tags=args.tag or [], fields=fields,
            )
            stored = store.add(record)
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
            print(f"review {item.review_date}  {output.summary_line(item.summary)}")
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
        hits = RecordStore(vault).search(args.query, _query(args))
    if args.json:
        output.print_json([output.hit_json(hit) for hit in hits])
    else:
        for hit in hits:
            print(output.hit_lines(hit))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from npmdesk.cli.records_demo import demo_command

    with unlock(args) as vault:
        return int(demo_command(args, RecordStore(vault)))


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "add": cmd_add,
    "list": cmd_list,
    "show": cmd_show,
    "search": cmd_search,
    "demo": cmd_demo,
}
