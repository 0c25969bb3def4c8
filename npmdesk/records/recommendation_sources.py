"""Where a recommendation may come from: a visit report (to the State or to the NPM) or the
NPM's own report, never the SPT's annual report or its general guidance.

`check(db, record)` is called by RecordStore.add and .update (the GUI's and the CLI's saves)
inside their transaction. It refuses a recommendation whose `report` names a report of another
type. Reading is never refused: a recommendation saved before this rule that points at guidance
stays readable and travels in packages; only saving it again is refused until its report is
changed (or removed). Imports and merges are not checked (the sender's vault decided).
"""

from __future__ import annotations

from npmdesk.records.model import InvalidRecord, Record
from npmdesk.vault.database import Connection

RECOMMENDATION_REPORT_TYPES = ("visit_report_to_state", "report_to_npm", "npm_report")


class NotARecommendationReport(InvalidRecord):
    """The report a recommendation names is the SPT's annual report or guidance."""

    message = ("Recommendations come from a visit report or the NPM's own report, not from the SPT's annual "
               "report or guidance: choose another report or none.")

    def __init__(self) -> None:
        super().__init__("report", self.message)


def check(db: Connection, record: Record) -> None:
    """NotARecommendationReport if `record` is a recommendation whose report (in this vault) is
    of a type recommendations do not come from; a report not in the vault is not judged."""
    if record.kind != "recommendation":
        return
    report = record.fields.get("report")
    if not isinstance(report, str) or not report:
        return
    row = db.execute(
        "SELECT json_extract(fields, '$.report_type') FROM record WHERE id = ? AND kind = 'report'", (report,)
    ).fetchone()
    if row is not None and row[0] not in RECOMMENDATION_REPORT_TYPES:
        raise NotARecommendationReport()
