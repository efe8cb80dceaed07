"""The professional's tools without a browser: the
comparison page's generated Markdown and HTML (a row per schema field, sanitised intact)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import markdown
import pytest
from conftest import SCHEMA, TODAY
from mkdocs.utils.meta import get_data

from kennisbank.core.project import load_project
from kennisbank.site.compare import LEFT_OUT, compare_tables
from kennisbank.site.pages import render_site
from kennisbank.site.sanitising import sanitise_page

FIXTURE = Path(__file__).parent / "fixtures" / "kb"
EXTENSIONS = ["attr_list", "md_in_html", "def_list", "tables"]
BETTER = """\
recognition:
  level: effectief-eerste-aanwijzingen
  decided: 2025-02-01
  assessed_by: movisie
"""


def project(folder: Path):
    result = load_project(folder, schema_folder=SCHEMA, today=TODAY)
    assert not result.has_errors, [problem.as_text() for problem in result.problems]
    return result.model


@pytest.fixture(scope="module")
def model():
    return project(FIXTURE)


def html_of(page_markdown: str, src: str) -> str:
    text, _ = get_data(page_markdown)
    return sanitise_page(src, markdown.markdown(text, extensions=EXTENSIONS))


def with_interventions(tmp_path: Path, extra: dict[str, str]):
    """The fixture plus copies of 'beweegochtend' with another recognition block (or none)."""
    shutil.copytree(FIXTURE / "interventions", tmp_path / "interventions")
    original = (tmp_path / "interventions/interventies/beweegochtend.yaml").read_text()
    written = original[:original.index("recognition:")] + original[original.index("owner:"):]
    for name, recognition in extra.items():
        record = written.replace("owner:", recognition + "owner:")
        (tmp_path / f"interventions/interventies/{name}.yaml").write_text(record)
    return project(tmp_path)


def test_the_compare_page_has_a_table_per_kind_and_a_row_per_field_titled_by_the_schema(model):
    pages = {page.src: page.markdown for page in render_site(model)}
    html = html_of(pages["vergelijken/index.md"], "vergelijken/index.md")
    tables = re.findall(r'<table class="kb-compare-table" data-kind="([a-z-]+)"', html)
    assert tables == list(model.schemas.kinds)
    intervention = html[html.index('data-kind="intervention"'):html.index("</table>")]
    for field in model.schemas.kinds["intervention"].fields:
        if field.name not in LEFT_OUT:
            assert f"{field.title}</th>" in intervention or f">{field.title}</span>" in intervention, field.title
    group = '<th scope="row"><span class="kb-compare__group">'
    for row in ('data-path="target_groups" data-vocabulary="target-groups"><th scope="row">Doelgroepen',
                'data-show="terms" data-path="settings" data-vocabulary="settings"><th scope="row">Settings',
                'data-show="recognition" data-path="recognition"><th scope="row">Erkenning',
                f'data-path="approach.components">{group}Aanpak</span> Onderdelen',
                f'data-path="implementation.preconditions">{group}Uitvoering',
                'data-show="text" data-path="costs"><th scope="row">Kosten',
                f'data-show="derived" data-derived="practice-example">{group}Verbanden</span> Praktijkvoorbeelden'):
        assert row in intervention, row
    assert "<caption>Interventies naast elkaar</caption>" in intervention and "<script" not in html


def test_without_javascript_the_compare_page_explains_itself_and_links_catalogue_and_overviews(model):
    html = html_of({page.src: page.markdown for page in render_site(model)}["vergelijken/index.md"],
                   "vergelijken/index.md")
    noscript = html[html.index("<noscript>"):html.index("</noscript>")]
    assert "Vergelijken werkt met JavaScript" in noscript
    assert '<a href="../catalogus/">catalogus</a>' in noscript
    assert '<a href="../interventies/">Interventies</a>' in noscript
    assert '<table class="kb-compare-table" data-kind="intervention"' in html and "hidden" in html


def test_the_row_definitions_follow_the_schema_so_a_new_field_needs_no_script(model):
    rows = {table.kind.name: table.rows for table in compare_tables(model)}
    paths = [row.path for row in rows["intervention"] if row.path]
    assert paths.index("target_groups") < paths.index("costs") < paths.index("recognition"), "schema order"
    assert not {"title", "sources", "links", "related"} & set(paths)
    partners = next(row for row in rows["practice-example"] if row.path == "partners")
    assert partners.show == "parts" and '["organisation","Organisatie","records","",""]' in partners.parts
