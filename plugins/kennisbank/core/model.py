"""The knowledge base as one model: records by id, relations resolved, reverse links derived.

Relations are written once, on one side (an example names the interventions it used); the
model adds the other side (the intervention learns its examples), as Backstage derives
``ownerOf`` from ``ownedBy``. Built once per build from the records validation kept (the first
of two with the same id), and immutable after that: every output reads the same model.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from .paths import iter_values
from .recognition import Recognition
from .records import Record
from .schemas import SchemaSet


@dataclass(frozen=True)
class Link:
    """``source`` names ``target`` in its field ``field`` (the top-level field name)."""

    source: str
    target: str
    field: str


@dataclass(frozen=True, eq=False)
class Model:
    schemas: SchemaSet
    today: date
    records: Mapping[str, Record]
    outgoing: Mapping[str, tuple[Link, ...]]
    incoming: Mapping[str, tuple[Link, ...]]
    recognitions: Mapping[str, Recognition]
    by_kind: Mapping[str, tuple[Record, ...]]

    def of_kind(self, kind: str) -> tuple[Record, ...]:
        """Records of one kind, in title order (guide steps in their own order)."""
        return self.by_kind.get(kind, ())

    def linked(self, record_id: str) -> dict[str, list[Record]]:
        """Every record related to this one, either way, grouped by kind, without repeats."""
        related: dict[str, dict[str, Record]] = defaultdict(dict)
        for link in self.outgoing.get(record_id, ()):
            related[self.records[link.target].kind][link.target] = self.records[link.target]
        for link in self.incoming.get(record_id, ()):
            related[self.records[link.source].kind][link.source] = self.records[link.source]
        return {kind: sorted(found.values(), key=title_key) for kind, found in related.items()}

    def referrers(self, record_id: str, kind: str, field_name: str) -> list[Record]:
        """Records of ``kind`` that name this one in ``field_name``: one derived reverse relation."""
        return [
            self.records[link.source]
            for link in self.incoming.get(record_id, ())
            if link.field == field_name and self.records[link.source].kind == kind
        ]


def title_key(record: Record) -> str:
    title = record.data.get("title", "")
    return title.lower() if isinstance(title, str) else ""


def build_model(
    records: Mapping[str, Record], schemas: SchemaSet, recognitions: Mapping[str, Recognition], today: date
) -> Model:
    """``records`` by id, each id once; ``recognitions`` by record path, as validation decided them."""
    outgoing: dict[str, list[Link]] = defaultdict(list)
    incoming: dict[str, list[Link]] = defaultdict(list)
    for record in records.values():
        for link in record_links(record, schemas, records):
            outgoing[record.id].append(link)
            incoming[link.target].append(link)
    by_kind: dict[str, list[Record]] = defaultdict(list)
    for record in records.values():
        by_kind[record.kind].append(record)
    return Model(
        schemas=schemas,
        today=today,
        records=MappingProxyType(dict(records)),
        outgoing=_frozen(outgoing),
        incoming=_frozen(incoming),
        recognitions=MappingProxyType(
            {record.id: recognitions[record.path] for record in records.values() if record.path in recognitions}
        ),
        by_kind=_frozen({kind: sorted(found, key=_kind_order) for kind, found in by_kind.items()}),
    )


def _kind_order(record: Record) -> tuple:
    order = record.data.get("order", 0)
    return (order if isinstance(order, int) else 0, title_key(record))


def _frozen(lists: Mapping[str, list]) -> Mapping[str, tuple]:
    return MappingProxyType({key: tuple(values) for key, values in lists.items()})


def record_links(record: Record, schemas: SchemaSet, by_id: Mapping[str, Record]) -> list[Link]:
    links = []
    for field in schemas.kinds[record.kind].references:
        for _, target in iter_values(record.data, field.value_path):
            if isinstance(target, str) and target in by_id and target != record.id:
                links.append(Link(record.id, target, field.path[0]))
    return links
