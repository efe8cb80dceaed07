"""A page that MkDocs does not run Markdown over (a record's, a kind's, a term's): its article
comes ready as HTML.

Given to MkDocs as the file's page, as Material's blog plugin gives its posts their own
``Page``; MkDocs 1.6 keeps a file's page when it builds the navigation. ``read_source`` is
MkDocs' own, so the page's front matter (``search.exclude``, the head data) is read as before;
what follows it in the file is the HTML the site wrote (``htmlpages``, ``export``), to which
``render`` gives the heading ids, table of contents and title Python-Markdown's ``toc`` would
have. Every hook (``on_page_content``'s sanitiser, ``on_post_page``'s policy) still runs on the
result. Between MkDocs' pass that converts every page and its pass that writes them, the
article waits on disk (``park``), not in memory.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents, get_toc

from .site.pages.headings import HeadingRules, anchor


class HtmlPage(Page):
    def __init__(self, file: File, config, rules: HeadingRules, title: str | None = None):
        """``title``: the page's title in the nav, which MkDocs gives only the pages it makes."""
        self._held: str | None = None  # the article, while MkDocs works on this page
        self._parked: Path | None = None  # where it waits between MkDocs' two passes (``park``)
        self._parking: str | None = None
        super().__init__(title, file, config)
        self.rules = rules

    @property  # type: ignore[override]
    def content(self) -> str | None:
        if self._held is None and self._parked is not None:
            self._held = self._parked.read_text(encoding="utf-8")
        return self._held

    @content.setter
    def content(self, value: str | None) -> None:
        parked = value is not None and value is self._parking
        self._parking = None
        self._held = None if parked else value
        if not parked:
            self._parked = None  # a new article replaces the one on disk

    def park(self, html: str) -> str:
        """Keep the finished article on disk until MkDocs builds the page, and return it.

        MkDocs converts every page before it writes any, so it held every page's article at
        once: most of a build's memory. Set as the content (``on_page_content`` returns it), the
        article leaves memory; read again when the page is built, and let go by ``release``.
        """
        path = Path(f"{self.file.abs_src_path}.built")
        path.write_text(html, encoding="utf-8")
        self._parked, self._parking = path, html
        return html

    def release(self) -> None:
        """The page is written: its article need not stay in memory (it is read again if asked), nor
        what only its head and sidebar showed (the JSON-LD, the table of contents), which MkDocs
        would otherwise keep for every page until the build ends."""
        self._held = None
        self.meta.pop("kennisbank", None)
        self.toc = TableOfContents([])

    def render(self, config, files: Files) -> None:
        """The prepared HTML with its ids, as ``Page.render`` would have made it from the Markdown;
        the file's text is let go once it is made the content, which ``park`` then takes care of."""
        anchored = anchor(self.markdown or "", self.rules)
        self.markdown = ""  # not None: MkDocs reads that as a page not yet read
        self.content = anchored.html
        self.toc = get_toc(anchored.tokens)  # type: ignore[arg-type]
        self._title_from_render = anchored.title
        self.present_anchor_ids = anchored.ids  # for MkDocs' check of links to anchors
        self.links_to_anchors = {}
