"""Finding and reading record files: one YAML file per record, ``<kind folder>/<id>.yaml``.

Only regular files inside the records folder are read. Symlinks are refused, never followed,
and files are size-checked before parsing, because records arrive by pull request from many
organisations and one careless or hostile file must not take the tools down.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .parsing import parse_yaml
from .problems import Problem, error, warning
from .schemas import SchemaSet

if TYPE_CHECKING:
    from .record_cache import RecordCache

MAX_BYTES = 1_000_000
PARALLEL_FROM = 2_000  # below this, starting worker processes costs more than it saves
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class Record:
    """One parsed record; ``path`` is relative to the project root, with forward slashes."""

    id: str
    kind: str
    path: str
    data: dict
    file: Path

    def read_text(self) -> str:
        """The file's text again, for line lookups: only files with a problem ever need it.

        Read with the same guards as the first time (no symlink, regular file, size limit,
        UTF-8), since the file may have been swapped since; "" when it no longer passes them,
        and the problems then point at line 1.
        """
        text, problem = _read_text(self.file, self.path)
        return "" if problem else text


Loaded = tuple[Record | None, list[Problem]]


def find_record_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """All files under the records folder, split into (regular files, symlinks); sorted."""
    files: list[Path] = []
    links: list[Path] = []
    for directory, subdirs, names in os.walk(folder, followlinks=False):
        base = Path(directory)
        links += [base / name for name in subdirs if (base / name).is_symlink()]
        subdirs[:] = sorted(name for name in subdirs if not name.startswith("."))
        for name in names:
            (links if (base / name).is_symlink() else files).append(base / name)
    return sorted(files), sorted(links)


def load_records(
    root: Path, folder: Path, schemas: SchemaSet, cache: RecordCache | None = None
) -> tuple[list[Record], list[Problem]]:
    """Read every record under ``folder``; files that cannot be read become problems.

    Parsing is most of the work, so large sets are parsed on every core; with ``cache`` (the
    files of the last load, ``record_cache``), only the files that changed are parsed.
    """
    records, problems = [], []
    files, links = find_record_files(folder)
    for link in links:
        problems.append(
            error(
                _relative(link, root),
                1,
                1,
                "symlink",
                "symbolische link geweigerd; records moeten gewone bestanden zijn",
                "vervang de link door het bestand zelf",
            )
        )
    kinds = {kind.folder: kind.name for kind in schemas.kinds.values()}
    parse = partial(_parse, partial(load_record, root=root, folder=folder, kinds=kinds))
    results = parse(files) if cache is None else cache.load(files, parse)
    for record, found in results:
        problems += found
        if record is not None:
            records.append(record)
    return records, problems


def _parse(load: Callable[[Path], Loaded], files: list[Path]) -> list[Loaded]:
    if len(files) >= PARALLEL_FROM and (os.cpu_count() or 1) > 1:
        with ProcessPoolExecutor() as pool:
            return list(pool.map(load, files, chunksize=250))
    return [load(path) for path in files]


def load_record(path: Path, root: Path, folder: Path, kinds: dict[str, str]) -> Loaded:
    shown = _relative(path, root)
    if path.name.startswith("."):
        return None, []
    if path.suffix != ".yaml":
        return None, [
            warning(
                shown,
                1,
                1,
                "not-a-record-file",
                "genegeerd: geen recordbestand",
                "records zijn bestanden die eindigen op .yaml",
            )
        ]
    placement = _check_placement(path, shown, folder, kinds)
    if isinstance(placement, Problem):
        return None, [placement]
    text, problem = _read_text(path, shown)
    if problem:
        return None, [problem]
    parsed = parse_yaml(text)
    problems = [error(shown, *fault) for fault in parsed.faults]
    if parsed.faults and parsed.data is None:
        return None, problems
    if not isinstance(parsed.data, dict):
        return None, [
            *problems,
            error(
                shown,
                1,
                1,
                "not-a-mapping",
                "dit bestand bestaat niet uit velden",
                "een record bestaat uit regels als 'veld: waarde'",
            ),
        ]
    return Record(path.stem, placement, shown, parsed.data, path), problems


def _check_placement(path: Path, shown: str, folder: Path, kinds: dict[str, str]) -> str | Problem:
    """Return the record's kind, or the problem with where the file is or what it is called."""
    kind = kinds.get(path.parent.name)
    if kind is None or path.parent.parent != folder:
        folders = ", ".join(sorted(kinds))
        return error(
            shown,
            1,
            1,
            "misplaced",
            "het bestand staat niet in de map van een soort",
            f"verplaats het naar een van deze mappen: {folders}",
        )
    if not ID_PATTERN.match(path.stem):
        suggestion = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "my-record"
        return error(
            shown,
            1,
            1,
            "invalid-file-name",
            f"de bestandsnaam '{path.name}' is geen geldig id",
            f"gebruik kleine letters a-z, cijfers en streepjes, bijvoorbeeld '{suggestion}.yaml'",
        )
    return kind


def _read_text(path: Path, shown: str) -> tuple[str, Problem | None]:
    try:
        raw, problem = _read_regular(path, shown)
    except OSError as exc:
        return "", error(shown, 1, 1, "unreadable", f"het bestand is niet te lezen: {exc.strerror}")
    if problem:
        return "", problem
    if raw.startswith(BOM):
        return "", error(
            shown,
            1,
            1,
            "byte-order-mark",
            "het bestand begint met een byte-order mark",
            "sla het op als UTF-8 zonder BOM",
        )
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - raw.rfind(b"\n", 0, exc.start)
        return "", error(
            shown, line, col, "not-utf8", "het bestand is geen geldige UTF-8", "sla het op met de codering UTF-8"
        )


def _read_regular(path: Path, shown: str) -> tuple[bytes, Problem | None]:
    """The file's bytes, opened without following a symlink or waiting on a pipe.

    The checks look at the opened file, not at the path, so the file cannot be swapped for a
    link in between; the size is checked before a byte is read, and no more is ever read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    with os.fdopen(os.open(path, flags), "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):
            return b"", error(
                shown, 1, 1, "not-regular-file", "geen gewoon bestand; records moeten gewone bestanden zijn"
            )
        raw = _read_at_most(stream, info.st_size) if info.st_size <= MAX_BYTES else b""
    if info.st_size > MAX_BYTES or len(raw) > MAX_BYTES:
        size = max(info.st_size, len(raw))
        return b"", error(
            shown,
            1,
            1,
            "too-large",
            f"het bestand is {_number(size)} bytes, meer dan de grens van {_number(MAX_BYTES)}",
            "splits lange teksten, of verwijs naar een document",
        )
    return raw, None


def _read_at_most(stream, size: int) -> bytes:
    """The bytes of a file of ``size`` bytes, never more than one past the limit.

    Asking for the limit itself would allocate a megabyte per record; a file that grew since
    ``fstat`` is read on, up to one byte past the limit, so the size check still sees it.
    """
    raw = stream.read(size + 1)
    if len(raw) > size:
        raw += stream.read(MAX_BYTES + 1 - len(raw))
    return raw


def _number(number: int) -> str:
    """1.000.008: thousands separated by dots, as Dutch writes them."""
    return f"{number:,}".replace(",", ".")


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
