"""F1 where you are: the guide's page about the part of the window that has the keyboard focus.

A part is known by its object name (or that of a widget or dialog around it: the nearest wins);
the page is named with the English page's anchor, and the guide window finds the same heading in
the user's language (guide.local_anchor), so a translated page needs no entry here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

TOPICS = {  # object name: "page.md" or "page.md#english-anchor"
    "recordList": "records.md",
    "historyDialog": "records.md",
    "searchBox": "search.md",
    "searchResults": "search.md#search-filters",
    "searchFilters": "search.md#search-filters",
    "exportDialog": "sharing.md#export",
    "importDialog": "sharing.md#import",
    "packagePassphraseDialog": "sharing.md#import",
    "identityDialog": "sharing.md#keys-and-contacts",
    "addContactDialog": "sharing.md#keys-and-contacts",
    "verifyKeysDialog": "sharing.md#keys-and-contacts",
    "addRecipientDialog": "sharing.md#adding-a-new-spt-recipient",
    "recordFormDialog": "window.md",  # a record's form
    "threadPanel": "window.md",  # a communication's thread, Reply and Follow up
    "dashboard": "window.md",
    "detailPane": "window.md",  # the selected record (its attachments have their own page)
    "attachmentsList": "attachments.md",  # the detail pane's list of attachments
    "attachmentsPanel": "attachments.md",  # its buttons
    "attachmentViewer": "attachments.md",
    "reportDialog": "reports.md",
    "visitWorkspace": "visits.md#the-visit-workspace",  # a visit chosen in the Visits list
    "recommendationsTracker": "visits.md#the-recommendations-tracker",
    "settingsDialog": "preferences.md#preferences-edit--preferences-ctrl",  # Edit → Preferences…
    "teamGroup": "team.md#setting-up-the-team",  # Preferences' Team group (Team…)
    "mailImportDialog": "mail.md#bringing-email-in",  # the preview of saved email before it is imported
    "teamDialog": "team.md#setting-up-the-team",  # Edit → Team…
    "teamAddDeviceDialog": "team.md#setting-up-the-team",
    "teamStatusLine": "team.md#while-you-work",  # the status bar's team line
}


def topic(widget: QWidget | None) -> tuple[str, str] | None:
    """(page, English anchor) about `widget` or the nearest widget around it that has a topic;
    None when none has."""
    while widget is not None:
        target = TOPICS.get(widget.objectName())
        if target:
            page, _hash, section = target.partition("#")
            return page, section
        widget = widget.parentWidget()
    return None
