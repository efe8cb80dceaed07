"""Every web address in the records, found through the field tree rather than by field name.

``kennisbank links`` checks whether the addresses still work. Which fields hold one is the
schema's to say (``Field.link``), so a URL field added to any kind is checked without a change
here. A single address whose group also keeps a list of addresses (a databank's ``url`` beside
its ``former_urls``) has somewhere to put the old one when it moves: the hint names that list.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .fields import Field
from .paths import iter_values
from .records import Record
from .schemas import SchemaSet

WEB_SCHEMES = ("http://", "https://")


@dataclass(frozen=True)
class UrlField:
    """A field whose values are web addresses; ``former`` is the dotted name of its list of old ones."""

    field: Field
    former: str = ""


@dataclass(frozen=True)
class Occurrence:
    """One address at one place: ``path`` is where it sits in the record's data."""

    url: str
    record: Record
    path: tuple
    former: str = ""


def url_fields(fields: Iterable[Field]) -> list[UrlField]:
    """Every field of the tree that holds web addresses, depth first, in schema order."""
    found: list[UrlField] = []
    for field in fields:
        if field.link == "url":
            found.append(UrlField(field, _former_list(field, fields)))
        found += url_fields(field.children)
    return found


def _former_list(field: Field, siblings: Iterable[Field]) -> str:
    """For a single address: the sibling list of addresses that can keep it once it has moved."""
    if field.is_list:
        return ""
    lists = [other for other in siblings if other.is_list and other.link == "url"]
    return lists[0].dotted if len(lists) == 1 else ""


def url_occurrences(records: Iterable[Record], schemas: SchemaSet) -> list[Occurrence]:
    """Each web address in each record, in file order and then schema order."""
    by_kind = {name: url_fields(kind.fields) for name, kind in schemas.kinds.items()}
    return [found for record in records for found in _in_record(record, by_kind.get(record.kind, []))]


def _in_record(record: Record, fields: list[UrlField]) -> Iterator[Occurrence]:
    for url_field in fields:
        for path, value in iter_values(record.data, url_field.field.value_path):
            if isinstance(value, str) and value.lower().startswith(WEB_SCHEMES):
                yield Occurrence(value, record, tuple(path), url_field.former)
