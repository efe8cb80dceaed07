"""Golden cases for every output of a record: each folder under tests/cases/outputs holds records,
a ``case.yaml`` (the build day, the pages and the built files to compare) and ``expected/``: the
pages' Markdown (with their JSON-LD in the front matter), the record JSON with the comparison's
text, the CSV, the feed, the facet index, and ``kennisbank report expiring`` as text and JSON.
A change of wording anywhere shows up here as one diff to review; regenerate with

    .venv/bin/python -m pytest tests/cases/test_output_cases.py --update-pages
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from kennisbank.cli.expiring import as_json, as_text
from kennisbank.core.expiry import expiring
from kennisbank.core.project import load_project
from kennisbank.site.build import BuildSettings, SiteBuild
from kennisbank.site.opendata.publication import Publication
from tests.constants import CASES, SCHEMA

OUTPUTS = CASES / "outputs"
WINDOW = 180  # days, as the command's default and the site page
PUBLICATION = Publication(
    "Kennisbank (test)", "", site_url="https://kennisbank.example.nl/", contact_email="data@example.nl"
)


def case_names() -> list[str]:
    return sorted(path.name for path in OUTPUTS.iterdir() if (path / "case.yaml").exists())


def built_outputs(case: Path, folder: Path) -> dict[str, str]:
    """Every compared output of the case, by its path under ``expected/``.

    Built from a copy outside the git checkout: the records' own history would otherwise make
    every commit that touches the case a change of its pages.
    """
    settings = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    case = Path(shutil.copytree(case / "interventions", folder / "case" / "interventions")).parent
    site = folder / "site"
    today = date.fromisoformat(str(settings["today"]))
    project = load_project(case, schema_folder=SCHEMA, today=today)
    assert not project.has_errors, [problem.as_text() for problem in project.problems]
    publication = dataclasses.replace(PUBLICATION, issued=today)
    build = SiteBuild.plan(project, case / "interventions", BuildSettings(publication))
    pages = {page.src: page.markdown for page in build.pages()}
    build.write_facet_index(site)
    build.start_open_data(site).wait()
    found = {f"pages/{src}": pages[src] for src in settings["pages"]}
    found |= {f"files/{path}": (site / path).read_text(encoding="utf-8-sig") for path in settings["files"]}
    groups = expiring(project.model, WINDOW)
    found["report/expiring.txt"] = as_text(groups, today, WINDOW) + "\n"
    found["report/expiring.json"] = as_json(groups, today, WINDOW) + "\n"
    return found


@pytest.mark.parametrize("name", case_names())
def test_output_case(name, request, tmp_path):
    case = OUTPUTS / name
    for path, text in built_outputs(case, tmp_path).items():
        expected = case / "expected" / path
        if request.config.getoption("--update-pages"):
            expected.parent.mkdir(parents=True, exist_ok=True)
            expected.write_text(text, encoding="utf-8")
        assert text == expected.read_text(encoding="utf-8"), f"{name}: {path}"


def test_every_output_says_the_same_of_each_recognition(tmp_path):
    """Not only unchanged but consistent: the page, the JSON, the comparison's text, the CSV and the
    feed carry the same headline and reason for every record of the one-voice case."""
    found = built_outputs(OUTPUTS / "one-voice", tmp_path)
    csv, feed = found["files/data/interventies.csv"], found["files/feed.xml"]
    for record_id in ("exact", "dit-jaar", "verlopen", "ingetrokken"):
        recognition = json.loads(found[f"files/interventies/{record_id}.json"])["recognition"]
        display = json.loads(found[f"files/interventies/{record_id}.json"])["display"]["recognition"]
        said = f"{recognition['headline']}. {recognition['reason']}"
        assert (
            f"<strong>{recognition['headline']}</strong>. {recognition['reason']}"
            in found[f"pages/interventies/{record_id}.md"]
        )
        assert display[-1]["text"] == said and said in feed and recognition["reason"] in csv
    year_only = found["report/expiring.txt"] + found["pages/erkenningen/verloopt.md"]
    assert year_only.count("verloopt uiterlijk op 31 december 2026, over 30 dagen") == 2
    assert "geen vaste termijn" not in "".join(found.values()), "the level has a five-year term"
