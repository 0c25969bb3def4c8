"""Edit → Preferences…: this device's settings (preferences.py) and their dialog (dialog.py)."""
