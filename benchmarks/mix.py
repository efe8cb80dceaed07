"""How many records of each kind a synthetic knowledge base of N records holds, and their ids.

The mix follows what the knowledge base is expected to grow into: mostly interventions and
practice examples, fewer tips, the five guide steps fixed, and organisations about a tenth but
capped, since the field has only so many organisations however many records describe it.
"""

from __future__ import annotations

import random
import re
import unicodedata

GUIDE_STEPS = 5
ORGANISATION_SHARE = 0.10
ORGANISATION_CAP = 1_000
SHARES = {"intervention": 45, "practice-example": 25, "collaboration-tip": 20}
MIN_RECORDS = 12


def kind_counts(total: int) -> dict[str, int]:
    """Records per kind, adding up to ``total`` exactly (interventions take the rounding)."""
    if total < MIN_RECORDS:
        raise ValueError(f"need at least {MIN_RECORDS} records for a realistic mix, got {total}")
    organisations = max(2, min(round(total * ORGANISATION_SHARE), ORGANISATION_CAP))
    rest = total - GUIDE_STEPS - organisations
    weight = sum(SHARES.values())
    counts = {kind: max(1, round(rest * share / weight)) for kind, share in SHARES.items()}
    counts["intervention"] += rest - sum(counts.values())
    return {**counts, "guide-step": GUIDE_STEPS, "organisation": organisations}


def slugify(text: str, limit: int = 60) -> str:
    """An id in the project's pattern (lowercase letters, digits, hyphens) from a title."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:limit].strip("-")
    return slug or "record"


class Ids:
    """Hands out unique ids across all kinds, as the validator requires."""

    def __init__(self):
        self.used: set[str] = set()

    def new(self, title: str) -> str:
        base = slugify(title)
        candidate, number = base, 2
        while candidate in self.used:
            candidate, number = f"{base}-{number}", number + 1
        self.used.add(candidate)
        return candidate


def popular(rng: random.Random, items: list, skew: float = 1.5):
    """One item, the first ones more often: a few organisations are named far more than most."""
    return items[int(len(items) * rng.random() ** skew)]


def some(rng: random.Random, items: list, low: int, high: int) -> list:
    """Between ``low`` and ``high`` different items, in a random order."""
    return rng.sample(items, min(len(items), rng.randint(low, high)))
