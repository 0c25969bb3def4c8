"""Paints a search snippet with its matches in bold (the core marks them \\x02 … \\x03).

The snippet is escaped as HTML first, so nothing in a record can inject markup; only the
marks become <b> and </b>. Nothing is cached: each paint reads the model.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from npmdesk import display
from npmdesk.gui.search.results_model import SNIPPET_ROLE
from npmdesk.records.search_index import HIGHLIGHT_END, HIGHLIGHT_START


def snippet_html(snippet: str) -> str:
    """HTML for a marked snippet: escaped text, matches in <b>…</b>, on one line."""
    parts = " ".join(snippet.split()).split(HIGHLIGHT_START)
    out = [display.html(parts[0])]
    for part in parts[1:]:
        match, _, rest = part.partition(HIGHLIGHT_END)
        out.append(f"<b>{display.html(match)}</b>{display.html(rest)}")
    return "".join(out)


class SnippetDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        snippet = index.data(SNIPPET_ROLE)
        if not isinstance(snippet, str):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(opt.font)
        document.setHtml(snippet_html(snippet))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        rect = opt.rect.adjusted(4, 0, -4, 0)
        painter.save()
        painter.translate(rect.left(), rect.top() + max(0.0, (rect.height() - document.size().height()) / 2))
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()
        document.clear()
