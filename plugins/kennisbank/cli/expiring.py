"""The expiring-recognitions report as Dutch text or JSON, for ``kennisbank report expiring``.

The text says what the site page ``erkenningen/verloopt.md`` says, in the same words; JSON
keeps its English keys for scripts.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from ..core import wording
from ..core.expiry import Expiring, OwnerGroup
from ..core.wording import plural
from ..site.records.recognition import expiry, recognition_view


def as_text(groups: list[OwnerGroup], today: date, within_days: int) -> str:
    until = today + timedelta(days=within_days)
    window = (
        f"tot en met {wording.dutch_date(until)} (binnen {wording.days(within_days)} na {wording.dutch_date(today)})"
    )
    if not groups:
        return f"Er verlopen geen erkenningen {window}."
    lines = [f"Erkenningen die verlopen {window}, en erkenningen die al verlopen zijn, per eigenaar:"]
    for group in groups:
        lines += ["", f"{group.title} ({group.owner or '-'})"]
        lines += [f"  {item.record.path}: {_state(item)} ({_level(item)})" for item in group.items]
    lines += ["", _total([item for group in groups for item in group.items])]
    return "\n".join(lines)


def _total(items: list[Expiring]) -> str:
    """'2 erkenningen: 1 al verlopen, 1 verloopt binnenkort': the verb agrees with its count."""
    expired = sum(1 for item in items if item.expired)
    soon = len(items) - expired
    return (
        f"{plural(len(items), 'erkenning', 'erkenningen')}: {expired} al verlopen, "
        f"{soon} {'verloopt' if soon == 1 else 'verlopen'} binnenkort"
    )


def _state(item: Expiring) -> str:
    return expiry(recognition_view(item.recognition), item.days_left)


def _level(item: Expiring) -> str:
    """The level as the site's expiring page words it (the recognition view), or its id if unknown."""
    return recognition_view(item.recognition).level or item.recognition.level


def as_json(groups: list[OwnerGroup], today: date, within_days: int) -> str:
    document = {
        "today": today.isoformat(),
        "within_days": within_days,
        "until": (today + timedelta(days=within_days)).isoformat(),
        "owners": [
            {"owner": group.owner, "title": group.title, "recognitions": [_item_data(item) for item in group.items]}
            for group in groups
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def _item_data(item: Expiring) -> dict:
    recognition = item.recognition
    return {
        "id": item.record.id,
        "title": item.record.data.get("title", ""),
        "path": item.record.path,
        "status": recognition.status,
        "level": recognition.level,
        "label": recognition.label,
        "code": recognition.code,
        "decided": recognition.decided.isoformat() if recognition.decided else None,
        "valid_until": recognition.valid_until.isoformat() if recognition.valid_until else None,
        "ends_by": item.ends.isoformat(),
        "exact": item.recognition.exact,
        "phrase": _state(item),
        "days_left": item.days_left,
    }


FORMATS = {"text": as_text, "json": as_json}
