"""Checking records: each against its schema, then all of them against each other.

Every check adds to one list of problems and carries on, so a single run reports every fault
in every file. Line numbers are looked up only for records that have a problem.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

import yaml

from .checked import check_recognition_checked
from .markup import Finding, markdown_findings
from .messages import describe_error
from .parsing import compose, locate, locate_text, scalar_text
from .paths import iter_values
from .problems import Problem, error, warning
from .recognition import EXPIRED, NOT_ASSESSED, Recognition, parse_date
from .records import Record
from .schemas import SchemaSet
from .suggestions import did_you_mean

if TYPE_CHECKING:
    from .record_cache import RecordCache


class Locator:
    """Line lookups for one record, composing its YAML at most once and only when asked."""

    def __init__(self, record: Record):
        self.record = record
        self._text: str | None = None
        self._root: yaml.Node | None = None

    def problem(self, path, code, message, hint="", severity="error", key=False) -> Problem:
        line, col = locate(self._tree(), path, key=key)
        make = error if severity == "error" else warning
        return make(self.record.path, line, col, code, message, hint)

    def finding(self, path, finding: Finding, occurrence: int) -> Problem:
        """A problem at the exact place in a text value, not just at the value's start."""
        tree = self._tree()
        line, col = locate_text(tree, path, self._text or "", finding.written, occurrence)
        return error(self.record.path, line, col, finding.code, finding.message, finding.hint)

    def written(self, path) -> str | None:
        return scalar_text(self._tree(), path)

    def _tree(self) -> yaml.Node | None:
        if self._text is None:
            self._text = self.record.read_text()
            self._root = compose(self._text)
        return self._root


def validate(
    records: list[Record],
    by_id: Mapping[str, Record],
    recognitions: Mapping[str, Recognition],
    schemas: SchemaSet,
    today: date,
    cache: RecordCache | None = None,
) -> list[Problem]:
    """Every problem of every record; ``by_id`` and ``recognitions`` are the ones the model gets.
    With ``cache``, an unchanged record's own problems are the ones found last time; its
    references are checked again, since the records they point to may have changed."""
    problems = []
    for record in records:
        locator = Locator(record)
        own = partial(check_record, record, recognitions.get(record.path), schemas, today, locator)
        problems += own() if cache is None else cache.checks(record, own)
        problems += check_references(record, schemas, by_id, locator)
    return problems


def check_record(
    record: Record, recognition: Recognition | None, schemas: SchemaSet, today: date, locator: Locator
) -> list[Problem]:
    """What the record's own file, the schemas and the day decide: nothing of other records."""
    return [
        *check_schema(record, schemas, locator),
        *check_recognition(record, recognition, today, locator),
        *check_recognition_checked(record, recognition, today, locator),
        *check_markup(record, schemas, locator),
        *check_sources(record, locator),
    ]


def check_schema(record: Record, schemas: SchemaSet, locator: Locator) -> list[Problem]:
    """A fast pass (jsonschema-rs) for every record; the full error walk only for those that fail."""
    if _fast_is_valid(schemas.fast_validators[record.kind], record.data):
        return []
    validator = schemas.validators[record.kind]
    found = []
    for err in validator.iter_errors(record.data):
        path, code, message, hint = describe_error(err, schemas, _written(err, locator))
        key = err.validator in ("additionalProperties", "dependentRequired")
        found.append(locator.problem(path, code, message, hint, key=key))
    return found or _fast_errors(record, schemas, locator)


def _fast_errors(record: Record, schemas: SchemaSet, locator: Locator) -> list[Problem]:
    """jsonschema-rs's own words, should the two passes ever disagree: never a silent pass."""
    try:
        errors = list(schemas.fast_validators[record.kind].iter_errors(record.data))
    except (TypeError, ValueError):
        return [locator.problem([], "schema", "het record bevat waarden die geen tekst, getallen of lijsten zijn")]
    return [
        locator.problem(list(err.instance_path), "schema", f"voldoet niet aan het schema: {err.message}")
        for err in errors
    ]


def _fast_is_valid(validator, data) -> bool:
    try:
        return validator.is_valid(data)
    except (TypeError, ValueError):  # YAML-only types (sets, bytes, non-text keys): take the full path
        return False


def _written(err, locator: Locator) -> str | None:
    return locator.written(list(err.absolute_path)) if isinstance(err.instance, bool) else None


