"""The desktop GUI (PySide6): one folder per feature, forms from the repository's `ui/*.ui`.

The GUI never talks SQL and never touches key material itself: it calls the core
(`npmdesk.vault`) and shows each `NpmdeskError`'s message where the user is looking.
"""
