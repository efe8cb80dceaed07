"""The project's own records: valid, complete for the seed articles, and richly related."""

from __future__ import annotations

from collections import Counter

import pytest

from kennisbank.core.project import load_project
from tests.constants import ROOT

SEED_TITLES = {
    "‘Met een verbindende rol en gedragen visie kun je meer bereiken’",
    "Integraal werken: een kwestie van durven te sturen",
    "Stappenplan verbinding sport en sociaal domein",
}


@pytest.fixture(scope="module")
def project():
    return load_project(ROOT)


def test_the_project_records_have_no_problems_but_expired_recognitions(project):
    """Expired recognitions and checks that grew stale describe the day, not a fault in a record."""
    the_day = {"recognition-expired", "recognition-check-stale"}
    assert [problem.as_text() for problem in project.problems if problem.code not in the_day] == []


def test_every_kind_is_present_with_at_least_twenty_records(project):
    kinds = Counter(record.kind for record in project.records)
    assert len(project.records) >= 20
    assert set(kinds) == set(project.schemas.kinds)
    assert kinds["guide-step"] == 5


def test_the_practice_examples_of_the_seed_articles_are_there(project):
    places = {record.data["municipality"] for record in project.records if record.kind == "practice-example"}
    assert {"GM0855", "GM0796", "GM0957", "GM0034"} <= places


def seed_sourced(record) -> bool:
    return all(source["title"] in SEED_TITLES for source in record.data.get("sources", []))


def test_every_source_is_a_seed_article_or_a_web_page_read_on_a_day(project):
    others = [
        (record.path, source["title"])
        for record in project.records
        for source in record.data.get("sources", [])
        if source["title"] not in SEED_TITLES and not (source.get("url") and source.get("accessed"))
    ]
    assert others == []
    assert sum(seed_sourced(record) for record in project.records) >= 59


def test_no_record_from_the_seed_articles_claims_a_recognition(project):
    """The seed articles state no recognition level, so no record that rests on them alone has one."""
    assert [record.id for record in project.records if seed_sourced(record) and "recognition" in record.data] == []


def test_interventions_learn_the_examples_that_used_them(project):
    model = project.model
    used = [
        record for record in project.records if record.kind == "practice-example" and record.data.get("interventions")
    ]
    assert used, "at least one practice example names an intervention"
    for example in used:
        for intervention in example.data["interventions"]:
            assert example in model.referrers(intervention, "practice-example", "interventions")
