"""A report's form offers only the statuses of its type (an NPM does not "reply" to the report to the
State), follows a change of type, and saves the dates of the report's track."""

from __future__ import annotations

from npmdesk.gui.forms.record_form import RecordFormDialog
from npmdesk.records import ListQuery, Record
from npmdesk.records.kinds import REPORT_STATUSES
from tests.support.form_helpers import choose, save, type_into, unnamed_controls
from tests.support.window_helpers import WAIT_MS, open_window


def offered(form) -> list[str | None]:
    combo = form.envelope.inputs["status"]
    return [combo.itemData(n) for n in range(combo.count())]


def test_the_status_list_follows_the_report_type_and_the_track_is_saved(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    window.forms.new_kind_menu.findChild(object, "new_report_action").trigger()
    form = window.forms.forms[-1]
    qtbot.waitExposed(form)
    assert offered(form)[1:] == list(dict.fromkeys(s for v in REPORT_STATUSES.values() for s in v))  # no type yet
    choose(form, "report_type", "visit_report_to_state")
    assert offered(form) == [None, "received", "under_review", "state_replied", "published"]
    choose(form, "status", "state_replied")
    choose(form, "report_type", "report_to_npm")
    assert offered(form) == [None, "received", "under_review", "npm_replied", "published", "kept_confidential"]
    assert form.envelope.inputs["status"].currentData() is None  # "State replied" is not a status of this type
    choose(form, "status", "npm_replied")
    choose(form, "report_type", "visit_report_to_state")
    choose(form, "report_type", "report_to_npm")
    assert form.envelope.inputs["status"].currentData() is None
    choose(form, "status", "received")
    choose(form, "report_type", "npm_reply")
    assert form.envelope.inputs["status"].currentData() is None and offered(form) == [None, "draft", "sent",
                                                                                     "published"]
    choose(form, "report_type", "report_to_npm")
    choose(form, "status", "received")
    type_into(qtbot, form, "title", "SPT report to the NPM")
    type_into(qtbot, form, "transmitted_on", "2026-06-05")
    choose(form, "obtained_via", "from_spt")
    type_into(qtbot, form, "reply_due", "2026-12-31")
    choose(form, "publication", "undecided")
    assert unnamed_controls(form) == []
    save(qtbot, form)
    qtbot.waitUntil(lambda: store.count(ListQuery(kinds=("report",))) == 1, timeout=WAIT_MS)
    [made] = store.list(ListQuery(kinds=("report",)))
    record = store.get(made.id)
    assert record.status == "received"
    assert record.fields == {"report_type": "report_to_npm", "transmitted_on": "2026-06-05",
                             "obtained_via": "from_spt", "reply_due": "2026-12-31", "publication": "undecided"}


def test_a_stored_status_outside_the_list_is_kept(qtbot, store) -> None:
    report = store.add(Record(kind="report", title="Old report", status="received",
                              fields={"report_type": "visit_report_to_state"}))
    form = RecordFormDialog(store, Record(**{**report.__dict__, "status": "npm_replied"}))
    qtbot.addWidget(form)
    assert offered(form) == [None, "received", "under_review", "state_replied", "published", "npm_replied"]
    assert form.envelope.inputs["status"].currentData() == "npm_replied"
    assert form.collect().status == "npm_replied"
    form.fields.inputs["report_type"].setCurrentIndex(form.fields.inputs["report_type"].findData("report_to_npm"))
    assert form.envelope.inputs["status"].currentData() == "npm_replied"  # now one of the type's statuses
    form.discard()
