"""The change history of the record files, as the fields each change touched: one ``git log`` for all.

A record page says per day which of its fields changed ("Erkenning en Bronnen gewijzigd"),
derived from the records' own diffs, never from commit subjects: a subject is a developer's
note in English, sometimes an internal remark, and never meant for the site (nor is the
author, a private person). A ``git`` process per record would cost minutes at 10,000 records,
so the log of the records folder, with its diffs, is read once and split per file. Git names
the field around each change itself: a hunk header carries the nearest line before it that
starts with a letter, which in a record is the top-level key the change sits in. Outside a
git checkout there is no history; the caller says so once.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType

MAX_CHANGES = 5  # days listed per record
COMMIT = "\x1e"
LOG_FORMAT = f"--format={COMMIT}%aI"
FILE = re.compile(r"^\+\+\+ b/(.+)$")
HUNK_START = re.compile(r"^@@ [^@]* @@(?: ([a-z_][a-z0-9_]*):)?")
KEY_LINE = re.compile(r"^[-+]([a-z_][a-z0-9_]*):")
ADDED = "+"  # marks a file that the commit created


@dataclass(frozen=True)
class Change:
    """One day's changes to a record: the top-level fields they touched, or ``added`` for a new file."""

    day: date
    fields: tuple[str, ...] = ()
    added: bool = False


def read_history(root: Path, folder: Path) -> Mapping[str, tuple[Change, ...]] | None:
    """The last changes per record file (paths as in ``Record.path``), newest first; None outside git."""
    where = str(folder.relative_to(root)) if folder.is_relative_to(root) else str(folder)
    command = ["git", "log", "-p", "--unified=0", "--no-color", "--no-renames", "--relative", LOG_FORMAT, "--", where]
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
    """Per file, its changes newest first, one per day (a day's commits merged), at most ``limit`` days."""
    days: dict[str, dict[date, tuple[set[str], bool]]] = {}
    for block in text.split(COMMIT)[1:]:
        stamp, _, patch = block.partition("\n")
        day = datetime.fromisoformat(stamp.strip()).date()
        for name, (fields, added) in _files(patch).items():
            known = days.setdefault(name, {})
            if day not in known and len(known) >= limit:
                continue
            seen, was_added = known.get(day, (set(), False))
            known[day] = (seen | fields, was_added or added)
    return {
        name: tuple(Change(day, tuple(sorted(fields)), added) for day, (fields, added) in found.items())
        for name, found in days.items()
    }


def _files(patch: str) -> dict[str, tuple[set[str], bool]]:
    """The files one commit changed: the top-level keys its hunks touched, and whether it created the file.

    A hunk's header names the key above it; that key is the changed one only when the hunk starts
    inside its value. A hunk that starts on a key line changes that key (and any key lines after).
    """
    found: dict[str, tuple[set[str], bool]] = {}
    name, created, above = "", False, ""
    for line in patch.splitlines():
        if line.startswith("--- "):
            created = line == "--- /dev/null"
        elif line.startswith("+++ "):  # "+++ /dev/null": a deleted file, whose hunks are no record's
            match = FILE.match(line)
            name = match.group(1) if match else ""
            if name:
                found[name] = (set(), created)
        elif name and (hunk := HUNK_START.match(line)):
            above = hunk.group(1) or ""
        elif name and line[:1] in "+-":
            key = KEY_LINE.match(line)
            if key:
                found[name][0].add(key.group(1))
            elif above:
                found[name][0].add(above)
            above = ""  # only the first changed line can lie inside the key above the hunk
    return {name: (fields, added) for name, (fields, added) in found.items()}
