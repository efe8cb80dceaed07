"""``kennisbank report expiring`` and the site page with the same list, on the fixture knowledge base.

The fixture has one current recognition (beweegochtend, valid until 2029-03-01) and one expired
(oude-aanpak, expired 2023-01-15), both owned by Movisie.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from kennisbank.cli import main
from kennisbank.core.project import load_project
from kennisbank.site.pages.expiring import render_expiring
from kennisbank.site.records.entries import build_entries
from tests.constants import FIXTURE, SCHEMA


def report(capsys, monkeypatch, *args: str) -> tuple[int, str, str]:
    monkeypatch.chdir(FIXTURE)
    code = main(["report", "expiring", "--schema", str(SCHEMA), *args])
    output = capsys.readouterr()
    return code, output.out, output.err


def test_the_expired_recognition_is_listed_and_marked(capsys, monkeypatch):
    assert report(capsys, monkeypatch, "--today", "2026-01-01", "--within", "180d") == (
        0,
        "\n".join(
            [
                "Erkenningen die verlopen tot en met 30 juni 2026 (binnen 180 dagen na 1 januari 2026), "
                "en erkenningen die al "
                "verlopen zijn, per eigenaar:",
                "",
                "Movisie (movisie)",
                "  interventions/interventies/oude-aanpak.yaml: verlopen op 15 januari 2023 volgens het laatst "
                "gevonden besluit, 1.082 dagen geleden (Goed beschreven, niveau 0)",
                "",
                "1 erkenning: 1 al verlopen, 0 verlopen binnenkort",
            ]
        )
        + "\n",
        "",
    )


def test_a_recognition_ending_within_the_window_is_listed_after_the_expired_one(capsys, monkeypatch):
    assert report(capsys, monkeypatch, "--today", "2028-12-01", "--within", "90d") == (
        0,
        "\n".join(
            [
                "Erkenningen die verlopen tot en met 1 maart 2029 (binnen 90 dagen na 1 december 2028), "
                "en erkenningen die al verlopen zijn, per eigenaar:",
                "",
                "Movisie (movisie)",
                "  interventions/interventies/oude-aanpak.yaml: verlopen op 15 januari 2023 volgens het laatst "
                "gevonden besluit, 2.147 dagen geleden (Goed beschreven, niveau 0)",
                "  interventions/interventies/beweegochtend.yaml: verloopt op 1 maart 2029, over 90 dagen "
                "(Goed onderbouwd, niveau I)",
                "",
                "2 erkenningen: 1 al verlopen, 1 verloopt binnenkort",
            ]
        )
        + "\n",
        "",
    )


def test_one_day_too_short_a_window_leaves_it_out(capsys, monkeypatch):
    _code, out, _ = report(capsys, monkeypatch, "--today", "2028-12-01", "--within", "89d")
    assert "beweegochtend" not in out and "1 erkenning: 1 al verlopen, 0 verlopen binnenkort" in out


def test_the_json_format_carries_the_same_list(capsys, monkeypatch):
    code, out, err = report(capsys, monkeypatch, "--today", "2028-12-01", "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "today": "2028-12-01",
        "within_days": 180,
        "until": "2029-05-30",
        "owners": [
            {
                "owner": "movisie",
                "title": "Movisie",
                "recognitions": [
                    {
                        "id": "oude-aanpak",
                        "title": "Oude aanpak",
                        "path": "interventions/interventies/oude-aanpak.yaml",
                        "status": "expired",
                        "level": "goed-beschreven",
                        "label": "Goed beschreven",
                        "code": "0",
                        "decided": "2020-01-15",
                        "valid_until": "2023-01-15",
                        "ends_by": "2023-01-15",
                        "exact": True,
                        "phrase": (
                            "verlopen op 15 januari 2023 volgens het laatst gevonden besluit, 2.147 dagen geleden"
                        ),
                        "days_left": -2147,
                    },
                    {
                        "id": "beweegochtend",
                        "title": "Beweegochtend in de wijk",
                        "path": "interventions/interventies/beweegochtend.yaml",
                        "status": "current",
                        "level": "goed-onderbouwd",
                        "label": "Goed onderbouwd",
                        "code": "I",
                        "decided": "2024-03-01",
                        "valid_until": "2029-03-01",
                        "ends_by": "2029-03-01",
                        "exact": True,
                        "phrase": "verloopt op 1 maart 2029, over 90 dagen",
                        "days_left": 90,
                    },
                ],
            }
        ],
    }


def test_nothing_to_report_says_so(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "interventions").mkdir()
    assert main(["report", "expiring", "--schema", str(SCHEMA), "--today", "2026-01-01"]) == 0
    assert capsys.readouterr().out == (
        "Er verlopen geen erkenningen tot en met 30 juni 2026 (binnen 180 dagen na 1 januari 2026).\n"
    )


@pytest.mark.parametrize("window", ["6m", "180", "d", "-5d", "180 days"])
def test_a_window_that_is_not_a_number_of_days_is_a_usage_error(window, capsys, monkeypatch):
    assert report(capsys, monkeypatch, f"--within={window}") == (
        2,
        "",
        f"kennisbank: --within '{window}': geef de termijn op als een aantal dagen, bijvoorbeeld 180d\n",
    )


def test_the_site_page_lists_the_same_recognitions_per_owner_as_of_the_build_date():
    model = load_project(FIXTURE, schema_folder=SCHEMA, today=date(2028, 12, 1)).model
    page = render_expiring(model, build_entries(model))
    assert page.src == "erkenningen/verloopt.md"
    assert page.markdown.splitlines()[-4:] == [
        "## [Movisie](../organisaties/movisie.md)",
        "",
        "- **[Oude aanpak](../interventies/oude-aanpak.md)**: verlopen op 15 januari 2023 volgens het laatst "
        "gevonden besluit, 2.147 dagen geleden (Goed beschreven, niveau 0)",
        "- **[Beweegochtend in de wijk](../interventies/beweegochtend.md)**: verloopt op 1 maart 2029, "
        "over 90 dagen (Goed onderbouwd, niveau I)",
    ]
    assert "Stand op 1 december 2028" in page.markdown


def test_the_site_page_says_when_nothing_expires():
    model = load_project(FIXTURE, schema_folder=SCHEMA, today=date(2021, 1, 1)).model
    assert render_expiring(model, build_entries(model)).markdown.splitlines()[-1] == (
        "Er verloopt nu geen erkenning binnen 180 dagen, en er is geen erkenning verlopen."
    )
