"""Every generated page as (source path, Markdown): records, overviews, terms, home, catalogue.

Pure functions over the model and its catalogue entries; the MkDocs plugin only hands the
result to MkDocs, and any other generator can build the same pages written to disk as plain
Markdown files (``export``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import partial

from ...core.model import Model
from .. import urls
from ..catalogue.page import render_catalogue
from ..opendata.addresses import Addresses
from ..opendata.jsonld import record_jsonld
from ..opendata.page import render_open_data
from ..opendata.publication import TITLE, Publication
from ..records.entries import Entry, build_entries
from ..records.view import RecordViews
from .compare import PAGE as COMPARE_PAGE
from .compare import render_compare
from .contributed import ContributedMarkdown
from .expiring import render_expiring
from .form import render_form
from .gapmap import render_gap_map
from .head import front_matter, record_head, relative_json
from .home import render_home, render_ratings
from .htmlpages import render_record_html
from .memo import PageMemo
from .overviews import render_kind, render_overviews, render_vocabulary
from .reference import render_reference
from .rendering import GeneratedPage, render


@dataclass(frozen=True)
class SiteOptions:
    """How the site is published: MkDocs' ``use_directory_urls``, and where records are edited."""

    directory_urls: bool = True
    edit_base: str = ""  # e.g. https://github.com/<org>/<repo>/edit/main/
    publication: Publication = field(default_factory=lambda: Publication(TITLE, ""))
    records_folder: str = "interventions"  # the records' folder in the repository, for the form's new files


def render_site(
    model: Model,
    options: SiteOptions = SiteOptions(),
    entries: Mapping[str, Entry] | None = None,
    memo: PageMemo | None = None,
    views: RecordViews | None = None,
    contributed: ContributedMarkdown | None = None,
) -> list[GeneratedPage]:
    """Every page; ``entries`` are the build's catalogue entries and ``views`` their records' views,
    computed here when not given; ``memo`` keeps record pages between the builds of one ``mkdocs serve``;
    with ``contributed``, record pages come as HTML as well."""
    entries = build_entries(model, options.directory_urls) if entries is None else entries
    views = RecordViews(model, entries) if views is None else views
    if memo is None:
        pages = [render_record(views, entry, options, contributed) for entry in entries.values()]
    else:
        memo.start(model, contributed.key if contributed else None)
        pages = [
            memo.record_page(
                entry, views.links(entry), options, partial(render_record, views, entry, options, contributed)
            )
            for entry in entries.values()
        ]
    for kind in model.schemas.kinds.values():
        pages += render_kind(model, entries, kind.name)
    for vocabulary in model.schemas.vocabularies.values():
        if vocabulary.slug:
            pages += render_vocabulary(model, entries, vocabulary.key)
    pages += render_reference(model)
    pages.append(render_expiring(model, entries))
    return [
        *pages,
        render_home(model, entries, options.publication),
        render_ratings(model),
        render_overviews(model),
        render_catalogue(model, entries, options.directory_urls),
        render_open_data(model, options.publication),
        render_compare(model, options.directory_urls),
        render_gap_map(model, entries, options.directory_urls),
        render_form(model, options.edit_base, options.records_folder, options.directory_urls),
    ]


def render_record(
    views: RecordViews, entry: Entry, options: SiteOptions, contributed: ContributedMarkdown | None = None
) -> GeneratedPage:
    """The record's page as Markdown, and as HTML too when ``contributed`` converts its contributors' text."""
    edit_url = f"{options.edit_base}{urls.record_source(entry.record)}" if options.edit_base else ""
    addresses = Addresses(options.publication.site_url)
    jsonld = record_jsonld(views.model, views.entries, entry, addresses)
    front = front_matter({"search": {"exclude": True}, "kennisbank": record_head(entry, jsonld)})
    compare_href = urls.relative(entry.url, urls.page_url(COMPARE_PAGE, options.directory_urls))
    form_href = urls.relative(entry.url, urls.page_url(urls.FORM, options.directory_urls)) + f"?bewerk={entry.id}"
    context = {
        "view": views.page(entry),
        "edit_url": edit_url,
        "json_href": relative_json(entry),
        "compare_href": compare_href,
        "form_href": form_href,
        "site_title": options.publication.title,
        "page_address": addresses.of(entry.url),
        "built": views.model.today,
    }
    markdown = render("record.md.j2", front=front, root="../", **context)
    if contributed is None:
        return GeneratedPage(entry.src, markdown)
    html = render_record_html(contributed, entry.url, options.directory_urls, **context)
    return GeneratedPage(entry.src, markdown, html)
