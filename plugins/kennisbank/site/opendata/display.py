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
from ..records.recognition import RecognitionView

MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
EMPHASIS = re.compile(r"\*\*|[*`]")
LIST_ITEM = re.compile(r"^\s*[-*] ", re.M)


def display(
    document: Mapping, rows: Iterable[Row], recognition: RecognitionView | None = None
) -> dict[str, list[dict[str, str]]]:
    """``recognition``: the entry's view, which words a kind's unassessed record too ("Niet beoordeeld")."""
    return {row.key: values(document, row, recognition) for row in rows}


def values(document: Mapping, row: Row, recognition: RecognitionView | None = None) -> list[dict[str, str]]:
    if row.show == "recognition":
        found = document.get("recognition")
        if found:
            return [_text(found["level_text"]), _text(f"{found['headline']}. {found['reason']}")]
        return [_text(recognition.headline)] if recognition else []
    if row.show == "derived":
        return _derived(document, row.derived)
    value = _at(document, row.path)
    if row.show == "parts":
        items = value if isinstance(value, list) else [value] if value else []
        return [_parts(document, row.parts, item) for item in items]
    if row.show == "text":
        return [_text(_plain(item, row.date)) for item in _listed(value) for item in _list_items(item)]
    return [_named(document, row.show, row.vocabulary, item) for item in _listed(value)]


def _named(document: Mapping, show: str, vocabulary: str, value: object) -> dict[str, str]:
    if show == "terms":
        return _text(document.get("labels", {}).get(vocabulary, {}).get(value, str(value)))
    if show == "records":
        found = next((link for link in document["relations"]["written"] if link["id"] == value), None)
        return {"text": found["title"], "href": found["url"]} if found else _text(str(value))
    return _text(_plain(value, False))


def _parts(document: Mapping, fields: tuple[Field, ...], item: Mapping) -> dict[str, str]:
    """A group of short fields as one line: "vanaf 65"; a partner: "Gemeente X; regisseur" linked to X."""
    texts, href = [], ""
    for field in (field for field in fields if field.name in item):
        value = item[field.name]
        shown = _named(document, show_of(field), field.vocabulary or "", value)
        if field.link:
            shown = {"text": str(value), "href": ("mailto:" if field.link == "email" else "") + str(value)}
        href = href or shown.get("href", "")
        texts.append(shown["text"] if shown.get("href") else f"{field.title.lower()} {shown['text']}")
    return {"text": "; ".join(texts), **({"href": href} if href else {})}


def _derived(document: Mapping, kind: str) -> list[dict[str, str]]:
    seen: dict[str, dict[str, str]] = {}
    for link in document["relations"]["derived"]:
        if link["kind"] == kind and link["id"] not in seen:
            seen[link["id"]] = {"text": link["title"], "href": link["url"]}
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
