"""Backups from the GUI: File → Back up now…, automatic backups to a folder, the dashboard reminder."""
