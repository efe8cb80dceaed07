"""The home page and the page about the recognition ladder."""

from __future__ import annotations

from collections.abc import Mapping

from ...core.model import Model
from ...core.recognition import LEVELS
from .. import urls
from ..opendata.addresses import Addresses, downloads
from ..opendata.jsonld import catalogue_jsonld, script_json
from ..opendata.publication import Publication
from ..records.entries import DOMAINS, Entry
from .head import front_matter
from .overviews import entries_with_term, kind_counts
from .rendering import GeneratedPage, render

NEWEST = 6


def render_home(model: Model, entries: Mapping[str, Entry], publication: Publication) -> GeneratedPage:
    vocabularies = model.schemas.vocabularies
    domains = entries_with_term(entries, DOMAINS)
    reviewed = [entry for entry in entries.values() if entry.reviewed]
    newest = sorted(reviewed, key=lambda entry: (entry.reviewed, entry.title), reverse=True)[:NEWEST]
    jsonld = catalogue_jsonld(
        publication.title,
        publication.description,
        Addresses(publication.site_url),
        publication.licence,
        downloads(list(model.schemas.kinds.values())),
    )
    markdown = render(
        "home.md.j2",
        counts=kind_counts(model),
        kinds=model.schemas.kinds,
        root="",
        front=front_matter({"kennisbank": {"jsonld": script_json(jsonld)}}),
        domains=[(term, len(domains.get(term.id, []))) for term in vocabularies[DOMAINS].terms.values()],
        newest=newest,
        kind_href=urls.kind_page,
        term_href=lambda key, term: urls.term_page(vocabularies[key], term.id),
        overview_href=lambda key: urls.vocabulary_page(vocabularies[key]),
    )
    return GeneratedPage(urls.HOME, markdown)


def render_ratings(model: Model) -> GeneratedPage:
    levels = model.schemas.vocabularies[LEVELS]
    markdown = render(
        "ratings.md.j2",
        levels=list(levels.terms.values()),
        root="",
        term_href=lambda term: urls.term_page(levels, term.id),
    )
    return GeneratedPage(urls.RATINGS, markdown)
