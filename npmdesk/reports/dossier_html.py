"""The body of a visit dossier."""

from __future__ import annotations

from npmdesk.records import reference, report_tracks
from npmdesk.records.visits import DURING, FOLLOW_UP, PREPARATION
from npmdesk.reports.dossier import Exchange, ReportOnVisit, VisitDossier
from npmdesk.reports.html import clip, dated, esc, facts, fill, heading, lines, paragraph, ref, table
from npmdesk.reports.strings import Strings
from npmdesk.reports.tracker import RecommendationItem


def body(d: VisitDossier, s: Strings) -> str:
    none = s("none")
    contact = none
    if d.contact is not None:
        contact = s.fill("{name} ({role})", name=d.contact.name, role=s.choice("role", d.contact.role)) if (
            d.contact.role) else d.contact.name
    overview = facts([
        (s("dossier.type"), esc(s.choice("visit_type", d.visit_type))),
        (s("dossier.country"), esc(reference.country_name(d.country, s.language) if d.country else none)),
        (s("dossier.dates"), esc(s.span(d.start, d.end))),
        (s("dossier.announced"), esc(s.date(d.announced_on) if d.announced_on else none)),
        (s("dossier.status"), esc(s.status(d.status, "visit"))),
        (s("dossier.rapporteur"), esc(contact)),
        (s("dossier.themes"), esc(", ".join(d.themes) or none)),
        (s("col.ref"), ref(d.visit_id)),
    ])
    note = "" if d.period.is_open else paragraph(s("dossier.period_note", period=s.period(d.period)), "note")
    if d.on_hold:
        note += paragraph(s("dossier.on_hold"), "note")
    preparation = _steps(d, PREPARATION, s) + heading(3, s("dossier.correspondence_before")) + _exchanges(
        d.before, s)
    during = (_steps(d, DURING, s) + heading(3, s("dossier.meetings")) + _exchanges(d.during, s)
              + heading(3, s("dossier.joint_visits")) + _places(d, s))
    follow_up = (_steps(d, FOLLOW_UP, s) + heading(3, s("dossier.tracks")) + _tracks(d, s)
                 + heading(3, s("dossier.reprisal_checks")) + _checks(d, s)
                 + heading(3, s("dossier.reports")) + _reports(d.reports, s)
                 + heading(3, s("dossier.correspondence_after")) + _exchanges(d.after, s))
    return fill(
        "visit-dossier.html", heading=esc(d.title), overview_heading=esc(s("dossier.overview")), overview=overview,
        period_note=note, preparation_heading=esc(s("dossier.phase.preparation")), preparation=preparation,
        during_heading=esc(s("dossier.phase.during")), during=during,
        follow_up_heading=esc(s("dossier.phase.follow_up")), follow_up=follow_up,
    )


def _nothing(s: Strings) -> str:
    return paragraph(s("dossier.nothing"), "empty")


def _steps(d: VisitDossier, phase: str, s: Strings) -> str:
    """The checklist items of the visit's type in one phase, with where each stands."""
    rows = []
    for step in d.steps_of(phase):
        name = s.choice("checklist_done", step.key)
        if step.optional:
            name = s("dossier.optional", step=name)
        state = s(f"dossier.item.{step.state}")
        if step.key in d.steps_done:
            state = s("dossier.ticked", state=state)
        rows.append([esc(name), esc(state)])
    return table([s("col.step"), s("dossier.progress")], rows, widths=(70, 30))


def _tracks(d: VisitDossier, s: Strings) -> str:
    """The report to the State and the report to the NPM side by side, and the Special Fund line."""
    none = s("none")
    columns = [_track(track, d.reply_months, s) for track in d.tracks]
    labels = ["report", "status", "transmitted", "obtained", "reply_due", "reply_received", "publication",
              "published", "next"]
    rows = [[esc(s(f"dossier.track.{label}"))] + [column.get(label, esc(none)) for column in columns]
            for label in labels]
    out = table(["", s("dossier.track.to_state"), s("dossier.track.to_npm")], rows, widths=(22, 39, 39))
    if d.state_code:
        state = reference.country_name(d.state_code, s.language)
        key = "dossier.fund.eligible" if d.fund_reports else "dossier.fund.not_yet"
        out += paragraph(s(key, state=state))
    return out


