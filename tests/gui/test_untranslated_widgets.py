"""No English left in any window: every window and dialog (tests/support/every_window.py), walked
widget by widget in French, Spanish, Arabic, Russian and Portuguese, shows no text that is the same
as the English one at that place (labels, buttons, group boxes, tabs, menus and their actions, table
headers, placeholders, tooltips, accessible names), apart from a short list of words every language
writes the same way and the user's own data; nor an English sentence of the program inside a
translated text (a core message put raw into a translated one). Texts are compared without the
marks that isolate them right to left."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET  # the project's own .ts files
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from npmdesk.demo import fill
from npmdesk.gui import i18n
from npmdesk.gui.main_window import MainWindow
from npmdesk.gui.settings.dialog import LANGUAGE_NAMES
from npmdesk.records import RecordStore, reference
from tests.support.common import FakeClock
from tests.support.event_loop import run_pending
from tests.support.every_window import every_window
from tests.support.window_helpers import TODAY

LANGUAGES = ["fr", "es", "ar", "ru", "pt"]
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
GLOSSARY = Path(__file__).resolve().parents[2] / "resources" / "glossary"
COUNT = re.compile(r" \(\d[\d,.\s]*\)$")  # "El MNP (4)": a list's count after the user's own name

# Texts every language writes as English does. Each is here for a reason:
SAME_IN_EVERY_LANGUAGE = {
    "OK",  # Qt's own button, "OK" in French, Spanish, Russian and Portuguese too
    "npmdesk",  # the program's name
    "PDF", "CSV", "JSON", "age", "Ed25519", "SQLCipher", "OPCAT", "SPT", "NPM",  # names of formats, tools and bodies
    "Syncthing",  # a program's name
    "USD",  # the currency's code
}
FRAGMENT_CHARS = 24  # shorter English pieces ("Field laptop", "keys verified") may be names or kept words
WORDLESS = re.compile(r"^[\W\d_]*$")  # numbers, dates in digits, punctuation: no word to translate
# The menu items whose windows every_window does not open (the main window's attribute or the
# action's object name); each is triggered, and what it opens walked and closed.
MENU_ACTIONS = ["shareKeysAction", "changePassphraseAction", "checkIntegrityAction", "userGuideAction",
                "demoDataAction", "about_action", "importAction", "addContactAction", "restoreBackupAction",
                "importMailAction", "backUpNowAction"]
MENU_POLLS = 40  # × 10 ms: how long each item's windows are watched for
MACHINE = re.compile(r"^(age1|npmsig1|npmdesk-|https://)")  # a key, a contact card, an OpenSSH line, a web address
SPELLED = re.compile(r"^[\w-]( ?[\w-])*(, [\w-]( [\w-])*)*$")  # a code read out letter by letter: "A B C D, E F G H"
STATE = re.compile(r"(.+) \(([A-Z]{2})\)")  # "Costa Rica (CR)": a country's name, as the language writes it
BIDI_MARKS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # English between them is English
SHORTCUT = re.compile(r"^(Ctrl|Alt|Shift|Meta|F\d+|Del|Esc)([+\w]*)$")  # Qt reads shortcuts in English only


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    """(where, text) of a menu's items, `where` by position, the same in every language."""
    for index, action in enumerate(menu.actions()):
        if action.isSeparator():
            continue
        yield f"{where} > {index}", action.text()
        if action.toolTip() != _plain(action.text()):
            yield f"{where} > {index} tooltip", action.toolTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} > {index}")


def _view_headers(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount()),):
        for section in range(count):
            header = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(header, str):
                yield header


def visible_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every text `window` shows or gives to a screen reader (not of the windows it opens)."""
    yield "window title", window.windowTitle()
    if isinstance(window, QMainWindow):
        for index, action in enumerate(window.menuBar().actions()):
            yield "menu", action.text()
            if action.menu() is not None:
                yield from _menu_texts(action.menu(), f"menu {index}")
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window or not widget.isVisible():
            continue
        kind = type(widget).__name__
        yield f"{kind} tooltip", widget.toolTip()
        yield f"{kind} accessible name", widget.accessibleName()
        yield f"{kind} accessible description", widget.accessibleDescription()
        if isinstance(widget, QLabel):
            yield kind, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield kind, widget.text()
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield f"{kind} tab", widget.tabText(index)
                yield f"{kind} tab tooltip", widget.tabToolTip(index)
        elif isinstance(widget, QLineEdit):
            yield f"{kind} placeholder", widget.placeholderText()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            yield f"{kind} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            for index in range(widget.count()):
                yield f"{kind} item", widget.itemText(index)
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                yield f"{kind} item", widget.item(row).text()
        elif isinstance(widget, QTreeWidget):
            yield from ((f"{kind} header", header) for header in _view_headers(widget))
        elif isinstance(widget, QAbstractItemView):
            yield from ((f"{kind} header", header) for header in _view_headers(widget))


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _strings(item)
    elif hasattr(value, "__dict__"):
        yield from _strings(vars(value))


def user_data(store: RecordStore) -> list[str]:
    """Every text the user typed or imported, longest first: the vault's records (their values,
    and the names and aliases of their pseudonyms) and the NPM's name."""
    found = {store.vault.meta("npm_name") or ""}
    for summary in store.list():
        record = store.get(summary.id)
        found.update(_strings(record))
        found.update(_strings(list(record.pseudonyms)))
    return sorted((text for text in found if len(text.strip()) > 2), key=len, reverse=True)


