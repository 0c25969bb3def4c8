"""Attachments in the window: the list in the detail pane, adding (button, drag and drop),
viewing from memory, saving a decrypted copy behind a warning, and removing."""
