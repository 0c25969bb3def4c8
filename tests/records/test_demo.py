"""The demo vault generator: every kind, reproducible, searchable attachments, fast enough."""

from __future__ import annotations

import argparse
import io
import time
from pathlib import Path

import pypdf
import pytest
from conftest import PASSPHRASE
from doubles import MemoryKeyring

from npmdesk.cli.records_demo import demo_command
from npmdesk.records import ListQuery, RecordStore, reference
from npmdesk.records import attachments as attachment_store
from npmdesk.records.demo import WEIGHTS, DemoData, allocate, generate
from npmdesk.records.kinds import KINDS
from npmdesk.vault import Secret, Vault
from npmdesk.vault.kdf import TEST_PARAMS

ALL = ListQuery(limit=1_000_000, order_by="title")


def _fresh_store(folder: Path) -> tuple[Vault, RecordStore]:
    vault, _ = Vault.create(folder, Secret.from_passphrase(PASSPHRASE), user_name="Ana", argon2=TEST_PARAMS,
                            device_keyring=MemoryKeyring())
    return vault, RecordStore(vault)


def _ids_and_titles(store: RecordStore) -> list[tuple[str, str]]:
    return sorted((s.id, s.title) for s in store.list(ALL))


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    """One demo vault of 2,000 records and 12 attachments shared by the read-only tests below."""
    vault, store = _fresh_store(tmp_path_factory.mktemp("demo") / "vault")
    summary = generate(store, 2000, attachments=12, seed=7)
    yield store, summary
    vault.close()


@pytest.mark.parametrize("total", [0, 1, 5, 11, 12, 13, 99, 100, 2000, 100_000])
def test_allocation_adds_up(total):
    counts = allocate(total)
    assert sum(counts.values()) == total and list(counts) == list(WEIGHTS)
    if total >= len(KINDS):
        assert all(n >= 1 for n in counts.values())
    assert set(WEIGHTS) == set(KINDS)


def test_every_kind_is_present(demo_store):
    store, summary = demo_store
    assert summary.records == store.count() == 2000
    for kind in KINDS:
        assert store.count(ListQuery(kinds=(kind,))) == summary.by_kind[kind] >= 1, kind


def test_records_use_the_reference_data(demo_store):
    store, _ = demo_store
    db = store.db
    slugs = {t.slug for t in reference.tags()}
    tags = {row[0] for row in db.execute("SELECT DISTINCT tag FROM record_tag")}
    assert tags <= slugs and len(tags) >= 10
    articles = {row[0] for row in db.execute("SELECT DISTINCT article FROM record_article")}
    assert articles == set(range(1, 38))
    codes = {s.iso2 for s in reference.states_parties()}
    countries = {row[0] for row in db.execute("SELECT DISTINCT country FROM record WHERE country IS NOT NULL")}
    assert countries <= codes
    sensitivities = {row[0] for row in db.execute("SELECT DISTINCT sensitivity FROM record")}
    assert sensitivities == {"public", "internal", "confidential", "strictly_confidential"}
    assert db.execute("SELECT count(*) FROM record WHERE personal_data = 1").fetchone()[0] > 50
    assert db.execute("SELECT count(*) FROM record_pseudonym WHERE alias = 'person A'").fetchone()[0] > 10


def test_contacts_have_spt_roles_and_teams(demo_store):
    store, _ = demo_store
    contacts = [store.get(s.id) for s in store.list(ListQuery(kinds=("contact",), limit=1000))]
    roles = {c.fields["role"] for c in contacts}
    assert {"regional_head", "country_rapporteur", "member", "secretariat"} <= roles
    heads = [c for c in contacts if c.fields["role"] == "regional_head"]
    assert {c.fields["regional_team"] for c in heads} == {"Africa", "Americas", "Asia-Pacific", "Europe"}


def test_communications_form_threads(demo_store):
    store, _ = demo_store
    replies = [s for s in store.list(ListQuery(kinds=("communication",), limit=2000)) if s.title.startswith("Re: ")]
    assert replies
    reply = store.get(replies[0].id)
    thread = store.thread(reply.id)
    assert len(thread) >= 2 and thread[0].id == reply.fields["thread"]
    assert reply.fields["in_reply_to"] in {s.id for s in thread}
    assert ("reply_to", reply.fields["in_reply_to"]) in {(link.relation, link.to) for link in reply.links}
    waiting = store.list(ListQuery(kinds=("communication",), status="awaiting_reply", limit=5))
    assert waiting and all("reply_by" in store.get(s.id).fields for s in waiting)


@pytest.mark.parametrize("query", ["détention", "detention", "Ольга", "ليلى", "拘留", "Ginebra", '"joint visit"'])
def test_text_in_every_language_and_script_is_searchable(demo_store, query):
    store, _ = demo_store
    assert store.search(query), query


def test_attachments_are_valid_and_searchable_by_their_text(demo_store):
    store, summary = demo_store
    assert summary.attachments == 12 and summary.attachment_bytes > 0
    rows = store.db.execute("SELECT a.id, r.id, a.name, a.media_type FROM attachment a"
                            " JOIN record r ON r.seq = a.record_seq ORDER BY a.seq").fetchall()
    assert len(rows) == 12
    media_types = {row[3] for row in rows}
    assert "application/pdf" in media_types and media_types - {"application/pdf"}
    assert media_types <= {"application/pdf", "text/plain", "text/markdown"}
    for n, (attachment_id, record_id, name, media_type) in enumerate(rows):
        info = attachment_store.info(store, attachment_id)
        assert info.has_text, name
        hits = store.search(f"NPMDOC{n:06d}")
        assert record_id in {h.record.id for h in hits}, name
        if media_type == "application/pdf":
            data = attachment_store.open_attachment(store, attachment_id).read()
            assert f"NPMDOC{n:06d}" in pypdf.PdfReader(io.BytesIO(data), strict=True).pages[0].extract_text()


def test_same_seed_same_records_other_seed_different(tmp_path):
    results = []
    for name, seed in (("a", 11), ("b", 11), ("c", 12)):
        vault, store = _fresh_store(tmp_path / name)
        generate(store, 300, seed=seed)
        results.append(_ids_and_titles(store))
        vault.close()
    assert results[0] == results[1]
    assert len(results[0]) == 300
    assert results[0] != results[2]
    assert not {i for i, _ in results[0]} & {i for i, _ in results[2]}


def test_generated_content_is_identical_for_a_seed():
    def snapshot(seed: int) -> list[dict[str, object]]:
        return [r.to_json() for batch in DemoData(500, seed).batches(100) for r in batch]

    assert snapshot(4) == snapshot(4)
    assert snapshot(4) != snapshot(5)


def test_two_thousand_records_in_a_few_seconds(store):
    calls = []
    started = time.perf_counter()
    summary = generate(store, 2000, seed=1, progress=lambda done, total: calls.append((done, total)))
    elapsed = time.perf_counter() - started
    assert store.count() == 2000
    assert elapsed < 8, f"2,000 demo records took {elapsed:.1f} s"
    assert calls[-1] == (2000, 2000) and summary.seconds <= elapsed


def test_tiny_vaults(store):
    assert generate(store, 0).records == 0
    summary = generate(store, 5, attachments=2, seed=2)
    assert store.count() == 5 and summary.attachments <= 2


def test_cli_command_prints_one_line(store, capsys):
    code = demo_command(argparse.Namespace(records=40, attachments=1, seed=3), store)
    out = capsys.readouterr().out
    assert code == 0 and out.count("\n") == 1
    assert "40 records" in out and "1 attachments" in out
    assert store.count() == 40
