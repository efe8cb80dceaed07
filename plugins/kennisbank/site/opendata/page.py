"""The open-data page (``open-data/``): what is published, under what licence, and how to use it.

Generated, so the list of files follows the kinds and the examples name a real record.
"""

from __future__ import annotations

from ...core.model import Model
from .. import urls
from ..pages.rendering import GeneratedPage, render
from .addresses import (
    CATALOG,
    DATAPACKAGE,
    FEED,
    IDS,
    PAGE,
    RECORD_SCHEMA,
    RECORDS_JSON,
    RECORDS_NDJSON,
    WORKBOOK,
    Addresses,
    table_path,
)
from .publication import Publication
from .shapes import kind_schema_path

SOURCE = f"{PAGE}index.md"


def render_open_data(model: Model, publication: Publication) -> GeneratedPage:
    kinds = list(model.schemas.kinds.values())
    example = next((records[0] for kind in kinds if (records := model.of_kind(kind.name))), None)
    example_json = urls.page_url(urls.record_page(model.schemas.kinds[example.kind], example.id)).rstrip("/")
    markdown = render(
        "open-data.md.j2",
        publication=publication,
        kinds=kinds,
        counts={kind.name: len(model.of_kind(kind.name)) for kind in kinds},
        total=len(model.records),
        records_json=RECORDS_JSON,
        records_ndjson=RECORDS_NDJSON,
        workbook=WORKBOOK,
        datapackage=DATAPACKAGE,
        catalog=CATALOG,
        feed=FEED,
        ids=IDS,
        record_schema=RECORD_SCHEMA,
        table_path=table_path,
        kind_schema_path=kind_schema_path,
        example=example,
        example_json=f"{example_json}.json" if example else "",
        address=Addresses(publication.site_url).of,
        root="../",
    )
    return GeneratedPage(SOURCE, markdown)
