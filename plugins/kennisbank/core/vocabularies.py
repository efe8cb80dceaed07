"""Controlled vocabularies are data (``schema/vocabularies/*.yaml``) so facets never drift."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import yaml

from .problems import UsageError

VOCABULARY_SCHEMA = "vocabulary.schema.json"


@dataclass(frozen=True)
class Term:
    id: str
    label: str
    description: str = ""
    code: str = ""
    validity_years: int | None = None


@dataclass(frozen=True)
class Vocabulary:
    """A named list of terms; ``title`` names it on the site and in messages ("voor domein")."""

    key: str
    title: str
    terms: dict[str, Term]
    slug: str = ""

    def term(self, term_id: object) -> Term | None:
        """The term with this id, if the value is one: record data can hold anything."""
        return self.terms.get(term_id) if isinstance(term_id, str) else None

    def label(self, term_id: str) -> str:
        term = self.terms.get(term_id)
        return term.label if term else term_id


def load_vocabularies(folder: Path) -> dict[str, Vocabulary]:
    """Read every vocabulary file; a broken one is a usage problem, since no record can be checked."""
    if not folder.is_dir():
        raise UsageError(f"{folder}: de map met vocabulaires bestaat niet")
    meta = _read_json(folder / VOCABULARY_SCHEMA)
    checker = jsonschema.Draft202012Validator(meta)
    return {path.stem: _load_vocabulary(path, checker) for path in sorted(folder.glob("*.yaml"))}


def _load_vocabulary(path: Path, checker) -> Vocabulary:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise UsageError(f"{path}: vocabulaire niet te lezen: {exc}") from None
    error = jsonschema.exceptions.best_match(checker.iter_errors(data))
    if error is not None:
        where = "/".join(str(step) for step in error.absolute_path) or "het bovenste niveau"
        raise UsageError(f"{path}: ongeldig vocabulaire bij {where}: {error.message}")
    terms = {term["id"]: Term(**term) for term in data["terms"]}
    if len(terms) != len(data["terms"]):
        raise UsageError(f"{path}: een term-id komt twee keer voor")
    return Vocabulary(path.stem, data["title"], terms, data.get("slug", ""))


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"{path}: schema niet te lezen: {exc}") from None
