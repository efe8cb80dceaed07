"""The validation budget's yardstick: every record file read and loaded once, in one process.

    python -m benchmarks yaml-load PROJECT/interventions

``kennisbank validate`` must take no longer than this (``validate_ratio`` in run.py's result):
libyaml's ``CSafeLoader`` with nothing else, the fastest plain way PyYAML reads the files.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml


def load_all(folder: Path) -> int:
    count = 0
    for path in sorted(folder.rglob("*.yaml")):
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        count += 1
    return count


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: python -m benchmarks yaml-load RECORDS_FOLDER", file=sys.stderr)
        return 2
    print(f"{load_all(Path(argv[0]))} files loaded")
    return 0
