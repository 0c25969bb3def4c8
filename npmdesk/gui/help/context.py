"""Which guide page F1 opens: the page about the part of the window that has the keyboard focus.

Parts are known by their object name (the names tests and the accessibility tree already use), so
no feature has to know about the guide. The page is shown in the user's language when that
language has it (gui/help/guide.py: by file presence), else in English. F1 is the main window's
application shortcut, so it works in the window and in the windows it opens without blocking it (the
package dialogs), not in a window-modal box over one of them (the guide would be blocked by it too).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

CONTEXT_PAGES = {  # object name of the focused widget or of one of its parents → the guide page about it
    "recordList": "records.md",
    "searchBox": "search.md",
    "searchResults": "search.md",
    "searchFilters": "search.md",
    "exportDialog": "sharing.md",
    "importDialog": "sharing.md",
    "identityDialog": "sharing.md",
    "addContactDialog": "sharing.md",
    "verifyKeysDialog": "sharing.md",
    "recordFormDialog": "window.md",  # a record's form
    "threadPanel": "window.md",  # a communication's thread, Reply and Follow up
    "dashboard": "window.md",
    "detailPane": "window.md",  # the selected record (its attachments have their own page)
    "attachmentsList": "attachments.md",  # the detail pane's list of attachments
    "attachmentsPanel": "attachments.md",  # its buttons
    "attachmentViewer": "attachments.md",
    "reportDialog": "reports.md",
}


def page_for(widget: QWidget | None) -> str | None:
    """The guide page about `widget` or the nearest of its parents that has one; None if none has."""
    while widget is not None:
        page = CONTEXT_PAGES.get(widget.objectName())
        if page is not None:
            return page
        widget = widget.parentWidget()
    return None
