"""Saved email brought into the vault from the window: File → Import Email…, drops, the preview."""
