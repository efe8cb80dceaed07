"""Build-level tests: the fixture knowledge base built with MkDocs, checked in the HTML."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.utils import yaml_load

from tests.constants import ROOT


@pytest.fixture(scope="module")
def site(tmp_path_factory, make_project, build) -> Path:
    project = make_project(tmp_path_factory.mktemp("kb"))
    result = build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_every_record_has_its_page_at_a_readable_url(site):
    for folder, record_id in [
        ("interventies", "beweegochtend"),
        ("praktijkvoorbeelden", "beweegochtend-tilburg"),
        ("samenwerkingstips", "koppel-terug"),
        ("organisaties", "movisie"),
        ("stappenplan", "stap-1-startfoto"),
    ]:
        assert (site / folder / record_id / "index.html").exists(), f"{folder}/{record_id}"


def test_badges_say_in_text_current_expired_and_not_assessed(site, article):
    current = article(page(site, "interventies/beweegochtend"))
    assert "<strong>Erkend: Goed onderbouwd</strong>. Niveau I, geldig tot 1 maart 2029 volgens het besluit" in current
    expired = article(page(site, "interventies/oude-aanpak"))
    assert (
        "<strong>Erkenning verlopen volgens het laatst gevonden besluit</strong>. Het besluit van 15 januari 2020 "
        "(Goed beschreven, niveau 0) gold tot 15 januari 2023." in expired
    )
    assert "Erkend:" not in expired
    assert "<strong>Niet beoordeeld</strong>" in article(page(site, "interventies/zonder-erkenning"))


def test_forward_and_reverse_links_connect_example_intervention_and_tip(site, article):
    example = article(page(site, "praktijkvoorbeelden/beweegochtend-tilburg"))
    assert 'href="../../interventies/beweegochtend/">Beweegochtend in de wijk</a>' in example
    intervention = article(page(site, "interventies/beweegochtend"))
    assert (
        'href="../../praktijkvoorbeelden/beweegochtend-tilburg/">Beweegochtend in een Tilburgse wijk</a>'
        in intervention
    )
    assert 'href="../../samenwerkingstips/koppel-terug/">Koppel terug hoe het gaat</a>' in intervention
    tip = article(page(site, "samenwerkingstips/koppel-terug"))
    assert 'href="../../interventies/beweegochtend/"' in tip


def test_the_partner_list_names_each_organisation_with_its_role(site, article):
    example = article(page(site, "praktijkvoorbeelden/beweegochtend-tilburg"))
    assert (
        '<a href="../../organisaties/welzijn-tilburg/">Welzijn Tilburg</a>: organiseert en werft deelnemers' in example
    )


def test_step_pages_show_steer_let_go_and_the_tips_and_examples_that_help(site, article):
    step = article(page(site, "stappenplan/stap-2-sturen-of-loslaten"))
    assert ">Bij sturen</h2>" in step and ">Bij loslaten</h2>" in step
    assert 'href="../../samenwerkingstips/koppel-terug/"' in step
    first_step = article(page(site, "stappenplan/stap-1-startfoto"))
    assert 'href="../../praktijkvoorbeelden/beweegochtend-tilburg/"' in first_step
    index = article(page(site, "stappenplan"))
    assert index.index("Maak een startfoto") < index.index("Kies tussen sturen en loslaten")


def test_overview_pages_per_kind_and_per_term(site, article):
    assert "Beweegochtend in de wijk" in article(page(site, "interventies"))
    domain = article(page(site, "domeinen/sport"))
    assert 'href="../../interventies/beweegochtend/"' in domain
    assert 'href="../../praktijkvoorbeelden/beweegochtend-tilburg/"' in domain
    assert "Beweegochtend in een Tilburgse wijk" in article(page(site, "gemeenten/gm0855"))


def test_each_record_links_to_its_yaml_for_editing(site, article):
    html = article(page(site, "organisaties/movisie"))
    assert "/edit/main/interventions/organisaties/movisie.yaml" in html


def test_the_home_and_ratings_pages(site, article):
    home = article(page(site, "."))
    assert 'href="stappenplan/">stappenplan</a>' in home
    ratings = article(page(site, "over-de-beoordelingen"))
    assert "Effectief – sterke aanwijzingen" in ratings and "3 jaar" in ratings


def test_record_pages_stay_out_of_the_nav_and_small(site):
    html = page(site, "interventies/beweegochtend")
    nav = html[html.index('<nav class="md-nav md-nav--primary"') : html.index("</nav>")]
    assert "beweegochtend" not in nav
    assert len(html.encode()) < 50_000


def nav_links(html: str) -> list[str]:
    nav = html[html.index('<nav class="md-nav md-nav--primary"') :]
    return re.findall(r'class="md-nav__link[^"]*"[^>]*href="([^"]+)"', nav[: nav.index("</nav>")])


def test_the_nav_does_not_grow_when_records_are_added(site, tmp_path, make_project, build):
    project = make_project(tmp_path / "more")
    source = (project / "interventions/samenwerkingstips/koppel-terug.yaml").read_text()
    for number in range(30):
        (project / f"interventions/samenwerkingstips/extra-tip-{number}.yaml").write_text(source)
    assert build(project).returncode == 0
    before = page(site, "interventies/beweegochtend")
    after = (project / "site/interventies/beweegochtend/index.html").read_text()
    assert nav_links(after) == nav_links(before)


def test_invalid_records_stop_the_build_with_the_validator_report_and_keep_the_old_site(tmp_path, make_project, build):
    project = make_project(tmp_path / "broken")
    assert build(project).returncode == 0
    tip = project / "interventions/samenwerkingstips/koppel-terug.yaml"
    tip.write_text(tip.read_text().replace("related: [beweegochtend,", "related: [bestaat-niet,"))
    result = build(project)
    assert result.returncode == 1
    assert (
        "interventions/samenwerkingstips/koppel-terug.yaml:8:11: fout: er is geen record met het id 'bestaat-niet'"
    ) in result.stderr
    assert (project / "site/interventies/beweegochtend/index.html").exists(), "the previous site was removed"


def test_strict_builds_report_an_expired_recognition_without_failing(tmp_path, make_project, build):
    project = make_project(tmp_path / "strict")
    result = build(project, "--strict")
    assert result.returncode == 0, result.stderr
    assert (
        "INFO    -  kennisbank: interventions/interventies/oude-aanpak.yaml:11:1: waarschuwing: de erkenning is "
        "verlopen op 2023-01-15" in result.stderr
    )


def test_strict_builds_fail_on_other_record_warnings(tmp_path, make_project, build):
    project = make_project(tmp_path / "strict")
    (project / "interventions/samenwerkingstips/notities.txt").write_text("niet voor de site\n")
    result = build(project, "--strict")
    assert result.returncode == 1
    assert "interventions/samenwerkingstips/notities.txt:1:1: waarschuwing:" in result.stderr
    assert "afgebroken: 1 waarschuwing over records in strict mode" in result.stdout + result.stderr


def test_the_project_itself_builds_strictly(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    config = yaml_load((ROOT / "mkdocs.yml").read_text())  # MkDocs' own loader, which knows !ENV
    assert config["theme"]["language"] == "nl"
