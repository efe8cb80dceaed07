"""The MkDocs plugin: a thin adapter that asks the core for the model and the site for its pages.

Settings are checked in ``on_config``, so a misspelt folder stops the build before anything is
built. Records are loaded and validated in ``on_pre_build``, which MkDocs runs before it
empties the site folder, so invalid records stop the build with the validator's own report
and the last good site stays where it was.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Mapping
from functools import partial
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from .core.problems import UsageError
from .core.project import Project, check_folders, load_project
from .reporting import report
from .settings import KennisbankConfig, publication
from .site import urls
from .site.assets import ASSETS, SCRIPTS, STYLESHEETS, THEME
from .site.background import Background
from .site.catalogue import PAGE as CATALOGUE_PAGE
from .site.entries import Entry
from .site.export import write_pages
from .site.facetindex import write_facet_index
from .site.memo import PageMemo
from .site.opendata.publication import Publication
from .site.opendata.writer import write_open_data
from .site.outputs import nav_sources, project_entries, site_options, start_word_index
from .site.pages import render_site
from .site.robots import write_robots_txt
from .site.sanitising import sanitise_page
from .site.search import IndexWriter
from .site.security import SECURITY_TXT, Policies, security_contact

log = get_plugin_logger(__name__)


class KennisbankPlugin(BasePlugin[KennisbankConfig]):
    def __init__(self):
        self.project: Project | None = None
        self.serving = False
        self.page_cache: Path | None = None  # the generated pages as files, rewritten only when changed
        self.memo: PageMemo | None = None  # under ``mkdocs serve``: record pages kept between rebuilds
        self.bundles: dict[Path, str] | None = None  # under ``mkdocs serve``: what each word-index bundle holds
        self.unfinished: tuple = ()
        self.policies = Policies([CATALOGUE_PAGE])
        self.indexing: IndexWriter | None = None
        self.entries: Mapping[str, Entry] = {}
        self.publication: Publication | None = None

    def folders(self, config) -> tuple[Path, Path, Path]:
        root = Path(config.config_file_path).resolve().parent
        return root, root / self.config.schema, root / self.config.records

    def on_startup(self, *, command, dirty: bool) -> None:
        """Defining this keeps one plugin across the rebuilds of ``mkdocs serve``: the last good
        project, the record pages and the page cache live on between them; with ``--dirty``
        MkDocs skips the cached pages whose file did not change."""
        self.serving = command == "serve"
        self.memo = PageMemo() if self.serving else None
        self.bundles = {} if self.serving and dirty else None
        # Pages as files rather than strings: MkDocs reads each into its page anyway, so a
        # string kept in every File would hold all the Markdown twice (150 MB at 10,000 records).
        self.page_cache = Path(tempfile.mkdtemp(prefix="kennisbank-pages-"))

    def on_shutdown(self) -> None:
        if self.page_cache is not None:
            shutil.rmtree(self.page_cache, ignore_errors=True)

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
        if self.unfinished:
            self.finish()
        self.indexing = None
        self.policies = Policies([CATALOGUE_PAGE])
        try:
            project = load_project(*self.folders(config))
        except UsageError as exc:
            raise PluginError(str(exc)) from None
        if self.serving and self.project is not None and project.has_errors:
            report(project, strict=False, stop=False)
            log.error(
                "de site blijft de laatste goede versie tonen; sla het record opnieuw op als de fouten "
                "hierboven zijn opgelost"
            )
            return  # the last good project is built again: nothing changes, nothing is lost
        report(project, strict=config.strict)
        self.project = project

    def on_files(self, files: Files, config) -> Files:
        _, _, records = self.folders(config)
        self.entries, has_history = project_entries(self.project, records, config.use_directory_urls)
        if not has_history:
            log.info("geen git-checkout: de recordpagina's worden zonder hun wijzigingsgeschiedenis gebouwd")
        self.indexing = start_word_index(
            Path(config.site_dir), self.entries, self.config.search_partition, self.bundles
        )
        for uri, source in ASSETS.items():
            files.append(File.generated(config, uri, abs_src_path=str(source)))
        in_nav = nav_sources(config.nav)
        self.publication = publication(config, self.config, self.project.today)
        options = site_options(config.use_directory_urls, self.config.edit_url, self.publication)
        pages = render_site(self.project.model, options, self.entries, self.memo)
        if self.page_cache is not None:
            write_pages(pages, self.page_cache)  # rewrites only what changed, so a dirty build skips the rest
        for page in pages:
            inclusion = InclusionLevel.UNDEFINED if page.src in in_nav else InclusionLevel.NOT_IN_NAV
            if self.page_cache is not None:
                files.append(
                    File.generated(config, page.src, abs_src_path=str(self.page_cache / page.src), inclusion=inclusion)
                )
            else:
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

    def on_post_page(self, output, page, config):
        """Every page, hand-written or generated, with its Content Security Policy."""
        return self.policies.page(output, page.file.src_uri)

    def on_post_template(self, output_content, template_name, config):
        return self.policies.page(output_content) if template_name.endswith(".html") else output_content

    def on_post_build(self, config):
        """The catalogue's facet index and cards, the open data, and the word index started in ``on_files``.

        Written here, after MkDocs emptied the site folder, from the entries the pages were built from.

        Under ``mkdocs serve`` both finish while the browser reloads the changed page; the next
        rebuild waits for them first.
        """
        site = Path(config.site_dir)
        log.info(f"catalogus: {write_facet_index(site, self.entries)} kaarten en de facetindex geschreven")
        self.write_security_files(config, site)
        write_robots_txt(site, config.site_url or "")
        writing = Background(
            "open-data", partial(write_open_data, site, self.project.model, self.entries, self.publication)
        ).start()
        self.unfinished = (writing, self.indexing)
        if not self.serving:
            self.finish()

    def write_security_files(self, config, site: Path) -> None:
        contact = security_contact(self.config.security_contact, self.config.data_contact_email, self.config.edit_url)
        if not contact:
            raise PluginError(
                "kennisbank: security.txt heeft een contact nodig: zet 'security_contact' "
                "(mailto:... of https://...) bij de plugin in mkdocs.yml"
            )
        canonical = f"{config.site_url.rstrip('/')}/{SECURITY_TXT}" if config.site_url else ""
        wasm = [urls.page_url(src, config.use_directory_urls) for src in sorted(self.policies.wasm_pages)]
        self.policies.write(site, contact, self.project.today, canonical, wasm)

    def finish(self) -> None:
        """Wait for the open data and the index of the last build, and say what they wrote."""
        writing, indexing = self.unfinished
        self.unfinished = ()
        written = writing.wait()
        seconds = f"{writing.seconds:.2f}".replace(".", ",")
        log.info(
            f"open data: {written.records} records, {written.changed} van {written.files} bestanden "
            f"geschreven in {seconds} s"
        )
        log.info(f"catalogus: {indexing.wait()} records in de zoekindex")

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
