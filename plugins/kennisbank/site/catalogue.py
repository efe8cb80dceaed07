"""The catalogue page: a search form whose facets and counts come from the same filters as
the search index, so the static page and the live search never disagree.

Facets are plain data, as in Datasette: each option is (value, label, count). The counts in
the page are for the whole catalogue; the browser updates them as filters are chosen.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from . import urls
from ..core.model import Model
from .rendering import GeneratedPage, render
from .search import ALL_RECORDS, FACET_VOCABULARIES, record_filters, record_meta, record_sort

PAGE = "catalogus/index.md"
PAGE_SIZE = 20  # as in docs/javascripts/catalogus.js
SORTS = [("", "Relevantie"), ("title", "Titel (A-Z)"), ("reviewed", "Laatst bijgewerkt")]


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class Facet:
    key: str
    title: str
    options: list[Option]


def facets(model: Model) -> list[Facet]:
    counts = {key: Counter() for key in ["kind", *FACET_VOCABULARIES, "guide-steps", "valid"]}
    for record in model.records.values():
        for key, values in record_filters(model, record).items():
            counts[key].update(values)
    found = [Facet("kind", "Soort", [Option(kind.name, kind.label, counts["kind"][kind.name])
                                     for kind in model.schemas.kinds.values()])]
    for key in FACET_VOCABULARIES:
        vocabulary = model.schemas.vocabularies[key]
        found.append(Facet(key, vocabulary.title, [Option(term.id, term.label, counts[key][term.id])
                                                  for term in vocabulary.terms.values()]))
    steps = [Option(step.id, step.data["title"], counts["guide-steps"][step.id]) for step in model.of_kind("guide-step")]
    found.append(Facet("guide-steps", "Stap uit het stappenplan", steps))
    return found


def first_page(model: Model) -> list[tuple[str, dict]]:
    """The first page of the unfiltered catalogue, in the order the live search shows it.

    Rendering it into the page makes results appear before any script has loaded, and without
    JavaScript at all; the search then takes over with the same cards.
    """
    records = sorted(model.records.values(), key=lambda record: record_sort(record)["title"])[:PAGE_SIZE]
    kinds = model.schemas.kinds
    return [(urls.page_url(urls.record_page(kinds[r.kind], r.id)), record_meta(model, r)) for r in records]


def render_catalogue(model: Model) -> GeneratedPage:
    overviews = [(kind.plural, f"{kind.folder}/") for kind in model.schemas.kinds.values()]
    valid = sum(1 for recognition in model.recognitions.values() if recognition.status == "current")
    markdown = render("catalogue.md.j2", facets=facets(model), sorts=SORTS, total=len(model.records),
                      valid=valid, overviews=overviews, cards=first_page(model), all_records=ALL_RECORDS,
                      root="../")
    return GeneratedPage(PAGE, markdown)
