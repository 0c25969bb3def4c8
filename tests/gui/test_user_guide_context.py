"""F1 on the attachments, in a record's form, on the selected record, in the Reports window, in a
visit's workspace, in the recommendations tracker, in Preferences, in the preview of saved email and in
the Team window opens the guide's page about it (attachments.md, window.md, reports.md, visits.md,
preferences.md, mail.md, team.md at its section), in the user's language; in Arabic and Russian an
English anchor of those pages lands on the translated heading."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import QSettings, Qt

from npmdesk.gui.help import guide
from npmdesk.gui.help.window import UserGuideWindow
from npmdesk.gui.navigator import ENTRIES
from npmdesk.gui.settings.dialog import SettingsDialog
from npmdesk.gui.settings.preferences import Preferences
from npmdesk.records import Record, attachments
from tests.support import mail_samples
from tests.support.visit_helpers import visit_dossier
from tests.support.window_helpers import WAIT_MS, activate, open_window, press, press_f1_in

PAGES = {  # language: the first words of window.md, attachments.md and reports.md in that language
    "fr": ("La fenêtre a trois volets", "Toute fiche peut porter des fichiers", "npmdesk produit trois rapports"),
    "es": ("La ventana tiene tres paneles", "Cualquier registro puede llevar archivos",
           "npmdesk elabora tres informes"),
    "pt": ("A janela tem três painéis", "Qualquer registo pode levar ficheiros", "O npmdesk produz três relatórios"),
    "ar": ("للنافذة ثلاثة أجزاء", "يمكن أن يحمل أي سجل ملفات من أي حجم", "يُعدّ npmdesk ثلاثة تقارير"),
    "ru": ("Окно состоит из трёх панелей", "К любой записи можно прикрепить файлы", "npmdesk составляет три отчёта"),
}


@pytest.mark.parametrize("code", PAGES)
def test_f1_on_attachments_a_form_a_record_and_the_reports_window(qtbot, store, language, code) -> None:
    window_words, attachments_words, reports_words = PAGES[code]
    record = store.add(Record(kind="communication", title="Carta", date="2026-03-02", status="sent",
                              fields={"direction": "sent", "channel": "letter"}))
    attachments.add(store, record.id, "annex.txt", io.BytesIO(b"annex"))
    language(code)
    window = open_window(qtbot, store.vault)
    workspace = window.workspace
    workspace.list_view.setCurrentIndex(workspace.list_model.index(0, 0))
    qtbot.waitUntil(lambda: workspace.detail.attachments_list.count() == 1, timeout=WAIT_MS)

    press_f1_in(qtbot, workspace.detail.attachments_list)
    qtbot.waitUntil(lambda: window.help.guide is not None and window.help.guide.isVisible(), timeout=WAIT_MS)
    shown = window.help.guide
    assert (shown.current.name, shown.current.language) == ("attachments.md", code)
    assert attachments_words in shown.browser.toPlainText() and not shown.note.isVisible()

    activate(qtbot, window)
    press_f1_in(qtbot, workspace.detail.body_view)  # the selected record, in the detail pane
    qtbot.waitUntil(lambda: shown.current.name == "window.md", timeout=WAIT_MS)
    assert shown.current.language == code and window_words in shown.browser.toPlainText()

    window.reports.show_dialog()  # File → Reports…
    reports = window.reports.dialog
    qtbot.waitExposed(reports)
    press_f1_in(qtbot, reports.form.kind_combo)
    qtbot.waitUntil(lambda: shown.current.name == "reports.md", timeout=WAIT_MS)
    assert shown.current.language == code and reports_words in shown.browser.toPlainText()
    assert not shown.note.isVisible()

    activate(qtbot, window)
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # a new record's form, a window of its own
    qtbot.waitUntil(lambda: len(window.forms.forms) == 1, timeout=WAIT_MS)
    form = window.forms.forms[-1]
    qtbot.waitExposed(form)
    press_f1_in(qtbot, form.focusWidget() or form)
    qtbot.waitUntil(lambda: shown.current.name == "window.md", timeout=WAIT_MS)
    assert shown.current.language == code and window_words in shown.browser.toPlainText()
    shown.back_button.click()  # each F1 added to the guide's history
    assert shown.current.name == "reports.md"


@pytest.mark.parametrize(("code", "attaching", "command_line"), [
    pytest.param("ar", "إرفاق الملفات أثناء الكتابة", "من سطر الأوامر", id="ar"),
    pytest.param("ru", "Прикрепление файлов при написании", "Из командной строки", id="ru"),
])
def test_an_english_anchor_of_these_pages_finds_the_arabic_and_russian_heading(qtbot, code, attaching,
                                                                                command_line) -> None:
    """A link or F1 topic naming an English section of window.md or reports.md scrolls the translated
    page to the same section: the translations keep the English headings in their order."""
    shown = UserGuideWindow(language=code)
    qtbot.addWidget(shown)
    for name, anchor, heading in (("window.md", "attaching-files-while-writing", attaching),
                                  ("reports.md", "from-the-command-line", command_line)):
        assert shown.show_page(name, anchor)
        assert shown.current.language == code and not shown.note.isVisible()
        assert shown.browser.textCursor().block().text() == heading
        assert len(shown.current.sections) == len(guide.page(name, "en").sections)


SECTIONS = {  # language: the headings of visits.md about the visit workspace and the recommendations tracker
    "fr": ("L'espace de travail de la visite", "Le suivi des recommandations"),
    "es": ("El espacio de trabajo de la visita", "El seguimiento de recomendaciones"),
    "pt": ("A área de trabalho da visita", "O seguimento das recomendações"),
}


@pytest.mark.parametrize("code", SECTIONS)
def test_f1_in_a_visit_workspace_and_the_recommendations_tracker(qtbot, store, language, code) -> None:
    """F1 in a visit's checklist opens visits.md at its section on the visit workspace, and F1 in the
    recommendations tracker at its section on the tracker, both headings found in the user's language."""
    workspace_heading, tracker_heading = SECTIONS[code]
    visit = visit_dossier(store).visit
    language(code)
    window = open_window(qtbot, store.vault)
    workspace = window.workspace
    window.entry_actions[next(row for row, entry in enumerate(ENTRIES) if entry.key == "visits")].trigger()
    model = workspace.list_model
    row = next(n for n in range(model.rowCount()) if model.summary(n).id == visit.id)
    workspace.list_view.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(lambda: workspace.visit_workspace.isVisible(), timeout=WAIT_MS)

    press_f1_in(qtbot, workspace.visit_workspace.tree)
    qtbot.waitUntil(lambda: window.help.guide is not None and window.help.guide.isVisible(), timeout=WAIT_MS)
    shown = window.help.guide
    assert (shown.current.name, shown.current.language) == ("visits.md", code) and not shown.note.isVisible()
    assert shown.browser.textCursor().block().text() == workspace_heading

    activate(qtbot, window)
    window.entry_actions[next(row for row, entry in enumerate(ENTRIES) if entry.key == "recommendations")].trigger()
    qtbot.waitUntil(lambda: workspace.tracker.isVisible(), timeout=WAIT_MS)
    press_f1_in(qtbot, workspace.tracker.table)
    qtbot.waitUntil(lambda: shown.browser.textCursor().block().text() == tracker_heading, timeout=WAIT_MS)
    assert (shown.current.name, shown.current.language) == ("visits.md", code)


