"""What a build makes of a project besides MkDocs' own work, shared by the plugin and ``kennisbank render``.

The plugin hands these to MkDocs as a build goes; ``render`` writes them into a folder that any
MkDocs-compatible generator builds without the plugin. Both call the same functions here, so
the way out can never drift from the one-command path: the same entries, options, pages and
word index, from the same settings.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path

from ..core.history import read_history
from ..core.project import Project
from .catalogue.facet_index import write_mapping
from .catalogue.word_index import IndexWriter, bundle_folders, search_records
from .opendata.publication import Publication
from .pages.listing import SiteOptions
from .records.entries import Entry, build_entries

PAGEFIND = "pagefind"  # the first bundle's folder in the site, as the catalogue page names it


def project_entries(project: Project, records: Path, directory_urls: bool) -> tuple[Mapping[str, Entry], bool]:
    """The catalogue entries with each record's git history; the flag says whether there was one to read."""
    history = read_history(project.root, records)
    return build_entries(project.model, directory_urls, history), history is not None


def site_options(directory_urls: bool, edit_url: str, publication: Publication) -> SiteOptions:
    """The options pages are rendered with; ``edit_url`` is the plugin's setting, slash or not."""
    edit_base = edit_url.rstrip("/") + "/" if edit_url else ""
    return SiteOptions(directory_urls, edit_base, publication)


def start_word_index(
    site: Path, entries: Mapping[str, Entry], partition: int, written: dict[Path, str] | None = None
) -> IndexWriter:
    """Start writing the Pagefind bundles into ``site``, then the map from their ids to record numbers.

    Runs in a thread (``IndexWriter``): ``wait`` on the result before the site is used.
    ``written``: the bundles' digests kept between rebuilds (``search.write_index``).
    """
    bundles = [f"{path.name}/" for path in bundle_folders(site / PAGEFIND, len(entries), partition)]
    then = functools.partial(write_mapping, site, bundles, entries)
    return IndexWriter(
        search_records(entries), site / PAGEFIND, partition=partition, then=then, written=written
    ).start()


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
