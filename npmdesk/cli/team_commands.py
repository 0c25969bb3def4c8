"""`npmdesk team folder|add|remove|status` and `npmdesk sync` (npmdesk/team/). Parse, call, print."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from npmdesk.cli.terminal import line, short
from npmdesk.translation import translate

EXIT_OK = 0


def register(sub: Any, common: argparse.ArgumentParser, unlocking: argparse.ArgumentParser) -> None:
    team = sub.add_parser("team", help="the team folder and its member devices (the NPM's own laptops)")
    team_sub = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    folder = team_sub.add_parser("folder", parents=[common, unlocking],
                                 help="choose the team folder (a folder your sync engine keeps in step)")
    folder.add_argument("dir", type=Path, metavar="DIR")
    folder.set_defaults(func=cmd_team)
    add = team_sub.add_parser("add", parents=[common, unlocking],
                              help="make a verified contact marked as one of your NPM's own devices a member")
    add.add_argument("contact", metavar="CONTACT", help="the contact's name or id")
    add.set_defaults(func=cmd_team)
    remove = team_sub.add_parser("remove", parents=[common, unlocking],
                                 help="stop sending changesets to a member device")
    remove.add_argument("contact", metavar="CONTACT", help="the contact's name or id")
    remove.set_defaults(func=cmd_team)
    status = team_sub.add_parser("status", parents=[common, unlocking],
                                 help="the team folder, and how far each member device is")
    status.add_argument("--json", action="store_true", help="print it as JSON (a stable contract)")
    status.set_defaults(func=cmd_team)
    sync = sub.add_parser("sync", parents=[common, unlocking],
                          help="one team sync round: write this device's changes, apply the others'")
    sync.set_defaults(func=cmd_sync)


def _opened(args: argparse.Namespace) -> Any:
    from npmdesk.cli.exchange_commands import _exchange

    return _exchange(args)


def cmd_team(args: argparse.Namespace) -> int:
    from npmdesk.cli.exchange_commands import _find_contact
    from npmdesk.team import membership

    with _opened(args) as (store, identity):
        if args.team_command == "folder":
            path = membership.set_folder(store, args.dir)
            print(translate("cli", "The team folder is now {path}. This device writes only into its subfolder "
                            "{fingerprint}; run 'npmdesk sync' for a round.").format(
                path=line(path), fingerprint=identity.fingerprint))
        elif args.team_command == "add":
            contact = _find_contact(store, args.contact)
            member = membership.add(store, identity, contact)
            print(translate("cli", "{name} (fingerprint {fingerprint}) is now a team member: the next sync makes "
                            "a snapshot of this vault for it, then sends it every change.").format(
                name=short(contact.title), fingerprint=member.fingerprint))
        elif args.team_command == "remove":
            contact = _find_contact(store, args.contact)
            membership.remove(store, contact)
            print(translate("cli", "{name} is no longer a team member: new changesets are not addressed to it. "
                            "What it already received stays on it (npmdesk cannot take back what a device "
                            "holds).").format(name=short(contact.title)))
        elif args.json:
            _print_status_json(store, identity)
        else:
            _print_status(store, identity)
    return EXIT_OK


def _print_status_json(store: Any, identity: Any) -> None:
    """`team status --json`: one object (see the command-line page of the user guide)."""
    import json

    from npmdesk.team.status import team_status

    status = team_status(store, identity)
    print(json.dumps({
        "folder": None if status.folder is None else str(status.folder),
        "folder_present": status.folder_present,
        "fingerprint": status.fingerprint,
        "sequence": status.sequence,
        "changes_waiting": status.changes_waiting,
        "members": [{
            "contact": entry.member.contact_id,
            "name": entry.member.name,
            "fingerprint": entry.member.fingerprint,
            "usable": entry.member.usable,
            "started": entry.started,
            "applied": entry.applied,
            "newest": entry.newest,
            "last_applied_at": entry.last_applied_at,
            "has_applied_ours": entry.has_applied_ours,
            "last_seen": entry.last_seen,
            "set_aside": entry.refused,
        } for entry in status.members],
    }, ensure_ascii=False, indent=2))


def _print_status(store: Any, identity: Any) -> None:
    from npmdesk.team.status import team_status

    status = team_status(store, identity)
    if status.folder is None:
        print(translate("cli", "No team folder yet: choose one with 'npmdesk team folder DIR'."))
    else:
        missing = "" if status.folder_present else "  (NOT there now)"
        print(f"team folder: {line(status.folder)}{missing}")
    print(f"this device: {status.fingerprint}, last changeset {status.sequence}"
          f"{', changes waiting for the next sync' if status.changes_waiting else ''}")
    if not status.members:
        print(translate("cli", "No member devices yet: add one with 'npmdesk team add CONTACT'."))
    for entry in status.members:
        member = entry.member
        name = short(member.name) if member.name else "(a deleted contact)"
        if not member.usable:
            state = "LEFT OUT: no longer a verified own device with keys; changesets are not addressed to it"
        elif not entry.started:
            state = "not started: waiting for the snapshot it makes for this device"
        else:
            behind = entry.newest - entry.applied
            state = (f"its changesets applied here up to {entry.applied}" if entry.applied
                     else "its snapshot applied here")
            state += f" ({behind} more in the folder)" if behind > 0 else ""
        theirs = (f"; it applied this device's up to {entry.has_applied_ours}"
                  if entry.has_applied_ours is not None else "; it has not applied anything of this device yet")
        seen = f"; last seen {entry.last_seen}" if entry.last_seen else "; never seen in the team folder"
        print(f"  {name} {member.fingerprint}: {state}{theirs}{seen}")
        if entry.refused:
            print(f"    set aside: {line(entry.refused)}")


def cmd_sync(args: argparse.Namespace) -> int:
    from npmdesk.team.sync import sync_round

    with _opened(args) as (store, identity):
        summary = sync_round(store, identity)
    for applied in summary.applied:
        what = "snapshot" if applied.snapshot else "changeset"
        counts = ", ".join(f"{n} {outcome}" for outcome, n in sorted(applied.outcomes.items()) if n)
        extra = f", {applied.deleted} moved to the bin" if applied.deleted else ""
        extra += f", {applied.kept} kept (deleted there, edited here)" if applied.kept else ""
        print(f"Applied {what} {applied.sequence} of {short(applied.device)}: {counts or 'no records'}{extra}.")
        if applied.conflicts:
            conflicts = applied.conflicts
            print("  " + translate("cli", "%n edited on both sides: see \"Edited on both sides\".", None, conflicts))
    if summary.written is not None:
        w = summary.written
        print(f"Wrote changeset {w.sequence}: {_count(w.records, 'record')}, {_count(w.deleted, 'deletion')}, "
              f"{_count(w.attachments, 'attachment')}.")
    for name, snapshot in summary.snapshots:
        print(f"Wrote a snapshot for {short(name)} ({_count(snapshot.records, 'record')}).")
    for device in summary.devices:
        if device.waiting:
            print(f"{short(device.member.name)}: {device.waiting}.")
        if device.refused:
            print(f"{short(device.member.name)}: {line(device.refused)}")
    for name in summary.left_out:
        print(translate("cli", "{name} is a member but no longer a verified own device with keys: left out.").format(
            name=short(name)))
    for folder in summary.ignored:
        print(translate("cli", "Ignored the subfolder {folder}: it is not a member device's.").format(
            folder=line(folder)))
    if summary.pruned:
        print(f"Removed {_count(summary.pruned, 'file')} every member has applied.")
    if summary.up_to_date and not (summary.applied or summary.written or summary.snapshots):
        print(f"Up to date with {_count(len(summary.devices), 'device')}.")
    return EXIT_OK


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"
