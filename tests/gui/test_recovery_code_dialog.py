"""The recovery code is shown whole: a code cut at the window's edges cannot be written down."""

from __future__ import annotations

from npmdesk.gui.welcome.recovery_code import RecoveryCodeDialog

CODE = "7K3Q-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345"


def test_the_whole_code_fits_in_the_window(qtbot) -> None:
    dialog = RecoveryCodeDialog(CODE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.code_label
    needed = label.fontMetrics().horizontalAdvance(CODE)
    assert label.text() == CODE
    assert label.contentsRect().width() >= needed
    assert label.mapTo(dialog, label.rect().topRight()).x() <= dialog.width()
    dialog.written_check.setChecked(True)  # so that closing at the test's end asks nothing


def test_a_replacing_code_says_the_old_one_stops_working_only_once_confirmed(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QLabel, QMessageBox

    dialog = RecoveryCodeDialog(CODE, replacing=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Your new recovery code"
    assert "once you confirm below, the old code stops working" in dialog.findChild(QLabel, "explanationLabel").text()
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.reject()
    assert dialog.isVisible() and not dialog.confirmed
    assert "the code you wrote down before keeps working" in asked[0]
    dialog.written_check.setChecked(True)
    dialog.continue_button.click()
    assert dialog.confirmed and not dialog.isVisible()