def translated_as_english(code: str) -> list[re.Pattern[str]]:
    """The messages and glossary terms the translators of `code` chose to write as English does
    ("Date", "Public" and "Budget" in French), as patterns where a {placeholder} or %n matches
    any value."""
    kept = [source for source, forms in _ts_messages(code) if source in forms or _plain(source) in map(_plain, forms)]
    english_terms = json.loads((GLOSSARY / "en.json").read_text(encoding="utf-8"))
    terms = json.loads((GLOSSARY / f"{code}.json").read_text(encoding="utf-8"))
    kept += [term for key, term in terms.items() if english_terms.get(key) == term]
    kept += [label.en for label in _reference_labels() if label.get(code) == label.en and getattr(label, code)]
    patterns = []
    for source in kept:
        pieces = re.split(r"(\{[^{}]*\}|%L?n)", _plain(source))
        if WORDLESS.match("".join(pieces[::2])):
            continue  # "{name}", "%n": nothing was translated, so nothing was kept
        text = "".join(".+" if index % 2 else re.escape(piece) for index, piece in enumerate(pieces))
        patterns.append(re.compile(text, re.IGNORECASE))  # "PUBLIC" on a badge is the word "Public"
    return patterns


def _reference_labels() -> Iterator[reference.Labels]:
    """Every label of the reference data (taxonomy, regions, OPCAT articles)."""
    for tag in reference.tags():
        yield tag.label
    for region in reference.regions():
        yield from (region.name, region.team)
    for article in reference.articles():
        yield from (article.part_title, article.topic)


def english_pieces(code: str) -> list[str]:
    """The English sentences of the program (the .ts sources, split at their placeholders) that
    `code`'s translators did not keep as they are: found inside a longer text in `code`, they are
    an English message put into a translated one (a core error shown raw, the system's text)."""
    pieces = set()
    for source, forms in _ts_messages(code):
        for piece in re.split(r"\{[^{}]*\}|%L?n", _plain(source)):
            piece = piece.strip(" .,:;()")
            if len(piece) >= FRAGMENT_CHARS and " " in piece and not any(piece in _plain(form) for form in forms):
                pieces.add(piece)
    return sorted(pieces)


def _ts_messages(code: str) -> Iterator[tuple[str, list[str]]]:
    for message in ET.parse(TRANSLATIONS / f"npmdesk_{code}.ts").getroot().iter("message"):  # noqa: S314 - ours
        translation = message.find("translation")
        forms = [] if translation is None else (
            [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""])
        yield message.findtext("source") or "", forms


def is_allowed(text: str, data: list[str], kept: list[re.Pattern[str]], code: str) -> bool:
    """Whether `text`, shown in another language as in English, may be: no word in it, a shortcut,
    a name every language writes the same way (a program, a language, a country as `code` writes
    it), a word its translators kept, or the user's data (a record's values, with whatever the
    window puts around them: a count, a colon, the alias of a pseudonymised name)."""
    plain = _plain(text)
    if not plain or any(pattern.match(plain) for pattern in (WORDLESS, SHORTCUT, SPELLED, MACHINE)):
        return True
    value = COUNT.sub("", plain).removeprefix("npmdesk — ").removesuffix(":").removesuffix("…")
    if value in SAME_IN_EVERY_LANGUAGE or value in LANGUAGE_NAMES.values():
        return True
    if any(pattern.fullmatch(value) for pattern in kept):
        return True
    if (state := STATE.fullmatch(value)) and reference.country_name(state.group(2), code) == state.group(1):
        return True
    for separator in (": ", " · "):  # "Communication: Re: Consulta…", "Contact · Ana": a kind's name, a title
        if separator in value:
            head, tail = value.split(separator, 1)
            if is_allowed(head, data, kept, code) and is_allowed(tail, data, kept, code):
                return True
    rest = plain.removeprefix("npmdesk — ").removesuffix(":")
    for stored in data:  # longest first
        rest = rest.replace(stored, " ")
    return bool(WORDLESS.match(rest))


