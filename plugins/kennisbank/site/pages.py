"""Every generated page as (source path, Markdown): records, overviews, terms, home, ratings.

Pure functions over the model; the MkDocs plugin only hands the result to MkDocs, and any
other generator could write the same pages to disk as plain Markdown files.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from . import urls
from ..core.model import Model
from ..core.records import Record
from .catalogue import render_catalogue
from .expiring import render_expiring
from .reference import render_reference
from .rendering import GeneratedPage, render
from ..core.paths import iter_values
from .views import card_badge, record_view

PAGE_SIZE = 50
NEWEST = 6
KIND_INTROS = {
    "intervention": "Beschreven, overdraagbare aanpakken, met hun erkenning op de erkenningsladder.",
    "practice-example": "Lokale verhalen over hoe organisaties in één gemeente samenwerkten.",
    "collaboration-tip": "Praktische tips om over de grenzen van domeinen heen samen te werken.",
    "organisation": "Kennisinstituten, gemeenten en partners die in de records voorkomen.",
    "guide-step": ("Gemeenten die sport effectief inzetten in het sociaal domein, zetten ongeveer dezelfde vijf "
                   "stappen. In elke stap maakt het uit of de gemeente kiest voor **sturen** (zelf doelen, "
                   "doelgroepen en aanpak bepalen) of voor **loslaten** (ruimte laten aan het veld en samen "
                   "leren). Elke stap toont de tips en voorbeelden die erbij helpen."),
}


@dataclass(frozen=True)
class Card:
    title: str
    href: str
    summary: str = ""
    note: str = ""


def render_site(model: Model, edit_base: str = "") -> list[GeneratedPage]:
    pages = [render_record(model, record, edit_base) for record in model.records.values()]
    for kind in model.schemas.kinds.values():
        pages += render_kind(model, kind.name)
    for vocabulary in model.schemas.vocabularies.values():
        if vocabulary.slug:
            pages += render_vocabulary(model, vocabulary.key)
    pages += render_reference(model)
    pages.append(render_expiring(model))
    return pages + [render_home(model), render_ratings(model), render_overviews(model), render_catalogue(model)]


def render_record(model: Model, record: Record, edit_base: str = "") -> GeneratedPage:
    kind = model.schemas.kinds[record.kind]
    edit_url = f"{edit_base}{urls.record_source(record)}" if edit_base else ""
    markdown = render("record.md.j2", view=record_view(model, record), edit_url=edit_url, root="../")
    return GeneratedPage(urls.record_page(kind, record.id), markdown)


def card(model: Model, record: Record) -> Card:
    kind = model.schemas.kinds[record.kind]
    return Card(record.data["title"], urls.record_page(kind, record.id), record.data.get("summary", ""),
                card_badge(model, record))


def paginate(records: list[Record], page_src) -> list[tuple[str, list[Record], dict]]:
    """Split a list over pages of PAGE_SIZE, so no overview grows with the knowledge base.

    Returns (source path, records, paging) per page; ``page_src(number)`` names each page.
    """
    chunks = [records[i:i + PAGE_SIZE] for i in range(0, len(records), PAGE_SIZE)] or [[]]
    links = [(number, page_src(number)) for number in range(1, len(chunks) + 1)]
    return [(page_src(number), chunk, {"number": number, "total": len(chunks), "count": len(records), "pages": links})
            for number, chunk in enumerate(chunks, start=1)]


def render_kind(model: Model, kind_name: str) -> list[GeneratedPage]:
    kind = model.schemas.kinds[kind_name]
    pages = []
    for src, chunk, paging in paginate(model.of_kind(kind_name), lambda number: urls.kind_page(kind, number)):
        markdown = render("kind.md.j2", kind=kind, intro=KIND_INTROS.get(kind_name, ""), paging=paging,
                          cards=[card(model, record) for record in chunk], root="../")
        pages.append(GeneratedPage(src, markdown))
    return pages


def records_with_term(model: Model, vocabulary_key: str) -> dict[str, list[Record]]:
    """Term id -> the records that carry it in any field of that vocabulary, in title order.

    Repeats are caught by id: testing ``record in list`` compared whole records field by
    field, which made this quadratic (a third of the build at 10,000 records).
    """
    found: dict[str, list[Record]] = {term: [] for term in model.schemas.vocabularies[vocabulary_key].terms}
    seen: dict[str, set[str]] = {term: set() for term in found}
    for record in sorted(model.records.values(), key=lambda r: r.data.get("title", "").lower()):
        for field in model.schemas.kinds[record.kind].vocabulary_fields:
            if field.vocabulary == vocabulary_key:
                for _, term in iter_values(record.data, field.value_path):
                    if term in found and record.id not in seen[term]:
                        seen[term].add(record.id)
                        found[term].append(record)
    return found


def render_vocabulary(model: Model, vocabulary_key: str) -> list[GeneratedPage]:
    vocabulary = model.schemas.vocabularies[vocabulary_key]
    by_term = records_with_term(model, vocabulary_key)
    pages = []
    kinds = list(model.schemas.kinds.values())
    for term in vocabulary.terms.values():
        in_kind_order = sorted(by_term[term.id], key=lambda r: model.schemas.kinds[r.kind].order)
        for src, chunk, paging in paginate(in_kind_order, lambda n: urls.term_page(vocabulary, term.id, n)):
            groups = [(kind, [card(model, r) for r in chunk if r.kind == kind.name]) for kind in kinds]
            markdown = render("term.md.j2", vocabulary=vocabulary, term=term, groups=[g for g in groups if g[1]],
                              paging=paging, vocabulary_href=urls.vocabulary_page(vocabulary), root="../")
            pages.append(GeneratedPage(src, markdown))
    terms = [(term, len(by_term[term.id])) for term in vocabulary.terms.values()]
    index = render("vocabulary.md.j2", vocabulary=vocabulary, terms=terms,
                   term_href=lambda term: urls.term_page(vocabulary, term.id), root="../")
    return pages + [GeneratedPage(urls.vocabulary_page(vocabulary), index)]


def _counts(model: Model) -> list:
    totals = Counter(record.kind for record in model.records.values())
    return [(kind, totals[kind.name]) for kind in model.schemas.kinds.values() if totals[kind.name]]


def render_home(model: Model) -> GeneratedPage:
    vocabularies = model.schemas.vocabularies
    domains = records_with_term(model, "domains")
    reviewed = [r for r in model.records.values() if r.data.get("last_reviewed")]
    newest = sorted(reviewed, key=lambda r: (r.data["last_reviewed"], r.data["title"]), reverse=True)[:NEWEST]
    markdown = render(
        "home.md.j2", counts=_counts(model), kinds=model.schemas.kinds, root="",
        domains=[(term, len(domains[term.id])) for term in vocabularies["domains"].terms.values()],
        newest=[card(model, record) for record in newest], kind_href=urls.kind_page,
        term_href=lambda key, term: urls.term_page(vocabularies[key], term.id),
        overview_href=lambda key: urls.vocabulary_page(vocabularies[key]),
    )
    return GeneratedPage("index.md", markdown)


def render_ratings(model: Model) -> GeneratedPage:
    levels = model.schemas.vocabularies["recognition-levels"]
    markdown = render("ratings.md.j2", levels=list(levels.terms.values()), root="",
                      term_href=lambda term: urls.term_page(levels, term.id))
    return GeneratedPage("over-de-beoordelingen.md", markdown)


def render_overviews(model: Model) -> GeneratedPage:
    vocabularies = [v for v in model.schemas.vocabularies.values() if v.slug]
    markdown = render("overviews.md.j2", counts=_counts(model), vocabularies=vocabularies, root="../",
                      kind_href=urls.kind_page, vocabulary_href=urls.vocabulary_page)
    return GeneratedPage("overzichten/index.md", markdown)
