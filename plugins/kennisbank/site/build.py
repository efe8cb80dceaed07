"""One build of the site from a project: its entries, its pages, and the outputs beside the pages.

The MkDocs plugin and ``kennisbank render`` both drive a ``SiteBuild``, so the one-command site
and the rendered project can never drift apart: the same settings, entries, pages, word index,
facet index, open data and security files, in the same order. The plugin hands the pages to
MkDocs and writes the outputs into MkDocs' site folder; ``render`` writes both into a folder
that any generator builds. Nothing here imports MkDocs.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..core.history import read_history
from ..core.problems import UsageError
from ..core.project import Project
from . import urls
from .catalogue.facet_index import write_facet_index, write_mapping
from .catalogue.title_index import write_title_index
from .catalogue.word_index import PARTITION, IndexWriter, search_records
from .opendata.publication import Publication
from .opendata.writer import Written, write_open_data
from .pages.contributed import ContributedMarkdown
from .pages.listing import SiteOptions, render_site
from .pages.memo import PageMemo
from .pages.rendering import GeneratedPage
from .records.entries import Entry, build_entries
from .records.kept import KeptEntries
from .records.view import RecordViews
from .robots import write_robots_txt
from .security.policies import SECURITY_TXT, Policies, security_contact
from .worker import Worker


@dataclass(frozen=True)
class BuildSettings:
    """What a build needs to know besides the records: how the site is published and edited."""

    publication: Publication
    directory_urls: bool = True
    edit_url: str = ""  # e.g. https://github.com/<org>/<repo>/edit/main/
    security_contact: str = ""  # for security.txt; checked by ``check`` before anything is built
    partition: int = PARTITION  # records per Pagefind bundle: the indexer's memory
    records_folder: str = "interventions"  # the plugin's ``records``, relative to the repository root

    def check(self) -> None:
        """Settings that cannot work fail here, at load, with what to change."""
        if not self.contact:
            raise UsageError(
                "security.txt heeft een contact nodig: zet 'security_contact' (mailto:... of https://...) "
                "bij de kennisbank-plugin in mkdocs.yml, of 'data_contact_email' of 'edit_url'"
            )
        if self.partition < 1:
            raise UsageError(f"search_partition moet minstens 1 zijn, niet {self.partition}")

    @property
    def contact(self) -> str:
        return security_contact(self.security_contact, self.publication.contact_email, self.edit_url)

    @property
    def options(self) -> SiteOptions:
        edit_base = self.edit_url.rstrip("/") + "/" if self.edit_url else ""
        return SiteOptions(self.directory_urls, edit_base, self.publication, self.records_folder)


@dataclass(frozen=True)
class SiteBuild:
    project: Project
    settings: BuildSettings
    entries: Mapping[str, Entry]
    views: RecordViews  # each record's links, computed once for its page and its JSON
    has_history: bool  # whether the records' git history could be read for the change lists

    @classmethod
    def plan(
        cls, project: Project, records: Path, settings: BuildSettings, kept: KeptEntries | None = None
    ) -> SiteBuild:
        """Every record's entry, with its history where the records live in a git checkout;
        ``kept``: the entries of the last build of ``mkdocs serve``, for the records that did not change."""
        history = read_history(project.root, records)
        entries = build_entries(project.model, settings.directory_urls, history, kept)
        return cls(project, settings, entries, RecordViews(project.model, entries), history is not None)

    def pages(
        self, memo: PageMemo | None = None, contributed: ContributedMarkdown | None = None
    ) -> Iterator[GeneratedPage]:
        """Every page as Markdown, one at a time; record pages as HTML too when ``contributed`` is given."""
        return render_site(self.project.model, self.settings.options, self.entries, memo, self.views, contributed)

    def start_word_index(
        self, site: Path, written: dict[Path, str] | None = None, kept: dict | None = None
    ) -> IndexWriter:
        """Start the Pagefind bundles (then the map from their ids to records) beside the build;
        ``written`` and ``kept``: what the bundles hold and each record's text, under serve."""
        folder = site / urls.PAGEFIND

        def then(bundles: list[Path]) -> int:
            return write_mapping(site, [f"{path.name}/" for path in bundles], self.entries)

        records = search_records(self.entries, kept)
        return IndexWriter(records, folder, partition=self.settings.partition, then=then, written=written).start()

    def write_facet_index(self, site: Path, cards: dict[int, int] | None = None) -> int:
        """The catalogue's facet index and cards (``cards``: those already written, under serve),
        and the header search's title index beside them."""
        write_title_index(site, self.entries, urls.page_url(urls.CATALOGUE, self.settings.directory_urls))
        return write_facet_index(site, self.entries, cards)

    def start_open_data(self, site: Path) -> Worker[Written]:
        """The open data, written by a process of its own while MkDocs finishes (``worker.py``)."""
        model, publication = self.project.model, self.settings.publication
        work = functools.partial(write_open_data, site, model, self.entries, publication, self.views)
        return Worker("open-data", work).start()

    def write_host_files(self, site: Path, policies: Policies, site_url: str) -> None:
        """What a host and a crawler read: security.txt and the headers, with the policies the pages
        were given, and robots.txt with the sitemap."""
        canonical = f"{site_url.rstrip('/')}/{SECURITY_TXT}" if site_url else ""
        wasm = [urls.page_url(src, self.settings.directory_urls) for src in sorted(policies.wasm_pages)]
        policies.write(site, self.settings.contact, self.project.today, canonical, wasm)
        write_robots_txt(site, site_url)


def nav_sources(nav: object) -> dict[str, str | None]:
    """The page paths the configured nav names, at any depth, each with the title the nav gives it
    (None for a bare path): MkDocs gives that title only to pages it makes itself, not to a page a
    plugin made (``HtmlPage``), so the plugin passes it on."""
    found: dict[str, str | None] = {}
    stack: list[tuple[str | None, object]] = [(None, nav or [])]
    while stack:
        title, item = stack.pop()
        if isinstance(item, str):
            found[item] = title
        elif isinstance(item, dict):
            stack.extend(item.items())
        elif isinstance(item, Iterable):
            stack.extend((None, child) for child in item)
    return found
