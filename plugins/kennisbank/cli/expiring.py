"""The expiring-recognitions report as text or JSON, for ``kennisbank report expiring``."""

from __future__ import annotations

import json
from datetime import date, timedelta

from ..core.expiry import Expiring, OwnerGroup


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
        when = "on" if item.exact else "by the end of the year at the latest,"
        return f"EXPIRED {when} {item.ends}, {-item.days_left} day(s) ago"
    return f"expires on {item.ends}, in {item.days_left} day(s)"


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
        "valid_until": recognition.valid_until.isoformat() if recognition.valid_until else None,
        "ends_by": item.ends.isoformat(), "days_left": item.days_left,
    }


FORMATS = {"text": as_text, "json": as_json}
