"""Record forms: new, edit, bin and restore, with validation next to each field and drafts kept in the vault."""