def unique_records(records: list[Record]) -> tuple[dict[str, Record], list[Problem]]:
    """Records by id, the first of each id kept (files are read in path order); the rest are problems."""
    by_id: dict[str, Record] = {}
    problems = []
    for record in records:
        first = by_id.setdefault(record.id, record)
        if first is not record:
            problems.append(
                error(
                    record.path,
                    1,
                    1,
                    "duplicate-id",
                    f"het id '{record.id}' wordt al gebruikt door {first.path}",
                    "een id is uniek over alle soorten heen; geef een van de bestanden een andere naam",
                )
            )
    return by_id, problems


def check_references(record, schemas, by_id, locator) -> list[Problem]:
    found = []
    for field in schemas.kinds[record.kind].references:
        kinds = field.references
        for path, target_id in iter_values(record.data, field.value_path):
            if not isinstance(target_id, str):
                continue
            problem = _reference_problem(target_id, kinds, by_id, schemas, locator, path)
            if problem:
                found.append(problem)
    return found


def _reference_problem(target_id, kinds, by_id, schemas, locator, path) -> Problem | None:
    target = by_id.get(target_id)
    wanted = "een record" if set(kinds) == set(schemas.kinds) else " of ".join(_a(schemas, kind) for kind in kinds)
    if target is None:
        candidates = [rid for rid, other in by_id.items() if other.kind in kinds]
        return locator.problem(
            path,
            "unknown-reference",
            f"er is geen record met het id '{target_id}'{did_you_mean(target_id, candidates)}",
            f"verwijs met de bestandsnaam, zonder .yaml, naar {wanted}",
        )
    if target.kind not in kinds:
        return locator.problem(
            path,
            "wrong-kind-reference",
            f"'{target_id}' is {_a(schemas, target.kind)}; hier hoort {wanted}",
            f"verwijs naar een record in {', '.join(schemas.kinds[k].folder + '/' for k in kinds)}",
        )
    return None


def _a(schemas, kind: str) -> str:
    """'een organisatie': with 'een', which every Dutch noun takes, a message needs no gender."""
    return "een " + schemas.kinds[kind].label.lower()


def check_recognition(record: Record, recognition: Recognition | None, today: date, locator) -> list[Problem]:
    if recognition is None or recognition.status == NOT_ASSESSED:
        return []
    decided, stated = recognition.decided, parse_date(record.data["recognition"].get("valid_until"))
    found = []
    if decided and decided > today:
        found.append(
            locator.problem(
                ["recognition", "decided"],
                "decision-in-future",
                f"de besluitdatum {decided} ligt in de toekomst",
                "gebruik de datum van het erkenningsbesluit",
            )
        )
    if decided and stated and stated <= decided:
        found.append(
            locator.problem(
                ["recognition", "valid_until"],
                "end-before-decision",
                f"de einddatum {stated} (valid_until) ligt niet na de besluitdatum {decided}",
            )
        )
    if recognition.status == EXPIRED and not found:
        when = (
            f"op {recognition.valid_until}"
            if recognition.valid_until or recognition.ends_by is None
            else f"uiterlijk eind {recognition.ends_by.year}"
        )
        found.append(
            locator.problem(
                ["recognition"],
                "recognition-expired",
                f"de erkenning is verlopen {when} volgens het laatst gevonden besluit",
                "kijk in de databank of er een nieuwer besluit is en neem dat over; zegt een bron dat de "
                "erkenning is ingetrokken of niet verlengd, zet dan 'ended'",
                severity="warning",
                key=True,
            )
        )
    return found


def check_markup(record, schemas, locator) -> list[Problem]:
    """Raw HTML, unsafe links, images and attribute lists in the record's Markdown fields."""
    found = []
    for field in schemas.kinds[record.kind].markdown_fields:
        for path, text in iter_values(record.data, field.value_path):
            if isinstance(text, str):
                found += [
                    locator.finding(path, finding, text.count(finding.written, 0, finding.offset))
                    for finding in markdown_findings(text)
                ]
    return found


def check_sources(record, locator) -> list[Problem]:
    """A source names its year, or, for a web page that gives none, its address and when it was read."""
    found = []
    sources = record.data.get("sources")
    for index, source in enumerate(sources if isinstance(sources, list) else []):
        if isinstance(source, dict) and "year" not in source and not ("url" in source and "accessed" in source):
            found.append(
                locator.problem(
                    ["sources", index],
                    "source-without-year",
                    "de bron noemt geen jaar",
                    "voeg 'year:' toe, of bij een webpagina zonder jaar 'url:' en 'accessed:'",
                )
            )
    return found
