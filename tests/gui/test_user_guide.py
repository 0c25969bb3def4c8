"""Help → User Guide (F1): the guide that ships with npmdesk, offline, in the user's language."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from npmdesk.gui.help import context, guide
from npmdesk.gui.help.window import UserGuideWindow
from tests.support.exchange_helpers import wait_idle
from tests.support.window_helpers import WAIT_MS, activate, open_window, press, press_f1_in


def guide_window(qtbot, new_vault) -> UserGuideWindow:
    window = open_window(qtbot, new_vault[0])
    action = window.help.action
    assert action in window.help_menu.actions() and action.shortcut().toString() == "F1"
    press(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help.guide is not None and window.help.guide.isVisible(), timeout=WAIT_MS)
    return window.help.guide


def contents_titles(shown: UserGuideWindow) -> list[str]:
    return [shown.contents.topLevelItem(i).text(0) for i in range(shown.contents.topLevelItemCount())]


def test_f1_opens_the_guide_with_its_contents_on_the_start_page(qtbot, new_vault) -> None:
    shown = guide_window(qtbot, new_vault)
    assert shown.current.name == "index.md"
    assert "First steps" in shown.browser.toPlainText()
    titles = contents_titles(shown)
    assert titles[:2] == ["npmdesk User Guide", "Working in the window"]  # the start page's order
    assert {"Working in the window", "Records", "Backups, restore and emergency erase"} <= set(titles)
    assert len(titles) == len(guide.page_names()) > 10
    start = shown.contents.topLevelItem(0)
    assert [start.child(i).text(0) for i in range(start.childCount())][:1] == ["First steps"]


def test_contents_and_links_between_pages_open_inside_the_window(qtbot, new_vault) -> None:
    shown = guide_window(qtbot, new_vault)
    shown.follow(QUrl("records.md"))  # a link of the start page, as a click delivers it
    assert shown.current.name == "records.md"
    assert "Every exchange with the SPT is a record" in shown.browser.toPlainText()
    item = next(shown.contents.topLevelItem(i) for i in range(shown.contents.topLevelItemCount())
                if shown.contents.topLevelItem(i).text(0) == "Your vault and its safety")
    section = next(item.child(i) for i in range(item.childCount()) if item.child(i).text(0).startswith("What npmdesk"))
    shown.contents.itemClicked.emit(section, 0)
    assert shown.current.name == "vault.md"
    assert shown.browser.textCursor().block().text().startswith("What npmdesk promises")
    shown.back_button.click()
    assert shown.current.name == "records.md"


def test_a_click_on_a_link_in_the_page_follows_it(qtbot, new_vault) -> None:
    shown = guide_window(qtbot, new_vault)
    cursor = shown.browser.document().find("Records", 0, QTextDocument.FindFlag.FindCaseSensitively)
    while not cursor.charFormat().isAnchor():
        cursor = shown.browser.document().find("Records", cursor, QTextDocument.FindFlag.FindCaseSensitively)
    assert cursor.charFormat().anchorHref() == "records.md"
    cursor.setPosition(cursor.position() - 3)  # inside the link's text
    shown.browser.setTextCursor(cursor)
    shown.browser.ensureCursorVisible()
    where = shown.browser.cursorRect(cursor).center()
    qtbot.mouseClick(shown.browser.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: shown.current.name == "records.md", timeout=WAIT_MS)
    assert "Every exchange with the SPT is a record" in shown.browser.toPlainText()


def test_a_web_link_is_shown_not_opened(qtbot, new_vault) -> None:
    shown = guide_window(qtbot, new_vault)
    shown.follow(QUrl("https://age-encryption.org"))
    box = shown.external_box
    assert isinstance(box, QMessageBox) and "https://age-encryption.org" in box.informativeText()
    assert shown.current.name == "index.md"
    assert shown.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                      QUrl("https://example.org/tracker.png")) is None
    box.close()


def test_ctrl_f_finds_words_in_the_page(qtbot, new_vault) -> None:
    shown = guide_window(qtbot, new_vault)
    qtbot.keyClick(shown.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert shown.find_bar.isVisible() and shown.find_field.hasFocus()
    qtbot.keyClicks(shown.find_field, "vault")
    assert shown.browser.textCursor().selectedText().lower() == "vault"
    first = shown.browser.textCursor().position()
    qtbot.keyClick(shown.find_field, Qt.Key.Key_Return)
    second = shown.browser.textCursor().position()
    assert second > first and shown.browser.textCursor().selectedText().lower() == "vault"
    qtbot.keyClick(shown.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert shown.browser.textCursor().position() == first
    qtbot.keyClicks(shown.find_field, "zzz")
    assert shown.find_status.text() == "Not found"
    qtbot.keyClick(shown.find_field, Qt.Key.Key_Escape)
    assert not shown.find_bar.isVisible()


def without_translation(monkeypatch, tmp_path, code: str, name: str) -> None:
    """The guide as shipped, less the page `name` in `code` (so that it falls back to English)."""
    root = tmp_path / "guide"
    shutil.copytree(guide.guide_root(), root)
    (root / code / name).unlink()
    monkeypatch.setattr(guide, "guide_root", lambda: root)


def test_the_guide_is_in_french_when_the_window_is(qtbot, new_vault, language, monkeypatch, tmp_path) -> None:
    without_translation(monkeypatch, tmp_path, "fr", "preferences.md")
    language("fr")
    shown = guide_window(qtbot, new_vault)
    assert "Premiers pas" in shown.browser.toPlainText()
    assert contents_titles(shown)[0] == "Guide de l'utilisateur de npmdesk"
    assert not shown.note.isVisible()
    shown.follow(QUrl("../en/preferences.md"))  # a page not translated: shown in English, with a note
    assert "npmdesk locks the vault by itself" in shown.browser.toPlainText()
    assert shown.note.isVisible()


@pytest.mark.parametrize(("code", "first_steps", "title"), [
    ("ar", "الخطوات الأولى", "دليل مستخدم npmdesk"),
    ("ru", "Первые шаги", "Руководство пользователя npmdesk"),
    ("pt", "Primeiros passos", "Guia de utilização do npmdesk"),
])
def test_the_guide_speaks_arabic_russian_and_portuguese(qtbot, new_vault, language, code, first_steps, title,
                                                       monkeypatch, tmp_path) -> None:
    english_only = "backups.md"
    without_translation(monkeypatch, tmp_path, code, english_only)
    language(code)
    shown = guide_window(qtbot, new_vault)
    assert first_steps in shown.browser.toPlainText() and contents_titles(shown)[0] == title
    assert not shown.note.isVisible()
    direction = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
    assert shown.layoutDirection() == direction
    assert shown.browser.document().begin().textDirection() == direction  # the title, as its language reads
    shown.follow(QUrl(f"../en/{english_only}"))  # not translated yet: shown in English, and the window says so
    assert shown.current.title == guide.page(english_only, "en").title and shown.note.isVisible()
    assert shown.note.text() != "This page is not translated yet: it is shown in English."


EMERGENCY_PAGES = {  # language: (title of backups.md, of vault.md, a heading of vault.md)
    "fr": ("Sauvegardes, restauration et effacement d'urgence", "Votre coffre-fort et sa sécurité",
           "Le menu Coffre-fort : changer la phrase secrète, vérifier, restaurer"),
    "es": ("Copias de seguridad, restauración y borrado de emergencia", "Su caja fuerte y su seguridad",
           "El menú Caja fuerte: cambiar la frase de contraseña, comprobar, restaurar"),
    "ar": ("النسخ الاحتياطية والاستعادة والمسح الطارئ", "خزنتكم وأمانها",
           "قائمة الخزنة: تغيير عبارة المرور، الفحص، الاستعادة"),
    "ru": ("Резервные копии, восстановление и экстренное удаление", "Ваше хранилище и его безопасность",
           "Меню «Хранилище»: смена парольной фразы, проверка, восстановление"),
    "pt": ("Cópias de segurança, restauro e apagamento de emergência", "O seu cofre e a sua segurança",
           "O menu Cofre: mudar a frase secreta, verificar, restaurar"),
}


@pytest.mark.parametrize("code", EMERGENCY_PAGES)
def test_the_pages_needed_in_an_emergency_are_in_every_language(qtbot, code) -> None:
    """Backups, restore and emergency erase, and the vault's safety (unlock, passphrase, recovery
    code), linked from the start page, read in the user's language, with their sections."""
    backups, vault, menu_section = EMERGENCY_PAGES[code]
    shown = UserGuideWindow(language=code)
    qtbot.addWidget(shown)
    shown.follow(QUrl("backups.md"))  # the start page's links
    assert shown.current.language == code and shown.current.title == backups and not shown.note.isVisible()
    assert "npmdesk destroy --yes-destroy" in shown.browser.toPlainText()
    shown.follow(QUrl("vault.md"))
    assert shown.current.language == code and shown.current.title == vault and not shown.note.isVisible()
    assert "npmdesk restore" in shown.browser.toPlainText() and "npmdesk passwd" in shown.browser.toPlainText()
    english = guide.page("vault.md", "en")
    assert len(shown.current.sections) == len(english.sections) and menu_section in shown.current.sections
    assert {backups, vault} <= set(contents_titles(shown))


