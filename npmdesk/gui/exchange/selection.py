"""Which records an "Export with Linked Records…" takes: the record, its thread (for a
communication: every message of the conversation) and the records linked to or from it (a
visit's meetings and report, a report's recommendations, an annual-report submission's
documents). One level of links: what is linked to those is not taken along."""

from __future__ import annotations

from npmdesk.records.store import RecordStore


def dossier_ids(store: RecordStore, record_id: str) -> list[str]:
    """The ids, the record first, without repeats; RecordNotFound if the record is gone."""
    record = store.get(record_id)
    ids = [record.id]
    if record.kind == "communication":
        ids += [summary.id for summary in store.thread(record.id)]
    ids += [summary.id for _relation, summary in store.linked(record.id)]
    return list(dict.fromkeys(ids))
