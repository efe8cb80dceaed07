"""Hostile files: links, pipes and oversized files are refused, never followed or read.

Git stores symlinks awkwardly and cannot store a pipe, so these cases are built at run time in
a copy of a golden case, and the expected lines are written out here.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import SCHEMA, TODAY
from kennisbank.cli import main
from kennisbank.core.records import MAX_BYTES

CASES = Path(__file__).parent / "cases"
LINK = "error: symbolic link refused; records must be regular files (replace the link with the file itself)"


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
    (project / "interventions" / "praktijkvoorbeelden").symlink_to(project.parent / "outside",
                                                                    target_is_directory=True)
    code, lines = validate(project, monkeypatch, capsys)
    assert code == 1
    assert lines == [
        f"interventions/praktijkvoorbeelden:1:1: {LINK}",
        f"interventions/samenwerkingstips/geheim.yaml:1:1: {LINK}",
        f"interventions/samenwerkingstips/kopie.yaml:1:1: {LINK}",
        "3 record(s) checked: 3 error(s), 0 warning(s) in 3 file(s)",
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_pipe_is_refused_without_waiting_for_it(project, monkeypatch, capsys):
    os.mkfifo(project / "interventions" / "samenwerkingstips" / "pijp.yaml")
    code, lines = validate(project, monkeypatch, capsys)
    assert code == 1
    assert lines == [
        "interventions/samenwerkingstips/pijp.yaml:1:1: error: not a regular file; records must be plain files",
        "3 record(s) checked: 1 error(s), 0 warning(s) in 1 file(s)",
    ]


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(project, monkeypatch, capsys):
    big = project / "interventions" / "samenwerkingstips" / "groot.yaml"
    big.write_bytes(b"title: " + b"x" * MAX_BYTES + b"\n")
    code, lines = validate(project, monkeypatch, capsys)
    assert code == 1
    assert lines == [
        "interventions/samenwerkingstips/groot.yaml:1:1: error: file is 1,000,008 bytes, more than the limit of "
        "1,000,000 (split long texts or link to a document instead)",
        "3 record(s) checked: 1 error(s), 0 warning(s) in 1 file(s)",
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
        "interventions/samenwerkingstips/notities.txt:1:1: warning: ignored: not a record file (records are files "
        "ending in .yaml)",
        "3 record(s) checked: 0 error(s), 1 warning(s)",
    ]
