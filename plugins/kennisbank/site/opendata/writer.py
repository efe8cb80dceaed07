"""Writing the open data into a built site (or any folder): every file from one set of documents.

Each record's document is made once and written three ways (its own file, with the text the
comparison shows of it, ``records.json``, ``records.ndjson``) and turned into its CSV row and
workbook row, in one pass that holds one document at a time. A record's own file whose bytes
did not change is not written again, so a rebuild touches only what changed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ...core.bundles import bundle_text
from ...core.model import Model
from ..pages.compare import compare_tables
from ..records.entries import Entry
from ..records.view import RecordViews
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
from .display import display
from .documents import record_document, record_file
from .publication import Publication
from .spreadsheets import Tables
from .tables import columns, row

COMPACT = {"ensure_ascii": False, "separators": (",", ":")}


@dataclass(frozen=True)
class Written:
    records: int
    files: int
    changed: int


def write_open_data(
    folder: Path, model: Model, entries: Mapping[str, Entry], publication: Publication, views: RecordViews | None = None
) -> Written:
    """Every open-data file; ``views`` are the build's record views, made here when not given."""
    views = RecordViews(model, entries) if views is None else views
    addresses = Addresses(publication.site_url)
    writer = _Writer(folder)
    kinds = list(model.schemas.kinds.values())
    tables = {kind.name: (kind.plural, writer.path(table_path(kind.folder)), columns(kind)) for kind in kinds}
    spreadsheet = Tables(writer.path(WORKBOOK), tables)
    with (
        writer.path(RECORDS_JSON).open("w", encoding="utf-8") as whole,
        writer.path(RECORDS_NDJSON).open("w", encoding="utf-8") as lines,
    ):
        whole.write(json.dumps(_collection(publication, len(entries)), **COMPACT)[:-2])  # up to "records":[
        rows = {table.kind.name: table.rows for table in compare_tables(model)}
        for number, entry in enumerate(entries.values()):
            document = record_document(views, entry, addresses)
            shown = {
                **document,
                "display": display(document, rows[entry.kind], entry, views.links(entry)),
                "record_file": record_file(entry),
            }
            writer.text(json_path(entry), json.dumps(shown, ensure_ascii=False, indent=2) + "\n")
            compact = json.dumps(document, **COMPACT)
            whole.write(("," if number else "") + compact)
            lines.write(compact + "\n")
            spreadsheet.add(entry.kind, row(document, tables[entry.kind][2]))
        whole.write("]}")
    spreadsheet.close()
    writer.text(IDS, json.dumps(id_lookup(entries), **COMPACT))
    writer.json(DATAPACKAGE, datapackage.datapackage(kinds, publication))
    writer.json(CATALOG, dcat.catalog(kinds, publication, addresses))
    writer.json(RECORD_SCHEMA, shapes.published_record_schema(kinds, addresses))
    for kind in kinds:
        writer.text(shapes.kind_schema_path(kind), bundle_text(model.schemas, kind))
    writer.bytes(FEED, feed.feed(entries, publication, addresses))
    streamed = 3 + len(kinds)  # records.json, records.ndjson, the workbook and a CSV per kind: always written
    return Written(len(entries), writer.files + streamed, writer.changed + streamed)


def id_lookup(entries: Mapping[str, Entry]) -> dict[str, str]:
    """``{id: kind folder}``: what a page that holds only ids (the comparison) needs to find their
    JSON (``<folder>/<id>.json``); the folder alone, since full paths doubled the file."""
    return {entry_id: json_path(entry).rsplit("/", 1)[0] for entry_id, entry in entries.items()}


def _collection(publication: Publication, count: int) -> dict:
    """The head of ``records.json``; its ``records`` list, last, is streamed in after it."""
    return {
        "title": publication.title,
        "license": publication.licence,
        "generated": publication.issued.isoformat() if publication.issued else None,
        "count": count,
        "records": [],
    }


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
