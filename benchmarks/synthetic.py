"""Synthetic records of every kind, with real vocabulary terms and relations between them.

Each builder returns the data of one record as its YAML would hold it. Relations follow the
real records: examples name the interventions they used and their partner organisations,
interventions name an owner (and, for some, the organisation that recognised them), tips name
guide steps and related records. Dates lie in the past and recognitions are still current,
so a generated project validates without errors or warnings.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from .mix import popular, some
from .prose import Prose

REVIEWED = (date(2025, 1, 1), date(2026, 10, 31))
DECIDED = (date(2024, 7, 1), date(2026, 6, 30))
# A recognition's last check against its databank: within the year before the day the project is
# made, as the validator asks (older, or none, is a warning on every build and rebuild).
CHECKED = (date.today() - timedelta(days=300), date.today() - timedelta(days=30))
RECOGNISED_SHARE = 0.4
ORGANISATION_WORDS = (30, 80)
RECORD_WORDS = (100, 780, 150)  # triangular (low, high, mode): about 340 words of running text on average
ORGANISATION_KINDS = [
    "Stichting",
    "Sportservice",
    "Welzijn",
    "Kenniscentrum",
    "Vereniging",
    "Buurtteam",
    "Gezondheidscentrum",
    "Fysiotherapie",
    "Jongerenwerk",
    "Sportvereniging",
]


@dataclass
class World:
    """Everything a builder may draw from: randomness, text, vocabulary terms and the ids per kind."""

    rng: random.Random
    prose: Prose
    terms: dict[str, list[str]]
    ids: dict[str, list[str]] = field(default_factory=dict)
    recognisers: list[str] = field(default_factory=list)

    def day(self, span: tuple[date, date]) -> str:
        return (span[0] + timedelta(days=self.rng.randint(0, (span[1] - span[0]).days))).isoformat()

    def terms_of(self, vocabulary: str, low: int = 1, high: int = 3) -> list[str]:
        return some(self.rng, self.terms[vocabulary], low, high)

    def budget(self) -> int:
        return round(self.rng.triangular(*RECORD_WORDS))

    def split(self, words: int, weights: list[int]) -> list[int]:
        return [max(8, words * weight // sum(weights)) for weight in weights]

    def summary(self, low: int = 20, high: int = 55) -> str:
        """One to three sentences, within the schema's 600 characters."""
        text = self.prose.paragraph(self.rng.randint(low, high))
        return text if len(text) <= 590 else text[:580].rsplit(" ", 1)[0] + "."

    def sources(self) -> list[dict]:
        found = [
            {"title": self.prose.line(3, 9), "publisher": organisation_name(self), "year": self.rng.randint(2012, 2026)}
            for _ in range(self.rng.randint(1, 2))
        ]
        if self.rng.random() < 0.3:
            found[0]["url"] = f"https://www.example.nl/publicaties/{self.rng.randint(1000, 99999)}"
        return found


def organisation_name(world: World) -> str:
    return f"{world.rng.choice(ORGANISATION_KINDS)} {world.prose.line(1, 3)}"


def intervention(world: World, record_id: str, title: str) -> dict:
    rng, text = world.rng, world.prose.text
    problem, main, components, rationale, materials, preconditions, costs, research = world.split(
        world.budget(), [3, 2, 5, 3, 1, 1, 1, 2]
    )
    data = {
        "title": title,
        "summary": world.summary(),
        "problem": text(problem),
        "goals": {"main": text(main), "sub": [world.prose.sentence(4, 12)[0] for _ in range(rng.randint(1, 4))]},
        "target_groups": world.terms_of("target-groups"),
        "domains": world.terms_of("domains"),
        "themes": world.terms_of("themes"),
        "settings": world.terms_of("settings"),
        "professions": world.terms_of("professions"),
        "approach": {
            "components": text(components),
            "working_elements": [world.prose.line(3, 8) for _ in range(3)],
            "format": rng.choice(["individueel", "groep", "individueel en groep"]),
            "duration": f"{rng.randint(4, 20)} bijeenkomsten van {rng.choice([45, 60, 90])} minuten",
        },
        "rationale": text(rationale),
        "implementation": {"materials": text(materials), "preconditions": text(preconditions)},
        "costs": text(costs),
        "research": text(research),
        "owner": popular(rng, world.ids["organisation"]),
        "contact": {"url": f"https://www.example.nl/interventies/{rng.randint(1000, 99999)}"},
        "sources": world.sources(),
        "last_reviewed": world.day(REVIEWED),
    }
    if rng.random() < RECOGNISED_SHARE:
        data["recognition"] = {
            "level": rng.choice(world.terms["recognition-levels"]),
            "decided": world.day(DECIDED),
            "assessed_by": rng.choice(world.recognisers),
            "checked": world.day(CHECKED),
        }
    related = [other for other in some(rng, world.ids["intervention"], 1, 3) if other != record_id]
    if related and rng.random() < 0.2:
        data["related"] = related
    return data


