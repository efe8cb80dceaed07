"""The layers, guarded: core/ knows no MkDocs and no site/ or cli/; site/ knows no MkDocs outside
the rendered project's reading of mkdocs.yml; nothing imports the plugin, the MkDocs adapter.

Read from the source with ``ast`` (no import runs), so a forbidden import in a branch that tests
never take is caught as well.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.constants import ROOT

PACKAGE = ROOT / "plugins" / "kennisbank"
MKDOCS = ("mkdocs", "material", "properdocs")
# ``standalone`` reads mkdocs.yml as MkDocs does, to write a project any MkDocs-compatible generator builds.
SITE_MKDOCS_ALLOWED = {"site/standalone/project.py"}


def imported_modules(path: Path, source: str | None = None) -> set[str]:
    """Every module the file imports, as an absolute dotted name (relative imports resolved)."""
    package = ["kennisbank", *path.relative_to(PACKAGE).parent.parts]
    found = set()
    for node in ast.walk(ast.parse(source if source is not None else path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found |= {module} | {f"{module}.{alias.name}" for alias in node.names}
    return found


def modules_under(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def forbidden(path: Path, prefixes: tuple[str, ...], source: str | None = None) -> list[str]:
    names = imported_modules(path, source)
    return sorted(name for name in names if name.split(".")[0] in prefixes or name.startswith(prefixes))


@pytest.mark.parametrize("path", modules_under("core"), ids=lambda path: path.name)
def test_core_imports_neither_mkdocs_nor_site_nor_cli(path):
    assert forbidden(path, (*MKDOCS, "kennisbank.site", "kennisbank.cli", "kennisbank.plugin")) == []


@pytest.mark.parametrize(
    "path",
    [path for path in modules_under("site") if str(path.relative_to(PACKAGE)) not in SITE_MKDOCS_ALLOWED],
    ids=lambda path: str(path.relative_to(PACKAGE)),
)
def test_site_imports_no_mkdocs_outside_the_rendered_project(path):
    assert forbidden(path, (*MKDOCS, "kennisbank.plugin", "kennisbank.settings")) == []


def test_nothing_imports_the_plugin():
    users = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "plugin.py" and "kennisbank.plugin" in imported_modules(path)
    ]
    assert users == []


def test_the_guard_sees_a_relative_import_of_site_from_core():
    """The tests above could pass by seeing nothing: a planted forbidden import must be found."""
    planted = "from ..site.build import SiteBuild\nimport mkdocs.plugins\n"
    found = forbidden(PACKAGE / "core" / "planted.py", (*MKDOCS, "kennisbank.site"), planted)
    assert found == ["kennisbank.site.build", "kennisbank.site.build.SiteBuild", "mkdocs.plugins"]
