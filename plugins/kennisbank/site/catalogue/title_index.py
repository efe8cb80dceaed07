"""The header search's title index: every record's title, kind and recognition, for search as you type.

Material's search box indexes only the hand-written pages, so that no visitor pays on every page
for an index that grows with the records. ``zoektitels.js`` fetches this one file only when
someone starts typing in the box, matches titles in the browser and shows the best records above
Material's results; Enter opens the catalogue with the query. Written beside the facet index,
under ``zoekindex/``, from the same entries, in the same (title) order. ``titels.json``::

    {"catalogue": "catalogus/",
     "kinds": [[label, url before the id, url after the id], ...],
     "records": [[title, kind, note, id], ...]}

URLs go from the site root; ``kind`` is a number into ``kinds``; ``note`` is the recognition's
headline (or the place of a record without one), what the catalogue's card shows beside its title.
``id`` is the record's id, or, when the id is the start of the title's ``slug``, its length: most
ids are their title in lowercase with hyphens, and ids were 40% of the file after gzip.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path

from ..records.entries import Entry
from .facet_index import FOLDER

TITLES = "titels.json"
MARKS = re.compile("[\u0300-\u036f]+")  # what zoektitels.js strips after NFD, exactly
NOT_SLUG = re.compile("[^a-z0-9]+")


def slug(title: str) -> str:
    """The title in lowercase ASCII letters and digits with hyphens between, as ``zoektitels.js`` makes it."""
    return NOT_SLUG.sub("-", MARKS.sub("", unicodedata.normalize("NFD", title.lower()))).strip("-")


def record_ref(entry: Entry) -> int | str:
    """The id as the length of the title's slug that spells it, or the id itself."""
    return len(entry.id) if entry.id and slug(entry.title).startswith(entry.id) else entry.id


def title_index(entries: Mapping[str, Entry], catalogue: str) -> dict:
    """What ``titels.json`` holds; ``catalogue`` is the catalogue page's URL from the site root."""
    kinds: dict[tuple[str, str, str], int] = {}
    records = []
    for entry in entries.values():
        before, found, after = entry.url.rpartition(entry.id)
        if not found:
            raise ValueError(f"the URL {entry.url} of record {entry.id} does not hold its id")
        kind = kinds.setdefault((entry.kind_label, before, after), len(kinds))
        records.append([entry.title, kind, entry.note, record_ref(entry)])
    return {"catalogue": catalogue, "kinds": [list(kind) for kind in kinds], "records": records}


def write_title_index(site: Path, entries: Mapping[str, Entry], catalogue: str) -> Path:
    """Write ``zoekindex/titels.json`` into ``site``; returns its path."""
    path = site / FOLDER / TITLES
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(title_index(entries, catalogue), ensure_ascii=False, separators=(",", ":"))
    path.write_text(text, encoding="utf-8")
    return path
