"""Overview pages: one list per kind and per vocabulary term, paged so none grows without end.

The kind and term pages come as Markdown, or, when the build skips Markdown (``HtmlPages``), as
the HTML Python-Markdown would make of it: Markdown cost about 10 ms a page, on thousands of pages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import partial

from ...core.model import Model
from ...core.schemas import Kind
from ...core.vocabularies import Term, Vocabulary
from .. import urls
from ..records.entries import Entry
from .head import front_matter
from .htmlpages import HtmlPages
from .memo import PageMemo
from .rendering import GeneratedPage, render

PAGE_SIZE = 50
UNSEARCHED = front_matter({"search": {"exclude": True}})  # as kind.md.j2 and term.md.j2 declare it


def paginate(entries: Sequence[Entry], page_src) -> list[tuple[str, Sequence[Entry], dict]]:
    """Split a list over pages of PAGE_SIZE, so no overview grows with the knowledge base.

    Returns (source path, entries, paging) per page; ``page_src(number)`` names each page.
    """
    chunks = [entries[i : i + PAGE_SIZE] for i in range(0, len(entries), PAGE_SIZE)] or [[]]
    links = [(number, page_src(number)) for number in range(1, len(chunks) + 1)]
    return [
        (page_src(number), chunk, {"number": number, "total": len(chunks), "count": len(entries), "pages": links})
        for number, chunk in enumerate(chunks, start=1)
    ]


def render_kind(
    model: Model,
    entries: Mapping[str, Entry],
    kind_name: str,
    memo: PageMemo | None = None,
    html: HtmlPages | None = None,
) -> list[GeneratedPage]:
    kind = model.schemas.kinds[kind_name]
    in_order = [entries[record.id] for record in model.of_kind(kind_name)]
    pages = []
    for src, chunk, paging in paginate(in_order, lambda number: urls.kind_page(kind, number)):
        make = partial(_page, src, "kind", html, kind=kind, intro=kind.intro, paging=paging, cards=chunk)
        pages.append(_kept(memo, src, (kind.intro, paging, tuple(chunk)), make))
    return pages


def _page(src: str, template: str, html: HtmlPages | None, **context) -> GeneratedPage:
    """``template`` (``kind``, ``term``) as Markdown, or with ``html`` as HTML, whose links are final."""
    if html is None:
        return GeneratedPage(src, render(f"{template}.md.j2", root="../", **context))
    return html.page(src, UNSEARCHED, f"{template}.html.j2", **context)


def _kept(memo: PageMemo | None, src: str, key: tuple, make: Callable[[], GeneratedPage]) -> GeneratedPage:
    """Under ``mkdocs serve``, the page of the last build while it lists the same entries (``memo``)."""
    return make() if memo is None else memo.overview(src, key, make)


def entries_with_term(entries: Mapping[str, Entry], vocabulary_key: str) -> dict[str, list[Entry]]:
    """Term id -> the entries that carry it in any field of that vocabulary, in title order."""
    found: dict[str, list[Entry]] = {}
    for entry in entries.values():
        for term in entry.terms.get(vocabulary_key, ()):
            found.setdefault(term, []).append(entry)
    return found


def render_vocabulary(
    model: Model,
    entries: Mapping[str, Entry],
    vocabulary_key: str,
    memo: PageMemo | None = None,
    html: HtmlPages | None = None,
) -> list[GeneratedPage]:
    vocabulary = model.schemas.vocabularies[vocabulary_key]
    by_term = entries_with_term(entries, vocabulary_key)
    pages = []
    for term in vocabulary.terms.values():
        pages.extend(_term_pages(model, vocabulary, term, by_term.get(term.id, []), memo, html))
    terms = [(term, len(by_term.get(term.id, []))) for term in vocabulary.terms.values()]
    index = render(
        "vocabulary.md.j2",
        vocabulary=vocabulary,
        terms=terms,
        term_href=lambda term: urls.term_page(vocabulary, term.id),
        root="../",
    )
    return [*pages, GeneratedPage(urls.vocabulary_page(vocabulary), index)]


def _term_pages(
    model: Model, vocabulary: Vocabulary, term: Term, listed: list[Entry], memo: PageMemo | None, html: HtmlPages | None
) -> list[GeneratedPage]:
    """A term's pages: the entries that carry it, grouped by kind in the kinds' order."""
    kinds = list(model.schemas.kinds.values())
    in_kind_order = sorted(listed, key=lambda entry: model.schemas.kinds[entry.kind].order)
    pages = []
    for src, chunk, paging in paginate(in_kind_order, lambda number: urls.term_page(vocabulary, term.id, number)):
        make = partial(
            _page,
            src,
            "term",
            html,
            vocabulary=vocabulary,
            term=term,
            groups=_by_kind(kinds, chunk),
            paging=paging,
            vocabulary_href=urls.vocabulary_page(vocabulary),
        )
        pages.append(_kept(memo, src, (vocabulary.title, paging, tuple(chunk)), make))
    return pages


def _by_kind(kinds: list[Kind], chunk: Sequence[Entry]) -> list[tuple[Kind, list[Entry]]]:
    groups = [(kind, [entry for entry in chunk if entry.kind == kind.name]) for kind in kinds]
    return [group for group in groups if group[1]]


def kind_counts(model: Model) -> list[tuple[Kind, int]]:
    totals = Counter(record.kind for record in model.records.values())
    return [(kind, totals[kind.name]) for kind in model.schemas.kinds.values() if totals[kind.name]]


def render_overviews(model: Model) -> GeneratedPage:
    vocabularies = [v for v in model.schemas.vocabularies.values() if v.slug]
    markdown = render(
        "overviews.md.j2",
        counts=kind_counts(model),
        vocabularies=vocabularies,
        root="../",
        kind_href=urls.kind_page,
        vocabulary_href=urls.vocabulary_page,
    )
    return GeneratedPage(urls.OVERVIEWS, markdown)
