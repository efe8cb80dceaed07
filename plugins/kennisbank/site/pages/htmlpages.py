"""Pages rendered straight to HTML: the article MkDocs would make of their Markdown.

Python-Markdown over a whole record page was most of MkDocs' time per page, and over the pages
that list records (a kind's, a term's) about 10 ms each, for text that is ours and already
escaped. Here Jinja writes the HTML (``record.html.j2``, ``kind.html.j2``, ``term.html.j2``)
from the same values as the Markdown, with links made final as MkDocs makes them (``hrefs``)
and only contributors' text converted by Markdown (``contributed``); ``headings.anchor`` then
adds the ids and the table of contents that ``toc`` would have. The page's file is its front
matter (``stub_markdown``) with the HTML after it, which ``HtmlPage`` takes as it is;
``kennisbank render`` and ``record_html: false`` write the full Markdown instead.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import jinja2
from markupsafe import Markup, escape

from .. import urls
from .contributed import ContributedMarkdown
from .hrefs import page_href
from .rendering import GeneratedPage, environment

BLANK_LINE = re.compile(r"\n[ \t]*\n")


@jinja2.pass_context
def href(context, target: str) -> str:
    """A page path or an address as the page at ``page_url`` links to it once MkDocs is done."""
    return page_href(context["page_url"], target, context["directory_urls"])


@jinja2.pass_context
def markdown(context, text: str) -> Markup:
    return context["contributed"].block(text)


@jinja2.pass_context
def markdown_item(context, text: str) -> Markup:
    return context["contributed"].inline(text)


def paragraphs(text: str) -> Markup:
    """Plain text as Markdown made it paragraphs: split at blank lines, each stripped and escaped."""
    parts = [part.strip() for part in BLANK_LINE.split(str(text)) if part.strip()]
    return Markup("\n").join(Markup("<p>") + escape(part) + Markup("</p>") for part in parts)


@functools.cache
def html_environment() -> jinja2.Environment:
    """The page environment with filters that write HTML where the Markdown ones wrote Markdown."""
    base = environment()
    env = jinja2.Environment(
        loader=base.loader,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(base.filters)
    env.filters.update(href=href, markdown=markdown, markdown_item=markdown_item, paragraphs=paragraphs)
    return env


@dataclass(frozen=True)
class HtmlPages:
    """How a build that skips Markdown makes its pages: contributors' text through ``contributed``,
    links final for MkDocs' URL style (``directory_urls``)."""

    contributed: ContributedMarkdown
    directory_urls: bool

    def page(self, src: str, front: str, template: str, **context) -> GeneratedPage:
        """The page at ``src`` as ``template``'s article HTML, before heading ids (``headings.anchor``
        adds them), and as Markdown the stub with ``front`` (``stub_markdown``)."""
        page_url, directory_urls = urls.page_url(src, self.directory_urls), self.directory_urls
        article = html_environment().get_template(template)
        html = article.render(contributed=self.contributed, page_url=page_url, directory_urls=directory_urls, **context)
        return GeneratedPage(src, stub_markdown(front), html)


def stub_markdown(front: str) -> str:
    """The Markdown of a page MkDocs gets as HTML (``HtmlPage``): only its front matter, which MkDocs
    reads for the head and the search; ``export`` writes the HTML after it into the same file, so
    the file changes exactly when the page does and ``mkdocs serve --dirty`` rebuilds it then.
    Rendering the page's full Markdown too took about a quarter of the pages stage, for a file no
    build with the plugin reads."""
    return f"---\n{front}\n---\n"
