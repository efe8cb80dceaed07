"""One call that loads, validates and relates a whole project, for the CLI and the plugin alike.

The order is the contract: records are read, each id is given to its first file, the
recognitions are decided, every record is checked, and the model is built from exactly what
validation kept, once: when it is first asked for, since ``kennisbank validate`` never needs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from .model import Model, build_model
from .problems import ERROR, Problem, UsageError
from .recognition import FIELD as RECOGNITION_FIELD
from .recognition import LEVELS, Recognition, recognitions
from .record_cache import RecordCache
from .records import Record, load_records
from .schemas import SchemaSet, load_schemas
from .suggestions import did_you_mean
from .validation import unique_records, validate

SCHEMA_FOLDER = "schema"
RECORDS_FOLDER = "interventions"


@dataclass(frozen=True, eq=False)
class Project:
    root: Path
    schemas: SchemaSet
    records: tuple[Record, ...]
    problems: tuple[Problem, ...]
    today: date
    by_id: dict[str, Record]
    decided: dict[str, Recognition]

    @cached_property
    def model(self) -> Model:
        return build_model(self.by_id, self.schemas, self.decided, self.today)

    @property
    def has_errors(self) -> bool:
        return any(problem.severity == ERROR for problem in self.problems)


def load_project(
    root: Path,
    schema_folder: Path | None = None,
    records_folder: Path | None = None,
    today: date | None = None,
    cache: RecordCache | None = None,
) -> Project:
    """Load and check everything; raises ``UsageError`` only when the project itself is unusable.
    ``cache`` keeps what each file gave between the loads of one ``mkdocs serve`` (``record_cache``)."""
    root = root.resolve()
    schema_folder, folder = check_folders(root, schema_folder, records_folder)
    schemas = load_schemas(schema_folder)
    today = today or date.today()
    if cache is not None:
        cache.start(context(schemas, today))
    records, problems = load_records(root, folder, schemas, cache)
    by_id, duplicates = unique_records(records)
    with_recognition = {kind.name for kind in schemas.kinds.values() if kind.field_named(RECOGNITION_FIELD)}
    decided = recognitions(records, with_recognition, schemas.vocabularies.get(LEVELS), today)
    problems = sorted(problems + duplicates + validate(records, by_id, decided, schemas, today, cache))
    return Project(root, schemas, tuple(records), tuple(problems), today, by_id, decided)


def context(schemas: SchemaSet, today: date) -> object:
    """What a record's own checks and its entry depend on besides its file: the definitions and the day."""
    return (today, schemas.definitions())


def check_folders(
    root: Path, schema_folder: Path | None = None, records_folder: Path | None = None
) -> tuple[Path, Path]:
    """The schema and records folders, resolved; a missing one is a usage error, never an empty site."""
    schema_folder = (schema_folder or root / SCHEMA_FOLDER).resolve()
    records_folder = (records_folder or root / RECORDS_FOLDER).resolve()
    for what, folder in (("schema's", schema_folder), ("records", records_folder)):
        if not folder.is_dir():
            raise UsageError(missing_folder(what, folder, root.resolve()))
    return schema_folder, records_folder


def missing_folder(what: str, folder: Path, root: Path) -> str:
    """Why a records folder that is not there cannot be read, with the likely intended one."""
    siblings = [path.name for path in folder.parent.iterdir() if path.is_dir()] if folder.parent.is_dir() else []
    shown = folder.relative_to(root).as_posix() if folder.is_relative_to(root) else str(folder)
    return f"de map met {what} '{shown}' bestaat niet{did_you_mean(folder.name, siblings)}"
