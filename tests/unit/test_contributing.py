"""The contribution flow's files: CI workflows, pre-commit hooks, CODEOWNERS and CONTRIBUTING.md.

These tests pin what each must do (tests/unit/test_workflows.py lints them), so an edit that
drops a check (or builds with -q, which hides the warnings strict mode counts) fails here.
"""

from __future__ import annotations

import re

import yaml

from kennisbank.core.schemas import load_schemas
from tests.constants import ROOT, SCHEMA

WORKFLOWS = ROOT / ".github" / "workflows"


def _workflow(name: str) -> dict:
    return yaml.load((WORKFLOWS / name).read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


def _steps(workflow: dict, job: str) -> list[dict]:
    return workflow["jobs"][job]["steps"]


def _runs(steps: list[dict]) -> list[str]:
    return [step["run"] for step in steps if "run" in step]


def _uses(steps: list[dict], action: str) -> dict:
    return next(step for step in steps if step.get("uses", "").startswith(action + "@"))


def test_a_pull_request_is_validated_built_strictly_tested_and_previewed():
    workflow = _workflow("pull-request.yml")
    assert list(workflow["on"]) == ["pull_request"]
    steps = _steps(workflow, "check")
    assert _uses(steps, "actions/setup-python")["with"]["python-version"] == "3.11"
    runs = _runs(steps)
    for command in [
        'pip install -e ".[site,test,generators]"',
        "kennisbank validate --format github",
        "kennisbank schema",
        "mkdocs build --strict",
        "pytest",
        "properdocs build --strict -f mkdocs.yml --site-dir site-properdocs",
    ]:
        assert command in runs
    assert not [run for run in runs if run.startswith("mkdocs") and " -q" in run]
    assert runs.index("kennisbank validate --format github") < runs.index("mkdocs build --strict")
    assert _uses(steps, "actions/upload-artifact")["with"]["path"] == "site/"
    assert "continue-on-error" not in workflow["jobs"]["check"], "a failing ProperDocs build fails the pull request"


def test_zensical_builds_the_rendered_project_in_a_job_that_may_fail():
    workflow = _workflow("pull-request.yml")
    job = workflow["jobs"]["zensical"]
    assert job["continue-on-error"] == "true"  # BaseLoader: every scalar a string
    runs = _runs(job["steps"])
    assert "kennisbank render --out rendered" in runs
    assert any('zensical/bin/zensical" build --strict' in run for run in runs)


def test_main_is_built_and_deployed_to_pages_with_only_the_permissions_that_needs():
    workflow = _workflow("publish.yml")
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert "schedule" in workflow["on"]  # 'today' moves on: expired recognitions must show without a push
    assert workflow["permissions"] == {"contents": "read"}
    build = _steps(workflow, "build")
    assert "mkdocs build" in _runs(build)
    assert _uses(build, "actions/upload-pages-artifact")["with"]["path"] == "site/"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["permissions"]["pages"] == "write" and deploy["permissions"]["id-token"] == "write"
    assert deploy["environment"]["name"] == "github-pages"
    assert _uses(deploy["steps"], "actions/deploy-pages")


def _hook(hooks: list[dict], hook_id: str) -> dict:
    return next(hook for hook in hooks if hook["id"] == hook_id)


def test_the_offered_hook_validates_exactly_the_record_files_it_is_given():
    hook = _hook(yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text()), "kennisbank-validate")
    assert (hook["entry"], hook["language"], hook["pass_filenames"]) == ("kennisbank validate", "python", True)
    files = re.compile(hook["files"])
    assert files.search("interventions/interventies/fysio-oefenochtend.yaml")
    assert not files.search("schema/intervention.schema.json")
    assert not files.search("interventions/notities.txt")


def test_the_project_uses_the_same_hook_on_itself():
    offered = _hook(yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text()), "kennisbank-validate")
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())
    used = _hook([hook for repo in config["repos"] for hook in repo["hooks"]], "kennisbank-validate")
    assert {key: used[key] for key in ("entry", "files", "pass_filenames")} == {
        key: offered[key] for key in ("entry", "files", "pass_filenames")
    }


def test_codeowners_names_existing_paths_and_only_example_teams():
    lines = [
        line.split()
        for line in (ROOT / ".github" / "CODEOWNERS").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines[0][0] == "*"
    for pattern, *owners in lines:
        assert owners and all(re.fullmatch(r"@kennisbank/[a-z0-9-]+", owner) for owner in owners), pattern
        if pattern != "*":
            assert (ROOT / pattern.strip("/")).exists(), pattern


def test_contributing_names_every_kind_and_the_commands_it_teaches():
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for kind in load_schemas(SCHEMA).kinds.values():
        assert f"| `{kind.name}` | `interventions/{kind.folder}/` |" in text
    for command in (
        "kennisbank new intervention",
        "kennisbank validate",
        "kennisbank report expiring --within 180d",
        "kennisbank schema --write",
        "valid_until_reason",
        ".github/CODEOWNERS",
    ):
        assert command in text
