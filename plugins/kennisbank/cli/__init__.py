"""The ``kennisbank`` command: the edge where problems are printed and turned into exit codes.

Subcommands: ``validate`` (check records), ``new`` (start a record from its schema),
``schema`` (check or write the editor schemas) and ``report expiring`` (recognitions that end
soon). Exit 0 when all is well, 1 when a record is invalid or a request is refused, 2 when the
command cannot run at all. No traceback ever reaches a contributor.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from ..core import expiry
from . import expiring as expiring_report
from ..core.bundles import stale_bundles, write_bundles
from ..core.problems import ERROR, WARNING, UsageError
from ..core.project import RECORDS_FOLDER, SCHEMA_FOLDER, load_project
from .report import FORMATS, write_step_summary
from ..core.scaffold import create_record
from ..core.schemas import load_schemas


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kennisbank", description="Kennisbank: check and manage records.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser("validate", help="check records against the schemas and each other")
    check.add_argument("paths", nargs="*", metavar="PATH", help=f"files or folders to report on (default: {RECORDS_FOLDER}/)")
    check.add_argument("--format", choices=sorted(FORMATS), default="text", help="output format (default: text)")
    check.add_argument("--strict", action="store_true", help="fail on warnings too")
    _add_schema_and_today(check)
    check.set_defaults(run=run_validate)
    _add_new(commands)
    _add_schema_command(commands)
    _add_report(commands)
    return parser


def _add_schema_and_today(command: argparse.ArgumentParser, today: bool = True) -> None:
    command.add_argument("--schema", type=Path, help="schema folder (default: schema/)")
    if today:
        command.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)


def _add_new(commands) -> None:
    new = commands.add_parser("new", help="start a record: write its file with every field of its kind")
    new.add_argument("kind", metavar="KIND", help="the kind, as named in the schemas (e.g. intervention)")
    new.add_argument("id", metavar="ID", help="the record's id and file name: lowercase letters, digits, hyphens")
    _add_schema_and_today(new, today=False)
    new.set_defaults(run=run_new)


def _add_schema_command(commands) -> None:
    bundles = commands.add_parser("schema", help="check the editor schemas in schema/generated/ (--write: update)")
    bundles.add_argument("--write", action="store_true", help="write the generated schemas instead of checking")
    _add_schema_and_today(bundles, today=False)
    bundles.set_defaults(run=run_schema)


def _add_report(commands) -> None:
    report = commands.add_parser("report", help="reports on the records")
    reports = report.add_subparsers(dest="report", required=True, metavar="REPORT")
    soon = reports.add_parser("expiring", help="recognitions that expire soon or have expired, per owner")
    soon.add_argument("--within", default="180d", help="the window, in days (default: 180d)")
    soon.add_argument("--format", choices=sorted(expiring_report.FORMATS), default="text", help="output format (default: text)")
    _add_schema_and_today(soon)
    soon.set_defaults(run=run_expiring)


def run_validate(args: argparse.Namespace) -> int:
    root = Path.cwd()
    selected = [_existing(Path(path), root) for path in args.paths]
    project = load_project(root, schema_folder=args.schema, today=args.today)
    problems = [problem for problem in project.problems if _within(problem.path, selected)]
    files = sum(1 for record in project.records if _within(record.path, selected))
    print(FORMATS[args.format](problems, files))
    if args.format == "github" and (failure := write_step_summary(problems, files)):
        print(f"kennisbank: {failure}", file=sys.stderr)
    failing = {ERROR, WARNING} if args.strict else {ERROR}
    return 1 if any(problem.severity in failing for problem in problems) else 0


def run_new(args: argparse.Namespace) -> int:
    root = Path.cwd()
    schemas = load_schemas(args.schema or root / SCHEMA_FOLDER)
    outcome = create_record(root, root / RECORDS_FOLDER, schemas, args.kind, args.id)
    if outcome.refusal:
        print(f"kennisbank: {outcome.refusal}", file=sys.stderr)
        return 1
    print(f"created {outcome.path}: fill in every field marked 'verplicht', "
          f"then run 'kennisbank validate {outcome.path}'")
    return 0


def run_schema(args: argparse.Namespace) -> int:
    root = Path.cwd()
    schemas = load_schemas(args.schema or root / SCHEMA_FOLDER)
    if args.write:
        changed = write_bundles(schemas)
        for path in changed:
            print(f"{'updated' if path.exists() else 'removed'} {_shown(path, root)}")
        print(f"{len(changed)} generated schema(s) changed" if changed else "generated schemas are up to date")
        return 0
    stale = stale_bundles(schemas)
    for path in stale:
        print(f"{_shown(path, root)}: out of date with the schemas and vocabularies")
    print("run 'kennisbank schema --write' and commit the result" if stale else "generated schemas are up to date")
    return 1 if stale else 0


def run_expiring(args: argparse.Namespace) -> int:
    days = expiry.parse_days(args.within)
    project = load_project(Path.cwd(), schema_folder=args.schema, today=args.today)
    if project.has_errors:
        print("kennisbank: note: some records have errors and may be missing here; "
              "run 'kennisbank validate'", file=sys.stderr)
    print(expiring_report.FORMATS[args.format](expiry.expiring(project.model, days), project.today, days))
    return 0


def _shown(path: Path, root: Path) -> str:
    return Path(os.path.relpath(path, root)).as_posix()


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
