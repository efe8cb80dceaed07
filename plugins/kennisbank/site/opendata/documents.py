"""One record as published JSON: every field as written, plus what the site computes for it.

Added to the record's own fields: ``id``, ``kind``, ``url`` and ``json``; the labels of the
vocabulary terms it uses; its recognition with the computed status and end date; and every
related record, written and derived, as ``{id, kind, title, url, field}``. The same document
goes into the record's own file, ``records.json`` and ``records.ndjson``.
"""

from __future__ import annotations

from ...core.recognition import FIELD as RECOGNITION
from ..records.entries import Entry
from ..records.recognition import RecognitionView
from ..records.related import RelatedLink
from ..records.view import RecordViews
from .addresses import Addresses, json_path

ADDED = ("id", "kind", "url", "json", "labels", "relations")


def record_document(views: RecordViews, entry: Entry, addresses: Addresses) -> dict:
    """The record's published JSON, from its entry and its links as the record page shows them."""
    links = views.links(entry)
    data = dict(entry.record.data)
    if RECOGNITION in data and entry.recognition is not None:
        data[RECOGNITION] = recognition_document(data[RECOGNITION], entry.recognition)
    return {
        "id": entry.id,
        "kind": entry.kind,
        "url": addresses.of(entry.url),
        "json": addresses.of(json_path(entry)),
        **data,
        "labels": {key: dict(found) for key, found in entry.labels.items()},
        "relations": {
            "written": [_related(link, addresses) for link in links.written],
            "derived": [_related(link, addresses) for link in links.derived],
        },
    }


def record_file(entry: Entry) -> dict:
    """The record's file and its fields exactly as written, for the contribution form's edits.

    The document above is the computed view (a recognition's ``valid_until`` is the end the site
    works out); a change must start from what the file says. Only in the record's own JSON file,
    beside ``display``, so ``records.json`` does not carry every record twice.
    """
    return {"path": entry.record.path, "data": entry.record.data}


def recognition_document(written: dict, view: RecognitionView) -> dict:
    """The recognition as written, with what the site says of it: never a stale 'current'.

    ``valid_until`` is the exact end where the decision's day is known; ``ends_by`` the latest
    it can be; ``headline`` and ``reason`` are the words of the record page's badge.
    """
    return {
        **written,
        "status": view.status,
        "level_text": view.level,
        "valid_until": _day(view.ends) if view.exact else None,
        "ends_by": _day(view.ends),
        "headline": view.headline,
        "reason": view.reason,
    }


def _related(link: RelatedLink, addresses: Addresses) -> dict:
    return {"id": link.id, "kind": link.kind, "title": link.title, "url": addresses.of(link.url), "field": link.field}


def _day(day) -> str | None:
    return day.isoformat() if day else None
