"""The attachment panel says which file's text is not fully indexed (a hostile or huge document)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from npmdesk.records import Record, RecordStore, extract_worker
from tests.gui.test_attachment_panel import listed, panel_of, wait_for_job
from tests.support.hostile_pdfs import many_pages_one_stream
from tests.support.window_helpers import open_window


@pytest.fixture
def letter(new_vault) -> tuple[RecordStore, Record]:
    store = RecordStore(new_vault[0])
    record = store.add(Record(kind="communication", title="Letter with a heavy annex", date="2026-03-02",
                              status="sent", fields={"direction": "sent", "channel": "letter"}))
    return store, record


def test_a_file_past_the_extraction_budget_is_listed_as_not_fully_indexed(qtbot, new_vault, letter, tmp_path,
                                                                           monkeypatch):
    monkeypatch.setattr(extract_worker, "SECONDS", 0.5)
    store, record = letter
    heavy, light = tmp_path / "statistics.pdf", tmp_path / "note.txt"
    heavy.write_bytes(many_pages_one_stream())
    light.write_text("Short note", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(heavy), str(light)], ""))
    window = open_window(qtbot, new_vault[0])
    window.workspace.show_record(record.id)
    panel = panel_of(window)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, panel)

    rows = listed(panel)
    assert rows[0].startswith("statistics.pdf — ") and rows[0].endswith(" — not fully indexed")
    assert "Search finds only part of this file's text" in panel.list.item(0).toolTip()
    assert rows[1].startswith("note.txt — ") and "not fully indexed" not in rows[1]
    assert [hit.record.id for hit in store.search("heavy")] == [record.id]
