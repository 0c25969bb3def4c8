"""Search everywhere (Ctrl+K): the search field and the model of its results."""
