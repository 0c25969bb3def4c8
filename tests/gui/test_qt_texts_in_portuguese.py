"""Qt's own texts (standard buttons, text fields' context menus, the file dialog) in the
Portuguese of the user's country: European ("Guardar", "Eliminar", "ficheiro") beside npmdesk's
European Portuguese, Brazilian ("Salvar") for a user whose locale is pt_BR."""

from __future__ import annotations

import xml.etree.ElementTree as ET  # the project's own .ts file
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QTextEdit

from npmdesk.gui.settings.dialog import SettingsDialog
from npmdesk.gui.settings.preferences import Preferences

OVERRIDES = Path(__file__).resolve().parents[2] / "resources" / "translations" / "qt_overrides_pt_PT.ts"
Button = QMessageBox.StandardButton


@pytest.fixture
def system_locale(monkeypatch: pytest.MonkeyPatch):
    """Call with the system's locale ("en_GB.UTF-8", "pt_BR.UTF-8"), which decides the region
    of a language chosen without one."""

    def use(name: str) -> None:
        for variable in ("LC_ALL", "LC_NUMERIC", "LANG"):
            monkeypatch.setenv(variable, name)

    return use


def save_question(qtbot) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, "npmdesk", "?", Button.Save | Button.Discard | Button.Cancel)
    qtbot.addWidget(box)
    return box


def button_texts(box: QMessageBox) -> list[str]:
    return [box.button(button).text() for button in (Button.Save, Button.Discard, Button.Cancel)]


def context_menu(field: QLineEdit | QTextEdit) -> list[str]:
    """The texts of the field's right-click menu, without their shortcuts."""
    return [action.text().split("\t")[0] for action in field.createStandardContextMenu().actions() if action.text()]


@pytest.mark.parametrize("code", ["pt", "pt_PT", "pt_MZ", "pt_CV"])
def test_qts_buttons_and_menus_speak_european_portuguese(qtbot, language, system_locale, code) -> None:
    system_locale("en_GB.UTF-8")
    language(code)
    assert button_texts(save_question(qtbot)) == ["Guardar", "Descartar", "Cancelar"]
    dialog = SettingsDialog(Preferences(), None)
    qtbot.addWidget(dialog)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    field, text = QLineEdit(), QTextEdit()
    qtbot.addWidget(field)
    qtbot.addWidget(text)
    european = ["&Anular", "&Refazer", "Cor&tar", "&Copiar", "Co&lar", "Eliminar", "Selecionar tudo"]
    assert context_menu(field)[:7] == european
    assert context_menu(text)[:7] == european
    files = QFileDialog()
    qtbot.addWidget(files)
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    assert files.labelText(QFileDialog.DialogLabel.FileName) == "&Nome do ficheiro:"


def test_a_brazilian_locale_keeps_brazils_qt_texts(qtbot, language, system_locale) -> None:
    system_locale("pt_BR.UTF-8")
    language("pt")  # Portuguese chosen in Preferences on a Brazilian system
    assert button_texts(save_question(qtbot)) == ["Salvar", "Descartar", "Cancelar"]
    field = QLineEdit()
    qtbot.addWidget(field)
    assert "Excluir" in context_menu(field)
    language("pt_BR")
    assert button_texts(save_question(qtbot))[0] == "Salvar"


def test_the_compiled_overrides_say_what_their_source_says() -> None:
    """The .qm npmdesk loads gives every translation of qt_overrides_pt_PT.ts (run
    scripts/update-translations after editing it), in European Portuguese."""
    translator = QTranslator()
    assert translator.load(str(OVERRIDES.with_suffix(".qm")))
    root = ET.parse(OVERRIDES).getroot()  # noqa: S314 - the project's own file
    stale, found = [], {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, wanted = message.findtext("source") or "", message.findtext("translation") or ""
            found[(name, source)] = wanted
            if not wanted or translator.translate(name, source) != wanted:
                stale.append((name, source))
    assert not stale
    assert found[("QPlatformTheme", "Save")] == "Guardar" and found[("QGnomeTheme", "&Save")] == "&Guardar"
    assert not [text for text in found.values() if "Salvar" in text or "arquivo" in text.lower()]
