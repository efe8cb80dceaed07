"""The JSON Schemas, with the vocabularies folded in, and the record kinds they declare.

Each ``schema/<kind>.schema.json`` declares its kind in ``x-kind`` (name, folder, labels), so
adding a kind is adding a schema. Fields that take vocabulary terms say ``x-vocabulary``;
fields that point at other records say ``x-references``; Markdown text says ``x-markdown``.
All three are read here once.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path

import jsonschema
import jsonschema_rs
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .problems import UsageError
from .vocabularies import Vocabulary, load_vocabularies

Validator = jsonschema.Draft202012Validator


@dataclass(frozen=True)
class Kind:
    name: str
    order: int
    folder: str
    label: str
    plural: str
    schema_file: str


@dataclass(frozen=True)
class SchemaSet:
    folder: Path
    kinds: dict[str, Kind]
    schemas: dict[str, dict]
    registry: Registry
    vocabularies: dict[str, Vocabulary]
    validators: dict[str, Validator]
    fast_validators: dict[str, object]
    references: dict[str, list[tuple[tuple, tuple[str, ...]]]]
    vocabulary_fields: dict[str, list[tuple[tuple, str]]]
    markdown_fields: dict[str, list[tuple[tuple, bool]]] = field(default_factory=dict)

    def resolve(self, schema: dict, base: str) -> tuple[dict, str]:
        """Follow ``$ref`` to the schema it names, keeping the referring schema's own keywords.

        Returns the merged schema and the file its further ``$ref`` s are relative to.
        """
        if "$ref" not in schema:
            return schema, base
        ref = schema["$ref"]
        resolved = self.registry.resolver(base_uri=base).lookup(ref)
        target_base = ref.split("#")[0] or base
        target, target_base = self.resolve(resolved.contents, target_base)
        return {**target, **{k: v for k, v in schema.items() if k != "$ref"}}, target_base


def load_schemas(folder: Path) -> SchemaSet:
    vocabularies = load_vocabularies(folder / "vocabularies")
    raw = {path.name: _read_schema(path) for path in sorted(folder.glob("*.schema.json"))}
    schemas = {name: _with_vocabularies(schema, vocabularies, name) for name, schema in raw.items()}
    registry = Registry().with_resources(
        (name, Resource(contents=schema, specification=DRAFT202012)) for name, schema in schemas.items()
    )
    kinds = _kinds(raw)
    if not kinds:
        raise UsageError(f"{folder}: no record schemas found (files named <kind>.schema.json with x-kind)")
    partial = SchemaSet(folder, kinds, schemas, registry, vocabularies, {}, {}, {}, {})
    flat = {kind.name: dereference(partial, schemas[kind.schema_file], kind.schema_file) for kind in kinds.values()}
    checker = shared_format_checker()
    validators = {name: Validator(schema, format_checker=checker) for name, schema in flat.items()}
    fast = {name: jsonschema_rs.Draft202012Validator(schema, validate_formats=True) for name, schema in flat.items()}
    references, vocabulary_fields, markdown_fields = {}, {}, {}
    for kind in kinds.values():
        references[kind.name] = annotated_paths(partial, schemas[kind.schema_file], kind.schema_file, "x-references")
        vocabulary_fields[kind.name] = annotated_paths(partial, schemas[kind.schema_file], kind.schema_file, "x-vocabulary")
        markdown_fields[kind.name] = annotated_paths(partial, schemas[kind.schema_file], kind.schema_file, "x-markdown")
    return SchemaSet(folder, kinds, schemas, registry, vocabularies, validators, fast, references, vocabulary_fields,
                     markdown_fields)


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
        raise UsageError(f"{path}: cannot read schema: {exc}") from None
    try:
        Validator.check_schema(schema)
    except jsonschema.SchemaError as exc:
        raise UsageError(f"{path}: not a valid JSON Schema: {exc.message}") from None
    return schema


def _kinds(raw: dict[str, dict]) -> dict[str, Kind]:
    kinds = [Kind(schema_file=name, **schema["x-kind"]) for name, schema in raw.items() if "x-kind" in schema]
    return {kind.name: kind for kind in sorted(kinds, key=lambda kind: kind.order)}


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
                    raise UsageError(f"schema/{file_name}: unknown vocabulary '{node['x-vocabulary']}'")
                node["enum"] = list(vocabulary.terms)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return schema


def dereference(schema_set: SchemaSet, schema, base: str):
    """The schema with every ``$ref`` replaced by what it names (our schemas have no cycles).

    Validating against a self-contained schema skips reference lookups, which took most of
    the validation time, and lets the fast validator run without a registry.
    """
    if isinstance(schema, list):
        return [dereference(schema_set, item, base) for item in schema]
    if not isinstance(schema, dict):
        return schema
    resolved, inner = schema_set.resolve(schema, base)
    return {key: dereference(schema_set, value, inner) for key, value in resolved.items()}


def annotated_paths(schema_set: SchemaSet, schema: dict, base: str, keyword: str, prefix: tuple = ()) -> list:
    """Every field carrying ``keyword``, as (path, the keyword's value).

    For ``x-references`` that is every place a record can name another record, with the kinds
    it may name; for ``x-vocabulary`` every field that takes terms. ``"*"`` in a path stands
    for every item of a list.
    """
    schema, base = schema_set.resolve(schema, base)
    if keyword in schema:
        value = schema[keyword]
        return [(prefix, tuple(value) if isinstance(value, list) else value)]
    found = []
    for name, sub in schema.get("properties", {}).items():
        found += annotated_paths(schema_set, sub, base, keyword, prefix + (name,))
    if isinstance(schema.get("items"), dict):
        found += annotated_paths(schema_set, schema["items"], base, keyword, prefix + ("*",))
    return found
