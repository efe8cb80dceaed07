"""Driving the contribution form as a contributor does, and checking its file with the validator.

Shared by the form's browser tests: open the form, fill fields by typing, ticking and choosing,
read the YAML it writes, and run ``kennisbank validate`` on a copy of the fixture knowledge base
with that file in it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.constants import FIXTURE, ROOT

FORM = "/bijdragen/formulier/"
READY = "document.querySelector('[data-kb-form]').dataset.formState === 'ready'"
SOURCE = [
    ("add", "/sources"),
    ("type", "/sources/0/title", "Handreiking samenwerken"),
    ("type", "/sources/0/publisher", "Movisie"),
    ("type", "/sources/0/year", "2024"),
]
# The required fields of every kind, as a contributor fills them: type, tick, choose, add.
FILLS = {
    "intervention": [
        ("type", "/title", "Samen sterk in de wijk"),
        ("type", "/summary", "Een beweegprogramma voor ouderen in de wijk, met koffie na afloop."),
        ("type", "/problem", "Ouderen in de wijk bewegen weinig.\nVeel van hen zijn eenzaam."),
        ("type", "/goals/main", "Meer bewegen en meer contact."),
        ("tick", "/target_groups", "ouderen"),
        ("tick", "/domains", "sport"),
        ("tick", "/themes", "eenzaamheid"),
        ("type", "/approach/components", "- Wekelijks samen bewegen\n- Daarna koffie"),
        ("type", "/owner", "movisie"),
        ("type", "/contact/url", "https://www.movisie.nl"),
        *SOURCE,
        ("type", "/last_reviewed", "2026-01-01"),
    ],
    "practice-example": [
        ("type", "/title", "Bewegen in Tilburg-Noord"),
        ("type", "/summary", "Wijkteam en sportvereniging laten ouderen samen bewegen."),
        ("type", "/municipality", "GM0855"),
        ("add", "/partners"),
        ("type", "/partners/0/organisation", "welzijn-tilburg"),
        ("type", "/partners/0/role", "Organiseert de ochtenden"),
        ("tick", "/domains", "welzijn"),
        ("tick", "/target_groups", "ouderen"),
        ("type", "/what_was_done", "Elke week een beweegochtend in het buurthuis."),
        *SOURCE,
        ("type", "/last_reviewed", "2026-01-01"),
    ],
    "collaboration-tip": [
        ("type", "/title", "Spreek samen een doel af"),
        ("type", "/summary", "Begin met een doel dat alle partners delen."),
        ("type", "/why", "Een gedeeld doel houdt de samenwerking bij elkaar."),
        ("choose", "/level", "casus"),
        ("tick", "/domains", "sport"),
        *SOURCE,
        ("type", "/last_reviewed", "2026-01-01"),
    ],
    "organisation": [
        ("type", "/title", "Sportbedrijf Voorbeeldstad"),
        ("tick", "/roles", "sportaanbieder"),
    ],
    "guide-step": [
        ("type", "/order", "3"),
        ("type", "/title", "Kies de partners"),
        ("type", "/summary", "Bepaal met wie de gemeente de aanpak uitvoert."),
        ("type", "/asks", "De gemeente kiest haar partners."),
        ("add", "/questions"),
        ("type", "/questions/0", "Wie doet er mee?"),
        ("type", "/steer", "Bij sturen kiest de gemeente zelf."),
        ("type", "/let_go", "Bij loslaten kiezen de partners samen."),
        *SOURCE,
    ],
}


def field_id(path: str) -> str:
    """The control's id for a field's path, as velden.js ``fieldId`` makes it."""
    return "kb-f" + re.sub(r"[^A-Za-z0-9]+", "-", path)


def open_form(page, base: str, query: str = "") -> None:
    page.goto(base + FORM + query)
    page.wait_for_function(READY)


def choose_kind(page, kind: str) -> None:
    page.select_option("#kb-form-kind", kind)
    page.wait_for_selector('[data-path="/title"]')


def fill(page, steps) -> None:
    for action, path, *value in steps:
        if action == "type":
            page.locator(f"#{field_id(path)}").press_sequentially(value[0])
        elif action == "tick":
            page.locator(f'[data-path="{path}"] input[value="{value[0]}"]').check()
        elif action == "choose":
            page.select_option(f"#{field_id(path)}", value[0])
        elif action == "add":
            before = page.locator(f'[data-path="{path}"] > [data-path]').count()
            page.locator(f'[data-add="{path}"]').click()
            page.wait_for_selector(f'[data-path="{path}/{before}"]')


def written_yaml(page) -> str:
    return page.locator("[data-yaml]").text_content()


def error_at(page, path: str) -> str:
    """The problem the form shows at the field, or "" when it shows none."""
    slot = page.locator(f'[data-error-path="{path}"]')
    return "" if slot.get_attribute("hidden") is not None else slot.text_content()


def validate_file(tmp: Path, relative: str, text: str) -> subprocess.CompletedProcess:
    """``kennisbank validate --format json`` on the fixture knowledge base plus this one file."""
    project = tmp / "project"
    if not project.exists():
        shutil.copytree(ROOT / "schema", project / "schema")
        shutil.copytree(FIXTURE / "interventions", project / "interventions")
    target = project / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    try:
        return subprocess.run(
            [sys.executable, "-m", "kennisbank.cli", "validate", "--format", "json"],
            cwd=project,
            capture_output=True,
            text=True,
        )
    finally:
        target.unlink()


def problems(done: subprocess.CompletedProcess) -> list[dict]:
    return [problem for problem in json.loads(done.stdout)["problems"] if problem["severity"] == "error"]
