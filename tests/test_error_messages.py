"""Every failure a user can meet is a class of its own that writes its own sentence (docs/errors.md).

- Each NpmdeskError subclass has a sentence of its own: a `message` in its class (or in a parent
  below NpmdeskError), or an `__init__` that builds the sentence around the values it is given
  (a path, a name, a count).
- No caller writes the sentence: a class whose sentence is fixed is raised without arguments, and
  NpmdeskError itself is never given one (the class named at the raise site is the failure).
  Read from the source with `ast`, so a raise site that no test runs is checked too.
- docs/errors.md names every module that defines such classes, so that it says where they live.
"""

from __future__ import annotations

import ast
import functools
import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import npmdesk
from npmdesk.errors import NpmdeskError

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "npmdesk"
DOC = ROOT / "docs" / "errors.md"


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


@functools.cache
def failures() -> tuple[type[NpmdeskError], ...]:
    """Every NpmdeskError subclass defined in npmdesk (every module imported, the GUI's too)."""
    for module in pkgutil.walk_packages(npmdesk.__path__, "npmdesk."):
        if not module.name.endswith("__main__"):  # running it would start the application
            importlib.import_module(module.name)
    found = {cls for cls in _subclasses(NpmdeskError) if cls.__module__.startswith("npmdesk.")}
    return tuple(sorted(found, key=lambda cls: (cls.__module__, cls.__qualname__)))


def _builds_its_sentence(cls: type) -> bool:
    """An `__init__` of its own, or of a parent below NpmdeskError."""
    return any("__init__" in vars(k) for k in cls.__mro__ if k is not NpmdeskError and issubclass(k, NpmdeskError))


def _has_a_sentence(cls: type) -> bool:
    return _builds_its_sentence(cls) or getattr(cls, "message", NpmdeskError.message) != NpmdeskError.message


def test_every_failure_has_a_sentence_of_its_own() -> None:
    without = [f"{cls.__module__}.{cls.__qualname__}" for cls in failures() if not _has_a_sentence(cls)]
    assert not without, "these failures have no message and no __init__ that writes one:\n" + "\n".join(without)


def _calls_with_a_sentence(path: Path, names: dict[str, list[type]]) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not (node.args or node.keywords):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        if name in ("NpmdeskError", "UserFacingError") or any(
                not _builds_its_sentence(cls) for cls in names.get(name or "", [])):
            yield f"{path.relative_to(ROOT)}:{node.lineno} {ast.unparse(node)[:100]}"


def test_no_caller_writes_the_sentence_of_a_failure() -> None:
    names: dict[str, list[type]] = {}
    for cls in failures():
        names.setdefault(cls.__name__, []).append(cls)
    found = [call for path in sorted(PACKAGE.rglob("*.py")) for call in _calls_with_a_sentence(path, names)]
    assert not found, ("these raise sites write the failure's sentence themselves (give the failure a class "
                       "with its message):\n" + "\n".join(found))


def test_the_developers_page_names_every_module_that_defines_failures() -> None:
    text = DOC.read_text(encoding="utf-8")
    modules = sorted({cls.__module__ for cls in failures()})
    missing = [m for m in modules if f"`{m.replace('.', '/')}.py`" not in text]
    assert not missing, "docs/errors.md does not say that failures live in:\n" + "\n".join(missing)
