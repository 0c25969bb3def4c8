"""The body of the correspondence log."""

from __future__ import annotations

from npmdesk.records import disclosures
from npmdesk.reports.correspondence import CorrespondenceLog, CounterpartGroup
from npmdesk.reports.html import dated, esc, fill, heading, paragraph, table
from npmdesk.reports.strings import Strings


def body(log: CorrespondenceLog, s: Strings) -> str:
    if not log.groups:
        groups = paragraph(s("log.empty"), "empty")
    else:
        groups = "".join(_group(group, s) for group in log.groups)
    if log.with_disclosures:
        groups += _disclosures(log, s)
    return fill("correspondence-log.html", heading=esc(s("report.correspondence-log")),
                summary=esc(s("log.summary", count=log.total)), groups=groups)


def _group(group: CounterpartGroup, s: Strings) -> str:
    if group.contact is None:
        title = s("log.no_counterpart")
    else:
        name = group.contact.name
        if group.contact.role:
            name = s.fill("{name} ({role})", name=name, role=s.choice("role", group.contact.role))
        title = s("log.by_counterpart", name=name)
    headers = [s("col.date"), s("col.type"), s("col.subject"), s.field("direction"), s("col.status"),
               s("col.reply_by"), s("col.reply")]
    rows = []
    for e in group.entries:
        how = esc(s.choice("direction", e.direction))
        if e.channel:
            how += f"<br>{esc(s.choice('channel', e.channel))}"
        rows.append([
            dated(s, e.date, e.record_id), esc(s.kind(e.kind)), esc(e.title),
            how,
            esc(s.status(e.status, e.kind)), esc(s.day(e.reply_by)), esc(s.day(e.replied_on)),
        ])
    return heading(2, title) + table(headers, rows, widths=(12, 14, 30, 13, 11, 10, 10), dates=(0, 5, 6))


def _disclosures(log: CorrespondenceLog, s: Strings) -> str:
    """When the records of the log left the vault: each time, the file and to whom."""
    titles = {e.record_id: e.title for g in log.groups for e in g.entries}
    rows = []
    for record_id, found in log.disclosures.items():
        for left in found:
            who = []
            for r in left.recipients:
                if r.kind == disclosures.PASSPHRASE:
                    who.append(s("log.disclosure.passphrase"))
                elif r.kind == disclosures.PDF:
                    who.append(s("log.disclosure.pdf"))
                else:
                    who.append(f"{r.name or r.age_recipient[:16] + '…'} ({r.fingerprint})" if r.fingerprint
                               else r.name or r.age_recipient)
            rows.append((left.at, [dated(s, left.at[:10], record_id), esc(titles.get(record_id, "")),
                                   esc(left.package), esc("; ".join(who))]))
    rows.sort(key=lambda row: row[0])
    if not rows:
        return heading(2, s("log.disclosures")) + paragraph(s("log.disclosures.none"), "empty")
    headers = [s("col.left_on"), s("col.subject"), s("col.package"), s("col.recipients")]
    return heading(2, s("log.disclosures")) + table(headers, [cells for _at, cells in rows], widths=(14, 30, 20, 36),
                                                    dates=(0,))
