"""The knowledge base as one model: records by id, relations resolved, reverse links derived.

Relations are written once, on one side (an example names the interventions it used); the
model adds the other side (the intervention learns its examples), as Backstage derives
``ownerOf`` from ``ownedBy``. Built from records that passed validation.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from .recognition import Recognition, recognition_of
from .records import Record
from .schemas import SchemaSet
from .validation import RECOGNITION_LEVELS, iter_values


@dataclass(frozen=True)
class Link:
    """``source`` names ``target`` in its field ``field`` (the top-level field name)."""

    source: str
    target: str
    field: str


@dataclass
class Model:
    schemas: SchemaSet
    today: date
    records: dict[str, Record]
    outgoing: dict[str, list[Link]] = field(default_factory=dict)
    incoming: dict[str, list[Link]] = field(default_factory=dict)
    recognitions: dict[str, Recognition] = field(default_factory=dict)

    def of_kind(self, kind: str) -> list[Record]:
        """Records of one kind, in title order (guide steps in their own order)."""
        found = [record for record in self.records.values() if record.kind == kind]
        return sorted(found, key=lambda record: (record.data.get("order", 0), record.data.get("title", "").lower()))

    def linked(self, record_id: str) -> dict[str, list[Record]]:
        """Every record related to this one, either way, grouped by kind, without repeats."""
        related: dict[str, dict[str, Record]] = defaultdict(dict)
        for link in self.outgoing.get(record_id, []):
            related[self.records[link.target].kind][link.target] = self.records[link.target]
        for link in self.incoming.get(record_id, []):
            related[self.records[link.source].kind][link.source] = self.records[link.source]
        return {kind: sorted(found.values(), key=lambda r: r.data.get("title", "").lower())
                for kind, found in related.items()}

    def referrers(self, record_id: str, kind: str, field_name: str) -> list[Record]:
        """Records of ``kind`` that name this one in ``field_name``: one derived reverse relation."""
        return [self.records[link.source] for link in self.incoming.get(record_id, [])
                if link.field == field_name and self.records[link.source].kind == kind]


def build_model(records: list[Record], schemas: SchemaSet, today: date) -> Model:
    by_id = {record.id: record for record in records}
    model = Model(schemas, today, by_id)
    outgoing, incoming = defaultdict(list), defaultdict(list)
    for record in records:
        for link in record_links(record, schemas, by_id):
            outgoing[record.id].append(link)
            incoming[link.target].append(link)
    model.outgoing, model.incoming = dict(outgoing), dict(incoming)
    levels = schemas.vocabularies.get(RECOGNITION_LEVELS)
    if levels is not None:
        model.recognitions = {record.id: recognition_of(record.data, levels, today)
                              for record in records if record.kind == "intervention"}
    return model


def record_links(record: Record, schemas: SchemaSet, by_id: dict[str, Record]) -> list[Link]:
    links = []
    for schema_path, _ in schemas.references[record.kind]:
        for _, target in iter_values(record.data, schema_path):
            if isinstance(target, str) and target in by_id and target != record.id:
                links.append(Link(record.id, target, schema_path[0]))
    return links
