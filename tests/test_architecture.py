"""The package's shape: layering, no import cycles, the readers/analysis/render rules, and
size limits on modules and functions — checked by `benchmarks/import_graph.py`, which is
also tested here on small synthetic packages, so that it can be seen to fail.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))
import import_graph  # noqa: E402

sys.path.remove(str(BENCHMARKS))  # benchmarks/batch.py must not shadow anything later

PACKAGE = ROOT / "briefing"


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph.build_graph(PACKAGE)


# The real tree.

def test_at_most_seven_layers(graph):
    """Counted on the package's parts: each subpackage one node, each top-level module one."""
    found = import_graph.layers(import_graph.collapse(graph))
    assert len(found) <= 7, "\n".join(f"{n}: {', '.join(layer)}" for n, layer in enumerate(found))
    bottom = {"briefing.errors", "briefing.lexicon", "briefing.model", "briefing.options", "briefing.paths"}
    assert bottom <= set(found[0])
    assert found[-1] == ["briefing.__main__"]


def test_no_import_cycle(graph):
    assert import_graph.cycles(graph) == []
    assert import_graph.cycles(import_graph.collapse(graph)) == []


def test_collapse_merges_a_subpackage_into_one_node():
    graph = {"p.a.x": {"p.a.y", "p.b"}, "p.a.y": {"p.c"}, "p.b": set(), "p.c": set()}
    assert import_graph.collapse(graph) == {"p.a": {"p.b", "p.c"}, "p.b": set(), "p.c": set()}


def test_readers_analysis_and_render_keep_to_their_layers(graph):
    assert import_graph.violations(graph) == []


def test_no_module_over_500_lines():
    assert import_graph.long_modules(PACKAGE, 500) == []


def test_no_function_over_80_lines():
    assert import_graph.long_functions(PACKAGE, 80) == []


# The checker, on synthetic packages.

