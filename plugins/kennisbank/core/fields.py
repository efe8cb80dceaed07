"""The field tree of a kind: every field once, with what every output needs to know of it.

The schema is interpreted here and nowhere else: the validator's references and vocabulary
checks, the record pages, the scaffold, the schema reference and the editor bundles all read
these fields instead of walking the JSON Schema themselves, so a field added to a schema shows
up everywhere, worded the same way. Built from the dereferenced schema (vocabularies folded in
as ``enum``), the very schema the validator checks against.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

SHORT_TYPES = ("integer", "number", "boolean")


@dataclass(frozen=True)
class Field:
    """One field of a kind.

    ``data_path`` is what ``paths.iter_values`` takes to reach the field's value (``"*"`` for
    every item of a list above it); ``pointer`` is where its schema sits in the kind's
    flattened schema, for the editor bundles.
    """

    name: str
    path: tuple[str, ...]
    data_path: tuple[str, ...]
    pointer: tuple[str, ...]
    title: str
    description: str
    required: bool
    schema: dict
    children: tuple[Field, ...] = ()

    @property
    def dotted(self) -> str:
        return ".".join(self.path)

    @property
    def is_list(self) -> bool:
        return self.schema.get("type") == "array"

    @property
    def is_group(self) -> bool:
        """A set of sub-fields, or a list of them (a partner: organisation and role)."""
        return self.value_schema.get("type") == "object"

    @property
    def value_schema(self) -> dict:
        """The schema one value must meet: the item's schema for a list, else the field's own."""
        return self.schema.get("items", {}) if self.is_list else self.schema

    @property
    def value_path(self) -> tuple[str, ...]:
        """The path to each single value: every item of a list, or the value itself."""
        return (*self.data_path, "*") if self.is_list else self.data_path

    @property
    def vocabulary(self) -> str | None:
        """The key of the vocabulary the values come from, if any."""
        return self.value_schema.get("x-vocabulary")

    @property
    def references(self) -> tuple[str, ...]:
        """The kinds of record the values may name, if the values are record ids."""
        return tuple(self.value_schema.get("x-references", ()))

    @property
    def markdown(self) -> bool:
        """Whether the values are contributor Markdown; all other text is shown as it is."""
        return bool(self.value_schema.get("x-markdown"))

    @property
    def short(self) -> bool:
        """A value that fits in a list of facts: a term, a number, a date, a one-line text."""
        return is_short(self.value_schema)

    @property
    def link(self) -> str:
        """``"email"`` or ``"url"`` when the value is an address to link to, else ``""``."""
        schema = self.value_schema
        if schema.get("format") == "email":
            return "email"
        return "url" if str(schema.get("pattern", "")).startswith("^https?") else ""

    @property
    def allowed(self) -> list[str]:
        """The values the field allows, if it is limited to a fixed set (terms or an enum)."""
        return [str(value) for value in self.value_schema.get("enum", [])]


def is_short(schema: dict) -> bool:
    if "enum" in schema or schema.get("type") in SHORT_TYPES:
        return True
    return schema.get("type") == "string" and ("pattern" in schema or "format" in schema)


def field_tree(schema: dict) -> tuple[Field, ...]:
    """The fields of a flattened kind schema, in schema order, each with its sub-fields."""
    return _fields(schema, (), (), ())


def _fields(schema: dict, path: tuple, data_path: tuple, pointer: tuple) -> tuple[Field, ...]:
    required = set(schema.get("required", []))
    found = []
    for name, sub in schema.get("properties", {}).items():
        at = (*pointer, "properties", name)
        item = sub.get("items", {}) if sub.get("type") == "array" else {}
        children: tuple[Field, ...] = ()
        if sub.get("type") == "object":
            children = _fields(sub, (*path, name), (*data_path, name), at)
        elif item.get("type") == "object":
            children = _fields(item, (*path, name), (*data_path, name, "*"), (*at, "items"))
        found.append(
            Field(
                name,
                (*path, name),
                (*data_path, name),
                at,
                sub.get("title", name),
                sub.get("description", ""),
                name in required,
                sub,
                children,
            )
        )
    return tuple(found)


def walk(fields: Iterable[Field]) -> Iterator[Field]:
    """Every field and sub-field, depth first, in schema order."""
    for field in fields:
        yield field
        yield from walk(field.children)


def reference_fields(fields: Iterable[Field]) -> list[Field]:
    """Every field whose values name other records."""
    return [field for field in walk(fields) if field.references]


def vocabulary_fields(fields: Iterable[Field]) -> list[Field]:
    """Every field whose values are vocabulary terms."""
    return [field for field in walk(fields) if field.vocabulary]


def markdown_fields(fields: Iterable[Field]) -> list[Field]:
    """Every field that holds contributor Markdown."""
    return [field for field in walk(fields) if field.markdown]
