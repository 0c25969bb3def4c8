"""Keep the process's memory (passphrases, keys, record text) from being written out by the system.

`harden()` is the first thing every npmdesk process does, before its arguments are parsed and before
any passphrase is read or vault code runs: `npmdesk.cli.main` (which also opens the window, and is
what `python -m npmdesk` and the frozen program's `packaging/launcher.py` run) and
`npmdesk.gui.app.main` (the `npmdesk-gui` command) call it on their first line. The two child
processes npmdesk starts, each this program again (the text extractor, records/extract_worker.py,
and an import's records parser, exchange/parse_worker.py), call it before they read anything.

What it does, per system:

- every POSIX system: the core-file size limit (`RLIMIT_CORE`) is set to 0, soft and hard, so a
  crash writes no core file, even if the shell said `ulimit -c unlimited`; a non-root process can
  not raise a hard limit again, and child processes inherit it.
- Linux, first: `/proc/self/coredump_filter` 0, so that a core dump, should one still be made,
  holds none of the process's memory (no heap, no stack, no written library data), only the
  registers (whose vector registers may hold a few hundred bytes of what was copied last) and the
  first page of each mapped program file. This covers a crash handler that does not honour the
  limit: with `fs.suid_dumpable=2` (set on Ubuntu for apport) the kernel hands even non-dumpable
  processes to the `core_pattern` program, and apport may ignore the limit for a program it
  counts as packaged (`/usr/bin/python3`).
- Linux, then: `prctl(PR_SET_DUMPABLE, 0)`. The kernel then writes no core file even if the limit
  is raised again from outside (`prlimit`), hands nothing to a `core_pattern` pipe (systemd-coredump,
  apport) unless an administrator set `fs.suid_dumpable=2`, and other processes of the same user
  can neither `ptrace` npmdesk nor read `/proc/PID/mem`, `environ`, `maps` or its open files (only
  root, with CAP_SYS_PTRACE, still can). The flag is reset when a process execs another program:
  npmdesk's children are this program again, and set it themselves first thing. (The filter must
  be written before: a non-dumpable process's /proc files belong to root.)
- macOS: `ptrace(PT_DENY_ATTACH)`: no debugger (lldb, dtrace) can attach to npmdesk later, and one
  attached already ends it; so this step is skipped when `NPMDESK_DEBUG=1` (a developer's
  session). macOS writes core files only to /cores and only with a non-zero `RLIMIT_CORE`; its crash
  reports (ReportCrash) hold the stack trace and registers, not the heap.
- Windows: the process error mode gets `SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX`: an
  unhandled exception (an access violation, the equivalent of SIGSEGV) ends npmdesk without invoking
  Windows Error Reporting, so neither a report nor a `LocalDumps` dump is made of it; and
  `WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)` keeps the heap out of any report WER still makes.
  What this cannot cover: fail-fast crashes (`__fastfail`, a detected heap corruption or stack
  buffer overrun) always go to WER, and if an administrator configured `LocalDumps` with
  `DumpType=2` those write a full dump; a debugger or a tool of the same user (Task Manager's
  "Create dump file", ProcDump) can still dump a running npmdesk; and the page file and hibernation
  file are the system's. `WerAddExcludedApplication` is deliberately not called: it writes to the
  user's registry, for every program of that file name (for `python.exe`, all Python programs), and
  survives npmdesk.

None of this may stop npmdesk from starting: a step that fails (an old kernel, a sandbox refusing
`prctl`, a missing library function) is recorded in the result and npmdesk runs on.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

CORE_LIMIT = "core-limit-zero"
NO_MEMORY_IN_CORE = "no-memory-in-core"
NON_DUMPABLE = "non-dumpable"
DEBUGGER_DENIED = "debugger-denied"
NO_ERROR_REPORTING = "no-error-reporting"
NO_HEAP_IN_REPORTS = "no-heap-in-reports"

_PR_GET_DUMPABLE = 3
_PR_SET_DUMPABLE = 4
_PT_DENY_ATTACH = 31
_SEM_FAILCRITICALERRORS = 0x0001
_SEM_NOGPFAULTERRORBOX = 0x0002
_WER_FAULT_REPORTING_FLAG_NOHEAP = 1


@dataclass(frozen=True)
class Hardening:
    """What `harden()` achieved: the names of the steps that took effect and of those that failed."""

    achieved: tuple[str, ...]
    failed: tuple[str, ...]


class StepFailed(Exception):
    """A hardening step the system refused (never seen by the user: npmdesk runs on)."""


def harden() -> Hardening:
    """Make this process non-dumpable as far as the system allows (see the module's docstring).

    Never raises; safe to call more than once.
    """
    achieved: list[str] = []
    failed: list[str] = []
    for name, step in _steps():
        try:
            step()
        except Exception:  # noqa: BLE001 - no hardening failure may stop npmdesk from starting
            failed.append(name)
        else:
            achieved.append(name)
    return Hardening(tuple(achieved), tuple(failed))


def harden_child(memory: int) -> Hardening:
    """`harden()` for one of npmdesk's child processes (the text extractor, the records parser),
    which also limits its own address space to `memory` bytes where the system allows
    (`RLIMIT_AS`, POSIX): a hostile document or record can cost it no more."""
    done = harden()
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ImportError, OSError, ValueError):
        pass
    return done


def _steps() -> list[tuple[str, Callable[[], None]]]:
    steps: list[tuple[str, Callable[[], None]]] = []
    if sys.platform == "win32":
        steps += [(NO_ERROR_REPORTING, _no_error_reporting), (NO_HEAP_IN_REPORTS, _no_heap_in_reports)]
    else:
        steps.append((CORE_LIMIT, _core_limit_zero))
    if sys.platform.startswith("linux"):
        steps += [(NO_MEMORY_IN_CORE, _no_memory_in_core), (NON_DUMPABLE, _non_dumpable)]
    if sys.platform == "darwin" and os.environ.get("NPMDESK_DEBUG") != "1":
        steps.append((DEBUGGER_DENIED, _deny_debugger))
    return steps


def _core_limit_zero() -> None:
    if sys.platform != "win32":
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if resource.getrlimit(resource.RLIMIT_CORE) != (0, 0):
            raise StepFailed(CORE_LIMIT)


def _no_memory_in_core() -> None:
    with open("/proc/self/coredump_filter", "w", encoding="ascii") as f:
        f.write("0")
    with open("/proc/self/coredump_filter", encoding="ascii") as f:
        if int(f.read(), 16) != 0:
            raise StepFailed(NO_MEMORY_IN_CORE)


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def _non_dumpable() -> None:
    prctl = _libc().prctl
    prctl.restype = ctypes.c_int
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    if prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) != 0 or prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0) != 0:
        raise StepFailed(NON_DUMPABLE)


def _deny_debugger() -> None:
    ptrace = _libc().ptrace
    ptrace.restype = ctypes.c_int
    ptrace.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_void_p, ctypes.c_int]
    if ptrace(_PT_DENY_ATTACH, 0, None, 0) != 0:
        raise StepFailed(DEBUGGER_DENIED)


def _no_error_reporting() -> None:
    if sys.platform == "win32":
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        wanted = _SEM_FAILCRITICALERRORS | _SEM_NOGPFAULTERRORBOX
        kernel32.SetErrorMode(kernel32.GetErrorMode() | wanted)
        if kernel32.GetErrorMode() & wanted != wanted:
            raise StepFailed(NO_ERROR_REPORTING)


def _no_heap_in_reports() -> None:
    if sys.platform == "win32":
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        if kernel32.WerSetFlags(_WER_FAULT_REPORTING_FLAG_NOHEAP) != 0:  # an HRESULT; 0 is S_OK
            raise StepFailed(NO_HEAP_IN_REPORTS)
