"""Package attributes imported on first use (PEP 562), so light commands start fast."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def exports(package: str, names: dict[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` that imports `names[attr]` (a module path) when `attr` is first read."""

    def __getattr__(name: str) -> Any:
        if name in names:
            return getattr(importlib.import_module(names[name]), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__


def function(module: str, name: str) -> Callable[..., Any]:
    """A stand-in for the function `module.name` that imports `module` when first called: the
    command line's parser names every command's function without loading their modules."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__module__, call.__qualname__, call.__name__ = module, name, name  # what it stands for
    return call
