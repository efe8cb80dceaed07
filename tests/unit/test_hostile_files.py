"""Hostile files: links, pipes and oversized files are refused, never followed or read.

Git stores symlinks awkwardly and cannot store a pipe, so these cases are built at run time in
a copy of a golden case, and the expected lines are written out here.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kennisbank.cli import main
from kennisbank.core.records import MAX_BYTES
from tests.constants import CASES, SCHEMA, TODAY

LINK = "fout: symbolische link geweigerd; records moeten gewone bestanden zijn (vervang de link door het bestand zelf)"


def validate(project: Path, monkeypatch, capsys) -> tuple[int, list[str]]:
    monkeypatch.chdir(project)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    code = main(["validate", "--schema", str(SCHEMA), "--today", TODAY.isoformat()])
    return code, capsys.readouterr().out.splitlines()


@pytest.fixture
def project(tmp_path) -> Path:
    shutil.copytree(CASES / "valid" / "interventions", tmp_path / "kb" / "interventions")
    secret = tmp_path / "outside"
    secret.mkdir()
    (secret / "geheim.yaml").write_text("title: buiten de records\n")
    return tmp_path / "kb"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this system")
def test_symlinks_to_files_and_folders_are_refused_and_never_followed(project, monkeypatch, capsys):
    tips = project / "interventions" / "samenwerkingstips"
    (tips / "kopie.yaml").symlink_to("samen-lopen.yaml")
    (tips / "geheim.yaml").symlink_to(project.parent / "outside" / "geheim.yaml")
    (project / "interventions" / "praktijkvoorbeelden").symlink_to(project.parent / "outside", target_is_directory=True)
    code, lines = validate(project, monkeypatch, capsys)
    assert code == 1
    assert lines == [
        f"interventions/praktijkvoorbeelden:1:1: {LINK}",
        f"interventions/samenwerkingstips/geheim.yaml:1:1: {LINK}",
        f"interventions/samenwerkingstips/kopie.yaml:1:1: {LINK}",
        "3 records gecontroleerd: 3 fouten, 0 waarschuwingen in 3 bestanden",
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_pipe_is_refused_without_waiting_for_it(project, monkeypatch, capsys):
    os.mkfifo(project / "interventions" / "samenwerkingstips" / "pijp.yaml")
    code, lines = validate(project, monkeypatch, capsys)
    assert code == 1
    assert lines == [
        "interventions/samenwerkingstips/pijp.yaml:1:1: fout: geen gewoon bestand; records moeten gewone bestanden "
        "zijn",
        "3 records gecontroleerd: 1 fout, 0 waarschuwingen in 1 bestand",
    ]


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(project, monkeypatch, capsys):
    big = project / "interventions" / "samenwerkingstips" / "groot.yaml"
    big.write_bytes(b"title: " + b"x" * MAX_BYTES + b"\n")
    code, lines = validate(project, monkeypatch, capsys)
    assert code == 1
    assert lines == [
        "interventions/samenwerkingstips/groot.yaml:1:1: fout: het bestand is 1.000.008 bytes, meer dan de grens van "
        "1.000.000 (splits lange teksten, of verwijs naar een document)",
        "3 records gecontroleerd: 1 fout, 0 waarschuwingen in 1 bestand",
    ]


def test_stray_files_are_ignored_or_warned_about_and_hidden_folders_skipped(project, monkeypatch, capsys):
    tips = project / "interventions" / "samenwerkingstips"
    (tips / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (tips / "notities.txt").write_text("<script>alert(1)</script>")
    (project / "interventions" / ".git").mkdir()
    (project / "interventions" / ".git" / "x.yaml").write_text("&a")
    code, lines = validate(project, monkeypatch, capsys)
    assert code == 0
    assert lines == [
        "interventions/samenwerkingstips/notities.txt:1:1: waarschuwing: genegeerd: geen recordbestand (records zijn "
        "bestanden die eindigen op .yaml)",
        "3 records gecontroleerd: 0 fouten, 1 waarschuwing",
    ]


def swap_after_loading(monkeypatch, swap) -> None:
    """Call ``swap`` once the records are loaded, just before they are checked against each other."""
    from kennisbank.core import project as stage

    checks = stage.validate

    def swapped_then_checked(*args):
        swap()
        return checks(*args)

    monkeypatch.setattr(stage, "validate", swapped_then_checked)


def places_after_swap(tmp_path, monkeypatch, capsys, swap) -> list[str]:
    """Where the validator puts the two problems of the unknown-term case once its file is swapped.

    The file still holds the two problems at 4:8 and 5:11 wherever it now is: a validator that
    read the swapped file for its line numbers would find them there, one that refuses it says 1:1.
    """
    shutil.copytree(CASES / "unknown-term" / "interventions", tmp_path / "kb" / "interventions")
    tip = tmp_path / "kb" / "interventions" / "samenwerkingstips" / "samen-lopen.yaml"
    swap_after_loading(monkeypatch, lambda: swap(tip))
    monkeypatch.chdir(tmp_path / "kb")
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    code = main(["validate", "--schema", str(SCHEMA), "--today", TODAY.isoformat()])
    output = capsys.readouterr()
    assert (code, output.err) == (1, "")
    lines = output.out.splitlines()[:-1]
    assert len(lines) == 2 and "'kasus'" in lines[0] and "'sprot'" in lines[1]
    return [line.split(": ")[0] for line in lines]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this system")
def test_a_record_swapped_for_a_symlink_after_loading_is_not_followed_for_its_lines(tmp_path, monkeypatch, capsys):
    def to_symlink(tip: Path) -> None:
        tip.rename(tmp_path / "elders.yaml")
        tip.symlink_to(tmp_path / "elders.yaml")

    where = "interventions/samenwerkingstips/samen-lopen.yaml"
    assert places_after_swap(tmp_path, monkeypatch, capsys, to_symlink) == [f"{where}:1:1", f"{where}:1:1"]


def test_a_record_grown_past_the_size_limit_after_loading_is_not_read_for_its_lines(tmp_path, monkeypatch, capsys):
    def to_oversized(tip: Path) -> None:
        tip.write_bytes(tip.read_bytes() + b"#" * MAX_BYTES)

    where = "interventions/samenwerkingstips/samen-lopen.yaml"
    assert places_after_swap(tmp_path, monkeypatch, capsys, to_oversized) == [f"{where}:1:1", f"{where}:1:1"]


def test_a_record_broken_after_loading_gives_its_problems_without_lines_not_a_crash(tmp_path, monkeypatch, capsys):
    def to_broken(tip: Path) -> None:
        tip.write_text("title: [kapot\n" + "a: " + "[" * 100 + "\n", encoding="utf-8")

    where = "interventions/samenwerkingstips/samen-lopen.yaml"
    assert places_after_swap(tmp_path, monkeypatch, capsys, to_broken) == [f"{where}:1:1", f"{where}:1:1"]
