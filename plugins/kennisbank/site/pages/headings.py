"""Heading ids and the table of contents of a page rendered straight to HTML, as the ``toc``
extension makes them.

Python-Markdown's ``toc`` gives every heading without an id ``unique(slugify(text))`` in
document order, avoiding the ids already on the page, and lists the headings in the depth it
was configured with; MkDocs builds the page's table of contents from those tokens. A page that
skips Markdown gets the same ids and the same tokens from this one pass over its HTML, so its
anchors and the theme's table of contents do not change.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from markdown.extensions.toc import nest_toc_tokens, slugify, strip_tags, unique

HEADING = re.compile(r"<h([1-6])((?:\s[^>]*)?)>(.*?)</h\1>", re.S)
ID = re.compile(r"""\sid=["']([^"']*)["']""")


@dataclass(frozen=True)
class HeadingRules:
    """What the site's ``toc`` settings say of ids and depth (``mdx_configs``)."""

    slugify: Callable[[str, str], str] = slugify
    separator: str = "-"
    top: int = 1
    bottom: int = 6


@dataclass
class Anchored:
    html: str
    tokens: list[dict]  # nested, as ``md.toc_tokens``: level, id, name, html, data-toc-label, children
    title: str | None  # the text of the H1 that opens the page, as MkDocs takes a page's title
    ids: set[str]  # every id on the page


def anchor(page: str, rules: HeadingRules = HeadingRules()) -> Anchored:
    """``page`` with an id on every heading, its table of contents and its title."""
    used = set(ID.findall(page))
    counters: dict[str, int] = {}
    tokens: list[dict] = []

    def identify(match: re.Match) -> str:
        level, attributes, inner = int(match.group(1)), match.group(2), match.group(3)
        name = strip_tags(inner)
        found = ID.search(attributes)
        if found:
            heading_id = found.group(1)
        else:
            heading_id = unique(rules.slugify(html.unescape(name), rules.separator), used, counters)
            attributes = f'{attributes} id="{html.escape(heading_id)}"'
        if rules.top <= level <= rules.bottom:
            tokens.append({"level": level, "id": heading_id, "name": name, "html": inner, "data-toc-label": ""})
        return f"<h{level}{attributes}>{inner}</h{level}>"

    anchored = HEADING.sub(identify, page)
    opening = HEADING.match(page.lstrip())
    title = strip_tags(opening.group(3)) if opening and opening.group(1) == "1" else None
    return Anchored(anchored, nest_toc_tokens(tokens), title, used)
