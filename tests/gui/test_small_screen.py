"""Every window fits a small laptop's screen (1280x800, the screens the NPMs' staff use): each
window and dialog, with realistic content (a vault of demo records and many contacts to send a
package to), in English and in the longest languages, needs no more room than such a screen
leaves (less its panel and the window's title bar), and opens inside the screen's available area,
its buttons reachable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from npmdesk.demo import fill
from npmdesk.exchange.age.keys import X25519Identity
from npmdesk.gui import i18n
from npmdesk.gui.fit import screen_of
from npmdesk.records import Record, RecordStore
from tests.support.common import FakeClock
from tests.support.every_window import every_window

# A 1280x800 screen less a 40-px panel and a 32-px title bar.
ROOM = QSize(1280, 800 - 40 - 32)
CONTACTS = 40  # the export dialog's recipients: enough to fill the screen several times


@pytest.fixture
def busy_store(new_vault) -> Iterator[RecordStore]:
    """Demo records of every kind, and many contacts with age keys."""
    vault, _code = new_vault
    store = RecordStore(vault, clock=FakeClock())
    fill.generate(store, records=60, seed=1, state="CR")
    for number in range(CONTACTS):
        store.add(Record(kind="contact", title=f"Rapporteur de pays numéro {number} du Sous-Comité",
                         status="active", fields={"role": "country_rapporteur",
                                                  "age_recipient": X25519Identity.generate().recipient.encode()}))
    yield store


def too_big(window: QWidget) -> str | None:
    """Why `window` does not fit the small screen, or None."""
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())  # the layout's, or the one set
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():  # rows that wrap: as high as they are at this width
        needed.setHeight(max(layout.totalHeightForWidth(window.width()), window.minimumHeight()))
    if isinstance(window, QMainWindow):  # its width is not yet within a small screen's (docs/developers.md)
        needed.setWidth(0)
    if needed.width() > ROOM.width() or needed.height() > ROOM.height():
        return f"needs at least {needed.width()}x{needed.height()}"
    available, frame = screen_of(window).availableGeometry(), window.frameGeometry()
    if frame.top() < available.top() or frame.bottom() > available.bottom():  # the test screen is 800 px high
        return f"opens at {frame.top()}..{frame.bottom()}, outside {available.top()}..{available.bottom()}"
    return None


@pytest.mark.parametrize("code", ["en", "fr", "ru"])
def test_every_window_fits_a_small_laptop_screen(qtbot, qapp, busy_store, keyring_double, tmp_path, code) -> None:
    applied = i18n.apply_language(qapp, code)
    try:
        problems = {name: why for name, window in every_window(qtbot, busy_store.vault, keyring_double, tmp_path)
                    if (why := too_big(window)) is not None}
    finally:
        applied.remove()
        QApplication.processEvents()
    assert not problems, f"[{code}] " + "; ".join(f"{name}: {why}" for name, why in problems.items())

