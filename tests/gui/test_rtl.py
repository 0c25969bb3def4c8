"""The window in Arabic: translated, laid out right to left, left-to-right values isolated inside
Arabic sentences, text fields right-aligned with the caret moving right to left, dates in the
country's Arabic, and NPMDESK_LANG choosing the language for a run."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QStyle

from npmdesk import display
from npmdesk.gui import i18n
from npmdesk.gui.app import configure
from npmdesk.gui.records import formatting
from npmdesk.gui.records.history_dialog import HistoryDialog
from npmdesk.gui.settings.preferences import Preferences
from tests.support.locking_helpers import start_locking_session_fixture  # noqa: F401
from tests.support.record_helpers import communication
from tests.support.window_helpers import WAIT_MS, open_window

FSI, PDI, RLM = "\u2068", "\u2069", "\u200f"
FRENCH_TITLE = "Visite de suivi (Maroc, 2025)"



def test_the_main_window_is_in_arabic_and_right_to_left(qtbot, store, language) -> None:
    language("ar_LB")
    store.add(communication(FRENCH_TITLE))
    window = open_window(qtbot, store.vault)
    assert window.isRightToLeft() and window.workspace.navigator.isRightToLeft()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[0] == "ملف(&F)" and "مساعدة(&H)" in titles
    assert window.lock_action.text() == "قفل(&L)"
    assert window.lock_action.shortcut().toString() == "Ctrl+L"  # shortcuts are not translated
    assert window.workspace.navigator.item(0).text().startswith("الوارد")


def test_a_record_form_is_right_to_left_with_right_aligned_fields_and_caret(qtbot, store, language) -> None:
    language("ar")
    window = open_window(qtbot, store.vault)
    form = window.forms.new("communication")
    qtbot.waitExposed(form)
    assert form.isRightToLeft()
    title = form.findChild(QLineEdit, "titleEdit")
    alignment = QStyle.visualAlignment(title.layoutDirection(), title.alignment())
    assert alignment & Qt.AlignmentFlag.AlignRight
    title.setFocus()
    title.insert("رسالة")  # typed (QTest types ASCII only)
    end = title.cursorRect().center().x()
    title.setCursorPosition(0)
    start = title.cursorRect().center().x()
    assert start > end  # the text starts on the right and the caret moves leftwards


def test_a_latin_title_in_an_arabic_form_keeps_to_the_right_and_reads_left_to_right(qtbot, store, language) -> None:
    """In an Arabic window a field whose text starts with a Latin letter stays at the right edge,
    like an Arabic one, and its caret still moves from left to right through the Latin text."""
    language("ar")
    window = open_window(qtbot, store.vault)
    form = window.forms.new("communication")
    qtbot.waitExposed(form)
    title = form.findChild(QLineEdit, "titleEdit")

    def caret() -> int:  # QLineEdit places its text (and caret) when it paints
        return title.cursorRect().center().x()

    title.setFocus()
    qtbot.waitUntil(lambda: caret() > title.width() / 2)  # an empty field's caret waits at the right
    qtbot.keyClicks(title, "Re: Invitation")
    title.setCursorPosition(0)
    qtbot.waitUntil(lambda: caret() > title.width() / 2)  # the Latin text at the right…
    start = caret()
    title.end(False)
    qtbot.waitUntil(lambda: caret() > start)  # …read from left to right
    language("fr")  # leaving Arabic puts Qt's own alignment back
    assert not title.alignment() & Qt.AlignmentFlag.AlignAbsolute


@pytest.mark.parametrize(("code", "count"), [("ar_LB", "١"), ("ar", "1")])
def test_the_search_is_right_to_left_and_counts_in_arabic(qtbot, store, language, code, count) -> None:
    """Arabic-Indic digits in Lebanon, Latin ones for Arabic without a country (CLDR's defaults,
    as the command line and the reports write them)."""
    language(code)
    store.add(communication(FRENCH_TITLE))
    window = open_window(qtbot, store.vault)
    workspace = window.workspace
    assert workspace.search_box.isRightToLeft() and workspace.search_view.isRightToLeft()
    qtbot.keyClicks(workspace.search_box, "suivi")
    qtbot.waitUntil(lambda: workspace.searching and workspace.search_model.rowCount() == 1, timeout=WAIT_MS)
    assert workspace.list_title.text() == f"البحث: نتيجة واحدة ({count})"
    model = workspace.search_model
    cells = [model.index(0, column).data() for column in range(model.columnCount())]
    assert f"{RLM}{FSI}{FRENCH_TITLE}{PDI}" in cells  # aligned right, read left to right


def test_a_french_title_inside_an_arabic_sentence_is_isolated(qtbot, language) -> None:
    language("ar")
    record = communication(FRENCH_TITLE)
    dialog = HistoryDialog(record, [])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"تاريخ «{RLM}{FSI}{FRENCH_TITLE}{PDI}»"
    sentence = display.sentence(QCoreApplication.translate("ImportDialog", "File: {path}"),
                                path="/home/npm/paquet (1).age")
    assert sentence == f"الملف: {RLM}{FSI}/home/npm/paquet (1).age{PDI}"


def test_left_to_right_values_stay_as_they_are_in_a_left_to_right_window(language) -> None:
    language("fr")
    assert display.gui_line(FRENCH_TITLE) == FRENCH_TITLE
    assert display.sentence("{n} : {path}", n=3, path="/tmp/a.age") == "3 : /tmp/a.age"
    assert display.gui_line("الرباط") == f"{FSI}الرباط{PDI}"  # right-to-left text is always isolated


def test_leaving_arabic_stops_isolating_left_to_right_values(language) -> None:
    language("ar").remove()
    assert display.gui_line(FRENCH_TITLE) == FRENCH_TITLE
    assert display.sentence("{n}", n=3) == "3"


def test_a_value_already_isolated_is_not_isolated_twice(language) -> None:
    language("ar")
    once = display.gui_line(FRENCH_TITLE)
    assert once == f"{RLM}{FSI}{FRENCH_TITLE}{PDI}"
    assert display.sentence("«{title}» {count}", title=once, count=2) == f"«{once}» {RLM}{FSI}2{PDI}"


def test_dates_read_in_the_arabic_of_the_country(language) -> None:
    language("ar_LB")  # Levantine month names, Arabic-Indic digits
    assert formatting.date_text("2026-12-07") == "٧ كانون الأول ٢٠٢٦"
    assert formatting.parse_date_text("٧ كانون الأول ٢٠٢٦") == "2026-12-07"
    language("ar_MA")  # Maghrebi month names, European digits
    assert formatting.day_text(dt.date(2026, 12, 7)) == "7 دجنبر 2026"
    assert formatting.parse_date_text("7 دجنبر 2026") == "2026-12-07"


def test_counts_in_arabic_sentences_use_the_locales_digits(language) -> None:
    language("ar_EG")
    assert QCoreApplication.translate("Dashboard", "Overdue by %n day(s)", "", 12) == "متأخر ١٢ يوماً"
    language("ar")  # no country: CLDR's Arabic writes Latin digits (Qt's own "ar" is Egypt's)
    assert QCoreApplication.translate("Dashboard", "Overdue by %n day(s)", "", 12) == "متأخر 12 يوماً"
    assert formatting.date_text("2026-12-07") == "7 ديسمبر 2026" and formatting.number_text(1234) == "1,234"
    language("ar_TN")
    assert QCoreApplication.translate("Dashboard", "Overdue by %n day(s)", "", 3) == "متأخر 3 أيام"


def test_npmdesk_lang_chooses_the_language_for_one_run(qapp, monkeypatch) -> None:
    Preferences().set_language("fr")
    monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, "ar")
    try:
        configure(qapp)
        assert QCoreApplication.translate("MainWindow", "&File") == "ملف(&F)"
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QLocale().name().startswith("ar")
        assert Preferences().language() == "fr"  # the saved choice is left alone
    finally:
        Preferences().set_language("")
        i18n.apply_language(qapp, "en").remove()


def test_labels_showing_only_a_value_align_right_in_arabic(qtbot, store, language) -> None:
    """A label whose text is a left-to-right value (the NPM's name, a record's title) or an
    isolated glossary name reads right to left, like the window: it starts with a right-to-left
    mark, so its paragraph runs right to left and aligns right."""
    from PySide6.QtWidgets import QLabel

    language("ar")
    store.vault.set_meta("npm_name", "Mecanismo Nacional (demo)")
    window = open_window(qtbot, store.vault)
    vault_label = window.workspace.dashboard.findChild(QLabel, "vaultLabel")
    first_line = vault_label.text().split("\n")[0]
    assert first_line == f"{RLM}{FSI}Mecanismo Nacional (demo){PDI}"
    strong = next(c for c in first_line if unicodedata.bidirectional(c) in ("L", "R", "AL"))
    assert unicodedata.bidirectional(strong) == "R"  # the paragraph runs right to left


def test_choosing_arabic_in_preferences_turns_the_open_window_right_to_left(qtbot, qapp,
                                                                           start_locking_session) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from tests.support.locking_helpers import ManualClock, unlock
    from tests.support.window_helpers import activate, press

    session = start_locking_session(ManualClock())
    unlock(qtbot, session)
    window = session.main_window
    assert not window.isRightToLeft()
    activate(qtbot, window)
    press(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = session.guard.settings_dialog
    qtbot.waitExposed(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ar"))
    try:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: session.main_window not in (None, window), timeout=WAIT_MS)  # no restart
        rebuilt = session.main_window
        assert rebuilt.isRightToLeft() and rebuilt.menuBar().actions()[0].text() == "ملف(&F)"
    finally:
        Preferences().set_language("")
        i18n.apply_language(qapp, "en").remove()


def test_a_record_made_and_edited_in_arabic_stores_no_bidi_marks(qtbot, store, language) -> None:
    """What the window shows isolated (a contact in the counterpart list, a country, a status)
    is stored as it was chosen: no isolate or mark reaches the vault."""
    from npmdesk.records import ListQuery, Record
    from tests.support.form_helpers import choose, open_form, save, select_row_of, type_into
    from tests.support.window_helpers import activate

    language("ar")
    rapporteur = store.add(Record(kind="contact", title="Rapporteur Ortiz", status="active",
                                  fields={"role": "country_rapporteur"}))
    window = open_window(qtbot, store.vault)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    type_into(qtbot, form, "title", FRENCH_TITLE)
    choose(form, "direction", "sent")
    choose(form, "channel", "email")
    choose(form, "counterpart", rapporteur.id)
    type_into(qtbot, form, "country", "المغرب")  # Morocco, typed by its Arabic name
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)
    [made] = store.list(ListQuery(kinds=("communication",)))
    record = store.get(made.id)
    assert (record.title, record.counterpart, record.country) == (FRENCH_TITLE, rapporteur.id, "MA")
    activate(qtbot, window)
    select_row_of(window, record)
    form = open_form(qtbot, window, Qt.Key.Key_E)
    assert form.envelope.inputs["title"].text() == FRENCH_TITLE  # the field holds the text itself
    save(qtbot, form)  # unchanged: nothing new is written
    stored = store.get(made.id)
    assert not any(mark in repr(stored) for mark in (FSI, PDI, RLM))


@pytest.mark.parametrize("code", ["ar_LB", "ar_TN", "ar"])
def test_the_window_and_its_reports_write_the_same_dates_and_digits(language, code) -> None:
    """A report made from the window (in the window's language) follows the window's locale."""
    from npmdesk.reports.strings import Strings

    language(code)
    report = Strings("ar")
    assert report.date("2026-12-07") == formatting.date_text("2026-12-07")
    assert report.number(1234) == QLocale().toString(1234)
