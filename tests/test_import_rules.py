"""The layers, as imports: read from the source with `ast` (nothing is imported), so a rule
broken anywhere, even in a function that no test runs, fails here with the file, the line and
the import that breaks it.

- The core (everything but npmdesk/gui and npmdesk/pdf) imports no Qt, neither directly nor by
  importing the GUI or the PDF renderer; the command line may use the PDF renderer inside the
  command that writes a report, and the GUI only in the command that opens the window.
- The age implementation (npmdesk/exchange/age) imports nothing else of npmdesk.
- No import cycles between npmdesk's modules. Decision: an import inside a function counts as
  much as one at the top of the module (it runs as soon as the function does, and a cycle through
  it is a cycle a reader must untangle all the same); imports under `if TYPE_CHECKING:` do not
  count (they never run).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "npmdesk"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
QT_LAYERS = ("npmdesk.gui", "npmdesk.pdf")  # Qt's graphics (pdf) and widgets (gui)
CLI = "npmdesk.cli"
WINDOW_COMMAND = "npmdesk.cli.window_command"  # `npmdesk` without a command opens the window
# `npmdesk report` and `npmdesk export --format pdf` paint the PDF (in their functions)
PDF_COMMANDS = {"npmdesk.cli.report_command", "npmdesk.cli.pdf_export_command"}
AGE = "npmdesk.exchange.age"
@dataclass(frozen=True)
class Import:
    importer: str  # the importing module
    target: str  # the module imported (for `from a import b`: a.b if that is a module, else a)
    path: Path
    line: int
    in_function: bool
    type_only: bool  # under `if TYPE_CHECKING:`

    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line} imports {self.target}"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _absolute(module: str, path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    base = package[: len(package) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def imports_of(module: str, path: Path) -> list[Import]:
    found: list[Import] = []

    def visit(node: ast.AST, in_function: bool, type_only: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                found.extend(Import(module, alias.name, path, child.lineno, in_function, type_only)
                             for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = _absolute(module, path, child)
                for alias in child.names:
                    sub = f"{base}.{alias.name}"
                    found.append(Import(module, sub if sub in MODULES else base, path, child.lineno, in_function,
                                        type_only))
            elif isinstance(child, ast.If) and _is_type_checking(child):
                for part in child.body:
                    visit(ast.Module(body=[part], type_ignores=[]), in_function, True)
                for part in child.orelse:
                    visit(ast.Module(body=[part], type_ignores=[]), in_function, type_only)
            else:
                visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)),
                      type_only)

    visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), False, False)
    return found


IMPORTS = [imp for name, path in MODULES.items() for imp in imports_of(name, path)]


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _in_any(module: str, packages: tuple[str, ...]) -> bool:
    return any(_within(module, p) for p in packages)


def test_the_rules_see_the_imports_they_judge():
    """A guard on the guard: the walk finds what is there (a rule over nothing passes vacuously)."""
    assert len(MODULES) > 100
    targets = {(imp.importer, imp.target) for imp in IMPORTS}
    assert ("npmdesk.pdf.render", "PySide6.QtGui") in targets
    assert ("npmdesk.cli.window_command", "npmdesk.gui.app") in targets
    assert ("npmdesk.vault.vault", "npmdesk.vault.files") in targets


def test_the_core_imports_no_qt():
    wrong = [
        f"{imp.where()}: the core never imports Qt (only npmdesk/gui and npmdesk/pdf do)"
        for imp in IMPORTS
        if not _in_any(imp.importer, QT_LAYERS) and imp.target.split(".")[0] in QT
    ]
    wrong += [
        f"{imp.where()}: the core does not use the GUI or the PDF renderer (they are layers above it)"
        for imp in IMPORTS
        if not _in_any(imp.importer, (*QT_LAYERS, CLI)) and _in_any(imp.target, QT_LAYERS)
    ]
    assert not wrong, "\n".join(dict.fromkeys(wrong))


def test_the_command_line_opens_the_gui_only_to_open_the_window():
    wrong = [
        f"{imp.where()}: only {WINDOW_COMMAND} (the command that opens the window) imports the GUI"
        for imp in IMPORTS
        if _within(imp.importer, CLI) and _within(imp.target, "npmdesk.gui") and imp.importer != WINDOW_COMMAND
    ]
    wrong += [
        f"{imp.where()}: the PDF renderer loads Qt; only `npmdesk report` imports it, inside its function"
        for imp in IMPORTS
        if _within(imp.importer, CLI) and _within(imp.target, "npmdesk.pdf")
        and not (imp.importer in PDF_COMMANDS and imp.in_function)
    ]
    assert not wrong, "\n".join(dict.fromkeys(wrong))


def test_the_age_implementation_imports_nothing_else_of_npmdesk():
    wrong = [
        f"{imp.where()}: npmdesk/exchange/age depends on nothing else in npmdesk (like Go age's internal/format)"
        for imp in IMPORTS
        if _within(imp.importer, AGE) and _within(imp.target, "npmdesk") and imp.target != "npmdesk"
        and not _within(imp.target, AGE)
    ]
    assert not wrong, "\n".join(dict.fromkeys(wrong))


def _cycles() -> list[list[Import]]:
    """One cycle per strongly connected component of the module graph (Tarjan), each as the
    imports that make it, in order."""
    edges: dict[str, list[Import]] = {name: [] for name in MODULES}
    for imp in IMPORTS:
        if not imp.type_only and imp.target in MODULES and imp.target != imp.importer:
            edges[imp.importer].append(imp)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def connect(node: str) -> None:  # recursion depth is bounded by the number of modules
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for imp in edges[node]:
            if imp.target not in index:
                connect(imp.target)
                low[node] = min(low[node], low[imp.target])
            elif imp.target in on_stack:
                low[node] = min(low[node], index[imp.target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(component)

    for name in MODULES:
        if name not in index:
            connect(name)
    return [_path_through(component, edges) for component in components]


def _path_through(component: set[str], edges: dict[str, list[Import]]) -> list[Import]:
    """A shortest cycle through the component's first module (breadth-first)."""
    start = min(component)
    came: dict[str, Import] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for imp in edges[node]:
                if imp.target not in component:
                    continue
                if imp.target == start:
                    path = [imp]
                    while path[0].importer != start:
                        path.insert(0, came[path[0].importer])
                    return path
                if imp.target not in came:
                    came[imp.target] = imp
                    following.append(imp.target)
        frontier = following
    raise AssertionError(f"no cycle through {start}")


def test_no_import_cycles():
    cycles = _cycles()
    assert not cycles, "Import cycles (break each where the layering says it should go):\n" + "\n\n".join(
        "\n".join(f"  {imp.where()}" + (" (in a function)" if imp.in_function else "") for imp in cycle)
        for cycle in cycles
    )
