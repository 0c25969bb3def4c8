"""Replies close the loop: a reply that is no longer a draft makes the message it answers Answered.

A communication answers another when its `in_reply_to` names it. Its direction is the other
one: a reply to a received message is sent by the NPM (a draft until the user marks it sent),
a reply to a sent message is the counterpart's answer as it came in (recorded as closed: no
further action, unless the user says it awaits a reply too).

When a reply is stored (`RecordStore.add` or `update`) with any status other than draft, the
message it answers, if it waits for that answer (status `awaiting_reply`, or `sent` with a
`reply_by` date), becomes `answered`: in the same transaction as the reply, as one new version
of that message, so the dashboard no longer lists it as awaiting a reply. A draft reply, a
reply in the same direction as the message, or a message in the bin changes nothing.
"""

from __future__ import annotations

from dataclasses import replace

from npmdesk.records.model import Record

OPPOSITE = {"received": "sent", "sent": "received"}
ANSWERED = "answered"


def reply_direction(original: Record) -> str:
    """The direction of a reply to `original`: the other one (sent when it has none)."""
    return OPPOSITE.get(str(original.fields.get("direction")), "sent")


def reply_status(direction: str) -> str:
    """The status a new reply starts with: the NPM's own is a draft until sent; one received has
    come in and needs nothing more (the user can say it awaits a reply)."""
    return "draft" if direction == "sent" else "closed"


def answered_id(reply: Record) -> str | None:
    """The id of the message `reply` answers once stored, or None (not a reply, or a draft)."""
    target = reply.fields.get("in_reply_to")
    if reply.kind != "communication" or reply.status == "draft" or not isinstance(target, str) or not target:
        return None
    return target


def awaits_answer(message: Record) -> bool:
    """True if `message` waits for the answer a reply brings."""
    if message.kind != "communication" or message.deleted_at is not None:
        return False
    return message.status == "awaiting_reply" or (message.status == "sent" and bool(message.fields.get("reply_by")))


def answered(reply: Record, original: Record) -> Record | None:
    """`original` marked answered by `reply`, or None if the reply does not answer it (yet)."""
    if answered_id(reply) != original.id or not awaits_answer(original):
        return None
    if reply.fields.get("direction") == original.fields.get("direction"):
        return None  # two messages the same way: the one awaited has not come
    return replace(original, status=ANSWERED)
