"""The catalogue page: a search form with facets and counts, and the first page of results.

The facets and the cards come from the catalogue entries, as the search index does, so the
static page and the live search never disagree. The first page of results is in the HTML, so
results appear before any script has loaded, and without JavaScript at all; the script then
takes over with the same cards, cloned from the page's own ``<template>`` and filled from the
card files of ``facetindex``.
"""

from __future__ import annotations

from collections.abc import Mapping

from ...core.model import Model
from .. import urls
from ..pages.compare import PAGE as COMPARE_PAGE
from ..pages.rendering import GeneratedPage, render
from ..records.entries import Entry
from .facet_index import FOLDER as INDEX_FOLDER
from .facets import facets, valid_count

PAGE = urls.CATALOGUE
PAGE_SIZE = 20
OVERVIEWS = urls.OVERVIEWS
SORTS = [("", "Relevantie"), ("title", "Titel (A-Z)"), ("reviewed", "Laatst bijgewerkt")]


def first_page(entries: Mapping[str, Entry]) -> list[Entry]:
    """The first page of the unfiltered catalogue: entries are in title order, the live search's default."""
    return list(entries.values())[:PAGE_SIZE]


def render_catalogue(model: Model, entries: Mapping[str, Entry], directory_urls: bool = True) -> GeneratedPage:
    """``directory_urls`` as MkDocs' ``use_directory_urls``: the page's raw HTML links need final URLs."""
    overviews = [
        (kind.plural, urls.kind_page(kind), urls.page_url(urls.kind_page(kind), directory_urls))
        for kind in model.schemas.kinds.values()
    ]
    overviews.append(("Per domein, thema, doelgroep en meer", OVERVIEWS, urls.page_url(OVERVIEWS, directory_urls)))
    markdown = render(
        "catalogue.md.j2",
        facets=facets(model, entries),
        sorts=SORTS,
        total=len(entries),
        valid=valid_count(entries),
        overviews=overviews,
        cards=first_page(entries),
        index=INDEX_FOLDER + "/",
        page_size=PAGE_SIZE,
        root="../",
        compare=COMPARE_PAGE,
        compare_href=urls.page_url(COMPARE_PAGE, directory_urls),
    )
    return GeneratedPage(PAGE, markdown)
