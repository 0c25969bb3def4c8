"""OPCAT references in the record form: whole articles ticked, sub-paragraphs typed with an
inline check, both kept as written; and the review date."""

from __future__ import annotations

from PySide6.QtCore import Qt

from npmdesk.gui.forms.field_widgets import VALUE_ROLE
from npmdesk.records import ListQuery, Record
from tests.support.form_helpers import choose, open_form, save, select_row_of, type_into
from tests.support.window_helpers import WAIT_MS, open_window


def tick(form, ref: str) -> None:
    articles = form.envelope.articles_list
    for row in range(articles.count()):
        if articles.item(row).data(VALUE_ROLE) == ref:
            articles.item(row).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(ref)


def ticked(form) -> list[str]:
    articles = form.envelope.articles_list
    return [articles.item(r).data(VALUE_ROLE) for r in range(articles.count())
            if articles.item(r).checkState() == Qt.CheckState.Checked]


def test_precise_references_are_checked_as_typed_and_kept_as_written(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    type_into(qtbot, form, "title", "Request on the mandate")
    choose(form, "direction", "sent")
    choose(form, "channel", "letter")
    tick(form, "20")
    error = form.envelope.errors["articles"]
    refs = form.envelope.article_refs
    refs.setFocus()
    qtbot.keyClicks(refs, "11(1)(b)(ii), 45(b)")
    assert error.isHidden()  # nothing is said while typing
    qtbot.keyClick(refs, Qt.Key.Key_Tab)
    assert error.isVisible()
    assert error.text() == ("“45(b)” is not an OPCAT reference: write an article from 1 to 37 with its "
                            "sub-paragraphs, for example 11(1)(b)(ii) or 19(b).")
    assert refs.accessibleDescription() == error.text()
    save(qtbot, form)
    assert form.isVisible() and store.count(ListQuery()) == 0  # the core refuses it too
    refs.setFocus()
    qtbot.keyClick(refs, Qt.Key.Key_End)
    qtbot.keyClick(refs, Qt.Key.Key_Backspace)  # "11(1)(b)(ii), 45(b": still wrong, still said
    assert error.isVisible()
    for _ in "45(b":
        qtbot.keyClick(refs, Qt.Key.Key_Backspace)
    assert error.isHidden() and refs.accessibleDescription() == ""  # gone as soon as it is right
    qtbot.keyClicks(refs, "19(b)")
    type_into(qtbot, form, "review_date", "2031-01-01")
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)

    [made] = store.list(ListQuery())
    record = store.get(made.id)
    assert record.articles == ["11(1)(b)(ii)", "19(b)", "20"] and record.review_date == "2031-01-01"
    rows = dict(window.workspace.detail.rows())
    lines = rows["OPCAT articles"].splitlines()
    assert [line.split(" — ")[0] for line in lines] == ["Art. 11(1)(b)(ii)", "Art. 19(b)", "Art. 20"]
    assert all(" — " in line for line in lines)  # each with its article's topic
    assert "2031" in rows["Review on"]


def test_a_record_opens_with_whole_articles_ticked_and_precise_ones_typed(qtbot, store) -> None:
    record = store.add(Record(kind="update", title="Budget", articles=["11", "18(3)", "19(b)"],
                              review_date="2030-06-30", fields={"update_type": "compliance"}))
    window = open_window(qtbot, store.vault)
    window.workspace.choose_entry(4)  # Updates
    select_row_of(window, record)
    form = open_form(qtbot, window, Qt.Key.Key_E)
    assert ticked(form) == ["11"] and form.envelope.article_refs.text() == "18(3), 19(b)"
    assert form.envelope.inputs["review_date"].value() == "2030-06-30"
    type_into(qtbot, form, "title", "Budget (revised)")
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)
    assert store.get(record.id).articles == ["11", "18(3)", "19(b)"]
