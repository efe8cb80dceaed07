"""``kennisbank render --out MAP``: what it writes, and what it refuses to write over."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from mkdocs.utils import yaml_load

from kennisbank.cli import main
from kennisbank.site.assets import ASSETS
from kennisbank.site.standalone.config import derive_config, dump_config, not_in_nav, read_config, without_plugin
from tests.constants import ROOT, TODAY

RECORD_PAGE = "docs/interventies/beweegochtend.md"


def render(project: Path, out: Path, *flags: str) -> int:
    return main(["render", "-f", str(project / "mkdocs.yml"), "--out", str(out), "--today", TODAY.isoformat(), *flags])


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, make_project) -> tuple[Path, str]:
    """The fixture knowledge base rendered once; with what the command said on stderr."""
    project = make_project(tmp_path_factory.mktemp("kb"))
    out = tmp_path_factory.mktemp("rendered") / "out"
    said = io.StringIO()
    with contextlib.redirect_stderr(said):
        assert render(project, out) == 0
    return out, said.getvalue()


def test_render_writes_pages_assets_theme_and_data_into_docs(rendered):
    out, _ = rendered
    for path in [
        RECORD_PAGE,
        "docs/catalogus/index.md",
        "docs/bijdragen.md",
        "docs/images",
        "overrides/main.html",
        "docs/data/records.json",
        "docs/data/kennisbank.xlsx",
        "docs/zoekindex/facetten.json",
        "docs/zoekindex/kaarten/0.json",
        "docs/zoekindex/pagefind.json",
        "docs/pagefind/pagefind-entry.json",
        *(f"docs/{uri}" for uri in ASSETS),
    ]:
        assert (out / path).exists(), path
    assert '"kennisbank": {"alternate"' in (out / RECORD_PAGE).read_text(encoding="utf-8")  # for overrides/


def test_the_rendered_configuration_has_no_plugin_and_says_what_the_plugin_added(rendered):
    out, _ = rendered
    text = (out / "mkdocs.yml").read_text(encoding="utf-8")
    assert "site_url: !ENV\n- KENNISBANK_SITE_URL\n" in text  # still set where the project is built
    config = yaml_load(text)  # MkDocs' own loader, which knows !ENV
    assert config["plugins"] == [{"search": {"lang": "nl"}}]
    assert config["theme"]["name"] == "material" and config["theme"]["custom_dir"] == "overrides"
    assert config["docs_dir"] == "docs"
    assert config["extra_css"] == [
        "stylesheets/kennisbank.css",
        "stylesheets/afdrukken.css",
        "stylesheets/zoektitels.css",
    ]
    assert {"path": "javascripts/catalogus.js", "defer": True} in config["extra_javascript"]
    assert {"path": "javascripts/formulier-laden.js", "defer": True} in config["extra_javascript"]
    assert "/interventies/\n" in config["not_in_nav"]
    assert config["nav"] == yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]


def test_each_stage_reports_on_stderr(rendered):
    _, said = rendered
    for stage in [
        "records gecontroleerd",
        "gegenereerde pagina's geschreven",
        "overrides/",
        "mkdocs.yml geschreven",
        "facetindex geschreven",
        "open data:",
        "in de zoekindex",
    ]:
        assert any(line.startswith("kennisbank render: ") and stage in line for line in said.splitlines()), stage


def test_a_non_empty_folder_needs_force_and_force_replaces_only_what_render_wrote(tmp_path, capsys, make_project):
    project = make_project(tmp_path / "kb")
    out = tmp_path / "out"
    (out / "docs").mkdir(parents=True)
    (out / "docs" / "oud.md").write_text("# weg\n", encoding="utf-8")
    (out / "notities.txt").write_text("blijft\n", encoding="utf-8")
    assert render(project, out) == 2
    assert "de map is niet leeg" in capsys.readouterr().err
    assert not (out / RECORD_PAGE).exists()
    assert render(project, out, "--force") == 0
    assert (out / RECORD_PAGE).exists() and not (out / "docs" / "oud.md").exists()
    assert (out / "notities.txt").read_text(encoding="utf-8") == "blijft\n"


@pytest.mark.parametrize("inside", ["interventions/uit", "docs/uit", "schema/uit", "."])
def test_a_folder_inside_the_records_pages_or_the_project_itself_is_refused(tmp_path, capsys, inside, make_project):
    project = make_project(tmp_path / "kb")
    before = sorted(path.relative_to(project) for path in project.rglob("*"))
    assert render(project, project / inside, "--force") == 2
    assert capsys.readouterr().err.startswith("kennisbank: ")
    assert sorted(path.relative_to(project) for path in project.rglob("*")) == before


def test_records_with_errors_are_reported_and_nothing_is_written(tmp_path, capsys, make_project):
    project = make_project(tmp_path / "kb")
    tip = project / "interventions" / "samenwerkingstips" / "koppel-terug.yaml"
    tip.write_text(tip.read_text(encoding="utf-8").replace("title:", "titel:"), encoding="utf-8")
    assert render(project, tmp_path / "out") == 1
    said = capsys.readouterr()
    assert "koppel-terug.yaml" in said.out and "fout" in said.out
    assert "niets geschreven" in said.err
    assert not (tmp_path / "out").exists()


def test_a_missing_configuration_file_is_a_usage_error(tmp_path, capsys):
    assert render(tmp_path, tmp_path / "out") == 2
    assert "dit configuratiebestand bestaat niet" in capsys.readouterr().err


def test_our_plugin_goes_in_either_form_of_the_plugins_setting():
    assert without_plugin(["search", {"kennisbank": {"edit_url": "x"}}, "kennisbank"]) == ["search"]
    assert without_plugin({"search": {"lang": "nl"}, "kennisbank": None}) == {"search": {"lang": "nl"}}


def test_tags_are_kept_for_the_generator_to_resolve(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_url: !ENV [SITE_URL, 'https://example.org/']\ntheme: material\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n",
        encoding="utf-8",
    )
    written = dump_config(derive_config(read_config(config), []))
    assert "site_url: !ENV\n- SITE_URL\n- https://example.org/\n" in written
    assert "emoji_index: !!python/name:material.extensions.emoji.twemoji ''" in written
    assert "theme:\n  name: material\n  custom_dir: overrides\n" in written


def test_pages_out_of_the_nav_are_named_by_folder_not_one_by_one():
    pages = [f"interventies/{number}.md" for number in range(1000)] + ["domeinen/sport.md", "los.md"]
    assert not_in_nav(pages) == ["/domeinen/", "/interventies/", "/los.md"]
