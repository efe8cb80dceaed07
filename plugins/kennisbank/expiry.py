"""Recognitions that expire soon or have expired, per owner: so institutes renew them in time.

A recognition is valid for a fixed period after its decision; an owner that wants to keep it
has to ask for a new assessment before it ends. ``kennisbank report expiring`` and the site
page ``erkenningen/verloopt.md`` show the same list, computed here once from
``model.recognitions`` (so expiry is decided in one place, ``recognition.py``). "Today" is the
model's date: the command's ``--today`` or the day the site is built.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta

from . import urls
from .model import Model
from .problems import UsageError
from .recognition import EXPIRED, Recognition
from .records import Record
from .rendering import GeneratedPage, render

PAGE = "erkenningen/verloopt.md"
PAGE_WINDOW_DAYS = 180
DAYS = re.compile(r"^([0-9]{1,5})d$")


@dataclass(frozen=True)
class Expiring:
    record: Record
    recognition: Recognition
    days_left: int  # negative once expired

    @property
    def expired(self) -> bool:
        return self.recognition.status == EXPIRED


@dataclass(frozen=True)
class OwnerGroup:
    owner: str
    title: str
    items: list[Expiring]


def parse_days(text: str) -> int:
    """'180d' -> 180; anything else is a usage error, so a typo never silently means 'none'."""
    match = DAYS.match(text.strip())
    if not match:
        raise UsageError(f"--within '{text}': give the window as a number of days, e.g. 180d")
    return int(match.group(1))


def expiring(model: Model, within_days: int) -> list[OwnerGroup]:
    """Recognitions ending within the window after today, and those already ended, per owner."""
    until = model.today + timedelta(days=within_days)
    found = [Expiring(model.records[record_id], recognition, (recognition.valid_until - model.today).days)
             for record_id, recognition in model.recognitions.items()
             if recognition.valid_until is not None and recognition.valid_until <= until]
    return _by_owner(model, found)


def _by_owner(model: Model, found: list[Expiring]) -> list[OwnerGroup]:
    owners: dict[str, list[Expiring]] = {}
    for item in sorted(found, key=lambda item: (item.recognition.valid_until, item.record.id)):
        owner = item.record.data.get("owner")
        owners.setdefault(owner if isinstance(owner, str) else "", []).append(item)
    groups = [OwnerGroup(owner, _owner_title(model, owner), items) for owner, items in owners.items()]
    return sorted(groups, key=lambda group: (group.title.casefold(), group.owner))


def _owner_title(model: Model, owner: str) -> str:
    record = model.records.get(owner)
    title = record.data.get("title") if record else None
    return title if isinstance(title, str) else owner or "(no owner)"


def as_text(groups: list[OwnerGroup], today: date, within_days: int) -> str:
    until = today + timedelta(days=within_days)
    window = f"by {until} (within {within_days} days of {today})"
    if not groups:
        return f"No recognitions expire {window}."
    lines = [f"Recognitions that expire {window}, and those already expired, per owner:"]
    for group in groups:
        lines += ["", f"{group.title} ({group.owner or '-'})"]
        lines += [f"  {item.record.path}: {_state(item)} ({_level(item)})" for item in group.items]
    items = [item for group in groups for item in group.items]
    expired = sum(1 for item in items if item.expired)
    lines += ["", f"{len(items)} recognition(s): {expired} expired, {len(items) - expired} expiring"]
    return "\n".join(lines)


def _state(item: Expiring) -> str:
    if item.expired:
        return f"EXPIRED on {item.recognition.valid_until}, {-item.days_left} day(s) ago"
    return f"expires on {item.recognition.valid_until}, in {item.days_left} day(s)"


def _level(item: Expiring) -> str:
    recognition = item.recognition
    return f"{recognition.label}, level {recognition.code}" if recognition.code else recognition.label or recognition.level


def as_json(groups: list[OwnerGroup], today: date, within_days: int) -> str:
    document = {
        "today": today.isoformat(),
        "within_days": within_days,
        "until": (today + timedelta(days=within_days)).isoformat(),
        "owners": [{"owner": group.owner, "title": group.title,
                    "recognitions": [_item_data(item) for item in group.items]} for group in groups],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def _item_data(item: Expiring) -> dict:
    recognition = item.recognition
    return {
        "id": item.record.id, "title": item.record.data.get("title", ""), "path": item.record.path,
        "status": recognition.status, "level": recognition.level, "label": recognition.label,
        "code": recognition.code, "decided": recognition.decided.isoformat() if recognition.decided else None,
        "valid_until": recognition.valid_until.isoformat(), "days_left": item.days_left,
    }


FORMATS = {"text": as_text, "json": as_json}


def render_expiring(model: Model) -> GeneratedPage:
    """The site's list, as of the build date: the same groups the command prints."""
    markdown = render("expiring.md.j2", groups=expiring(model, PAGE_WINDOW_DAYS), today=model.today,
                      until=model.today + timedelta(days=PAGE_WINDOW_DAYS), days=PAGE_WINDOW_DAYS, root="../",
                      record_href=lambda record: urls.record_page(model.schemas.kinds[record.kind], record.id),
                      owner_href=lambda owner: _owner_href(model, owner))
    return GeneratedPage(PAGE, markdown)


def _owner_href(model: Model, owner: str) -> str:
    record = model.records.get(owner)
    return urls.record_page(model.schemas.kinds[record.kind], record.id) if record else ""
