"""Run an `npmdesk` command and SIGKILL it the N-th time it reaches a named storage step.

    python rotation_child.py STEP N npmdesk-arguments…

The steps are those of npmdesk.vault.storage.Storage (create-temp, write-temp, fsync-temp,
rename, fsync-dir) and of a key rotation (rekey, promote). Standard output is flushed first,
so the parent sees everything the command printed before the kill (a recovery code shown).
"""

from __future__ import annotations

import os
import signal
import sys


def main(argv: list[str]) -> int:
    from npmdesk.cli import main as npmdesk_main
    from npmdesk.vault.storage import Storage

    step, nth = argv[1], int(argv[2])
    seen = 0
    real = Storage.step

    def step_then_maybe_die(self: Storage, name: str) -> None:
        nonlocal seen
        if name == step:
            seen += 1
            if seen == nth:
                sys.stdout.flush()
                os.kill(os.getpid(), signal.SIGKILL)
        real(self, name)

    Storage.step = step_then_maybe_die  # type: ignore[method-assign]
    return npmdesk_main(argv[3:])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
