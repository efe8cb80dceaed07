"""The generated pages written out as plain Markdown files, so any generator can build the site.

The plugin keeps its pages in such files (a dirty build skips the unchanged ones),
``kennisbank render`` writes them into a project that builds without the plugin, and the
benchmarks build from them the baseline that a plain MkDocs + Material site would be.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ...core.problems import UsageError
from .rendering import GeneratedPage


def write_pages(pages: Iterable[GeneratedPage], folder: Path, html_folder: Path | None = None) -> int:
    """Write each page to ``folder/<src>``, leaving a file alone when its bytes are already there;
    with ``html_folder``, a page's HTML to ``html_folder/<src>.html`` (``html_path``).

    An untouched file keeps its time, so a dirty MkDocs build (``mkdocs serve --dirty``) skips
    the pages whose Markdown did not change. Returns the number of Markdown files written.
    """
    return sum(written for _, _, written in write_each(pages, folder, html_folder))


def write_each(
    pages: Iterable[GeneratedPage], folder: Path, html_folder: Path | None = None, known: dict[str, int] | None = None
) -> Iterator[tuple[str, bool, int]]:
    """Write the pages as they come and say (source path, whether it has HTML, 1 if its Markdown
    was written): the caller keeps paths, never a page, so no build holds every page at once.

    ``known``, for folders only this writer fills (the plugin's, kept across the rebuilds of
    ``mkdocs serve``), holds the hash of each file's text as last written here: no file is then
    read back (measured: 0.1 to 0.2 s of every 1,000 pages, each rebuild's read of all of them)."""
    folder = folder.resolve()
    html_folder = html_folder.resolve() if html_folder is not None else None
    for page in pages:
        written = _write(folder, page.src, page.markdown, known)
        if html_folder is not None and page.html:  # "" is HTML already in its side file (``memo``)
            _write(html_folder, html_path(page.src), page.html, known)
        yield page.src, page.html is not None, written


def html_path(src: str) -> str:
    """Where a page's HTML lies in the HTML folder: beside no Markdown, so no generator takes it for a page."""
    return f"{src}.html"


def _write(folder: Path, name: str, text: str, known: dict[str, int] | None = None) -> int:
    """``folder`` is resolved; ``name`` is checked by its letters, as no link is ever made inside it.
    With ``known``, which holds every file of the folder (no one else writes there), a file it
    does not name is new: written without reading back, its folder made only if missing."""
    target = Path(os.path.normpath(folder / name))
    if not target.is_relative_to(folder):
        raise UsageError(f"{name}: page path points outside {folder}")
    content = text.encode("utf-8")
    if known is None:
        try:
            if target.read_bytes() == content:
                return 0
        except OSError:
            pass
    elif known.get(str(target)) == hash(text):
        return 0
    try:
        target.write_bytes(content)
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    if known is not None:
        known[str(target)] = hash(text)
    return 1
