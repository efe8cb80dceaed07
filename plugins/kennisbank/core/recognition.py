"""Recognition on the Dutch ladder: when it ends, and whether it still holds today.

A recognition is valid for its level's period from the decision date (``validity_years`` in
the vocabulary); a record may state another end date only with a reason. An expired
recognition must never be shown as current, and neither may one whose end cannot be known
(no decision date, or a level without a term): that one is ``unknown``. Where a source gives
only the year of the decision, the recognition ends within the year that the term ends: that
is often enough to know it has expired, or that it still holds. Status is decided here, once,
for every record and every use.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .records import Record
from .vocabularies import Vocabulary

CURRENT = "current"
EXPIRED = "expired"  # the term of the last decision found has passed: a newer one may exist
ENDED = "ended"  # a source says the recognition was withdrawn or not renewed
UNKNOWN = "unknown"  # assessed and recognised, but whether it still holds cannot be known
NOT_RECOGNISED = "not-recognised"
NOT_ASSESSED = "not-assessed"
LEVELS = "recognition-levels"
FIELD = "recognition"
NOT_RECOGNISED_LEVEL = "niet-erkend"


@dataclass(frozen=True)
class Recognition:
    """``valid_until`` is the exact end where it can be known; ``ends_by`` the latest it can be."""

    status: str
    level: str = ""
    label: str = ""
    code: str = ""
    decided: date | None = None
    decided_year: int | None = None
    valid_until: date | None = None
    ends_by: date | None = None
    scope: str = ""
    assessed_by: str = ""
    note: str = ""
    checked: date | None = None  # the day the source was last checked
    ended: str = ""  # "ingetrokken" or "niet-verlengd", as a source says
    ended_on: date | None = None
    has_term: bool = True  # whether the level has a fixed term on the ladder

    @property
    def exact(self) -> bool:
        """Whether ``ends_by`` is the day it ends, not only the latest it can end."""
        return self.valid_until is not None


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
    term = levels.term(recognition.get("level"))
    if decided is None or term is None or term.validity_years is None:
        return None
    return add_years(decided, term.validity_years)


def ends_by(recognition: dict, levels: Vocabulary) -> date | None:
    """The latest day the recognition can hold: exact when dated, else the end of year + term."""
    exact = valid_until(recognition, levels)
    year = recognition.get("decided_year")
    term = levels.term(recognition.get("level"))
    if exact or not isinstance(year, int) or term is None or term.validity_years is None:
        return exact
    return date(year + term.validity_years, 12, 31)


def recognition_of(data: dict, levels: Vocabulary, today: date) -> Recognition:
    recognition = data.get(FIELD)
    if not isinstance(recognition, dict):
        return Recognition(NOT_ASSESSED)
    term = levels.term(recognition.get("level"))
    exact, latest = valid_until(recognition, levels), ends_by(recognition, levels)
    year = recognition.get("decided_year")
    return Recognition(
        status=_status(recognition, exact, latest, today, term.validity_years if term else None),
        level=recognition.get("level", ""),
        label=term.label if term else "",
        code=term.code if term else "",
        decided=parse_date(recognition.get("decided")),
        decided_year=year if isinstance(year, int) else None,
        valid_until=exact,
        ends_by=latest,
        scope=recognition.get("scope", ""),
        assessed_by=recognition.get("assessed_by", ""),
        note=recognition.get("note", ""),
        checked=parse_date(recognition.get("checked")),
        ended=recognition.get("ended", ""),
        ended_on=parse_date(recognition.get("ended_on")),
        has_term=term is None or term.validity_years is not None,
    )


def _status(recognition: dict, exact: date | None, latest: date | None, today: date, term: int | None) -> str:
    """Current only when it provably holds today: an exact end, or a year-only decision whose
    term ends in a later year than today's. Ended only on a source's word, never on arithmetic."""
    year = recognition.get("decided_year")
    if recognition.get("ended"):
        return ENDED
    if recognition.get("level") == NOT_RECOGNISED_LEVEL:
        return NOT_RECOGNISED
    if latest is not None and latest < today:
        return EXPIRED
    if exact is not None or (isinstance(year, int) and term and year + term > today.year):
        return CURRENT
    return UNKNOWN


def recognitions(
    records: Iterable[Record], kinds_with_recognition: set[str], levels: Vocabulary | None, today: date
) -> dict[str, Recognition]:
    """The recognition of every record whose kind has one, by record path (duplicates included)."""
    if levels is None:
        return {}
    return {
        record.path: recognition_of(record.data, levels, today)
        for record in records
        if record.kind in kinds_with_recognition
    }
