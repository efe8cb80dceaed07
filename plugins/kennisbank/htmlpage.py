"""A record page that MkDocs does not run Markdown over: its article comes ready as HTML.

Given to MkDocs as the file's page, as Material's blog plugin gives its posts their own
``Page``; MkDocs 1.6 keeps a file's page when it builds the navigation. ``read_source`` is
MkDocs' own, so the page's front matter (``search.exclude``, the head data) is read as before;
``render`` takes the HTML the site wrote beside the Markdown (``htmlpages``) and gives it the
heading ids, table of contents and title Python-Markdown's ``toc`` would have. Every hook
(``on_page_content``'s sanitiser, ``on_post_page``'s policy) still runs on the result.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from .site.pages.headings import HeadingRules, anchor


class HtmlPage(Page):
    def __init__(self, file: File, config, html: Path, rules: HeadingRules):
        super().__init__(None, file, config)
        self.html_file, self.rules = html, rules

    def render(self, config, files: Files) -> None:
        """The prepared HTML with its ids, as ``Page.render`` would have made it from the Markdown;
        the Markdown itself when the HTML is missing (never expected: the build writes both)."""
        try:
            prepared = self.html_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            super().render(config, files)
            return
        anchored = anchor(prepared, self.rules)
        self.content = anchored.html
        self.toc = get_toc(anchored.tokens)  # type: ignore[arg-type]
        self._title_from_render = anchored.title
        self.present_anchor_ids = anchored.ids  # for MkDocs' check of links to anchors
        self.links_to_anchors = {}
