"""`npmdesk`: argument parsing and output only; the work is done by the core.

Exit status: 0 success, 1 the vault is damaged (`check`), 2 any other error (one line on
stderr), 130 interrupted. Without a command, the GUI opens.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from npmdesk import litter
from npmdesk.cli.parser import build_parser
from npmdesk.display import one_line
from npmdesk.errors import DamagedVault, NpmdeskError, from_os_error
from npmdesk.process_guard import harden

EXIT_DAMAGED = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130
VAULTLESS = ("age", "package", "kinds", "states")  # commands that never open a vault


def main(argv: Sequence[str] | None = None) -> int:
    harden()  # first: no core dump, no ptrace, before any secret is read (process_guard.py)
    litter.clean_up()  # temporary files a killed npmdesk left behind (npmdesk/litter.py)
    os.umask(0o077)
    from npmdesk.cli.terminal import guarded_streams

    with guarded_streams():  # nothing from outside acts on the terminal, whatever path it took
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "vault", None) is None and args.command not in VAULTLESS:
        from npmdesk.paths import default_vault_path

        args.vault = default_vault_path()
    # Imported here, not at the top: `npmdesk --version` and `npmdesk age` start faster.
    try:
        if args.command is None:
            from npmdesk.gui.app import run

            return run(args.vault)
        if args.command == "age":  # the age format and nothing else (not the record store)
            from npmdesk.cli import age_command

            return age_command.run(args)
        if args.command in VAULTLESS:  # no vault, no SQLCipher to load
            from npmdesk.cli import exchange_commands, reference_commands

            if args.command in reference_commands.COMMANDS:
                return reference_commands.COMMANDS[args.command](args)
            return exchange_commands.cmd_package(args)
        from npmdesk.cli import commands

        return commands.dispatch(args)
    except NpmdeskError as err:
        return _fail(err, EXIT_DAMAGED if isinstance(err, DamagedVault) or getattr(err, "damaged", False)
                     else EXIT_ERROR)
    except KeyboardInterrupt:
        return _fail("Interrupted.", EXIT_INTERRUPTED)
    except OSError as err:  # a full or read-only disk, a quota, permissions: one sentence (errors.py)
        if (mapped := from_os_error(err)) is not None:
            return _fail(mapped, EXIT_ERROR)
        where = f": {one_line(err.filename)}" if err.filename else ""
        return _fail(f"{err.strerror or type(err).__name__}{where}", EXIT_ERROR)
    except Exception as err:  # noqa: BLE001 - the last resort: one line, never a traceback
        if "npmdesk.vault.database" in sys.modules:  # a read hit damage (writes are mapped by the store)
            from npmdesk.vault.database import DatabaseError, user_error

            if isinstance(err, DatabaseError) and (user := user_error(err, args.vault)) is not None:
                return _fail(user, EXIT_DAMAGED if isinstance(user, DamagedVault) else EXIT_ERROR)
        return _internal_error(err)


def _internal_error(err: Exception) -> int:
    if os.environ.get("NPMDESK_DEBUG") == "1":
        raise err
    return _fail(
        f"Unexpected internal error ({type(err).__name__}). Please report it; run with NPMDESK_DEBUG=1 for details.",
        EXIT_ERROR,
    )


def _fail(message: object, status: int) -> int:
    print(f"npmdesk: {message}", file=sys.stderr)
    return status
