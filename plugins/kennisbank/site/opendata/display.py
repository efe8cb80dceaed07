"""What the comparison shows of a record, row by row, as text: computed here, laid out by the script.

Each record's own JSON file carries ``display``: for every row of its kind's comparison table
(``pages/compare.py``), the values as ``{"text", "href"}``, worded as the record page words
them (terms by their labels, records by their titles, dates in Dutch, yes and no, the
recognition's headline and reason). Computed from the published document itself, like a CSV
row, so the comparison can never say something the record's JSON does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ...core import wording
from ...core.fields import Field
from ..pages.compare import Row, show_of
from ..records.entries import Entry
from ..records.recognition import RecognitionView
from ..records.related import RecordLinks

MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
EMPHASIS = re.compile(r"\*\*|[*`]")
LIST_ITEM = re.compile(r"^\s*[-*] ", re.M)


def display(document: Mapping, rows: Iterable[Row], entry: Entry, links: RecordLinks) -> dict[str, object]:
    """The rows' text; links to the site's own pages as paths from the site root, so the comparison
    works wherever the site is served. ``entry`` words a kind's unassessed record too ("Niet beoordeeld")."""
    pages = {link.id: link.url for link in (*links.written, *links.derived)}
    shown: dict[str, object] = {row.key: values(document, row, entry.recognition, pages) for row in rows}
    return {"page": entry.url, **shown}


def values(
    document: Mapping, row: Row, recognition: RecognitionView | None, pages: Mapping[str, str]
) -> list[dict[str, str]]:
    if row.show == "recognition":
        found = document.get("recognition")
        if found:
            return [_text(found["level_text"]), _text(f"{found['headline']}. {found['reason']}")]
        return [_text(recognition.headline)] if recognition else []
    if row.show == "derived":
        return _derived(document, row.derived, pages)
    value = _at(document, row.path)
    if row.show == "parts":
        items = value if isinstance(value, list) else [value] if value else []
        return [_parts(document, row.parts, item, pages) for item in items]
    if row.show == "text":
        return [_text(_plain(item, row.date)) for item in _listed(value) for item in _list_items(item)]
    return [_named(document, row.show, row.vocabulary, item, pages) for item in _listed(value)]


def _named(document: Mapping, show: str, vocabulary: str, value: object, pages: Mapping[str, str]) -> dict[str, str]:
    if show == "terms":
        return _text(document.get("labels", {}).get(vocabulary, {}).get(value, str(value)))
    if show == "records":
        found = next((link for link in document["relations"]["written"] if link["id"] == value), None)
        return {"text": found["title"], "href": pages[found["id"]]} if found else _text(str(value))
    return _text(_plain(value, False))


def _parts(document: Mapping, fields: tuple[Field, ...], item: Mapping, pages: Mapping[str, str]) -> dict[str, str]:
    """A group of short fields as one line: "vanaf 65"; a partner: "Gemeente X; regisseur" linked to X."""
    texts, href = [], ""
    for field in (field for field in fields if field.name in item):
        value = item[field.name]
        shown = _named(document, show_of(field), field.vocabulary or "", value, pages)
        if field.link:
            shown = {"text": str(value), "href": ("mailto:" if field.link == "email" else "") + str(value)}
        href = href or shown.get("href", "")
        texts.append(shown["text"] if shown.get("href") else f"{field.title.lower()} {shown['text']}")
    return {"text": "; ".join(texts), **({"href": href} if href else {})}


def _derived(document: Mapping, kind: str, pages: Mapping[str, str]) -> list[dict[str, str]]:
    seen: dict[str, dict[str, str]] = {}
    for link in document["relations"]["derived"]:
        if link["kind"] == kind and link["id"] not in seen:
            seen[link["id"]] = {"text": link["title"], "href": pages[link["id"]]}
    return list(seen.values())


def _at(document: Mapping, path: str) -> object:
    value: object = document
    for key in path.split("."):
        value = value.get(key) if isinstance(value, Mapping) else None
    return value


def _listed(value: object) -> list:
    return [] if value is None else value if isinstance(value, list) else [value]


def _list_items(text: object) -> list:
    """A Markdown list in one text field ("- a\\n- b") reads best as a list, as on the record page."""
    if not isinstance(text, str) or not LIST_ITEM.search(text):
        return [text]
    return [item.strip() for item in LIST_ITEM.split(text) if item.strip()]


def _plain(value: object, date: bool) -> str:
    if isinstance(value, bool):
        return wording.yes_no(value)
    if date and isinstance(value, str):
        return wording.dutch_date(value)
    return EMPHASIS.sub("", MARKDOWN_LINK.sub(r"\1", str(value)))


def _text(text: str) -> dict[str, str]:
    return {"text": text}
