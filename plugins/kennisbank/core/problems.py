"""Problems are data: every stage returns them instead of raising, and only the edge prints.

That way one run can report every fault in every file, which is what a contributor fixing a
pull request needs.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one place in one file; ``line`` and ``col`` count from 1."""

    path: str
    line: int
    col: int
    severity: str
    message: str
    hint: str = ""

    def as_text(self) -> str:
        text = f"{self.path}:{self.line}:{self.col}: {self.severity}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text

    def as_dict(self) -> dict:
        return asdict(self)


def error(path: str, line: int, col: int, message: str, hint: str = "") -> Problem:
    return Problem(path, line, col, ERROR, message, hint)


def warning(path: str, line: int, col: int, message: str, hint: str = "") -> Problem:
    return Problem(path, line, col, WARNING, message, hint)


def count(problems: list[Problem], severity: str) -> int:
    return sum(1 for problem in problems if problem.severity == severity)


class UsageError(Exception):
    """A problem with how the tool was called or configured, not with a record (exit 2)."""
