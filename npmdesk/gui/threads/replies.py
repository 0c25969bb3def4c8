"""The new communication that Reply and Follow up open, pre-filled and linked to the original.

Neither is stored here: the form opens with it and the user saves it (or not).

- Reply answers the message: the other direction (a reply to what was received is sent, a draft
  until the user marks it sent; a reply to what was sent is the answer received, closed),
  "Re: " before the subject, `in_reply_to` the original and a `reply_to` link to it. Once saved
  other than as a draft, the original becomes Answered (records/replies.py, in the store).
- Follow up adds to the same matter from the NPM's side (a reminder that an answer is
  awaited, further information): sent, with a `thread` link to the original.

Both keep the counterpart, country, channel, sensitivity and tags, and join the original's
thread (`fields.thread`, the first message's id), so `RecordStore.thread` lists them together.
"""

from __future__ import annotations

from npmdesk.records import replies
from npmdesk.records.model import Link, Record


def subject(title: str) -> str:
    return title if title.lower().startswith("re:") else f"Re: {title}"


def reply_record(original: Record, date: str, *, follow_up: bool = False) -> Record:
    """A new, unsaved communication answering (or following up) `original`, dated `date`."""
    root = str(original.fields.get("thread") or original.id)
    direction = "sent" if follow_up else replies.reply_direction(original)
    fields: dict[str, object] = {
        "direction": direction,
        "thread": root,
    }
    if original.fields.get("channel"):
        fields["channel"] = original.fields["channel"]
    if not follow_up:
        fields["in_reply_to"] = original.id
    links = [Link(original.id, "thread" if follow_up else "reply_to")]
    if root != original.id:
        links.append(Link(root, "thread"))
    return Record(
        kind="communication", title=subject(original.title), date=date,
        status=replies.reply_status(direction),
        counterpart=original.counterpart, country=original.country, sensitivity=original.sensitivity,
        tags=list(original.tags), links=links, fields=fields,
    )
