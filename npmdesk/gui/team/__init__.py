"""The team in the window: Settings → Team, syncing by itself, and the status bar's team line."""
