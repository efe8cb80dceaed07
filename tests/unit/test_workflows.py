"""The GitHub workflows and the pre-commit files, checked by their linters before GitHub or pre-commit reads them.

A workflow with a typo fails only once it runs on GitHub, after the merge for ``publish.yml``;
a broken hook definition fails in someone else's repository. So: actionlint (with shellcheck
for the ``run:`` scripts) and GitHub's workflow schema, including check-jsonschema's rule that
every job has a timeout (a hung job otherwise runs for six hours); pre-commit's own validators
for the hook files, since check-jsonschema 0.39 ships no pre-commit schemas. Each test fails
with the linter's own output; the last ones show that a broken workflow is caught.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.constants import ROOT

BIN = Path(sys.executable).parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
SCHEMAS = ["vendor.github-workflows", "custom.github-workflows-require-timeout"]
BROKEN = """\
name: Kapot
on:
  pull_requests:
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - run: echo "${{ github.event.pull_request.title }}"
"""


def lint(tool: str, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run a linter from this environment (``pip install -e '.[test]'``), shellcheck on its PATH."""
    command = shutil.which(tool, path=str(BIN)) or shutil.which(tool)
    if command is None:
        pytest.fail(f"{tool} is not installed: pip install -e '.[test]'", pytrace=False)
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "NO_COLOR": "1"}
    return subprocess.run([command, *args], cwd=cwd, capture_output=True, text=True, env=env)


def output(result: subprocess.CompletedProcess) -> str:
    return f"exit {result.returncode}\n{result.stdout}{result.stderr}"


def test_there_are_workflows_to_check():
    assert {path.name for path in WORKFLOWS} >= {"pull-request.yml", "publish.yml"}


def test_actionlint_finds_nothing_in_the_workflows():
    result = lint("actionlint", "-color=false", "-shellcheck", "shellcheck", *map(str, WORKFLOWS))
    assert result.returncode == 0, output(result)


@pytest.mark.parametrize("schema", SCHEMAS)
def test_the_workflows_match_the_schema(schema):
    result = lint("check-jsonschema", "--builtin-schema", schema, *map(str, WORKFLOWS))
    assert result.returncode == 0, output(result)


@pytest.mark.parametrize(
    ("check", "path"), [("validate-manifest", ".pre-commit-hooks.yaml"), ("validate-config", ".pre-commit-config.yaml")]
)
def test_the_pre_commit_files_are_valid(check, path):
    result = lint("pre-commit", check, path)
    assert result.returncode == 0, output(result)


@pytest.fixture
def broken(tmp_path) -> Path:
    workflow = tmp_path / ".github" / "workflows" / "kapot.yml"
    workflow.parent.mkdir(parents=True)
    workflow.write_text(BROKEN, encoding="utf-8")
    return workflow


def test_actionlint_catches_a_broken_workflow(broken):
    result = lint("actionlint", "-color=false", str(broken), cwd=broken.parents[2])
    assert result.returncode == 1, output(result)
    assert 'unknown Webhook event "pull_requests"' in result.stdout
    assert "potentially untrusted" in result.stdout  # a pull request's title pasted into a shell script


@pytest.mark.parametrize("schema", SCHEMAS)
def test_the_schemas_catch_a_broken_workflow(broken, schema):
    result = lint("check-jsonschema", "--builtin-schema", schema, str(broken))
    assert result.returncode == 1, output(result)
    assert "kapot.yml::$" in result.stdout
