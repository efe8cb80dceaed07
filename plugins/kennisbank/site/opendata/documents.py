"""One record as published JSON: every field as written, plus what the site computes for it.

Added to the record's own fields: ``id``, ``kind``, ``url`` and ``json``; the labels of the
vocabulary terms it uses; its recognition with the computed status and end date; and every
related record, written and derived, as ``{id, kind, title, url, field}``. The same document
goes into the record's own file, ``records.json`` and ``records.ndjson``.
"""

from __future__ import annotations

from collections.abc import Mapping

from ...core.model import Link, Model
from ...core.recognition import FIELD as RECOGNITION
from ..records.entries import Entry
from ..records.recognition import RecognitionView
from .addresses import Addresses, json_path

ADDED = ("id", "kind", "url", "json", "labels", "relations")


def record_document(model: Model, entries: Mapping[str, Entry], entry: Entry, addresses: Addresses) -> dict:
    data = dict(entry.record.data)
    if RECOGNITION in data and entry.recognition is not None:
        data[RECOGNITION] = recognition_document(data[RECOGNITION], entry.recognition)
    return {
        "id": entry.id,
        "kind": entry.kind,
        "url": addresses.of(entry.url),
        "json": addresses.of(json_path(entry)),
        **data,
        "labels": labels(model, entry),
        "relations": {
            "written": [_related(entries, link.target, link, addresses) for link in model.outgoing.get(entry.id, ())],
            "derived": [_related(entries, link.source, link, addresses) for link in model.incoming.get(entry.id, ())],
        },
    }


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


def labels(model: Model, entry: Entry) -> dict[str, dict[str, str]]:
    """For each vocabulary the record uses, its terms' labels: ``{"domains": {"sport": "Sport en bewegen"}}``."""
    vocabularies = model.schemas.vocabularies
    return {key: {term: vocabularies[key].label(term) for term in terms} for key, terms in entry.terms.items()}


def _related(entries: Mapping[str, Entry], other_id: str, link: Link, addresses: Addresses) -> dict:
    other = entries[other_id]
    return {
        "id": other.id,
        "kind": other.kind,
        "title": other.title,
        "url": addresses.of(other.url),
        "field": link.field,
    }


def _day(day) -> str | None:
    return day.isoformat() if day else None
