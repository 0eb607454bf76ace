"""One public surface: every exported name resolves, and the CLI uses only the library."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import kg


def test_every_exported_name_resolves():
    for name in kg.__all__:
        assert getattr(kg, name) is not None, name


def test_import_kg_does_not_load_spacy_or_rdflib():
    code = "import sys, kg; print('spacy' in sys.modules, 'rdflib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_readers_and_extraction_never_import_rdflib_and_later_stages_never_import_spacy():
    root = Path(kg.__file__).parent
    early = [root / "sources.py", root / "records.py", *sorted((root / "extract").glob("*.py"))]
    late = [root / n for n in ("resolve.py", "rdf.py", "store.py", "validate.py", "queries.py",
                               "serve.py", "export.py")] + sorted((root / "views").glob("*.py"))
    for path in early:
        assert not {"rdflib", "pyoxigraph"} & _imports(path), path
    for path in late:
        if path.exists():
            assert "spacy" not in _imports(path), path


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_exports_never_shadow_a_submodule():
    import pkgutil

    submodules = {m.name for m in pkgutil.iter_modules(kg.__path__)}
    assert not submodules & set(kg.__all__)
