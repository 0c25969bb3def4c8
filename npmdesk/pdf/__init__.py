"""Reports on paper: a ReportDocument (npmdesk/reports, no Qt) laid out on A4 pages and painted
to a PDF in memory or to a printer, with Qt's graphics classes (QtGui: QTextDocument, QPainter,
QPdfWriter), never its widgets. The window's report dialog (npmdesk/gui/reports) and the
`npmdesk report` command both use it; it needs a QGuiApplication, which `render.ensure_application`
makes on the "offscreen" platform when there is none.

- render.py: `render_pdf`, `pdf_bytes`, `paint`; the page bands (marking, footer, page numbers).
- pagination.py: where the pages break, and the table header rows repeated on each page.
- chart.py: the bar charts of a report, drawn as images (mirrored in Arabic).
- fonts.py: the bundled Noto fonts (Latin, Cyrillic, Arabic), registered before painting, the
  report's font by its language, and the characters no font here can draw.
"""
