"""The JSON Schemas, with the vocabularies folded in, and the record kinds they declare.

Each ``schema/<kind>.schema.json`` declares its kind in ``x-kind`` (name, folder, labels), so
adding a kind is adding a schema. Fields that take vocabulary terms say ``x-vocabulary``;
fields that point at other records say ``x-references``; Markdown text says ``x-markdown``.
Each kind's schema is loaded and dereferenced once, here, and read into its field tree
(``fields``), which is what the rest of the package consults.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import jsonschema
import jsonschema_rs
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from . import wording
from .fields import Field, field_tree, markdown_fields, reference_fields, vocabulary_fields
from .problems import UsageError
from .vocabularies import Vocabulary, load_vocabularies

Validator = jsonschema.Draft202012Validator


@dataclass(frozen=True, eq=False)
class Kind:
    """A record kind as its schema declares it (``x-kind``), with its flattened schema and fields.

    ``schema`` is the kind's schema with every ``$ref`` replaced and the vocabularies folded in:
    what the validator checks against. ``fields`` is the one reading of it that every output uses.
    """

    name: str
    order: int
    folder: str
    label: str
    plural: str  # the section's name: "Interventies", "Stappenplan"
    schema_file: str
    counted: str = ""  # the noun after a number, when the plural is not one: "5 stappen"
    description: str = ""
    intro: str = ""
    schema_org: str = "CreativeWork"  # the schema.org type its pages describe themselves as
    schema: dict = field(default_factory=dict, repr=False)
    fields: tuple[Field, ...] = ()

    def count(self, number: int) -> str:
        """'1 interventie', '5 stappen': a number of records of this kind, in words."""
        return wording.plural(number, self.label.lower(), self.counted or self.plural.lower())

    @cached_property
    def references(self) -> tuple[Field, ...]:
        return tuple(reference_fields(self.fields))

    @cached_property
    def vocabulary_fields(self) -> tuple[Field, ...]:
        return tuple(vocabulary_fields(self.fields))

    @cached_property
    def markdown_fields(self) -> tuple[Field, ...]:
        return tuple(markdown_fields(self.fields))

    def field_named(self, name: str) -> Field | None:
        """The top-level field ``name``, if the kind has one."""
        return next((found for found in self.fields if found.name == name), None)


@dataclass(frozen=True, eq=False)
class SchemaSet:
    folder: Path
    kinds: dict[str, Kind]
    vocabularies: dict[str, Vocabulary]
    validators: dict[str, Validator]
    fast_validators: dict[str, jsonschema_rs.Draft202012Validator]

    def definitions(self) -> tuple:
        """What reading any record depends on besides its file: each kind's schema and each
        vocabulary's terms. Whatever is kept between the rebuilds of ``mkdocs serve`` is
        forgotten when this changes."""
        return (
            {name: kind.schema for name, kind in self.kinds.items()},
            {key: vocabulary.terms for key, vocabulary in self.vocabularies.items()},
        )


def load_schemas(folder: Path) -> SchemaSet:
    """Read, check and dereference every schema once; a broken one is a usage problem (exit 2)."""
    vocabularies = load_vocabularies(folder / "vocabularies")
    raw = {path.name: _read_schema(path) for path in sorted(folder.glob("*.schema.json"))}
    schemas = {name: _with_vocabularies(schema, vocabularies, name) for name, schema in raw.items()}
    registry = Registry().with_resources(
        (name, DRAFT202012.create_resource(schema)) for name, schema in schemas.items()
    )
    declared = sorted(
        (name for name, schema in raw.items() if "x-kind" in schema and _checked_kind(folder, name, schema)),
        key=lambda name: raw[name]["x-kind"]["order"],
    )
    if not declared:
        raise UsageError(f"{folder}: geen recordschema's gevonden (bestanden <soort>.schema.json met x-kind)")
    kinds = {}
    for name in declared:
        flat = dereference(registry, schemas[name], name)
        kind = Kind(
            schema_file=name,
            description=raw[name].get("description", ""),
            schema=flat,
            fields=field_tree(flat),
            **raw[name]["x-kind"],
        )
        kinds[kind.name] = kind
    checker = shared_format_checker()
    validators = {name: Validator(kind.schema, format_checker=checker) for name, kind in kinds.items()}
    fast = {
        name: jsonschema_rs.Draft202012Validator(kind.schema, validate_formats=True) for name, kind in kinds.items()
    }
    return SchemaSet(folder, kinds, vocabularies, validators, fast)


KIND_DECLARATION = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name", "order", "folder", "label", "plural"],
    "properties": {
        "name": {"type": "string", "pattern": "^[a-z][a-z-]*$"},
        "order": {"type": "integer"},
        "folder": {"type": "string", "pattern": "^[a-z0-9-]+$"},
        "label": {"type": "string"},
        "plural": {"type": "string"},
        "counted": {"type": "string"},
        "intro": {"type": "string"},
        "schema_org": {"type": "string"},
    },
}


def _checked_kind(folder: Path, name: str, schema: dict) -> bool:
    """A kind's declaration as ``Kind`` takes it, or a usage error that says what is wrong."""
    problem = jsonschema.exceptions.best_match(Validator(KIND_DECLARATION).iter_errors(schema["x-kind"]))
    if problem is not None:
        where = "/".join(str(step) for step in problem.absolute_path) or "x-kind"
        raise UsageError(f"{folder / name}: x-kind klopt niet bij {where}: {problem.message}")
    return True


