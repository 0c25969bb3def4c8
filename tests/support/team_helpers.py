"""Two or three vaults of one NPM that share a team folder (npmdesk/team/), driven through the core."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from pathlib import Path

from npmdesk.records import Record
from npmdesk.team import membership
from npmdesk.team.sync import SyncSummary, sync_round
from tests.support.package_helpers import Side, side

DEVICE_NAMES = ("Office desktop", "Field laptop", "Visit team laptop", "Coordinator laptop", "Spare laptop")


def own_device_contact(here: Side, other: Side, name: str) -> Record:
    """A contact in `here` carrying `other`'s keys, verified and marked as one of the NPM's own devices."""
    contact = here.contact_for(other, name=name)
    return here.store.update(replace(contact, fields={**contact.fields, "own_device": True}))


def join(sides: list[Side], folder: Path) -> None:
    """Every vault chooses `folder` and makes every other vault a member."""
    for here in sides:
        membership.set_folder(here.store, folder)
    for here in sides:
        for number, other in enumerate(sides):
            if other is not here:
                membership.add(here.store, here.identity, own_device_contact(here, other, DEVICE_NAMES[number]))


@contextmanager
def team(tmp_path: Path, devices: int = 2, *, joined: bool = True) -> Iterator[list[Side]]:
    """`devices` vaults (named DEVICE_NAMES) that share `tmp_path / "team"`, members of each other
    if `joined`."""
    folder = tmp_path / "team"
    folder.mkdir(parents=True)
    with ExitStack() as stack:
        sides = [stack.enter_context(side(tmp_path / f"vault{n}", "NPM of Norway", f"user{n}"))
                 for n in range(devices)]
        if joined:
            join(sides, folder)
        yield sides


def sync(here: Side) -> SyncSummary:
    return sync_round(here.store, here.identity)


def settle(sides: list[Side], rounds: int = 2) -> list[SyncSummary]:
    """Every vault syncs, in order, `rounds` times; the last round's summaries."""
    summaries: list[SyncSummary] = []
    for _ in range(rounds):
        summaries = [sync(here) for here in sides]
    return summaries


def titles(here: Side) -> set[str]:
    return {row.title for row in here.store.list() if row.kind != "contact"}
