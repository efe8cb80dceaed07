"""The model: relations resolved and reverse relations derived, without any site build."""

from __future__ import annotations

from datetime import date

import pytest

from kennisbank.core.project import load_project
from kennisbank.core.recognition import CURRENT, EXPIRED, NOT_ASSESSED, add_years
from tests.constants import FIXTURE, SCHEMA, TODAY


@pytest.fixture(scope="module")
def model():
    project = load_project(FIXTURE, schema_folder=SCHEMA, today=TODAY)
    assert not project.has_errors, project.problems
    return project.model


def ids(records):
    return [record.id for record in records]


def test_an_intervention_learns_the_examples_that_used_it(model):
    assert ids(model.referrers("beweegochtend", "practice-example", "interventions")) == ["beweegochtend-tilburg"]


def test_linked_groups_forward_and_reverse_links_by_kind(model):
    linked = model.linked("beweegochtend")
    assert ids(linked["organisation"]) == ["movisie"]
    assert ids(linked["practice-example"]) == ["beweegochtend-tilburg"]
    assert ids(linked["collaboration-tip"]) == ["koppel-terug"]


def test_an_organisation_learns_everything_that_names_it(model):
    linked = model.linked("movisie")
    assert ids(linked["intervention"]) == ["zonder-erkenning", "beweegochtend", "oude-aanpak"]  # title order


def test_guide_steps_learn_their_examples_and_tips(model):
    assert ids(model.linked("stap-1-startfoto")["practice-example"]) == ["beweegochtend-tilburg"]
    assert ids(model.linked("stap-2-sturen-of-loslaten")["collaboration-tip"]) == ["koppel-terug"]


def test_of_kind_orders_guide_steps_by_their_order(model):
    assert ids(model.of_kind("guide-step")) == ["stap-1-startfoto", "stap-2-sturen-of-loslaten"]


def test_recognition_valid_until_is_derived_from_the_level(model):
    current = model.recognitions["beweegochtend"]
    assert (current.status, current.code, current.valid_until) == (CURRENT, "I", date(2029, 3, 1))
    expired = model.recognitions["oude-aanpak"]
    assert (expired.status, expired.valid_until) == (EXPIRED, date(2023, 1, 15))
    assert model.recognitions["zonder-erkenning"].status == NOT_ASSESSED


def test_leap_day_decisions_expire_on_28_february():
    assert add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)
