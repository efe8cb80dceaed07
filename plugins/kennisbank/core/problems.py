"""Problems are data: every stage returns them instead of raising, and only the edge prints.

That way one run can report every fault in every file, which is what a contributor fixing a
pull request needs. The message and hint are Dutch, for the contributor; ``severity`` and
``code`` are stable English words, for scripts reading ``--format json``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import NamedTuple

from .codes import CODES

ERROR = "error"
WARNING = "warning"
SEVERITY_WORDS = {ERROR: "fout", WARNING: "waarschuwing"}


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one place in one file; ``line`` and ``col`` count from 1.

    Sorted by place; problems at the same place by severity and code, never by the wording.
    """

    path: str
    line: int
    col: int
    severity: str
    code: str
    message: str
    hint: str = ""

    def as_text(self) -> str:
        text = f"{self.path}:{self.line}:{self.col}: {SEVERITY_WORDS[self.severity]}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text

    def as_dict(self) -> dict:
        return asdict(self)


class Fault(NamedTuple):
    """A problem found while reading a text, before the file it came from is known."""

    line: int
    col: int
    code: str
    message: str
    hint: str = ""


def error(path: str, line: int, col: int, code: str, message: str, hint: str = "") -> Problem:
    return Problem(path, line, col, ERROR, known_code(code), message, hint)


def warning(path: str, line: int, col: int, code: str, message: str, hint: str = "") -> Problem:
    return Problem(path, line, col, WARNING, known_code(code), message, hint)


def known_code(code: str) -> str:
    """The code itself; an unregistered one is a bug here, never a contributor's mistake."""
    if code not in CODES:
        raise ValueError(f"problem code {code!r} is not in codes.CODES")
    return code


def count(problems: list[Problem], severity: str) -> int:
    return sum(1 for problem in problems if problem.severity == severity)


class UsageError(Exception):
    """A problem with how the tool was called or configured, not with a record (exit 2)."""
