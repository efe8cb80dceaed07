"""Checking contributor Markdown for what the site must never publish: raw HTML and unsafe links.

Record text is Markdown that MkDocs renders with Python-Markdown, which passes raw HTML through
untouched, links to whatever a contributor writes (``javascript:`` included) and, with the
site's ``attr_list`` extension, lets ``{: onclick=...}`` set any attribute. The validator
refuses all of these, plus images, with the offending text, so a contributor learns what to
write instead. The patterns follow Python-Markdown's own but are wider: when in doubt, refuse.
Whatever still slips through is stripped from the HTML by ``sanitising``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

SAFE_SCHEMES = ("http", "https", "mailto")
SNIPPET = 60
MAX_FINDINGS = 10  # per text: hostile input could otherwise yield a line for every character

CODE_SPAN = re.compile(r"(?<!\\)(`+)(?!`)(.{1,1000}?)(?<!`)\1(?!`)")  # bounded: no slow worst case
TAG_NAME = re.compile(r"</?([A-Za-z0-9]*)")
ANGLE = re.compile(r"<(?:!--|![A-Za-z\[]|\?|/?[A-Za-z][^<>]*>|/[A-Za-z])")
AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]*:[^<>\s]*|[^<>\s!@]+@[^<>\s@]+)>")
# Python-Markdown keeps spaces and line breaks inside a link target, and browsers drop the
# line breaks: so the target runs to the closing parenthesis (nesting once), less a title.
INLINE_TARGET = re.compile(r"\]\s*\(\s*<?((?:[^()<>]|\([^()<>]*\))*)")
TITLE = re.compile(r"\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\))\s*$")
REFERENCE_TARGET = re.compile(r"\]:\s*<?([^\s<>\]]+)")
IMAGE = re.compile(r"!\[[^\[\]\n]*\]\s*[(\[][^()\[\]\n]*[)\]]?")
ATTRIBUTE_LIST = re.compile(  # where attr_list reads {...} as attributes, even bare words like {hidden}
    r"\{:[^{}\n]*\}"  # the explicit {: ...} form, anywhere
    r"|\{[ ]*(?:[.#][^\s{}]|[^\s={}]+=)[^{}\n]*\}"  # {.class}, {#id} or {key=value}, anywhere
    r"|(?<=[*_`)\]])\{[^{}\n]*\}"  # right after emphasis, code or a link
    r"|\{[^{}\n]*\}(?=[ ]*(?:\n|$|\|))"  # closing a line, a heading or a table cell
)
SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):")
INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f]+")  # browsers drop these from URLs


@dataclass(frozen=True)
class Finding:
    """One thing refused in one text; ``offset`` and ``written`` let a caller find its line."""

    offset: int
    written: str
    code: str
    message: str
    hint: str


def markdown_findings(text: str) -> list[Finding]:
    """Everything in ``text`` the site must not publish, in the order it appears."""
    if "<" not in text and "]" not in text and "{" not in text:  # every finding needs one; fast to rule out
        return []
    visible = CODE_SPAN.sub(lambda match: " " * len(match.group(0)), text)  # code is shown, not run
    found = sorted(
        [*_raw_html(visible), *_links(visible), *_images(visible), *_attribute_lists(visible)],
        key=lambda finding: finding.offset,
    )
    if len(found) > MAX_FINDINGS:
        more = len(found) - MAX_FINDINGS
        rest = Finding(
            found[MAX_FINDINGS].offset,
            found[MAX_FINDINGS].written,
            "more-findings",
            f"nog {more} {'probleem' if more == 1 else 'problemen'} van deze soort in deze tekst",
            "los de meldingen hierboven op en controleer opnieuw",
        )
        found = [*found[:MAX_FINDINGS], rest]
    return found


def unsafe_scheme(url: str) -> str | None:
    """The scheme of ``url`` if it is not http, https or mailto, as a browser would read it.

    Entities are decoded and the characters browsers ignore inside a scheme (spaces, tabs,
    control characters) are dropped, so ``jav&#x09;ascript:`` counts as ``javascript``.
    """
    decoded = INVISIBLE.sub("", html.unescape(re.sub(r"\\(.)", r"\1", url))).lower()
    match = SCHEME.match(decoded)
    return match.group(1) if match and match.group(1) not in SAFE_SCHEMES else None


def _raw_html(text: str) -> Iterator[Finding]:
    """Every tag, comment or declaration; a closing tag only when its opening tag was not seen."""
    opened = set()
    for match in ANGLE.finditer(text):
        if AUTOLINK.match(text, match.start()):
            continue
        written = _tag_at(text, match.start())
        name = match_name.group(1).lower() if (match_name := TAG_NAME.match(written)) else ""
        if written.startswith("</") and name in opened:
            continue
        opened.add(name)
        yield Finding(
            match.start(),
            written,
            "raw-html",
            f"HTML is niet toegestaan in tekstvelden: {_quote(written)}",
            "schrijf Markdown: **vet**, *cursief*, [tekst](https://...)",
        )


def _tag_at(text: str, start: int) -> str:
    """The tag from ``start`` to its ``>``, or to the end of the line when it has none (looking so far only)."""
    limit = min(len(text), start + 4 * SNIPPET)
    line_end = text.find("\n", start, limit)
    line_end = limit if line_end == -1 else line_end
    end = text.find(">", start, line_end)
    return text[start : end + 1 if end != -1 else line_end]


def _links(text: str) -> Iterator[Finding]:
    targets = [(match.start(1), TITLE.sub("", match.group(1)).strip()) for match in INLINE_TARGET.finditer(text)]
    for pattern in (REFERENCE_TARGET, AUTOLINK):
        targets += [(match.start(1), match.group(1)) for match in pattern.finditer(text)]
    for offset, target in targets:
        scheme = unsafe_scheme(target)
        if scheme:
            yield Finding(
                offset,
                target,
                "unsafe-link",
                f"een link naar {_quote(target)} is niet toegestaan in tekstvelden",
                "een link begint met https://, http:// of mailto:",
            )


def _images(text: str) -> Iterator[Finding]:
    for match in IMAGE.finditer(text):
        yield Finding(
            match.start(),
            match.group(0),
            "image",
            f"afbeeldingen zijn niet toegestaan in tekstvelden: {_quote(match.group(0))}",
            "link in plaats daarvan naar de afbeelding of de pagina waarop die staat: [omschrijving](https://...)",
        )


def _attribute_lists(text: str) -> Iterator[Finding]:
    for match in ATTRIBUTE_LIST.finditer(text):
        yield Finding(
            match.start(),
            match.group(0),
            "attribute-list",
            f"attribuutlijsten zijn niet toegestaan in tekstvelden: {_quote(match.group(0))}",
            "haal de {...} weg; de site zet klassen en attributen zelf",
        )


def _quote(written: str) -> str:
    shown = written if len(written) <= SNIPPET else written[: SNIPPET - 3] + "..."
    return "'" + shown.replace("\n", " ") + "'"
