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


def write_pages(pages: Iterable[GeneratedPage], folder: Path) -> int:
    """Write each page to ``folder/<src>``, leaving a file alone when its bytes are already there.

    An untouched file keeps its time, so a dirty MkDocs build (``mkdocs serve --dirty``) skips
    the pages that did not change. Returns the number of files written.
    """
    return sum(written for _, _, written in write_each(pages, folder))


def write_each(
    pages: Iterable[GeneratedPage], folder: Path, known: dict[str, int] | None = None
) -> Iterator[tuple[str, bool, int]]:
    """Write the pages as they come and say (source path, whether it comes as HTML, 1 if written):
    the caller keeps paths, never a page, so no build holds every page at once. A page made as
    HTML is one file: its front matter, then its HTML (``HtmlPage`` reads it so); one kept
    unchanged (``html == ""``, ``memo``) is already there.

    ``known``, for folders only this writer fills (the plugin's, kept across the rebuilds of
    ``mkdocs serve``), holds the hash of each file's text as last written here: no file is then
    read back (measured: 0.1 to 0.2 s of every 1,000 pages, each rebuild's read of all of them)."""
    folder = folder.resolve()
    for page in pages:
        if page.html == "":
            yield page.src, True, 0
            continue
        text = page.markdown if page.html is None else page.markdown + page.html
        yield page.src, page.html is not None, _write(folder, page.src, text, known)


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
