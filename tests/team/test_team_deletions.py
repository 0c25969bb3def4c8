"""Deletions everywhere: removed attachments travel, and a new member's snapshot carries the
deletions (npmdesk/team/), with two and three vaults on one shared folder."""

from __future__ import annotations

from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.importer import import_package
from npmdesk.records import attachments as files
from npmdesk.team import membership, writing
from tests.support.package_helpers import Side, communication
from tests.support.team_helpers import DEVICE_NAMES, join, own_device_contact, settle, team, titles


def test_removing_an_attachment_travels_to_every_device(tmp_path):
    with team(tmp_path, 3) as sides:
        office, field, visit = sides
        letter = office.store.add(communication("Letter with two scans"))
        kept = office.attach(letter.id, "kept.pdf", b"the signed letter " * 100)
        removed = office.attach(letter.id, "wrong-scan.pdf", b"someone else's letter " * 100)
        settle(sides)
        assert all({a.name for a in files.list_for(here.store, letter.id)} == {"kept.pdf", "wrong-scan.pdf"}
                   for here in sides)
        files.remove(field.store, removed.id)
        summaries = settle(sides, 1)
        assert [a.attachments_removed for a in summaries[2].applied] == [1]
        settle(sides)
        for here in sides:
            assert [a.id for a in files.list_for(here.store, letter.id)] == [kept.id]
            assert files.sha256_of(here.store, removed.id) is None
            assert not writing.has_changes(here.store)  # what arrived is not sent back out
        assert titles(visit) == {"Letter with two scans"}


def old_package(sender: Side, receiver: Side, ids: list[str], name: str) -> None:
    path = sender.vault.folder.parent / name
    write_package(sender.store, sender.identity, plan_export(sender.store, ids), path,
                  recipients=[receiver.identity.recipient.encode()], confirmed=True)
    import_package(receiver.store, receiver.identity, path)


def test_a_new_members_snapshot_carries_the_deletions_so_a_later_merge_cannot_bring_them_back(tmp_path):
    with team(tmp_path, 3, joined=False) as sides:
        office, field, late = sides
        office_there = own_device_contact(late, office, DEVICE_NAMES[0])
        join([office, field], tmp_path / "team")
        binned = office.store.add(communication("Letter moved to the bin"))
        purged = office.store.add(communication("Letter purged for good"))
        office.store.add(communication("Letter still here"))
        settle([office, field])
        old_package(office, late, [binned.id], "one.npmpkg")  # the new laptop already holds one of them
        both = office.vault.folder.parent / "both.npmpkg"
        write_package(office.store, office.identity, plan_export(office.store, [binned.id, purged.id]), both,
                      recipients=[late.identity.recipient.encode()], confirmed=True)
        office.store.delete(purged.id)
        office.store.empty_bin()
        office.store.delete(binned.id)
        settle([office, field])
        membership.set_folder(late.store, tmp_path / "team")
        for here in (office, field):
            membership.add(here.store, here.identity, own_device_contact(here, late, DEVICE_NAMES[2]))
        membership.add(late.store, late.identity, office_there)
        membership.add(late.store, late.identity, own_device_contact(late, field, DEVICE_NAMES[1]))
        settle(sides)
        assert late.store.get(binned.id, include_deleted=True).deleted_at is not None  # in the bin there
        assert late.store.tombstone(purged.id) is not None  # it never had it: a tombstone
        assert titles(late) == {"Letter still here"}
        import_package(late.store, late.identity, both)  # a later merge of an old package
        late.store.add(communication("Written on the new laptop"))
        settle(sides)
        assert [titles(here) for here in sides] == [{"Letter still here", "Written on the new laptop"}] * 3
