"""Loaded by every Python process the tests start (PYTHONPATH points here).

Blocks network sockets in child processes too: any attempt to open one writes to
stderr and ends the process with exit status 97, which fails the test that started it.
"""

from __future__ import annotations

import os
import socket
import sys

_ALLOWED = {getattr(socket, "AF_UNIX", None)}
_Real = socket.socket


def _refuse(what: str) -> None:
    sys.stderr.write(f"npmdesk test guard: network access attempted ({what})\n")
    sys.stderr.flush()
    os._exit(97)


class _GuardedSocket(_Real):
    def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
        if family not in _ALLOWED and family != -1:
            _refuse(f"socket family {family}")
        super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]


socket.socket = _GuardedSocket  # type: ignore[misc]
socket.create_connection = lambda *a, **k: _refuse("create_connection")  # type: ignore[assignment]
socket.getaddrinfo = lambda *a, **k: _refuse("getaddrinfo")  # type: ignore[assignment]