def opened_by(qtbot, window: MainWindow, action: QAction) -> list[QWidget]:
    """Trigger `action` and return, walked and closed, the windows it opened (a file dialog, Qt's
    own, is closed unseen); whatever else pops up meanwhile is closed too."""
    before = set(QApplication.topLevelWidgets())
    seen: list[list[tuple[str, str]]] = []
    state = {"polls": 0}

    def close_new() -> None:
        state["polls"] += 1
        for widget in QApplication.topLevelWidgets():
            if widget in before or not widget.isVisible() or widget is window:
                continue
            before.add(widget)
            if not isinstance(widget, QFileDialog):
                run_pending(qtbot)
                seen.append(list(visible_texts(widget)))
            if isinstance(widget, QDialog):
                widget.done(0)
            else:
                widget.close()
        if state["polls"] < MENU_POLLS:
            QTimer.singleShot(10, close_new)

    QTimer.singleShot(0, close_new)
    action.trigger()  # a modal dialog's exec() returns once close_new closed it
    qtbot.waitUntil(lambda: state["polls"] >= MENU_POLLS, timeout=10_000)
    return seen


def menu_windows(qtbot, store: RecordStore) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """The windows the menus open that every_window does not build itself."""
    window = MainWindow(store.vault, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for name in MENU_ACTIONS:
        action = getattr(window, name, None) or window.findChild(QAction, name)
        assert action is not None and action.isEnabled(), name
        for texts in opened_by(qtbot, window, action):
            yield f"menu {name}", texts
    window.discard()


def walk(qtbot, store: RecordStore, keyring: object, folder: Path) -> dict[str, set[tuple[str, str]]]:
    """window name → the (where, text) pairs it shows."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for name, texts in menu_windows(qtbot, store):
        found[name].update((where, BIDI_MARKS.sub("", text)) for where, text in texts if text)
    for name, window in every_window(qtbot, store.vault, keyring, folder):
        found[name].update((where, BIDI_MARKS.sub("", text)) for where, text in visible_texts(window) if text)
    return found


@pytest.fixture
def filled_store(new_vault) -> Iterator[RecordStore]:
    """A vault with a few demo records of every kind (so that each list, detail pane and workspace shows one)."""
    vault, _code = new_vault
    store = RecordStore(vault, clock=FakeClock())
    fill.generate(store, records=60, seed=1, state="CR")
    yield store


@pytest.fixture
def english(qtbot, qapp, filled_store, keyring_double, tmp_path) -> dict[str, set[tuple[str, str]]]:
    applied = i18n.apply_language(qapp, "en")
    try:
        return walk(qtbot, filled_store, keyring_double, tmp_path / "en")
    finally:
        applied.remove()
        QApplication.processEvents()


def test_the_walk_sees_the_windows_texts(english) -> None:
    texts = {text for shown in english.values() for _where, text in shown}
    assert {f"menu {name}" for name in ("shareKeysAction", "changePassphraseAction", "userGuideAction",
                                         "about_action", "demoDataAction")} <= set(english)
    assert {"&File", "&Lock"} <= texts
    assert any(where.endswith("placeholder") for shown in english.values() for where, _text in shown)
    assert any(where.endswith("header") for shown in english.values() for where, _text in shown)


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_window_shows_english(qtbot, qapp, filled_store, keyring_double, tmp_path, english, code) -> None:
    data = user_data(filled_store)
    applied = i18n.apply_language(qapp, code)
    try:
        translated = walk(qtbot, filled_store, keyring_double, tmp_path / code)
    finally:
        applied.remove()
        QApplication.processEvents()
    kept = translated_as_english(code)
    offenders: dict[tuple[str, str], str] = {}
    for name, shown in translated.items():
        for where, text in sorted(shown & english.get(name, set())):
            if not is_allowed(text, data, kept, code):
                offenders.setdefault((where, text), name)
    pieces = english_pieces(code)
    for name, shown in translated.items():
        for where, text in sorted(shown - english.get(name, set())):
            for piece in pieces:
                if piece in text:
                    offenders.setdefault((where, f"English {piece!r} inside {text}"), name)
    assert not offenders, f"[{code}] English left:\n" + "\n".join(
        f"{where}: {text[:90]!r} (first in {name})" for (where, text), name in offenders.items())
