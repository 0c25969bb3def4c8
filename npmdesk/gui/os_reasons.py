"""Why the operating system refused to read or write a file, in the window's language.

The system's own text (`OSError.strerror`, "No such file or directory") is the C library's
English: the window never shows it. `os_reason(error)` gives a short translated clause to put in
a sentence ("npmdesk could not write the package: {reason}."); an error it does not know becomes
"the system refused it (ENOTSUP)", the error's symbolic name being the same in every language.
A full or read-only disk and missing permissions have whole sentences of their own
(errors.from_os_error), tried first by the callers.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

CONTEXT = "OsReasons"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def os_reason(error: OSError) -> str:
    """A translated clause for why `error` happened (no path, no system text: safe to show)."""
    code = error.errno or 0
    if code == errno.ENOENT:
        return _tr("the file or folder is not there (was the drive unplugged or the folder moved?)")
    if code == errno.ENOTDIR:
        return _tr("a part of the path is a file, not a folder")
    if code == errno.EISDIR:
        return _tr("it is a folder, not a file")
    if code == errno.EEXIST:
        return _tr("a file of that name is already there")
    if code == errno.ENAMETOOLONG:
        return _tr("the file name or path is too long")
    if code in (errno.EBUSY, errno.ETXTBSY):
        return _tr("the file is in use by another program")
    if code in (errno.EIO, errno.ENODEV, errno.ENXIO):
        return _tr("the drive could not be read or written (is it still connected?)")
    if code == errno.EINVAL:
        return _tr("the name is not allowed on this drive")
    name = errno.errorcode.get(code, type(error).__name__)
    return _tr("the system refused it ({code})").replace("{code}", name)
