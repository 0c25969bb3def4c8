"""The frozen program's entry point: the same as the `npmdesk` command (no subcommand opens the GUI).

`main` makes the process non-dumpable before anything else (npmdesk/process_guard.py).
"""

from npmdesk.cli import main

raise SystemExit(main())
