"""Records as an older npmdesk wrote them, brought to today's values.

A vault is upgraded by its migrations (vault/migrations.py); a record from elsewhere (a package
made by an older version, a version in a record's history being restored) is upgraded here,
with the same frozen tables, after its content hash has been checked: a report's status per
type, and the checklist item "report published", which became the report to the State.
"""

from __future__ import annotations

from dataclasses import replace

from npmdesk.records.model import Record
from npmdesk.vault.migrations import V7_REPORT_STATUS, V7_VISIT_STEP


def upgraded(record: Record) -> Record:
    """`record` with the values that later versions renamed replaced (the same record if none)."""
    if record.kind == "report":
        new = V7_REPORT_STATUS.get((str(record.fields.get("report_type")), str(record.status)))
        return replace(record, status=new) if new else record
    if record.kind == "communication" and record.fields.get("visit_step") in V7_VISIT_STEP:
        return replace(record, fields={**record.fields, "visit_step": V7_VISIT_STEP[record.fields["visit_step"]]})
    if record.kind == "visit" and isinstance(done := record.fields.get("checklist_done"), list) and any(
            step in V7_VISIT_STEP for step in done):
        steps = list(dict.fromkeys(V7_VISIT_STEP.get(step, step) for step in done))
        return replace(record, fields={**record.fields, "checklist_done": steps})
    return record
