"""The catalogue's word index, computed from the model rather than scraped from HTML.

Each catalogue entry becomes one Pagefind record: its text and its title, nothing else. Facets,
sorting and cards come from the catalogue's own index (``facetindex``), which the browser
intersects with Pagefind's results, so Pagefind keeps no filter index or sort orders: a smaller
bundle, less indexer memory, and no filter index to load in the browser. Once the bundle is
written, the index thread maps Pagefind's result ids to record numbers (``facetindex.write_mapping``).
"""

from __future__ import annotations

import asyncio
import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..background import Background
from ..records.entries import Entry

LANGUAGE = "nl"
BATCH = 200
PARTITION = 1_000  # records per bundle: bounds the indexer's memory at about 250 MB


@dataclass(frozen=True)
class SearchRecord:
    url: str
    content: str
    meta: dict[str, str]


def search_records(
    entries: Mapping[str, Entry], kept: dict[str, tuple[Entry, SearchRecord]] | None = None
) -> list[SearchRecord]:
    """Every entry's search record; ``kept``, under ``mkdocs serve``, holds those of the last build,
    reused for an entry that is the same object (its record did not change, ``records.kept``):
    making all 10,000 again took a second of every rebuild."""
    if kept is None:
        return [search_record(entry) for entry in entries.values()]
    found = []
    for entry in entries.values():
        known = kept.get(entry.id)
        if known is None or known[0] is not entry:
            known = kept[entry.id] = (entry, search_record(entry))
        found.append(known[1])
    return found


def search_record(entry: Entry) -> SearchRecord:
    """The entry as Pagefind indexes it: its text, the names of its terms, and its title (weighed above the text).

    A record writes its terms as ids ("preventie", "GM0855"); people type the names the site shows
    ("Preventie en vroegsignalering", "Tilburg"), so the labels go into the text too.
    """
    labels = "\n".join(label for found in entry.labels.values() for label in found.values())
    content = f"{plain_text(entry.record.data)}\n{labels}"
    return SearchRecord(url="/" + entry.url, content=content, meta={"title": entry.title})


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


def bundle_folders(folder: Path, count: int, partition: int = PARTITION) -> list[Path]:
    """The bundles ``count`` records are indexed into: ``folder``, then ``folder-2``, ``folder-3`` ...

    Pagefind's indexer holds everything it indexes in memory (about 220 KB per record of 500
    words), so records are indexed about ``partition`` at a time, each bundle by a Pagefind
    process of its own that exits before the next starts; the browser merges the bundles
    (``mergeIndex``).
    """
    bundles = max(1, -(-count // partition))
    return [folder if number == 1 else folder.with_name(f"{folder.name}-{number}") for number in range(1, bundles + 1)]


def bundle_of(url: str, bundles: int) -> int:
    """A record's bundle, from a stable hash of its address: an edited or added record moves no other."""
    return int.from_bytes(hashlib.blake2b(url.encode("utf-8"), digest_size=8).digest(), "big") % bundles


def bundle_parts(records: list[SearchRecord], bundles: int) -> list[list[SearchRecord]]:
    parts: list[list[SearchRecord]] = [[] for _ in range(bundles)]
    for record in records:
        parts[bundle_of(record.url, bundles)].append(record)
    return parts


def write_index(
    records: list[SearchRecord], folder: Path, partition: int = PARTITION, written: dict[Path, str] | None = None
) -> list[Path]:
    """Write the Pagefind bundles (``bundle_folders``) that hold records; returns them.

    ``written``, kept between the rebuilds of ``mkdocs serve --dirty``, holds a digest of each
    bundle's records: a bundle whose records did not change and whose folder is still there is
    not indexed again, so an edit re-indexes the one bundle its record hashes to.
    """
    folders = bundle_folders(folder, len(records), partition)
    filled = []
    for bundle, part in zip(folders, bundle_parts(records, len(folders)), strict=True):
        if not part:  # a few records over many bundles can leave one empty: the browser is not sent to it
            continue
        filled.append(bundle)
        digest = hashlib.blake2b(repr(part).encode("utf-8"), digest_size=16).hexdigest()
        if written is not None and written.get(bundle) == digest and (bundle / "pagefind-entry.json").is_file():
            continue
        asyncio.run(_write_index(part, bundle))
        if written is not None:
            written[bundle] = digest
    return filled


class IndexWriter:
    """Writes the index in a thread, so Pagefind works on the second core while MkDocs converts pages.

    The search records come from the model, not from the HTML, so indexing can start as soon
    as the model exists. ``then``, if given, runs in the same thread once the bundles are written,
    with the bundles that hold records (the mapping of Pagefind's ids). ``wait`` returns once
    both are done and raises what they raised, so a failed index still fails the build.
    """

    def __init__(
        self,
        records: list[SearchRecord],
        folder: Path,
        then: Callable[[list[Path]], object] | None = None,
        partition: int = PARTITION,
        written: dict[Path, str] | None = None,
    ):
        self.records, self.folder, self.then, self.partition = records, folder, then, partition
        self.written = written
        self._background = Background("pagefind-index", self._write)

    @property
    def seconds(self) -> float:
        """How long indexing took, for the build's log and the benchmark."""
        return self._background.seconds

    def start(self) -> IndexWriter:
        self._background.start()
        return self

    def _write(self) -> None:
        bundles = write_index(self.records, self.folder, self.partition, self.written)
        if self.then is not None:
            self.then(bundles)

    def wait(self) -> int:
        """Block until the index is written; returns the number of records indexed."""
        self._background.wait()
        return len(self.records)


async def _write_index(records: list[SearchRecord], folder: Path) -> None:
    from pagefind.index import IndexConfig

    from .pagefind_service import PromptPagefindService

    async with PromptPagefindService() as service:
        index = await service.create_index(IndexConfig(output_path=str(folder)))
        for start in range(0, len(records), BATCH):
            await asyncio.gather(
                *(
                    index.add_custom_record(url=item.url, content=item.content, language=LANGUAGE, meta=item.meta)
                    for item in records[start : start + BATCH]
                )
            )
        await index.write_files()
