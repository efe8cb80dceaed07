"""Recognitions that expire soon or have expired, per owner: so institutes renew them in time.

A recognition is valid for a fixed period after its decision; an owner that wants to keep it
has to ask for a new assessment before it ends. ``kennisbank report expiring`` and the site
page ``erkenningen/verloopt.md`` show the same list, computed here once from
``model.recognitions`` (so expiry is decided in one place, ``recognition.py``). "Today" is the
model's date: the command's ``--today`` or the day the site is built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .model import Model
from .problems import UsageError
from .recognition import ENDED, EXPIRED, Recognition
from .records import Record

DAYS = re.compile(r"^([0-9]{1,5})d$")


@dataclass(frozen=True)
class Expiring:
    record: Record
    recognition: Recognition
    days_left: int  # negative once expired

    @property
    def expired(self) -> bool:
        return self.recognition.status == EXPIRED

    @property
    def ends(self) -> date:
        """Only recognitions with an end are listed, so there always is one."""
        assert self.recognition.ends_by is not None
        return self.recognition.ends_by


@dataclass(frozen=True)
class OwnerGroup:
    owner: str
    title: str
    items: list[Expiring]


def parse_days(text: str) -> int:
    """'180d' -> 180; anything else is a usage error, so a typo never silently means 'none'."""
    match = DAYS.match(text.strip())
    if not match:
        raise UsageError(f"--within '{text}': geef de termijn op als een aantal dagen, bijvoorbeeld 180d")
    return int(match.group(1))


def expiring(model: Model, within_days: int) -> list[OwnerGroup]:
    """Recognitions ending within the window after today, and those already ended, per owner."""
    until = model.today + timedelta(days=within_days)
    found = [
        Expiring(model.records[record_id], recognition, (recognition.ends_by - model.today).days)
        for record_id, recognition in model.recognitions.items()
        if recognition.ends_by is not None and recognition.ends_by <= until and recognition.status != ENDED
    ]
    return _by_owner(model, found)


def _by_owner(model: Model, found: list[Expiring]) -> list[OwnerGroup]:
    owners: dict[str, list[Expiring]] = {}
    for item in sorted(found, key=lambda item: (item.ends, item.record.id)):
        owner = item.record.data.get("owner")
        owners.setdefault(owner if isinstance(owner, str) else "", []).append(item)
    groups = [OwnerGroup(owner, _owner_title(model, owner), items) for owner, items in owners.items()]
    return sorted(groups, key=lambda group: (group.title.casefold(), group.owner))


def _owner_title(model: Model, owner: str) -> str:
    record = model.records.get(owner)
    title = record.data.get("title") if record else None
    return title if isinstance(title, str) else owner or "(geen eigenaar)"
