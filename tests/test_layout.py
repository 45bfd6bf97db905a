"""The package's layout: one subpackage per pipeline part, data flowing one way, no import cycle.

Every module is parsed with ``ast``; imports inside functions count, imports under
``if TYPE_CHECKING:`` do not (they are annotations). A module may import the shared base types,
its own part and the parts before it in the pipeline, never a later one; the entry points at the
package root may import anything, and nothing below them imports them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "provenance"
#: The parts in pipeline order: a part may import those before it, never one after.
PARTS = ("reading", "article", "pairs", "corpus", "views")
#: Root modules every part may use: result types, settings, errors, optional imports.
BASE = {"models", "settings", "errors", "optional"}
#: Root modules that run the pipeline or face the user: they may import any part.
ENTRY = {"__init__", "cli", "pipeline", "engine", "index", "report", "auditing", "training"}
MAX_ROOT_MODULES = 12
MAX_LINES = 600


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement, at any depth, except those guarded by ``if TYPE_CHECKING:``."""
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _resolve(name: str) -> str | None:
    """The project module a dotted name (relative to the package) stands for, if any."""
    if name in MODULES:
        return name
    if f"{name}.__init__" in MODULES:
        return f"{name}.__init__"
    return None


def _targets(module: str, node: ast.Import | ast.ImportFrom) -> set[str]:
    package = module.split(".")[:-1]
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
        return {t for n in names if n.startswith("provenance.") and (t := _resolve(n[len("provenance."):]))}
    if node.level:
        base = package[: len(package) - node.level + 1]
    elif node.module and (node.module == "provenance" or node.module.startswith("provenance.")):
        base = []
        node_module = node.module[len("provenance"):].lstrip(".")
        return _from(base + ([node_module] if node_module else []), node)
    else:
        return set()
    return _from(base + ([node.module] if node.module else []), node)


def _from(base: list[str], node: ast.ImportFrom) -> set[str]:
    where = ".".join(p for p in base if p)
    found = set()
    for alias in node.names:  # "from .views import notebook" imports a module
        sub = _resolve(f"{where}.{alias.name}" if where else alias.name)
        if sub:
            found.add(sub)
    if not found and where:
        target = _resolve(where)
        if target:
            found.add(target)
    return found


def _graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    for module, path in MODULES.items():
        graph.add_node(module)
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            for target in _targets(module, node):
                if target != module:
                    graph.add_edge(module, target)
    return graph


def _part(module: str) -> str:
    head = module.split(".")[0]
    if head in PARTS:
        return head
    return "entry" if head in ENTRY else "base"


def test_the_graph_sees_function_level_imports() -> None:
    graph = _graph()
    # report.py imports its views inside methods; the test must see those edges.
    assert graph.has_edge("report", "views.render")
    assert graph.has_edge("reading.load", "reading.warc_input")


def test_no_import_cycle() -> None:
    cycles = list(nx.simple_cycles(_graph()))
    assert not cycles, f"import cycles: {cycles}"


def _against_the_flow(mine: str, theirs: str) -> bool:
    order = {part: n for n, part in enumerate(PARTS)}
    if theirs == "entry":
        return mine != "entry"
    if mine == "base":
        return theirs != "base"
    return mine in order and theirs in order and order[theirs] > order[mine]


def test_data_flows_one_way() -> None:
    wrong = [(m, t) for m, t in _graph().edges if _against_the_flow(_part(m), _part(t))]
    assert not wrong, f"imports against the flow reading -> article -> pairs -> corpus -> views: {wrong}"


def test_root_keeps_entry_points_and_shared_types_only() -> None:
    root = {m for m in MODULES if "." not in m}
    assert root <= BASE | ENTRY, f"modules at the root that belong to a part: {sorted(root - BASE - ENTRY)}"
    assert len(root) <= MAX_ROOT_MODULES
    for part in PARTS:
        assert f"{part}.__init__" in MODULES


@pytest.mark.parametrize("module", sorted(MODULES))
def test_module_is_short(module: str) -> None:
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{module} has {lines} lines; split it by what it does"


@pytest.mark.parametrize("part", PARTS)
def test_each_part_says_what_it_does_and_hands_on(part: str) -> None:
    doc = ast.get_docstring(ast.parse(MODULES[f"{part}.__init__"].read_text(encoding="utf-8")))
    assert doc and len([line for line in doc.splitlines() if line.strip()]) == 2, part
