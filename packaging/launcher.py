"""The frozen program's entry point: the same as the `npmdesk` command (no subcommand opens the GUI)."""

from npmdesk.cli import main

raise SystemExit(main())
