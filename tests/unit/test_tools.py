"""The professional's tools without a browser: the gap map's data from the fixture, and the
comparison page's generated Markdown and HTML (a row per schema field, sanitised intact)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import markdown
import pytest
from mkdocs.utils.meta import get_data

from kennisbank.core.project import load_project
from kennisbank.site.pages.compare import LEFT_OUT, compare_tables
from kennisbank.site.pages.gapmap import gap_table, render_gap_map
from kennisbank.site.pages.listing import render_site
from kennisbank.site.pages.sanitising import sanitise_page
from kennisbank.site.records.entries import build_entries
from tests.constants import FIXTURE, SCHEMA, TODAY

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
    written = original[: original.index("recognition:")] + original[original.index("owner:") :]
    for name, recognition in extra.items():
        record = written.replace("owner:", recognition + "owner:")
        (tmp_path / f"interventions/interventies/{name}.yaml").write_text(record)
    return project(tmp_path)


def test_a_cell_counts_interventions_and_examples_with_both_terms_and_its_highest_current_level(model):
    entries = build_entries(model)
    cell = gap_table(model, entries, "domains", "../catalogus/").cell("sport", "ouderen")
    assert (cell.interventions, cell.examples, cell.level.id, cell.level.code) == (1, 1, "goed-onderbouwd", "I")
    assert cell.href == "../catalogus/?kind=intervention&kind=practice-example&domains=sport&target-groups=ouderen"
    themes = gap_table(model, entries, "themes")
    lonely = themes.cell("eenzaamheid", "ouderen")  # the example carries no themes
    assert (lonely.interventions, lonely.examples, lonely.level.code) == (1, 0, "I")
    assert themes.title == "Thema's en doelgroepen"


def test_an_expired_recognition_is_no_evidence_and_an_empty_cell_is_a_gap(model):
    table = gap_table(model, build_entries(model), "domains")
    expired = table.cell("welzijn", "volwassenen")  # 'oude-aanpak', recognition expired in 2023
    assert (expired.interventions, expired.level, expired.empty) == (1, None, False)
    assert table.cell("onderwijs", "kinderen").empty
    page = html_of(render_gap_map(model, build_entries(model)).markdown, "bewijskaart/index.md")
    assert '<td class="kb-gap kb-gap--none">geen</td>' in page
    assert (
        "1 interventie, 0 praktijk\u00advoorbeelden</a><br>erkenning verlopen volgens laatst gevonden besluit</td>"
        in page
    ), "a term that ran out by the last decision found is not the same as no recognition"
    assert expired.expired and not table.cell("sport", "ouderen").expired


def test_the_highest_level_follows_the_ladder_and_skips_levels_without_a_code(tmp_path):
    model = with_interventions(
        tmp_path,
        {
            "beter": BETTER,
            "voorbehoud": BETTER.replace("effectief-eerste-aanwijzingen", "onder-voorbehoud"),
            "zonder": "",
        },
    )
    cell = gap_table(model, build_entries(model), "themes").cell("eenzaamheid", "ouderen")
    assert (cell.interventions, cell.level.id, cell.level.code) == (4, "effectief-eerste-aanwijzingen", "II")


def test_every_cell_counts_what_the_catalogue_shows_for_its_link(model):
    """The catalogue's rule: OR within a facet (both kinds), AND across (kind, row term, target group)."""
    entries = build_entries(model)
    for key in ("themes", "domains"):
        for (row, column), cell in gap_table(model, entries, key).cells.items():
            shown = [
                entry
                for entry in entries.values()
                if set(entry.filters["kind"]) & {"intervention", "practice-example"}
                and row in entry.filters.get(key, ())
                and column in entry.filters.get("target-groups", ())
            ]
            assert len(shown) == cell.interventions + cell.examples, (key, row, column)


def test_the_gap_map_is_an_accessible_table_whose_size_does_not_grow_with_the_records(model, tmp_path):
    small = html_of(render_gap_map(model, build_entries(model)).markdown, "bewijskaart/index.md")
    vocabularies = model.schemas.vocabularies
    rows = len(vocabularies["themes"].terms) + len(vocabularies["domains"].terms)
    assert small.count("<caption>") == 2 and small.count('<th scope="row">') == rows
    assert small.count('<th scope="col">') == 2 * (1 + len(vocabularies["target-groups"].terms))  # with the corner
    many = with_interventions(tmp_path, {f"kopie-{number:03}": "" for number in range(300)})
    large = html_of(render_gap_map(many, build_entries(many)).markdown, "bewijskaart/index.md")
    assert "301 interventies" in large
    assert len(large) < len(small) * 1.02


def test_the_compare_page_has_a_table_per_kind_and_a_row_per_field_titled_by_the_schema(model):
    pages = {page.src: page.markdown for page in render_site(model)}
    html = html_of(pages["vergelijken/index.md"], "vergelijken/index.md")
    tables = re.findall(r'<table class="kb-compare-table" data-kind="([a-z-]+)"', html)
    assert tables == list(model.schemas.kinds)
    intervention = html[html.index('data-kind="intervention"') : html.index("</table>")]
    for field in model.schemas.kinds["intervention"].fields:
        if field.name not in LEFT_OUT:
            assert f"{field.title}</th>" in intervention or f">{field.title}</span>" in intervention, field.title
    group = '<th scope="row"><span class="kb-compare__group">'
    for row in (
        '<tr data-key="target_groups"><th scope="row">Doelgroepen',
        '<tr data-key="settings"><th scope="row">Settings',
        '<tr data-key="recognition"><th scope="row">Erkenning',
        f'<tr data-key="approach.components">{group}Aanpak</span> Onderdelen',
        f'<tr data-key="implementation.preconditions">{group}Uitvoering',
        '<tr data-key="costs"><th scope="row">Kosten',
        f'<tr data-key="derived:practice-example">{group}Verbanden</span> Praktijkvoorbeelden',
    ):
        assert row in intervention, row
    assert "<caption>Interventies naast elkaar</caption>" in intervention and "<script" not in html


def test_without_javascript_the_compare_page_explains_itself_and_links_catalogue_and_overviews(model):
    html = html_of(
        {page.src: page.markdown for page in render_site(model)}["vergelijken/index.md"], "vergelijken/index.md"
    )
    noscript = html[html.index("<noscript>") : html.index("</noscript>")]
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
    assert partners.show == "parts" and [field.name for field in partners.parts] == ["organisation", "role"]


def test_record_pages_keep_their_tool_buttons_through_the_sanitiser_and_nothing_that_runs(model):
    pages = {page.src: page.markdown for page in render_site(model)}
    html = html_of(pages["interventies/beweegochtend.md"], "interventies/beweegochtend.md")
    assert '<button type="button" class="md-button" data-kb-print="" hidden="">Print / PDF</button>' in html
    assert (
        '<button type="button" class="md-button" data-compare-id="beweegochtend" aria-pressed="false" hidden="">'
        'Vergelijk<span class="kb-visually-hidden"> Beweegochtend in de wijk</span></button>'
    ) in html
    assert '<a href="../../vergelijken/" data-compare-link="" hidden="">' in html
    assert '<p class="kb-print-only">' in html and "stand van 1 januari 2026" in html
    hostile = '<button type="submit" onclick="x()" formaction="javascript:x()" data-md-component="search">b</button>'
    assert sanitise_page("interventies/x.md", hostile) == '<button type="button">b</button>'
