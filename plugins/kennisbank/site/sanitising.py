"""The last line of defence: generated pages keep only the HTML that Markdown and our templates make.

The validator refuses raw HTML and unsafe links in record text (``markup``), but the site must
stay safe if a check misses something or is bypassed. So the HTML MkDocs renders for every
generated page passes an allowlist (nh3, bindings to the Rust ``ammonia`` sanitiser): known
tags, the few attributes our templates use, and links only to http(s), mailto or relative
URLs. Script and style elements are dropped with their content.
"""

from __future__ import annotations

import nh3

from .catalogue import PAGE as CATALOGUE_PAGE

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
TAGS = HEADINGS | {
    "p", "br", "hr", "a", "strong", "em", "b", "i", "code", "pre", "blockquote",
    "ul", "ol", "li", "dl", "dt", "dd", "span", "div", "nav",
    "table", "thead", "tbody", "tr", "th", "td",
}
ATTRIBUTES = {
    **{heading: {"id"} for heading in HEADINGS},
    "a": {"href", "title"},
    "p": {"class"},
    "dl": {"class"},
    "div": {"class"},
    "span": {"class", "aria-current"},
    "nav": {"class", "aria-label"},
    "ol": {"start"},
    "th": {"style"},
    "td": {"style"},
}
URL_SCHEMES = {"http", "https", "mailto"}
# Pages built from templates and vocabularies only: no record text, but forms and a script the
# allowlist would strip. A template that starts to show record text must leave this list.
TEMPLATE_ONLY_PAGES = frozenset({CATALOGUE_PAGE})

_cleaner = nh3.Cleaner(
    tags=TAGS,
    clean_content_tags={"script", "style"},
    attributes=ATTRIBUTES,
    url_schemes=URL_SCHEMES,
    filter_style_properties={"text-align"},  # table column alignment, nothing else
    link_rel=None,
    strip_comments=True,
)


def sanitise_html(html: str) -> str:
    """``html`` with every tag, attribute and URL scheme outside the allowlist removed."""
    return _cleaner.clean(html)


def sanitise_page(src: str, html: str) -> str:
    """The HTML of the generated page ``src``, sanitised unless it is a template-only page."""
    return html if src in TEMPLATE_ONLY_PAGES else sanitise_html(html)
