"""`npmdesk`: argument parsing and output only; the work is done by the core.

Exit status: 0 success, 1 the vault is damaged (`check`), 2 any other error (one line on
stderr), 130 interrupted. Without a command, the GUI opens.

Start-up: this module imports nothing but `os` and `sys` when it loads. `npmdesk --version`
prints the version from npmdesk/__init__.py and stops there; every other command builds the
parser (parser.py), whose `func` imports the command's own modules when it runs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from npmdesk import __version__

EXIT_DAMAGED = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130
VAULTLESS = ("age", "package", "kinds", "states")  # commands that never open a vault


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    if asks_version(arguments):  # reads no secret and writes no file: nothing else to load
        print(f"npmdesk {__version__}")
        return 0
    from npmdesk import litter
    from npmdesk.process_guard import harden

    harden()  # first: no core dump, no ptrace, before any secret is read (process_guard.py)
    litter.clean_up()  # temporary files a killed npmdesk left behind (npmdesk/litter.py)
    os.umask(0o077)
    from npmdesk.cli.terminal import guarded_streams

    with guarded_streams():  # nothing from outside acts on the terminal, whatever path it took
        return _main(arguments)


def asks_version(arguments: Sequence[str]) -> bool:
    """True if argparse would print the version: `--version` before any command, after at most
    `--vault PATH` (an abbreviated option or `--help` takes the parser's own path)."""
    rest = list(arguments)
    while rest:
        word = rest.pop(0)
        if word == "--version":
            return True
        if word == "--vault" and rest:
            rest.pop(0)
        elif not word.startswith("--vault="):
            return False
    return False


def _main(argv: Sequence[str]) -> int:
    from npmdesk.cli.parser import build_parser
    from npmdesk.errors import DamagedVault, NpmdeskError, from_os_error

    args = build_parser().parse_args(argv)
    if getattr(args, "vault", None) is None and args.command not in VAULTLESS:
        from npmdesk.paths import default_vault_path

        args.vault = default_vault_path()
    try:
        status: int = args.func(args)
        return status
    except NpmdeskError as err:
        return _fail(err, EXIT_DAMAGED if isinstance(err, DamagedVault) or getattr(err, "damaged", False)
                     else EXIT_ERROR)
    except KeyboardInterrupt:
        from npmdesk.translation import translate

        return _fail(translate("cli", "Interrupted."), EXIT_INTERRUPTED)
    except OSError as err:  # a full or read-only disk, a quota, permissions: one sentence (errors.py)
        if (mapped := from_os_error(err)) is not None:
            return _fail(mapped, EXIT_ERROR)
        from npmdesk.display import one_line
        from npmdesk.errors import os_reason
        from npmdesk.phrase import about
        from npmdesk.translation import error_message

        reason = os_reason(err)  # said of the file when the system named it
        return _fail(error_message(about(one_line(err.filename), reason) if err.filename else reason), EXIT_ERROR)
    except Exception as err:  # noqa: BLE001 - the last resort: one line, never a traceback
        if "npmdesk.vault.database" in sys.modules:  # a read hit damage (writes are mapped by the store)
            from npmdesk.vault.database import DatabaseError, user_error

            if isinstance(err, DatabaseError) and (user := user_error(err, args.vault)) is not None:
                return _fail(user, EXIT_DAMAGED if isinstance(user, DamagedVault) else EXIT_ERROR)
        return _internal_error(err)


def _internal_error(err: Exception) -> int:
    if os.environ.get("NPMDESK_DEBUG") == "1":
        raise err
    from npmdesk.translation import translate

    return _fail(translate("cli", "Unexpected internal error ({name}). Please report it; run with NPMDESK_DEBUG=1 "
                                  "for details.").format(name=type(err).__name__), EXIT_ERROR)


def _fail(message: object, status: int) -> int:
    """Print one line on stderr, "npmdesk: " and the message (an error in the user's language)."""
    from npmdesk.errors import NpmdeskError
    from npmdesk.translation import error_message

    print(f"npmdesk: {error_message(message) if isinstance(message, NpmdeskError) else message}", file=sys.stderr)
    return status
