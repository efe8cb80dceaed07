"""``python -m benchmarks COMMAND ...``: one entry point for every benchmark tool.

python -m benchmarks generate --records 1000 --out benchmarks/out/kb-1000
python -m benchmarks run --records 1000 [--rounds 3] [--browser]
python -m benchmarks browser SITE_DIR [--rounds 3] [--broad bewegen]
python -m benchmarks report RESULT.json ... --out docs/benchmarks.md
python -m benchmarks baseline PROJECT OUT
python -m benchmarks yaml-load PROJECT/interventions
"""

from __future__ import annotations

import importlib
import sys

COMMANDS = {
    "generate": "generate",
    "run": "run",
    "browser": "browser",
    "report": "report",
    "baseline": "baseline",
    "yaml-load": "yaml_load",
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__, file=sys.stderr)
        print(f"commands: {', '.join(COMMANDS)}", file=sys.stderr)
        return 2
    module = importlib.import_module(f".{COMMANDS[argv[0]]}", __package__)
    return module.main(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
