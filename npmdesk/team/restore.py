"""A device restored from an older backup: its vault forgot changesets it had already published.

The members applied those changesets, so reusing their numbers would make them skip (or refuse)
what it writes next. At the start of every round (before anything is written), the highest
number this device ever published is read from what the team folder holds:
- its own subfolder: its changesets and the snapshots it made (a snapshot's number is the last
  changeset it covers);
- its own signed state file (`sequence`: the last changeset it had written);
- every member's signed state file (how far the member applied this device's changesets).
If that is beyond what the vault remembers (its last changeset, or the one it was writing when a
kill came), the vault was restored. Then, in order:
1. its own changesets after its last one written that are still in the folder are applied again
   (they are encrypted to this device too), each like any changeset: in one transaction with the
   note of how far (a `team_device` row for this device's own fingerprint), so a kill loses
   nothing and applies nothing twice;
2. in one transaction: the numbering continues after the highest published number, the
   changeset that was being written at backup time is given up (its changes are still in the
   change log and go into the next changeset), and the note of step 1 is dropped.
The changesets no longer in the folder (every member had applied them) come back through the
members: if any is gone, the vault notes that it wants a new snapshot from every usable member
(`team_snapshots_wanted`) and says so in its state file (`wants_snapshot`); each member makes
one (sync.needs_snapshot) and keeps it until it is no longer wanted; applying it drops the
member from the list in the same transaction. A member's changesets this vault had applied
before the backup but that are gone since come back the same way (its state file shows the
member how far it really is). Decision: no epoch; the sequence simply continues, so the other
devices keep following it as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from npmdesk.exchange.identity import VaultIdentity
from npmdesk.phrase import Phrase, about
from npmdesk.records.store import RecordStore
from npmdesk.team import layout, state_file, writing
from npmdesk.team.applying import REFUSED_ERRORS, Applied, apply_file, device_state, why_refused
from npmdesk.team.membership import Member

THIS_DEVICE = "this device"


@dataclass
class Restored:
    """What a round found and did for a vault restored from an older backup."""

    remembered: int  # the last changeset number the vault remembered
    published: int  # the highest number the team folder shows it had published
    recovered: list[Applied] = field(default_factory=list)  # its own changesets applied again
    gone: list[int] = field(default_factory=list)  # its own changesets no longer in the folder
    refused: list[Phrase] = field(default_factory=list)  # its own changesets that could not be applied, and why

    @property
    def continues_at(self) -> int:
        return self.published + 1


def remembered(store: RecordStore) -> int:
    """The highest number this vault knows it used: its last changeset, or the one being written."""
    pending = writing.pending_sequence(store)
    return max(writing.last_sequence(store), pending or 0)


def highest_published(identity: VaultIdentity, own: Path, members: Sequence[Member]) -> int:
    """The highest changeset number of this device that the team folder shows (reads names and
    signed state files; decrypts nothing)."""
    listing = layout.read_device_folder(own)
    found = max([listing.newest, *(number for number, _path in listing.snapshots.values())])
    found = max(found, state_file.read_sequence(own / layout.STATE_FILE, identity.signing_key))
    for member in members:
        if member.usable and member.signing_key is not None:
            theirs = state_file.read(own.parent / member.fingerprint / layout.STATE_FILE, member.signing_key)
            found = max(found, (theirs or {}).get(identity.fingerprint, 0))
    return found


def _self_member(identity: VaultIdentity) -> Member:
    return Member("", THIS_DEVICE, identity.fingerprint, identity.recipient, identity.signing_key, None)


def recover(store: RecordStore, identity: VaultIdentity, own: Path, members: Sequence[Member]) -> Restored | None:
    """If this vault was restored from an older backup, apply again its own later changesets still
    in the folder and continue its numbering after the highest published (see the module);
    None if it was not."""
    known = remembered(store)
    published = highest_published(identity, own, members)
    if published <= known:
        return None
    restored = Restored(known, published)
    me = _self_member(identity)
    state = device_state(store, identity.fingerprint)
    written = writing.last_sequence(store)  # the one being written at backup time may be there, newer
    start = max(written, state.applied if state.started else 0)
    listing = layout.read_device_folder(own)
    for number in range(written + 1, published + 1):
        path = listing.changesets.get(number)
        if path is None:
            restored.gone.append(number)
            continue
        if number <= start:
            continue
        try:
            applied = apply_file(store, identity, me, path, number)
        except REFUSED_ERRORS as refused:
            restored.refused.append(about(path.name, why_refused(refused)))
            continue
        if applied is not None:
            restored.recovered.append(applied)
    wanted = [m.fingerprint for m in members if m.usable] if restored.gone else []
    writing.continue_after(store, published, identity.fingerprint, wanted)
    return restored
