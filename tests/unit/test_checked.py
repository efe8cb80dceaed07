"""The warnings about when a recognition was last checked in its databank (``recognition.checked``).

Built on the golden case ``recognition-checked`` copied into a temporary project, so the
project's own records, which are being given their check dates, never decide these tests.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from kennisbank.cli import main
from kennisbank.core.project import load_project
from tests.constants import CASES, SCHEMA

TODAY = date(2026, 1, 1)
RECORD = "interventions/interventies/nagekeken.yaml"


@pytest.fixture
def project(tmp_path) -> Path:
    shutil.copytree(CASES / "recognition-checked" / "interventions", tmp_path / "interventions")
    for name in ("nooit-nagekeken", "lang-geleden", "precies-een-jaar"):
        (tmp_path / "interventions/interventies" / f"{name}.yaml").unlink()
    return tmp_path


def problems(project: Path, today: date = TODAY) -> list[str]:
    return [problem.as_text() for problem in load_project(project, schema_folder=SCHEMA, today=today).problems]


def set_checked(project: Path, value: str) -> None:
    path = project / RECORD
    path.write_text(path.read_text().replace("checked: 2025-06-01", f"checked: {value}"))


def test_a_check_within_a_year_is_fine(project):
    assert problems(project) == []
    assert problems(project, date(2026, 6, 1)) == []  # exactly 365 days later


def test_a_check_older_than_a_year_is_stale_at_the_checked_field(project):
    assert problems(project, date(2026, 6, 2)) == [
        f"{RECORD}:23:12: waarschuwing: de erkenning is voor het laatst nagekeken op 2025-06-01, meer dan een jaar "
        "geleden (controleer de erkenning opnieuw in de databank en zet 'checked' op vandaag)"
    ]


def test_a_recognition_without_a_check_date_is_said_at_its_key(project):
    path = project / RECORD
    path.write_text(path.read_text().replace("  checked: 2025-06-01\n", ""))
    assert problems(project) == [
        f"{RECORD}:19:1: waarschuwing: de erkenning noemt niet wanneer ze voor het laatst in de databank is "
        "nagekeken (controleer de erkenning in de databank en voeg 'checked:' toe met de datum van vandaag)"
    ]


def test_a_check_date_that_is_no_date_gets_only_the_schema_error(project):
    set_checked(project, "gisteren")
    assert problems(project) == [
        f"{RECORD}:23:12: fout: 'gisteren' is geen geldige datum (schrijf een datum als JJJJ-MM-DD, "
        "bijvoorbeeld 2024-05-01)"
    ]


def test_a_not_recognised_level_is_a_recognition_that_needs_its_check_too(project):
    path = project / RECORD
    path.write_text(path.read_text().replace("level: goed-onderbouwd", "level: niet-erkend"))
    assert [line.split(": waarschuwing: ")[0] for line in problems(project, date(2027, 1, 1))] == [f"{RECORD}:23:12"]


def test_a_stale_check_is_a_warning_in_json_and_fails_only_a_strict_run(project, monkeypatch, capsys):
    monkeypatch.chdir(project)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    arguments = ["validate", "--schema", str(SCHEMA), "--today", "2027-01-01", "--format", "json"]
    assert main(arguments) == 0
    document = json.loads(capsys.readouterr().out)
    assert [(p["code"], p["severity"], p["line"], p["col"]) for p in document["problems"]] == [
        ("recognition-check-stale", "warning", 23, 12)
    ]
    assert main([*arguments, "--strict"]) == 1