ESSENTIAL_PAGES = {  # language: {page: (its title, a heading of its own, words of its text)}
    "ar": {"records.md": ("السجلات", None, "كل تبادل مع اللجنة الفرعية سجلٌّ"),
           "search.md": ("البحث", "عوامل تصفية البحث", "مسح عوامل التصفية"),
           "sharing.md": ("المشاركة مع اللجنة الفرعية: حزم موقّعة ومشفّرة", "التصدير من التحديد",
                          "قارنتُ البصمة مع المرسل")},
    "ru": {"records.md": ("Записи", None, "Каждый обмен с Подкомитетом — это запись"),
           "search.md": ("Поиск", "Фильтры поиска", "Сбросить фильтры"),
           "sharing.md": ("Обмен с Подкомитетом: подписанные зашифрованные пакеты", "Экспорт выбранного",
                          "Я сверил отпечаток с отправителем")},
}


@pytest.mark.parametrize("code", ESSENTIAL_PAGES)
def test_records_search_and_sharing_read_in_arabic_and_russian(qtbot, new_vault, language, code) -> None:
    """F1, then the start page's links: the records, search and sharing pages in the window's
    language, with as many sections as the English pages, and the window's own words for its controls."""
    language(code)
    shown = guide_window(qtbot, new_vault)
    direction = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
    for name, (title, section, words) in ESSENTIAL_PAGES[code].items():
        shown.follow(QUrl(name))
        assert shown.current.language == code and shown.current.title == title and not shown.note.isVisible()
        assert words in shown.browser.toPlainText()
        assert shown.browser.document().begin().textDirection() == direction
        english = guide.page(name, "en")
        assert len(shown.current.sections) == len(english.sections)
        if section is not None:  # the contents' entry for the section scrolls to its heading
            assert section in shown.current.sections and shown.show_page(name, guide.slug(section))
            assert shown.browser.textCursor().block().text() == section
    shown.follow(QUrl("records.md"))  # search.md's link to records.md stays in the language
    assert shown.current.language == code
    assert {title for title, _section, _words in ESSENTIAL_PAGES[code].values()} <= set(contents_titles(shown))


