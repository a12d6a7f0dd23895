"""The import graph of the briefing package, and the architecture checks run on it.

    .venv/bin/python benchmarks/import_graph.py                 # check briefing/
    .venv/bin/python benchmarks/import_graph.py --dot deps.dot  # and draw it for Graphviz:
                            # function-level imports dashed, lazy dotted, rule violations red
    .venv/bin/python benchmarks/import_graph.py path/to/pkg --max-layers 8

Stdlib `ast` only; nothing is imported. Edges are the package's imports of its own
modules, module-level or inside functions, relative ones resolved: `from ..model import X`
-> briefing.model, `from . import x` -> the submodule x if there is one, `from .render
import y` -> briefing.render (the package's __init__). `importlib.import_module(f"{__name__}
.{...}")` gives "lazy" edges to the submodules named by the string literals of the
enclosing function and of the module-level dicts/lists it uses (`_EXPORTS = {"build":
"pipeline"}`); other dynamic imports are invisible, and `if TYPE_CHECKING:` is skipped.

Printed: the layers of the package's parts (each subpackage one node, each top-level
module one; 0 = imports no other part), on which the limit is checked, then the layers of
the modules themselves (0 = imports no other module of the package), each module's imports
(`*` function-level, `~` lazy), the cycles, the RULES broken, modules over 500 lines and
functions over 80 (nested ones on their own, decorators not counted). Exit status 1 when a
check fails. A package importing its own submodule stays an edge, but is dropped where it
closes a loop with the submodule importing the package (Python allows that), for both the
cycles and the layers; layers are computed with any remaining cycle collapsed to one node.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

RULES = [  # (importers, what they must not import); a name covers its submodules too
    (("briefing.readers", "briefing.analysis"),
     ("briefing.render", "briefing.batch", "briefing.fetcher", "briefing.cli", "briefing.pipeline")),
    (("briefing.render",),
     ("briefing.readers", "briefing.analysis", "briefing.batch", "briefing.pipeline", "briefing.cli")),
]
KIND_RANK = {"module": 0, "function": 1, "lazy": 2}
MARK = {"module": "", "function": "*", "lazy": "~"}
STYLE = {"module": "solid", "function": "dashed", "lazy": "dotted"}


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def modules(root: Path) -> dict[str, Path]:
    """Module name -> file, for every .py under the package directory `root`.

    A directory without `__init__.py` is a namespace package: its node maps to the directory.
    """
    root, found = Path(root), {}
    for path in sorted(root.rglob("*.py")):
        parts = [root.name, *path.relative_to(root).with_suffix("").parts]
        parts = parts[:-1] if parts[-1] == "__init__" else parts
        name = ".".join(parts)
        if name not in found or path.name == "__init__.py":  # render/ wins over render.py
            found[name] = path
        for depth in range(len(parts) - 1):  # the packages holding it
            found.setdefault(".".join(parts[:depth + 1]), root.joinpath(*parts[1:depth + 1]))
    return found


def _sources(root: Path):  # (name, file, text) of the modules that have a file
    for name, path in modules(root).items():
        if path.is_file():
            yield name, path, path.read_text(encoding="utf-8")


class _Imports(ast.NodeVisitor):
    def __init__(self, name: str, is_package: bool, known: set[str], tree: ast.Module):
        self.name, self.known, self.scopes = name, known, [tree]
        self.package = name if is_package else name.rpartition(".")[0]
        self.edges: dict[str, str] = {}
        self.consts = {t.id: {c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant)
                              and isinstance(c.value, str)}
                       for node in tree.body if isinstance(node, ast.Assign)
                       and isinstance(node.value, (ast.Dict, ast.List, ast.Tuple, ast.Set))
                       for t in node.targets if isinstance(t, ast.Name)}

    def _add(self, target: str | None, kind: str | None = None) -> None:
        kind = kind or ("function" if len(self.scopes) > 1 else "module")
        if target and target != self.name:  # the strongest kind wins
            self.edges[target] = min(self.edges.get(target, "lazy"), kind, key=KIND_RANK.__getitem__)

    def _longest_known(self, dotted: str) -> str | None:  # `import a.b.c` binds a, a.b and a.b.c
        names = [dotted.rsplit(".", cut)[0] for cut in range(dotted.count(".") + 1)]
        return next((name for name in names if name in self.known), None)

    def visit_FunctionDef(self, node: ast.AST) -> None:
        self.scopes.append(node)
        self.generic_visit(node)
        self.scopes.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_If(self, node: ast.If) -> None:
        type_only = getattr(node.test, "id", getattr(node.test, "attr", None)) == "TYPE_CHECKING"
        for child in node.orelse if type_only else [node.test, *node.body, *node.orelse]:
            self.visit(child)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(self._longest_known(alias.name))

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        parts = self.package.split(".")
        if node.level > len(parts):
            return  # beyond the top-level package
        base = ".".join(parts[:len(parts) - node.level + 1]) if node.level else ""
        base = ".".join(filter(None, [base, node.module]))
        for alias in node.names:
            sub = f"{base}.{alias.name}"
            self._add(sub if sub in self.known else self._longest_known(base))

    def visit_Call(self, node: ast.Call) -> None:  # importlib.import_module(f"{__name__}.{...}")
        pieces = node.args[0].values if node.args and isinstance(node.args[0], ast.JoinedStr) else []
        if (getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module" and len(pieces) > 1
                and getattr(getattr(pieces[0], "value", None), "id", None) == "__name__"
                and str(getattr(pieces[1], "value", "")).startswith(".")):
            prefix, scope = self.name + pieces[1].value, self.scopes[-1]
            words = {c.value for c in ast.walk(scope) if isinstance(c, ast.Constant) and isinstance(c.value, str)}
            for used in {n.id for n in ast.walk(scope) if isinstance(n, ast.Name)} & self.consts.keys():
                words |= self.consts[used]
            for word in words:
                self._add(prefix + word if prefix + word in self.known else None, "lazy")
        self.generic_visit(node)


def scan(root: Path) -> dict[str, dict[str, str]]:
    """Module -> {imported module: "module" | "function" | "lazy"}."""
    known = set(modules(root))
    graph: dict[str, dict[str, str]] = {name: {} for name in known}  # namespace packages import nothing
    for name, path, text in _sources(root):
        visitor = _Imports(name, path.name == "__init__.py", known, tree := ast.parse(text, str(path)))
        visitor.visit(tree)
        graph[name] = visitor.edges
    return graph


def build_graph(root: Path) -> dict[str, set[str]]:
    """Module -> the set of the package's modules it imports (in any way)."""
    return {name: set(edges) for name, edges in scan(root).items()}


