"""What CI shows: GitHub annotations, the step summary file and JSON, exactly.

The annotation and JSON lines for several problems, a warning among them, are golden cases
(tests/cases/format-github-several, format-json-several); here the step summary file, the
escaping GitHub needs, and a summary file that cannot be written.
"""

from __future__ import annotations

from pathlib import Path

from conftest import SCHEMA, TODAY
from kennisbank.cli import main
from kennisbank.core.problems import Problem, error, warning
from kennisbank.cli.report import as_github, step_summary

CASES = Path(__file__).parent / "cases"


def run_github(case: str, monkeypatch, summary: Path) -> int:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.chdir(CASES / case)
    return main(["validate", "--schema", str(SCHEMA), "--today", TODAY.isoformat(), "--format", "github"])


def test_the_step_summary_lists_every_problem_errors_and_warnings(tmp_path, monkeypatch, capsys):
    summary = tmp_path / "summary.md"
    summary.write_text("## An earlier step\n", encoding="utf-8")
    assert run_github("format-github-several", monkeypatch, summary) == 1
    assert capsys.readouterr().err == ""
    assert summary.read_text(encoding="utf-8") == "\n".join([
        "## An earlier step",
        "## Kennisbank validate",
        "",
        "5 record(s) checked: 3 error(s), 1 warning(s) in 2 file(s)",
        "",
        "| file | line | severity | message |",
        "| --- | --- | --- | --- |",
        "| `interventions/interventies/afwijkend.yaml` | 22:3 | error | 'valid_until' needs 'valid_until_reason' as "
        "well (add 'valid_until_reason:' to say why) |",
        "| `interventions/interventies/afwijkend.yaml` | 22:16 | error | valid_until 2024-01-01 is not after the "
        "decision date 2024-06-01 |",
        "| `interventions/interventies/toekomst.yaml` | 21:12 | error | decision date 2027-06-01 lies in the future "
        "(use the date of the recognition decision) |",
        "| `interventions/interventies/verlopen.yaml` | 19:1 | warning | recognition expired on 2025-06-01 (renew the "
        "assessment, or remove 'recognition' if it was withdrawn) |",
    ]) + "\n"


def test_a_clean_run_still_writes_a_summary(tmp_path, monkeypatch, capsys):
    summary = tmp_path / "summary.md"
    assert run_github("valid", monkeypatch, summary) == 0
    assert summary.read_text(encoding="utf-8") == "## Kennisbank validate\n\n3 record(s) checked: all valid\n\n"
    assert capsys.readouterr().out == "3 record(s) checked: all valid\n"


def test_a_summary_that_cannot_be_written_is_said_on_stderr_and_the_exit_code_stays(tmp_path, monkeypatch, capsys):
    assert run_github("format-github-several", monkeypatch, tmp_path) == 1
    output = capsys.readouterr()
    assert output.err == f"kennisbank: cannot write the step summary to {tmp_path}: Is a directory\n"
    assert output.out.startswith("::error file=interventions/interventies/afwijkend.yaml,line=22,col=3::")


def test_annotations_escape_what_github_would_read_as_syntax():
    problems = [error("interventions/a,b:c.yaml", 3, 4, "schema", "100% wrong\nsecond line", "hint: x, y"),
                warning("interventions/d.yaml", 1, 1, "recognition-expired", "only a warning")]
    assert as_github(problems, 2).splitlines() == [
        "::error file=interventions/a%2Cb%3Ac.yaml,line=3,col=4::100%25 wrong%0Asecond line (hint: x, y)",
        "::warning file=interventions/d.yaml,line=1,col=1::only a warning",
        "2 record(s) checked: 1 error(s), 1 warning(s) in 1 file(s)",
    ]


def test_summary_cells_keep_pipes_line_breaks_and_markup_as_text():
    problem = Problem("interventions/x|y.yaml", 2, 5, "error", "unknown-field", "unknown field '<b>a|b</b>'\nnext", "use a & b")
    assert step_summary([problem], 1).splitlines()[-1] == (
        "| `interventions/x\\|y.yaml` | 2:5 | error | unknown field '&lt;b&gt;a\\|b&lt;/b&gt;' next (use a &amp; b) |")
