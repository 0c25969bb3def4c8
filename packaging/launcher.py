"""The frozen program's entry point: the same as the `npmdesk` command (no subcommand opens the GUI).

With --npmdesk-extract-worker first it is instead the budgeted text-extraction child (npmdesk/records/
extract_worker.py), and with --npmdesk-parse-worker the child that parses an import's records
(npmdesk/exchange/parse_worker.py): a frozen build cannot start them with `python -m`.

`main` makes the process non-dumpable before anything else (npmdesk/process_guard.py).
"""

import sys

if sys.argv[1:2] == ["--npmdesk-extract-worker"]:
    from npmdesk.records.extract_worker import main as extract_worker

    raise SystemExit(extract_worker(sys.argv[2:]))
if sys.argv[1:2] == ["--npmdesk-parse-worker"]:
    from npmdesk.exchange.parse_worker import main as parse_worker

    raise SystemExit(parse_worker(sys.argv[2:]))

from npmdesk.cli import main

raise SystemExit(main())