def _sccs(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components (Tarjan), each one after all it imports."""
    index, low, stack, found = {}, {}, [], []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            found.append(sorted(stack[stack.index(v):]))
            del stack[stack.index(v):]

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _without_package_loops(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """The graph less the edges from a package to its own submodules that lie on a cycle,
    the outermost package's first (only as many as it takes to break the cycle)."""
    graph = {v: set(ws) for v, ws in graph.items()}
    while True:
        component = {v: i for i, comp in enumerate(_sccs(graph)) for v in comp}
        loops = [(v, w) for v, ws in graph.items() for w in ws if _within(w, v) and component[v] == component[w]]
        if not loops:
            return graph
        outermost = min(v.count(".") for v, _ in loops)
        for v, w in loops:
            if v.count(".") == outermost:
                graph[v].discard(w)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import cycles: strongly connected components of more than one module."""
    return sorted(c for c in _sccs(_without_package_loops(graph)) if len(c) > 1)


def layers(graph: dict[str, set[str]]) -> list[list[str]]:
    """Modules by layer: 0 imports no other module; n imports something at n-1, nothing above."""
    pruned = _without_package_loops(graph)
    components = _sccs(pruned)
    component = {v: i for i, comp in enumerate(components) for v in comp}
    level: dict[int, int] = {}
    for i, comp in enumerate(components):
        below = {component[w] for v in comp for w in pruned.get(v, ())} - {i}
        level[i] = 1 + max((level[j] for j in below), default=-1)
    return [sorted(v for v, i in component.items() if level[i] == n)
            for n in range(max(level.values(), default=-1) + 1)]


def collapse(graph: dict[str, set[str]], depth: int = 2) -> dict[str, set[str]]:
    """The graph of the package's parts: each subpackage (`briefing.render`, ...) one node
    with the imports of all its modules, each top-level module a node of its own. The
    layers of the code are counted on this graph; a subpackage's inside is its own."""
    def unit(name: str) -> str:
        return ".".join(name.split(".")[:depth])

    out: dict[str, set[str]] = {}
    for source, targets in graph.items():
        out.setdefault(unit(source), set()).update(unit(t) for t in targets)
    for source, targets in out.items():
        targets.discard(source)
    return out


def violations(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(importer, imported) pairs breaking RULES."""
    return sorted((v, w) for v, ws in graph.items() for w in ws for importers, banned in RULES
                  if any(_within(v, p) for p in importers) and any(_within(w, p) for p in banned))


def long_modules(root: Path, limit: int = 500) -> list[tuple[str, int]]:
    """(module, line count) for the modules longer than `limit` lines."""
    counts = [(name, len(text.splitlines())) for name, _, text in _sources(root)]
    return sorted((c for c in counts if c[1] > limit), key=lambda c: -c[1])


def long_functions(root: Path, limit: int = 80) -> list[tuple[str, str, int, int]]:
    """(module, qualified name, first line, length) for functions longer than `limit` lines."""
    found = []

    def walk(node: ast.AST, module: str, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = child.end_lineno - child.lineno + 1
                if length > limit:
                    found.append((module, prefix + child.name, child.lineno, length))
                walk(child, module, f"{prefix}{child.name}.<locals>.")
            elif isinstance(child, ast.ClassDef):
                walk(child, module, f"{prefix}{child.name}.")
            else:
                walk(child, module, prefix)

    for name, path, text in _sources(root):
        walk(ast.parse(text, str(path)), name, "")
    return sorted(found, key=lambda f: -f[3])


def write_dot(edges: dict[str, dict[str, str]], levels: list[list[str]], path: Path) -> None:
    bad = set(violations({v: set(ws) for v, ws in edges.items()}))
    lines = ["digraph imports {", "  rankdir=BT;", "  node [shape=box, fontname=Helvetica, fontsize=10];"]
    for number, layer in enumerate(levels):
        names = " ".join(f'"{v}";' for v in layer)
        lines.append(f"  subgraph layer{number} {{ rank=same; {names} }}")
    for v in sorted(edges):
        for w, kind in sorted(edges[v].items()):
            colour = ", color=red" if (v, w) in bad else ""
            lines.append(f'  "{v}" -> "{w}" [style={STYLE[kind]}{colour}];')
    path.write_text("\n".join([*lines, "}", ""]), encoding="utf-8")


def _section(title: str, rows: list[str]) -> None:
    print(f"\n{title}: {'none' if not rows else ''}".rstrip())
    for row in rows:
        print("  " + row)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?", type=Path, default=Path(__file__).resolve().parents[1] / "briefing")
    parser.add_argument("--dot", type=Path, help="write a Graphviz DOT file here")
    parser.add_argument("--max-layers", type=int, default=7)
    parser.add_argument("--max-module-lines", type=int, default=500)
    parser.add_argument("--max-function-lines", type=int, default=80)
    args = parser.parse_args(argv)

    edges = scan(args.root)
    graph = {v: set(ws) for v, ws in edges.items()}
    parts = collapse(graph)
    levels, loops, bad = layers(graph), cycles(graph) + cycles(parts), violations(graph)
    part_levels = layers(parts)
    big = long_modules(args.root, args.max_module_lines)
    lengthy = long_functions(args.root, args.max_function_lines)
    level_of = {v: n for n, layer in enumerate(levels) for v in layer}

    print(f"{len(parts)} parts (subpackages and top-level modules) in {len(part_levels)} layers "
          f"(at most {args.max_layers}; 0 = imports no other part of the package)")
    for number, layer in enumerate(part_levels):
        print(f"  {number}: {', '.join(layer)}")
    print(f"\n{len(graph)} modules, {sum(map(len, graph.values()))} imports, {len(levels)} module layers")
    for number, layer in enumerate(levels):
        print(f"  {number}: {', '.join(layer)}")
    _section("Imports (* function-level, ~ lazy via importlib)",
             [f"[{level_of[v]}] {v}: " + (", ".join(w + MARK[k] for w, k in sorted(edges[v].items())) or "-")
              for v in sorted(edges, key=lambda v: (level_of[v], v))])
    _section("Cycles", [" <-> ".join(loop) for loop in loops])
    _section("Rule violations", [f"{v} -> {w}{MARK[edges[v][w]]}" for v, w in bad])
    _section(f"Modules over {args.max_module_lines} lines", [f"{name}: {n}" for name, n in big])
    _section(f"Functions over {args.max_function_lines} lines",
             [f"{module}:{name} (line {line}): {n}" for module, name, line, n in lengthy])
    if args.dot:
        write_dot(edges, levels, args.dot)
        print(f"\nwrote {args.dot}")
    checks = {f"{len(part_levels)} layers": len(part_levels) > args.max_layers, "cycles": loops,
              "rule violations": bad, "long modules": big, "long functions": lengthy}
    failed = [name for name, failing in checks.items() if failing]
    print("\nFAIL: " + ", ".join(failed) if failed else "\nOK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
