"""Records as rows: one table per kind, a column per field, for the CSV files and the workbook.

Columns follow the kind's field tree, so a field added to a schema gets its column. A group of
fields becomes a column per sub-field (``goals.main``); a list of groups a column per sub-field
with the items' values joined (``partners.organisation``); a list of values is joined with
``"; "``. Vocabulary fields get a second column with the terms' labels, and a recognition its
computed status and end date. Cells are built from the published JSON document, so a CSV row
says what the record's JSON says.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ...core.fields import Field, walk
from ...core.paths import iter_values
from ...core.recognition import FIELD as RECOGNITION
from ...core.schemas import Kind

LIST_SEPARATOR = "; "
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets run as a formula (OWASP)
COMPUTED_RECOGNITION = (
    ("headline", "Erkenning (berekend)"),
    ("reason", "Waarom deze status (berekend)"),
    ("status", "Status (berekend)"),
    ("valid_until", "Geldig tot (berekend)"),
    ("ends_by", "Uiterlijk geldig tot (berekend)"),
)


@dataclass(frozen=True)
class Column:
    """``path`` is the path into the published document; ``kind`` the Frictionless field type."""

    name: str
    title: str
    description: str
    path: tuple[str, ...]
    type: str = "string"
    labels_of: str = ""  # for a label column: the vocabulary whose labels it shows


def columns(kind: Kind) -> list[Column]:
    found = [
        Column("id", "Id", "Het id van het record, ook de bestandsnaam.", ("id",)),
        Column("url", "Webadres", "De pagina van het record.", ("url",)),
        Column("json", "JSON", "Het record als JSON.", ("json",)),
    ]
    computed = {(RECOGNITION, key) for key, _ in COMPUTED_RECOGNITION}
    for field in walk(kind.fields):
        if field.is_group or field.path in computed:  # a written end date is in the computed column
            continue
        found.append(_column(field))
        if field.vocabulary:
            found.append(
                Column(
                    f"{field.dotted}.label",
                    f"{field.title} (label)",
                    f"De namen van de waarden in '{field.dotted}'.",
                    field.value_path,
                    labels_of=field.vocabulary,
                )
            )
    if kind.field_named(RECOGNITION):
        found += [
            Column(f"{RECOGNITION}.{key}", title, "Berekend uit niveau en besluitdatum.", (RECOGNITION, key))
            for key, title in COMPUTED_RECOGNITION
        ]
    return found


def _column(field: Field) -> Column:
    listed = field.is_list or "*" in field.data_path
    schema = field.value_schema
    kind = "string"
    if not listed and schema.get("type") in ("integer", "boolean"):
        kind = schema["type"]
    elif not listed and schema.get("format") == "date":
        kind = "date"
    return Column(field.dotted, field.title, field.description, field.value_path, kind)


def row(document: Mapping, table: list[Column]) -> list[object]:
    """The document's values in table order; joined lists, "" for nothing."""
    return [_cell(document, column) for column in table]


def _cell(document: Mapping, column: Column) -> object:
    values = [value for _, value in iter_values(document, column.path) if value is not None]
    if column.labels_of:
        labels = document.get("labels", {}).get(column.labels_of, {})
        values = [labels.get(value, value) for value in values]
    if column.type in ("integer", "boolean") and len(values) == 1:
        return values[0]
    return LIST_SEPARATOR.join(_text(value) for value in values)


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def csv_cell(value: object) -> str:
    """A cell as CSV text: booleans as true/false, and text a spreadsheet would run as a
    formula made plain text with a leading ' (the workbook stores such cells as text instead)."""
    if isinstance(value, bool):
        return _text(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
