"""What each record file produced, kept between the loads of one ``mkdocs serve``.

A save changes one file, yet every rebuild read, parsed and checked every record again: at
10,000 records that alone took longer than the budget for the whole edit. Here a file is known
again by its size and modification time, and when those moved (a checkout, a touch, an editor
that rewrites the same bytes) by a digest of its bytes; only new and changed files are parsed,
and only their records' own checks run again. What those checks depend on besides the file
(the schemas, the vocabularies, the day) is the cache's context: when it changes, everything is
read again. The checks across records (unique ids, references) run over all records each time;
they are cheap. ``parsed`` and ``checked`` count the work of the last load, for tests.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .problems import Problem
from .records import MAX_BYTES, Loaded, Record


@dataclass(frozen=True)
class Known:
    stamp: tuple[int, int]  # (modification time in ns, size)
    digest: bytes
    loaded: Loaded


class RecordCache:
    def __init__(self) -> None:
        self._files: dict[Path, Known] = {}
        self._checked: dict[str, tuple[Record, list[Problem]]] = {}  # by record path
        self._context: object = None
        self.parsed = 0  # files parsed by the last load
        self.checked = 0  # records whose own checks ran in the last load

    def start(self, context: object) -> None:
        """Begin a load; ``context`` is what every record's checks depend on besides its file."""
        if context != self._context:
            self._files.clear()
            self._checked.clear()
            self._context = context
        self.parsed = self.checked = 0

    def load(self, files: list[Path], parse: Callable[[list[Path]], Iterable[Loaded]]) -> list[Loaded]:
        """Each file's record and problems, in order: known ones as before, the rest from ``parse``."""
        found: dict[Path, Loaded] = {}
        todo: list[tuple[Path, tuple[int, int], bytes]] = []
        for path in files:
            stamp, known = _stamp(path), self._files.get(path)
            if known is not None and known.stamp == stamp:
                found[path] = known.loaded
                continue
            digest = _digest(path)
            if known is not None and digest == known.digest:
                self._files[path] = Known(stamp, digest, known.loaded)
                found[path] = known.loaded
            else:
                todo.append((path, stamp, digest))
        for (path, stamp, digest), loaded in zip(todo, parse([path for path, _, _ in todo]), strict=True):
            self._files[path] = Known(stamp, digest, loaded)
            found[path] = loaded
        self.parsed = len(todo)
        self._forget_files(set(files))
        return [found[path] for path in files]

    def checks(self, record: Record, check: Callable[[], list[Problem]]) -> list[Problem]:
        """The record's own problems: kept while it is the same record (an unchanged file)."""
        known = self._checked.get(record.path)
        if known is not None and known[0] is record:
            return known[1]
        problems = check()
        self._checked[record.path] = (record, problems)
        self.checked += 1
        return problems

    def _forget_files(self, present: set[Path]) -> None:
        """Let removed files go, so a record that comes back is read again."""
        for path in [path for path in self._files if path not in present]:
            del self._files[path]


def _stamp(path: Path) -> tuple[int, int]:
    try:
        info = path.lstat()
    except OSError:
        return (-1, -1)
    return (info.st_mtime_ns, info.st_size)


def _digest(path: Path) -> bytes:
    """The file's bytes hashed, opened with the guards ``records`` reads with (no symlink, no pipe,
    the size limit); a file that fails them has no digest and is parsed, which reports it."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        with os.fdopen(os.open(path, flags), "rb") as stream:
            info = os.fstat(stream.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
                return b""
            return hashlib.blake2b(stream.read(MAX_BYTES + 1), digest_size=16).digest()
    except OSError:
        return b""
