"""Every field of a kind as plain data: name, Dutch title and description, required or not.

The scaffold (``kennisbank new``) and the schema reference pages both describe fields; both
read them from here, so a field added to a schema shows up in both, worded the same way.
Built from the dereferenced schema the validator itself uses, with the vocabularies folded in.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .schemas import SchemaSet

LARGE_VOCABULARY = 15  # beyond this many terms, point at the list instead of spelling it out
MARKDOWN_LABEL = "lopende tekst"


@dataclass(frozen=True)
class Field:
    """One field; ``data_path`` is what ``validation.iter_values`` takes (``"*"`` for list items)."""

    name: str
    path: tuple[str, ...]
    data_path: tuple[str, ...]
    title: str
    description: str
    required: bool
    schema: dict
    children: tuple["Field", ...] = ()

    @property
    def dotted(self) -> str:
        return ".".join(self.path)

    @property
    def is_list(self) -> bool:
        return self.schema.get("type") == "array"

    @property
    def value_schema(self) -> dict:
        """The schema one value must meet: the item's schema for a list, else the field's own."""
        return self.schema.get("items", {}) if self.is_list else self.schema


def kind_fields(schemas: SchemaSet, kind_name: str) -> list[Field]:
    """The kind's top-level fields in schema order, each with its sub-fields."""
    return _fields(schemas.validators[kind_name].schema, (), ())


def _fields(schema: dict, path: tuple, data_path: tuple) -> list[Field]:
    required = set(schema.get("required", []))
    found = []
    for name, sub in schema.get("properties", {}).items():
        item = sub.get("items", {}) if sub.get("type") == "array" else {}
        if sub.get("type") == "object":
            children = _fields(sub, path + (name,), data_path + (name,))
        elif item.get("type") == "object":
            children = _fields(item, path + (name,), data_path + (name, "*"))
        else:
            children = []
        found.append(Field(name, path + (name,), data_path + (name,), sub.get("title", name),
                           sub.get("description", ""), name in required, sub, tuple(children)))
    return found


def walk(fields: list[Field] | tuple[Field, ...]) -> Iterator[Field]:
    """Every field and sub-field, depth first, in schema order."""
    for field in fields:
        yield field
        yield from walk(field.children)


def value_label(field: Field, schemas: SchemaSet) -> str:
    """What kind of value the field takes, in Dutch words a contributor understands."""
    if field.schema.get("type") == "object":
        return "groep velden"
    if field.is_list:
        item = field.value_schema
        if item.get("type") == "object":
            return "lijst van groepen velden"
        return f"lijst met per item {_scalar_label(item, schemas)}"
    return _scalar_label(field.schema, schemas)


def _scalar_label(schema: dict, schemas: SchemaSet) -> str:
    if "x-vocabulary" in schema:
        return f"een {schemas.vocabularies[schema['x-vocabulary']].title.lower()} uit de vaste lijst"
    if "x-references" in schema:
        return "id van " + _kinds_named(schema["x-references"], schemas)
    if "enum" in schema:
        return "keuze uit een vaste lijst"
    kind = schema.get("type")
    if kind == "integer":
        bounds = (f" van {schema['minimum']} tot en met {schema['maximum']}"
                  if "minimum" in schema and "maximum" in schema else "")
        return "geheel getal" + bounds
    if kind == "boolean":
        return "true of false"
    return _text_label(schema)


def _text_label(schema: dict) -> str:
    formats = {"date": "datum JJJJ-MM-DD", "uri": "webadres met https://", "email": "e-mailadres"}
    if schema.get("format") in formats:
        return formats[schema["format"]]
    if "\\n" in schema.get("pattern", ""):
        return f"één regel tekst van hoogstens {schema['maxLength']} tekens" if "maxLength" in schema else "één regel tekst"
    if "maxLength" in schema:
        return f"tekst van {schema.get('minLength', 0)} tot {schema['maxLength']} tekens"
    return MARKDOWN_LABEL


def _kinds_named(kind_names: list[str], schemas: SchemaSet) -> str:
    if set(kind_names) == set(schemas.kinds):
        return "een record van elke soort"
    return " of ".join("een " + schemas.kinds[name].label.lower() for name in kind_names)


def allowed_values(field: Field) -> list[str]:
    """The values the field allows, if it is limited to a fixed set (vocabulary terms or an enum)."""
    return [str(value) for value in field.value_schema.get("enum", [])]


def vocabulary_key(field: Field) -> str | None:
    return field.value_schema.get("x-vocabulary")


def choices(field: Field, schemas: SchemaSet) -> list[str]:
    """The allowed values as a contributor reads them: a term's label beside its id when it says more."""
    key = vocabulary_key(field)
    if key is None:
        return allowed_values(field)
    terms = schemas.vocabularies[key].terms.values()
    return [term.id if term.label.lower().replace(" ", "-") == term.id.lower() else f"{term.id} ({term.label})"
            for term in terms]
