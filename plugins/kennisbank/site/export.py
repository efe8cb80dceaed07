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
    """Write each page to ``folder/<src>``, leaving a file alone when its bytes are already there.

    An untouched file keeps its time, so a dirty MkDocs build (``mkdocs serve --dirty``) skips
    the pages whose Markdown did not change. Returns the number of files written.
    """
    folder = folder.resolve()
    written = 0
    for page in pages:
        target = (folder / page.src).resolve()
        if not target.is_relative_to(folder):
            raise UsageError(f"{page.src}: page path points outside {folder}")
        content = page.markdown.encode("utf-8")
        try:
            if target.read_bytes() == content:
                continue
        except OSError:
            target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        written += 1
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
