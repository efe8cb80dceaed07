"""The catalogue's search data, computed from the model rather than scraped from HTML.

Each record becomes one Pagefind record: its text for full-text search, filters for the
facets (vocabulary term ids, so labels can change without reindexing), sort keys and the
meta a result card shows. Facets are named after their vocabularies, plus ``kind``,
``guide-steps`` and ``valid`` (only currently valid recognitions).
"""

from __future__ import annotations

import asyncio
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from . import urls
from ..core.model import Model
from ..core.records import Record
from ..core.recognition import CURRENT
from ..core.paths import iter_values
from .views import card_badge

FACET_VOCABULARIES = ["domains", "themes", "target-groups", "settings", "professions", "recognition-levels",
                      "municipalities"]
LANGUAGE = "nl"
# A word every record carries. Pagefind answers a search without words (filters only) by
# loading its whole word index: 299 chunks, 11 MB gzip at 10,000 records. Searching for this
# word instead loads one chunk and still matches every record.
ALL_RECORDS = "kennisbankrecord"
BATCH = 200


@dataclass(frozen=True)
class SearchRecord:
    url: str
    content: str
    meta: dict[str, str]
    filters: dict[str, list[str]]
    sort: dict[str, str]


def search_records(model: Model, directory_urls: bool = True) -> list[SearchRecord]:
    return [search_record(model, record, directory_urls) for record in model.records.values()]


def search_record(model: Model, record: Record, directory_urls: bool = True) -> SearchRecord:
    kind = model.schemas.kinds[record.kind]
    url = "/" + urls.page_url(urls.record_page(kind, record.id), directory_urls)
    return SearchRecord(url=url, content=f"{ALL_RECORDS} {plain_text(record.data)}", meta=record_meta(model, record),
                        filters=record_filters(model, record), sort=record_sort(record))


def record_meta(model: Model, record: Record) -> dict[str, str]:
    kind = model.schemas.kinds[record.kind]
    domains = model.schemas.vocabularies["domains"]
    place = record.data.get("municipality", "") if record.kind == "practice-example" else ""
    return {
        "id": record.id,
        "title": record.data["title"],
        "kind": kind.label,
        "summary": record.data.get("summary", ""),
        "badge": card_badge(model, record),
        "domains": ", ".join(domains.label(term) for term in record.data.get("domains", [])),
        "place": model.schemas.vocabularies["municipalities"].label(place) if place else "",
    }


def record_filters(model: Model, record: Record) -> dict[str, list[str]]:
    filters: dict[str, list[str]] = {"kind": [record.kind]}
    for field in model.schemas.kinds[record.kind].vocabulary_fields:
        if field.vocabulary in FACET_VOCABULARIES:
            values = filters.setdefault(field.vocabulary, [])
            values += [term for _, term in iter_values(record.data, field.value_path) if term not in values]
    steps = record.data.get("guide_steps", []) + ([record.id] if record.kind == "guide-step" else [])
    if steps:
        filters["guide-steps"] = steps
    recognition = model.recognitions.get(record.id)
    if recognition and recognition.status == CURRENT:
        filters["valid"] = ["ja"]
    return {key: values for key, values in filters.items() if values}


def record_sort(record: Record) -> dict[str, str]:
    return {"title": record.data["title"].lower(), "reviewed": str(record.data.get("last_reviewed", ""))}


def plain_text(data: object) -> str:
    """All text of a record, Markdown marks stripped, for full-text search."""
    parts: list[str] = []
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, dict):
            stack.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend(reversed(value))
    return re.sub(r"[#*_`>\[\]]+", " ", "\n".join(parts))


def write_index(records: list[SearchRecord], folder: Path) -> None:
    """Write the Pagefind bundle into ``folder``; the binary comes with ``pagefind[bin]``."""
    asyncio.run(_write_index(records, folder))


class IndexWriter:
    """Writes the index in a thread, so Pagefind works on the second core while MkDocs converts pages.

    The search records come from the model, not from the HTML, so indexing can start as soon
    as the model exists. ``wait`` returns once the index is written and raises what writing
    raised, so a failed index still fails the build.
    """

    def __init__(self, records: list[SearchRecord], folder: Path):
        self.records, self.folder = records, folder
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._write, name="pagefind-index", daemon=True)

    def start(self) -> IndexWriter:
        self._thread.start()
        return self

    def _write(self) -> None:
        try:
            write_index(self.records, self.folder)
        except BaseException as exc:  # noqa: BLE001 - handed to the build thread in wait()
            self._error = exc

    def wait(self) -> int:
        """Block until the index is written; returns the number of records indexed."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return len(self.records)


async def _write_index(records: list[SearchRecord], folder: Path) -> None:
    from pagefind.index import IndexConfig

    from .pagefind_service import PromptPagefindService

    async with PromptPagefindService() as service:
        index = await service.create_index(IndexConfig(output_path=str(folder)))
        for start in range(0, len(records), BATCH):
            await asyncio.gather(*(
                index.add_custom_record(url=item.url, content=item.content, language=LANGUAGE, meta=item.meta,
                                        filters=item.filters, sort=item.sort)
                for item in records[start:start + BATCH]
            ))
        await index.write_files()