def heading_of(page: guide.Page, english_anchor: str) -> str:
    """The heading of `page` at the place of the English page's heading `english_anchor`."""
    english = guide.page(page.name, "en")
    assert english is not None
    position = guide.anchors(english.text).index(english_anchor)
    return [title for _level, title in guide.headings(page.text)][position]


DIALOG_SECTIONS = {  # language: the headings of preferences.md, mail.md and team.md that F1 finds
    "fr": ("Préférences (Édition → Préférences…, Ctrl+,)", "Importer des courriels", "Mettre l'équipe en place"),
    "es": ("Preferencias (Edición → Preferencias…, Ctrl+,)", "Traer el correo", "Poner en marcha el equipo"),
    "pt": ("Preferências (Editar → Preferências…, Ctrl+,)", "Trazer o correio", "Preparar a equipa"),
    "ar": None,  # whichever language the page is in: the heading at the English heading's place
    "ru": None,
}


@pytest.mark.parametrize("code", DIALOG_SECTIONS)
def test_f1_in_preferences_the_email_preview_and_the_team_window(qtbot, store, language, code, tmp_path) -> None:
    """F1 in Edit → Preferences…, in the preview of saved email and in Edit → Team… opens
    preferences.md, mail.md and team.md at their sections on these windows, in the user's language."""
    language(code)
    window = open_window(qtbot, store.vault)
    settings = SettingsDialog(Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)),
                              store, window)
    settings.show()
    qtbot.waitExposed(settings)
    mail_file = tmp_path / "visit.eml"
    mail_file.write_bytes(mail_samples.thunderbird_utf8())

    def opened(at, name: str, english_anchor: str, heading: str | None) -> None:
        press_f1_in(qtbot, at)
        qtbot.waitUntil(lambda: window.help.guide is not None and window.help.guide.isVisible(), timeout=WAIT_MS)
        shown = window.help.guide
        qtbot.waitUntil(lambda: shown.current.name == name, timeout=WAIT_MS)
        assert shown.browser.textCursor().block().text() == heading_of(shown.current, english_anchor)
        if heading is not None:
            assert shown.current.language == code and not shown.note.isVisible()
            assert shown.browser.textCursor().block().text() == heading

    headings = DIALOG_SECTIONS[code] or (None, None, None)
    opened(settings.idle_spin, "preferences.md", "preferences-edit--preferences-ctrl", headings[0])
    settings.close()

    preview = window.mail.open_paths([mail_file])
    assert preview is not None
    qtbot.waitExposed(preview)
    qtbot.waitUntil(lambda: preview.job is None and preview.plan is not None, timeout=WAIT_MS)
    opened(preview.messages_view, "mail.md", "bringing-email-in", headings[1])
    preview.close()

    window.team.show_dialog()  # Edit → Team…
    team = window.team.dialog
    assert team is not None
    qtbot.waitExposed(team)
    opened(team.folder_button, "team.md", "setting-up-the-team", headings[2])
