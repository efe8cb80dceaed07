"""The last line of defence: generated pages keep only the HTML that Markdown and our templates make.

The validator refuses raw HTML and unsafe links in record text (``markup``), but the site must
stay safe if a check misses something or is bypassed. So the HTML MkDocs renders for every
generated page passes an allowlist (nh3, bindings to the Rust ``ammonia`` sanitiser): known
tags, the few attributes our templates use, and links only to http(s), mailto or relative
URLs. Script and style elements are dropped with their content.

Pages with a form (the catalogue, the comparison) show record text too, in their first page of results, so
they pass the same allowlist widened by the form's own elements, never by script or inline
event attributes. The card ``<template>`` such a page carries is cleaned on its own, since
the sanitiser would otherwise drop a template's content.
"""

from __future__ import annotations

import re

import nh3

from ..catalogue.page import PAGE as CATALOGUE_PAGE
from .compare import PAGE as COMPARE_PAGE
from .form import PAGE as FORM_PAGE

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
TAGS = HEADINGS | {
    "p",
    "br",
    "hr",
    "a",
    "strong",
    "em",
    "b",
    "i",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "span",
    "div",
    "nav",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "button",  # a record page's print and compare buttons: no form, no action, only the named data hooks
}
ATTRIBUTES = {
    **{heading: {"id"} for heading in HEADINGS},
    "a": {"href", "title", "hidden", "data-compare-link"},
    "p": {"class", "role", "data-compare-status"},
    "dl": {"class"},
    "div": {"class", "data-compare-bar"},
    "span": {"id", "class", "aria-current", "data-kb-page-url", "data-kb-print-date"},
    "nav": {"class", "aria-label"},
    "ol": {"start"},
    "table": {"class"},
    "th": {"style", "scope"},
    "td": {"style", "class"},
    "button": {"type", "class", "hidden", "aria-pressed", "data-kb-print", "data-compare-id", "data-compare-clear"},
}
FORM_TAGS = {
    "form",
    "fieldset",
    "legend",
    "label",
    "input",
    "select",
    "option",
    "button",
    "section",
    "article",
    "noscript",
    "link",
    "template",
}
FORM_ATTRIBUTES = {
    "id",
    "class",
    "hidden",
    "role",
    "aria-label",
    "aria-labelledby",
    "aria-live",
    "aria-pressed",
    "aria-expanded",  # the catalogue's filters button on a phone, and the panel it opens
    "aria-controls",
    "tabindex",
    "type",
    "name",
    "value",
    "for",
    "autocomplete",
    "href",
    "rel",
    "as",
    "crossorigin",
}
URL_SCHEMES = {"http", "https", "mailto"}
FORM_PAGES = frozenset({CATALOGUE_PAGE, COMPARE_PAGE, FORM_PAGE})
TEMPLATE = re.compile(r'<template id="([a-z-]+)">(.*?)</template>', re.S)

_options = {
    "clean_content_tags": {"script", "style"},
    "url_schemes": URL_SCHEMES,
    "link_rel": None,
    "strip_comments": True,
}
_cleaner = nh3.Cleaner(
    tags=TAGS,
    attributes=ATTRIBUTES,
    filter_style_properties={"text-align"},
    set_tag_attribute_values={"button": {"type": "button"}},  # never a submit, whatever it said
    **_options,
)
_form_cleaner = nh3.Cleaner(
    tags=TAGS | FORM_TAGS,
    attributes={
        **{tag: set(found) | FORM_ATTRIBUTES for tag, found in ATTRIBUTES.items()},
        **dict.fromkeys(FORM_TAGS - set(ATTRIBUTES), FORM_ATTRIBUTES),
    },
    generic_attribute_prefixes={"data-"},
    **_options,
)


def sanitise_html(html: str) -> str:
    """``html`` with every tag, attribute and URL scheme outside the allowlist removed."""
    return _cleaner.clean(html)


def sanitise_form_html(html: str) -> str:
    """As ``sanitise_html``, allowing the elements of a search form; templates cleaned on their own."""
    templates = {}

    def hold(match: re.Match) -> str:
        templates[match.group(1)] = _form_cleaner.clean(match.group(2))
        return f'<template id="{match.group(1)}"></template>'

    cleaned = _form_cleaner.clean(TEMPLATE.sub(hold, html))
    for name, inner in templates.items():
        cleaned = cleaned.replace(f'<template id="{name}"></template>', f'<template id="{name}">{inner}</template>')
    return cleaned


def sanitise_page(src: str, html: str) -> str:
    """The HTML of the generated page ``src``, sanitised by the allowlist that fits it."""
    return sanitise_form_html(html) if src in FORM_PAGES else sanitise_html(html)
