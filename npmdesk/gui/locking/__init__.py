"""Locking the vault by itself: after a spell of no input (idle.py), when the desktop session
locks or the computer suspends (system_events.py), and what survives a lock in memory only
(position.py). lock_guard.py ties them to the session."""