def f1_on(qtbot, window, widget: QWidget) -> UserGuideWindow:
    """F1 with the keyboard focus on `widget` (in the main window or in a dialog of its own)."""
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=WAIT_MS)
    QTest.keyClick(widget.window().windowHandle(), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help.guide is not None and window.help.guide.isVisible(), timeout=WAIT_MS)
    return window.help.guide


def test_f1_opens_the_page_about_the_list_the_search_box_and_a_package_dialog(qtbot, new_vault, language) -> None:
    """In Russian: F1 on the records list opens the records page, in the search box the search page,
    and in the export dialog the sharing page at its heading about exporting, each in Russian; the
    Help menu opens the guide where it was left."""
    language("ru")
    window = open_window(qtbot, new_vault[0])
    shown = f1_on(qtbot, window, window.workspace.list_view)
    assert (shown.current.name, shown.current.language, shown.current.title) == ("records.md", "ru", "Записи")
    assert f1_on(qtbot, window, window.workspace.search_box) is shown
    assert (shown.current.name, shown.current.language) == ("search.md", "ru")
    window.help.action.trigger()  # the menu: as it was left
    assert shown.current.name == "search.md"
    window.exchange.export_action.trigger()  # File → Export…
    qtbot.waitUntil(lambda: len(window.exchange.dialogs) == 1, timeout=WAIT_MS)
    dialog = window.exchange.dialogs[0]
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, dialog)
    f1_on(qtbot, window, dialog.everything_radio)
    assert (shown.current.name, shown.current.language) == ("sharing.md", "ru")
    assert shown.browser.textCursor().block().text() == "Экспорт"  # "### Export", found in Russian


