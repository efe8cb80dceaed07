"""The site's page of recognitions that expire soon: the same groups the command prints."""

from __future__ import annotations

from datetime import timedelta

from ..core.expiry import expiring
from ..core.model import Model
from . import urls
from .rendering import GeneratedPage, render

PAGE = "erkenningen/verloopt.md"
PAGE_WINDOW_DAYS = 180


def render_expiring(model: Model) -> GeneratedPage:
    """The site's list, as of the build date: the same groups the command prints."""
    markdown = render(
        "expiring.md.j2",
        groups=expiring(model, PAGE_WINDOW_DAYS),
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
