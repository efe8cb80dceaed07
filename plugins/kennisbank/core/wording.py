"""The site's Dutch in one place: dates, counts, yes and no, and what a recognition's state is called.

Every output says these the same way because every output asks here: the record page and the
cards (through ``site/records/recognition.py``), the templates (as Jinja filters), the command
line, and the scripts (the words they need are written into the page or the record's JSON as
data, never typed again in JavaScript). Babel formats dates and numbers by the CLDR's Dutch
rules, so "1 maart 2029" and "12.345" need no tables of our own.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal

LOCALE = "nl_NL"
YES, NO = "ja", "nee"


def dutch_date(value: date | str) -> str:
    """'1 maart 2029', from a date or an ISO date string."""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return format_date(day, "d MMMM y", locale=LOCALE)


def number(value: int | float) -> str:
    """'12.345': Dutch digit grouping."""
    return format_decimal(value, locale=LOCALE)


def plural(count: int, one: str, many: str) -> str:
    """'1 fout', '0 fouten', '3 fouten': a Dutch count takes the plural for every number but one."""
    return f"{number(count)} {one if count == 1 else many}"


def enumeration(items: list[str]) -> str:
    """'Erkenning', 'Erkenning en Bronnen', 'Doelen, Erkenning en Bronnen'."""
    return " en ".join([", ".join(items[:-1]), items[-1]]) if len(items) > 1 else "".join(items)


def yes_no(value: bool) -> str:
    return YES if value else NO


def days(count: int) -> str:
    return plural(count, "dag", "dagen")


def until(day: date, exact: bool) -> str:
    """'1 maart 2029' when the decision's day is known; 'uiterlijk 31 december 2029' when only its year is."""
    return dutch_date(day) if exact else f"uiterlijk {dutch_date(day)}"


def on(day: date, exact: bool) -> str:
    """'op 1 maart 2029', or 'uiterlijk op 31 december 2029' when only the decision's year is known."""
    return f"op {dutch_date(day)}" if exact else f"uiterlijk op {dutch_date(day)}"


def decision(decided: date | None, year: int | None) -> str:
    """'het besluit van 8 januari 2018', or 'het besluit uit 2018' when only the year is known."""
    if decided:
        return f"het besluit van {dutch_date(decided)}"
    return f"het besluit uit {year}" if year else "een besluit zonder bekende datum"


def level(label: str, code: str) -> str:
    """'Effectief – goede aanwijzingen, niveau III'."""
    return f"{label}, niveau {code}" if code else label


def sentence(text: str) -> str:
    """The text with a capital first letter, as the start of a sentence."""
    return text[:1].upper() + text[1:]


ENDED_REASONS = {"ingetrokken": "ingetrokken", "niet-verlengd": "niet verlengd"}
