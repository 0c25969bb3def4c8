"""Team sync between two and three vaults on one shared folder (npmdesk/team/), through the core."""

from __future__ import annotations

from dataclasses import replace

from npmdesk.exchange.export import plan_export, write_package
from npmdesk.records import attachments as files
from npmdesk.team import layout, membership
from tests.support.package_helpers import communication
from tests.support.team_helpers import DEVICE_NAMES, join, own_device_contact, settle, sync, team, titles


def test_edits_on_each_side_arrive_on_the_other(tmp_path):
    with team(tmp_path, 2) as (office, field):
        letter = office.store.add(communication("Letter about the visit to Bergen"))
        settle([office, field])
        assert titles(field) == {"Letter about the visit to Bergen"}
        field.store.update(replace(field.store.get(letter.id), body="Answered by phone"))
        field.store.add(communication("Notes from the field"))
        settle([office, field])
        assert titles(office) == titles(field) == {"Letter about the visit to Bergen", "Notes from the field"}
        assert office.store.get(letter.id).body == "Answered by phone"
        assert office.store.conflicts() == field.store.conflicts() == []


def test_a_round_with_nothing_new_decrypts_and_writes_nothing(tmp_path):
    with team(tmp_path, 2) as (office, field):
        office.store.add(communication("Letter"))
        settle([office, field])
        folder = tmp_path / "team"
        before = {p: p.stat().st_mtime_ns for p in folder.rglob("*")}
        summary = sync(office)
        assert (summary.opened, summary.written, summary.snapshots, summary.applied) == (0, None, [], [])
        assert summary.up_to_date
        assert {p: p.stat().st_mtime_ns for p in folder.rglob("*")} == before


def test_three_devices_stay_in_step(tmp_path):
    with team(tmp_path, 3) as sides:
        for number, here in enumerate(sides):
            here.store.add(communication(f"Written on device {number}"))
        settle(sides)
        expected = {f"Written on device {n}" for n in range(3)}
        assert [titles(here) for here in sides] == [expected] * 3


def test_concurrent_edits_become_conflicts_on_both_sides(tmp_path):
    with team(tmp_path, 2) as (office, field):
        letter = office.store.add(communication("Letter"))
        settle([office, field])
        office.store.update(replace(office.store.get(letter.id), body="The office's version"))
        field.store.update(replace(field.store.get(letter.id), body="The field's version"))
        settle([office, field])
        assert office.store.conflicts() == field.store.conflicts() == [letter.id]
        for here in (office, field):  # the same current version on both, the other one in the history
            assert here.store.get(letter.id).body == "The field's version"
            assert "The office's version" in [old.body for old in here.store.history(letter.id)]


def test_deletions_propagate_and_an_edit_wins_over_a_delete(tmp_path):
    with team(tmp_path, 3) as sides:
        office, field, visit = sides
        gone = office.store.add(communication("Draft nobody needs"))
        purged = office.store.add(communication("Duplicate letter"))
        edited = office.store.add(communication("Letter edited in the field"))
        settle(sides)
        office.store.delete(gone.id)
        office.store.delete(purged.id)
        office.store.empty_bin()
        office.store.delete(edited.id)
        field.store.update(replace(field.store.get(edited.id), body="Still needed: edited after the delete"))
        settle(sides)
        for here in sides:
            assert titles(here) == {"Letter edited in the field"}
            assert here.store.get(edited.id).body == "Still needed: edited after the delete"
        assert visit.store.get(gone.id, include_deleted=True).deleted_at is not None  # in the bin there
        visit.store.restore(gone.id)  # taken out of the bin on one device: out on every device
        settle(sides)
        assert office.store.tombstone(gone.id) is None
        assert [titles(here) for here in sides] == [{"Letter edited in the field", "Draft nobody needs"}] * 3


def test_attachments_travel_once_and_real_names_travel(tmp_path):
    with team(tmp_path, 2) as (office, field):
        letter = office.store.add(communication("Interview with Ahmed Benali", personal_data=True,
                                                pseudonyms={"Ahmed Benali": "person A"}))
        office.attach(letter.id, "minutes.txt", b"minutes of the meeting " * 1000)
        settle([office, field])
        office.store.update(replace(office.store.get(letter.id), status="awaiting_reply"))
        summary = sync(office)
        assert summary.written is not None and (summary.written.records, summary.written.attachments) == (1, 0)
        settle([office, field])
        arrived = field.store.get(letter.id)
        assert (arrived.title, arrived.status, arrived.pseudonyms) == (
            "Interview with Ahmed Benali", "awaiting_reply", {"Ahmed Benali": "person A"})
        assert [a.name for a in files.list_for(field.store, letter.id)] == ["minutes.txt"]


def test_a_new_member_starts_from_a_snapshot_made_for_it(tmp_path):
    with team(tmp_path, 3, joined=False) as sides:
        office, field, late = sides
        join([office, field], tmp_path / "team")
        office.store.add(communication("Before the new laptop"))
        settle([office, field])
        office.store.add(communication("Also before"))
        settle([office, field])
        membership.set_folder(late.store, tmp_path / "team")
        for here, name in ((office, DEVICE_NAMES[2]), (field, DEVICE_NAMES[2])):
            membership.add(here.store, here.identity, own_device_contact(here, late, name))
        membership.add(late.store, late.identity, own_device_contact(late, office, DEVICE_NAMES[0]))
        membership.add(late.store, late.identity, own_device_contact(late, field, DEVICE_NAMES[1]))
        waiting = sync(late)
        assert [str(d.waiting) for d in waiting.devices] == ["waiting for the snapshot it makes for this device"] * 2
        summaries = settle(sides, 1)
        assert {(a.device, a.snapshot) for a in summaries[2].applied} == {("Office desktop", True),
                                                                           ("Field laptop", True)}
        assert titles(late) == {"Before the new laptop", "Also before"}
        late.store.add(communication("From the new laptop"))
        settle(sides)
        assert [titles(here) for here in sides] == [{"Before the new laptop", "Also before",
                                                     "From the new laptop"}] * 3


