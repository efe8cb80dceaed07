"""The Jinja environment for page Markdown: one template folder, escaping on by default.

Every value is HTML-escaped (autoescape); values placed where Markdown would read them, such
as link texts, also go through ``md`` so a title with ``*`` or ``]`` stays literal text.
Page paths become relative links with ``link``, because every generated page but the home
page sits one folder deep.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import quote

import jinja2
from markupsafe import Markup, escape

from ...core.wording import dutch_date, number


@dataclass(frozen=True)
class GeneratedPage:
    """One page the core generates: where it goes in the docs tree, its Markdown, and for a record
    page its article as HTML when the build renders pages without Markdown (``htmlpages``); then
    the Markdown is a stub, and an empty ``html`` means the page is unchanged in its file."""

    src: str
    markdown: str
    html: str | None = None


MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]{}])")  # {} too: attr_list reads "{: ...}" as attributes


def md(value: object) -> str:
    return MARKDOWN_SPECIALS.sub(r"\\\1", str(value))


def markdown(value: str) -> Markup:
    """Contributor Markdown, passed through as Markdown (sanitised by the HTML stage)."""
    return Markup(str(value).strip())


def plural(count: int, one: str, many: str) -> Markup:
    """``wording.plural`` for templates: the noun may be markup (a soft hyphen), the rest is escaped."""
    return escape(number(count)) + Markup(" ") + escape(one if count == 1 else many)


@jinja2.pass_context
def link(context, href: str) -> Markup:
    """A page path made relative to the page being rendered; web and mail links as they are."""
    return Markup(quoted(context.get("root", ""), href))


@functools.lru_cache(maxsize=65_536)
def quoted(root: str, href: str) -> str:
    """Quoting is a tenth of rendering a record page, and most links recur on many pages."""
    if re.match(r"^(https?:|mailto:)", href):
        return quote(href, safe=":/?#&=%@+,;~.-_")
    return quote(root + href, safe="/.#-_?=&")


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("kennisbank.site", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(dutch_date=dutch_date, plural=plural, md=md, markdown=markdown, link=link)
    return env


def render(template: str, **context) -> str:
    text = environment().get_template(template).render(**context)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
