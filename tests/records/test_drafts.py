"""Drafts of unsaved forms, kept inside the vault: saving, replacing, listing, discarding, bad input."""

from __future__ import annotations

import math

import pytest

from npmdesk.records import RecordNotFound, RecordStore
from npmdesk.records import drafts as drafts_module
from npmdesk.records.drafts import DraftNotFound, Drafts, DraftTooLarge, InvalidDraft
from npmdesk.vault import Credential, Vault
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.plaintext import files_containing
from tests.support.record_helpers import communication

MARKER = "QXDRAFT-Заключённый-7781"


def test_a_draft_survives_lock_and_unlock_and_is_listed_newest_first(store, vault_path):
    drafts = Drafts(store)
    first = drafts.save("communication", {"title": MARKER, "fields": {"direction": "sent"}})
    record = store.add(communication())
    second = drafts.save("communication", {"title": "Edited"}, record_id=record.id)
    assert (first.kind, first.record_id, first.content["title"]) == ("communication", None, MARKER)
    store.vault.close()
    with Vault.unlock(vault_path, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()) as vault:
        again = Drafts(RecordStore(vault))
        assert [d.id for d in again.all()] == [second.id, first.id]
        assert again.get(first.id) == first and again.get(second.id).record_id == record.id
        assert again.count() == 2


def test_saving_again_replaces_the_content_and_discarding_removes_it(store):
    drafts = Drafts(store)
    draft = drafts.save("visit", {"title": "One"})
    replaced = drafts.save("visit", {"title": "Two"}, draft_id=draft.id)
    assert replaced.id == draft.id and drafts.count() == 1
    assert drafts.get(draft.id).content == {"title": "Two"} and replaced.saved_at > draft.saved_at
    drafts.discard(draft.id)
    drafts.discard(draft.id)  # twice is harmless
    assert drafts.all() == []
    with pytest.raises(DraftNotFound):
        drafts.get(draft.id)
    again = drafts.save("visit", {"title": "Three"}, draft_id=draft.id)  # discarded meanwhile: a new draft
    assert drafts.get(again.id).content == {"title": "Three"} and drafts.count() == 1


@pytest.mark.parametrize("kind, content, error", [
    ("no_such_kind", {}, InvalidDraft),
    ("communication", ["not", "an", "object"], InvalidDraft),
    ("communication", {"amount": math.nan}, InvalidDraft),
    ("communication", {"when": object()}, InvalidDraft),
    ("communication", {"body": "x" * (drafts_module.MAX_CONTENT + 1)}, DraftTooLarge),
])
def test_bad_content_is_refused_and_changes_nothing(store, kind, content, error):
    drafts = Drafts(store)
    kept = drafts.save("communication", {"title": "kept"})
    with pytest.raises(error) as raised:
        drafts.save(kind, content, draft_id=kept.id)
    assert str(raised.value) == error.message
    assert drafts.all() == [kept]


def test_a_draft_of_an_unknown_record_is_refused(store):
    drafts = Drafts(store)
    with pytest.raises(RecordNotFound):
        drafts.save("communication", {}, record_id="3f1c8a52-6a8e-4d0c-9a0c-000000000000")
    assert drafts.count() == 0


def test_purging_a_record_purges_its_drafts_but_the_bin_keeps_them(store):
    drafts = Drafts(store)
    record = store.add(communication())
    draft = drafts.save("communication", {"title": "Unsaved edit"}, record_id=record.id)
    new_one = drafts.save("communication", {"title": "Unsaved new letter"})
    store.delete(record.id)
    assert drafts.count() == 2
    store.empty_bin()
    assert [d.id for d in drafts.all()] == [new_one.id] and draft.id != new_one.id


def test_draft_text_is_never_on_disk_in_clear(store, vault_path):
    drafts = Drafts(store)
    draft = drafts.save("communication", {"title": MARKER, "body": MARKER * 50})
    drafts.save("communication", {"title": MARKER + " again"}, draft_id=draft.id)
    assert files_containing([vault_path], [MARKER]) == []
    store.vault.close()
    assert files_containing([vault_path], [MARKER]) == []
