"""The ``kennisbank`` command: the edge where problems are printed and turned into exit codes.

Exit 0 when every record is valid, 1 when any is not, 2 when the command cannot run at all.
No traceback ever reaches a contributor.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from .problems import ERROR, WARNING, UsageError
from .project import RECORDS_FOLDER, load_project
from .report import FORMATS, write_step_summary


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kennisbank", description="Kennisbank: check and manage records.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser("validate", help="check records against the schemas and each other")
    check.add_argument("paths", nargs="*", metavar="PATH", help=f"files or folders to report on (default: {RECORDS_FOLDER}/)")
    check.add_argument("--format", choices=sorted(FORMATS), default="text", help="output format (default: text)")
    check.add_argument("--strict", action="store_true", help="fail on warnings too")
    check.add_argument("--schema", type=Path, help="schema folder (default: schema/)")
    check.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    check.set_defaults(run=run_validate)
    return parser


def run_validate(args: argparse.Namespace) -> int:
    root = Path.cwd()
    selected = [_existing(Path(path), root) for path in args.paths]
    project = load_project(root, schema_folder=args.schema, today=args.today)
    problems = [problem for problem in project.problems if _within(problem.path, selected)]
    files = sum(1 for record in project.records if _within(record.path, selected))
    print(FORMATS[args.format](problems, files))
    if args.format == "github":
        write_step_summary(problems, files)
    failing = {ERROR, WARNING} if args.strict else {ERROR}
    return 1 if any(problem.severity in failing for problem in problems) else 0


def _existing(path: Path, root: Path) -> str:
    if not path.exists():
        raise UsageError(f"{path}: no such file or folder")
    resolved = path.resolve()
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        raise UsageError(f"{path}: outside the project ({root})") from None


def _within(path: str, selected: list[str]) -> bool:
    return not selected or any(path == chosen or path.startswith(chosen.rstrip("/") + "/") for chosen in selected)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        return args.run(args)
    except UsageError as exc:
        print(f"kennisbank: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the edge: a bug must still not print a traceback
        print(f"kennisbank: internal error: {exc!r}; please report this with the command you ran", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
