"""Page Markdown: plain-text fields stay text; only Markdown fields (x-markdown) are Markdown."""

from __future__ import annotations

import shutil

import markdown

from kennisbank.core.project import load_project
from kennisbank.site.pages.listing import render_site
from tests.constants import FIXTURE, SCHEMA, TODAY

EXTENSIONS = ["attr_list", "md_in_html", "def_list", "tables"]


def test_markdown_in_plain_text_fields_is_shown_literally(tmp_path):
    shutil.copytree(FIXTURE / "interventions", tmp_path / "interventions")
    example = tmp_path / "interventions/praktijkvoorbeelden/beweegochtend-tilburg.yaml"
    example.write_text(
        example.read_text()
        .replace("role: organiseert en werft deelnemers", 'role: "[klik](javascript:alert(1)) *nadruk*"')
        .replace("neighbourhood: Noord", 'neighbourhood: "[x](javascript:y)"')
    )
    project = load_project(tmp_path, schema_folder=SCHEMA, today=TODAY)
    assert not project.has_errors, "plain-text fields may hold any text: it is shown, not interpreted"
    pages = {page.src: page.markdown for page in render_site(project.model)}
    html = markdown.markdown(pages["praktijkvoorbeelden/beweegochtend-tilburg.md"], extensions=EXTENSIONS)
    assert 'href="javascript' not in html and "<em>" not in html
    assert "<dd>[x](javascript:y)</dd>" in html
    assert ": [klik](javascript:alert(1)) *nadruk*</li>" in html


def test_markdown_fields_are_rendered_as_markdown(tmp_path):
    shutil.copytree(FIXTURE / "interventions", tmp_path / "interventions")
    example = tmp_path / "interventions/praktijkvoorbeelden/beweegochtend-tilburg.yaml"
    example.write_text(
        example.read_text().replace(
            "- Een bekende plek verlaagt de drempel.", "- Een *bekende* plek verlaagt de drempel."
        )
    )
    project = load_project(tmp_path, schema_folder=SCHEMA, today=TODAY)
    pages = {page.src: page.markdown for page in render_site(project.model)}
    html = markdown.markdown(pages["praktijkvoorbeelden/beweegochtend-tilburg.md"], extensions=EXTENSIONS)
    assert "<li>Een <em>bekende</em> plek verlaagt de drempel.</li>" in html


def _with_many_tips(tmp_path, count: int):
    shutil.copytree(FIXTURE / "interventions", tmp_path / "interventions")
    tip = (tmp_path / "interventions/samenwerkingstips/koppel-terug.yaml").read_text()
    for number in range(count):
        (tmp_path / f"interventions/samenwerkingstips/tip-{number:03}.yaml").write_text(tip)
    project = load_project(tmp_path, schema_folder=SCHEMA, today=TODAY)
    assert not project.has_errors
    return {page.src: page.markdown for page in render_site(project.model)}


def test_related_lists_are_capped_and_a_step_links_to_the_rest_in_the_catalogue(tmp_path):
    pages = _with_many_tips(tmp_path, 60)
    html = markdown.markdown(pages["stappenplan/stap-2-sturen-of-loslaten.md"], extensions=EXTENSIONS)
    start = html.index(">Samenwerkingstips</h3>")
    section = html[start : html.index("<h", start)]
    assert section.count("<li>") == 25
    assert (
        '<a href="../catalogus/index.md?guide-steps=stap-2-sturen-of-loslaten&amp;kind=collaboration-tip">'
        "Alle 61 samenwerkingstips in de catalogus</a>"
    ) in section


def test_kind_and_term_overviews_are_paged_with_working_page_links(tmp_path):
    pages = _with_many_tips(tmp_path, 120)
    assert {"samenwerkingstips/pagina-2.md", "samenwerkingstips/pagina-3.md", "domeinen/sport-pagina-3.md"} <= set(
        pages
    )
    assert "samenwerkingstips/pagina-4.md" not in pages
    html = markdown.markdown(pages["samenwerkingstips/pagina-2.md"], extensions=EXTENSIONS)
    assert '<a href="../samenwerkingstips/pagina-3.md">3</a>' in html and '<span aria-current="page">2</span>' in html
    assert html.count('<li><strong><a href="../samenwerkingstips/') == 50
    term = markdown.markdown(pages["domeinen/sport-pagina-2.md"], extensions=EXTENSIONS)
    assert '<a href="../domeinen/sport.md">1</a>' in term and "Pagina 2 van 3" in term
