"""The generated pages written out as plain Markdown files, so any generator can build the site.

The plugin keeps its pages in such files (a dirty build skips the unchanged ones),
``kennisbank render`` writes them into a project that builds without the plugin, and the
benchmarks build from them the baseline that a plain MkDocs + Material site would be.
"""

from __future__ import annotations

from pathlib import Path

from ...core.problems import UsageError
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
