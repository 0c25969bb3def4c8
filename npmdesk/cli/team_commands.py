"""`npmdesk team folder|add|remove|status` and `npmdesk sync` (npmdesk/team/). Parse, call, print."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from npmdesk.cli.terminal import line, short
from npmdesk.phrase import about
from npmdesk.translation import error_message, translate

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
            "set_aside": None if entry.refused is None else str(entry.refused),
            "snapshot_wanted": entry.snapshot_wanted,
        } for entry in status.members],
    }, ensure_ascii=False, indent=2))


def _print_status(store: Any, identity: Any) -> None:
    from npmdesk.team.status import team_status

    status = team_status(store, identity)
    if status.folder is None:
        print(translate("cli", "No team folder yet: choose one with 'npmdesk team folder DIR'."))
    else:
        print((translate("cli", "team folder: {folder}") if status.folder_present else
               translate("cli", "team folder: {folder}  (NOT there now)")).format(folder=line(status.folder)))
    print((translate("cli", "this device: {fingerprint}, last changeset {sequence}, changes waiting for the next sync")
           if status.changes_waiting else translate("cli", "this device: {fingerprint}, last changeset {sequence}"))
          .format(fingerprint=status.fingerprint, sequence=status.sequence))
    if not status.members:
        print(translate("cli", "No member devices yet: add one with 'npmdesk team add CONTACT'."))
    for entry in status.members:
        member = entry.member
        name = short(member.name) if member.name else translate("cli", "(a deleted contact)")
        if not member.usable:
            state = translate("cli", "LEFT OUT: no longer a verified own device with keys; changesets are not "
                              "addressed to it")
        elif not entry.started:
            state = translate("cli", "not started: waiting for the snapshot it makes for this device")
        else:
            behind = entry.newest - entry.applied
            state = (translate("cli", "its changesets applied here up to {sequence}").format(sequence=entry.applied)
                     if entry.applied else translate("cli", "its snapshot applied here"))
            state += " " + translate("cli", "(%n more in the folder)", None, behind) if behind > 0 else ""
        theirs = (translate("cli", "it applied this device's up to {sequence}").format(
            sequence=entry.has_applied_ours) if entry.has_applied_ours is not None else
            translate("cli", "it has not applied anything of this device yet"))
        seen = (translate("cli", "last seen {date}").format(date=entry.last_seen) if entry.last_seen else
                translate("cli", "never seen in the team folder"))
        print("  " + error_message(about(f"{name} {member.fingerprint}", "; ".join((state, theirs, seen)))))
        if entry.refused:
            print("    " + translate("cli", "set aside: {reason}").format(reason=line(error_message(entry.refused))))
        if entry.snapshot_wanted:
            print("    " + translate("cli", "this vault was restored from a backup: waiting for the new snapshot it "
                                      "makes for this device"))


def cmd_sync(args: argparse.Namespace) -> int:
    from npmdesk.team.sync import sync_round

    with _opened(args) as (store, identity):
        summary = sync_round(store, identity)
    if summary.restored is not None:
        _print_restored(summary.restored)
    outcomes = _outcome_names()
    for applied in summary.applied:
        counts = [f"{n} {outcomes.get(outcome, outcome)}" for outcome, n in sorted(applied.outcomes.items()) if n]
        if applied.deleted:
            counts.append(translate("cli", "{count} moved to the bin").format(count=applied.deleted))
        if applied.kept:
            counts.append(translate("cli", "{count} kept (deleted there, edited here)").format(count=applied.kept))
        if applied.attachments_removed:
            removed = applied.attachments_removed
            counts.append(translate("cli", "%n attachment(s) removed", None, removed))
        shown = ", ".join(counts) or translate("cli", "no records")
        print((translate("cli", "Applied snapshot {sequence} of {device}: {counts}.") if applied.snapshot else
               translate("cli", "Applied changeset {sequence} of {device}: {counts}.")).format(
            sequence=applied.sequence, device=short(applied.device), counts=shown))
        if applied.conflicts:
            conflicts = applied.conflicts
            print("  " + translate("cli", "%n edited on both sides: see \"Edited on both sides\".", None, conflicts))
    if summary.written is not None:
        w = summary.written
        records, deleted, attachments = w.records, w.deleted, w.attachments
        print(translate("cli", "Wrote changeset {sequence}: {records}, {deletions}, {attachments}.").format(
            sequence=w.sequence, records=translate("cli", "%n record(s)", None, records),
            deletions=translate("cli", "%n deletion(s)", None, deleted),
            attachments=translate("cli", "%n attachment(s)", None, attachments)))
    for name, snapshot in summary.snapshots:
        records = snapshot.records
        print(translate("cli", "Wrote a snapshot for {name} ({records}).").format(
            name=short(name), records=translate("cli", "%n record(s)", None, records)))
    for device in summary.devices:
        if device.waiting:
            print(error_message(about(short(device.member.name), device.waiting)) + ".")
        if device.refused:
            print(line(error_message(about(short(device.member.name), device.refused))))
    for name in summary.left_out:
        print(translate("cli", "{name} is a member but no longer a verified own device with keys: left out.").format(
            name=short(name)))
    for folder in summary.ignored:
        print(translate("cli", "Ignored the subfolder {folder}: it is not a member device's.").format(
            folder=line(folder)))
    if summary.pruned:
        pruned = summary.pruned
        print(translate("cli", "Removed %n file(s) every member has applied.", None, pruned))
    if summary.up_to_date and not (summary.applied or summary.written or summary.snapshots):
        devices = len(summary.devices)
        print(translate("cli", "Up to date with %n device(s).", None, devices))
    return EXIT_OK


def _print_restored(restored: Any) -> None:
    print(translate("cli", "This vault was restored from an older backup: it remembered its changesets up to "
                    "{remembered}, but the team folder shows it had written up to {published}.").format(
        remembered=restored.remembered, published=restored.published))
    if restored.recovered:
        numbers, again = ", ".join(str(a.sequence) for a in restored.recovered), len(restored.recovered)
        print("  " + translate("cli", "Applied again from the team folder: its changeset(s) {numbers}.", None,
                               again).format(numbers=numbers))
    if restored.gone:
        gone = len(restored.gone)
        print("  " + translate("cli", "%n changeset(s) no longer in the team folder (every member had applied "
                               "them): their changes come back with the snapshots the other devices make for "
                               "this vault.", None, gone))
    for refused in restored.refused:
        print("  " + translate("cli", "Set aside, not applied: {reason}").format(reason=line(error_message(refused))))
    print("  " + translate("cli", "It continues with changeset {sequence}, so no member skips its new changes.").format(
        sequence=restored.continues_at))


def _outcome_names() -> dict[str, str]:
    """What a changeset did to records (merge outcomes), in the user's language."""
    from npmdesk.exchange import merge

    return {merge.ADDED: translate("cli", "added"), merge.UPDATED: translate("cli", "updated"),
            merge.UNCHANGED: translate("cli", "unchanged"), merge.AHEAD: translate("cli", "ahead"),
            merge.CONFLICT: translate("cli", "conflict"), merge.DELETED: translate("cli", "deleted here"),
            merge.DELETED_CHANGED: translate("cli", "deleted here, changed by the sender"),
            merge.NAMES_FILLED: translate("cli", "real names filled in")}
