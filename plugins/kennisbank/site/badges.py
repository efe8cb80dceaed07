"""The recognition badge in words: one wording for the record page, the cards and the open data.

The headline is what a list shows beside a title; the detail is the rest of the record page's
sentence, punctuation included. Every status says in text what it is, so the badge never
relies on colour, and a recognition whose validity cannot be known is never worded as current.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.recognition import CURRENT, EXPIRED, NOT_ASSESSED, NOT_RECOGNISED, UNKNOWN, Recognition
from .dates import dutch_date


@dataclass(frozen=True)
class Badge:
    status: str  # the recognition status, also the page's CSS modifier
    headline: str
    detail: str = ""

    @property
    def text(self) -> str:
        return self.headline + self.detail


def recognition_badge(recognition: Recognition) -> Badge:
    if recognition.status == CURRENT:
        scope = f"; {recognition.scope}" if recognition.scope else ""
        return Badge(CURRENT, f"Erkend: {recognition.label}", f"{_level(recognition)}{_valid(recognition)}{scope}")
    if recognition.status == EXPIRED:
        return Badge(EXPIRED, "Erkenning verlopen", f" {_ended(recognition)} (was: {_was(recognition)})")
    if recognition.status == NOT_RECOGNISED:
        return Badge(NOT_RECOGNISED, "Niet erkend", f": beoordeeld en niet erkend{_decided(recognition)}")
    if recognition.status == NOT_ASSESSED:
        return Badge(NOT_ASSESSED, "Niet beoordeeld", ": deze interventie heeft (nog) geen erkenning")
    if recognition.decided or recognition.decided_year:
        return Badge(
            UNKNOWN,
            f"{recognition.label}: geldigheid onbekend",
            f"{_level(recognition)}{_decided(recognition)}; voor dit niveau geldt geen vaste termijn",
        )
    return Badge(
        UNKNOWN,
        f"{recognition.label}: datum onbekend",
        f"{_level(recognition)}; zonder besluitdatum is niet te zeggen of de erkenning nog geldt",
    )


def _level(recognition: Recognition) -> str:
    return f" (niveau {recognition.code})" if recognition.code else ""


def _valid(recognition: Recognition) -> str:
    if recognition.valid_until:
        return f", geldig tot {dutch_date(recognition.valid_until)}"
    if recognition.ends_by:
        return f", besluit in {recognition.decided_year}, geldig tot in {recognition.ends_by.year}"
    return ""


def _ended(recognition: Recognition) -> str:
    if recognition.valid_until:
        return f"op {dutch_date(recognition.valid_until)}"
    return f"uiterlijk op {dutch_date(recognition.ends_by)}, besluit in {recognition.decided_year}"


def _decided(recognition: Recognition) -> str:
    if recognition.decided:
        return f", besluit op {dutch_date(recognition.decided)}"
    return f", besluit in {recognition.decided_year}" if recognition.decided_year else ""


def _was(recognition: Recognition) -> str:
    code = f", niveau {recognition.code}" if recognition.code else ""
    return f"{recognition.label}{code}"
