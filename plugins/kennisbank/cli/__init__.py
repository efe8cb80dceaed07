"""The ``kennisbank`` command: the edge where problems are printed and turned into exit codes.

Subcommands: ``validate`` (check records), ``new`` (start a record from its schema),
``schema`` (check or write the editor schemas), ``report expiring`` (recognitions that end
soon), ``render`` (the site as a project that builds without the plugin) and ``links`` (are the
web addresses in the records still there). Exit 0 when all
is well, 1 when a record is invalid or a request is refused, 2 when the command cannot run at
all. No traceback ever reaches a contributor. Everything the command
says is Dutch, like the rest of what contributors read; argparse's own words ("usage:",
"options:", its error lines) are Python's and stay English.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from ..core import expiry
from ..core.bundles import stale_bundles, write_bundles
from ..core.problems import ERROR, WARNING, UsageError
from ..core.project import RECORDS_FOLDER, SCHEMA_FOLDER, load_project
from ..core.scaffold import create_record
from ..core.schemas import load_schemas
from . import expiring as expiring_report
from . import links, render
from .report import FORMATS, write_step_summary
from .selection import existing, within

HELP = "toon deze uitleg en stop"
UP_TO_DATE = "de gegenereerde schema's zijn bij"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kennisbank", add_help=False, description="Kennisbank: records controleren en beheren."
    )
    parser.add_argument("-h", "--help", action="help", help=HELP)
    commands = parser.add_subparsers(dest="command", required=True, metavar="OPDRACHT")
    check = _command(commands, "validate", "controleer de records tegen de schema's en tegen elkaar")
    check.add_argument(
        "paths", nargs="*", metavar="PAD", help=f"bestanden of mappen om over te melden (standaard: {RECORDS_FOLDER}/)"
    )
    check.add_argument("--format", choices=sorted(FORMATS), default="text", help="uitvoervorm (standaard: text)")
    check.add_argument("--strict", action="store_true", help="ook bij waarschuwingen falen")
    _add_schema_and_today(check)
    check.set_defaults(run=run_validate)
    _add_new(commands)
    _add_schema_command(commands)
    _add_report(commands)
    rendering = _command(commands, "render", render.SUMMARY)
    render.add_arguments(rendering)
    rendering.set_defaults(run=render.run)
    checking = _command(commands, "links", links.SUMMARY)
    links.add_arguments(checking)
    checking.set_defaults(run=links.run)
    return parser


def _command(commands, name: str, summary: str) -> argparse.ArgumentParser:
    """A subcommand whose -h, like its summary, is explained in Dutch."""
    command = commands.add_parser(
        name, help=summary, description=summary[0].upper() + summary[1:] + ".", add_help=False
    )
    command.add_argument("-h", "--help", action="help", help=HELP)
    return command


def _add_schema_and_today(command: argparse.ArgumentParser, today: bool = True) -> None:
    command.add_argument("--schema", type=Path, help="de map met schema's (standaard: schema/)")
    if today:
        command.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)


def _add_new(commands) -> None:
    new = _command(commands, "new", "begin een record: schrijf het bestand met elk veld van zijn soort")
    new.add_argument("kind", metavar="SOORT", help="de soort, zoals de schema's die noemen (bijvoorbeeld intervention)")
    new.add_argument("id", metavar="ID", help="id en bestandsnaam van het record: kleine letters, cijfers, streepjes")
    _add_schema_and_today(new, today=False)
    new.set_defaults(run=run_new)


def _add_schema_command(commands) -> None:
    bundles = _command(commands, "schema", "controleer of de schema's voor editors in schema/generated/ bij zijn")
    bundles.add_argument(
        "--write", action="store_true", help="schrijf de gegenereerde schema's bij in plaats van ze te controleren"
    )
    _add_schema_and_today(bundles, today=False)
    bundles.set_defaults(run=run_schema)


def _add_report(commands) -> None:
    report = _command(commands, "report", "overzichten van de records")
    reports = report.add_subparsers(dest="report", required=True, metavar="OVERZICHT")
    soon = _command(reports, "expiring", "erkenningen die binnenkort verlopen of al verlopen zijn, per eigenaar")
    soon.add_argument("--within", default="180d", help="de termijn, in dagen (standaard: 180d)")
    soon.add_argument(
        "--format", choices=sorted(expiring_report.FORMATS), default="text", help="uitvoervorm (standaard: text)"
    )
    _add_schema_and_today(soon)
    soon.set_defaults(run=run_expiring)


def run_validate(args: argparse.Namespace) -> int:
    root = Path.cwd()
    selected = [existing(Path(path), root) for path in args.paths]
    project = load_project(root, schema_folder=args.schema, today=args.today)
    problems = [problem for problem in project.problems if within(problem.path, selected)]
    files = sum(1 for record in project.records if within(record.path, selected))
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
    print(
        f"{outcome.path} aangemaakt: vul elk veld in dat 'verplicht' is, "
        f"en draai daarna 'kennisbank validate {outcome.path}'"
    )
    return 0


def run_schema(args: argparse.Namespace) -> int:
    root = Path.cwd()
    schemas = load_schemas(args.schema or root / SCHEMA_FOLDER)
    if args.write:
        changed = write_bundles(schemas)
        for path in changed:
            print(f"{'bijgewerkt' if path.exists() else 'verwijderd'}: {_shown(path, root)}")
        print(_changed(len(changed)) if changed else UP_TO_DATE)
        return 0
    stale = stale_bundles(schemas)
    for path in stale:
        print(f"{_shown(path, root)}: loopt achter op de schema's en vocabulaires")
    print("draai 'kennisbank schema --write' en commit het resultaat" if stale else UP_TO_DATE)
    return 1 if stale else 0


def _changed(number: int) -> str:
    """'1 gegenereerd schema', '2 gegenereerde schema's': the adjective follows the number too."""
    return "1 gegenereerd schema gewijzigd" if number == 1 else f"{number} gegenereerde schema's gewijzigd"


def run_expiring(args: argparse.Namespace) -> int:
    days = expiry.parse_days(args.within)
    project = load_project(Path.cwd(), schema_folder=args.schema, today=args.today)
    if project.has_errors:
        print(
            "kennisbank: let op: sommige records bevatten fouten en kunnen hier ontbreken; draai 'kennisbank validate'",
            file=sys.stderr,
        )
    print(expiring_report.FORMATS[args.format](expiry.expiring(project.model, days), project.today, days))
    return 0


def _shown(path: Path, root: Path) -> str:
    return Path(os.path.relpath(path, root)).as_posix()


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
        print(f"kennisbank: interne fout: {exc!r}; meld dit alstublieft, met het commando dat u gaf", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
