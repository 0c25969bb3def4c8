"""Records in the main window: the lazy list model, the detail pane and display names."""
