"""BENCHMARK, NOT A TEST. Team sync (npmdesk/team/) for a team of devices that each hold the same
vault of demo records:

    .venv/bin/python benchmarks/bench_team.py [--devices 5] [--records 100000] [--repeat 5] [--dir DIR]

One vault is filled with demo records, then copied to every device, each copy with exchange
keys of its own (a new device fingerprint), every device a member of every other's team, and
the team's state set as if the snapshots had been made and applied already (making them is an
export and an import of the whole vault: bench_exchange.py measures those). Then, repeatedly:

- a change: device 0 edits 10 records, adds one and deletes one; one sync round on device 0
  (writes a changeset), then one round on each other device (applies it); every other device
  must then hold the change: a change reaches the others in one round;
- nothing new: one sync round on every device when nothing changed (the target: well under a
  second; it decrypts nothing).

The baseline is the change itself, made by hand on device 0 through the record store: applying
the changeset elsewhere makes the same writes (in one transaction), after decrypting and
verifying it.

Each round runs in this process (`sync_round`), timed with the clock; `npmdesk sync` adds the
command's start-up and the unlock (the KDF) to it. Printed: medians and worst of the repeats.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSPHRASE = "benchmark passphrase 2026"  # noqa: S105 - a throwaway benchmark vault


def build(work: Path, devices: int, records: int) -> list[Path]:
    from npmdesk.demo.fill import generate
    from npmdesk.exchange.identity import ED25519_META, X25519_META
    from npmdesk.records import RecordStore
    from npmdesk.vault import Secret, Vault
    from npmdesk.vault.kdf import TEST_PARAMS

    first = work / "device0"
    vault, _code = Vault.create(first, Secret.from_passphrase(PASSPHRASE), npm_name="NPM", user_name="bench",
                                argon2=TEST_PARAMS)
    with vault:
        print(f"Filling a vault with {records:,} demo records ...", flush=True)
        started = time.perf_counter()
        generate(RecordStore(vault), records, seed=7)
        print(f"  {time.perf_counter() - started:.0f} s", flush=True)
    paths = [first]
    for n in range(1, devices):
        copy = work / f"device{n}"
        shutil.copytree(first, copy)
        with opened(copy) as session:  # a device of its own: new exchange keys
            session.db.execute("DELETE FROM vault_meta WHERE key IN (?, ?)", (X25519_META, ED25519_META))
        paths.append(copy)
    return paths


def opened(path: Path):  # a Vault (npmdesk is imported late)
    from npmdesk.vault import Credential, Vault

    return Vault.unlock(path, Credential.passphrase(PASSPHRASE))


def join(paths: list[Path], folder: Path) -> None:
    """Every device a member of every other's team, the team in step (as after the snapshots)."""
    from npmdesk.exchange.identity import VaultIdentity
    from npmdesk.records import Record, RecordStore
    from npmdesk.team import membership, state_file

    keys = []
    for path in paths:
        with opened(path) as session, VaultIdentity.of(session) as identity:
            keys.append((identity.recipient.encode(), identity.signing_key.encode(), identity.fingerprint))
    for n, path in enumerate(paths):
        with opened(path) as session, VaultIdentity.of(session) as identity:
            store = RecordStore(session)
            membership.set_folder(store, folder)
            for m, (recipient, signing, fingerprint) in enumerate(keys):
                if m == n:
                    continue
                contact = store.add(Record(kind="contact", title=f"Device {m}", status="active", fields={
                    "role": "npm_colleague", "age_recipient": recipient, "signing_key": signing,
                    "keys_verified": True, "own_device": True}))
                membership.add(store, identity, contact)
                membership.mark_snapshot(store, contact.id, 0)
                with store.transaction() as db:
                    db.execute("INSERT INTO team_device(fingerprint, applied, applied_at) VALUES (?, 0, ?)",
                               (fingerprint, store.now()))
                    db.execute("DELETE FROM team_change")
            (folder / identity.fingerprint).mkdir(exist_ok=True)
            state_file.publish(identity, folder / identity.fingerprint, {k[2]: 0 for k in keys if k[2] != keys[n][2]})


def change(path: Path, round_number: int) -> tuple[str, float]:
    """Device 0 edits 10 records, adds one (its title is returned) and deletes one; the seconds
    it took (the baseline: the same writes that applying the changeset makes elsewhere)."""
    from npmdesk.records import ListQuery, Record, RecordStore

    with opened(path) as session:
        store = RecordStore(session)
        rows = store.list(ListQuery(kinds=("communication",), offset=round_number * 12, limit=11))
        started = time.perf_counter()
        for row in rows[:10]:
            record = store.get(row.id)
            store.update(replace(record, body=record.body + f"\n\nEdited in round {round_number}."))
        store.delete(rows[10].id)
        title = f"Added in round {round_number}"
        store.add(Record(kind="communication", title=title, date="2026-03-02", status="sent",
                         fields={"direction": "sent", "channel": "letter"}))
        return title, time.perf_counter() - started


def timed_round(path: Path) -> tuple[float, object]:
    from npmdesk.exchange.identity import VaultIdentity
    from npmdesk.records import RecordStore
    from npmdesk.team.sync import sync_round

    with opened(path) as session, VaultIdentity.of(session) as identity:
        store = RecordStore(session)
        started = time.perf_counter()
        summary = sync_round(store, identity)
        return time.perf_counter() - started, summary


def has(path: Path, title: str) -> bool:
    from npmdesk.records import RecordStore

    with opened(path) as session:
        return any(hit.record.title == title for hit in RecordStore(session).search(f'"{title}"'))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=5)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=None, help="where the vaults go (default: a temporary folder)")
    args = parser.parse_args()
    import os

    os.environ["NPMDESK_KDF_PROFILE"] = "test"
    work = Path(tempfile.mkdtemp(prefix="bench-team-", dir=args.dir))
    try:
        paths = build(work, args.devices, args.records)
        folder = work / "team"
        folder.mkdir()
        join(paths, folder)
        write, apply, idle, by_hand = [], [], [], []
        for n in range(args.repeat):
            title, seconds = change(paths[0], n)
            by_hand.append(seconds)
            seconds, summary = timed_round(paths[0])
            written = getattr(summary, "written", None)
            assert written is not None, "device 0 wrote no changeset"
            write.append(seconds)
            for path in paths[1:]:
                seconds, summary = timed_round(path)
                assert [a.sequence for a in getattr(summary, "applied", [])] == [written.sequence]
                apply.append(seconds)
            assert all(has(path, title) for path in paths[1:]), "a change did not reach every device in one round"
            for path in paths:
                seconds, summary = timed_round(path)
                assert getattr(summary, "opened", None) == 0 and getattr(summary, "written", None) is None
                idle.append(seconds)
        print(f"\n{args.devices} devices, {args.records:,} records each; {args.repeat} changes "
              "(10 edited, 1 added, 1 deleted)")
        print("| round | median | worst |\n|---|---:|---:|")
        for name, samples in (("baseline: making the change by hand (device 0)", by_hand),
                              ("write a changeset (device 0)", write), ("apply it (each other device)", apply),
                              ("nothing new (every device)", idle)):
            print(f"| {name} | {statistics.median(samples) * 1000:.0f} ms | {max(samples) * 1000:.0f} ms |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
