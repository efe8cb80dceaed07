"""A new record file with every field of its kind: what ``kennisbank new KIND ID`` writes.

Generated from the schema, never from hand-written per-kind templates, so a field added to a
schema appears in new files at once. Each field gets a short Dutch comment (title, required or
optional, what kind of value, the allowed values). Required fields get an empty placeholder
that ``kennisbank validate`` flags until it is filled in, so a new contributor sees exactly what
is left to do; optional fields are written commented out, ready to uncomment.
"""

from __future__ import annotations

import os
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

from .bundles import bundle_path
from .field_labels import LARGE_VOCABULARY, MARKDOWN_LABEL, choices, value_label
from .fields import Field
from .problems import UsageError
from .records import ID_PATTERN
from .schemas import Kind, SchemaSet

WIDTH = 100
HOW_TO = """\
Vul elk veld dat (verplicht) is in; tot dan meldt 'kennisbank validate' het als fout. Wilt u
een optioneel veld gebruiken, haal dan '# ' aan het begin van de regels weg. Een lange tekst
schrijft u met | en de tekst ingesprongen op de regels eronder:
  {example}: |
    De eerste regel van de tekst,
    en de volgende regel.
Controleer het bestand met: kennisbank validate {path}"""


@dataclass(frozen=True)
class NewRecord:
    """The outcome of ``kennisbank new``: the file written, or why it was refused."""

    path: str = ""
    refusal: str = ""


def kind_named(schemas: SchemaSet, name: str) -> Kind:
    if name not in schemas.kinds:
        raise UsageError(f"onbekende soort '{name}'; kies uit: {', '.join(schemas.kinds)}")
    return schemas.kinds[name]


def create_record(root: Path, records: Path, schemas: SchemaSet, kind_name: str, record_id: str) -> NewRecord:
    """Write ``<records>/<kind folder>/<id>.yaml`` unless the id is unsafe or already taken."""
    kind = kind_named(schemas, kind_name)
    refusal = id_refusal(root, records, schemas, record_id)
    if refusal:
        return NewRecord(refusal=refusal)
    target = records / kind.folder / f"{record_id}.yaml"
    shown = _relative(target, root)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("x", encoding="utf-8") as stream:
            stream.write(scaffold(schemas, kind, target, shown))
    except OSError as exc:
        return NewRecord(refusal=f"kan {shown} niet schrijven: {exc.strerror}")
    return NewRecord(path=shown)


def id_refusal(root: Path, records: Path, schemas: SchemaSet, record_id: str) -> str:
    """Why this id cannot be used for a new record, or "" when it can."""
    if not ID_PATTERN.match(record_id):
        suggestion = re.sub(r"[^a-z0-9]+", "-", record_id.lower()).strip("-") or "mijn-record"
        return (
            f"'{record_id}' is geen geldig id: gebruik kleine letters a-z, cijfers en streepjes, "
            f"bijvoorbeeld '{suggestion}'"
        )
    for kind in schemas.kinds.values():
        existing = records / kind.folder / f"{record_id}.yaml"
        if existing.is_symlink() or existing.exists():
            return (
                f"het id '{record_id}' wordt al gebruikt door {_relative(existing, root)}; een id is uniek "
                "over alle soorten heen: bewerk dat bestand, of kies een ander id"
            )
    return ""


def scaffold(schemas: SchemaSet, kind: Kind, target: Path, shown: str) -> str:
    """The file's text: editor line, instructions, then every field in schema order."""
    schema_link = Path(os.path.relpath(bundle_path(schemas.folder, kind), target.parent)).as_posix()
    fields = kind.fields
    example = _long_text_field(fields, schemas)
    about = f"{kind.label}: {kind.description}"
    lines = [f"# yaml-language-server: $schema={schema_link}", *_wrapped(about, "")]
    how_to = HOW_TO.format(example=example, path=shown).splitlines()
    lines += ["#"] + ["#" + (" " + line if line else "") for line in how_to]
    for field in fields:
        lines += ["", *field_lines(field, schemas, 0)]
    return "\n".join(lines) + "\n"


def field_lines(field: Field, schemas: SchemaSet, indent: int) -> list[str]:
    """The field's comment, then its placeholder; an optional field's placeholder commented out."""
    pad = " " * indent
    needed = "verplicht" if field.required else "optioneel"
    lines = _wrapped(f"{field.title} ({needed}, {value_label(field, schemas)}): {field.description}", pad)
    options = choices(field, schemas)
    if len(options) > LARGE_VOCABULARY:
        lines += _wrapped(f"kies uit de lijst in schema/vocabularies/{field.vocabulary}.yaml", pad)
    elif options:
        lines += _wrapped(("kies een of meer uit: " if field.is_list else "kies uit: ") + ", ".join(options), pad)
    value = _value_lines(field, schemas, indent)
    return lines + (value if field.required else [line[:indent] + "# " + line[indent:] for line in value])


def _value_lines(field: Field, schemas: SchemaSet, indent: int) -> list[str]:
    pad = " " * indent
    if field.children and field.is_list:
        return [f"{pad}{field.name}:", *_list_item_lines(field, schemas, indent)]
    if field.children or field.schema.get("type") == "object":
        return [f"{pad}{field.name}:"] + [
            line for child in field.children for line in field_lines(child, schemas, indent + 2)
        ]
    if field.is_list:
        return [f"{pad}{field.name}: []"]
    if field.schema.get("type") in ("integer", "number", "boolean"):
        return [f"{pad}{field.name}:"]
    return [f'{pad}{field.name}: ""']


def _list_item_lines(field: Field, schemas: SchemaSet, indent: int) -> list[str]:
    """One list item: required sub-fields first, so the item's '- ' lands on a real line."""
    children = sorted(field.children, key=lambda child: not child.required)
    lines = [line for child in children for line in field_lines(child, schemas, indent + 4)]
    cut = indent + 2
    first = next((i for i, line in enumerate(lines) if not line.lstrip().startswith("#")), None)
    if first is None:
        return [" " * cut + "-", *lines]
    head = [line[:cut] + line[cut + 2 :] for line in lines[:first]]
    return [*head, lines[first][:cut] + "- " + lines[first][cut + 2 :], *lines[first + 1 :]]


def _long_text_field(fields: tuple[Field, ...], schemas: SchemaSet) -> str:
    """A field of this kind to show the | notation with: Markdown text if it has any."""
    labels = [(field.name, value_label(field, schemas)) for field in fields]
    markdown = [name for name, label in labels if label == MARKDOWN_LABEL]
    text = [name for name, label in labels if label.startswith("tekst")]
    return (markdown or text or ["tekst"])[0]


def _wrapped(text: str, pad: str) -> list[str]:
    return textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent=pad + "# ",
        subsequent_indent=pad + "#   ",
        break_long_words=False,
        break_on_hyphens=False,
    )


def _relative(path: Path, root: Path) -> str:
    return Path(os.path.relpath(path, root)).as_posix()
