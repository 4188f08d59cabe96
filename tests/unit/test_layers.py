"""Layers only look down: no module of the server imports from a layer above its own.

The layers, top to bottom (``docs/architecture.md``):

* **composition**: the app factory and the command line, which wire everything together;
* **edge**: HTTP in and out (``http/``, each resource's ``routes``/``params``, the controllers
  and the access middleware);
* **service**: the rules (``*/service.py``, the resource declarations, the import pipeline, the
  change feed and export, the format readers);
* **persistence**: SQL (``persistence/``, ``*/repository.py``);
* **base**: what every layer may use (the request context, errors, wire types and schemas).

Imports under ``if TYPE_CHECKING:`` are annotations only and are not counted.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "server" / "watchfloor"
LAYERS = ("composition", "edge", "service", "persistence", "base")

COMPOSITION = {
    "watchfloor.app",
    "watchfloor.cli",
    "watchfloor.access.commands",
    "watchfloor.worker.commands",
}
EDGE_NAMES = {"routes", "controller", "params", "series", "middleware"}
EDGE = {"watchfloor.access.openapi"}
SERVICE = {"watchfloor.sync.schemas"}
"""Schemas assembled from the registry: the change feed's item names every resource's type."""
BASE = {
    "watchfloor",
    "watchfloor.context",
    "watchfloor.errors",
    "watchfloor.ids",
    "watchfloor.wire",
    "watchfloor.envelopes",
    "watchfloor.settings",
    "watchfloor.migrate",
    "watchfloor.embedded",
    "watchfloor.admiralty",
    "watchfloor.cursors",
    "watchfloor.lifecycle",
    "watchfloor.access.principal",
}


def layer(module: str) -> str:
    parts = module.split(".")
    if module in COMPOSITION:
        return "composition"
    if module in SERVICE:
        return "service"
    if module in BASE or parts[-1] == "schemas":
        return "base"
    if (len(parts) > 1 and parts[1] == "http") or parts[-1] in EDGE_NAMES or module in EDGE:
        return "edge"
    if (len(parts) > 1 and parts[1] == "persistence") or parts[-1] == "repository":
        return "persistence"
    return "service"


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(relative.parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def imports_of(path: Path, modules: dict[str, Path]) -> set[str]:
    """The server modules ``path`` imports at run time (``from a import b``: ``a.b`` if a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {id(n) for node in ast.walk(tree) if _type_checking(node) for n in ast.walk(node)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("watchfloor"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if not node.module.startswith("watchfloor"):
                continue
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in modules else node.module)
    return found


def test_the_layer_rules_know_every_layer() -> None:
    assert {layer(m) for m in _modules()} == set(LAYERS)


def test_no_module_imports_from_a_layer_above_it() -> None:
    modules = _modules()
    upward = []
    for module, path in sorted(modules.items()):
        rank = LAYERS.index(layer(module))
        for imported in sorted(imports_of(path, modules)):
            if LAYERS.index(layer(imported)) < rank:
                upward.append(f"{module} ({layer(module)}) imports {imported} ({layer(imported)})")
    assert upward == []


def test_parameter_parsing_imports_no_repository() -> None:
    modules = _modules()
    offending = [
        f"{module} imports {imported}"
        for module, path in modules.items()
        if module.split(".")[-1] in {"params", "routes"}
        for imported in imports_of(path, modules)
        if imported.split(".")[-1] == "repository"
    ]
    assert offending == []


@pytest.mark.parametrize(
    ("module", "expected"),
    [
        ("watchfloor.app", "composition"),
        ("watchfloor.http.kit", "edge"),
        ("watchfloor.resources.events.routes", "edge"),
        ("watchfloor.resources.events.service", "service"),
        ("watchfloor.imports.batch", "service"),
        ("watchfloor.resources.events.repository", "persistence"),
        ("watchfloor.persistence.store", "persistence"),
        ("watchfloor.resources.events.schemas", "base"),
        ("watchfloor.context", "base"),
    ],
)
def test_layer_of(module: str, expected: str) -> None:
    assert layer(module) == expected


def test_an_upward_import_is_found(tmp_path: Path) -> None:
    """The check itself: a repository importing a route module is reported."""
    source = tmp_path / "repository.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "from watchfloor.http import kit\n"
        "if TYPE_CHECKING:\n"
        "    from watchfloor.app import create_app\n",
        encoding="utf-8",
    )
    modules = _modules()
    assert imports_of(source, modules) == {"watchfloor.http.kit"}


def test_no_context_variable_steers_the_server() -> None:
    """The caller, the horizon, the memo and the sink travel in the request context."""
    users = []
    for module, path in _modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if "contextvars" in names:
                users.append(module)
    assert users == []
