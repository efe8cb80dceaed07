"""Every generated page as (source path, Markdown): records, overviews, terms, home, catalogue.

Pure functions over the model and its catalogue entries; the MkDocs plugin only hands the
result to MkDocs, and any other generator can build the same pages written to disk as plain
Markdown files (``export``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
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
from .htmlpages import HtmlPages
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
) -> Iterator[GeneratedPage]:
    """Every page, one at a time, so a caller that writes each page as it comes never holds them all;
    ``entries`` are the build's catalogue entries and ``views`` their records' views, computed here
    when not given; ``memo`` keeps record and overview pages between the builds of one
    ``mkdocs serve``; with ``contributed``, record, kind and term pages come as HTML as well."""
    entries = build_entries(model, options.directory_urls) if entries is None else entries
    views = RecordViews(model, entries) if views is None else views
    html = HtmlPages(contributed, options.directory_urls) if contributed is not None else None
    yield from render_records(views, options, memo, html)
    for kind in model.schemas.kinds.values():
        yield from render_kind(model, entries, kind.name, memo, html)
    for vocabulary in model.schemas.vocabularies.values():
        if vocabulary.slug:
            yield from render_vocabulary(model, entries, vocabulary.key, memo, html)
    yield from render_reference(model)
    yield render_expiring(model, entries)
    yield render_home(model, entries, options.publication)
    yield render_ratings(model)
    yield render_overviews(model)
    yield render_catalogue(model, entries, options.directory_urls)
    yield render_open_data(model, options.publication)
    yield render_compare(model, options.directory_urls)
    yield render_gap_map(model, entries, options.directory_urls)
    yield render_form(model, options.edit_base, options.records_folder, options.directory_urls)


def render_records(
    views: RecordViews, options: SiteOptions, memo: PageMemo | None, html: HtmlPages | None
) -> Iterator[GeneratedPage]:
    """Each record's page; its links are let go once its page is made (``RecordViews.release``),
    since nothing else in this process reads them again."""
    if memo is not None:
        memo.start(views.model, html.contributed.key if html else None)
    for entry in views.entries.values():
        render = partial(render_record, views, entry, options, html)
        page = render() if memo is None else memo.record_page(entry, views.links(entry), options, render)
        views.release(entry)
        yield page


def render_record(
    views: RecordViews, entry: Entry, options: SiteOptions, html: HtmlPages | None = None
) -> GeneratedPage:
    """The record's page as Markdown; with ``html``, as HTML with a Markdown stub that holds its
    front matter (``stub_markdown``): the full Markdown is then made only where it is read, by
    ``kennisbank render``, the baseline and ``record_html: false``."""
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
    if html is None:
        return GeneratedPage(entry.src, render("record.md.j2", front=front, root="../", **context))
    return html.page(entry.src, front, "record.html.j2", **context)
