"""Team sync in the window (npmdesk/team/): the Team dialog (Edit → Team…, Preferences → Team),
syncing by itself (auto_sync.py) and the status bar's team line (status_line.py)."""
