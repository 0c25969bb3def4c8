"""How records are printed: stable JSON (a documented contract) and lines for people.

Every value that comes from the vault, a package or an imported record is shown through
`npmdesk.display`: one-line values (titles, names, file names) can never start a line of their
own, bodies keep their lines but lose every control character, and JSON escapes what could act
on a terminal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from npmdesk import display
from npmdesk.cli.terminal import line

if TYPE_CHECKING:  # `kinds` and `states` print through this module without loading the record store
    from npmdesk.records import Record, SearchHit, Summary
    from npmdesk.records.attachments import AttachmentInfo


def unranked_note() -> str:
    """`search --sort best` when too many records match to rank them all (on stderr;
    records/search_index.py)."""
    from npmdesk.records.search_index import RANKED_LIMIT
    from npmdesk.translation import language, number, translate

    return translate("cli", "note: more than {limit} records match, so they are listed newest first, not by best "
                     "match; add words to narrow the search").format(limit=number(RANKED_LIMIT, language()))


def summary_json(summary: Summary) -> dict[str, Any]:
    return {
        "id": summary.id, "kind": summary.kind, "title": summary.title, "date": summary.date,
        "status": summary.status, "counterpart": summary.counterpart, "country": summary.country,
        "sensitivity": summary.sensitivity, "due_date": summary.due_date, "updated_at": summary.updated_at,
    }


def hit_json(hit: SearchHit) -> dict[str, Any]:
    from npmdesk.records.search_index import HIGHLIGHT_END, HIGHLIGHT_START

    plain = hit.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
    matches = [part.split(HIGHLIGHT_END, 1)[0] for part in hit.snippet.split(HIGHLIGHT_START)[1:]]
    return {**summary_json(hit.record), "snippet": plain, "matches": matches, "rank": hit.rank,
            "ranked": hit.ranked}


def record_json(record: Record, files: list[AttachmentInfo]) -> dict[str, Any]:
    doc = record.to_json()
    doc.setdefault("consents", [])  # always present in `show --json`, empty when none is recorded
    doc.setdefault("review_date", None)
    doc["attachments"] = [
        {"id": f.id, "name": f.name, "media_type": f.media_type, "size": f.size, "sha256": f.sha256}
        for f in files
    ]
    return doc


def print_json(value: object) -> None:
    print(display.json_dumps(value))


def summary_line(summary: Summary) -> str:
    return "  ".join(
        [summary.date or "----------", f"{line(summary.kind):<22}", f"{line(summary.status or '-'):<14}",
         line(summary.id), line(summary.title)]
    )


def hit_lines(hit: SearchHit) -> str:
    from npmdesk.records.search_index import HIGHLIGHT_END, HIGHLIGHT_START

    snippet = line(hit.snippet.replace(HIGHLIGHT_START, "«").replace(HIGHLIGHT_END, "»").replace("\n", " "))
    return f"{summary_line(hit.record)}\n    {snippet}"


def _labels() -> dict[str, str]:
    """The labels of `show`, in the user's language (field names, kinds and statuses stay the
    identifiers that commands take)."""
    from npmdesk.translation import translate

    return {"id": translate("cli", "id:"), "kind": translate("cli", "kind:"), "date": translate("cli", "date:"),
            "status": translate("cli", "status:"), "sensitivity": translate("cli", "sensitivity:"),
            "counterpart": translate("cli", "counterpart:"), "country": translate("cli", "country:"),
            "due": translate("cli", "due:"), "tags": translate("cli", "tags:"), "OPCAT": translate("cli", "OPCAT:"),
            "changed": translate("cli", "changed:"), "attachment": translate("cli", "attachment:")}


def record_text(record: Record, files: list[AttachmentInfo], counterpart_name: str | None = None) -> str:
    from npmdesk.translation import translate

    labels = _labels()
    width = max(13, *(len(label) + 1 for label in labels.values()))

    def labelled(key: str, value: str) -> str:
        return f"{labels.get(key, key + ':'):<{width}}{value}"

    title = line(record.title)
    consent = ("  " + translate("cli", "(personal data, consent: {consent})").format(consent=line(record.consent))
               if record.personal_data else "")
    lines = [
        title,
        "=" * min(len(title), 78),
        labelled("id", line(record.id)),
        labelled("kind", line(record.kind)),
        labelled("date", line(record.date or "-")),
        labelled("status", line(record.status or "-")),
        labelled("sensitivity", line(record.sensitivity) + consent),
    ]
    counterpart = f"{counterpart_name} ({record.counterpart})" if counterpart_name else record.counterpart
    for label, value in (("counterpart", counterpart), ("country", record.country),
                         ("due", record.due_date)):
        if value:
            lines.append(labelled(label, line(value)))
    if record.tags:
        lines.append(labelled("tags", line(", ".join(record.tags))))
    if record.articles:
        lines.append(labelled("OPCAT", line(", ".join(f"art. {a}" for a in record.articles))))
    notes = _key_notes(record)
    for name, value in sorted(record.fields.items()):
        text = ", ".join(map(str, value)) if isinstance(value, list) else value
        lines.append(f"{line(name) + ':':<{width}}{line(text)}{notes.get(name, '')}")
    lines.append(labelled("changed", translate("cli", "{date} by {user} (version {version})").format(
        date=line(record.updated_at), user=line(record.updated_by), version=record.version)))
    for f in files:
        lines.append(labelled("attachment", translate("cli", "{name} ({size} bytes, {type})").format(
            name=line(f.name), size=f.size, type=line(f.media_type))))
        if not f.fully_indexed:
            lines.append(" " * width + translate("cli", "not fully indexed: search finds only part of its text, "
                                                 "or none"))
    if record.body:
        lines += ["", display.terminal(record.body)]
    return "\n".join(lines)


def _key_notes(record: Record) -> dict[str, str]:
    """A note after each of a contact's key fields that holds a malformed key (shown, never an error)."""
    if record.kind != "contact":
        return {}
    from npmdesk.exchange import contact_keys

    keys = contact_keys.keys_of(record)
    from npmdesk.translation import translate

    note = "  " + translate("cli", "(malformed key: remove it with 'npmdesk contact remove-key')")
    states = ((contact_keys.SIGNING_KEY, keys.signing_state), (contact_keys.AGE_RECIPIENT, keys.recipient_state))
    return {field: note for field, state in states if state == contact_keys.MALFORMED}
