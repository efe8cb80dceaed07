"""What CI shows: GitHub annotations, the step summary file and JSON, exactly.

The annotation and JSON lines for several problems, a warning among them, are golden cases
(tests/cases/format-github-several, format-json-several); here the step summary file, the
escaping GitHub needs, and a summary file that cannot be written.
"""

from __future__ import annotations

from pathlib import Path

from kennisbank.cli import main
from kennisbank.cli.report import as_github, step_summary, summary_line
from kennisbank.core.problems import Problem, error, warning
from tests.constants import CASES, SCHEMA, TODAY


def run_github(case: str, monkeypatch, summary: Path) -> int:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.chdir(CASES / case)
    return main(["validate", "--schema", str(SCHEMA), "--today", TODAY.isoformat(), "--format", "github"])


def test_the_step_summary_lists_every_problem_errors_and_warnings(tmp_path, monkeypatch, capsys):
    summary = tmp_path / "summary.md"
    summary.write_text("## An earlier step\n", encoding="utf-8")
    assert run_github("format-github-several", monkeypatch, summary) == 1
    assert capsys.readouterr().err == ""
    assert (
        summary.read_text(encoding="utf-8")
        == "\n".join(
            [
                "## An earlier step",
                "## Controle van de kennisbank",
                "",
                "5 records gecontroleerd: 3 fouten, 1 waarschuwing in 2 bestanden",
                "",
                "| bestand | plaats | ernst | melding |",
                "| --- | --- | --- | --- |",
                "| `interventions/interventies/afwijkend.yaml` | 22:3 | fout | bij 'valid_until' hoort ook "
                "'valid_until_reason' (voeg 'valid_until_reason:' toe om te zeggen waarom) |",
                "| `interventions/interventies/afwijkend.yaml` | 22:16 | fout | de einddatum 2024-01-01 "
                "(valid_until) ligt "
                "niet na de besluitdatum 2024-06-01 |",
                "| `interventions/interventies/toekomst.yaml` | 21:12 | fout | de besluitdatum 2027-06-01 "
                "ligt in de toekomst "
                "(gebruik de datum van het erkenningsbesluit) |",
                "| `interventions/interventies/verlopen.yaml` | 19:1 | waarschuwing | de erkenning is verlopen "
                "op 2025-06-01 volgens het laatst gevonden besluit "
                "(kijk in de databank of er een nieuwer besluit is en neem dat over; zegt een bron dat de "
                "erkenning is ingetrokken of niet verlengd, zet dan 'ended') |",
            ]
        )
        + "\n"
    )


def test_a_clean_run_still_writes_a_summary(tmp_path, monkeypatch, capsys):
    summary = tmp_path / "summary.md"
    assert run_github("valid", monkeypatch, summary) == 0
    assert summary.read_text(encoding="utf-8") == (
        "## Controle van de kennisbank\n\n3 records gecontroleerd: alles in orde\n\n"
    )
    assert capsys.readouterr().out == "3 records gecontroleerd: alles in orde\n"


def test_a_summary_that_cannot_be_written_is_said_on_stderr_and_the_exit_code_stays(tmp_path, monkeypatch, capsys):
    assert run_github("format-github-several", monkeypatch, tmp_path) == 1
    output = capsys.readouterr()
    assert output.err == f"kennisbank: kan de samenvatting niet naar {tmp_path} schrijven: Is a directory\n"
    assert output.out.startswith("::error file=interventions/interventies/afwijkend.yaml,line=22,col=3::")


def test_annotations_escape_what_github_would_read_as_syntax():
    problems = [
        error("interventions/a,b:c.yaml", 3, 4, "schema", "100% fout\ntweede regel", "hint: x, y"),
        warning("interventions/d.yaml", 1, 1, "recognition-expired", "alleen een waarschuwing"),
    ]
    assert as_github(problems, 2).splitlines() == [
        "::error file=interventions/a%2Cb%3Ac.yaml,line=3,col=4::100%25 fout%0Atweede regel (hint: x, y)",
        "::warning file=interventions/d.yaml,line=1,col=1::alleen een waarschuwing",
        "2 records gecontroleerd: 1 fout, 1 waarschuwing in 1 bestand",
    ]


def test_summary_cells_keep_pipes_line_breaks_and_markup_as_text():
    problem = Problem(
        "interventions/x|y.yaml", 2, 5, "error", "unknown-field", "onbekend veld '<b>a|b</b>'\nverder", "gebruik a & b"
    )
    assert step_summary([problem], 1).splitlines()[-1] == (
        "| `interventions/x\\|y.yaml` | 2:5 | fout | onbekend veld '&lt;b&gt;a\\|b&lt;/b&gt;' verder "
        "(gebruik a &amp; b) |"
    )


def test_the_summary_line_counts_in_dutch_one_and_many():
    one = [error("interventions/a.yaml", 1, 1, "schema", "x")]
    assert summary_line(one, 1) == "1 record gecontroleerd: 1 fout, 0 waarschuwingen in 1 bestand"
    assert summary_line([], 59) == "59 records gecontroleerd: alles in orde"
    more = [
        *one,
        error("interventions/b.yaml", 1, 1, "schema", "y"),
        warning("interventions/b.yaml", 2, 1, "recognition-expired", "z"),
    ]
    assert summary_line(more, 2) == "2 records gecontroleerd: 2 fouten, 1 waarschuwing in 2 bestanden"
    assert summary_line(more[2:], 2) == "2 records gecontroleerd: 0 fouten, 1 waarschuwing"
