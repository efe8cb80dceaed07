"""Which files a command reports on: the paths given on the command line, checked and made relative.

Shared by ``validate`` and ``links``: a path that does not exist or lies outside the project is
a usage error (exit 2), and with no paths every record is reported on.
"""

from __future__ import annotations

from pathlib import Path

from ..core.problems import UsageError


def existing(path: Path, root: Path) -> str:
    """The path relative to the project root, with forward slashes, as problems name files."""
    if not path.exists():
        raise UsageError(f"{path}: dit bestand of deze map bestaat niet")
    resolved = path.resolve()
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        raise UsageError(f"{path}: ligt buiten het project ({root})") from None


def within(path: str, selected: list[str]) -> bool:
    """Whether a record's path is one of the selected files or lies in a selected folder."""
    return not selected or any(path == chosen or path.startswith(chosen.rstrip("/") + "/") for chosen in selected)
