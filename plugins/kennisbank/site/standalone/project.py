"""A rendered project: the whole site as plain files that any MkDocs-compatible generator builds without our plugin.

Material for MkDocs 9 gets security fixes until May 2027, MkDocs 2.0 has no plugins and
Zensical ignores third-party ones, so the knowledge base must not depend on a plugin running
inside one generator. ``render_project`` writes what the plugin adds to a build as files:

- ``docs/``: the project's hand-written pages, every generated page as Markdown, our
  stylesheets and scripts, and the built files that are not pages (the open data, the
  catalogue's facet index and cards, the Pagefind bundles and their mapping), which a
  generator copies into the site as they are;
- ``overrides/``: the theme override that prints each page's JSON link and JSON-LD;
- ``mkdocs.yml``: the project's, without the plugin (``generator_config``).

Every file comes from the same functions the plugin calls (``outputs``, ``render_site``,
``write_facet_index``, ``write_open_data``), so both paths give the same site.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError

from ...core.problems import UsageError
from ...core.project import Project
from ...settings import KennisbankConfig, build_settings
from ..assets import ASSETS, THEME
from ..build import SiteBuild, nav_sources
from ..outputs import Outputs
from ..pages.export import write_each
from .config import DOCS, OVERRIDES, PLUGIN, derive_config, dump_config, read_config

CONFIG_FILE = "mkdocs.yml"
OWNED = (DOCS, OVERRIDES, CONFIG_FILE)  # what a render writes, and so what ``--force`` replaces


@dataclass(frozen=True)
class Source:
    """The project as MkDocs reads its configuration (defaults filled in, ``!ENV`` resolved)."""

    config_file: Path
    config: MkDocsConfig
    settings: KennisbankConfig

    @property
    def root(self) -> Path:
        return self.config_file.parent

    @property
    def docs(self) -> Path:
        return Path(self.config.docs_dir)

    @property
    def schema(self) -> Path:
        return (self.root / self.settings.schema).resolve()

    @property
    def records(self) -> Path:
        return (self.root / self.settings.records).resolve()


def read_source(config_file: Path) -> Source:
    """Read the configuration as a build would; a missing or invalid file is a usage error."""
    config_file = config_file.resolve()
    if not config_file.is_file():
        raise UsageError(f"{config_file}: dit configuratiebestand bestaat niet")
    try:
        config = load_config(str(config_file))
    except ConfigurationError as exc:
        raise UsageError(f"{config_file.name}: {exc}") from None
    plugin = config.plugins.get(PLUGIN)
    if plugin is None:
        settings = KennisbankConfig()
        settings.load_dict({})
        settings.validate()
    else:
        settings = plugin.config
    return Source(config_file, config, settings)


def render_project(source: Source, project: Project, out: Path, say: Callable[[str], None]) -> int:
    """Write the rendered project into ``out`` (emptied of ``OWNED`` first); returns the pages written."""
    for name in OWNED:
        target = out / name
        if target.is_dir():
            shutil.rmtree(target)
        target.unlink(missing_ok=True)
    settings = build_settings(source.config, source.settings, project.today)
    build = SiteBuild.plan(project, source.records, settings)
    if not build.has_history:
        say("geen git-checkout: de recordpagina's komen zonder hun wijzigingsgeschiedenis")
    outputs = Outputs(say)
    outputs.start_word_index(build, out / DOCS)
    try:
        pages = _write_files(source, build, out, say)
        outputs.start_open_data(build, out / DOCS)
        outputs.finish()
    except BaseException:
        outputs.abandon()
        raise
    return pages


def _write_files(source: Source, build: SiteBuild, out: Path, say: Callable[[str], None]) -> int:
    docs = out / DOCS
    shutil.copytree(source.docs, docs, dirs_exist_ok=True)
    say(f"handgeschreven pagina's en bestanden uit {source.docs.name}/ gekopieerd")
    sources = [src for src, _, _ in write_each(build.pages(), docs)]
    say(f"{len(sources)} gegenereerde pagina's geschreven")
    _write_theme(source, out)
    say(f"stijlen, scripts en de thema-aanvulling ({OVERRIDES}/) geschreven")
    in_nav = nav_sources(source.config.nav)
    config = derive_config(read_config(source.config_file), [src for src in sources if src not in in_nav])
    (out / CONFIG_FILE).write_text(dump_config(config), encoding="utf-8")
    say(f"{CONFIG_FILE} geschreven, zonder de kennisbank-plugin")
    say(f"catalogus: {build.write_facet_index(docs)} kaarten en de facetindex geschreven")
    return len(sources)


def _write_theme(source: Source, out: Path) -> None:
    """Our stylesheets and scripts at the paths the plugin gives them, and the theme override.

    The project's own override (``theme.custom_dir``) is copied over ours: it comes first in a
    build with the plugin too.
    """
    for uri, path in ASSETS.items():
        (out / DOCS / uri).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, out / DOCS / uri)
    shutil.copytree(THEME, out / OVERRIDES)
    if source.config.theme.custom_dir:
        shutil.copytree(source.config.theme.custom_dir, out / OVERRIDES, dirs_exist_ok=True)
