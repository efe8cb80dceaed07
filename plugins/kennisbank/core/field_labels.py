"""How a field is described to a contributor, in Dutch: the scaffold and the schema reference
both say what kind of value a field takes and which values it allows, worded the same way.
"""

from __future__ import annotations

from .fields import Field
from .schemas import SchemaSet

LARGE_VOCABULARY = 15  # beyond this many terms, point at the list instead of spelling it out
MARKDOWN_LABEL = "lopende tekst"
FORMAT_LABELS = {"date": "datum JJJJ-MM-DD", "uri": "webadres met https://", "email": "e-mailadres"}


def value_label(field: Field, schemas: SchemaSet) -> str:
    """What kind of value the field takes, in Dutch words a contributor understands."""
    if field.schema.get("type") == "object":
        return "groep velden"
    if field.is_list:
        if field.is_group:
            return "lijst van groepen velden"
        return f"lijst met per item {_scalar_label(field, schemas)}"
    return _scalar_label(field, schemas)


def _scalar_label(field: Field, schemas: SchemaSet) -> str:
    schema = field.value_schema
    if field.vocabulary:
        return f"een {schemas.vocabularies[field.vocabulary].title.lower()} uit de vaste lijst"
    if field.references:
        return "id van " + _kinds_named(field.references, schemas)
    if "enum" in schema:
        return "keuze uit een vaste lijst"
    if schema.get("type") == "integer":
        bounds = (
            f" van {schema['minimum']} tot en met {schema['maximum']}"
            if "minimum" in schema and "maximum" in schema
            else ""
        )
        return "geheel getal" + bounds
    if schema.get("type") == "boolean":
        return "true of false"
    return _text_label(schema)


def _text_label(schema: dict) -> str:
    if schema.get("format") in FORMAT_LABELS:
        return FORMAT_LABELS[schema["format"]]
    if "\\n" in schema.get("pattern", ""):
        limit = f" van hoogstens {schema['maxLength']} tekens" if "maxLength" in schema else ""
        return "één regel tekst" + limit
    if "maxLength" in schema:
        return f"tekst van {schema.get('minLength', 0)} tot {schema['maxLength']} tekens"
    return MARKDOWN_LABEL


def _kinds_named(kind_names: tuple[str, ...], schemas: SchemaSet) -> str:
    if set(kind_names) == set(schemas.kinds):
        return "een record van elke soort"
    return " of ".join("een " + schemas.kinds[name].label.lower() for name in kind_names)


def choices(field: Field, schemas: SchemaSet) -> list[str]:
    """The allowed values as a contributor reads them: a term's label beside its id when it says more."""
    if field.vocabulary is None:
        return field.allowed
    terms = schemas.vocabularies[field.vocabulary].terms.values()
    return [
        term.id if term.label.lower().replace(" ", "-") == term.id.lower() else f"{term.id} ({term.label})"
        for term in terms
    ]
