"""Contributors' Markdown (``x-markdown`` fields) converted once per distinct text, for pages that
are rendered straight to HTML.

MkDocs makes a new Python-Markdown instance for every page and runs it over the whole page;
here one converter, set up with the site's own ``markdown_extensions`` and ``mdx_configs``, is
reset between texts and its results are kept by content hash, since many records share text.
Its ``toc`` step is taken out: ids must be unique across the whole page, so the page's one pass
(``headings.anchor``) gives every heading its id, contributors' headings included, as ``toc``
did when the text sat inside the page's Markdown.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence

import markdown
from markupsafe import Markup

from .headings import HeadingRules

PARAGRAPH = re.compile(r"<p>(.*)</p>", re.S)
# One line that starts with a letter and holds nothing any of ``PLAIN_SAFE`` reads as syntax or
# escapes: Python-Markdown makes it ``<p>line</p>``, as it is. Most contributors' text is such a line.
PLAIN = re.compile(r"[^\W\d_][^\x00-\x1f\x7f\\`*_\[\]<>&#|{}~]*")
PLAIN_SAFE = frozenset(
    {"toc", "tables", "fenced_code", "attr_list", "def_list", "md_in_html", "admonition", "sane_lists"}
)


class ContributedMarkdown:
    """One converter for a build; ``rules`` is None when the site's ``toc`` settings need Markdown."""

    def __init__(self, extensions: Sequence = (), configs: Mapping[str, dict] | None = None):
        self.key = (repr(list(extensions)), repr(dict(configs or {})))  # what a cached page depends on
        self._md = markdown.Markdown(extensions=list(extensions), extension_configs=dict(configs or {}))
        self.rules = heading_rules(self._md)
        if "toc" in self._md.treeprocessors:
            self._md.treeprocessors.deregister("toc")
        self._done: dict[bytes, Markup] = {}
        self._plain = all(isinstance(name, str) and _short(name) in PLAIN_SAFE for name in extensions)

    def block(self, text: str) -> Markup:
        """A text as blocks of HTML, as it came out when it sat between blank lines of the page."""
        text = str(text).strip()
        if self._plain and PLAIN.fullmatch(text):
            return Markup(f"<p>{text}</p>")  # what Python-Markdown gives, at a hundredth of the time
        key = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
        found = self._done.get(key)
        if found is None:
            found = self._done[key] = Markup(self._md.reset().convert(text))
        return found

    def inline(self, text: str) -> Markup:
        """A list entry: one paragraph loses its ``<p>``, as in a tight list item."""
        converted = self.block(text)
        match = PARAGRAPH.fullmatch(converted)
        return Markup(match.group(1)) if match and "<p>" not in match.group(1) else converted


def _short(extension: str) -> str:
    """``toc`` for ``toc`` and ``markdown.extensions.toc``; another package's extension keeps its full name."""
    return extension.removeprefix("markdown.extensions.")


def heading_rules(md: markdown.Markdown) -> HeadingRules | None:
    """The ``toc`` settings this renderer can follow, or None when a page needs Markdown for them:
    no ``toc`` at all, or a base level, anchor links or permalinks, which change the headings."""
    toc = md.treeprocessors["toc"] if "toc" in md.treeprocessors else None  # noqa: SIM401 (a Registry)
    if toc is None or toc.base_level or toc.use_anchors or toc.use_permalinks not in (False, None):
        return None
    return HeadingRules(toc.slugify, toc.sep, toc.toc_top, toc.toc_bottom)
