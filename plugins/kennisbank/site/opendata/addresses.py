"""Where published things live: site-root paths made into the addresses open data names.

With MkDocs' ``site_url`` set the addresses are absolute, as DCAT and JSON-LD want them;
without it they are root-relative, which still resolves on the site itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from .. import urls
from ..records.entries import Entry

DATA = "data/"
SCHEMAS = "schema/"
RECORDS_JSON = f"{DATA}records.json"
RECORDS_NDJSON = f"{DATA}records.ndjson"
IDS = f"{DATA}ids.json"  # id -> its kind's folder, which an id alone does not say
WORKBOOK = f"{DATA}kennisbank.xlsx"
DATAPACKAGE = f"{DATA}datapackage.json"
CATALOG = f"{DATA}catalog.jsonld"
RECORD_SCHEMA = f"{SCHEMAS}record.schema.json"
FEED = "feed.xml"
PAGE = urls.OPEN_DATA_FOLDER
MEDIA_TYPES = {
    "json": "application/json",
    "ndjson": "application/x-ndjson",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "jsonld": "application/ld+json",
    "atom": "application/atom+xml",
}
WHOLE = [
    ("Alle records (JSON)", RECORDS_JSON, "json"),
    ("Alle records, één per regel (NDJSON)", RECORDS_NDJSON, "ndjson"),
    ("Werkmap met een blad per soort (Excel)", WORKBOOK, "xlsx"),
]


@dataclass(frozen=True)
class Addresses:
    site_url: str = ""

    def of(self, path: str) -> str:
        """The address of a site-root path such as ``interventies/x/``."""
        if self.site_url:
            return urljoin(self.site_url.rstrip("/") + "/", path)
        return "/" + path


def json_path(entry: Entry) -> str:
    """``interventies/x/`` -> ``interventies/x.json``, ``interventies/x.html`` -> ``interventies/x.json``."""
    stem = entry.url[:-5] if entry.url.endswith(".html") else entry.url.rstrip("/")
    return f"{stem}.json"


def table_path(folder: str) -> str:
    return f"{DATA}{folder}.csv"


def downloads(kinds: list) -> list[tuple[str, str, str]]:
    """Every download as (title, site path, format): the whole knowledge base, then a CSV per kind."""
    return [*WHOLE, *((f"{kind.plural} (CSV)", table_path(kind.folder), "csv") for kind in kinds)]
