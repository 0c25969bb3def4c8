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
