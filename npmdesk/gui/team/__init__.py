"""Team sync in the window (npmdesk/team/): the Team dialog, its menu entry and Preferences group."""