def _track(track: report_tracks.ReportTrack, months: int, s: Strings) -> dict[str, str]:
    next_step = esc(s(f"dossier.next.{track.next_step}"))
    if track.report is None:
        return {"report": esc(s("dossier.track.none")), "next": next_step}
    cells = {"report": f"{esc(track.report.title)}<br>{ref(track.report.id)}",
             "status": esc(s.status(track.status, "report", track.report_type)), "next": next_step}
    if track.transmitted_on:
        cells["transmitted"] = esc(s.day(track.transmitted_on))
    if track.obtained_via:
        cells["obtained"] = esc(s.choice("obtained_via", track.obtained_via))
    if track.reply_due:
        due = (s("dossier.track.reply_default", date=s.day(track.reply_due), months=months)
               if track.reply_due_is_default else s.day(track.reply_due))
        cells["reply_due"] = esc(s("dossier.track.overdue", text=due) if track.reply_overdue else due)
    if track.replied:
        cells["reply_received"] = esc(s.day(track.reply_received_on, s("dossier.track.replied_undated")))
    if track.publication:
        cells["publication"] = esc(s.choice("publication", track.publication))
    if track.published:
        cells["published"] = esc(s.day(track.published_on, s("yes"))) + (
            f"<br>{esc(track.published_url)}" if track.published_url else "")
    return cells


def _exchanges(items: tuple[Exchange, ...], s: Strings) -> str:
    if not items:
        return _nothing(s)
    headers = [s("col.date"), s("col.subject"), s.field("channel"), s.field("participants"), s.field("outcome"),
               s("col.status")]
    rows = [[
        dated(s, e.date, e.record_id), esc(e.title),
        esc(s.choice("direction", e.direction)) + (f"<br>{esc(s.choice('channel', e.channel))}" if e.channel else ""),
        lines(e.participants) or esc(s("none")), esc(clip(e.outcome, 300) or s("none")),
        esc(s.status(e.status, "communication")),
    ] for e in items]
    return table(headers, rows, widths=(12, 25, 14, 16, 21, 12), dates=(0,))


def _places(d: VisitDossier, s: Strings) -> str:
    if "joint_visits" not in d.steps_done or not d.places:
        return paragraph(s("dossier.joint_visits_none"), "empty")
    rows = [[ref(p.record_id), esc(p.title), esc(s.choice("place_type", p.place_type))]
            for p in d.places]
    return table([s("col.ref"), s("col.place"), s("col.type")], rows, widths=(12, 58, 30))


def _checks(d: VisitDossier, s: Strings) -> str:
    if not d.reprisal_checks:
        return _nothing(s)
    headers = [s("col.date"), s("col.place"), s("col.people"), s.field("outcome"), s("col.status")]
    rows = [[dated(s, c.date, c.record_id), esc(c.place or s("none")), lines(c.people) or esc(s("none")),
             esc(clip(c.outcome, 300) or s("none")), esc(s.status(c.status, "reprisal_check"))]
            for c in d.reprisal_checks]
    return table(headers, rows, widths=(12, 27, 17, 32, 12), dates=(0,))


def _reports(reports: tuple[ReportOnVisit, ...], s: Strings) -> str:
    if not reports:
        return _nothing(s)
    headers = [s("col.date"), s("col.report"), s("col.type"), s("col.confidential"), s("col.published"),
               s("col.status")]
    rows = [[dated(s, r.report.date, r.report.record_id), esc(r.report.title),
             esc(s.choice("report_type", r.report.report_type)),
             esc(s("none") if r.confidential is None else s("yes") if r.confidential else s("no")),
             esc(s.day(r.published_on)), esc(s.status(r.status, "report", r.report.report_type))]
            for r in reports]
    out = table(headers, rows, widths=(12, 34, 17, 11, 13, 13), dates=(0, 4))
    for r in reports:
        if r.recommendations:
            out += heading(3, s.fill("{label}: {title}", label=s("dossier.recommendations"), title=r.report.title))
            out += "".join(recommendation_table(a, items, s) for a, items in r.recommendations)
    return out


def recommendation_table(addressee: str, items: tuple[RecommendationItem, ...], s: Strings) -> str:
    """The recommendations to one addressee (shared with the tracker)."""
    headers = [s("col.paragraph"), s("col.recommendation"), s("col.status"), s("col.evidence"), s("col.due")]
    rows = []
    for item in items:
        evidence = s("none")
        if item.evidence:
            text = clip(item.evidence, 300) or ""
            evidence = (s("tracker.evidence_on", date=s.day(item.evidence_date), text=text)
                        if item.evidence_date else text)
        rows.append([f"{esc(item.paragraph or s('none'))}<br>{ref(item.record_id)}", esc(item.title),
                     esc(s.status(item.status, "recommendation")), esc(evidence),
                     esc(s.day(item.due_date))])
    title = s("tracker.addressee_heading", addressee=s.choice("addressee", addressee))
    return f"<h4>{esc(title)}</h4>" + table(headers, rows, widths=(11, 35, 13, 30, 11), dates=(4,))