def make_package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "briefing"
    for name, source in {"__init__.py": "", **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    return root


def test_imports_resolve(tmp_path):
    root = make_package(tmp_path, {
        "__init__.py": "__version__ = '1'\n",
        "model.py": "class X: ...\n",
        "readers/__init__.py": "from .text import parse\n",
        "readers/text.py": "from ..model import X\nparse = X\n",
        "readers/html.py": "from . import text\nfrom .. import __version__\n",
        "render/__init__.py": "y = 1\n",
        "render/pdf.py": "z = 1\n",
        "pipeline.py": """\
            import os
            import briefing.model
            from .render import y
            from .render.pdf import z

            def build():
                from .readers import html
            """,
    })
    graph = import_graph.build_graph(root)
    assert graph["briefing.readers.text"] == {"briefing.model"}
    assert graph["briefing.readers.html"] == {"briefing.readers.text", "briefing"}
    assert graph["briefing.readers"] == {"briefing.readers.text"}
    assert graph["briefing.pipeline"] == {"briefing.model", "briefing.render", "briefing.render.pdf",
                                          "briefing.readers.html"}
    kinds = import_graph.scan(root)["briefing.pipeline"]
    assert kinds["briefing.readers.html"] == "function" and kinds["briefing.render"] == "module"


def test_lazy_import_module_is_an_edge(tmp_path):
    root = make_package(tmp_path, {
        "__init__.py": """\
            import importlib
            _EXPORTS = {"build": "pipeline", "Article": "model"}

            def __getattr__(name):
                return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
            """,
        "pipeline.py": "", "model.py": "",
    })
    assert import_graph.scan(root)["briefing"] == {"briefing.pipeline": "lazy", "briefing.model": "lazy"}


def test_a_cycle_is_found(tmp_path):
    root = make_package(tmp_path, {
        "a.py": "from . import b\n",
        "b.py": "def f():\n    from .c import g\n",
        "c.py": "from .a import h\n",
        "d.py": "from . import a\n",
    })
    graph = import_graph.build_graph(root)
    assert import_graph.cycles(graph) == [["briefing.a", "briefing.b", "briefing.c"]]
    assert import_graph.layers(graph) == [["briefing", "briefing.a", "briefing.b", "briefing.c"], ["briefing.d"]]
    assert import_graph.main([str(root)]) == 1


def test_a_package_importing_its_submodules_is_no_cycle(tmp_path):
    root = make_package(tmp_path, {
        "__init__.py": "__version__ = '1'\nfrom .cli import main\n",
        "cli.py": "from . import __version__\nfrom .model import X\n",
        "model.py": "X = 1\n",
    })
    graph = import_graph.build_graph(root)
    assert graph["briefing"] == {"briefing.cli"} and "briefing" in graph["briefing.cli"]
    assert import_graph.cycles(graph) == []
    assert import_graph.layers(graph) == [["briefing", "briefing.model"], ["briefing.cli"]]


def test_only_the_outermost_package_loop_is_dropped_for_layers(tmp_path):
    root = make_package(tmp_path, {
        "__init__.py": """\
            import importlib
            __version__ = "1"

            def __getattr__(name):
                return importlib.import_module(f"{__name__}.{ {'build': 'pipeline'}[name] }")
            """,
        "pipeline.py": "def build():\n    from .render import render_pdf\n",
        "render/__init__.py": "from .pdf import render_pdf\n",
        "render/pdf.py": "from .. import __version__\n",
    })
    graph = import_graph.build_graph(root)
    assert graph["briefing"] == {"briefing.pipeline"}
    assert import_graph.cycles(graph) == []
    assert import_graph.layers(graph) == [["briefing"], ["briefing.render.pdf"], ["briefing.render"],
                                          ["briefing.pipeline"]]


def test_rule_violations_are_found(tmp_path):
    root = make_package(tmp_path, {
        "fetcher.py": "", "pipeline.py": "",
        "readers/__init__.py": "",
        "readers/html.py": "def f():\n    from ..fetcher import SUFFIXES\n",
        "analysis/__init__.py": "from ..readers import html\n",
        "render/__init__.py": "",
        "render/pdf.py": "from ..analysis import analyse\nfrom ..pipeline import build\n",
    })
    assert import_graph.violations(import_graph.build_graph(root)) == [
        ("briefing.readers.html", "briefing.fetcher"),
        ("briefing.render.pdf", "briefing.analysis"),
        ("briefing.render.pdf", "briefing.pipeline"),
    ]


def test_long_functions_and_modules_are_found(tmp_path):
    body = "".join(f"    x{i} = {i}\n" for i in range(80))
    root = make_package(tmp_path, {
        "long.py": (
            "@decorator\n@another\ndef fits():\n" + body.replace("    x79 = 79\n", "")  # 80 lines with its def
            + "class C:\n    def method(self):\n" + textwrap.indent(body, "    ")  # 81 lines
            + "def outer():\n    def inner():\n" + textwrap.indent(body, "    ") + "    return inner\n"
        ),
    })
    assert import_graph.long_functions(root, 80) == [
        ("briefing.long", "outer", 165, 83),
        ("briefing.long", "C.method", 84, 81),
        ("briefing.long", "outer.<locals>.inner", 166, 81),
    ]
    assert import_graph.long_modules(root, 200) == [("briefing.long", 247)]
    assert import_graph.long_modules(root, 247) == []


def test_a_clean_package_passes_and_is_drawn(tmp_path, capsys):
    root = make_package(tmp_path, {"model.py": "", "cli.py": "def main():\n    from .model import X\n"})
    dot = tmp_path / "graph.dot"
    assert import_graph.main([str(root), "--dot", str(dot)]) == 0
    assert '"briefing.cli" -> "briefing.model" [style=dashed];' in dot.read_text()
    assert "briefing.cli: briefing.model*" in capsys.readouterr().out
    assert import_graph.main([str(root), "--max-layers", "1"]) == 1
