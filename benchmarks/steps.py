"""The steps a benchmark times, each a child process running one frozen copy of the code.

The package is copied once, at the start, and every child imports that copy (PYTHONPATH goes
before the editable install). Other work in the same tree can then change the code during a
run of an hour without the rounds measuring different code; ``--code`` measures another copy,
e.g. the code before a change, for before/after figures.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .measure import Timed, run_timed

BENCHMARKS = Path(__file__).resolve().parent
PACKAGE = BENCHMARKS.parent / "plugins" / "kennisbank"


def progress(records: int, message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {records} records: {message}", file=sys.stderr, flush=True)


def snapshot(package: Path, folder: Path) -> Path:
    """Copy the package into ``folder``; returns the folder to put on PYTHONPATH."""
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(package, folder / "kennisbank", ignore=shutil.ignore_patterns("__pycache__"))
    return folder


@dataclass(frozen=True)
class Steps:
    project: Path
    baseline: Path
    code: Path

    @property
    def env(self) -> dict[str, str]:
        return {"PYTHONPATH": str(self.code)}

    def log(self, name: str) -> Path:
        folder = self.project / "logs"
        folder.mkdir(exist_ok=True)
        return folder / f"{name}.log"

    def write_baseline(self) -> int:
        """The baseline project, exported by the code under test; returns the number of pages."""
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks", "baseline", str(self.project), str(self.baseline)],
            capture_output=True,
            text=True,
            cwd=BENCHMARKS.parent,
            env={**os.environ, **self.env},
        )
        if done.returncode != 0:
            raise SystemExit(f"writing the baseline failed:\n{done.stderr[-3000:]}")
        return int(done.stdout.split()[-1])

    def build(self, folder: Path, log: Path, without: str = "") -> Timed:
        """A full build into ``folder/site``, emptied first so every build starts from nothing;
        ``without`` an output (an ablation, ``ABLATIONS``) into ``folder/site-<option>``."""
        site, config = ("site", []) if not without else (f"site-{without}", ["-f", str(ablated(folder, without))])
        shutil.rmtree(folder / site, ignore_errors=True)
        return run_timed([sys.executable, "-m", "mkdocs", "build", *config, "-d", site], folder, log, self.env)

    def validate(self, log: Path) -> Timed:
        return run_timed([sys.executable, "-m", "kennisbank.cli", "validate"], self.project, log, self.env)

    def yaml_load(self, log: Path) -> Timed:
        """The same record files loaded once with CSafeLoader, validation's yardstick."""
        return run_timed(
            [sys.executable, "-m", "benchmarks", "yaml-load", str(self.project / "interventions")],
            BENCHMARKS.parent,
            log,
            self.env,
        )


# Ablations at 1,000 records (issue 20): the plugin's build without one of its outputs, each
# switched off by the plugin's own option, to show what that output costs the build.
ABLATIONS = ("word_index", "open_data")
PLUGIN_LINE = "  - kennisbank:\n"


def ablated(project: Path, option: str) -> Path:
    """The project's mkdocs.yml with ``<option>: false`` for the kennisbank plugin, beside it."""
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    if PLUGIN_LINE not in text:
        raise SystemExit(f"no '{PLUGIN_LINE.strip()}' in {project / 'mkdocs.yml'}: cannot switch {option} off")
    target = project / f"mkdocs-zonder-{option}.yml"
    target.write_text(text.replace(PLUGIN_LINE, f"{PLUGIN_LINE}      {option}: false\n", 1), encoding="utf-8")
    return target


def checked(timed: Timed, step: str) -> Timed:
    if timed.returncode != 0:
        raise SystemExit(f"{step} failed: {timed.failed()}")
    return timed


def run_rounds(records: int, steps: Steps, rounds: int, ablations: bool = False) -> dict[str, list[Timed]]:
    """Alternate the steps, and the order of the builds, so drift on a noisy machine hits them all;
    with ``ablations``, each round also builds without each of ``ABLATIONS``, between the two."""
    actions = {
        "plugin": lambda n: steps.build(steps.project, steps.log(f"plugin-{n}")),
        "baseline": lambda n: steps.build(steps.baseline, steps.log(f"baseline-{n}")),
        "validate": lambda n: steps.validate(steps.log(f"validate-{n}")),
        "yaml-load": lambda n: steps.yaml_load(steps.log(f"yaml-load-{n}")),
    }
    for option in ABLATIONS if ablations else ():
        actions[f"without-{option}"] = lambda n, o=option: steps.build(steps.project, steps.log(f"without-{o}-{n}"), o)
    builds = [name for name in actions if name.startswith("without-")]
    timings: dict[str, list[Timed]] = {name: [] for name in actions}
    for number in range(1, rounds + 1):
        order = ["plugin", *builds, "baseline"] if number % 2 else ["baseline", *builds[::-1], "plugin"]
        for name in [*order, *(["validate", "yaml-load"] if number % 2 else ["yaml-load", "validate"])]:
            timed = checked(actions[name](number), name)
            timings[name].append(timed)
            progress(records, f"round {number}/{rounds} {name}: {timed.seconds:.2f} s, peak {timed.peak_mb:.0f} MB")
    return timings
