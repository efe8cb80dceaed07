"""``kennisbank new``: the scaffolded file, what the validator says of it, and refusals."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from kennisbank.cli import main
from kennisbank.core.codes import CODES
from tests.constants import FIXTURE, KIND_FOLDERS, ROOT, TESTS, TODAY

EXPECTED = TESTS / "scaffold"
KINDS = ["intervention", "practice-example", "collaboration-tip", "organisation", "guide-step"]
# What a scaffold must never cause: a field missing, a field unknown, YAML that does not read.
STRUCTURE_CODES = {"missing-field", "unknown-field", "not-a-mapping"} | {code for code in CODES if code[:4] == "yaml"}
# A commented-out field line, or a comment inside a commented-out block: what 'uncomment' turns on.
COMMENTED_FIELD = re.compile(r"^(\s*)# (\s*(?:#|(?:- )?[a-z_]+:).*)$")


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """The fixture knowledge base with its own copy of the schemas, as the working directory."""
    shutil.copytree(ROOT / "schema", tmp_path / "schema")
    shutil.copytree(FIXTURE / "interventions", tmp_path / "interventions")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return tmp_path


def new(kind: str, record_id: str, capsys) -> tuple[int, str, str]:
    code = main(["new", kind, record_id])
    output = capsys.readouterr()
    return code, output.out, output.err


def validate(path: str, capsys) -> tuple[int, list[str]]:
    code = main(["validate", "--today", TODAY.isoformat(), path])
    return code, capsys.readouterr().out.splitlines()


def problem_codes(path: str, capsys) -> tuple[int, set[str]]:
    code = main(["validate", "--today", TODAY.isoformat(), "--format", "json", path])
    return code, {problem["code"] for problem in json.loads(capsys.readouterr().out)["problems"]}


def test_the_scaffold_of_a_collaboration_tip_is_exactly_this(project, capsys):
    code, out, err = new("collaboration-tip", "samen-sporten", capsys)
    assert (code, err) == (0, "")
    assert out == (
        "interventions/samenwerkingstips/samen-sporten.yaml aangemaakt: vul elk veld in dat 'verplicht' is, "
        "en draai daarna 'kennisbank validate interventions/samenwerkingstips/samen-sporten.yaml'\n"
    )
    written = (project / "interventions/samenwerkingstips/samen-sporten.yaml").read_text(encoding="utf-8")
    assert written == (EXPECTED / "collaboration-tip.yaml").read_text(encoding="utf-8")


def test_the_validator_flags_every_placeholder_until_it_is_filled_in(project, capsys):
    new("collaboration-tip", "samen-sporten", capsys)
    code, lines = validate("interventions/samenwerkingstips/samen-sporten.yaml", capsys)
    assert code == 1
    where = "interventions/samenwerkingstips/samen-sporten.yaml"
    empty = "is leeg (vul het in of haal het veld weg)"  # once: an empty line is not also "not on one line"
    assert lines == [
        f"{where}:14:8: fout: het veld 'title' {empty}",
        f"{where}:17:10: fout: het veld 'summary' {empty}",
        f"{where}:20:6: fout: het veld 'why' {empty}",
        f"{where}:28:8: fout: onbekende waarde '' voor niveau (de toegestane waarden staan in "
        "schema/vocabularies/collaboration-levels.yaml)",
        f"{where}:34:10: fout: de lijst 'domains' heeft minstens 1 item nodig",
        f"{where}:70:5: fout: de bron noemt geen jaar (voeg 'year:' toe, of bij een webpagina zonder jaar 'url:' en "
        "'accessed:')",
        f"{where}:70:12: fout: het veld 'title' {empty}",
        f"{where}:73:16: fout: het veld 'publisher' {empty}",
        f"{where}:86:16: fout: '' is geen geldige datum (schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2024-05-01)",
        "1 record gecontroleerd: 9 fouten, 0 waarschuwingen in 1 bestand",
    ]


def test_a_scaffolded_file_with_its_placeholders_filled_in_is_valid(project, capsys):
    new("collaboration-tip", "samen-sporten", capsys)
    path = project / "interventions/samenwerkingstips/samen-sporten.yaml"
    filled = {
        'title: ""': "title: Sport samen met de buurt",
        'summary: ""': "summary: Laat bewoners zelf meebeslissen over het sportaanbod in hun wijk.",
        'why: ""': "why: |\n  Wie zelf meebeslist, doet eerder mee.\n  En blijft ook langer komen.",
        'level: ""': "level: groep",
        "domains: []": "domains: [sport, welzijn]",
        '  - title: ""': "  - title: Een bron",
        '    publisher: ""': "    publisher: Movisie",
        "    # year:": "    year: 2020",
        'last_reviewed: ""': "last_reviewed: 2025-06-01",
    }
    lines = [filled.get(line, line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert sum(line in filled.values() for line in lines) == len(filled)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert validate("interventions/samenwerkingstips/samen-sporten.yaml", capsys) == (
        0,
        ["1 record gecontroleerd: alles in orde"],
    )


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_scaffolds_to_yaml_whose_only_problems_are_the_placeholders(kind, project, capsys):
    assert new(kind, "nieuw-record", capsys)[0] == 0
    path = f"interventions/{KIND_FOLDERS[kind]}/nieuw-record.yaml"
    text = (project / path).read_text(encoding="utf-8")
    assert text.startswith(f"# yaml-language-server: $schema=../../schema/generated/{kind}.schema.json\n")
    assert (project / "schema/generated" / f"{kind}.schema.json").exists()
    assert isinstance(yaml.safe_load(text), dict)
    code, codes = problem_codes(path, capsys)
    assert code == 1
    assert not codes & STRUCTURE_CODES


@pytest.mark.parametrize("kind", KINDS)
def test_uncommenting_the_optional_fields_gives_known_fields_in_the_right_place(kind, project, capsys):
    new(kind, "nieuw-record", capsys)
    path = project / "interventions" / KIND_FOLDERS[kind] / "nieuw-record.yaml"
    header, body = path.read_text(encoding="utf-8").split("\n\n", 1)
    for _ in range(2):  # blocks nest at most twice: an optional field inside an optional group
        body = "\n".join(COMMENTED_FIELD.sub(r"\1\2", line) for line in body.splitlines())
    path.write_text(f"{header}\n\n{body}\n", encoding="utf-8")
    assert not [line for line in body.splitlines() if re.match(r"\s*# \s*(- )?[a-z_]+:", line)]
    code, codes = problem_codes(f"interventions/{KIND_FOLDERS[kind]}/nieuw-record.yaml", capsys)
    assert code == 1
    assert not codes & STRUCTURE_CODES


def test_an_existing_id_is_refused_whatever_its_kind(project, capsys):
    assert new("collaboration-tip", "movisie", capsys) == (
        1,
        "",
        "kennisbank: het id 'movisie' wordt al gebruikt door interventions/organisaties/movisie.yaml; een id is "
        "uniek over alle soorten heen: bewerk dat bestand, of kies een ander id\n",
    )
    assert not (project / "interventions/samenwerkingstips/movisie.yaml").exists()


@pytest.mark.parametrize(
    "record_id, suggestion",
    [("Samen Sporten", "samen-sporten"), ("../buiten", "buiten"), ("tip-", "tip"), ("", "mijn-record")],
)
def test_an_unsafe_id_is_refused_with_a_safe_suggestion(record_id, suggestion, project, capsys):
    assert new("collaboration-tip", record_id, capsys) == (
        1,
        "",
        f"kennisbank: '{record_id}' is geen geldig id: gebruik kleine letters a-z, cijfers en streepjes, "
        f"bijvoorbeeld '{suggestion}'\n",
    )
    assert sorted(p.name for p in (project / "interventions/samenwerkingstips").iterdir()) == ["koppel-terug.yaml"]


def test_an_unknown_kind_lists_the_kinds(project, capsys):
    assert new("interventie", "iets", capsys) == (
        2,
        "",
        "kennisbank: onbekende soort 'interventie'; kies uit: intervention, practice-example, "
        "collaboration-tip, guide-step, organisation\n",
    )
