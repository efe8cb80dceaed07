"""The validator's edge: exit codes, usage errors and the GitHub step summary."""

from __future__ import annotations

import shutil
import subprocess
import sys

from kennisbank.cli import main
from tests.constants import CASES, ROOT, SCHEMA


def test_a_missing_path_is_a_usage_error(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert main(["validate", "interventions/bestaat-niet.yaml"]) == 2
    assert capsys.readouterr().err == (
        "kennisbank: interventions/bestaat-niet.yaml: dit bestand of deze map bestaat niet\n"
    )


def test_the_github_format_writes_every_problem_to_the_step_summary(tmp_path, monkeypatch, capsys):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.chdir(CASES / "unknown-term")
    assert main(["validate", "--schema", str(SCHEMA), "--format", "github"]) == 1
    text = summary.read_text()
    assert (
        "| `interventions/samenwerkingstips/samen-lopen.yaml` | 5:11 | fout | onbekende waarde 'sprot' voor "
        "domein; bedoelt u 'sport'?"
    ) in text
    assert "| 4:8 | fout | onbekende waarde 'kasus' voor niveau" in text


def test_the_installed_command_runs_without_traceback(tmp_path):
    shutil.copytree(CASES / "yaml-syntax", tmp_path / "case")
    result = subprocess.run(
        [sys.executable, "-m", "kennisbank.cli", "validate", "--schema", str(SCHEMA)],
        cwd=tmp_path / "case",
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "kapot.yaml:3:6: fout: ongeldige YAML" in result.stdout


def test_parallel_loading_reports_exactly_what_serial_loading_does(monkeypatch):
    from kennisbank.core import records
    from kennisbank.core.project import load_project

    case = CASES / "yaml-syntax"
    serial = load_project(case, schema_folder=SCHEMA)
    monkeypatch.setattr(records, "PARALLEL_FROM", 1)
    parallel = load_project(case, schema_folder=SCHEMA)
    assert parallel.problems == serial.problems and len(serial.problems) == 3
    assert [r.id for r in parallel.records] == [r.id for r in serial.records]
