"""A reply that is no longer a draft makes the message it answers Answered, in one transaction."""

from __future__ import annotations

from dataclasses import replace

import pytest

from npmdesk.records import Record


def letter(store, *, direction: str = "received", status: str = "awaiting_reply", **fields: object) -> Record:
    return store.add(Record(kind="communication", title="Questions on police cells", date="2026-03-02",
                            status=status, fields={"direction": direction, "channel": "email", **fields}))


def test_a_draft_reply_changes_nothing_and_sending_it_answers_the_message(store) -> None:
    original = letter(store)
    reply = store.reply_to(original.id, date="2026-03-05")
    assert (reply.fields["direction"], reply.status) == ("sent", "draft")
    assert store.get(original.id) == original
    store.update(replace(reply, status="sent"))
    answered = store.get(original.id)
    assert answered.status == "answered" and answered.version == original.version + 1
    assert [v.status for v in store.history(original.id)] == ["awaiting_reply"]


@pytest.mark.parametrize(("status", "fields", "becomes"), [
    ("sent", {"reply_by": "2026-04-01"}, "answered"),  # sent, with a date a reply is awaited by
    ("sent", {}, "sent"),  # nothing awaited
    ("closed", {}, "closed"),
])
def test_the_counterparts_answer_to_a_sent_letter(store, status, fields, becomes) -> None:
    original = letter(store, direction="sent", status=status, **fields)
    answer = store.reply_to(original.id, date="2026-03-05")
    assert (answer.fields["direction"], answer.status) == ("received", "closed")
    assert store.get(original.id).status == becomes


def test_a_message_the_same_way_or_in_the_bin_is_not_answered(store) -> None:
    original = letter(store)
    store.add(Record(kind="communication", title="A second question", date="2026-03-04", status="closed",
                     fields={"direction": "received", "channel": "email", "in_reply_to": original.id}))
    assert store.get(original.id).status == "awaiting_reply"
    store.delete(original.id)
    store.add(Record(kind="communication", title="Re: Questions", date="2026-03-05", status="sent",
                     fields={"direction": "sent", "channel": "email", "in_reply_to": original.id}))
    assert store.get(original.id, include_deleted=True).status == "awaiting_reply"
