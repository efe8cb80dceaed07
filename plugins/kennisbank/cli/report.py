"""Printing problems as text, JSON or GitHub annotations, all from the same list.

What a contributor reads is Dutch; JSON keeps English keys, severities and codes for scripts,
and annotations keep GitHub's own ``::error``/``::warning`` commands.
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path

from ..core.problems import ERROR, SEVERITY_WORDS, WARNING, Problem, count
from ..core.wording import plural

TITLE = "Controle van de kennisbank"


def summary_line(problems: list[Problem], files: int) -> str:
    """'2 records gecontroleerd: 1 fout, 0 waarschuwingen in 1 bestand', or '... alles in orde'."""
    checked = f"{plural(files, 'record', 'records')} gecontroleerd"
    if not problems:
        return f"{checked}: alles in orde"
    errors = plural(count(problems, ERROR), "fout", "fouten")
    warnings = plural(count(problems, WARNING), "waarschuwing", "waarschuwingen")
    broken = len({problem.path for problem in problems if problem.severity == ERROR})
    where = f" in {plural(broken, 'bestand', 'bestanden')}" if broken else ""
    return f"{checked}: {errors}, {warnings}{where}"


def as_text(problems: list[Problem], files: int) -> str:
    return "\n".join([problem.as_text() for problem in problems] + [summary_line(problems, files)])


def as_json(problems: list[Problem], files: int) -> str:
    document = {
        "records": files,
        "errors": count(problems, ERROR),
        "warnings": count(problems, WARNING),
        "problems": [problem.as_dict() for problem in problems],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def as_github(problems: list[Problem], files: int, summary: str | None = None) -> str:
    """Workflow commands; GitHub shows only ten annotations a step, so the log has every line.

    ``summary`` replaces the validator's closing line, for commands that count something else.
    """
    lines = []
    for problem in problems:
        message = problem.message + (f" ({problem.hint})" if problem.hint else "")
        lines.append(
            f"::{problem.severity} file={_escape_property(problem.path)},line={problem.line},"
            f"col={problem.col}::{_escape_data(message)}"
        )
    lines.append(summary or summary_line(problems, files))
    return "\n".join(lines)


def step_summary(problems: list[Problem], files: int, title: str = TITLE, summary: str | None = None) -> str:
    """A Markdown table of every problem, for ``$GITHUB_STEP_SUMMARY``."""
    lines = [f"## {title}", "", summary or summary_line(problems, files), ""]
    if problems:
        lines += ["| bestand | plaats | ernst | melding |", "| --- | --- | --- | --- |"]
        for problem in problems:
            message = _cell(html.escape(problem.message + (f" ({problem.hint})" if problem.hint else ""), quote=False))
            lines.append(
                f"| `{_cell(problem.path)}` | {problem.line}:{problem.col} | "
                f"{SEVERITY_WORDS[problem.severity]} | {message} |"
            )
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """Text that stays inside one table cell: no line breaks, no bare pipes."""
    return " ".join(text.splitlines()).replace("|", "\\|")


def write_step_summary(problems: list[Problem], files: int, title: str = TITLE, summary: str | None = None) -> str:
    """Append the summary when GitHub asks for one; returns why it could not, or ""."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return ""
    try:
        with Path(target).open("a", encoding="utf-8") as stream:
            stream.write(step_summary(problems, files, title, summary))
    except OSError as exc:
        return f"kan de samenvatting niet naar {target} schrijven: {exc.strerror}"
    return ""


FORMATS = {"text": as_text, "json": as_json, "github": as_github}