SHARED_FORMATS = ("date", "email")  # uri: our https?:// pattern gives the clearer message


def shared_format_checker() -> jsonschema.FormatChecker:
    """Formats checked by jsonschema-rs for both passes, so the fast pass and the full walk agree.

    jsonschema's own e-mail check only looks for an '@'; had the fast pass refused a value the
    full walk then accepted, the record would have passed without a message.
    """
    checker = jsonschema.FormatChecker()
    for name in SHARED_FORMATS:
        rust = jsonschema_rs.Draft202012Validator({"format": name}, validate_formats=True)
        checker.checks(name)(lambda value, rust=rust: not isinstance(value, str) or rust.is_valid(value))
    return checker


def _read_schema(path: Path) -> dict:
    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"{path}: schema niet te lezen: {exc}") from None
    try:
        Validator.check_schema(schema)
    except jsonschema.SchemaError as exc:
        raise UsageError(f"{path}: geen geldig JSON Schema: {exc.message}") from None
    return schema


def _with_vocabularies(schema: dict, vocabularies: dict[str, Vocabulary], file_name: str) -> dict:
    """Copy the schema with an ``enum`` of term ids beside every ``x-vocabulary``."""
    schema = copy.deepcopy(schema)
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "x-vocabulary" in node:
                vocabulary = vocabularies.get(node["x-vocabulary"])
                if vocabulary is None:
                    raise UsageError(f"schema/{file_name}: onbekend vocabulaire '{node['x-vocabulary']}'")
                node["enum"] = list(vocabulary.terms)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return schema


def resolve(registry: Registry, schema: dict, base: str) -> tuple[dict, str]:
    """Follow ``$ref`` to the schema it names, keeping the referring schema's own keywords.

    Returns the merged schema and the file its further ``$ref`` s are relative to.
    """
    if "$ref" not in schema:
        return schema, base
    ref = schema["$ref"]
    resolved = registry.resolver(base_uri=base).lookup(ref)
    target, target_base = resolve(registry, resolved.contents, ref.split("#")[0] or base)
    return {**target, **{k: v for k, v in schema.items() if k != "$ref"}}, target_base


def dereference(registry: Registry, schema, base: str):
    """The schema with every ``$ref`` replaced by what it names (our schemas have no cycles).

    Validating against a self-contained schema skips reference lookups, which took most of
    the validation time, and lets the fast validator run without a registry.
    """
    if isinstance(schema, list):
        return [dereference(registry, item, base) for item in schema]
    if not isinstance(schema, dict):
        return schema
    resolved, inner = resolve(registry, schema, base)
    return {key: dereference(registry, value, inner) for key, value in resolved.items()}
