"""A recognition as every output states it: status, end date, exact or "uiterlijk", and why.

The record page's badge, the cards, the record's JSON and CSV row, the comparison, the gap
map, the expiring page and ``kennisbank report expiring`` all read this view, so no two of
them can word one recognition differently. Every status says in text what it is, so the badge
never relies on colour; a recognition whose validity cannot be known is never worded as
current; and one whose term ran out is said to have run out *by the last decision found*,
which is not the same as a source saying it was withdrawn (``ended``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...core import wording
from ...core.recognition import CURRENT, ENDED, EXPIRED, NOT_ASSESSED, NOT_RECOGNISED, UNKNOWN, Recognition


@dataclass(frozen=True)
class RecognitionView:
    status: str  # the recognition status, also the page's CSS modifier
    headline: str  # what a list shows beside a title
    reason: str  # why it has this status, in sentences: what the page, the JSON and the reports say
    level: str = ""  # "Goed onderbouwd, niveau I"
    level_id: str = ""  # the level's term in the vocabulary, "goed-onderbouwd"
    ends: date | None = None  # the end: exact, or the latest it can be
    exact: bool = False
    checked: date | None = None
    assessed_by: str = ""  # the id of the organisation that decided

    @property
    def text(self) -> str:
        return f"{self.headline}. {self.reason}"

    @property
    def ends_on(self) -> str:
        """'op 1 maart 2029' or 'uiterlijk op 31 december 2029'; empty when no end is known."""
        return wording.on(self.ends, self.exact) if self.ends else ""


def recognition_view(recognition: Recognition) -> RecognitionView:
    headline, reason = PHRASES[recognition.status](recognition)
    checked = f" Gecontroleerd op {wording.dutch_date(recognition.checked)}." if recognition.checked else ""
    return RecognitionView(
        status=recognition.status,
        headline=headline,
        reason=wording.sentence(reason) + checked,
        level=wording.level(recognition.label, recognition.code),
        level_id=recognition.level,
        ends=recognition.ends_by,
        exact=recognition.exact,
        checked=recognition.checked,
        assessed_by=recognition.assessed_by,
    )


def expiry(view: RecognitionView, days_left: int) -> str:
    """What the expiring page and ``kennisbank report expiring`` say of one recognition in their list."""
    if days_left < 0:
        return f"verlopen {view.ends_on} volgens het laatst gevonden besluit, {wording.days(-days_left)} geleden"
    return f"verloopt {view.ends_on}, over {wording.days(days_left)}"


def _current(recognition: Recognition) -> tuple[str, str]:
    scope = f" De erkenning geldt {recognition.scope}." if recognition.scope else ""
    assert recognition.ends_by is not None  # current means its end is known to lie ahead
    ends = wording.until(recognition.ends_by, recognition.exact)
    return (
        f"Erkend: {recognition.label}",
        f"{_code(recognition)}geldig tot {ends} volgens {_decision(recognition)}.{scope}",
    )


def _expired(recognition: Recognition) -> tuple[str, str]:
    assert recognition.ends_by is not None  # expired means its end is known to lie behind
    level = wording.level(recognition.label, recognition.code)
    ends = wording.until(recognition.ends_by, recognition.exact)
    return (
        "Erkenning verlopen volgens het laatst gevonden besluit",
        f"{wording.sentence(_decision(recognition))} ({level}) gold tot {ends}. "
        "Of er een nieuwer besluit is, staat in de databank.",
    )


def _ended(recognition: Recognition) -> tuple[str, str]:
    when = f" op {wording.dutch_date(recognition.ended_on)}" if recognition.ended_on else ""
    reason = wording.ENDED_REASONS.get(recognition.ended, recognition.ended)
    level = wording.level(recognition.label, recognition.code)
    return "Erkenning beëindigd", f"Volgens de bron {reason}{when} (was: {level})."


def _not_recognised(recognition: Recognition) -> tuple[str, str]:
    dated = recognition.decided or recognition.decided_year
    return "Niet erkend", f"Beoordeeld en niet erkend{' bij ' + _decision(recognition) if dated else ''}."


def _not_assessed(recognition: Recognition) -> tuple[str, str]:
    return "Niet beoordeeld", "Deze interventie heeft (nog) geen erkenning."


def _unknown(recognition: Recognition) -> tuple[str, str]:
    headline = f"{recognition.label}: geldigheid onbekend"
    if not (recognition.decided or recognition.decided_year):
        return f"{recognition.label}: datum onbekend", (
            f"{_code(recognition)}zonder besluitdatum is niet te zeggen of de erkenning nog geldt."
        )
    level = f"niveau {recognition.code} volgens" if recognition.code else "volgens"
    if not recognition.has_term or recognition.ends_by is None:
        return headline, f"{level} {_decision(recognition)}; voor dit niveau geldt geen vaste termijn."
    ends = wording.until(recognition.ends_by, recognition.exact)
    return headline, (
        f"{level} {_decision(recognition)}, geldig tot {ends}; zonder de dag van het besluit is niet te zeggen "
        "of die termijn al voorbij is."
    )


def _code(recognition: Recognition) -> str:
    """'Niveau I, ' to start a sentence with, or nothing when the level has no code."""
    return f"Niveau {recognition.code}, " if recognition.code else ""


def _decision(recognition: Recognition) -> str:
    return wording.decision(recognition.decided, recognition.decided_year)


PHRASES = {
    CURRENT: _current,
    EXPIRED: _expired,
    ENDED: _ended,
    NOT_RECOGNISED: _not_recognised,
    NOT_ASSESSED: _not_assessed,
    UNKNOWN: _unknown,
}
