"""``kennisbank links``: whether every web address in the records still works.

Each distinct address is asked once (HEAD, GET when HEAD is refused; redirects followed), at
most ``--rate`` requests a second per host, and every place that uses an address that is dead,
moved permanently or silent gets a warning on its own line and column. Exit 0 when every
address works, 1 when one does not, 2 when the command cannot run. Meant for a weekly
scheduled workflow, not for pull requests: the web changes without anyone's commit.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..core.addresses import url_occurrences
from ..core.problems import WARNING, Problem, count
from ..core.project import RECORDS_FOLDER, load_project
from ..core.wording import plural
from ..links.findings import link_problems
from ..links.pacing import Pacer, Progress, check_all
from ..links.probe import check
from .report import as_github, write_step_summary
from .selection import existing, within

SUMMARY = "controleer of de webadressen in de records nog werken"
TITLE = "Controle van de webadressen"


def add_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "paths", nargs="*", metavar="PAD", help=f"bestanden of mappen om te controleren (standaard: {RECORDS_FOLDER}/)"
    )
    command.add_argument("--format", choices=sorted(FORMATS), default="text", help="uitvoervorm (standaard: text)")
    command.add_argument(
        "--timeout", type=_positive, default=10.0, help="seconden wachten op elk antwoord (standaard: 10)"
    )
    command.add_argument(
        "--rate", type=_positive, default=1.0, help="hoogstens zoveel verzoeken per seconde per server (standaard: 1)"
    )
    command.add_argument("--schema", type=Path, help="de map met schema's (standaard: schema/)")


def _positive(text: str) -> float:
    try:
        number = float(text)
    except ValueError:
        number = 0.0
    if not number > 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"'{text}' is geen getal groter dan 0")
    return number


def run(args: argparse.Namespace) -> int:
    root = Path.cwd()
    selected = [existing(Path(path), root) for path in args.paths]
    project = load_project(root, schema_folder=args.schema)
    if project.has_errors:
        print("kennisbank: let op: sommige records bevatten fouten; draai ook 'kennisbank validate'", file=sys.stderr)
    records = [record for record in project.records if within(record.path, selected)]
    occurrences = url_occurrences(records, project.schemas)
    urls = list(dict.fromkeys(occurrence.url for occurrence in occurrences))
    pacer = Pacer(args.rate)
    outcomes = check_all(urls, lambda url: check(url, args.timeout, pacer), Progress(len(urls)))
    problems = link_problems(occurrences, outcomes)
    summary = summary_line(problems, len(urls), len(records))
    print(FORMATS[args.format](problems, len(urls), len(records), summary))
    if args.format == "github" and (failure := write_step_summary(problems, len(records), TITLE, summary)):
        print(f"kennisbank: {failure}", file=sys.stderr)
    return 1 if problems else 0


def summary_line(problems: list[Problem], urls: int, records: int) -> str:
    """'6 webadressen in 3 records gecontroleerd: 4 waarschuwingen', or '...: alles in orde'."""
    checked = f"{plural(urls, 'webadres', 'webadressen')} in {plural(records, 'record', 'records')} gecontroleerd"
    if not problems:
        return f"{checked}: alles in orde"
    return f"{checked}: {plural(count(problems, WARNING), 'waarschuwing', 'waarschuwingen')}"


def as_text(problems: list[Problem], urls: int, records: int, summary: str) -> str:
    return "\n".join([problem.as_text() for problem in problems] + [summary])


def as_json(problems: list[Problem], urls: int, records: int, summary: str) -> str:
    document = {
        "records": records,
        "urls": urls,
        "warnings": count(problems, WARNING),
        "problems": [problem.as_dict() for problem in problems],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def _as_github(problems: list[Problem], urls: int, records: int, summary: str) -> str:
    return as_github(problems, records, summary)


FORMATS = {"text": as_text, "json": as_json, "github": _as_github}
