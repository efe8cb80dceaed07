"""The baseline: the same pages as plain Markdown files, built by plain MkDocs + Material.

This is the site a team would have without our plugin: the project's mkdocs.yml with the
same theme, extensions and nav, Material's own search plugin, and no kennisbank plugin. The
pages come from the core's export, so both builds convert exactly the same Markdown. Only
one thing differs: the generated pages tell Material's search to skip them (the plugin
indexes records with Pagefind instead); the baseline has no Pagefind, so that front matter
is dropped and Material's search indexes every page, as it would on such a site.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import yaml
from mkdocs.utils import yaml_load

from kennisbank.core.project import load_project
from kennisbank.site.pages.export import write_pages
from kennisbank.site.pages.listing import SiteOptions, render_site
from kennisbank.site.pages.rendering import GeneratedPage

PLUGIN = "kennisbank"
SEARCH_EXCLUDED = "---\nsearch:\n  exclude: true\n---\n"


def baseline_config(config: dict) -> dict:
    """The project's configuration without our plugin; everything else as it is."""
    plugins = [
        entry
        for entry in config.get("plugins", [])
        if (entry if isinstance(entry, str) else next(iter(entry))) != PLUGIN
    ]
    return {**config, "plugins": plugins}


def plugin_option(config: dict, name: str, default: str = "") -> str:
    for entry in config.get("plugins", []):
        if isinstance(entry, dict) and PLUGIN in entry:
            return (entry[PLUGIN] or {}).get(name, default)
    return default


def searchable(page: GeneratedPage) -> GeneratedPage:
    """The page without the front matter that keeps it out of Material's search index."""
    if page.markdown.startswith(SEARCH_EXCLUDED):
        return GeneratedPage(page.src, page.markdown[len(SEARCH_EXCLUDED) :])
    return page


def write_baseline(project: Path, target: Path) -> int:
    """Write the baseline project into ``target``; returns the number of pages generated."""
    config = yaml_load((project / "mkdocs.yml").read_text(encoding="utf-8"))  # MkDocs' loader: site_url is !ENV
    edit_url = plugin_option(config, "edit_url")
    loaded = load_project(project)
    if loaded.has_errors:
        raise SystemExit(f"{project}: records have errors; run 'kennisbank validate' there")
    options = SiteOptions(edit_base=edit_url.rstrip("/") + "/" if edit_url else "")
    pages = [searchable(page) for page in render_site(loaded.model, options)]
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(project / "docs", target / "docs")
    write_pages(pages, target / "docs")
    (target / "mkdocs.yml").write_text(
        yaml.safe_dump(baseline_config(config), allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return len(pages)


def main(argv: list[str] | None = None) -> int:
    """``baseline PROJECT TARGET``: run in a child process, so it uses the code under test."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks baseline", description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path, help="a generated project")
    parser.add_argument("target", type=Path, help="the folder to write the baseline project into")
    args = parser.parse_args(argv)
    print(write_baseline(args.project, args.target))
    return 0
