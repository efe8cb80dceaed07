"""Record pages kept from the previous build of ``mkdocs serve``, re-rendered only when their
inputs changed.

A record page shows its own record, its catalogue entry (recognition, history) and the titles of the
records it is linked with, either way; if none of these changed since the last build, neither
did its Markdown. Rendering every record page again took most of a rebuild after one edit.
Schemas and vocabularies change rarely; when they do, everything is rendered again. A kept
page keeps only its Markdown (for a page made as HTML, a stub): its HTML, unchanged too, is
already in its page file, which the empty ``html`` says (``_without_html``).
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import replace

from ...core.model import Model
from ..records.entries import Entry
from ..records.related import RecordLinks
from .rendering import GeneratedPage


class PageMemo:
    def __init__(self) -> None:
        self._pages: dict[str, tuple[object, GeneratedPage]] = {}
        self._overviews: dict[str, tuple[tuple, GeneratedPage]] = {}
        self.rendered = 0  # overview pages rendered (not kept) in the last build, for tests
        self._schemas: object = None

    def start(self, model: Model, html: object = None) -> None:
        """Forget every page when a schema or a vocabulary changed, or how pages become HTML."""
        schemas = (html, model.schemas.definitions())
        if schemas != self._schemas:
            self._pages.clear()
            self._overviews.clear()
            self._schemas = schemas
        self.rendered = 0

    def record_page(
        self, entry: Entry, links: RecordLinks, options: object, render: Callable[[], GeneratedPage]
    ) -> GeneratedPage:
        """``links``: what the page shows of its related records, as the build's views hold them."""
        key = (entry.record.data, entry.recognition, entry.changes, entry.url, options, links)
        found = self._pages.get(entry.src)
        if found is not None and found[0] == key:
            return found[1]
        page = render()
        self._pages[entry.src] = (key, _without_html(page))
        return page

    def overview(self, src: str, key: tuple, render: Callable[[], GeneratedPage]) -> GeneratedPage:
        """A page that lists records (a kind's, a term's), kept while ``key`` is the same: its paging
        and its entries, which are the same objects while their records did not change (``kept``)."""
        found = self._overviews.get(src)
        if found is not None and _same(found[0], key):
            return found[1]
        page = render()
        self._overviews[src] = (key, _without_html(page))
        self.rendered += 1
        return page


def _without_html(page: GeneratedPage) -> GeneratedPage:
    """The page as kept: a page made as HTML keeps ``html=""``, "unchanged, in its page file" (``export``),
    so a rebuild neither holds nor writes it again."""
    return page if page.html is None else replace(page, html="")


def _same(kept: tuple, key: tuple) -> bool:
    """Equal, with the entries (the last part) compared by identity, as ``Entry`` compares."""
    return kept[:-1] == key[:-1] and len(kept[-1]) == len(key[-1]) and all(map(operator.is_, kept[-1], key[-1]))
