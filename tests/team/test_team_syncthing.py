"""End to end: two real Syncthing instances on the loopback interface carry the team folder
between two vaults; a record made in one appears in the other, and back."""

from __future__ import annotations

from npmdesk.team import membership
from tests.support.package_helpers import communication, side
from tests.support.syncthing_helpers import same_files, syncthing_pair
from tests.support.team_helpers import own_device_contact, sync, titles


def test_syncthing_carries_the_team_folder_between_two_vaults(tmp_path):
    with syncthing_pair(tmp_path / "sync") as pair, \
            side(tmp_path / "office", "NPM", "Ana") as office, side(tmp_path / "field", "NPM", "Ben") as field:
        for here, other, folder, name in ((office, field, pair.a, "Field laptop"),
                                          (field, office, pair.b, "Office desktop")):
            membership.set_folder(here.store, folder)
            membership.add(here.store, here.identity, own_device_contact(here, other, name))
        office.store.add(communication("Made in the office, carried by Syncthing"))
        sync(office)  # the snapshot for the field laptop
        pair.wait_for(same_files(pair.a, pair.b, office.identity.fingerprint), "the office's snapshot")
        sync(field)
        assert titles(field) == {"Made in the office, carried by Syncthing"}
        field.store.add(communication("Made in the field"))
        sync(field)  # its snapshot for the office, and its first changeset
        pair.wait_for(same_files(pair.b, pair.a, field.identity.fingerprint), "the field's files")
        sync(office)
        assert titles(office) == {"Made in the office, carried by Syncthing", "Made in the field"}
