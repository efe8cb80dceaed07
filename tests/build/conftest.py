"""Fixtures of the build tests: the fixture knowledge base as a project that MkDocs builds.

The helpers are fixtures that return the function, so a test asks for them by name instead of
importing another test module.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.constants import FIXTURE, ROOT


def _make_project(target: Path) -> Path:
    """A copy of the real site configuration with the fixture's records."""
    for name in ("schema", "docs"):
        shutil.copytree(ROOT / name, target / name)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(FIXTURE / "interventions", target / "interventions")
    return target


def _build(project: Path, *flags: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-d", "site", *flags], cwd=project, capture_output=True, text=True
    )


def _article(html: str) -> str:
    return html[html.index("<article") : html.index("</article>")]


@pytest.fixture(scope="session")
def make_project():
    """``make_project(folder)``: the project's configuration, schemas and pages with the fixture's records."""
    return _make_project


@pytest.fixture(scope="session")
def build():
    """``build(project, *flags)``: ``mkdocs build -d site`` in the project, its output captured."""
    return _build


@pytest.fixture(scope="session")
def article():
    """``article(html)``: a built page's ``<article>``, without the theme around it."""
    return _article
