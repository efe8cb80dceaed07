"""The site's page of recognitions that expire soon: the same groups the command prints."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from ...core.expiry import expiring
from ...core.model import Model
from .. import urls
from ..records.entries import Entry
from ..records.recognition import expiry
from .rendering import GeneratedPage, render

PAGE = urls.EXPIRING
PAGE_WINDOW_DAYS = 180


def render_expiring(model: Model, entries: Mapping[str, Entry]) -> GeneratedPage:
    """The site's list, as of the build date: the same groups, in the same words, as the command prints."""
    markdown = render(
        "expiring.md.j2",
        groups=expiring(model, PAGE_WINDOW_DAYS),
        state=lambda item: expiry(entries[item.record.id].recognition, item.days_left),
        level=lambda item: entries[item.record.id].recognition.level,
        today=model.today,
        until=model.today + timedelta(days=PAGE_WINDOW_DAYS),
        days=PAGE_WINDOW_DAYS,
        root="../",
        record_href=lambda record: urls.record_page(model.schemas.kinds[record.kind], record.id),
        owner_href=lambda owner: _owner_href(model, owner),
    )
    return GeneratedPage(PAGE, markdown)


def _owner_href(model: Model, owner: str) -> str:
    record = model.records.get(owner)
    return urls.record_page(model.schemas.kinds[record.kind], record.id) if record else ""
