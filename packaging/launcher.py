"""The frozen program's entry point: the same as the `npmdesk` command (no subcommand opens the GUI).

With --npmdesk-extract-worker first it is instead the budgeted text-extraction child (npmdesk/records/
extract_worker.py), which a frozen build cannot start with `python -m`.

`main` makes the process non-dumpable before anything else (npmdesk/process_guard.py).
"""

import sys

if sys.argv[1:2] == ["--npmdesk-extract-worker"]:
    from npmdesk.records.extract_worker import main as extract_worker

    raise SystemExit(extract_worker(sys.argv[2:]))

from npmdesk.cli import main

raise SystemExit(main())
