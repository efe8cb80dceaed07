"""A sixth kind is a schema file and a folder of records: no code change gives it everything."""

from __future__ import annotations

import shutil

from kennisbank.cli import main
from tests.constants import FIXTURES

KIND = FIXTURES / "publication"


def test_a_new_kind_is_validated_built_listed_faceted_and_scaffolded(
    tmp_path, monkeypatch, capsys, make_project, build
):
    project = make_project(tmp_path / "kb")
    shutil.copy(KIND / "publication.schema.json", project / "schema")
    (project / "interventions/publicaties").mkdir()
    shutil.copy(KIND / "sport-in-de-wijk.yaml", project / "interventions/publicaties")
    monkeypatch.chdir(project)
    assert main(["schema", "--write"]) == 0
    assert main(["validate", "interventions/publicaties"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 record gecontroleerd: alles in orde"
    assert main(["new", "publication", "nog-een"]) == 0
    scaffold = (project / "interventions/publicaties/nog-een.yaml").read_text(encoding="utf-8")
    assert scaffold.startswith("# yaml-language-server: $schema=../../schema/generated/publication.schema.json\n")
    assert "# Titel (verplicht" in scaffold
    (project / "interventions/publicaties/nog-een.yaml").unlink()
    result = build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    page = (site / "publicaties/sport-in-de-wijk/index.html").read_text(encoding="utf-8")
    assert "<h1" in page and "Sport in de wijk" in page and 'href="../../interventies/beweegochtend/"' in page
    assert "Sport in de wijk" in (site / "publicaties/index.html").read_text(encoding="utf-8")
    catalogue = (site / "catalogus/index.html").read_text(encoding="utf-8")
    assert 'data-count-for="kind:publication">(1)' in catalogue
    intervention = (site / "interventies/beweegochtend/index.html").read_text(encoding="utf-8")
    assert 'href="../../publicaties/sport-in-de-wijk/">Sport in de wijk</a>' in intervention, "derived reverse link"
    assert (site / "referentie/publicaties/index.html").exists()