def test_f1_in_arabic_finds_the_arabic_heading_of_the_english_anchor(qtbot) -> None:
    shown = UserGuideWindow(language="ar")
    qtbot.addWidget(shown)
    assert shown.show_page("sharing.md", "adding-a-new-spt-recipient")
    assert shown.current.language == "ar"
    assert shown.browser.textCursor().block().text() == "إضافة مستلم جديد من اللجنة الفرعية"
    english = guide.page("sharing.md", "en")
    assert guide.local_anchor(english, "adding-a-new-spt-recipient") == "adding-a-new-spt-recipient"


def test_every_f1_topic_names_a_page_and_heading_of_the_english_guide() -> None:
    for target in context.TOPICS.values():
        name, _hash, section = target.partition("#")
        page = guide.page(name, "en")
        assert page is not None and page.language == "en", target
        assert not section or section in guide.anchors(page.text), target


_LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.mark.parametrize("code", guide.languages())
def test_every_local_link_of_a_guide_page_leads_to_a_page_and_heading_that_exist(code) -> None:
    """A link from a page of the guide to another file (another page, the English page not yet
    translated, a picture) finds that file, and its #anchor a heading of that page."""
    for path in sorted((guide.guide_root() / code).glob("*.md")):
        for target in _links(path.read_text(encoding="utf-8")):
            if ":" in target:  # https:, mailto:: shown, never opened
                continue
            file, _hash, anchor = target.partition("#")
            page_path = (path.parent / file).resolve() if file else path
            assert page_path.is_file(), f"{path.name} ({code}) links to a missing {target}"
            if anchor:
                slugs = {guide.slug(text) for text in _all_headings(page_path.read_text(encoding="utf-8"))}
                assert anchor in slugs, f"{path.name} ({code}) links to a missing heading {target}"


def _links(markdown: str) -> list[str]:
    return _LINK.findall(_outside_code(markdown))


def _all_headings(markdown: str) -> list[str]:
    return [text for _hashes, text in _HEADING.findall(_outside_code(markdown))]


def test_every_page_is_reachable_and_its_pictures_load_from_the_program(qtbot) -> None:
    shown = UserGuideWindow(language="es")
    qtbot.addWidget(shown)
    assert "Primeros pasos" in shown.browser.toPlainText()
    for name in guide.page_names():
        assert shown.show_page(name)
        images = [fmt for block in _blocks(shown.browser.document()) for fmt in _image_names(block)]
        for image in images:
            assert shown.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(image)), image


def _blocks(document: QTextDocument):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _image_names(block) -> list[str]:
    names = []
    iterator = block.begin()
    while not iterator.atEnd():
        fmt = iterator.fragment().charFormat()
        if fmt.isImageFormat():
            names.append(fmt.toImageFormat().name())
        iterator += 1
    return names


