"""Typed access to the parts of a Designer form loaded at run time (`resources.load_form`).

A form's widgets are found by object name; Qt answers `None` when the name or the type is
wrong. `child` and `layout_of` turn that answer into the declared type or a FormMismatch, so
callers hold a `QLineEdit`, not a `QLineEdit | None`, and a renamed widget in `ui/*.ui` fails
the first time its form is built (every form is built by the GUI tests).
"""

from __future__ import annotations

from typing import TypeVar, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLayout, QWidget

Part = TypeVar("Part", bound=QObject)
Layout = TypeVar("Layout", bound=QLayout)


class FormMismatch(LookupError):
    """The code and a `ui/*.ui` form disagree about a widget or layout: a programming error."""


def child(form: QObject, cls: type[Part], name: str) -> Part:
    """`form`'s descendant called `name`, of type `cls` (a widget or a layout).

    Raises FormMismatch if `form` has no `cls` of that name.
    """
    found = form.findChild(cls, name)
    if found is None:
        raise FormMismatch(f"{form.objectName() or type(form).__name__} has no {cls.__name__} {name!r}")
    return found


def layout_of(widget: QWidget | None, cls: type[Layout]) -> Layout:
    """`widget`'s own layout, of type `cls` (e.g. QBoxLayout to insert a widget beside others).

    Accepts the `QWidget | None` that `parentWidget()` gives; raises FormMismatch if there is
    no widget, no layout, or a layout of another type.
    """
    if widget is None:
        raise FormMismatch(f"no widget to take a {cls.__name__} from")
    layout = widget.layout()
    if not isinstance(layout, cls):
        raise FormMismatch(f"{widget.objectName() or type(widget).__name__}'s layout is not a {cls.__name__}")
    return layout


def form_row(layout: QFormLayout, widget: QWidget) -> int:
    """The row of `layout` that holds `widget` (as label or field), -1 if none."""
    # PySide6's stub types getWidgetPosition `-> object`; it returns (row, ItemRole).
    row, _role = cast("tuple[int, QFormLayout.ItemRole]", layout.getWidgetPosition(widget))
    return row
