"""Printing problems as text, JSON or GitHub annotations, all from the same list."""

from __future__ import annotations

import html
import json
import os
from pathlib import Path

from ..core.problems import ERROR, WARNING, Problem, count


def summary_line(problems: list[Problem], files: int) -> str:
    errors, warnings = count(problems, ERROR), count(problems, WARNING)
    if not problems:
        return f"{files} record(s) checked: all valid"
    broken = len({problem.path for problem in problems if problem.severity == ERROR})
    return (f"{files} record(s) checked: {errors} error(s), {warnings} warning(s)"
            f"{f' in {broken} file(s)' if broken else ''}")


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


def as_github(problems: list[Problem], files: int) -> str:
    """Workflow commands; GitHub shows only ten annotations a step, so the log has every line."""
    lines = []
    for problem in problems:
        message = problem.message + (f" ({problem.hint})" if problem.hint else "")
        lines.append(f"::{problem.severity} file={_escape_property(problem.path)},line={problem.line},"
                     f"col={problem.col}::{_escape_data(message)}")
    lines.append(summary_line(problems, files))
    return "\n".join(lines)


def step_summary(problems: list[Problem], files: int) -> str:
    """A Markdown table of every problem, for ``$GITHUB_STEP_SUMMARY``."""
    lines = ["## Kennisbank validate", "", summary_line(problems, files), ""]
    if problems:
        lines += ["| file | line | severity | message |", "| --- | --- | --- | --- |"]
        for problem in problems:
            message = _cell(html.escape(problem.message + (f" ({problem.hint})" if problem.hint else ""), quote=False))
            lines.append(f"| `{_cell(problem.path)}` | {problem.line}:{problem.col} | {problem.severity} | {message} |")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """Text that stays inside one table cell: no line breaks, no bare pipes."""
    return " ".join(text.splitlines()).replace("|", "\\|")


def write_step_summary(problems: list[Problem], files: int) -> str:
    """Append the summary when GitHub asks for one; returns why it could not, or ""."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return ""
    try:
        with Path(target).open("a", encoding="utf-8") as stream:
            stream.write(step_summary(problems, files))
    except OSError as exc:
        return f"cannot write the step summary to {target}: {exc.strerror}"
    return ""


FORMATS = {"text": as_text, "json": as_json, "github": as_github}
