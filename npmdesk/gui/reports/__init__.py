"""Reports: lay out a ReportDocument on pages (PDF in memory, printer) and the Reports dialog."""
