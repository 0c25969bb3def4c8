"""`python -m npmdesk` is the same as the `npmdesk` command."""

from npmdesk.cli import main

raise SystemExit(main())
