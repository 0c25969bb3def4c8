"""The kinds and fields issue 13 added, created through the window: a public or joint statement,
a request for advice with where its answer was published, updates on the SPT's article 17 list
and on a CAT public statement, each from its list in the navigator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from npmdesk.gui.forms.field_widgets import ALIAS_FIELDS
from npmdesk.gui.navigator import ENTRIES
from npmdesk.records import ListQuery, kinds
from tests.support.form_helpers import choose, open_form, save, type_into, unnamed_controls
from tests.support.window_helpers import WAIT_MS, open_window

ROWS = {entry.key: row for row, entry in enumerate(ENTRIES)}


def new_in(qtbot, window, entry: str):
    window.workspace.choose_entry(ROWS[entry])
    return open_form(qtbot, window, Qt.Key.Key_N)


def saved(qtbot, form, store, kind: str):
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible() or form.form_error.isVisible(), timeout=WAIT_MS)
    assert not form.isVisible(), form.form_error.text()
    [summary] = store.list(ListQuery(kinds=(kind,)))
    return store.get(summary.id)


def test_a_joint_statement_is_made_from_the_statements_list(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    form = new_in(qtbot, window, "statements")
    assert form.record.kind == "statement" and unnamed_controls(form) == []
    type_into(qtbot, form, "title", "Joint statement of the regional NPM network on 26 June")
    save(qtbot, form)
    assert form.fields.errors["statement_type"].text() == "Statement type is required."
    choose(form, "statement_type", "npm_network")
    type_into(qtbot, form, "issued_by", "South-East Europe NPM Network")
    type_into(qtbot, form, "signatories", "NPM of Albania\nNPM of Serbia")
    type_into(qtbot, form, "url", "https://example.org/statement")
    record = saved(qtbot, form, store, "statement")
    assert record.fields == {"statement_type": "npm_network", "issued_by": "South-East Europe NPM Network",
                             "signatories": ["NPM of Albania", "NPM of Serbia"], "url": "https://example.org/statement"}
    assert window.workspace.detail.record.id == record.id


def test_a_request_for_advice_records_its_type_and_where_the_answer_was_published(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    assert window.workspace.navigator.item(ROWS["interpretation"]).text().startswith("Requests for advice")
    form = new_in(qtbot, window, "interpretation")
    assert form.record.kind == "interpretation_request"
    fields = form.fields.widget
    layout = fields.layout()
    order = [layout.itemAt(row, layout.ItemRole.FieldRole).widget().objectName() for row in range(layout.rowCount())
             if layout.itemAt(row, layout.ItemRole.LabelRole) is not None]
    assert order[:2] == ["field_request_type", "field_question"] and order[-1] == "field_published_in"
    assert fields.findChild(QLabel, "label_published_in").buddy() is form.fields.inputs["published_in"]
    type_into(qtbot, form, "title", "Advice on the draft NPM law")
    choose(form, "request_type", "legislation")
    type_into(qtbot, form, "question", "Does the draft law meet article 18?")
    type_into(qtbot, form, "published_in", "CAT/OP/12/6, annex")
    type_into(qtbot, form, "articles", "11(1)(b)(ii)")
    record = saved(qtbot, form, store, "interpretation_request")
    assert record.fields["request_type"] == "legislation" and record.fields["published_in"] == "CAT/OP/12/6, annex"
    assert record.articles == ["11(1)(b)(ii)"]


@pytest.mark.parametrize("update_type", ["article_17_list", "cat_public_statement"])
def test_an_update_records_the_article_17_list_or_a_cat_public_statement(qtbot, store, update_type) -> None:
    window = open_window(qtbot, store.vault)
    form = new_in(qtbot, window, "updates")
    type_into(qtbot, form, "title", "SPT list under article 17")
    choose(form, "update_type", update_type)
    record = saved(qtbot, form, store, "update")
    assert record.fields["update_type"] == update_type


def test_every_kind_can_be_created_from_the_new_of_kind_menu(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    for kind, spec in kinds.KINDS.items():
        window.forms.new_kind_menu.findChild(object, f"new_{kind}_action").trigger()
        form = window.forms.forms[-1]
        type_into(qtbot, form, "title", f"A new {kind}")
        for fs in spec.fields:
            if not fs.required:
                continue
            if fs.name in ALIAS_FIELDS:
                dialog = form.person_fields.new_person_for(form.fields.inputs[fs.name])
                dialog.real_name.setText("Ahmed Benali")
                dialog.accept()
            elif fs.type == kinds.CHOICE:
                choose(form, fs.name, fs.choices[0])
            else:
                type_into(qtbot, form, fs.name, "2026" if fs.type == kinds.INT else "Some text")
        saved(qtbot, form, store, kind)
    assert store.count(ListQuery()) == len(kinds.KINDS)
