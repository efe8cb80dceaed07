"""Recognition on the Dutch ladder: when it ends, and whether it still holds today.

A recognition is valid for its level's period from the decision date (``validity_years`` in
the vocabulary); a record may state another end date only with a reason. An expired
recognition must never be shown as current, so status is derived here, once, for every use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .vocabularies import Vocabulary

CURRENT = "current"
EXPIRED = "expired"
NOT_ASSESSED = "not-assessed"


@dataclass(frozen=True)
class Recognition:
    status: str
    level: str = ""
    label: str = ""
    code: str = ""
    decided: date | None = None
    valid_until: date | None = None
    scope: str = ""
    assessed_by: str = ""


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def parse_date(text: object) -> date | None:
    try:
        return date.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def valid_until(recognition: dict, levels: Vocabulary) -> date | None:
    """The stated end date if there is one, else the decision date plus the level's period."""
    stated = parse_date(recognition.get("valid_until"))
    if stated:
        return stated
    decided = parse_date(recognition.get("decided"))
    term = levels.terms.get(recognition.get("level"))
    if decided is None or term is None or term.validity_years is None:
        return None
    return add_years(decided, term.validity_years)


def recognition_of(data: dict, levels: Vocabulary, today: date) -> Recognition:
    recognition = data.get("recognition")
    if not isinstance(recognition, dict):
        return Recognition(NOT_ASSESSED)
    term = levels.terms.get(recognition.get("level"))
    until = valid_until(recognition, levels)
    status = EXPIRED if until is not None and until < today else CURRENT
    return Recognition(
        status=status,
        level=recognition.get("level", ""),
        label=term.label if term else "",
        code=term.code if term else "",
        decided=parse_date(recognition.get("decided")),
        valid_until=until,
        scope=recognition.get("scope", ""),
        assessed_by=recognition.get("assessed_by", ""),
    )
