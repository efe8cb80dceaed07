"""What a contributor reads about an address that no longer works, at each place it is written.

An address is asked once however often the records use it; the answer is reported at every
occurrence, on the line and column of the value, through the validator's own ``Locator``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..core.addresses import Occurrence
from ..core.problems import Problem
from ..core.validation import Locator
from .probe import DEAD, MOVED, TIMEOUT, Outcome

UPDATE = "zet het nieuwe adres in het record"


def link_problems(occurrences: Iterable[Occurrence], outcomes: Mapping[str, Outcome]) -> list[Problem]:
    """A warning for every occurrence of an address that is dead, moved or timed out; sorted by place."""
    locators: dict[str, Locator] = {}
    found = []
    for occurrence in occurrences:
        outcome = outcomes.get(occurrence.url)
        if outcome is None or outcome.status not in (DEAD, MOVED, TIMEOUT):
            continue
        locator = locators.setdefault(occurrence.record.path, Locator(occurrence.record))
        found.append(_problem(occurrence, outcome, locator))
    return sorted(found)


def _problem(occurrence: Occurrence, outcome: Outcome, locator: Locator) -> Problem:
    url, path = occurrence.url, list(occurrence.path)
    if outcome.status == MOVED:
        hint = f"{UPDATE}, en het oude in '{occurrence.former}'" if occurrence.former else UPDATE
        return locator.problem(
            path, "link-moved", f"het webadres {url} is verhuisd naar {outcome.moved_to}", hint, severity="warning"
        )
    via = f", na doorverwijzing naar {outcome.final}" if outcome.final and outcome.final != url else ""
    if outcome.status == TIMEOUT:
        return locator.problem(
            path,
            "link-timeout",
            f"het webadres {url} geeft {outcome.reason}{via}",
            "probeer het later opnieuw; blijft het stil, zoek dan het nieuwe adres of haal de link weg",
            severity="warning",
        )
    return locator.problem(
        path,
        "link-dead",
        f"het webadres {url} werkt niet: {outcome.reason}{via}",
        "zoek het nieuwe adres van de pagina, of haal de link weg",
        severity="warning",
    )