def test_a_removed_member_gets_nothing_new(tmp_path):
    with team(tmp_path, 3) as sides:
        office, field, lost = sides
        settle(sides)
        assert len([c for c in office.store.list() if c.kind == "contact"]) == 2  # each vault keeps its own
        member = next(m for m in membership.members(office.store) if m.name == "Visit team laptop")
        membership.remove(office.store, office.store.get(member.contact_id))
        office.store.add(communication("After the laptop was lost"))
        assert sync(office).written is not None
        summary = sync(lost)
        office_progress = next(d for d in summary.devices if d.member.name == "Office desktop")
        assert "not addressed to this device" in str(office_progress.waiting)
        settle(sides)
        assert "After the laptop was lost" in titles(field)
        assert "After the laptop was lost" not in titles(lost)


def test_a_missing_changeset_is_waited_for(tmp_path):
    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        office.store.add(communication("First"))
        first = sync(office).written
        office.store.add(communication("Second"))
        second = sync(office).written
        assert first is not None and second is not None
        aside = tmp_path / "aside.age"
        first.path.rename(aside)  # the sync engine has not brought it yet
        summary = sync(field)
        assert titles(field) == set()
        assert f"waiting for its changeset {first.sequence}" in str(summary.devices[0].waiting)
        aside.rename(first.path)
        sync(field)
        assert titles(field) == {"First", "Second"}


def test_tampered_and_forged_files_are_refused_reported_and_never_applied(tmp_path):
    with team(tmp_path, 2) as (office, field), team(tmp_path / "other", 1, joined=False) as (stranger,):
        settle([office, field])
        office.store.add(communication("Genuine"))
        written = sync(office).written
        assert written is not None
        genuine = written.path.read_bytes()
        damaged = bytearray(genuine)
        damaged[len(damaged) // 2] ^= 0x01
        written.path.write_bytes(bytes(damaged))
        before = field.snapshot()
        summary = sync(field)
        assert field.snapshot() == before and summary.problems
        assert written.path.name in summary.problems[0] and "set aside" in summary.problems[0]
        again = sync(field)  # reported at every round, not decrypted again while the file is the same
        assert again.problems and again.opened == 0
        # A stranger's changeset under the office's name: signed by the wrong key.
        stranger.store.add(communication("Forged"))
        write_package(stranger.store, stranger.identity, plan_export(stranger.store), written.path, overwrite=True,
                      recipients=[field.identity.recipient.encode()], confirmed=True)
        summary = sync(field)
        assert summary.problems and titles(field) == set()
        written.path.write_bytes(genuine)
        summary = sync(field)
        assert not summary.problems and titles(field) == {"Genuine"}


def test_a_subfolder_of_a_device_that_is_not_a_member_is_ignored_and_reported(tmp_path):
    with team(tmp_path, 2) as (office, _field), team(tmp_path / "other", 1, joined=False) as (stranger,):
        stray = tmp_path / "team" / stranger.identity.fingerprint
        stray.mkdir()
        (stray / layout.changeset_name(1)).write_bytes(b"not for you")
        summary = sync(office)
        assert summary.ignored == [stranger.identity.fingerprint] and summary.opened == 0


def test_every_member_applied_a_changeset_so_its_author_removes_it(tmp_path):
    with team(tmp_path, 3) as sides:
        office = sides[0]
        office.store.add(communication("Letter"))
        settle(sides)
        own = tmp_path / "team" / office.identity.fingerprint
        listing = layout.read_device_folder(own)
        assert listing.changesets == {} and listing.snapshots == {}
        office.store.add(communication("Another"))
        written = sync(office).written
        assert written is not None and written.path.exists()
        sync(sides[1])
        sync(office)
        assert written.path.exists()  # one member has not applied it yet
        sync(sides[2])
        assert sync(office).pruned == 1 and not written.path.exists()
        assert all(titles(here) == {"Letter", "Another"} for here in sides)


def test_a_member_left_out_for_a_while_gets_a_new_snapshot_when_it_can_be_addressed_again(tmp_path):
    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        member = membership.members(office.store)[0]
        contact = office.store.get(member.contact_id)
        office.store.update(replace(contact, fields={**contact.fields, "own_device": False}))
        office.store.add(communication("Written while the laptop was not trusted"))
        summary = sync(office)
        assert summary.left_out == ["Field laptop"] and not summary.up_to_date
        contact = office.store.get(member.contact_id)
        office.store.update(replace(contact, fields={**contact.fields, "own_device": True}))
        sync(office)  # a new snapshot for the laptop; the changeset it could not read stays
        applied = sync(field).applied
        assert [(a.snapshot, a.sequence) for a in applied] == [(True, summary.written.sequence)]
        assert titles(field) == {"Written while the laptop was not trusted"}


def test_a_changeset_another_process_applied_meanwhile_is_not_applied_again(tmp_path):
    from npmdesk.team.applying import apply_file

    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        gone = office.store.add(communication("Deleted, then brought back by hand"))
        settle([office, field])
        office.store.delete(gone.id)
        written = sync(office).written
        assert written is not None
        member = membership.members(field.store)[0]
        first = apply_file(field.store, field.identity, member, written.path, written.sequence)
        assert first is not None and first.deleted == 1
        field.store.restore(gone.id)
        before = field.snapshot()
        assert apply_file(field.store, field.identity, member, written.path, written.sequence) is None
        assert field.snapshot() == before  # the deletion was not applied a second time
