"""Schema migrations, each tested from a vault made at the version before it."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from npmdesk.errors import MigrationFailed
from npmdesk.vault import Credential, Vault, migrations
from tests.fixtures.make_fixture_vault import CREATED_AT, FIXTURE_PASSPHRASE
from tests.support.doubles import MemoryKeyring

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def fixture_copy(version: int, tmp_path: Path) -> Path:
    target = tmp_path / f"vault-v{version}"
    shutil.copytree(FIXTURES / f"vault-v{version}", target)
    return target


def unlock(path: Path) -> Vault:
    return Vault.unlock(path, Credential.passphrase(FIXTURE_PASSPHRASE), device_keyring=MemoryKeyring())


def test_every_migration_has_a_fixture_from_the_version_before():
    for version in range(1, migrations.LATEST):
        assert (FIXTURES / f"vault-v{version}" / "keyslots.json").is_file(), version


def test_v1_vault_migrates_to_latest_keeping_its_data(tmp_path):
    path = fixture_copy(1, tmp_path)
    with unlock(path) as vault:
        assert migrations.schema_version(vault.db) == migrations.LATEST
        assert vault.meta("npm_name") == "Fixture NPM (Мониторинг, رصد)"
        # Migration 2 back-fills the creation event from the v1 metadata.
        events = vault.security_events()
        assert [(e.kind, e.at) for e in events][-1] == ("created", CREATED_AT)
        assert events[0].kind == "unlocked"
        assert vault.check().healthy
    with unlock(path) as again:  # a migrated vault opens as usual, nothing applied twice
        assert len([e for e in again.security_events() if e.kind == "created"]) == 1


def test_failed_migration_rolls_back_and_leaves_the_old_version(tmp_path, monkeypatch):
    path = fixture_copy(1, tmp_path)

    def broken(db):
        db.execute("CREATE TABLE half_done(x)")
        raise RuntimeError("migration bug")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.MIGRATIONS[0], broken])
    with pytest.raises(MigrationFailed):
        unlock(path)
    monkeypatch.undo()
    with unlock(path) as vault:  # the real migration then applies cleanly
        tables = {r[0] for r in vault.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "half_done" not in tables and "security_event" in tables


def test_v2_vault_gains_the_record_store(tmp_path):
    from npmdesk.records import Record, RecordStore

    path = fixture_copy(2, tmp_path)
    with unlock(path) as vault:
        store = RecordStore(vault)
        record = store.add(Record(kind="place", title="Prison centrale", status="active",
                                  fields={"place_type": "prison"}))
        assert [h.record.id for h in store.search("centrale")] == [record.id]
        assert vault.meta("npm_name") == "Fixture NPM (Мониторинг, رصد)"
        assert vault.check().healthy


def test_v3_vault_keeps_its_records_and_attachments(tmp_path):
    from npmdesk.records import RecordStore
    from tests.fixtures.make_fixture_vault import FIXTURE_RECORD_ID

    path = fixture_copy(3, tmp_path)
    with unlock(path) as vault:
        store = RecordStore(vault)
        record = store.get(FIXTURE_RECORD_ID)
        assert (record.title, record.sensitivity, record.tags) == ("Fixture letter to the SPT", "confidential",
                                                                   ["fixture"])
        assert [h.record.id for h in store.search("fixture letter")] == [FIXTURE_RECORD_ID]
        assert vault.check().healthy


def test_v3_vault_gains_drafts_keeping_its_record(tmp_path):
    from npmdesk.records import RecordStore
    from npmdesk.records.drafts import Drafts
    from tests.fixtures.make_fixture_vault import FIXTURE_RECORD_ID

    path = fixture_copy(3, tmp_path)
    with unlock(path) as vault:
        assert migrations.schema_version(vault.db) >= 4
        store = RecordStore(vault)
        assert store.get(FIXTURE_RECORD_ID).title == "Fixture letter to the SPT"
        drafts = Drafts(store)
        draft = drafts.save("communication", {"title": "Reply to the fixture"}, record_id=FIXTURE_RECORD_ID)
        assert drafts.all() == [draft]
        assert vault.check().healthy
    with unlock(path) as again:  # nothing applied twice; the draft is still there
        assert [d.content for d in Drafts(RecordStore(again)).all()] == [{"title": "Reply to the fixture"}]


def test_v4_vault_keeps_its_drafts_and_gains_the_conflict_index(tmp_path):
    from npmdesk.records import ListQuery, RecordStore
    from npmdesk.records.drafts import Drafts
    from tests.fixtures.make_fixture_vault import FIXTURE_RECORD_ID

    path = fixture_copy(4, tmp_path)
    with unlock(path) as vault:
        store = RecordStore(vault)
        assert store.get(FIXTURE_RECORD_ID).title == "Fixture letter to the SPT"
        assert [d.record_id for d in Drafts(store).all()] == [FIXTURE_RECORD_ID]
        assert store.count(ListQuery(conflicts=True)) == 0
        indexes = {r[0] for r in vault.db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert "record_conflicts" in indexes and vault.check().healthy


def test_v5_vault_gains_tombstones_keeping_its_record(tmp_path):
    """Purging a record of a migrated vault leaves its tombstone (id, kind, times, content hashes)."""
    from npmdesk.records import RecordStore
    from tests.fixtures.make_fixture_vault import FIXTURE_RECORD_ID

    path = fixture_copy(5, tmp_path)
    with unlock(path) as vault:
        assert migrations.schema_version(vault.db) >= 6
        store = RecordStore(vault)
        assert store.get(FIXTURE_RECORD_ID).title == "Fixture letter to the SPT"
        assert store.tombstone(FIXTURE_RECORD_ID) is None
        store.delete(FIXTURE_RECORD_ID)
        assert store.empty_bin() == 1
        tombstone = store.tombstone(FIXTURE_RECORD_ID)
        assert tombstone is not None and tombstone.kind == "communication" and len(tombstone.hashes) == 1
        assert vault.check().healthy


def test_v6_vault_gains_the_domain_of_schema_7_keeping_every_record(tmp_path):
    """Reports' statuses become per type, "report published" becomes the report to the State,
    whole-number articles stay (as text), and the new columns and tables start empty."""
    from npmdesk.records import RecordStore
    from npmdesk.records.model import validate
    from tests.fixtures import make_fixture_vault as fx

    path = fixture_copy(6, tmp_path)
    with unlock(path) as vault:
        assert migrations.schema_version(vault.db) == migrations.LATEST >= 7
        store = RecordStore(vault)
        assert store.get(fx.FIXTURE_REPORT_ID).status == "state_replied"
        assert store.get(fx.FIXTURE_NPM_REPORT_ID).status == "npm_replied"
        visit = store.get(fx.FIXTURE_VISIT_ID)
        assert visit.fields["checklist_done"] == ["background_sent", "report_to_state"]
        assert visit.articles == ["13"]
        assert store.get(fx.FIXTURE_STEP_ID).fields["visit_step"] == "report_to_state"
        recommendation = store.get(fx.FIXTURE_RECOMMENDATION_ID)
        assert recommendation.articles == ["19"] and recommendation.status == "in_progress"
        check = store.get(fx.FIXTURE_CASE_ID)
        assert (check.consent, check.pseudonyms, check.consents, check.review_date) == (
            "refused", {"Ahmed Benali": "person A"}, [], None)
        for record_id in (fx.FIXTURE_REPORT_ID, fx.FIXTURE_NPM_REPORT_ID, fx.FIXTURE_VISIT_ID, fx.FIXTURE_STEP_ID,
                          fx.FIXTURE_RECOMMENDATION_ID, fx.FIXTURE_CASE_ID):
            validate(store.get(record_id))
        # The migrated records take the new values: a sub-paragraph reference and a review date.
        store.update(replace(recommendation, articles=["19(b)", "11(1)(b)(ii)"], review_date="2027-01-31"))
        again = store.get(fx.FIXTURE_RECOMMENDATION_ID)
        assert again.articles == ["11(1)(b)(ii)", "19(b)"] and again.review_date == "2027-01-31"
        assert vault.db.execute("SELECT count(*) FROM disclosed_record").fetchone()[0] == 0
        # Records indexed before schema 7 are found by their country's name in each language.
        assert {h.record.id for h in store.search("France")} >= {fx.FIXTURE_VISIT_ID, fx.FIXTURE_REPORT_ID}
        assert {h.record.id for h in store.search("Francia")} >= {fx.FIXTURE_VISIT_ID, fx.FIXTURE_REPORT_ID}
        assert vault.meta("pending_country_names") == ""
        assert vault.check().healthy


def test_v7_vault_gains_prefix_indexes_and_its_search_keeps_every_record_rank_and_purge(tmp_path):
    """Schema 8 makes the search index again with prefix indexes of 2 to 6 letters: every record
    is still found (by words, 4- to 6-letter prefixes, attachment text and country names), the
    index keeps its bm25 weights and secure delete, and a purged record still leaves it."""
    from npmdesk.records import RecordStore
    from tests.fixtures import make_fixture_vault as fx

    path = fixture_copy(7, tmp_path)
    with unlock(path) as vault:
        assert migrations.schema_version(vault.db) == migrations.LATEST >= 8
        sql = vault.db.execute("SELECT sql FROM sqlite_master WHERE name = 'search_index'").fetchone()[0]
        assert "prefix = '2 3 4 5 6'" in sql
        assert dict(vault.db.execute("SELECT k, v FROM search_index_config WHERE k IN ('secure-delete', 'rank')")) == {
            "secure-delete": 1, "rank": "bm25(10.0, 4.0, 2.0, 1.0)"}
        store = RecordStore(vault)
        assert [h.record.id for h in store.search("fixture letter")] == [fx.FIXTURE_RECORD_ID]
        for prefix in ("fixt", "lawye", "guaran"):
            assert len(store.search(prefix)) == 1, prefix
        assert [h.record.id for h in store.search("hello")] == [fx.FIXTURE_RECORD_ID]  # an attachment's text
        assert {h.record.id for h in store.search("Francia")} >= {fx.FIXTURE_VISIT_ID, fx.FIXTURE_REPORT_ID}
        store.delete(fx.FIXTURE_RECORD_ID)
        store.empty_bin()
        assert store.search("fixture letter") == []
        purged = "SELECT count(*) FROM search_index WHERE search_index MATCH 'fixture'"
        assert vault.db.execute(purged).fetchone()[0] == 0
        assert vault.check().healthy


def test_v10_vault_keeps_its_attachments_in_the_database_and_adds_new_ones_as_files(tmp_path):
    """Schema 11 adds the attachment store's columns and moves nothing: the fixture's attachment
    (a chunk row) still reads, verifies, exports and is removed with its chunks; a new attachment
    goes to a sealed file; the vault stays healthy."""
    import io

    from npmdesk.records import RecordStore, attachments
    from npmdesk.vault import attachment_files
    from tests.fixtures import make_fixture_vault as fx

    path = fixture_copy(10, tmp_path)
    with unlock(path) as vault:
        assert migrations.schema_version(vault.db) == migrations.LATEST >= 11
        store = RecordStore(vault)
        assert vault.db.execute("SELECT blob, blob_key FROM attachment WHERE id='a1a1a1a1'").fetchone() == (None, None)
        assert attachments.open_attachment(store, "a1a1a1a1").read() == b"hello"
        assert b"".join(attachments.chunks(store, "a1a1a1a1")) == b"hello"
        assert not (path / attachment_files.FOLDER).exists()
        new = attachments.add(store, fx.FIXTURE_RECORD_ID, "new.txt", io.BytesIO(b"a new attachment")).id
        assert attachments.open_attachment(store, new).read() == b"a new attachment"
        assert len(list((path / attachment_files.FOLDER).iterdir())) == 1
        assert vault.check().healthy
        attachments.remove(store, "a1a1a1a1")
        assert vault.db.execute("SELECT count(*) FROM attachment_chunk").fetchone()[0] == 0


def test_v11_vault_keeps_its_disclosure_log_one_row_per_export(tmp_path):
    """Schema 12 keeps each export once (time, user, file, recipients) and each record it held:
    every record's disclosures are still there, two exports to one file name in one second stay
    two (the second is what the file holds), and the old table is gone."""
    from npmdesk.records import RecordStore, disclosures
    from tests.fixtures import make_fixture_vault as fx

    path = fixture_copy(11, tmp_path)
    with unlock(path) as vault:
        assert migrations.schema_version(vault.db) == migrations.LATEST >= 12
        store = RecordStore(vault)
        assert vault.db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'disclosure'").fetchone()[0] == 0
        assert vault.db.execute("SELECT count(*) FROM disclosure_event").fetchone()[0] == 3
        assert [disclosures.count(store, r) for r in (fx.FIXTURE_REPORT_ID, fx.FIXTURE_VISIT_ID, fx.FIXTURE_CASE_ID)] \
            == [2, 2, 1]
        report = disclosures.disclosures(store, fx.FIXTURE_REPORT_ID)
        assert [(d.at, d.by, d.package, d.recipients) for d in report] == [(fx.CREATED_AT, "fixture", "fixture.npmpkg",
                                                                            ())] * 2
        (case,) = disclosures.disclosures(store, fx.FIXTURE_CASE_ID)
        assert case.pdf and case.package == "report.pdf"
        held = disclosures.last_export_of(store, "fixture.npmpkg")
        assert sorted(d.record_id for d in held) == sorted([fx.FIXTURE_REPORT_ID, fx.FIXTURE_VISIT_ID])
        assert disclosures.last_export_of(store, "report.pdf") == []  # a plaintext report is not a package
        assert set(disclosures.last_of(store, [fx.FIXTURE_VISIT_ID, fx.FIXTURE_CASE_ID, fx.FIXTURE_RECORD_ID])) == {
            fx.FIXTURE_VISIT_ID, fx.FIXTURE_CASE_ID}
        with store.transaction() as db:  # the log goes on in the new tables
            assert disclosures.log(db, [fx.FIXTURE_RECORD_ID, fx.FIXTURE_RECORD_ID], at="2026-12-08T10:00:00+00:00",
                                   by="fixture", package="new.age", recipients=[]) == 1
        assert disclosures.count(store, fx.FIXTURE_RECORD_ID) == 1
        assert vault.check().healthy
