"""Writing the open data into a built site (or any folder): every file from one set of documents.

Each record's document is made once and written three ways (its own file, ``records.json``,
``records.ndjson``) and turned into its CSV row and workbook row. A file whose bytes did not
change is not written again, so a rebuild touches only what changed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ...core.bundles import bundle_text
from ...core.model import Model
from ..entries import Entry
from . import datapackage, dcat, feed, shapes
from .addresses import (
    CATALOG,
    DATAPACKAGE,
    FEED,
    IDS,
    RECORD_SCHEMA,
    RECORDS_JSON,
    RECORDS_NDJSON,
    WORKBOOK,
    Addresses,
    json_path,
    table_path,
)
from .documents import record_document
from .publication import Publication
from .spreadsheets import write_csv, write_workbook
from .tables import columns, rows

COMPACT = {"ensure_ascii": False, "separators": (",", ":")}


@dataclass(frozen=True)
class Written:
    records: int
    files: int
    changed: int


def write_open_data(folder: Path, model: Model, entries: Mapping[str, Entry], publication: Publication) -> Written:
    addresses = Addresses(publication.site_url)
    documents = {entry_id: record_document(model, entries, entry, addresses) for entry_id, entry in entries.items()}
    writer = _Writer(folder)
    for entry_id, document in documents.items():
        writer.text(json_path(entries[entry_id]), json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    in_order = list(documents.values())
    writer.text(RECORDS_JSON, json.dumps(_collection(publication, in_order), **COMPACT))
    writer.text(RECORDS_NDJSON, "".join(json.dumps(document, **COMPACT) + "\n" for document in in_order))
    writer.text(IDS, json.dumps(id_lookup(entries), **COMPACT))
    kinds = list(model.schemas.kinds.values())
    sheets = []
    for kind in kinds:
        table, of_kind = columns(kind), [document for document in in_order if document["kind"] == kind.name]
        write_csv(writer.path(table_path(kind.folder)), table, rows(of_kind, table))
        sheets.append((kind.plural, table, rows(of_kind, table)))
    write_workbook(writer.path(WORKBOOK), sheets)
    writer.json(DATAPACKAGE, datapackage.datapackage(kinds, publication))
    writer.json(CATALOG, dcat.catalog(kinds, publication, addresses))
    writer.json(RECORD_SCHEMA, shapes.published_record_schema(kinds, addresses))
    for kind in kinds:
        writer.text(shapes.kind_schema_path(kind), bundle_text(model.schemas, kind))
    writer.bytes(FEED, feed.feed(entries, publication, addresses))
    return Written(len(documents), writer.files + len(kinds) + 1, writer.changed + len(kinds) + 1)


def id_lookup(entries: Mapping[str, Entry]) -> dict[str, str]:
    """``{id: kind folder}``: what a page that holds only ids (the comparison) needs to find their
    JSON (``<folder>/<id>.json``); the folder alone, since full paths doubled the file."""
    return {entry_id: json_path(entry).rsplit("/", 1)[0] for entry_id, entry in entries.items()}


def _collection(publication: Publication, documents: list[dict]) -> dict:
    return {"title": publication.title, "license": publication.licence,
            "generated": publication.issued.isoformat() if publication.issued else None,
            "count": len(documents), "records": documents}


class _Writer:
    """Writes files under one folder, skipping those whose bytes are already there."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.files = self.changed = 0

    def path(self, relative: str) -> Path:
        target = self.folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        return target

    def bytes(self, relative: str, content: bytes) -> None:
        target = self.path(relative)
        self.files += 1
        try:
            if target.read_bytes() == content:
                return
        except OSError:
            pass
        target.write_bytes(content)
        self.changed += 1

    def text(self, relative: str, content: str) -> None:
        self.bytes(relative, content.encode("utf-8"))

    def json(self, relative: str, document: dict) -> None:
        self.text(relative, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
