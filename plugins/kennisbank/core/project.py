"""One call that loads, validates and relates a whole project, for the CLI and the plugin alike."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .model import Model, build_model
from .problems import ERROR, Problem
from .records import Record, load_records
from .schemas import SchemaSet, load_schemas
from .validation import validate

SCHEMA_FOLDER = "schema"
RECORDS_FOLDER = "interventions"


@dataclass(frozen=True)
class Project:
    root: Path
    schemas: SchemaSet
    records: list[Record]
    problems: list[Problem]
    today: date

    @property
    def has_errors(self) -> bool:
        return any(problem.severity == ERROR for problem in self.problems)

    def model(self) -> Model:
        return build_model(self.records, self.schemas, self.today)


def load_project(root: Path, schema_folder: Path | None = None, records_folder: Path | None = None,
                 today: date | None = None) -> Project:
    """Load and check everything; raises ``UsageError`` only when the schemas themselves are unusable."""
    root = root.resolve()
    schemas = load_schemas(schema_folder or root / SCHEMA_FOLDER)
    folder = (records_folder or root / RECORDS_FOLDER).resolve()
    today = today or date.today()
    records, problems = load_records(root, folder, schemas) if folder.is_dir() else ([], [])
    problems = sorted(problems + validate(records, schemas, today))
    return Project(root, schemas, records, problems, today)
