"""Page Markdown: plain-text fields stay text; only Markdown fields (x-markdown) are Markdown."""

from __future__ import annotations

import shutil
from pathlib import Path

import markdown

from conftest import SCHEMA, TODAY
from kennisbank.pages import render_site
from kennisbank.project import load_project

FIXTURE = Path(__file__).parent / "fixtures" / "kb"
EXTENSIONS = ["attr_list", "md_in_html", "def_list", "tables"]


def test_markdown_in_plain_text_fields_is_shown_literally(tmp_path):
    shutil.copytree(FIXTURE / "interventions", tmp_path / "interventions")
    example = tmp_path / "interventions/praktijkvoorbeelden/beweegochtend-tilburg.yaml"
    example.write_text(example.read_text()
                       .replace("role: organiseert en werft deelnemers", 'role: "[klik](javascript:alert(1)) *nadruk*"')
                       .replace("neighbourhood: Noord", 'neighbourhood: "[x](javascript:y)"'))
    project = load_project(tmp_path, schema_folder=SCHEMA, today=TODAY)
    assert not project.has_errors, "plain-text fields may hold any text: it is shown, not interpreted"
    pages = {page.src: page.markdown for page in render_site(project.model())}
    html = markdown.markdown(pages["praktijkvoorbeelden/beweegochtend-tilburg.md"], extensions=EXTENSIONS)
    assert "href=\"javascript" not in html and "<em>" not in html
    assert "<dd>[x](javascript:y)</dd>" in html
    assert ": [klik](javascript:alert(1)) *nadruk*</li>" in html


def test_markdown_fields_are_rendered_as_markdown(tmp_path):
    shutil.copytree(FIXTURE / "interventions", tmp_path / "interventions")
    example = tmp_path / "interventions/praktijkvoorbeelden/beweegochtend-tilburg.yaml"
    example.write_text(example.read_text().replace("- Een bekende plek verlaagt de drempel.",
                                                   "- Een *bekende* plek verlaagt de drempel."))
    project = load_project(tmp_path, schema_folder=SCHEMA, today=TODAY)
    pages = {page.src: page.markdown for page in render_site(project.model())}
    html = markdown.markdown(pages["praktijkvoorbeelden/beweegochtend-tilburg.md"], extensions=EXTENSIONS)
    assert "<li>Een <em>bekende</em> plek verlaagt de drempel.</li>" in html
