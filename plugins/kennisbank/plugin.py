"""The MkDocs plugin: a thin adapter that asks the core for the model and the site for its pages.

Settings are checked in ``on_config``, so a misspelt folder stops the build before anything is
built. Records are loaded and validated in ``on_pre_build``, which MkDocs runs before it
empties the site folder, so invalid records stop the build with the validator's own report
and the last good site stays where it was.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Mapping
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import Abort, PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from .core.history import read_history
from .core.problems import ERROR, UsageError, plural
from .core.project import Project, check_folders, load_project
from .site.assets import ASSETS, SCRIPTS, STYLESHEETS, THEME
from .site.entries import Entry, build_entries
from .site.facetindex import write_facet_index, write_mapping
from .site.opendata.publication import CC0, Publication
from .site.opendata.writer import write_open_data
from .site.pages import SiteOptions, render_site
from .site.sanitising import sanitise_page
from .site.search import IndexWriter, search_records

log = get_plugin_logger(__name__)
PAGEFIND = "pagefind"  # the bundle's folder in the site, as the catalogue page names it
STATE_OF_THE_WORLD = {"recognition-expired"}


class KennisbankConfig(Config):
    records = c.Type(str, default="interventions")
    schema = c.Type(str, default="schema")
    edit_url = c.Type(str, default="")  # e.g. https://github.com/<org>/<repo>/edit/main/
    data_licence = c.Type(str, default=CC0)
    data_licence_name = c.Type(str, default="")
    data_publisher = c.Type(str, default="")  # default: the site's name
    data_publisher_url = c.Type(str, default="")
    data_contact_name = c.Type(str, default="")
    data_contact_email = c.Type(str, default="")
    data_contact_url = c.Type(str, default="")


class KennisbankPlugin(BasePlugin[KennisbankConfig]):
    def __init__(self):
        self.project: Project | None = None
        self.indexing: IndexWriter | None = None
        self.entries: Mapping[str, Entry] = {}
        self.publication: Publication | None = None

    def folders(self, config) -> tuple[Path, Path, Path]:
        root = Path(config.config_file_path).resolve().parent
        return root, root / self.config.schema, root / self.config.records

    def on_config(self, config):
        try:
            check_folders(*self.folders(config))
        except UsageError as exc:
            raise PluginError(f"kennisbank in {Path(config.config_file_path).name}: {exc}") from None
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(THEME))
        config.extra_css.extend(STYLESHEETS)
        for path in SCRIPTS:
            script = c.ExtraScriptValue(path)
            script.defer = True
            config.extra_javascript.append(script)
        return config

    def on_pre_build(self, config):
        self.indexing = None
        try:
            self.project = load_project(*self.folders(config))
        except UsageError as exc:
            raise PluginError(str(exc)) from None
        report(self.project, strict=config.strict)

    def on_files(self, files: Files, config) -> Files:
        model = self.project.model
        root, _, records = self.folders(config)
        history = read_history(root, records)
        if history is None:
            log.info("geen git-checkout: de recordpagina's worden zonder hun wijzigingsgeschiedenis gebouwd")
        self.entries = build_entries(model, config.use_directory_urls, history)
        entries = self.entries
        site = Path(config.site_dir)
        self.indexing = IndexWriter(search_records(entries), site / PAGEFIND,
                                    then=functools.partial(write_mapping, site, [PAGEFIND + "/"], entries)).start()
        for uri, source in ASSETS.items():
            files.append(File.generated(config, uri, abs_src_path=str(source)))
        in_nav = nav_sources(config.nav)
        edit_base = self.config.edit_url.rstrip("/") + "/" if self.config.edit_url else ""
        self.publication = self.publication_of(config)
        options = SiteOptions(config.use_directory_urls, edit_base, self.publication)
        for page in render_site(model, options, entries):
            inclusion = InclusionLevel.UNDEFINED if page.src in in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, page.src, content=page.markdown, inclusion=inclusion))
        return files

    def on_page_content(self, html, page, config, files):
        """Sanitise generated pages (defence in depth) and keep their title escaped in <title>.

        The title MkDocs takes from the H1 is escaped HTML; Material prints it in <title>
        through ``striptags``, which unescapes it again, but prints ``meta.title`` as it is.
        """
        if page.file.generated_by is None:
            return html
        if page.title and not page.is_homepage:
            page.meta["title"] = page.title
        return sanitise_page(page.file.src_uri, html)

    def on_post_build(self, config):
        """The open data, the catalogue's facet index and cards, and the word index started in ``on_files``.

        Written here, after MkDocs emptied the site folder, from the entries the pages were built from.
        """
        site = Path(config.site_dir)
        written = write_open_data(site, self.project.model, self.entries, self.publication)
        log.info(f"open data: {written.records} records, {written.changed} van {written.files} bestanden geschreven")
        log.info(f"catalogus: {write_facet_index(site, self.entries)} kaarten en de facetindex geschreven")
        log.info(f"catalogus: {self.indexing.wait()} records in de zoekindex")

    def publication_of(self, config) -> Publication:
        settings = self.config
        return Publication(
            title=config.site_name, description=config.site_description or "", site_url=config.site_url or "",
            licence=settings.data_licence, licence_name=settings.data_licence_name,
            publisher=settings.data_publisher, publisher_url=settings.data_publisher_url,
            contact_name=settings.data_contact_name, contact_email=settings.data_contact_email,
            contact_url=settings.data_contact_url, issued=self.project.today,
        )

    def on_build_error(self, error):
        """Let a started index finish, so no Pagefind process outlives a failed build."""
        if self.indexing is not None:
            with contextlib.suppress(Exception):  # the build's own error is the one to report
                self.indexing.wait()

    def on_serve(self, server, config, builder):
        _, schema, records = self.folders(config)
        server.watch(str(records))
        server.watch(str(schema))
        return server


def report(project: Project, strict: bool) -> None:
    """Log every problem as the validator prints it; stop on errors, and on warnings when strict.

    An expired recognition is the state of the world, not a contributor's mistake: it is logged
    (and shown on the site as expired) but never fails a strict build, or every pull request
    would fail the day a recognition runs out.
    """
    counted = []
    for problem in project.problems:
        if problem.severity == ERROR:
            log.error(problem.as_text())
        elif problem.code in STATE_OF_THE_WORLD:
            log.info(problem.as_text())
        else:
            log.warning(problem.as_text())
            counted.append(problem)
    if project.has_errors:
        raise PluginError("ongeldige records; los de problemen hierboven op (met 'kennisbank validate' "
                          "ziet u ze opnieuw)")
    if strict and counted:
        raise Abort(f"afgebroken: {plural(len(counted), 'waarschuwing', 'waarschuwingen')} over records "
                    "in strict mode")


def nav_sources(nav) -> set[str]:
    """The page paths the configured nav names, at any depth."""
    found, stack = set(), [nav or []]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.add(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found
