"""The change history of the record files, from ``git log``: one process for all records.

Each record page lists the last changes to its file (date and commit subject, never the
author: a commit names a private person) and the feed orders records by their last change.
A ``git`` process per record would cost minutes at 10,000 records, so the whole log of the
records folder is read once and split per file. Outside a git checkout there is no history;
the caller says so once.
"""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType

MAX_CHANGES = 5
RECORD_SEPARATOR = "\x1e"
FIELD_SEPARATOR = "\x1f"
LOG_FORMAT = f"--format={RECORD_SEPARATOR}%aI{FIELD_SEPARATOR}%s"


@dataclass(frozen=True)
class Change:
    day: date
    subject: str


def read_history(root: Path, folder: Path) -> Mapping[str, tuple[Change, ...]] | None:
    """The last changes per record file (paths as in ``Record.path``), newest first; None outside git."""
    command = [
        "git",
        "log",
        "--no-color",
        "--no-renames",
        "--relative",
        "--name-only",
        LOG_FORMAT,
        "--",
        str(folder.relative_to(root)) if folder.is_relative_to(root) else str(folder),
    ]
    try:
        done = subprocess.run(
            command, cwd=root, capture_output=True, text=True, encoding="utf-8", errors="replace", check=False
        )
    except OSError:  # no git on this machine
        return None
    if done.returncode != 0:
        return None
    return MappingProxyType(parse_log(done.stdout))


def parse_log(text: str, limit: int = MAX_CHANGES) -> dict[str, tuple[Change, ...]]:
    found: dict[str, list[Change]] = {}
    for block in text.split(RECORD_SEPARATOR)[1:]:
        head, _, names = block.partition("\n")
        stamp, _, subject = head.partition(FIELD_SEPARATOR)
        change = Change(datetime.fromisoformat(stamp).date(), subject.strip())
        for name in filter(None, (line.strip() for line in names.splitlines())):
            changes = found.setdefault(name, [])
            if len(changes) < limit:
                changes.append(change)
    return {name: tuple(changes) for name, changes in found.items()}
