"""The generated pages written out as plain Markdown files, so any generator can build the site.

MkDocs 2.0 drops plugins and Zensical ignores ours: with the pages on disk, the site no longer
depends on the MkDocs plugin. The benchmarks use the same files to build the baseline that a
plain MkDocs + Material site would be.
"""

from __future__ import annotations

from pathlib import Path

from ..core.problems import ERROR, UsageError
from ..core.project import load_project
from .pages import SiteOptions, render_site
from .rendering import GeneratedPage


def write_pages(pages: list[GeneratedPage], folder: Path) -> int:
    """Write each page to ``folder/<src>``; returns the number of bytes written."""
    folder = folder.resolve()
    written = 0
    for page in pages:
        target = (folder / page.src).resolve()
        if not target.is_relative_to(folder):
            raise UsageError(f"{page.src}: page path points outside {folder}")
        target.parent.mkdir(parents=True, exist_ok=True)
        written += target.write_bytes(page.markdown.encode("utf-8"))
    return written


def export_pages(root: Path, folder: Path, edit_base: str = "") -> list[GeneratedPage]:
    """Load and check the project at ``root`` and write its generated pages under ``folder``.

    Refuses when any record has an error, as the plugin's build does, so an export is never a
    site the build would not have produced.
    """
    project = load_project(root)
    if project.has_errors:
        count = sum(1 for problem in project.problems if problem.severity == ERROR)
        raise UsageError(f"{count} record error(s); run 'kennisbank validate' to see them")
    pages = render_site(project.model, SiteOptions(edit_base=edit_base))
    write_pages(pages, folder)
    return pages
