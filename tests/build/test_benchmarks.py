"""The benchmark tools: the generator writes a valid project in the intended mix, run.py reports
its documented keys, and the core exports the pages a plain MkDocs build needs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.baseline import baseline_config, searchable
from benchmarks.mix import kind_counts
from kennisbank.core.problems import UsageError
from kennisbank.core.project import load_project
from kennisbank.site.pages.export import write_pages
from kennisbank.site.pages.listing import render_site
from kennisbank.site.pages.rendering import GeneratedPage
from tests.constants import FIXTURE, ROOT, SCHEMA

FOLDERS = {"interventies": 15, "praktijkvoorbeelden": 9, "samenwerkingstips": 7, "stappenplan": 5, "organisaties": 4}
DOCUMENTED_KEYS = {
    "records",
    "build_s",
    "baseline_s",
    "build_ratio",
    "validate_s",
    "peak_rss_mb",
    "site_mb",
    "max_page_kb",
    "search_index_bytes",
    "search_index_gzip_bytes",
    "baseline_search_index_bytes",
    "yaml_load_s",
    "validate_ratio",
    "open_data_s",
    "open_data_share",
    "records_json_gzip_bytes",
    "facet_index_gzip_bytes",
}


def script(command: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "benchmarks", command, *args], cwd=ROOT, capture_output=True, text=True
    )


def validate(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kennisbank.cli", "validate"], cwd=project, capture_output=True, text=True
    )


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("bench") / "kb"
    result = script("generate", "--records", "40", "--out", str(project))
    assert result.returncode == 0, result.stderr
    return project


def test_forty_generated_records_validate(generated):
    result = validate(generated)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "40 records gecontroleerd" in result.stdout
    assert "nagekeken" not in result.stdout, "every generated recognition has a recent check date"


def test_the_generated_mix_of_kinds(generated):
    counts = {folder.name: len(list(folder.glob("*.yaml"))) for folder in (generated / "interventions").iterdir()}
    assert counts == FOLDERS
    assert (generated / "mkdocs.yml").read_text() == (ROOT / "mkdocs.yml").read_text()
    assert (generated / "schema" / "intervention.schema.json").exists()


def test_generated_records_name_each_other(generated):
    project = load_project(generated)
    model = project.model
    kinds_linked = {
        (model.records[link.source].kind, model.records[link.target].kind)
        for links in model.outgoing.values()
        for link in links
    }
    assert ("practice-example", "organisation") in kinds_linked
    assert ("intervention", "organisation") in kinds_linked
    assert ("collaboration-tip", "guide-step") in kinds_linked


def test_the_same_seed_writes_the_same_files(generated, tmp_path):
    again = tmp_path / "again"
    assert script("generate", "--records", "40", "--out", str(again)).returncode == 0
    for path in (generated / "interventions").rglob("*.yaml"):
        assert (again / path.relative_to(generated)).read_bytes() == path.read_bytes()


def test_the_mix_adds_up_and_organisations_are_capped():
    for total in (12, 40, 1_000, 10_000, 100_000):
        counts = kind_counts(total)
        assert sum(counts.values()) == total and counts["guide-step"] == 5
    assert kind_counts(1_000)["organisation"] == 100
    assert kind_counts(100_000)["organisation"] == 1_000


def _rounding(found: dict, name: str) -> float:
    """How far a ratio printed from unrounded times may lie from the ratio of the printed times (0.01 s)."""
    over, under = {"build": ("build_s", "baseline_s"), "validate": ("validate_s", "yaml_load_s")}[name]
    return found[f"{name}_ratio"] * (0.005 / found[over] + 0.005 / found[under]) + 0.001


def test_run_prints_one_json_line_with_the_documented_keys(tmp_path):
    result = script("run", "--records", "12", "--rounds", "1", "--keep", str(tmp_path / "run"))
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    found = json.loads(lines[0])
    assert found.keys() >= DOCUMENTED_KEYS
    assert found["records"] == 12
    # the times are printed rounded to 0.01 s, the ratio from the unrounded ones: allow for that
    assert found["build_ratio"] == pytest.approx(found["build_s"] / found["baseline_s"], abs=_rounding(found, "build"))
    assert not any(key.startswith("browser_") for key in found), "browser figures appear only when measured"
    assert "round 1/1 plugin" in result.stderr
    # 12 records validate in a few hundredths of a second: the rounding is most of the difference there
    assert found["validate_ratio"] == pytest.approx(
        found["validate_s"] / found["yaml_load_s"], abs=_rounding(found, "validate")
    )
    assert 0 <= found["open_data_share"] < 1  # 12 records write their open data in a few ms
    assert "edit_s" not in found, "the edit loop is measured only with --edit-loop"
    stages = found["stages"]  # the build's own 'tijden:' line, as medians
    assert list(stages)[:4] == ["laden en valideren", "records", "pagina's", "MkDocs"]
    assert {"open data (ernaast)", "zoekindex (ernaast)"} <= set(stages) and stages["MkDocs"] > 0


def test_write_pages_puts_each_page_at_its_source_path(tmp_path):
    model = load_project(FIXTURE, schema_folder=SCHEMA).model
    pages = list(render_site(model))  # a generator: kept, so the loop below sees every page
    assert write_pages(pages, tmp_path) == len(pages) > 0
    for page in pages:
        assert (tmp_path / page.src).read_text(encoding="utf-8") == page.markdown


def test_write_pages_refuses_paths_outside_the_folder(tmp_path):
    with pytest.raises(UsageError):
        write_pages([GeneratedPage("../elders.md", "# nee\n")], tmp_path / "docs")
    assert not (tmp_path / "elders.md").exists()


def test_the_baseline_drops_only_our_plugin_and_search_exclusion():
    config = {"plugins": [{"search": {"lang": "nl"}}, {"kennisbank": {"edit_url": "x"}}], "nav": ["index.md"]}
    assert baseline_config(config) == {"plugins": [{"search": {"lang": "nl"}}], "nav": ["index.md"]}
    page = GeneratedPage("a/b.md", "---\nsearch:\n  exclude: true\n---\n# Titel\n")
    assert searchable(page).markdown == "# Titel\n"


@pytest.mark.parametrize(
    ("option", "missing", "kept"), [("word_index", "pagefind", "data"), ("open_data", "data", "pagefind")]
)
def test_an_ablation_builds_the_site_without_that_output_only(tmp_path, make_project, build, option, missing, kept):
    """``run --ablations`` switches one output off with the plugin's own option, in a config beside the project's."""
    from benchmarks.steps import ablated

    project = make_project(tmp_path / "kb")
    config = ablated(project, option)
    assert f"  - kennisbank:\n      {option}: false\n" in config.read_text(encoding="utf-8")
    result = build(project, "-f", config.name, "--strict")
    assert result.returncode == 0, result.stderr
    assert not (project / "site" / missing).exists() and (project / "site" / kept).is_dir()
    assert (project / "site" / "interventies" / "beweegochtend" / "index.html").is_file()
