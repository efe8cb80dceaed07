"""Whether a recognition says when it was last checked in its source, and whether that is recent.

A recognition is copied from a national databank, where it can be renewed, withdrawn or changed
without anyone telling the knowledge base. So every recognition records the day it was last
checked there (``checked``), and the validator warns when that day is missing or more than a
year before today: the record may then show a recognition that no longer holds.
"""

from __future__ import annotations

from datetime import date

from .problems import Problem
from .recognition import NOT_ASSESSED, Recognition, parse_date

CHECK_FIELD = "checked"
CHECK_TERM_DAYS = 365


def check_recognition_checked(record, recognition: Recognition | None, today: date, locator) -> list[Problem]:
    """A warning when the check date is missing or older than a year; nothing for no recognition.

    A ``checked`` that is not a date is the schema's to report, so it gets no second message here.
    """
    if recognition is None or recognition.status == NOT_ASSESSED:
        return []
    written = record.data["recognition"].get(CHECK_FIELD)
    if written is None:
        return [_unchecked(locator)]
    checked = parse_date(written)
    if checked is None or (today - checked).days <= CHECK_TERM_DAYS:
        return []
    return [
        locator.problem(
            ["recognition", CHECK_FIELD],
            "recognition-check-stale",
            f"de erkenning is voor het laatst nagekeken op {checked}, meer dan een jaar geleden",
            f"controleer de erkenning opnieuw in de databank en zet '{CHECK_FIELD}' op vandaag",
            severity="warning",
        )
    ]


def _unchecked(locator) -> Problem:
    return locator.problem(
        ["recognition"],
        "recognition-unchecked",
        "de erkenning noemt niet wanneer ze voor het laatst in de databank is nagekeken",
        f"controleer de erkenning in de databank en voeg '{CHECK_FIELD}:' toe met de datum van vandaag",
        severity="warning",
        key=True,
    )
