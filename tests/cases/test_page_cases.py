"""Golden cases for generated pages: each folder under tests/cases/pages holds records, a
``case.yaml`` (the day the pages are built, and which pages to compare) and ``expected/``, the
exact Markdown of those pages. Adding a case needs no code; after a deliberate change,
regenerate every expected page with

    .venv/bin/python -m pytest tests/cases/test_page_cases.py --update-pages

and read the diff before committing it.
"""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from kennisbank.core.project import load_project
from kennisbank.site.pages.listing import render_site
from tests.constants import CASES, SCHEMA

PAGES = CASES / "pages"


def case_names() -> list[str]:
    return sorted(path.name for path in PAGES.iterdir() if (path / "case.yaml").exists())


@pytest.mark.parametrize("name", case_names())
def test_page_case(name, request):
    case = PAGES / name
    settings = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    today = date.fromisoformat(str(settings["today"]))
    project = load_project(case, schema_folder=SCHEMA, today=today)
    assert not project.has_errors, [problem.as_text() for problem in project.problems]
    pages = {page.src: page.markdown for page in render_site(project.model)}
    for src in settings["pages"]:
        expected = case / "expected" / src
        if request.config.getoption("--update-pages"):
            expected.parent.mkdir(parents=True, exist_ok=True)
            expected.write_text(pages[src], encoding="utf-8")
        assert pages[src] == expected.read_text(encoding="utf-8"), f"{name}: {src}"
