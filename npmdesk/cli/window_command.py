"""`npmdesk` without a command: open the application window. The one place where the command
line imports the GUI (tests/test_import_rules.py holds it to that)."""

from __future__ import annotations

import argparse


def open_window(args: argparse.Namespace) -> int:
    """Run the GUI on `args.vault` until its window closes; its exit status."""
    from npmdesk.gui.app import run

    return run(args.vault)
