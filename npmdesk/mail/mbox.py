"""Messages of an mbox file, one at a time (the file is never read whole).

A line starting with "From " that begins the file or follows an empty line starts a message
(mboxo and mboxrd, as Thunderbird and most mail programs write them); ">From " lines are
unquoted one level (mboxrd). A message over `max_bytes` is skipped and reported, not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

_QUOTED_FROM = re.compile(rb"^>(>*From )")
LINE_LIMIT = 1024 * 1024  # RFC 5322 allows 998 characters; 1 MiB is generous for broken mail


@dataclass(frozen=True)
class MboxEntry:
    number: int  # 1-based, in the file's order
    data: bytes  # empty when `too_large`
    too_large: bool = False


def is_mbox(head: bytes) -> bool:
    return head.startswith(b"From ") and b"\n" in head[:4096]


def messages(stream: BinaryIO, *, max_bytes: int) -> Iterator[MboxEntry]:
    number = 0
    lines: list[bytes] = []
    size = 0
    too_large = False
    previous_blank = True
    started = False
    while line := stream.readline(LINE_LIMIT):
        if not line.endswith(b"\n") and len(line) == LINE_LIMIT:
            too_large, lines = started, []  # a "line" this long is not mail: skip to the next message
            while (more := stream.readline(LINE_LIMIT)) and not more.endswith(b"\n"):
                pass
            previous_blank = False
            continue
        if line.startswith(b"From ") and previous_blank:
            if started:
                yield _entry(number, lines, too_large)
            number += 1
            started, lines, size, too_large = True, [], 0, False
            previous_blank = False
            continue
        previous_blank = line in (b"\n", b"\r\n")
        if not started or too_large:
            continue
        size += len(line)
        if size > max_bytes:
            too_large, lines = True, []
            continue
        lines.append(_QUOTED_FROM.sub(rb"\1", line))
    if started:
        yield _entry(number, lines, too_large)


def _entry(number: int, lines: list[bytes], too_large: bool) -> MboxEntry:
    if too_large:
        return MboxEntry(number, b"", True)
    if lines and lines[-1] in (b"\n", b"\r\n"):
        lines = lines[:-1]  # the empty line that separates messages is not part of either
    return MboxEntry(number, b"".join(lines))
