"""Where every generated page lives, as a source path MkDocs turns into a readable URL.

Record pages sit at ``<kind folder>/<id>.md`` (``/interventies/<id>/``), term pages at
``<vocabulary slug>/<term>.md``; all of them one folder deep, so page-relative links are
``../`` plus these paths.
"""

from __future__ import annotations

import posixpath

from ..core.records import Record
from ..core.schemas import Kind
from ..core.vocabularies import Vocabulary

# Every page the site generates besides record and term pages, as a source path: one place to
# look up where a page lives, for the pages that link to it and the policies that guard it.
HOME = "index.md"
RATINGS = "over-de-beoordelingen.md"
OVERVIEWS = "overzichten/index.md"
CATALOGUE = "catalogus/index.md"  # MkDocs makes it the page's URL and keeps the query
COMPARE = "vergelijken/index.md"
GAP_MAP = "bewijskaart/index.md"
FORM = "bijdragen/formulier.md"  # the contribution form, beside the hand-written bijdragen.md
EXPIRING = "erkenningen/verloopt.md"
OPEN_DATA_FOLDER = "open-data/"
OPEN_DATA = f"{OPEN_DATA_FOLDER}index.md"
REFERENCE_FOLDER = "referentie"
PAGEFIND = "pagefind"  # the first word-index bundle's folder in the site, as the catalogue page names it


def record_page(kind: Kind, record_id: str) -> str:
    return f"{kind.folder}/{record_id}.md"


def kind_page(kind: Kind, number: int = 1) -> str:
    return f"{kind.folder}/index.md" if number == 1 else f"{kind.folder}/pagina-{number}.md"


def vocabulary_page(vocabulary: Vocabulary) -> str:
    return f"{vocabulary.slug}/index.md"


def term_page(vocabulary: Vocabulary, term_id: str, number: int = 1) -> str:
    page = "" if number == 1 else f"-pagina-{number}"
    return f"{vocabulary.slug}/{term_id.lower()}{page}.md"


def record_source(record: Record) -> str:
    """The record's YAML file, relative to the repository root, for 'edit this record' links."""
    return record.path


def page_url(src: str, directory_urls: bool = True) -> str:
    """The URL MkDocs gives a source path, relative to the site root (``interventies/x/``)."""
    stem = src[:-3]
    if stem == "index" or stem.endswith("/index"):
        return stem[:-5]
    return f"{stem}/" if directory_urls else f"{stem}.html"


def relative(from_url: str, to_url: str) -> str:
    """A link from the page at ``from_url`` to ``to_url``, both as ``page_url`` gives them.

    For raw HTML in page Markdown, which MkDocs leaves as it is: a record page's URL sits two
    folders deep (``interventies/x/``) while its source sits one deep.
    """
    base = from_url.rstrip("/") if from_url.endswith("/") else posixpath.dirname(from_url)
    path = posixpath.relpath(to_url.rstrip("/") or ".", base or ".")
    return f"{path}/" if to_url.endswith("/") else path
