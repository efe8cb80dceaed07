"""The MkDocs plugin: an adapter that hands MkDocs the pages of a ``SiteBuild`` and writes its outputs.

Settings are checked in ``on_config``, so a misspelt folder or a missing security contact stops
the build before anything is built. Records are loaded and validated in ``on_pre_build``, which
MkDocs runs before it empties the site folder, so invalid records stop the build with the
validator's own report and the last good site stays where it was. Everything else is
``site/build.py``, which ``kennisbank render`` drives the same way.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from .core.problems import UsageError
from .core.project import Project, check_folders, load_project
from .core.record_cache import RecordCache
from .frames import DOCUMENT, TEMPLATE, Frames
from .htmlpage import HtmlPage
from .reporting import report
from .settings import KennisbankConfig, build_settings
from .site import urls
from .site.assets import ASSETS, SCRIPTS, STYLESHEETS, THEME
from .site.build import SiteBuild, nav_sources
from .site.outputs import Outputs
from .site.pages.contributed import ContributedMarkdown
from .site.pages.export import write_each
from .site.pages.memo import PageMemo
from .site.pages.sanitising import sanitise_page
from .site.records.kept import KeptEntries
from .site.security.policies import Policies

log = get_plugin_logger(__name__)
KEPT = "de site blijft de laatste goede versie tonen; sla het record opnieuw op als de fouten hierboven zijn opgelost"


class KennisbankPlugin(BasePlugin[KennisbankConfig]):
    def __init__(self):
        self.project: Project | None = None  # the last good project: ``mkdocs serve`` keeps showing it
        self.build: SiteBuild | None = None
        self.serving = False
        self.pages_folder = Path()  # the generated pages as files, rewritten only when changed
        self.written: dict[str, int] | None = None  # what each page file holds, once on_startup made the folders
        self.memo: PageMemo | None = None  # under ``mkdocs serve``: record and overview pages kept between rebuilds
        self.cache: RecordCache | None = None  # under ``mkdocs serve``: what each record file gave, kept too
        self.kept: KeptEntries | None = None  # and each unchanged record's entry
        self.outputs = Outputs(log.info)
        self.policies = Policies([urls.CATALOGUE])
        self.frames: Frames | None = None  # this build's frames, from ``on_env``

    def folders(self, config) -> tuple[Path, Path, Path]:
        root = Path(config.config_file_path).resolve().parent
        return root, root / self.config.schema, root / self.config.records

    def on_startup(self, *, command, dirty: bool) -> None:
        """Defining this keeps one plugin across the rebuilds of ``mkdocs serve``: the last good
        project, the records as read, the pages made and the page files live on between them."""
        self.serving = command == "serve"
        self.memo = PageMemo() if self.serving else None
        self.cache = RecordCache() if self.serving else None
        self.kept = KeptEntries() if self.serving else None
        self.written = {}  # the page folders are new and only this plugin writes there
        self.outputs = Outputs(log.info, bundles={} if self.serving and dirty else None)
        self.pages_folder = Path(tempfile.mkdtemp(prefix="kennisbank-pages-"))

    def on_shutdown(self) -> None:
        shutil.rmtree(self.pages_folder, ignore_errors=True)

    def on_config(self, config):
        try:
            check_folders(*self.folders(config))
            build_settings(config, self.config).check()
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
        self.outputs.finish(stale=self.serving)
        self.policies = Policies([urls.CATALOGUE])
        try:
            with self.outputs.stages.stage("laden en valideren"):
                project = load_project(*self.folders(config), cache=self.cache)
        except UsageError as exc:
            raise PluginError(str(exc)) from None
        if self.serving and self.project is not None and project.has_errors:
            report(project, strict=False, stop=False)
            log.error(
                "de site blijft de laatste goede versie tonen; sla het record opnieuw op als de fouten zijn opgelost"
            )
            return  # the last good project is built again: nothing changes, nothing is lost
        report(project, strict=config.strict)
        self.project = project

    def on_files(self, files: Files, config) -> Files:
        assert self.project is not None  # on_pre_build stopped the build otherwise
        settings = build_settings(config, self.config, self.project.today)
        with self.outputs.stages.stage("records"):
            self.build = SiteBuild.plan(self.project, self.folders(config)[2], settings, self.kept)
        if not self.build.has_history:
            log.info("geen git-checkout: de recordpagina's worden zonder hun wijzigingsgeschiedenis gebouwd")
        if self.config.open_data and not self.serving:  # false only in the benchmark's ablation
            self.outputs.start_open_data(self.build, Path(config.site_dir))  # forked before the index's thread
        if self.config.word_index:  # likewise
            self.outputs.start_word_index(self.build, Path(config.site_dir))
        for uri, source in ASSETS.items():
            files.append(File.generated(config, uri, abs_src_path=str(source)))
        with self.outputs.stages.stage("pagina's"):
            self.add_pages(files, config)
        self.outputs.stages.start("MkDocs")  # Markdown, templates and writing, until on_post_build
        return files

    def add_pages(self, files: Files, config) -> None:
        """Each generated page written as it is made (only what changed: a dirty build skips the rest)
        and handed to MkDocs as a file; only its path is kept, never its text."""
        contributed = self.contributed(config)
        rules = contributed.rules if contributed is not None else None
        in_nav, sources = nav_sources(config.nav), set()
        assert self.build is not None
        pages = self.build.pages(self.memo, contributed)
        for src, has_html, _ in write_each(pages, self.pages_folder, self.written):
            sources.add(src)
            inclusion = InclusionLevel.UNDEFINED if src in in_nav else InclusionLevel.NOT_IN_NAV
            file = File.generated(config, src, abs_src_path=str(self.pages_folder / src), inclusion=inclusion)
            if rules is not None and has_html:
                HtmlPage(file, config, rules, in_nav.get(src))
            files.append(file)
        self.outputs.plan_pages(sources)

    def contributed(self, config) -> ContributedMarkdown | None:
        """The converter of contributors' Markdown for pages rendered as HTML, set up as
        MkDocs sets up its own; None when they go through Markdown (``record_html: false``)."""
        if not self.config.record_html:
            return None
        found = ContributedMarkdown(config.markdown_extensions, config.mdx_configs)
        return found if found.rules is not None else None

    def on_page_content(self, html, page, config, files):
        """Sanitise generated pages (defence in depth) and keep their title escaped in <title>.

        Material prints the H1's escaped title in <title> through ``striptags``, which unescapes
        it again, but prints ``meta.title`` as it is.
        """
        if page.file.generated_by is None:
            return html
        if page.title and not page.is_homepage:
            page.meta["title"] = page.title
        if self.config.page_frames and page.file.inclusion.is_not_in_nav():
            page.meta.setdefault("template", TEMPLATE)
        sanitised = sanitise_page(page.file.src_uri, html)
        return page.park(sanitised) if isinstance(page, HtmlPage) else sanitised

    def on_env(self, env, config, files):
        self.frames = Frames(env, log.info)
        return env

    def on_page_context(self, context, page, config, nav):
        """A generated page outside the navigation gets its document here, filled into its frame;
        the frame template prints it (``frames.py``)."""
        if page.meta.get("template") == TEMPLATE and self.frames is not None:
            context[DOCUMENT] = self.frames.render(context, page)
        return context

    def on_post_page(self, output, page, config):
        """Every page, hand-written or generated, with its Content Security Policy; an HTML page's
        article leaves memory once the page is written (``HtmlPage.release``)."""
        if isinstance(page, HtmlPage):
            page.release()
        return self.policies.page(output, page.file.src_uri)

    def on_post_template(self, output_content, template_name, config):
        return self.policies.page(output_content) if template_name.endswith(".html") else output_content

    def on_post_build(self, config):
        """The outputs beside the pages, written after MkDocs emptied the site folder; under
        ``mkdocs serve`` they finish while the browser reloads, and the next rebuild waits."""
        assert self.build is not None
        self.outputs.stages.stop("MkDocs")
        if self.config.open_data and self.serving:  # after the pages: the edited page is not kept waiting
            self.outputs.start_open_data(self.build, Path(config.site_dir))
        self.outputs.write(self.build, Path(config.site_dir), self.policies, config.site_url or "")
        self.outputs.remove_gone(Path(config.site_dir), config.use_directory_urls)
        if self.frames is not None and self.frames.framed + self.frames.ordinary:
            log.info(f"pagina's buiten de navigatie: {self.frames.summary()}")
        if not self.serving:
            self.outputs.finish()

    def on_build_error(self, error):
        self.outputs.abandon()  # no Pagefind process outlives a failed build

    def on_serve(self, server, config, builder):
        _, schema, records = self.folders(config)
        server.watch(str(records))
        server.watch(str(schema))
        return server