def practice_example(world: World, record_id: str, title: str) -> dict:
    rng, text = world.rng, world.prose.text
    done, results, evidence, lessons = world.split(world.budget(), [6, 3, 1, 2])
    partners = [*some(rng, world.ids["organisation"], 0, 2), popular(rng, world.ids["organisation"])]
    data = {
        "title": title,
        "summary": world.summary(),
        "municipality": rng.choice(world.terms["municipalities"]),
        "period": {"from": rng.randint(2015, 2024)},
        "partners": [{"organisation": org, "role": world.prose.line(4, 10)} for org in dict.fromkeys(partners)],
        "professions": world.terms_of("professions"),
        "domains": world.terms_of("domains"),
        "themes": world.terms_of("themes"),
        "target_groups": world.terms_of("target-groups"),
        "settings": world.terms_of("settings"),
        "what_was_done": text(done),
        "results": text(results),
        "results_evidence": text(evidence),
        "lessons": [text(lessons // 3 + 5) for _ in range(rng.randint(1, 4))],
        "sources": world.sources(),
        "last_reviewed": world.day(REVIEWED),
    }
    if rng.random() < 0.6:
        data["interventions"] = some(rng, world.ids["intervention"], 1, 3)
    if rng.random() < 0.2:
        data["guide_steps"] = some(rng, world.ids["guide-step"], 1, 2)
    return data


def collaboration_tip(world: World, record_id: str, title: str) -> dict:
    rng = world.rng
    why, how = world.split(world.budget(), [3, 2])
    data = {
        "title": title,
        "summary": world.summary(),
        "why": world.prose.text(why),
        "how": world.prose.bullets(max(2, how // 12)),
        "level": rng.choice(world.terms["collaboration-levels"]),
        "domains": world.terms_of("domains", 2, 3),
        "themes": world.terms_of("themes"),
        "professions": world.terms_of("professions"),
        "sources": world.sources(),
        "last_reviewed": world.day(REVIEWED),
    }
    if rng.random() < 0.55:
        data["guide_steps"] = some(rng, world.ids["guide-step"], 1, 2)
    if rng.random() < 0.4:
        data["related"] = some(rng, world.ids["intervention"] + world.ids["practice-example"], 1, 3)
    return data


def guide_step(world: World, record_id: str, title: str) -> dict:
    asks, steer, let_go = world.split(world.budget(), [3, 2, 2])
    return {
        "order": world.ids["guide-step"].index(record_id) + 1,
        "title": title,
        "summary": world.summary(),
        "asks": world.prose.text(asks),
        "questions": [world.prose.sentence(5, 16)[0][:-1] + "?" for _ in range(world.rng.randint(3, 6))],
        "steer": world.prose.text(steer),
        "let_go": world.prose.text(let_go),
        "sources": world.sources(),
        "last_reviewed": world.day(REVIEWED),
    }


def organisation(world: World, record_id: str, title: str) -> dict:
    rng = world.rng
    data = {
        "title": title,
        "summary": world.summary(*ORGANISATION_WORDS),
        "roles": world.terms_of("organisation-roles", 1, 2),
        "website": f"https://www.example.nl/{rng.randint(1, 10**6)}",
    }
    if rng.random() < 0.5:
        data["municipality"] = rng.choice(world.terms["municipalities"])
    if record_id in world.recognisers:
        data["recognition_partner"] = True
    return {**data, "sources": world.sources(), "last_reviewed": world.day(REVIEWED)}


def title_of(world: World, kind: str, number: int) -> str:
    """A title in the style of the kind: organisations get a name, guide steps their number."""
    if kind == "organisation":
        return organisation_name(world)
    if kind == "guide-step":
        return f"Stap {number + 1}: {world.prose.line(2, 5).lower()}"
    return world.prose.line(2, 7)


BUILDERS = {
    "intervention": intervention,
    "practice-example": practice_example,
    "collaboration-tip": collaboration_tip,
    "guide-step": guide_step,
    "organisation": organisation,
}
