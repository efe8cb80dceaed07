"""Did-you-mean hints: most contributor mistakes are a typo away from a valid value."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(value: object, candidates: Iterable[str]) -> str | None:
    if not isinstance(value, str):
        return None
    choices = list(candidates)
    folded = {choice.lower(): choice for choice in choices}
    if value.lower() in folded:
        return folded[value.lower()]
    matches = difflib.get_close_matches(value.lower(), list(folded), n=1, cutoff=0.6)
    return folded[matches[0]] if matches else None


def did_you_mean(value: object, candidates: Iterable[str]) -> str:
    """Return "; bedoelt u 'x'?" or an empty string, to append to a message."""
    match = closest(value, candidates)
    return f"; bedoelt u '{match}'?" if match else ""