TRANSLATED = {  # language: the first words of records.md, search.md and sharing.md in that language
    "fr": ("Chaque échange avec le SPT est une fiche", "Ctrl+K** cherche partout", "Rien ne quitte le coffre-fort"),
    "es": ("Cada intercambio con el SPT es un registro", "Ctrl+K** busca en todo", "Nada sale de la caja fuerte"),
    "pt": ("Cada troca com o SPT é um registo", "Ctrl+K** pesquisa em tudo", "Nada sai do cofre"),
}


@pytest.mark.parametrize("code", TRANSLATED)
def test_f1_opens_the_page_about_what_has_the_focus_in_the_users_language(qtbot, store, language, code) -> None:
    """F1 on the records list, in the search box and in a package dialog opens the guide's page
    about it (records.md, search.md, sharing.md), translated, without the "not translated" note."""
    records, search, sharing = (words.replace("**", "") for words in TRANSLATED[code])
    language(code)
    window = open_window(qtbot, store.vault)
    press_f1_in(qtbot, window.workspace.list_view)
    qtbot.waitUntil(lambda: window.help.guide is not None and window.help.guide.isVisible(), timeout=WAIT_MS)
    shown = window.help.guide
    assert (shown.current.name, shown.current.language) == ("records.md", code)
    assert records in shown.browser.toPlainText() and not shown.note.isVisible()

    activate(qtbot, window)
    press_f1_in(qtbot, window.workspace.search_box)
    qtbot.waitUntil(lambda: shown.current.name == "search.md", timeout=WAIT_MS)
    assert shown.current.language == code and search in shown.browser.toPlainText() and not shown.note.isVisible()

    window.exchange.share_keys_action.trigger()  # Share My Keys…, one of the package dialogs
    dialog = window.exchange.dialogs[-1]
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: shown.current.name == "sharing.md", timeout=WAIT_MS)
    assert shown.current.language == code and sharing in shown.browser.toPlainText() and not shown.note.isVisible()
    shown.back_button.click()  # F1 adds to the guide's history
    assert shown.current.name == "search.md"


def test_f1_elsewhere_opens_the_start_page_and_leaves_an_open_guide_where_it_is(qtbot, new_vault) -> None:
    shown = guide_window(qtbot, new_vault)  # the navigator has the focus: no page about it
    assert shown.current.name == "index.md"
    shown.show_page("backups.md")
    window = shown.parentWidget()
    activate(qtbot, window)
    window.workspace.navigator.setFocus()
    press(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown, timeout=WAIT_MS)
    assert shown.current.name == "backups.md"


def test_f1_in_the_search_results_and_the_export_dialog(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    window.workspace.search("SPT")
    press_f1_in(qtbot, window.workspace.search_view)
    qtbot.waitUntil(lambda: window.help.guide is not None and window.help.guide.isVisible(), timeout=WAIT_MS)
    shown = window.help.guide
    assert shown.current.name == "search.md"
    dialog = window.exchange.open_export(None)  # File → Export… with nothing chosen
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: shown.current.name == "sharing.md", timeout=WAIT_MS)
    assert "Nothing leaves the vault except as a package" in shown.browser.toPlainText()


_LINK = re.compile(r"\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$", re.MULTILINE)


def _outside_code(markdown: str) -> str:
    return re.sub(r"^```.*?^```", "", markdown, flags=re.MULTILINE | re.DOTALL)


def _headings(markdown: str) -> list[tuple[int, str]]:
    """(level, anchor) of every heading, any level, outside code blocks."""
    return [(len(hashes), guide.slug(text)) for hashes, text in _HEADING.findall(_outside_code(markdown))]


TRANSLATIONS = [code for code in guide.languages() if code != guide.FALLBACK_LANGUAGE]


@pytest.mark.parametrize("code", TRANSLATIONS)
def test_a_translated_page_has_the_sections_of_the_english_one(code) -> None:
    """Each translated page is the whole English page: the same headings, level by level."""
    for path in sorted((guide.guide_root() / code).glob("*.md")):
        english = guide.guide_root() / guide.FALLBACK_LANGUAGE / path.name
        levels = [[level for level, _ in _headings(page.read_text(encoding="utf-8"))] for page in (path, english)]
        assert levels[0] == levels[1], (code, path.name)
