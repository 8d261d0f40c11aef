"""The package layout shows the pipeline, and no module needs itself to be imported.

Every import of every module is read from its source (module level and inside functions alike:
an import delayed into a function to dodge a cycle is still a cycle), except those under
``if TYPE_CHECKING:``, which never run.
"""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path

import pytest

import ceksilang

PACKAGE_ROOT = Path(ceksilang.__file__).parent
STAGES = ("ingest", "extract", "reconcile", "factcheck", "render", "web", "scale", "evaluate", "train", "lang")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE_ROOT.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imported(name: str, path: Path, known: set[str], top_level: bool = False) -> set[str]:
    """The ceksilang modules ``name`` (at ``path``) imports, with the packages importing them runs;
    ``top_level``: only those its import runs (none inside its functions)."""
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    targets: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.Import):
                targets.update(a.name for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = name.split(".") if is_package else name.split(".")[:-1]
                    base = base[: len(base) - (child.level - 1)]
                    module = ".".join(base + ([child.module] if child.module else []))
                else:
                    module = child.module or ""
                targets.add(module)
                # "from package import module"
                targets.update(f"{module}.{a.name}" for a in child.names if f"{module}.{a.name}" in known)
            if top_level and isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            visit(child)

    visit(tree)
    own_packages = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1 + is_package)}
    edges: set[str] = set()
    for target in targets:
        if not (target == "ceksilang" or target.startswith("ceksilang.")):
            continue
        parts = target.split(".")
        for i in range(1, len(parts) + 1):
            step = ".".join(parts[:i])
            # the packages the importer sits in are already being imported: not an edge
            if step in known and step not in own_packages and step != name:
                edges.add(step)
    return edges


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: _imported(name, path, known) for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def strong(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return found


def test_layout_no_import_cycle():
    assert _cycles(import_graph()) == []


def test_layout_cycle_finder_finds_a_planted_cycle():
    graph = import_graph()
    graph["ceksilang.model"] = graph["ceksilang.model"] | {"ceksilang.reconcile.claims"}
    cycles = _cycles(graph)
    assert any("ceksilang.model" in c and "ceksilang.reconcile.claims" in c for c in cycles)


def test_layout_delayed_import_counts(tmp_path):
    # an import inside a function is an edge: hiding a cycle in a function does not hide it here
    graph = import_graph()
    assert "ceksilang.pipeline" in graph["ceksilang.cli"]


def _delayed_imports(name: str, path: Path, known: set[str]) -> list[tuple[int, str]]:
    """(line, module) of each import of a ceksilang module inside a function of ``name``, but for
    those under ``try`` with an ``ImportError`` handler (a guard for a part that may be missing)."""
    found: list[tuple[int, str]] = []

    def guarded(node: ast.Try) -> bool:
        return any(isinstance(h.type, ast.Name) and h.type.id in ("ImportError", "ModuleNotFoundError")
                   for h in node.handlers)

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                continue
            if isinstance(child, ast.Try) and guarded(child):
                continue
            if in_function and isinstance(child, (ast.Import, ast.ImportFrom)):
                if isinstance(child, ast.ImportFrom) and not child.level:
                    modules = [f"{child.module}.{a.name}" if f"{child.module}.{a.name}" in known else child.module
                               for a in child.names]
                else:
                    modules = [a.name for a in getattr(child, "names", [])] if isinstance(child, ast.Import) else []
                found.extend((child.lineno, m) for m in modules if m and m in known)
            visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return found


def _top_level_graph(modules: dict[str, Path], known: set[str]) -> dict[str, set[str]]:
    """The edges of the imports that run when a module is imported: its body's, not its functions'."""
    return {name: _imported(name, path, known, top_level=True) for name, path in modules.items()}


def _loaded_with(name: str, graph: dict[str, set[str]]) -> set[str]:
    """The ceksilang modules already imported once ``name`` is: its packages' imports and its own, followed."""
    start = [".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 2)]
    seen: set[str] = set()
    todo = [m for m in start if m in graph]
    while todo:
        m = todo.pop()
        if m not in seen:
            seen.add(m)
            todo.extend(graph.get(m, ()))
    return seen


def liftable_imports() -> list[str]:
    """Imports inside functions of a module the function's module has loaded already (through its own
    top-level imports or its packages'): delaying them dodges no cycle and saves no time."""
    modules = _modules()
    known = set(modules)
    graph = _top_level_graph(modules, known)
    found = []
    for name, path in modules.items():
        loaded = _loaded_with(name, graph)
        found.extend(f"{path.relative_to(PACKAGE_ROOT.parent)}:{line} {module}"
                     for line, module in _delayed_imports(name, path, known) if module in loaded)
    return sorted(set(found))


def test_layout_no_delayed_import_of_a_module_already_loaded():
    # an import inside a function is for a cycle (refused above) or for a module not loaded yet
    # (a slow or optional part); of a module its importer has loaded already, it belongs at the top
    assert liftable_imports() == []


def test_layout_liftable_import_finder_finds_a_planted_one(tmp_path, monkeypatch):
    package = tmp_path / "ceksilang"
    (package / "stage").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "stage" / "__init__.py").write_text("")
    (package / "stage" / "low.py").write_text("X = 1\n")
    (package / "stage" / "high.py").write_text(
        "from ceksilang.stage.low import X\n\n\ndef f():\n    from ceksilang.stage.low import X\n    return X\n")
    (package / "stage" / "late.py").write_text("def f():\n    from ceksilang.stage.low import X\n    return X\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE_ROOT", package)
    assert liftable_imports() == ["ceksilang/stage/high.py:5 ceksilang.stage.low"]


def test_layout_top_level_is_stages_and_core_modules():
    top = sorted(p.name for p in PACKAGE_ROOT.iterdir() if not p.name.startswith(("_", ".")) or p.name == "__init__.py")
    modules = {n for n in top if n.endswith(".py")}
    assert modules <= {"__init__.py", "cli.py", "model.py", "settings.py", "text.py", "store.py", "pipeline.py"}
    for stage in STAGES:
        assert (PACKAGE_ROOT / stage / "__init__.py").is_file(), stage


@pytest.mark.parametrize("package", ["ceksilang." + s for s in STAGES])
def test_layout_each_stage_says_what_it_takes_and_gives(package):
    module = importlib.import_module(package)
    assert module.__doc__ and len(module.__doc__.split()) >= 8, package


def test_layout_public_entry_points_still_work():
    import spacy

    from ceksilang.extract.pipeline import build_pipeline

    nlp = build_pipeline()
    assert "ceksilang_quotes" in nlp.pipe_names
    # the spaCy factory by name, through the package's entry point
    assert "ceksilang_ner" in spacy.registry.factories.get_all()
    from ceksilang.cli import main

    assert callable(main)
