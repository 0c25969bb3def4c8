"""An imported record is validated once, by the package reader, and still cannot reach the vault
invalid: the store takes the reader's validation (records/validated.py) only for the very record,
with the very values, that it validated; anything changed since is validated again."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from npmdesk.exchange.errors import InvalidPackageRecord
from npmdesk.exchange.schema import encode_record, load_record
from npmdesk.records import InvalidRecord, Link, Record, RecordNotFound, RecordStore
from npmdesk.records import validated as validated_module
from npmdesk.records.consent import PersonConsent
from npmdesk.records.model import new_id
from npmdesk.records.validated import Validated
from tests.support.record_helpers import communication

STAMP = {"version": 1, "created_at": "2026-01-02T03:04:05Z", "created_by": "Ana",
         "updated_at": "2026-01-02T03:04:05Z", "updated_by": "Ana"}


def _contact() -> Record:
    return Record(kind="contact", title="María Pérez", status="active", tags=["Americas"], id=new_id(),
                  fields={"role": "country_rapporteur", "countries": ["MX", "GT"]}, **STAMP)


def _report() -> Record:
    return Record(kind="report", title="Visit report", id=new_id(),
                  fields={"report_type": "report_to_npm", "confidential": True}, **STAMP)


def _package_line(record: Record) -> bytes:
    return json.dumps(encode_record(record, [], [])).encode()


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[Record]:
    """Every record `model.validate` is run on, through the validated path."""
    seen: list[Record] = []
    real = validated_module.validate

    def counting(record: Record, *, local: bool = True) -> None:
        seen.append(record)
        real(record, local=local)

    monkeypatch.setattr(validated_module, "validate", counting)
    return seen


def test_a_record_the_reader_validated_is_stored_without_a_second_validation(store: RecordStore,
                                                                            validations: list[Record]) -> None:
    incoming = load_record(_package_line(_contact()))
    assert len(validations) == 1
    with store.transaction() as db:
        store.import_new(db, incoming.to_write(incoming.record))
    assert len(validations) == 1
    assert store.get(incoming.record.id) == incoming.record


def _title_emptied(record: Record) -> None:
    record.title = " "


def _tag_added(record: Record) -> None:
    record.tags.append("")


def _field_added(record: Record) -> None:
    record.fields["no_such_field"] = "x"


def _list_item_added(record: Record) -> None:
    record.fields["countries"].append("")


def _link_added(record: Record) -> None:
    record.links.append(Link("not a record id", "related"))


def _yes_made_one(record: Record) -> None:
    record.personal_data = 1  # type: ignore[assignment]  # equal to True, and not a yes or no


CHANGES: list[Callable[[Record], None]] = [_title_emptied, _tag_added, _field_added, _list_item_added, _link_added,
                                           _yes_made_one]


@pytest.mark.parametrize("change", CHANGES, ids=lambda change: change.__name__.strip("_"))
def test_a_record_changed_after_its_validation_is_validated_again_and_refused(
        store: RecordStore, change: Callable[[Record], None]) -> None:
    record = _contact()
    checked = Validated(record)
    change(record)
    with pytest.raises(InvalidRecord), store.transaction() as db:
        store.import_new(db, checked)
    with pytest.raises(RecordNotFound):
        store.get(record.id)


def test_a_record_from_a_package_changed_before_it_is_stored_is_refused(store: RecordStore) -> None:
    incoming = load_record(_package_line(_report()))
    incoming.record.fields["confidential"] = 1  # no longer a yes or no (1 == True)
    with pytest.raises(InvalidRecord), store.transaction() as db:
        store.import_new(db, incoming.to_write(incoming.record))
    with pytest.raises(RecordNotFound):
        store.get(incoming.record.id)


def test_a_hostile_record_is_still_refused_by_the_reader_with_one_clear_message() -> None:
    doc = encode_record(_contact(), [], [])
    doc["fields"]["countries"] = ["MX", "\x00"]
    with pytest.raises(InvalidPackageRecord, match="not valid") as refused:
        load_record(json.dumps(doc).encode())
    assert "\x00" not in str(refused.value)


def test_a_validation_of_a_record_as_it_travels_does_not_stand_for_one_in_the_vault() -> None:
    travelling = communication(id=new_id(), consents=[PersonConsent("person A")], **STAMP)
    checked = Validated(travelling, local=False)  # its consents name an alias it has no table for
    assert checked.holds(travelling, local=False)
    assert not checked.holds(travelling)  # in the vault, each person needs a pseudonym first
    assert not checked.holds(_contact(), local=False)  # another record


def test_a_contact_with_keys_in_their_canonical_form_is_validated_once_through_the_merge(
        store: RecordStore, validations: list[Record]) -> None:
    from npmdesk.exchange import contact_keys
    from npmdesk.exchange.age.keys import X25519Identity

    recipient = X25519Identity.generate().recipient.encode()
    contact = _contact()
    contact.fields[contact_keys.AGE_RECIPIENT] = recipient
    incoming = load_record(_package_line(contact))
    assert contact_keys.check_incoming(incoming.record) is incoming.record  # nothing to rewrite: no copy
    with store.transaction() as db:
        store.import_new(db, incoming.to_write(contact_keys.check_incoming(incoming.record)))
    assert len(validations) == 1
    # A key written otherwise (spaces around it) is rewritten, so the copy is validated again.
    contact.fields[contact_keys.AGE_RECIPIENT] = f"  {recipient} "
    spaced = contact_keys.check_incoming(contact)
    assert spaced is not contact and spaced.fields[contact_keys.AGE_RECIPIENT] == recipient
    assert list(spaced.fields) == list(contact.fields)  # the fields keep their order
